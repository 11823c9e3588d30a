# complex: repr, str, format() and f-strings with CPython's rules.
inf = float("inf")
nan = float("nan")

zs = [1 + 2j, 2j, -0 - 1j, complex(-0.0, -1), complex(1, nan), complex(1, -nan), complex(-nan, -nan),
      complex(0, inf), complex(0, -inf), complex(-0.0, inf), complex(1e300, 1e-300), complex(1e16, 1e17),
      complex(0.1, -0.0), 0j, -0j, complex(-0.0, 0.0), complex(123456789012345678, 1.5), complex(1e-5, 1e-4),
      complex(nan, 0), 1.5 + 2.25j, -1.5 - 0j, complex(1234567.5, 1e20), 1 + 0j, complex(0.1 + 0.2, 1 / 3),
      complex(5e-324, -5e-324), complex(1e22, 1e-7), complex(-2.5, 1e15)]
for z in zs:
    print(repr(z), str(z), "%s" % (z,), "%r" % (z,), [z], (z,), {z: z})

specs = ["", ".2f", ">20", "<20", "^20", "*^24.3e", "g", "e", "E", "G", "F", "f", "n", ".3", ".0", ".17g",
         "+", " ", "-", "+.2f", " .1f", "#g", "#.0f", "#", ",", "_.2f", ",.2f", "20", "z.1f", "z", "10.3",
         "%", "=20", "020", "0<20", "x<20", "d", "s", ".2%", ">", "r", "x", "c", "b", ",g", "_", "-^15,.1f",
         "+g", " e", ".3e", "#.3g", "10", ".1", ".20f"]
for spec in specs:
    for z in [1.5 + 2.25j, -1.5 - 0j, 2j, complex(-0.0, 0.0), complex(nan, -inf), complex(1234567.5, 1e20), 1 + 0j,
              complex(-0.001, 0.0004)]:
        try:
            r = repr(format(z, spec))
        except Exception as e:
            r = "%s: %s" % (type(e).__name__, e)
        print(repr(spec), repr(z), r)

z = 3.14159 - 2.5j
w = 7
print(f"{z}", f"{z!r}", f"{z!s}", f"{z:.2f}", f"{z:>30}", f"{z:*^30.3g}", f"{z:{w}.{w}}", f"{z=}")
print("{0} {0:.1e} {0.real} {0.imag}".format(z), "{:+.3f}".format(1j), "%s|%r" % (z, z))

class C(complex):
    pass

print(format(C(1, 2), ".1f"), repr(C(1, 2)), str(C(-0.0, 0)), f"{C(2j)}")
for bad in ["%", "d", "=10", "010"]:
    try:
        format(C(1, 2), bad)
    except ValueError as e:
        print(e)
