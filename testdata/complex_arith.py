# complex: literals, construction, arithmetic with int/float/complex on
# both sides, powers, comparisons, hashing, attributes and subclasses.
import copy

inf = float("inf")
nan = float("nan")

print(1 + 2j, type(2j), 1.5J, 1e3j, 0j, 1_0j, 0.5e-3j, 1_000.000_1j, 00j, 0e0j)
print(type(1 + 2j).__name__, isinstance(1j, complex), issubclass(complex, object))
print(repr(-0j), repr(0j), repr(-(0j)), repr(0 - 0j), repr(-0.0 + 0j))
print(2j.real, 2j.imag, (3 - 4j).conjugate(), (1 + 2j).__getnewargs__())
print((5).real, (5).imag, (5).conjugate(), (2.5).real, (2.5).imag, (2.5).conjugate(), True.conjugate())
print(type(2j.real), type((5).conjugate()), type((2.5).imag))
print(complex(), complex(1), complex(1.5, 2), complex(imag=3), complex(real=2, imag=-1))
print(complex(1j, 1j), complex(1 + 2j, 3 + 4j), complex(1 + 2j), complex(True, False))
print(complex(2, 3j), complex(-0.0, -0.0), complex(0.0, -0.0), complex(inf, nan))

class WithComplex:
    def __complex__(self):
        return 3 + 4j

class WithFloat:
    def __float__(self):
        return 2.5

class WithIndex:
    def __index__(self):
        return 7

print(complex(WithComplex()), complex(WithFloat()), complex(WithIndex()), complex(WithFloat(), WithIndex()))
print(complex(1, WithFloat()), complex(WithComplex(), 1))

values = [0, 1, -2, 2**70, 0.0, -0.0, 1.5, -2.25, inf, -inf, nan,
          0j, -0j, complex(-0.0, 0.0), 1j, 1 + 2j, -3.5 - 0.25j, complex(1e308, 1e308),
          complex(inf, 0), complex(0, inf), complex(nan, 1), complex(1e-310, -1e-320)]
complexes = [v for v in values if isinstance(v, complex)]

def show(f):
    try:
        return repr(f())
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for a in values:
    for b in values:
        if not (isinstance(a, complex) or isinstance(b, complex)):
            continue
        print(repr(a), repr(b), show(lambda: a + b), show(lambda: a - b), show(lambda: a * b),
              show(lambda: a / b), show(lambda: a == b), show(lambda: a != b))

for a in complexes:
    print(repr(a), show(lambda: -a), show(lambda: +a), show(lambda: abs(a)), show(lambda: bool(a)),
          show(lambda: a.conjugate()))

# Powers: small integral exponents multiply exactly, like CPython.
bases = [1 + 1j, 2 - 3j, -0.5 + 0.25j, 1j, -1j, 0j, 1e200j, complex(1e300, 1e300), 1.0000001 + 1e-7j, complex(nan, 0), complex(inf, 1)]
for z in bases:
    for n in [0, 1, 2, 3, 5, 10, 17, 64, 100, -1, -2, -7, -100, 0.0, 2.0, -3.0, 2 + 0j]:
        print(repr(z), repr(n), show(lambda: z ** n))
# Other exponents go through the C library's exp, log and trigonometry,
# which Go's math may not match to the last bit: 10 digits shown.
def approx(f):
    try:
        r = f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)
    part = lambda x: repr(x) if x != x or x in (inf, -inf) or x == 0 else "%.10g" % x
    return "(%s, %s)" % (part(r.real), part(r.imag))

for z in [1 + 1j, 2 - 3j, 1j, 0j, 3.0, 2]:
    for n in [0.5, -0.5, 1j, -1j, 1 + 1j, 101, 200.0, 0.0 + 0j, -1 + 0j, 0.25 - 2j]:
        print(repr(z), repr(n), approx(lambda: z ** n))
