# int.to_bytes / int.from_bytes and float.fromhex / float.hex round trips.
for s in ['(1).to_bytes(-1)','(256).to_bytes()','(-1).to_bytes()','(1).to_bytes(2,"mid")','(1).to_bytes("a")','int.from_bytes(1)','int.from_bytes(b"", "x")','(128).to_bytes(1, signed=True)','(0).to_bytes(0)','(1).to_bytes(0)','(-129).to_bytes(1, signed=True)','(-128).to_bytes(1, signed=True)','int.from_bytes([1,2])','(1).to_bytes(1, byteorder="big", signed=1)','int.from_bytes()', 'int.from_bytes("ab")', 'int.from_bytes(b"\\xff\\xff", "little", signed=True)', 'int.from_bytes(b"")', 'bool.from_bytes(b"")', '(2**100).to_bytes(13, "little")', 'int.from_bytes((2**100).to_bytes(13, "little"), "little")', '(-2**100).to_bytes(14, signed=True)', 'int.from_bytes((-2**100).to_bytes(14, signed=True), signed=True)', '(1000).to_bytes(2, "little")', 'int.from_bytes(b"\\x80", signed=True)', '(-1).to_bytes(3, "little", signed=True)', '(255).to_bytes(1, signed=True)', 'int.from_bytes(b"\\x00\\x01", byteorder="little")']:
    try: print(s, '=>', repr(eval(s)))
    except Exception as e: print(s, '=>', type(e).__name__, e)
for s in ["0x1.8p1", "-0x1p-2", " 0X1P+3 ", "1.8", "ff", ".8", "1.", "0x.8p0", "inf", "-Infinity", "nan", "-nan", "0x1p1024", "0x1p-1074", "0x1p-1080", "0x1.fffffffffffffp1023", "0x1.fffffffffffff8p1023", "0x", "", "0x1_0", "1p", "1e3", "0x1.2.3", "0x1p+", "--1", "0x1p99999999999", "0x1p-99999999999", "0x1.0000000000000800000p0", "0x1.00000000000018p0", "123456789abcdef", "+0x0p0", "-0x0"]:
    try: print(repr(s), repr(float.fromhex(s)))
    except Exception as e: print(repr(s), type(e).__name__, e)
for a in [1, None]:
    try: float.fromhex(a)
    except Exception as e: print(type(e).__name__, e)
print(float.fromhex((3.7).hex()) == 3.7, float.fromhex((-1e-310).hex()))
for v in [0, 1, 255, 256, 2**63, -2**63, 2**64 - 1, -1, 12345678901234567890]:
    n = (v.bit_length() + 8) // 8
    for order in ("big", "little"):
        b = v.to_bytes(n, order, signed=True)
        assert int.from_bytes(b, order, signed=True) == v
        print(v, order, b, int.from_bytes(b, order))
for x in [0.0, -0.0, 1.0, 0.1, -2.5, 1e300, 5e-324, 1 / 3]:
    h = x.hex()
    print(x, h, float.fromhex(h), float.fromhex(h) == x)
assert float.fromhex("0x1p4") == 16.0
assert (65).to_bytes() == b"A"
