# The hash modules hashlib falls back to without OpenSSL, imported directly.
import _md5, _sha1, _sha256, _sha512, _sha3, _blake2
for m in [_md5, _sha1, _sha256, _sha512, _sha3, _blake2]:
    print(m.__name__, sorted(n for n in dir(m) if not n.startswith('__')))
ctors = [_md5.md5, _sha1.sha1, _sha256.sha224, _sha256.sha256, _sha512.sha384, _sha512.sha512,
         _sha3.sha3_224, _sha3.sha3_256, _sha3.sha3_384, _sha3.sha3_512, _blake2.blake2b, _blake2.blake2s]
for c in ctors:
    h = c(b'abc')
    print(type(h).__name__, type(h).__module__, h.name, h.digest_size, h.block_size, h.hexdigest())
    h2 = h.copy()
    h.update(b'x' * 1000)
    print(h.hexdigest(), h2.hexdigest(), c().hexdigest())
    print(c(b'y' * 200, usedforsecurity=False).digest())
for c in [_sha3.shake_128, _sha3.shake_256]:
    h = c(b'abc')
    print(h.name, h.digest_size, h.block_size, h._capacity_bits, h._rate_bits, h._suffix, h.hexdigest(10), h.digest(0), h.hexdigest(300) == h.copy().hexdigest(300))
print(_sha3.sha3_256()._capacity_bits, _sha3.sha3_256()._suffix)
print(_md5.md5(string=b'a').hexdigest(), _md5.MD5Type, _sha256.SHA224Type)
for kw in [dict(digest_size=10), dict(key=b'secret'), dict(salt=b'salty', person=b'me'), dict(fanout=2, depth=3, leaf_size=5, node_offset=7, node_depth=1, inner_size=20, last_node=True),
           dict(key=b'k' * 32, digest_size=32)]:
    for c in [_blake2.blake2b, _blake2.blake2s]:
        h = c(b'hello' * 100, **kw)
        print(c.__name__, kw, h.digest_size, h.hexdigest(), h.copy().hexdigest())
print(_blake2.blake2b.SALT_SIZE, _blake2.blake2s.MAX_KEY_SIZE, _blake2.BLAKE2B_MAX_DIGEST_SIZE)
data = bytes(range(256)) * 40
for c in ctors:
    h = c()
    for i in range(0, len(data), 77):
        h.update(data[i:i + 77])
    print(h.hexdigest() == c(data).hexdigest())
def show(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
show(_md5.md5, 'x'); show(_md5.md5, 1); show(_md5.md5().update, 'x'); show(_sha3.shake_128().digest); show(_sha3.shake_128().digest, -1)
show(_md5.md5().digest, 1)
for kw in [dict(digest_size=0), dict(person=b'x'*17), dict(fanout=256), dict(depth=0), dict(leaf_size=2**32), dict(leaf_size=-1), dict(node_depth=256), dict(inner_size=65), dict(key='x'), dict(salt=1), dict(digest_size=65), dict(key=b'x'*65), dict(salt=b'x'*17)]:
    show(_blake2.blake2b, **kw)
for kw in [dict(node_offset=2**48), dict(digest_size=33), dict(key=b'k'*33), dict(salt=b'x'*9), dict(person=b'x'*9)]:
    show(_blake2.blake2s, **kw)
show(_blake2.blake2b, 'x'); show(_blake2.blake2b, b'', b'')
for base in [_blake2.blake2b, _sha3.sha3_256]:
    try:
        class Sub(base):
            pass
        print('subclassed')
    except TypeError as e:
        print(e)
