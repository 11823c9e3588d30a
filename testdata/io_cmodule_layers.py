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

# StringIO and BytesIO edge cases
s = _io.StringIO(newline=None); s.write('a\r'); s.write('\nb'); print(repr(s.getvalue()), s.tell(), s.newlines)
s = _io.StringIO('abc'); s.seek(10); print(repr(s.read()), s.tell()); s.write('x'); print(repr(s.getvalue()))
s = _io.StringIO('ab\r\ncd\r\n', newline='\r\n'); print(repr(s.readline(3)), repr(s.readline()), repr(s.readline()))
s = _io.StringIO('x\udcffy'); print(ascii(s.read()), s.tell())
s = _io.StringIO('héllo wörld'); print(s.read(3), s.tell(), s.seek(7), s.read())
s = _io.StringIO(None); print(repr(s.getvalue()))
s = _io.StringIO('abc'); s.truncate(1); print(repr(s.getvalue()), s.tell()); s.write('Z'); print(repr(s.getvalue()))
s = _io.StringIO('a\rb', newline=''); print(list(s))
s = _io.StringIO('a\r\nb'); print(list(s), s.newlines)
print(_io.StringIO('x').readable(), _io.StringIO('x').isatty())
try: _io.StringIO('x', newline=3)
except Exception as e: print(type(e).__name__, e)
try: _io.StringIO().truncate(-1)
except Exception as e: print(type(e).__name__, e)
try: _io.StringIO().seek(0, 5)
except Exception as e: print(type(e).__name__, e)
try: _io.StringIO().seek('a')
except Exception as e: print(type(e).__name__, e)
try: _io.BytesIO().seek(1.5)
except Exception as e: print(type(e).__name__, e)
try: _io.BytesIO().read('a')
except Exception as e: print(type(e).__name__, e)
b = _io.BytesIO(b'abcdef'); print(b.seek(-2, 2), b.read(), b.seek(-10, 1), b.read(2))
print(_io.BytesIO(bytes(3)).getvalue())

# tell() cookies over a BytesIO round-trip with seek() in every encoding and
# newline mode (ftpy's cookies are byte offsets; CPython packs decoder state)
for enc in ['utf-8', 'utf-16', 'latin-1', 'utf-32']:
    data = 'ab\nçd\r\nef\rg\n'.encode(enc)
    for nl in [None, '', '\n', '\r\n']:
        t = _io.TextIOWrapper(_io.BytesIO(data), encoding=enc, newline=nl)
        out = []
        while True:
            pos = t.tell()
            line = t.readline()
            if not line:
                break
            out.append((pos, line))
        for pos, line in out:
            t.seek(pos)
            assert t.readline() == line, (enc, nl, pos, line)
        print(enc, repr(nl), [l for _, l in out], t.newlines)
t = _io.TextIOWrapper(_io.BytesIO(), encoding='utf-16')
t.write('ab'); print(t.tell()); t.seek(0); print(repr(t.read())); t.write('c'); t.seek(0); print(repr(t.read()), t.buffer.getvalue())

# tell() is refused while next() reads the file, until a seek or the end
t = _io.TextIOWrapper(_io.BytesIO(b'a\nb\nc\n'))
next(t)
try: t.tell()
except Exception as e: print(type(e).__name__, e)
print(t.readline())
try: t.seek(0, 1)
except Exception as e: print(type(e).__name__, e)
t.seek(0)
print(t.tell(), list(t), t.tell())

# non-blocking raw files: read gives None when nothing came, a write that cannot go BlockingIOError
class NB(_io._RawIOBase):
    def __init__(self, chunks): self.chunks = list(chunks)
    def readable(self): return True
    def readinto(self, b):
        c = self.chunks.pop(0) if self.chunks else b''
        if c is None: return None
        b[:len(c)] = c
        return len(c)
r = _io.BufferedReader(NB([None, b'ab', None, b'cd']))
print(r.read(4), r.read(4), r.read(4), r.read(4), r.read(4))
class NW(_io._RawIOBase):
    def writable(self): return True
    def write(self, b): return None
w = _io.BufferedWriter(NW(), 4)
try:
    w.write(b'abcdefgh'); w.flush()
except BlockingIOError as e:
    print('BlockingIOError')