print(show(lambda: 0j ** -1), show(lambda: 0j ** 1j), show(lambda: 0j ** (-1 + 0j)), show(lambda: 0j ** 0j))
print(show(lambda: (1e200 + 1e200j) ** 1.5), show(lambda: (1 + 1j) ** complex(inf, 0)), approx(lambda: 2 ** (1 + 1j)))
print(show(lambda: pow(1j, 2, 3)), show(lambda: pow(2, 1j, 3)), show(lambda: pow(2, 2, 1j)), show(lambda: pow(2.0, 2, 1j)))
print(show(lambda: pow(2, 2.0, 3)), show(lambda: pow(1j, 2)), approx(lambda: pow(2, 1j)))
print(show(lambda: 1j // 2), show(lambda: 1j % 2), show(lambda: divmod(1j, 2)), show(lambda: 2 // 1j), show(lambda: divmod(2, 1j)))
print(show(lambda: 1 / 0j), show(lambda: 1j / 0), show(lambda: 1j / 0.0), show(lambda: 0j / 0j))
print(show(lambda: 1j < 1), show(lambda: 1 < 1j), show(lambda: 1j >= 1j), show(lambda: 1j > 2.0))
print(show(lambda: 1j + "a"), show(lambda: "a" * 1j), show(lambda: [1] * 1j), show(lambda: 1j & 1), show(lambda: ~1j))
print(show(lambda: 2**2000 + 1j), show(lambda: 1j * 2**2000), show(lambda: int(1j)), show(lambda: float(1j)))
print(show(lambda: round(1j)), show(lambda: complex.__float__), show(lambda: 1j.__int__))

# In-place forms rebind.
z = 1 + 1j
z += 1
z -= 2j
z *= 1j
z /= 2
z **= 2
print(z)
x = 3
x += 1j
y = 2.5
y *= 2j
print(x, y)

# Comparisons with ints are exact, as float's are.
big = 2**53 + 1
print(complex(big) == big, complex(2**53) == big, big == complex(big), complex(2**53, 0) == 2**53)
print(1 + 0j == 1, 1 + 0j == 1.0, 1 + 1j == 1, nan + 0j == nan, complex(nan, 0) != complex(nan, 0))
print(1j == "1j", 1j != None, [1j, 2] == [1j, 2], (1j,) < (2j,) if False else None)
print(sorted([3, 1 + 0j, 2.0], key=abs), max([1j, 3j, -5j], key=abs), 2j in [1, 2j], 2j in {2j})

# Hashes agree with equal ints and floats.
for z in [0j, 1 + 0j, -1 + 0j, 1.5 + 2j, complex(1e300, 1e300), complex(inf, -inf), complex(-2, -3), 2**61 + 0j, complex(0.5, 1e-10)]:
    print(repr(z), hash(z))
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(complex(2**64)) == hash(2**64))
d = {1: "int", 2.0: "float", 3 + 0j: "complex"}
d[1 + 0j] = "one"
d[2 + 0j] = "two"
d[3] = "three"
d[1j] = "i"
print(d, d[3.0], len({1, 1.0, 1 + 0j, True}))
nz = complex(nan, 1)
print(hash(nz) == hash(nz), {nz: 1}[nz])

# Subclasses keep their type where CPython does.
class C(complex):
    def __repr__(self):
        return "C" + complex.__repr__(self)

c = C(1, 2)
print(c, type(c).__name__, isinstance(c, complex), c.real, c.imag, C("3+4j"), C(), C(imag=2))
print(type(c + 1).__name__, type(-c).__name__, type(+c).__name__, type(c.conjugate()).__name__, type(complex(c)).__name__)
print(c == 1 + 2j, hash(c) == hash(1 + 2j), abs(C(3, 4)), c.__complex__(), type(c.__complex__()).__name__)
c.attr = 5
print(c.attr, complex.__new__(C, 5), type(complex.__new__(complex, 1, 2)).__name__)

class D(complex):
    def __add__(self, other):
        return "D.add"
    def __radd__(self, other):
        return "D.radd"
print(D(1) + 1, 1 + D(1), 1j + D(1))

class Num:
    def __radd__(self, other):
        return "radd %r" % (other,)
    def __rmul__(self, other):
        return "rmul %r" % (other,)
print(1j + Num(), 1j * Num())

print(copy.copy(1 + 2j), copy.deepcopy([1j, (2j,)]), copy.copy(c), type(copy.copy(c)).__name__)
print(complex.__doc__)
print(complex.conjugate.__doc__, complex.real.__doc__)
print([n for n in dir(complex) if not n.startswith("__") or n in ("__complex__", "__getnewargs__")])

# A negative float or int to a fractional power is complex, as in CPython.
for b, e in [(-1, 0.5), (-4.0, 0.5), (-8, 1 / 3), (-2, 1.5), (-2.5, -0.5), (-1e308, 1.5), (-0.0, 0.5),
             (-8.0, float("inf")), (float("-inf"), 0.5), (-8.0, nan), (-8, 2.0), (-2**2000, 0.5)]:
    print(repr(b), repr(e), approx(lambda: b ** e), approx(lambda: pow(b, e)))
print((-1) ** 0.5, (-4.0) ** 0.5, (-2.5) ** -0.5, show(lambda: pow(-2.0, 0.5, 3)))
import math
print(show(lambda: math.pow(-8, 0.5)), show(lambda: math.sqrt(-1)))
