# The array module (CPython's Modules/arraymodule.c): every typecode,
# conversions, slicing, mutators, comparison, the buffer export and
# pickling's reduction.
import array
from array import array as A

print(array.typecodes, array.ArrayType is A, A.__module__, A.__name__)
for tc in array.typecodes:
    init = 'hé' if tc == 'u' else ([1.5, -2.0] if tc in 'fd' else [1, 2, 127])
    a = A(tc, init)
    print(tc, a.itemsize, a.typecode, a, len(a), a[0], a[-1], a.tolist(), a.tobytes(), a.buffer_info()[1])
print(A('b'), A('d'), A('u'), A('B', b'\x01\x02'), A('h', bytearray(b'\x01\x00')), A('b', A('h', [1, 2])), A('f', A('d', [0.25])))
print(A('L', [2 ** 64 - 1]), A('q', [-2 ** 63]), A('Q', [2 ** 64 - 1])[0], A('f', [1e300]), A('b', [True]), A('i', iter(range(3))))

a = A('i', range(10))
print(a[2:5], a[::3], a[::-2], a[5:1], a[-3:], type(a[1:2]))
a[0] = -1
a[1:3] = A('i', [7, 8, 9])
a[::4] = A('i', [0, 0, 0])
print(a)
del a[0]
del a[::2]
del a[-1:]
print(a)
a.append(100)
a.extend([101, 102])
a.extend(A('i', [103]))
a.insert(0, -5)
a.insert(100, 200)
a.insert(-100, -200)
print(a, a.pop(), a.pop(0), a.pop(1), a)
a.remove(100)
print(a, a.index(101), a.index(101, 2), a.count(101), 101 in a, 999 in a)
a.reverse()
print(a)
a += A('i', [1])
a *= 2
print(a, a * 0, 2 * A('b', [1]), A('b', [1]) + A('b', [2]))
s = A('h', [1, 256])
s.byteswap()
print(s, s.tobytes())
f = A('b')
f.frombytes(b'\x01\x02')
f.fromlist([3, 4])
f.frombytes(memoryview(b'\x05'))
print(f)
u = A('u', 'ab')
u.fromunicode('cd')
print(u, u.tounicode(), u.tolist())
print(A('b', [1, 2]) == A('h', [1, 2]), A('f', [1.5]) == A('d', [1.5]), A('b', [1, 2]) < A('b', [1, 3]),
      A('b', [1]) < A('b', [1, 0]), A('B', [255]) > A('B', [1, 2]), A('b', [1]) != A('b', [2]), A('b') == A('d'))
print(list(A('h', [5, 6])), [x for x in reversed(A('b', [1, 2]))], A('u', 'xy')[1])

m = memoryview(A('h', [1, 2, 3]))
print(m.format, m.itemsize, m.tolist(), m[1], bytes(m), m.nbytes)
w = A('i', [0, 0])
mw = memoryview(w)
mw[1] = 42
print(w)
mw.release()
w.append(1)
print(w, bytes(A('b', [65, 66])), b''.join([A('b', [67])]), bytearray(A('B', [68])))

print(A('b', [1, 2, 3]).__reduce_ex__(2), A('b', [1, 2, 3]).__reduce_ex__(3))
print(A('u', 'ab').__reduce_ex__(3), A('d', [1.0]).__reduce_ex__(4))
r = array._array_reconstructor
print(r(A, 'b', 1, b'\x01\xff'), r(A, 'h', 5, b'\x00\x01\xff\xfe'), r(A, 'd', 17, b'\x3f\xf0' + bytes(6)),
      r(A, 'i', 12, bytes(8)), r(A, 'l', 12, bytes(8)), r(A, 'f', 16, bytes(8)), r(A, 'u', 18, 'ab'.encode('utf-16-le')))


class Sub(A):
    pass


x = Sub('b', [1, 2])
x.tag = 'x'
print(x, type(x), x.tag, x.__reduce_ex__(3), x.__reduce_ex__(2), type(x[0:1]), type(x.__copy__()))
print(A('b', [1]).__copy__(), A('b', [1]).__deepcopy__({}))
