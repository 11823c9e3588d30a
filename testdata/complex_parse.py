# complex(): strings in every form CPython accepts or rejects, and the
# conversions and errors of its arguments.
strings = ["1__2j", "_1j", "1_j", "1_0j", "1_0+2_0j", "1e1_0j", "1_e1j", "1.5_0j", " (1+2j) ", "( 1+2j )",
           "(1+2j", "1+2j)", "j", "-j", "+J", "1+j", "1-j", "1+2", "inf", "infj", "-infinityj", "nan+nanj",
           "1+nanJ", "1e500j", "1e", "1e+j", ".5j", "5.j", ".j", "", " ", "1 +2j", "1\x002j", "1_\x002j",
           "\u0661+\u0662j", "\u20031j\u2003", "1+2jj", "()", "(j)", "1.5e-3-2.5E+3j", "+1-1j", "0x1j", "1 j",
           "in", "nanj", "-nanj", "1+-2j", "1++2j", "-0j", "-0-0j", "1e-400j", "1e308+1e308j", "(1)", "((1))",
           "1j+1", "\t1\n", "1.", "-.5", "+inf-infj", "Infinity+NaNj", "infinityj", "infinit", "nanj+1",
           "2e+10-3E-2J", "1e5e5j", "--1", "1 + 2j", "1+ 2j", "\x0b1j\x0c", "1\u00a0", "j1", "1j1", "(1+2j)j",
           "1" * 400 + "j", "0.000000000000000000001+1j", "1" + "0" * 30 + "j"]
for s in strings:
    try:
        r = repr(complex(s))
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(repr(s), r)

class WithComplex:
    def __init__(self, v):
        self.v = v
    def __complex__(self):
        return self.v

class WithFloat:
    def __float__(self):
        return 2.5

class WithIndex:
    def __index__(self):
        return 7

class Sub(complex):
    pass

class SubComplex(complex):
    def __complex__(self):
        return 5j

calls = [
    lambda: complex(1, 2, 3), lambda: complex(foo=1), lambda: complex(1, real=2), lambda: complex(imag=2),
    lambda: complex([]), lambda: complex(1, []), lambda: complex(b"1"), lambda: complex(None),
    lambda: complex("1", 2), lambda: complex(1, "2"), lambda: complex(real="1+2j"), lambda: complex(1j, 1j),
    lambda: complex(1 + 2j, 3 + 4j), lambda: complex(2**2000), lambda: complex(1, 2**2000),
    lambda: complex(WithComplex(1 + 1j)), lambda: complex(WithComplex(1.5)), lambda: complex(WithComplex(Sub(1, 2))),
    lambda: complex(WithFloat()), lambda: complex(WithIndex()), lambda: complex(WithFloat(), WithIndex()),
    lambda: complex(WithComplex(2j), 1), lambda: complex(1, WithComplex(2j)), lambda: complex(SubComplex(1)),
    lambda: complex(Sub(1, 2)), lambda: type(complex(Sub(1, 2))).__name__, lambda: Sub("1+2j"), lambda: Sub(1, 2) + 0,
    lambda: complex(-0.0), lambda: complex(0.0, -0.0), lambda: complex(-0.0, 0j), lambda: complex(0j, -0.0),
    lambda: complex(complex(-0.0, -0.0)), lambda: complex(True, True), lambda: complex(1.5, float("nan")),
    lambda: complex.__new__(complex), lambda: complex.__new__(Sub, "2j"), lambda: complex.__new__(int),
    lambda: complex.__new__(1), lambda: complex("1", imag=1), lambda: complex(real=1, imag="1"),
    lambda: complex(imag=1j), lambda: complex(real=1j, imag=1j),
]
for f in calls:
    try:
        r = repr(f())
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(r)

# Imaginary literals in source.
for src in ["1_j", "0x1j", "1jj", "1.j", "1e5j", "1e+5J", "1__0j", "0j.real", "1j.imag", "1.5j.conjugate()", "09j",
            "00.5j", "1ej", "1e_1j", "0o7j", "1if 1 else 2j", "1jif 1 else 2", "-1j", "~1j", "1.5jx", "1e5jx",
            "3jfor", "1jor 2", "0jin [0j]", "5j_", "1_000j", "0_0j", "1e1_0j"]:
    try:
        print(repr(src), repr(eval(src)))
    except SyntaxError as e:
        print(repr(src), "SyntaxError", e.msg)
    except Exception as e:
        print(repr(src), type(e).__name__, e)
