# Requests too big to allocate raise MemoryError or OverflowError, which
# a program catches and goes on from; sizes that fit still work.
N = 2**40


def attempt(label, f):
    try:
        r = f()
    except (MemoryError, OverflowError, ValueError) as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", len(r) if hasattr(r, "__len__") else r)


attempt("list repeat", lambda: [0] * N)
attempt("tuple repeat", lambda: (1, 2) * N)
attempt("str repeat", lambda: "ab" * N)
attempt("str repeat overflow", lambda: "ab" * 2**62)
attempt("bytes repeat", lambda: b"ab" * N)
attempt("bytes()", lambda: bytes(N))
attempt("ljust", lambda: "x".ljust(N))
attempt("center", lambda: "x".center(N, "*"))
attempt("zfill", lambda: "-1".zfill(N))
attempt("format width", lambda: f"{12:{N}}")
attempt("format str width", lambda: format("s", "^%d" % N))
attempt("percent width", lambda: "%*s" % (N, "a"))
attempt("list(range)", lambda: list(range(N)))
attempt("tuple(range)", lambda: tuple(range(0, 2 * N, 2)))
attempt("to_bytes", lambda: (255).to_bytes(N, "little"))
attempt("join", lambda: ",".join(["y" * 2**20] * 2**20))
attempt("shift", lambda: 3 << N)

x = [1, 2, 3]
try:
    x *= N
except MemoryError:
    print("inplace repeat MemoryError, list kept:", x)

# The program goes on, and reasonable sizes are unaffected.
attempt("small list repeat", lambda: [0] * 1000)
attempt("small str", lambda: "ab" * 10000)
attempt("ljust 1e6", lambda: "x".ljust(10**6))
attempt("bytes 2**21", lambda: bytes(2**21))
attempt("list(range(10**6))", lambda: list(range(10**6)))
attempt("shift 2**20", lambda: (1 << 2**20).bit_length())
attempt("pow", lambda: (3 ** 100000).bit_length())
attempt("expandtabs", lambda: "a\tb\n\tc".expandtabs(12))
attempt("format", lambda: f"{3.25:>12.4f}|{7:^9}|{'s':*<5}")
attempt("percent", lambda: "%-6d|%*.*f|%5s" % (42, 10, 3, 2.5, "ab"))
x = [1, 2]
x *= 3
print(x)
attempt("bytes join", lambda: b"-".join([b"y" * 2**20] * 2**20))
attempt("replace", lambda: ("ab" * 2**20).replace("a", "x" * 2**20))
attempt("replace small", lambda: "abcabc".replace("b", "xyz" * 3))
attempt("replace count", lambda: ("ab" * 10**5).replace("a", "x" * 50, 3))
