# Detaching a buffered object under a TextIOWrapper: the wrapper shares the
# buffer's stream and must see the raw stream detached, never call the raw
# file the caller now owns (a use-after-free once it was freed).
import io, gc
raw = io.BytesIO(b"hello\nworld\n")
b = io.BufferedReader(raw)
t = io.TextIOWrapper(b, encoding="utf-8")
print(t.readline())
r = t.buffer.detach()
print(r is raw, raw.closed)
del r, raw
gc.collect()
print(repr(t))
for op in ("read", "readline", "tell", "close", "fileno", "flush"):
    try:
        print(op, getattr(t, op)())
    except ValueError as e:
        print(op, "ValueError", e)
for op in ("closed", "name"):
    try:
        print(op, getattr(t, op))
    except ValueError as e:
        print(op, "ValueError", e)
try:
    b.read()
except ValueError as e:
    print("ValueError", e)
try:
    b.detach()
except ValueError as e:
    print("ValueError", e)
del t, b
gc.collect()

# a writer: the detached raw keeps what was flushed, and stays open
raw = io.BytesIO()
w = io.BufferedWriter(raw)
t = io.TextIOWrapper(w, encoding="utf-8")
t.write("abc")
t.flush()
r = w.detach()
print(r.getvalue(), r.closed)
try:
    t.write("x")
except ValueError as e:
    print("ValueError", e)
del t, w
print(r.closed)

# TextIOWrapper.detach leaves its buffer working
raw = io.BytesIO(b"xyz")
b = io.BufferedReader(raw)
t = io.TextIOWrapper(b, encoding="utf-8")
print(t.detach() is b, b.read())
try:
    t.read()
except ValueError as e:
    print("ValueError", e)
print(repr(t))
