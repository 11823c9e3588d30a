# zlib, imported directly. Compressed bytes differ from CPython's zlib
# (Go's compressor), so this prints round trips and decodes CPython's
# output, kept here as literals.
import zlib


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


print(sorted(n for n in dir(zlib) if not n.startswith('__')))
print(zlib.error.__module__, zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_FINISH, zlib.Z_SYNC_FLUSH, zlib.ZLIB_VERSION)
print(zlib.crc32(b'hello'), zlib.crc32(b'hello', 1), zlib.adler32(b'hello'), zlib.adler32(b'hello', 7), zlib.adler32(b''),
      zlib.crc32(b'x' * 100000), zlib.adler32(b'x' * 100000), zlib.crc32(b'a', -1))

data = b''.join(b'line %d: %s\n' % (i, b'ab' * (i % 7)) for i in range(2000))
# CPython's output for some inputs, which must decode.
cpython = {
    'zlib': b'x\x9c\xcbH\xcd\xc9\xc9W(\xcf/\xcaIQ\xc8\xc0\xceV\x04\x00\xfd\t\rv',
    'raw': b'\xcbH\xcd\xc9\xc9W(\xcf/\xcaIQ\xc8\xc0\xceV\x04\x00',
    'gzip': b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xcbH\xcd\xc9\xc9W(\xcf/\xcaIQ\xc8\xc0\xceV\x04\x00)\xd7\xd7\xc2$\x00\x00\x00',
}
print(zlib.decompress(cpython['zlib']), zlib.decompress(cpython['raw'], -15), zlib.decompress(cpython['gzip'], 31),
      zlib.decompress(cpython['gzip'], 47), zlib.decompress(cpython['zlib'], 47), zlib.decompress(cpython['zlib'], 0))
stored = b'x\x01\x01\x05\x00\xfa\xffhello\x06,\x02\x15'
print(zlib.decompress(stored))

for level in [-1, 0, 1, 5, 9]:
    for wbits in [15, 9, -15, -9, 31, 25]:
        c = zlib.compress(data, level, wbits)
        back = zlib.decompress(c, wbits if wbits < 0 else (47 if wbits > 15 else 15))
        assert back == data, (level, wbits)
        if wbits == 15:
            print(level, c[:2])
        if wbits == 31:
            print(level, c[:10])
print(zlib.compress(b'', 6, -15) != b'', zlib.decompress(zlib.compress(b'')))
print(zlib.decompress(zlib.compress(bytes(range(256)) * 300)) == bytes(range(256)) * 300)

# Streaming compression.
c = zlib.compressobj(6, zlib.DEFLATED, 15)
parts = [c.compress(data[:5000])]
print(parts[0])
parts.append(c.flush(zlib.Z_SYNC_FLUSH))
print(parts[-1][-4:])
parts.append(c.compress(data[5000:]))
c2 = c.copy()
tail2 = c2.flush()
parts.append(c.flush())
print(zlib.decompress(b''.join(parts)) == data, tail2 == parts[-1])
show(c.compress, b'x')
show(c.flush)
print(c.flush(zlib.Z_NO_FLUSH))
show(c.copy)
for wbits in [-15, 31]:
    c = zlib.compressobj(wbits=wbits)
    out = c.compress(data) + c.flush()
    print(wbits, zlib.decompress(out, wbits) == data)
c = zlib.compressobj(zdict=b'line 1999: abab')
out = c.compress(data) + c.flush()
show(zlib.decompress, out)
d = zlib.decompressobj(zdict=b'line 1999: abab')
print(d.decompress(out) == data)
d = zlib.decompressobj(zdict=b'other')
show(d.decompress, out)
c = zlib.compressobj(strategy=zlib.Z_HUFFMAN_ONLY)
print(zlib.decompress(c.compress(data) + c.flush()) == data)

# Streaming decompression: one byte at a time, max_length, unused data.
z = zlib.compress(data)
for wbits, comp in [(15, z), (31, zlib.compress(data, 6, 31)), (-15, zlib.compress(data, 6, -15)), (47, z)]:
    d = zlib.decompressobj(wbits)
    out = b''.join(d.decompress(z[i:i + 1]) for z in [comp] for i in range(len(comp)))
    print(wbits, out == data, d.eof, d.unused_data, d.unconsumed_tail)
d = zlib.decompressobj()
out = d.decompress(z + b'extra', 100)
print(len(out), len(d.unconsumed_tail) > 0, d.eof)
while d.unconsumed_tail and not d.eof:
    out += d.decompress(d.unconsumed_tail, 1000)
print(out == data, d.eof, d.unused_data)
print(d.decompress(b'more'), d.unused_data)
d = zlib.decompressobj()
first = d.decompress(z[:300], 50)
d2 = d.copy()
rest1 = d.decompress(d.unconsumed_tail + z[300:])
rest2 = d2.flush() + d2.decompress(z[300:])
print(first + rest1 == data, first + rest2 == data)
d = zlib.decompressobj()
print(d.decompress(cpython['zlib'], 5), d.unconsumed_tail != b'', d.flush(), d.eof)
d = zlib.decompressobj(31)
print(d.decompress(cpython['gzip'] + cpython['gzip']), d.unused_data == cpython['gzip'])

# Errors.
show(zlib.compress, b'x', 10)
show(zlib.compress, b'x', 1, 40)
show(zlib.decompress, b'x')
show(zlib.decompress, z[:-2])
print(zlib.decompress(z + b'junk') == data)
show(zlib.decompress, b'x', 7)
show(zlib.decompress, b'', 15, -1)
show(zlib.decompress, cpython['zlib'], 31)


def flip(b, i):
    return b[:i] + bytes([b[i] ^ 1]) + b[i:][1:]


show(zlib.decompress, flip(cpython['gzip'], -1), 31)
show(zlib.decompress, flip(cpython['gzip'], -5), 31)
show(zlib.decompress, flip(cpython['zlib'], -1))
for b in [b'\x78\x9c\x07', b'\x78\x9c\x05\x00', b'\x78\x9c\x01\x01\x00\xff\xff', b'\x78\x9d', b'\x79\x9c', b'\x88\x98',
          b'\x78\x9c\xff\xff\xff', b'\x1f\x8b\x09', b'\x1f\x8c']:
    show(zlib.decompress, b, 47)
show(zlib.compressobj, 1, 9)
show(zlib.compressobj, 1, 8, 15, 10)
show(zlib.decompressobj, 99)
show(zlib.decompressobj, zdict=1)
show(zlib.compressobj, zdict='x')
d = zlib.decompressobj()
show(d.decompress, b'x', -1)
show(d.flush, 0)
show(d.decompress, b'garbage')
show(zlib.crc32, 'x')
