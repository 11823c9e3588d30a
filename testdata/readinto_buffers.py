# readinto fills any writable bytes-like object (bytearray, memoryview,
# array), through every file type, and refuses read-only ones; pickle's
# pure-Python unpickler reads protocol-5 bytearrays this way.
import array
import io
import os
import pickle
import tempfile

fd, path = tempfile.mkstemp()
os.write(fd, b"abcdef")
os.close(fd)
makers = [
    ("FileIO", lambda: io.FileIO(path, "rb")),
    ("open rb", lambda: open(path, "rb")),
    ("open rb unbuffered", lambda: open(path, "rb", buffering=0)),
    ("BytesIO", lambda: io.BytesIO(b"abcdef")),
    ("BufferedReader", lambda: io.BufferedReader(io.BytesIO(b"abcdef"))),
]
for name, make in makers:
    for buf in (bytearray(4), memoryview(bytearray(4)), array.array("b", [0] * 4), memoryview(bytearray(8))[::2], b"xyz"):
        with make() as f:
            try:
                print(name, type(buf).__name__, f.readinto(buf), bytes(buf))
            except (TypeError, BufferError) as e:
                print(name, type(buf).__name__, type(e).__name__, e)
os.unlink(path)

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(proto, pickle.loads(pickle.dumps(bytearray(b"abc"), proto)))
