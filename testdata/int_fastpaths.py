# Integer floor division, modulo and right shift over int64 edge values:
# the eval loop's fast path must agree with Python's semantics.
vals = [0, 1, -1, 7, -7, 3, -3, 1000, -1000, 2**62, -2**62, 2**63-1, -2**63, 9223372036854775807, -9223372036854775808]
out = []
for a in vals:
    for b in vals:
        for op in ("//", "%", ">>"):
            try:
                if op == "//": r = a // b
                elif op == "%": r = a % b
                else: r = a >> b
            except Exception as e:
                r = type(e).__name__ + ": " + str(e)
            out.append((a, op, b, r))
def local_ops():
    x = 1000
    for i in range(1, 50):
        x = x % 997 + i
        x = x // 2 + 1000
    return x
print(local_ops())
print(out)
