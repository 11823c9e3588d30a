# io: StringIO and BytesIO.

import io, contextlib
s = io.StringIO()
print(s.write("hello "), s.write("world\n"), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.read(5)), repr(s.readline()), repr(s.read()))
s = io.StringIO("abc\ndef\nghi")
print(s.tell(), list(s), s.tell())
s.seek(1)
s.write("XY")
print(repr(s.getvalue()))
s.seek(20)
s.write("!")
print(repr(s.getvalue()), len(s.getvalue()))
print(s.truncate(3), repr(s.getvalue()))
print(io.StringIO("a\nb\nc\n").readlines())
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured", [1, 2])
print(repr(buf.getvalue()))
with io.StringIO("x") as f:
    print(f.read(), f.closed)
print(f.closed)
for bad in [lambda: io.StringIO().write(3), lambda: f.read(), lambda: io.StringIO(3), lambda: io.StringIO().seek(1, 1), lambda: io.StringIO().seek(-1)]:
    try:
        bad()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
b = io.BytesIO(b"ab\ncd")
print(b.read(2), b.readline(), b.read(), b.getvalue())
b.write(b"!")
print(b.getvalue(), b.tell())
try:
    b.write("s")
except TypeError as e:
    print(e)
print(io.SEEK_END, issubclass(io.UnsupportedOperation, OSError), io.open is open)
z = io.BytesIO(); z.close()
try:
    z.read()
except ValueError as e:
    print(e)
