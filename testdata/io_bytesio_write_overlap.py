# BytesIO.write at a position inside the contents that runs past the end
# (after truncate, with spare capacity), and past the end with a gap.
import io

f = io.BytesIO()
print(f.write(b"blah."), f.truncate(0), f.tell(), f.seek(0))
print(f.write(b"blah."), f.seek(0), f.write(b"Hello."), f.tell())
print(f.seek(-1, 1), f.write(bytearray(b" world\n\n\n")), f.seek(0), f.write(b"h"))
print(f.seek(-1, 2), f.truncate(12), f.tell(), f.getvalue())

f = io.BytesIO(b"abcdef")
f.truncate(2)
f.seek(1)
print(f.write(b"XYZ"), f.getvalue())
f.seek(8)
print(f.write(b"!"), f.getvalue())
f.truncate(3)
f.seek(5)
print(f.write(b"?"), f.getvalue())
