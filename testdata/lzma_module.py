# _lzma, directly and through the Lib's lzma and tarfile: constants,
# filter properties, compressors and decompressors in every format, and
# files python3 wrote (testdata/lzma). Compressed bytes are not printed
# (ftpy's encoder is not liblzma's) except where the format fixes them.
import io
import os
import tarfile
import zipfile

import _lzma
import lzma

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'lzma')
FOX = b"The quick brown fox jumps over the lazy dog.\n" * 20


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


def fixture(name):
    with open(os.path.join(HERE, name), 'rb') as f:
        return f.read()


print(sorted(n for n in dir(_lzma) if not n.startswith('__')))
for n in sorted(dir(_lzma)):
    if n.isupper():
        print(n, getattr(_lzma, n))
print(_lzma.LZMAError.__module__, _lzma.LZMAError.__mro__)
print([_lzma.is_check_supported(i) for i in range(17)])
show(_lzma.is_check_supported, 'a')
show(_lzma.is_check_supported, 2**31)

print('-- filter properties')
for spec in [{'id': 'x'}, {'id': -1}, {'id': 99}, {}, 3,
             {'id': lzma.FILTER_LZMA1, 'dict_size': 2**32},
             {'id': lzma.FILTER_LZMA1, 'dict_size': -1},
             {'id': lzma.FILTER_LZMA1, 'foo': 1},
             {'id': lzma.FILTER_LZMA1, 'preset': 10},
             {'id': lzma.FILTER_LZMA1, 'preset': 'x'},
             {'id': lzma.FILTER_LZMA1, 'lc': 5},
             {'id': lzma.FILTER_LZMA1, 'lc': 3, 'lp': 2},
             {'id': lzma.FILTER_LZMA1},
             {'id': lzma.FILTER_LZMA1, 'preset': 1, 'lc': 0, 'lp': 2, 'pb': 4},
             {'id': lzma.FILTER_LZMA1, 'dict_size': 1000},
             {'id': lzma.FILTER_LZMA2},
             {'id': lzma.FILTER_LZMA2, 'preset': 9 | lzma.PRESET_EXTREME},
             {'id': lzma.FILTER_LZMA2, 'dict_size': 1000},
             {'id': lzma.FILTER_LZMA2, 'dict_size': 3 << 20},
             {'id': lzma.FILTER_LZMA2, 'dict_size': (3 << 20) + 1},
             {'id': lzma.FILTER_LZMA2, 'dict_size': 2**32 - 1},
             {'id': lzma.FILTER_DELTA, 'dist': 3},
             {'id': lzma.FILTER_DELTA, 'dist': 256},
             {'id': lzma.FILTER_DELTA, 'dist': 0},
             {'id': lzma.FILTER_DELTA, 'dist': 257},
             {'id': lzma.FILTER_DELTA, 'bad': 257},
             {'id': lzma.FILTER_X86},
             {'id': lzma.FILTER_ARM, 'start_offset': 5},
             {'id': lzma.FILTER_SPARC, 'start_offset': 0},
             {'id': lzma.FILTER_SPARC, 'start_offset': 'x'}]:
    show(_lzma._encode_filter_properties, spec)
for fid, props in [(lzma.FILTER_LZMA1, b']\x00\x00\x80\x00'), (lzma.FILTER_LZMA1, b'\xff\x00\x00\x80\x00'),
                   (lzma.FILTER_LZMA1, b'\x00\x00\x00\x00\x00'), (lzma.FILTER_LZMA1, b'\x1d\x00\x00\x00\x00'),
                   (lzma.FILTER_LZMA1, b']\x00\x00'), (lzma.FILTER_LZMA2, b'\x16'), (lzma.FILTER_LZMA2, b'\x00'),
                   (lzma.FILTER_LZMA2, b'\x28'), (lzma.FILTER_LZMA2, b'\x29'), (lzma.FILTER_LZMA2, b''),
                   (lzma.FILTER_LZMA2, b'\x16\x00'), (lzma.FILTER_DELTA, b'\x02'), (lzma.FILTER_DELTA, b'\xff'),
                   (lzma.FILTER_DELTA, b''), (lzma.FILTER_X86, b'\x05\x00\x00\x00'), (lzma.FILTER_X86, b'\x05\x00'),
                   (99, b''), (-1, b''), (lzma.FILTER_LZMA2, 'x')]:
    show(_lzma._decode_filter_properties, fid, props)

