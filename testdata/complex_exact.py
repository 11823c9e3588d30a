# complex powers and cmath on ordinary values, compared digit for digit:
# ftpy computes exp, log, atan2, sin, cos and pow to about 100 bits and
# rounds once, and sinh, cosh, tanh and asinh with fdlibm's algorithms,
# as glibc (CPython's C library) does.
import cmath
fs = ["sqrt", "exp", "log", "log10", "acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "sin", "sinh", "tan", "tanh"]
zs = [1 + 1j, -0.5 + 2j, 3 - 4j, 1e-5j, -2.5 - 1.5j, 10 + 0.1j, 1e300 + 1e300j, 1e-300 - 1e-300j, 710 + 1j, -710 + 1j, 1 + 1e-20j, 0.7 + 0.7j, 100j, -3.25]
for z in zs:
    out = []
    for n in fs:
        try:
            out.append(repr(getattr(cmath, n)(z)))
        except Exception as e:
            out.append(type(e).__name__)
    print(repr(z), " ".join(out))
for b in [1 + 1j, 2 - 3j, -0.5 + 0.25j, 1j, 3.0, -8, 1.0000001 + 1e-7j]:
    print(repr(b), " ".join(repr(b ** e) for e in [0.5, -0.5, 1j, -1j, 1 + 1j, 101, 200.0, 0.25 - 2j, 2.5]))
print(cmath.polar(1 + 1j), cmath.rect(2, 1), cmath.rect(1, 3.141592653589793), cmath.phase(-1 - 1j), cmath.log(8, 2), cmath.log(1j, 10))
