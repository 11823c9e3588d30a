# _bz2, imported directly: decompression (the compressed data is
# python3's bz2.compress output kept as literals; bz2_compress.py tests compression).
import _bz2


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


print(sorted(n for n in dir(_bz2) if not n.startswith('__')))
c = (b'BZh91AY&SY\xa5`u\xdb\x00\x00|\x91\x80@\x00\x06D\x90\x80 \x00@R\xa8\xcc\xa0\x86\x04x\x8b\x11b,E\xd4Z'
     b'\x8bQt\x8b\xe4Z\x8b\x11~.\xe4\x8ap\xa1!J\xc0\xeb\xb6')
want = b'hello world ' * 50
d = _bz2.BZ2Decompressor()
print(sorted(n for n in dir(d) if not n.startswith('__')))
print(d.decompress(c[:20]), d.needs_input, d.eof)
print(d.decompress(c[20:] + b'junk') == want, d.needs_input, d.eof, d.unused_data)
show(d.decompress, b'x')
d = _bz2.BZ2Decompressor()
out = b''.join(d.decompress(c[i:i + 1]) for i in range(len(c)))
print(out == want, d.eof, d.unused_data, d.needs_input)
d = _bz2.BZ2Decompressor()
print(len(d.decompress(c, 10)), d.needs_input, len(d.decompress(b'', 10)), len(d.decompress(b'')), d.eof, d.needs_input)
d = _bz2.BZ2Decompressor()
print(d.decompress(c + c) == want, d.eof, d.unused_data == c)
d = _bz2.BZ2Decompressor()
show(d.decompress, b'garbage data here')
show(_bz2.BZ2Decompressor().decompress, 'x')
