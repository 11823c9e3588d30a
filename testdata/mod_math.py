# The math module: constants, float functions, integer functions.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.isnan(math.nan), math.isinf(math.inf), math.isfinite(1.0), math.isfinite(math.nan))
print(math.sqrt(2), math.sqrt(16), math.sqrt(-0.0), math.sqrt(10**20))
print(math.exp(1), math.exp(0), math.exp(-math.inf), math.expm1(1e-10))
print(math.log(math.e), math.log(100, 10), math.log(8, 2), math.log(10**400), math.log(10**400, 10))
print(math.log2(1024), math.log2(2**2000), math.log10(1000), math.log10(10**500), math.log1p(1e-10))
print(math.pow(2, 10), math.pow(2, -1), math.pow(math.nan, 0), math.pow(1, math.nan), math.pow(-2, 3))
print(math.pow(0, 0), math.pow(math.inf, -1), math.pow(-math.inf, 3))
print(math.sin(0), math.cos(0), math.tan(0), math.sin(math.pi / 2), math.cos(math.pi))
print(math.asin(1), math.acos(0), math.atan(1), math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0.0, -0.0))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.hypot(3, 4), math.hypot(3, 4, 12), math.hypot(), math.hypot(-5), math.hypot(math.inf, math.nan))
print(math.hypot(1e300, 1e300), math.hypot(1, 2, 3, 4, 5))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(1))
for f in (math.floor, math.ceil, math.trunc):
    r = [f(x) for x in (2.5, -2.5, 3, -3, 2.0, True, 1e20, -0.5)]
    print(f.__name__, r, [type(x).__name__ for x in r])
print(math.floor(2**70 + 0.5), math.ceil(2**70), math.trunc(-1e30))

class Floored:
    def __floor__(self):
        return "floor!"
    def __ceil__(self):
        return "ceil!"
    def __trunc__(self):
        return "trunc!"

print(math.floor(Floored()), math.ceil(Floored()), math.trunc(Floored()))

class Floaty:
    def __float__(self):
        return 2.75

class Indexy:
    def __index__(self):
        return 7

print(math.floor(Floaty()), math.ceil(Floaty()), math.sqrt(Floaty()), math.sqrt(Indexy()), math.floor(Indexy()))
print(math.fabs(-3), math.fabs(2.5), math.fabs(-0.0))
print([math.factorial(n) for n in range(8)], math.factorial(30), math.factorial(True))
print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(12, 18, 8), math.gcd(0, 0), math.gcd(2**100, 6**50))
print(math.lcm(), math.lcm(4, 6), math.lcm(-4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(2**64, 3))
print(math.comb(5, 2), math.comb(10, 0), math.comb(3, 5), math.comb(50, 25), math.comb(10**20, 3), math.comb(0, 0))
print(math.perm(5, 2), math.perm(5), math.perm(5, None), math.perm(3, 5), math.perm(10, 0), math.perm(20, 10))
print([math.isqrt(n) for n in (0, 1, 3, 4, 15, 16, 17, 10**40, 10**40 - 1)])
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2))
print(math.isclose(0, 1e-12), math.isclose(0, 1e-12, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
print(math.isclose(a=1, b=1), math.isclose(math.inf, -math.inf))
print(math.copysign(1, -0.0), math.copysign(-3, 2), math.copysign(2, math.nan))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(5, math.inf), math.fmod(5.5, 2))
print(math.modf(3.5), math.modf(-3.5), math.modf(math.inf), math.modf(-math.inf), math.modf(2))
print(math.frexp(8), math.frexp(0.0), math.frexp(-1.5), math.frexp(math.inf), math.frexp(1e-310))
print(math.ldexp(0.5, 4), math.ldexp(1, -1074), math.ldexp(1.0, -10**30), math.ldexp(0.0, 10**30), math.ldexp(math.inf, 3))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum(range(10)), math.fsum([math.inf, 1]), math.fsum([1, math.nan]), math.fsum(iter([0.5, 0.25])))
print(math.fsum([1e308, -1e308, 1e308]))
err_later = [1e308, 1e308, -1e308]
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2, 3], start=10), math.prod([1.5, 2]), math.prod(range(1, 21)))
print(math.prod(["ab", 3]), math.prod([[1], 2], start=1))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 5, 6]), math.dist((), ()), math.dist((1,), (-2,)))
print(math.remainder(5, 3), math.remainder(-5, 3), math.remainder(5, math.inf))
print(math.erf(0.5), math.erfc(0.5), math.gamma(5), math.gamma(0.5), round(math.lgamma(10), 12), math.cbrt(8), math.exp2(10))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.ulp(0.0))
print(type(math.sqrt).__name__, repr(math.sqrt), math.floor.__name__)

def err(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(f.__name__, args, type(e).__name__, e)
    else:
        print(f.__name__, args, "->", r)

err(math.sqrt, -1)
err(math.log, 0)
err(math.log, -1.5)
err(math.log, 10, 1)
err(math.log, 2, 0)
err(math.log, 0.5, 1.0)
err(math.log, 0)
err(math.log2, -(10**400))
err(math.exp, 1000)
err(math.pow, 0, -1)
err(math.pow, -1, 0.5)
err(math.pow, 10, 400)
err(math.sin, math.inf)
err(math.acos, 2)
err(math.cosh, 1000)
err(math.atanh, 1)
err(math.gamma, 0)
err(math.gamma, -1)
err(math.gamma, 200)
err(math.lgamma, 0)
err(math.fmod, 1, 0)
err(math.fmod, math.inf, 1)
err(math.remainder, 1, 0)
err(math.ldexp, 1.0, 10000)
err(math.ldexp, 1.0, 1.5)
err(math.fsum, [1e308, 1e308])
err(math.fsum, [math.inf, -math.inf])
err(math.floor, math.inf)
err(math.ceil, math.nan)
err(math.trunc, "x")
err(math.sqrt, "x")
err(math.floor, "x")
err(math.sqrt, 10**400)
err(math.factorial, 5.0)
err(math.factorial, -1)
err(math.factorial, 10**30)
err(math.comb, -1, 2)
err(math.comb, 3, -2)
err(math.comb, 3.0, 2)
err(math.perm, -1)
err(math.isqrt, -1)
err(math.isqrt, 2.0)
err(math.gcd, 1.5)
err(math.dist, [1, 2], [3])
err(math.copysign, 1, "a")
err(math.hypot, "a")
err(math.log1p, -1)
err(math.fsum, ["a"])
err(math.fsum, err_later)
