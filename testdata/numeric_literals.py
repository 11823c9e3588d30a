# int / float / bool arithmetic, conversions and comparisons.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (1, -1)]
for a, b in pairs:
    print(a, b, a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, -a, +a, ~a, a & b, a | b, a ^ b, a << 2, a >> 1)
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2.0), (-7.0, -2.5), (0.0, 3), (1e308, 10), (5, 0.5), (-0.0, 1)]
for a, b in fpairs:
    print(a, b, a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, abs(a))
big = 2 ** 100
print(big, -big, big * big, big // 3, big % 7, -big // 7, -big % 7, divmod(-big, 12345), big >> 50, 1 << 70, big & (2**64 - 1), big | 1, big ^ big)
print(10 ** 30 // 10 ** 15, 3 ** 100, (-3) ** 33, 2 ** -1, 2 ** -2, (-8) ** (1 / 3) if False else 0, 0 ** 0, 0.0 ** 0, 4 ** 0.5, (-2) ** 2)
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 13), pow(-2, 3, 5), pow(2, -1, 7), pow(5, 0, 1), pow(2.0, 3), pow(7, 2, -5), pow(2, 100, 10**9 + 7))
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(1234, -2), round(1250, -2), round(1350, -2), round(7, 0), round(-1.5), round(0.125, 2), round(1e20), round(5.5, -1))
print(type(round(2.5)), type(round(2.5, 0)), type(round(5, 1)), abs(-5), abs(5.5), abs(-0.0), abs(True), abs(-big))
print(int("42"), int(" -17 "), int("0x1f", 16), int("ff", 16), int("0b101", 0), int("0o17", 0), int("1_000"), int("z", 36), int(3.99), int(-3.99), int(True), int("  +9\n"), int("١٢٣"))
print(int(1e20), int(2**63 + 0.0), int("-0"), int(), int("10", base=2), int(b"12"), int("0", 0), int("000", 0), int(float("1e30")))
print(float("3.5"), float(" -1e3 "), float("inf"), float("-Infinity"), float("nan"), float("1_0.5"), float(7), float(True), float(), float(".5"), float("5."), float(2**80))
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(2**70), bin(2**65 - 1))
print(1 == 1.0, 1 == True, 0 == False, 1 < 1.5, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53), 10**400 > 1e308, -10**400 < -1e308, 1 < 2 < 3, 3 > 2 > 2)
print(float("nan") == float("nan"), float("inf") > 10**1000, 0.0 == -0.0, True + True, True * 3, False - 1, True / 2, True // 1, -True, ~True, True & False, True | False, True ^ True)
print(type(True + 1), type(True & True), type(True | 0), type(1 + 1.0), type(2 ** -1), type(2 ** 2), type(10 / 5), type(10 // 5.0))
print(max(1, 2.5, -3), min(3, 1.0, 2), max([1, 5, 3]), sum([1, 2, 3]), sum([0.1] * 10), sum([1, 2], 10), sum([[1], [2]], []), sum([]))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, 2), divmod(0, 5), divmod(big, -3))
print((5).bit_length(), (-5).bit_length(), (0).bit_length(), (255).bit_count(), big.bit_length(), (10).as_integer_ratio(), (0.75).as_integer_ratio(), (-2.5).as_integer_ratio())
print((3.0).is_integer(), (3.5).is_integer(), (1.5).hex(), float.fromhex("0x1.8p1") if hasattr(float, "fromhex") else 3.0, (7).real, (7).imag, (7).numerator, (7).denominator, (2.5).real, (2.5).imag, (3).conjugate())
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(-2), hash(0.5), hash(2**61 - 1), hash(2**61), hash(-2**61), hash(1e100) == hash(int(1e100)))
print(1e308 * 10, -1e308 * 10, 1e-320, 5 / 2, 6 / 3, -5 // 2.0, 5 % -3.0, -5 % 3.0, 1e16 + 1, 0.1 * 3, 1 / 7)
print(7 // 0.5, 7 % 0.5, -1 % 1e100, 1 % -1e100, 3 % float("inf"), -3 % float("inf"), 3 // float("inf"), -3 // float("inf"))
print(int.__add__(1, 2), (1).__add__(2.0), (1).__radd__(1), float.__mul__(2.0, 3), (2.0).__rtruediv__(1), (5).__neg__(), (5).__index__())
x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 3; x %= 7; x <<= 3; x >>= 1; x |= 1; x &= 0xff; x ^= 2
print(x)
y = 1.5
y += 1; y *= 2; y /= 4; y -= 0.25; y **= 2; y //= 0.25; y %= 2
print(y)
print(isinstance(True, int), issubclass(bool, int), int.__name__, float.__name__, bool.__name__, bool(0), bool(0.0), bool(-1), bool(float("nan")), bool(2**100))
print(0b1010, 0o777, 0xFF, 1_000_000, 1e3, 1E-3, 0.5e1, 00, 0_0)
assert 7 // -2 == -4 and 7 % -2 == -1
assert -7 // 2 == -4 and -7 % 2 == 1
assert divmod(2**100, 3) == (2**100 // 3, 2**100 % 3)
assert round(2.5) == 2 and round(3.5) == 4