print('-- constructor errors')
show(_lzma.LZMACompressor, format=9)
show(_lzma.LZMACompressor, check=9)
show(_lzma.LZMACompressor, check=2)
show(_lzma.LZMACompressor, preset=10)
show(_lzma.LZMACompressor, format=lzma.FORMAT_ALONE, preset=10)
show(_lzma.LZMACompressor, preset=-1)
show(_lzma.LZMACompressor, preset='x')
show(_lzma.LZMACompressor, [])
show(_lzma.LZMACompressor, format=3.5)
show(_lzma.LZMACompressor, filters=3)
show(_lzma.LZMACompressor, format=lzma.FORMAT_AUTO)
show(_lzma.LZMACompressor, preset=7, filters=[{'id': lzma.FILTER_LZMA2}])
show(_lzma.LZMACompressor, format=2, check=1)
show(lambda: _lzma.LZMACompressor(format=2, check=0) and 'ok')
show(_lzma.LZMACompressor, format=3)
show(_lzma.LZMACompressor, format=2, filters=[{'id': lzma.FILTER_LZMA2}])
show(_lzma.LZMACompressor, filters=[{'id': lzma.FILTER_LZMA1}])
show(_lzma.LZMACompressor, filters=[{'id': lzma.FILTER_DELTA}])
show(_lzma.LZMACompressor, filters=[{'id': lzma.FILTER_LZMA2}, {'id': lzma.FILTER_DELTA}])
show(_lzma.LZMACompressor, filters=[{'id': 3}] * 5)
show(_lzma.LZMACompressor, filters=[])
show(_lzma.LZMADecompressor, format=9)
show(_lzma.LZMADecompressor, memlimit=-1)
show(_lzma.LZMADecompressor, memlimit=b'qw')
show(_lzma.LZMADecompressor, ())
show(_lzma.LZMADecompressor, lzma.FORMAT_RAW, filters='zzz')
show(_lzma.LZMADecompressor, lzma.FORMAT_RAW)
show(_lzma.LZMADecompressor, lzma.FORMAT_RAW, memlimit=0x1000000)
show(_lzma.LZMADecompressor, filters=[{'id': lzma.FILTER_LZMA2}])
show(_lzma.LZMADecompressor, format=lzma.FORMAT_XZ, filters=[{'id': lzma.FILTER_LZMA2}])
show(_lzma.LZMADecompressor, format=3, filters=[{'id': lzma.FILTER_LZMA2}, {'id': lzma.FILTER_DELTA}])
show(_lzma.LZMADecompressor, format=3, filters=[{'id': lzma.FILTER_DELTA}])

print('-- compressor')
c = _lzma.LZMACompressor()
print(type(c).__name__, type(c).__module__)
show(c.compress)
show(c.compress, 'str')
print(type(c.compress(b'abc')))
c.flush()
show(c.flush)
show(c.compress, b'a')
# An empty .xz stream's bytes are fixed by the format.
print(lzma.compress(b''))
print(lzma.compress(b'', check=lzma.CHECK_NONE))
print(lzma.compress(b'', check=lzma.CHECK_SHA256))

print('-- round trips')
data = b'hello world ' * 1000 + bytes(range(256)) * 10
for kw in [{}, {'check': lzma.CHECK_NONE}, {'check': lzma.CHECK_CRC32}, {'check': lzma.CHECK_SHA256},
           {'format': lzma.FORMAT_ALONE}, {'preset': 0}, {'preset': 9 | lzma.PRESET_EXTREME},
           {'filters': [{'id': lzma.FILTER_DELTA, 'dist': 4}, {'id': lzma.FILTER_LZMA2, 'preset': 1}]},
           {'filters': [{'id': lzma.FILTER_LZMA2, 'lc': 0, 'lp': 4, 'pb': 0, 'dict_size': 1 << 16}]}]:
    comp = lzma.compress(data, **kw)
    print(kw, lzma.decompress(comp) == data, len(comp) < len(data))
    d = _lzma.LZMADecompressor()
    out = b''.join(d.decompress(comp[i:i + 7]) for i in range(0, len(comp), 7))
    print(out == data, d.eof, d.check, d.unused_data, d.needs_input)
for f in [[{'id': lzma.FILTER_LZMA2}], [{'id': lzma.FILTER_LZMA1}],
          [{'id': lzma.FILTER_DELTA}, {'id': lzma.FILTER_LZMA1, 'preset': 2}],
          [{'id': lzma.FILTER_DELTA, 'dist': 256}, {'id': lzma.FILTER_DELTA, 'dist': 3}, {'id': lzma.FILTER_LZMA2}]]:
    comp = lzma.compress(data, format=lzma.FORMAT_RAW, filters=f)
    d = _lzma.LZMADecompressor(lzma.FORMAT_RAW, filters=f)
    print(d.check, d.decompress(comp + b'tail') == data, d.eof, d.unused_data)
# Incremental compression, the output concatenated.
c = lzma.LZMACompressor(check=lzma.CHECK_CRC32)
comp = b''.join(c.compress(data[i:i + 1000]) for i in range(0, len(data), 1000)) + c.flush()
print(lzma.decompress(comp) == data)

print('-- decompressor state')
comp = lzma.compress(b'hello' * 100)
d = _lzma.LZMADecompressor()
print(d.check, d.eof, d.needs_input, d.unused_data)
print(d.decompress(comp[:5]), d.check, d.needs_input)
print(d.decompress(comp[5:14]), d.check, d.needs_input)
print(d.decompress(comp[14:] + b'xyz', 7), d.check, d.needs_input, d.eof)
print(len(d.decompress(b'', 7000)), d.check, d.needs_input, d.eof, d.unused_data)
show(d.decompress, b'')
d = _lzma.LZMADecompressor()
print(len(d.decompress(comp, 0)), d.needs_input, d.eof)
parts = []
while not d.eof:
    parts.append(d.decompress(b'', 33))
