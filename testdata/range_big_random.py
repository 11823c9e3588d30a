# Random ranges, slices and values around the int64 and uint64 edges,
# compared with python3 (a differential check of the int64/big split).
import random
random.seed(7)
P = [0, 1, -1, 2**62, 2**63 - 1, 2**63, 2**63 + 1, -2**63, -2**63 - 1, 2**64, 2**64 + 3, -2**64, 2**70, -2**70, 5, -7, 3]
def pick():
    v = random.choice(P)
    return v + random.randint(-3, 3) if random.random() < 0.5 else v
def steps():
    s = 0
    while s == 0:
        s = random.choice([1, -1, 2, -3, 2**62, -2**62, 2**63, -2**63, 2**63 - 1, 2**65, -2**66, 7])
    return s
def t(f):
    try: return repr(f())
    except Exception as e: return type(e).__name__ + " " + str(e)
out = []
for _ in range(150):
    r = range(pick(), pick(), steps())
    sl = slice(random.choice([None, pick()]), random.choice([None, pick()]), random.choice([None, steps()]))
    v = pick()
    out.append(" | ".join([repr(r), t(lambda: len(r)), t(lambda: bool(r)), t(lambda: r[sl]), t(lambda: r[v]),
        t(lambda: v in r), t(lambda: r.index(v)), t(lambda: r.count(v)), t(lambda: list(r[:4])), t(lambda: list(reversed(r[:3]))),
        t(lambda: r == r[:]), t(lambda: hash(r) == hash(r[:])), t(lambda: r[sl] == range(0)), t(lambda: list(r[-3:])),
        t(lambda: r[sl][::-1] == r[sl][::-1][:]),]))
print("\n".join(out))
