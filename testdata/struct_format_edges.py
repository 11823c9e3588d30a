# struct: Pascal strings longer than 255 bytes, NUL in a format, and the
# buffer-size message for an offset near sys.maxsize (no overflow).
import struct
import sys

for code, data in [('p', b'abc'), ('2p', b'abc'), ('5p', b'abc'), ('1000p', b'x' * 1000), ('300p', b'y' * 280)]:
    got = struct.pack(code, data)
    back = struct.unpack(code, got)[0]
    print(code, len(got), got[:4], got[-2:], len(back))

for fmt in ['\0', '2\0i', b'\0', 'i\0']:
    try:
        struct.calcsize(fmt)
    except struct.error as e:
        print(repr(fmt), e)
try:
    struct.Struct('i\0')
except struct.error as e:
    print('Struct', e)

try:
    struct.pack_into('<I', bytearray(10), sys.maxsize, 1)
except struct.error as e:
    print(e)
try:
    struct.unpack_from('<I', bytearray(10), sys.maxsize)
except struct.error as e:
    print(e)
