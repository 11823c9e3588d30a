# os.pipe, os.read, os.write and os.close, and their errors.
import os

r, w = os.pipe()
print(type(r), type(w), r != w)
for args in [(r, -1), (r, 'x')]:
    try:
        os.read(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    os.write(w, 'x')
except Exception as e:
    print(type(e).__name__, e)
print(os.write(w, b'hello'))
print(os.read(r, 3), os.read(r, 10))
print(os.read(r, 0))
os.close(w)
print(os.read(r, 10))
os.close(r)
# The descriptors are closed now (nothing else in this script opens one).
for call in [lambda: os.read(r, 1), lambda: os.write(w, b'x'), lambda: os.close(r)]:
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e)
