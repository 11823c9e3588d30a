# _io: the layers see a raw file closed on its own; readlines hints as each
# class counts them; the in-memory streams' state for copy and pickle.
import _io, os
C = os.path.join(os.environ.get("TMPDIR", "/tmp"), "ftpy_io_layers_%d" % os.getpid())
f = open(C, 'w')
f.buffer.raw.close()
print(f.closed, f.buffer.closed)
try:
    f.write('x'); f.flush()
except Exception as e:
    print(type(e).__name__, e)
r = open(C)
try: r.write('x')
except Exception as e: print(type(e).__name__, e)
w = open(C, 'w')
try: w.read()
except Exception as e: print(type(e).__name__, e)
print(w.readable(), w.writable(), r.readable(), r.writable())
t = _io.TextIOWrapper(_io.BufferedWriter(_io.BytesIO()))
print(t.readable(), t.writable(), t.seekable())
try: t.read()
except Exception as e: print(type(e).__name__, e)
t = _io.TextIOWrapper(_io.BytesIO(b'a\nb\nc\n'))
print(t.readlines(2), next(t), list(t))
t.writelines(['x', 'y'])
t.flush()
print(t.buffer.getvalue())
f.close()
print(f.closed)
print(_io.BytesIO(b'a\nb\nc\n').readlines(2), _io.StringIO('a\nb\nc\n').readlines(2))
print(open(C).readlines(1), open(C, 'rb').readlines(1))
r.close()
w.close()
os.remove(C)

# __getstate__ / __setstate__ of the in-memory streams (copy and pickle)
b = _io.BytesIO(b'abc'); b.read(1); b.x = 1; print(b.__getstate__())
s = _io.StringIO('a\r\nbc', newline=None); s.read(2); print(s.__getstate__())
s = _io.StringIO('abc'); print(s.__getstate__())
b2 = _io.BytesIO(); b2.__setstate__((b'zz', 1, {'y': 2})); print(b2.read(), b2.y)
try: b2.__setstate__((b'zz',))
except Exception as e: print(type(e).__name__, e)
s2 = _io.StringIO(); s2.__setstate__(('x\r\ny', None, 1, None)); print(repr(s2.getvalue()), repr(s2.read()), s2.newlines)
b.close()
try: b.__getstate__()
except Exception as e: print(type(e).__name__, e)

# iterating over a subclass uses its readline
class T(_io.TextIOWrapper):
    def readline(self, *a):
        return super().readline(*a).upper()
print(list(T(_io.BytesIO(b'a\nb\n'))))
class B(_io.BufferedReader):
    def readline(self, *a):
        return super().readline(*a)[::-1]
print(list(B(_io.BytesIO(b'ab\ncd'))))
