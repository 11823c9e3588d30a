# Threads sharing the binary modules' state: one hash object updated from
# several threads (each object has its own lock), the codec and error
# handler registries used concurrently, and zlib objects per thread.
import _thread
import _sha256
import time
import _codecs
import zlib

N, ROUNDS = 4, 200
chunk = b'0123456789abcdef' * 16
shared = _sha256.sha256()
lock = _thread.allocate_lock()
done = []


def search(name):
    if name.startswith('thr_'):
        n = int(name[4:])
        return (lambda s, errors='strict': (s.encode('ascii', errors) + bytes([n]), len(s)),
                lambda b, errors='strict': (bytes(b)[:-1].decode('ascii', errors), len(b)), None, None)
    return None


_codecs.register(search)


def work(k):
    _codecs.register_error('thr.%d' % k, lambda e: ('<%d>' % k, e.end))
    for i in range(ROUNDS):
        shared.update(chunk)
        assert ('x%d' % i).encode('thr_%d' % k) == b'x%d' % i + bytes([k])
        assert 'a\xe9'.encode('ascii', 'thr.%d' % k) == b'a<%d>' % k
        if i % 20 == 0:
            c = zlib.compressobj()
            data = chunk * (i + 1)
            assert zlib.decompress(c.compress(data) + c.flush()) == data
            assert shared.copy().digest_size == 32
    with lock:
        done.append(k)


for k in range(N):
    _thread.start_new_thread(work, (k,))
while True:
    with lock:
        if len(done) == N:
            break
    time.sleep(0.001)
want = _sha256.sha256(chunk * (N * ROUNDS)).hexdigest()
assert shared.hexdigest() == want, (shared.hexdigest(), want)
print('ok')
