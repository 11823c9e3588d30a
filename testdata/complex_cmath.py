# cmath: constants, special values on a grid of infinities, NaNs and
# signed zeros, branch cuts, errors. Values computed through the C
# library's transcendental functions are shown to 10 digits (Go's math
# may differ from glibc in the last bits); special values, signs of
# zeros, and sqrt/abs/polar/rect of exact inputs are shown exactly.
import cmath
import math

inf = float("inf")
nan = float("nan")

def part(x):
    if x != x or x in (inf, -inf) or x == 0:
        return repr(x)
    return "%.10g" % x

def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)
    if isinstance(r, complex):
        return "(%s, %s)" % (part(r.real), part(r.imag))
    if isinstance(r, float):
        return part(r)
    if isinstance(r, tuple):
        return "(%s)" % ", ".join(part(x) for x in r)
    return repr(r)

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(type(cmath.inf).__name__, type(cmath.infj).__name__, cmath.__name__, cmath.__doc__)
print(sorted(n for n in dir(cmath) if not n.startswith("_")))
for name in ["sqrt", "log", "phase", "polar", "rect", "isclose", "exp"]:
    print(name, getattr(cmath, name).__doc__)

grid = [-inf, -2.5, -1.0, -0.0, 0.0, 0.5, 1.0, 2.5, inf, nan]
funcs = ["sqrt", "exp", "log", "log10", "acos", "acosh", "asin", "asinh", "atan", "atanh",
         "cos", "cosh", "sin", "sinh", "tan", "tanh", "phase", "polar", "isfinite", "isinf", "isnan"]
for name in funcs:
    f = getattr(cmath, name)
    for re in grid:
        print(name, re, " ".join(show(f, complex(re, im)) for im in grid))
for r in grid:
    print("rect", r, " ".join(show(cmath.rect, r, phi) for phi in grid))

# Exact results.
for z in [4, -4, 2j, -2j, 3 + 4j, -3 - 4j, complex(-4, -0.0), complex(-4, 0.0), 1e-320 + 1e-320j,
          complex(1e308, 1e308), 5e-324, -1e300]:
    print(repr(z), cmath.sqrt(z), cmath.polar(z), abs(z))
print(cmath.rect(1, 0), cmath.rect(1, -0.0), cmath.rect(-1, 0), cmath.rect(0, 2), cmath.rect(2, 0.0))
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.phase(-0.0), cmath.phase(0j), cmath.phase(1j))

# Branch cuts keep the sign of a zero part.
for name in ["sqrt", "log", "acos", "asin", "atan", "acosh", "asinh", "atanh"]:
    f = getattr(cmath, name)
    for z in [complex(-2, 0.0), complex(-2, -0.0), complex(2, 0.0), complex(2, -0.0),
              complex(0.0, 2), complex(-0.0, 2), complex(0.0, -2), complex(-0.0, -2)]:
        print(name, repr(z), show(f, z))

# Ordinary values, large and tiny arguments.
for z in [1 + 1j, -0.5 + 2j, 3 - 4j, 1e-5j, 1e300 + 1e300j, 1e-300 - 1e-300j, 710 + 1j, -710 + 1j, 1 + 1e-20j]:
    print(repr(z), " ".join(show(getattr(cmath, n), z) for n in funcs[:16]))

print(show(cmath.log, 8, 2), show(cmath.log, 1j, 1j), show(cmath.log, 0, 2), show(cmath.log, 2, 1),
      show(cmath.log, 1, 1 + 0j), show(cmath.log, 1e-400j, 2), show(cmath.log, -1, 10))
print(show(cmath.exp, 1000), show(cmath.exp, complex(710, 0.5)), show(cmath.cosh, 1000), show(cmath.sinh, -1000 + 1j),
      show(cmath.polar, complex(1e308, 1e308)), show(cmath.rect, 1e308, 0.5), show(cmath.rect, 1, inf))
print(show(cmath.log, 0), show(cmath.log10, 0j), show(cmath.atanh, 1), show(cmath.atanh, -1), show(cmath.sqrt, 0j),
      show(cmath.log, -0.0), show(cmath.atanh, complex(1, 1e-200)))

class WithComplex:
    def __complex__(self):
        return 1 + 2j

class WithFloat:
    def __float__(self):
        return 2.25

class WithIndex:
    def __index__(self):
        return 9

print(cmath.sqrt(WithComplex()) == cmath.sqrt(1 + 2j), cmath.sqrt(WithFloat()), cmath.sqrt(WithIndex()), cmath.sqrt(True))
print(cmath.isclose(1, 1), cmath.isclose(1j, 1j + 1e-10), cmath.isclose(1j, 1.1j), cmath.isclose(1j, 1.1j, rel_tol=0.2),
      cmath.isclose(0j, 1e-10j, abs_tol=1e-9), cmath.isclose(complex(inf, 1), complex(inf, 1)),
      cmath.isclose(complex(inf, 1), complex(inf, 2)), cmath.isclose(nan, nan), cmath.isclose(a=1, b=1 + 1e-12j))
for bad in ["x", None, [1], b"1"]:
    print(show(cmath.sqrt, bad), show(cmath.phase, bad), show(cmath.rect, bad, 1), show(cmath.isclose, 1, bad))
print(show(cmath.rect, 1j, 1), show(cmath.sqrt, 2**2000), show(cmath.log, 1, "a"), show(cmath.isnan, "a"),
      show(cmath.isclose, 1, 1, rel_tol=-1), show(cmath.isclose, 1, 2, rel_tol="a"))
for call in ["cmath.log()", "cmath.log(1, 2, 3)", "cmath.sqrt(1, 2)", "cmath.sqrt()", "cmath.sqrt(x=1)",
             "cmath.rect(1)", "cmath.rect(r=1, phi=2)", "cmath.isclose(1)", "cmath.isclose(1, 2, 3)",
             "cmath.isclose(1, 2, foo=1)", "cmath.log(x=1)", "cmath.polar(1, 2)"]:
    try:
        eval(call)
    except TypeError as e:
        print(call, e)

# math functions refuse complex numbers.
for name in ["sqrt", "exp", "floor", "isnan", "log"]:
    try:
        getattr(math, name)(1j)
    except TypeError as e:
        print(name, e)
