# A second __init__ of a buffered object or TextIOWrapper keeps the raw
# file open (the same raw again is common: test_io's test_constructor),
# and a TextIOWrapper made over the buffer never reaches the raw file
# the buffer let go of.
import io, gc
raw = io.BytesIO(b"abc\n")
b = io.BufferedReader(raw)
b.__init__(raw, buffer_size=16)
print(b.read())
w = io.BytesIO()
bw = io.BufferedWriter(w)
bw.write(b"abc")
bw.flush()
bw.__init__(w)
print(bw.write(b"def"))
bw.flush()
print(w.getvalue())
# a TextIOWrapper over a buffer that is re-initialised on another raw
raw1 = io.BytesIO(b"one\n")
b = io.BufferedReader(raw1)
t = io.TextIOWrapper(b, encoding="utf-8")
b.__init__(io.BytesIO(b"two\n"))
del raw1
gc.collect()
print(b.read())
try:
    t.read()  # ftpy: ValueError (the wrapper's view of the old stream is retired)
except ValueError:
    pass
print("survived")
t.__init__(b, encoding="latin-1")
print(repr(t.read()), t.encoding)
