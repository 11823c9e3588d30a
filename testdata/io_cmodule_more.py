# More of _io against python3: seek/tell and the layers' interplay,
# closed-file errors, finalizers of Python subclasses.
import _io, os

d = os.path.join(os.environ.get("TMPDIR", "/tmp"), "ftpy_io_more_%d" % os.getpid())
os.mkdir(d)
p = os.path.join(d, 'x')

def err(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print('ok', repr(r))

# TextIOWrapper over a BytesIO: tell/seek cookies with multibyte text
t = _io.TextIOWrapper(_io.BytesIO('aé\nbç\nc'.encode()), encoding='utf-8')
print(repr(t.readline()), t.tell())
pos = t.tell()
print(repr(t.read(1)), repr(t.readline()), repr(t.read()))
t.seek(pos)
print(repr(t.read()), t.tell(), t.seek(0, 2))
err(t.seek, 1, 1)
err(t.seek, -1)
err(t.seek, 0, 5)
print(repr(t.readline(1)), t.seek(0), repr(t.readline(1)), repr(t.readline(-1)))
t.close()
err(t.read)
err(t.tell)
print(t.closed, t.buffer.closed)

# errors= and encodings
t = _io.TextIOWrapper(_io.BytesIO(b'a\xffb'), encoding='ascii', errors='replace')
print(repr(t.read()), t.errors)
t = _io.TextIOWrapper(_io.BytesIO(b'a\xffb'), encoding='ascii')
err(t.read)
t = _io.TextIOWrapper(_io.BytesIO(), encoding='utf-16')
t.write('hi')
t.flush()
print(t.buffer.getvalue())
t = _io.TextIOWrapper(_io.BytesIO(), encoding='latin-1', newline='\r\n')
t.write('a\nb\n')
t.flush()
print(t.buffer.getvalue())
err(t.write, b'x')

# BufferedRandom over a file: reads and writes interleaved
with open(p, 'wb') as f:
    f.write(b'0123456789')
with open(p, 'r+b') as f:
    print(type(f).__name__, f.read(3), f.tell())
    f.write(b'AB')
    print(f.tell(), f.read(2), f.seek(-2, 2), f.read())
    f.seek(0)
    print(f.read(), f.truncate(4), f.seek(0), f.read())
    print(f.readable(), f.writable(), f.seekable(), f.isatty(), f.fileno() > 2)
with open(p, 'ab') as f:
    print(type(f).__name__, f.tell(), f.write(b'zz'), f.tell())
    err(f.read)
with open(p, 'rb') as f:
    err(f.write, b'x')
    print(list(f), f.read())
with open(p, 'w+') as f:
    f.write('line1\nline2\n')
    f.seek(0)
    print(f.readlines(), f.tell())
    f.seek(0)
    print(f.readlines(3))
    print(f.truncate(3))
with open(p) as f:
    print(repr(f.read()))
    err(f.write, 'x')

# closed-file errors across the classes
objs = [open(p), open(p, 'rb'), _io.FileIO(p), _io.BytesIO(), _io.StringIO(), open(p, 'wb')]
for o in objs:
    o.close()
    print(type(o).__name__, o.closed)
    for name in ['read', 'readline', 'tell', 'seekable', 'readable', 'writable', 'fileno', 'isatty', 'flush', '__iter__', '__enter__']:
        m = getattr(o, name, None)
        if m is not None:
            try:
                m()
            except Exception as e:
                print(' ', name, type(e).__name__, e)
            else:
                print(' ', name, 'ok')
    o.close()

# a Python raw file is closed when dropped; its buffered object flushes first
class Sink(_io._RawIOBase):
    def writable(self):
        return True
    def write(self, b):
        print('write', bytes(b))
        return len(b)
    def close(self):
        print('close')
        super().close()

w = _io.BufferedWriter(Sink())
w.write(b'pending')
del w
s = Sink()
del s
print('after')

# reading a raw file in Python through BufferedReader: lines, iteration
class Lines(_io._RawIOBase):
    def __init__(self, chunks):
        self.chunks = list(chunks)
    def readable(self):
        return True
    def readinto(self, b):
        if not self.chunks:
            return 0
        c = self.chunks.pop(0)
        b[:len(c)] = c
        return len(c)

r = _io.BufferedReader(Lines([b'ab', b'c\nd', b'e\n', b'f']))
print(list(r))
r = _io.BufferedReader(Lines([b'ab', b'c\nd', b'e\n', b'f']), 4)
print(r.peek(), r.read(1), r.read1(5), r.readline(), r.read())
t = _io.TextIOWrapper(_io.BufferedReader(Lines([b'x\r', b'\ny\rz'])))
print(list(t), t.newlines)
err(_io.BufferedReader, Lines([]), 0)
err(_io.BufferedWriter, Lines([]))
print(repr(_io.BufferedReader(Lines([]))))

class Named(Lines):
    name = 'nm'
    mode = 'rb'
print(repr(_io.BufferedReader(Named([]))), repr(_io.TextIOWrapper(_io.BufferedReader(Named([])))))

# encoding='locale' and a raw file that reads its own buffered object
f = open(p, 'w', encoding='locale')
print(f.encoding)
f.close()
print(_io.TextIOWrapper(_io.BytesIO(b'x'), encoding='locale').encoding)

class Re(_io._RawIOBase):
    def readable(self):
        return True
    def readinto(self, b):
        return len(br.read(1))

br = _io.BufferedReader(Re())
try:
    br.read(1)
except RuntimeError as e:
    print('RuntimeError', str(e).startswith('reentrant call inside'))

os.remove(p)
os.rmdir(d)
import weakref
class T(_io.TextIOWrapper):
    def __init__(self, raw):
        super().__init__(raw, encoding='utf-8')
        self.count = 0
    def write(self, s):
        self.count += 1
        return super().write(s.upper())
t = T(_io.BytesIO())
print('hi', 'there', file=t)
t.flush()
print(t.buffer.getvalue(), t.count, type(t).__mro__[1].__name__, repr(t))
class B(_io.BufferedReader):
    def read(self, n=-1):
        return b'<' + super().read(n) + b'>'
b = B(_io.BytesIO(b'abc'))
print(b.read(2), b.readline(), b.raw.tell())
w = weakref.ref(b); del b; print(w())
class S(_io.StringIO):
    pass
s = S('x\ny'); print(list(s), s.__dict__)
class F(_io.FileIO):
    pass
q = os.path.join(os.environ.get("TMPDIR", "/tmp"), "ftpy_io_more_sub_%d" % os.getpid())
with open(q, 'w') as g:
    g.write('via fd\n')
f = F(q); print(repr(f).replace(q, 'Q'), f.read()); f.close()
os.remove(q)
print(_io.BytesIO.__name__, _io.BytesIO.__module__, _io.TextIOWrapper.__qualname__, _io._IOBase.__module__)
