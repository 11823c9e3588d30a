# memoryview over bytes, bytearray and array: attributes, items in several
# struct formats, slicing with steps, cast, tolist, release.
import array


def attrs(m):
    return (m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides, m.suboffsets,
            m.readonly, m.c_contiguous, m.f_contiguous, m.contiguous)


m = memoryview(b'abcdefgh')
print(attrs(m), m.obj, len(m), m[0], m[-1], m.tobytes(), m.tolist()[:3], m.hex(), m.hex(':', 2))
print(bytes(m[2:5]), m[::2].tobytes(), m[::-1].tobytes(), m[::-3].tolist(), m[5:1].tobytes(), attrs(m[::2]), attrs(m[::-2]))
print(m[1:7][::2][1:].tobytes(), list(m[::3]), m[1:3].obj is m.obj)
print(bytes(memoryview(b'xy')), bytearray(memoryview(b'xy')), memoryview(memoryview(b'zz')).tobytes(), memoryview(b'a').obj)

ba = bytearray(b'abcdefgh')
w = memoryview(ba)
w[0] = 65
w[1:3] = b'BC'
w[::2] = b'1234'
w[-1] = 0x21
print(ba, attrs(w))
w[6:8] = memoryview(b'XY')
w[0:2] = bytearray(b'..')
print(ba)
h = w.cast('h')
print(attrs(h), h.tolist(), h[0], h[-1])
h[0] = -2
print(ba[:2], h.tolist()[0])
i = w.cast('i')
i[1] = 2 ** 31 - 1
print(i.tolist(), ba[4:])
for fmt in 'bBhHiIlLqQnN':
    v = memoryview(bytearray(16)).cast(fmt)
    v[0] = 1
    v[-1] = -1 if fmt.islower() else 2
    print(fmt, v.itemsize, v.tolist())
for fmt in 'fd':
    v = memoryview(bytearray(16)).cast(fmt)
    v[0] = 1.5
    v[1] = 3
    print(fmt, v.itemsize, v.tolist()[:2])
c = memoryview(bytearray(b'abc')).cast('c')
c[1] = b'Z'
print(c.tolist(), c[0], attrs(c))
q = memoryview(bytearray(2)).cast('?')
q[0] = 5
q[1] = []
print(q.tolist())
big = memoryview(bytearray(b'\xff' * 8)).cast('Q')
print(big[0], memoryview(bytearray(b'\xff' * 8)).cast('q')[0], memoryview(b'\xff\xff\xff\xff').cast('I')[0])

grid = memoryview(b'abcdef').cast('B', (2, 3))
print(attrs(grid), grid.tolist(), grid[1, 2], grid[-1, 0], grid.tobytes(), grid.tobytes('F'), len(grid))
print(grid.cast('B').tolist(), memoryview(b'abcd').cast('B', [4]).shape, memoryview(b'abcd').cast('c', (2, 2)).tolist())
zero = memoryview(b'\x07').cast('B', ())
print(attrs(zero), zero[()], zero.tolist(), len(zero))

print(memoryview(b'ab') == b'ab', b'ab' == memoryview(b'ab'), memoryview(b'ab') == bytearray(b'ab'),
      bytearray(b'ab') == memoryview(b'ab'), memoryview(b'ab') != b'ac', memoryview(b'ab') == 'ab',
      memoryview(b'ab').cast('c') == memoryview(b'ab'), memoryview(b'ab') == memoryview(bytearray(b'ab')))
nan = memoryview(b'\x00\x00\xc0\x7f').cast('f')
print(nan == nan, memoryview(b'\x01\x00').cast('h') == memoryview(b'\x01\x00\x00\x00').cast('i')[:1].cast('B')[:2].cast('h'))
print(hash(memoryview(b'ab')) == hash(b'ab'), hash(memoryview(b'abc')[::2]) == hash(b'ac'))
ro = memoryview(bytearray(b'q')).toreadonly()
print(ro.readonly, ro.tobytes(), memoryview(ro).readonly)

with memoryview(b'ctx') as cm:
    print(cm.tobytes())
print(repr(cm).startswith('<released memory at 0x'), repr(memoryview(b'')).startswith('<memory at 0x'))
cm.release()
print(cm == cm, cm == memoryview(b'ctx'))

base = bytearray(b'res')
v1 = memoryview(base)
v2 = v1[1:]
v1.release()
print(v2.tobytes())
v2.release()
base.append(33)
print(base)

print(b''.join([memoryview(b'a'), bytearray(b'b'), b'c']), b'abc'.startswith(memoryview(b'ab')), b'x' + memoryview(b'y'),
      memoryview(b'b') in [b'a', b'b'], b'%b' % memoryview(b'z'), bytearray(b'q') + memoryview(b'r'))
print(b'abc'.find(memoryview(b'c')), b'a-b'.split(memoryview(b'-')), b'abc'.replace(bytearray(b'b'), memoryview(b'B')),
      b'abc'.strip(bytearray(b'ac')), memoryview(b'abc')[1:].tobytes().decode(), str(memoryview(b'hi'), 'ascii'))

class S(bytes): pass
class BA(bytearray): pass
class AR(array.array): pass
print(memoryview(S(b'xy')).tobytes(), memoryview(BA(b'xy')).tobytes(), memoryview(AR('b', [1])).tolist())
print(bytes(BA(b'q')), b''.join([S(b'a'), BA(b'b')]), BA(b'ab') == b'ab', bytearray(S(b'z')))
m = memoryview(BA(b'abc'))
print(m.obj, type(m.obj))
class WithBytes(bytearray):
    def __bytes__(self): return b'dunder'
print(bytes(WithBytes(b'raw')), bytearray(WithBytes(b'raw')))
print(memoryview(array.array('u', 'a')) == memoryview(array.array('u', 'a')))
