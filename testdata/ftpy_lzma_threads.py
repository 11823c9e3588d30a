# Compressors and decompressors in several threads at once (ftpy runs
# them in parallel): each thread's round trips come out whole, and a
# decompressor shared by threads, one call at a time under a lock, still
# decodes the stream in order.
import threading
import lzma
import bz2

DATA = b''.join(b'thread data %d\n' % i for i in range(3000))
errors = []


def round_trips(n):
    try:
        for i in range(3):
            comp = lzma.compress(DATA[n:], preset=i)
            assert lzma.decompress(comp) == DATA[n:]
            d = lzma.LZMADecompressor()
            out = b''.join(d.decompress(comp[j:j + 101], 500) for j in range(0, len(comp), 101))
            while not d.eof:
                out += d.decompress(b'', 500)
            assert out == DATA[n:], (n, len(out))
            assert bz2.decompress(bz2.compress(DATA[n:], 1)) == DATA[n:]
    except Exception as e:
        errors.append(repr(e))


threads = [threading.Thread(target=round_trips, args=(n,)) for n in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert not errors, errors

comp = lzma.compress(DATA)
pieces = [comp[i:i + 50] for i in range(0, len(comp), 50)]
d = lzma.LZMADecompressor()
lock = threading.Lock()
out = []


def feeder():
    while True:
        with lock:
            if not pieces:
                return
            out.append(d.decompress(pieces.pop(0)))


threads = [threading.Thread(target=feeder) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert b''.join(out) == DATA and d.eof