print(len(parts), b''.join(parts) == b'hello' * 100, d.needs_input)
d = _lzma.LZMADecompressor(lzma.FORMAT_ALONE)
print(d.check, d.decompress(lzma.compress(b'abc', format=lzma.FORMAT_ALONE)), d.eof)
d = _lzma.LZMADecompressor()
print(d.decompress(lzma.compress(b'abc', format=lzma.FORMAT_ALONE) + b'rest'), d.check, d.eof, d.unused_data)
d = _lzma.LZMADecompressor(lzma.FORMAT_XZ)
print(d.decompress(comp + comp)[:10], d.eof, d.unused_data == comp)
for fmt, junk in [(0, b'garbage data here'), (1, b'garbage data here'), (2, b'garbage data here'),
                  (2, b'\xff' + bytes(12))]:
    show(_lzma.LZMADecompressor(fmt).decompress, junk)
show(_lzma.LZMADecompressor(memlimit=1000).decompress, lzma.compress(b'a'))
show(_lzma.LZMADecompressor(memlimit=1000).decompress, lzma.compress(b'a', format=lzma.FORMAT_ALONE))
print(len(_lzma.LZMADecompressor(memlimit=1 << 30).decompress(comp)))
bad = bytearray(comp)
bad[-20] ^= 0xFF
show(_lzma.LZMADecompressor().decompress, bytes(bad))
bad = bytearray(comp)
bad[30] ^= 0x55
show(lambda: _lzma.LZMADecompressor().decompress(bytes(bad)) and None)
show(_lzma.LZMADecompressor().decompress, 'str')

print('-- python3 files')
for name in ['fox_crc64.xz', 'fox_crc32.xz', 'fox_sha256.xz', 'fox_none.xz', 'fox.lzma']:
    raw = fixture(name)
    d = _lzma.LZMADecompressor()
    print(name, d.decompress(raw) == FOX, d.check, d.eof)
    print(lzma.decompress(raw) == FOX)
print(lzma.decompress(fixture('fox_delta.xz')) == bytes(range(200)) * 3)
print(lzma.decompress(fixture('two_streams.xz')))
d = _lzma.LZMADecompressor()
print(d.decompress(fixture('two_streams.xz')), len(d.unused_data))
with lzma.open(os.path.join(HERE, 'two_streams.xz')) as f:
    print(f.read())
show(lzma.decompress, fixture('fox_crc64.xz')[:-3])
show(lzma.decompress, fixture('fox_crc64.xz') + b'junk')

print('-- LZMAFile')
buf = io.BytesIO()
with lzma.open(buf, 'wt', encoding='utf-8', check=lzma.CHECK_SHA256) as f:
    for i in range(2000):
        f.write(f'line {i}\n')
buf.seek(0)
with lzma.open(buf, 'rt', encoding='utf-8') as f:
    lines = f.readlines()
print(len(lines), lines[0], lines[-1])
buf.seek(0)
with lzma.LZMAFile(buf) as f:
    print(f.read(10), f.peek(1)[:1], f.seek(5000), f.read(9), f.tell())
buf = io.BytesIO()
with lzma.LZMAFile(buf, 'w', format=lzma.FORMAT_ALONE, preset=1) as f:
    f.write(b'alone' * 100)
with lzma.LZMAFile(io.BytesIO(buf.getvalue())) as f:
    print(f.read() == b'alone' * 100)

print('-- tarfile')
buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode='w:xz') as tf:
    for name, body in [('a.txt', b'alpha\n' * 50), ('dir/b.bin', bytes(range(256)))]:
        info = tarfile.TarInfo(name)
        info.size = len(body)
        info.mtime = 0
        tf.addfile(info, io.BytesIO(body))
buf.seek(0)
with tarfile.open(fileobj=buf, mode='r:xz') as tf:
    for m in tf.getmembers():
        print(m.name, m.size, tf.extractfile(m).read()[:12])
buf.seek(0)
with tarfile.open(fileobj=buf, mode='r:*') as tf:
    print(tf.getnames())

print('-- zipfile')
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w') as z:
    for name, body in [('a.txt', b'hello zip ' * 100), ('b.bin', bytes(range(256)) * 4)]:
        z.writestr(zipfile.ZipInfo(name, (2020, 1, 1, 0, 0, 0)), body, compress_type=zipfile.ZIP_LZMA)
with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
    print([(i.filename, i.compress_type, i.file_size) for i in z.infolist()])
    print(z.read('a.txt')[:20], z.read('b.bin') == bytes(range(256)) * 4, z.testzip())
with zipfile.ZipFile(os.path.join(HERE, 'fox_lzma.zip')) as z:
    print(z.read('fox.txt') == FOX, z.testzip())
