# _bz2.BZ2Compressor, directly and through the Lib's bz2 and tarfile.
# Compressed bytes are not printed (ftpy's encoder is not libbz2) except
# the empty stream's, which the format fixes.
import io
import tarfile

import _bz2
import bz2


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


for args, kw in [((0,), {}), ((10,), {}), (('a',), {}), ((), {'compresslevel': 5}), ((1, 2), {}), ((2**70,), {})]:
    show(lambda: _bz2.BZ2Compressor(*args, **kw) and 'ok')
c = _bz2.BZ2Compressor()
print(type(c).__name__, type(c).__module__)
show(c.compress)
show(c.compress, 'str')
show(c.compress, data=b'x')
print(type(c.compress(b'abc')), type(c.compress(b'def')), type(c.compress(b'ghi')))
out = c.flush()
print(bz2.decompress(out))
show(c.flush)
show(c.compress, b'a')
print(bz2.compress(b''))

data = b''.join(b'line %d of some text\n' % i for i in range(20000)) + bytes(range(256)) * 300
for level in [1, 5, 9]:
    comp = bz2.compress(data, level)
    print(level, comp[:4], bz2.decompress(comp) == data, len(comp) < len(data) // 4)
# Incremental, with runs long enough for the first run-length stage.
c = _bz2.BZ2Compressor(1)
pieces = [b'a' * 1000, b'b' * 3, b'', bytes(range(256)) * 500, b'z' * 260]
comp = b''.join(c.compress(p) for p in pieces) + c.flush()
d = _bz2.BZ2Decompressor()
print(d.decompress(comp + b'rest') == b''.join(pieces), d.eof, d.unused_data)
print(bz2.decompress(bz2.compress(b'one') + bz2.compress(b'two')))

buf = io.BytesIO()
with bz2.open(buf, 'wt', encoding='utf-8', compresslevel=3) as f:
    for i in range(3000):
        f.write(f'row {i}\n')
buf.seek(0)
with bz2.open(buf, 'rt', encoding='utf-8') as f:
    rows = f.readlines()
print(len(rows), rows[0], rows[-1])
buf.seek(0)
with bz2.BZ2File(buf) as f:
    print(f.read(6), f.seek(100), f.read(8), f.tell())

buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode='w:bz2') as tf:
    for name, body in [('a.txt', b'alpha\n' * 50), ('dir/b.bin', bytes(range(256)))]:
        info = tarfile.TarInfo(name)
        info.size = len(body)
        info.mtime = 0
        tf.addfile(info, io.BytesIO(body))
buf.seek(0)
with tarfile.open(fileobj=buf, mode='r:bz2') as tf:
    for m in tf.getmembers():
        print(m.name, m.size, tf.extractfile(m).read()[:12])
buf.seek(0)
with tarfile.open(fileobj=buf, mode='r:*') as tf:
    print(tf.getnames())
