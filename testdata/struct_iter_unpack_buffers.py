# struct.iter_unpack over every kind of buffer: the iterator holds the
# exporter's view while it runs (a bytearray cannot be resized under it).
import array
import struct

s = struct.Struct('>IB')
b = bytes(range(1, 11))
for src in (b, bytearray(b), memoryview(b), memoryview(bytearray(b)), array.array('B', b)):
    it = s.iter_unpack(src)
    print(type(src).__name__, it.__length_hint__(), list(it), it.__length_hint__())

ba = bytearray(b)
it = s.iter_unpack(ba)
print(next(it))
try:
    ba.append(1)
except BufferError as e:
    print("BufferError", e)
ba[5] = 0xff
print(next(it))
try:
    next(it)
except StopIteration:
    print("stop")
ba.append(1)
print(len(ba))

try:
    s.iter_unpack(memoryview(bytes(20))[::2])
except BufferError as e:
    print("BufferError", e)
try:
    s.iter_unpack(bytearray(7))
except struct.error as e:
    print("error", e)
try:
    s.iter_unpack("abc")
except TypeError as e:
    print("TypeError", e)

class B(bytes):
    pass
print(list(struct.iter_unpack('<H', B(b'\x01\x00\x02\x00'))))
