# _io, the C module of io: every class, from Go, checked against python3.
import _io, os

d = os.path.join(os.environ.get("TMPDIR", "/tmp"), "ftpy_io_cmodule_%d" % os.getpid())
os.mkdir(d)
p = os.path.join(d, 'x.txt')

def err(f, *a, **k):
    try:
        f(*a, **k)
    except Exception as e:
        print(type(e).__name__, e)

print(open is _io.open, _io.DEFAULT_BUFFER_SIZE)
print(_io.UnsupportedOperation.__mro__[1:3], issubclass(_io.FileIO, _io._RawIOBase))
print(issubclass(_io.BufferedReader, _io._BufferedIOBase), issubclass(_io.TextIOWrapper, _io._TextIOBase))
print(issubclass(_io.BytesIO, _io._BufferedIOBase), issubclass(_io.StringIO, _io._TextIOBase))
print(_io.text_encoding(None), _io.text_encoding('latin-1'))

# open's layers
f = open(p, 'w')
print(repr(f).replace(d, 'D'), type(f.buffer).__name__, type(f.buffer.raw).__name__, f.__dict__)
print(f.buffer.raw.mode, f.buffer.mode, f.line_buffering, f.encoding, f.errors)
f.write('hello\nworld\n')
f.close()
print(f.closed, f.buffer.closed, f.buffer.raw.closed)
err(f.write, 'x')
with open(p) as f:
    print(f.readline(), f.tell(), list(f))
f = open(p, 'rb')
print(f.peek()[:5], f.read1(3), f.read(2), f.readline(), f.tell())
b = f.detach()
print(type(b).__name__)
err(f.read)
err(f.close)
b.close()
print(open(p, 'rb', buffering=0).read())
err(open, p, 'w', buffering=0)
f = open(p, 'a')
f.write('more\n')
print(f.tell())
f.close()

# FileIO
r = _io.FileIO(p)
print(repr(r).replace(d, 'D'), r.mode, r.read(3), r.readall(), r.seekable(), r.readable(), r.writable())
err(r.write, b'x')
r.close()
print(repr(r))
err(r.read)
err(_io.FileIO, p, 'rw')
err(_io.FileIO, p, 'z')
err(_io.FileIO, -1)
err(_io.FileIO, p, closefd=False)
w = _io.FileIO(p, 'w')
print(w.write(b'abc'), w.tell(), w.truncate(2), w.seek(0, 2))
w.close()
src = _io.FileIO(p)
fd = src.fileno()
r = _io.FileIO(fd, closefd=False)
print(r.read(), r.fileno() == fd, r.closefd)
r.close()
print(src.closed, src.read())
src.close()
err(_io.FileIO, p, opener=lambda n, fl: -1)

# BytesIO
b = _io.BytesIO(b'ab\ncd')
print(b.readline(), b.read(), b.getvalue(), b.tell(), b.seek(0), b.read1(1))
b.seek(7)
b.write(b'z')
print(b.getvalue(), b.truncate(3), b.getvalue())
err(b.seek, -1)
err(b.seek, 0, 3)
err(b.truncate, -1)
err(b.write, 'x')
b.close()
err(b.read)
print(b.closed)

# StringIO and newline modes
for nl in [None, '', '\n', '\r', '\r\n']:
    s = _io.StringIO('a\r\nb\rc\nd', newline=nl)
    print(repr(nl), repr(s.getvalue()), s.newlines, s.readlines())
s = _io.StringIO()
s.write('x')
s.seek(3)
s.write('y')
print(repr(s.getvalue()), s.tell(), _io.StringIO('ab\ncd').readline(1))
err(_io.StringIO, b'x')
err(_io.StringIO().write, 3)
err(_io.StringIO().seek, 1, 1)
err(_io.StringIO().seek, -1)
err(_io.StringIO, newline='x')
s.close()
err(s.read)

# IncrementalNewlineDecoder
dec = _io.IncrementalNewlineDecoder(None, True)
print(repr(dec.decode('a\r')), repr(dec.decode('\nb\r', final=True)), dec.newlines, dec.getstate())
dec = _io.IncrementalNewlineDecoder(None, False)
print(repr(dec.decode('a\r\nb\rc\n')), dec.newlines)
dec.reset()
print(dec.newlines)

# TextIOWrapper over any buffer
t = _io.TextIOWrapper(_io.BytesIO(b'ab\r\ncd'))
print(repr(t), repr(t.read()), t.newlines, t.seekable(), t.readable())
t = _io.TextIOWrapper(_io.BytesIO())
t.write('hé\n')
print(t.buffer.getvalue())
t.flush()
print(t.buffer.getvalue(), t.tell())
t.seek(0)
print(repr(t.read()))
t = _io.TextIOWrapper(_io.BytesIO(), line_buffering=True)
t.write('a\nb')
print(t.buffer.getvalue())
t = _io.TextIOWrapper(_io.BytesIO(), write_through=True)
t.write('a')
print(t.buffer.getvalue())
t = _io.TextIOWrapper(_io.BytesIO('x\ny'.encode('utf-16')), encoding='utf-16', newline='')
print(t.readlines(), t.encoding)
t = _io.TextIOWrapper(_io.BytesIO(b'abc'))
t.reconfigure(line_buffering=True)
print(t.line_buffering)
b = t.detach()
print(type(b).__name__, repr(t))
err(t.read)
err(_io.TextIOWrapper, _io.BytesIO(), encoding=3)
err(_io.TextIOWrapper, _io.BytesIO(), newline='x')
err(_io.TextIOWrapper, _io.BytesIO(), encoding='nope')
err(_io.TextIOWrapper.__new__(_io.TextIOWrapper).read)
t = _io.TextIOWrapper(_io.BufferedReader(_io.BytesIO(b'l1\nl2\n')))
print(list(t))
t = _io.TextIOWrapper(open(p, 'rb'))
print(repr(t).replace(d, 'D'), t.read())
t.close()

# Python subclasses of the abstract classes
class MyRaw(_io._RawIOBase):
    def __init__(self, data):
        self.data = data
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), len(self.data))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n

r = _io.BufferedReader(MyRaw(b'line1\nline2\n'))
print(r.readline(), r.read(), r.raw.closed)
r.close()
print(r.closed, r.raw.closed)
print(MyRaw(b'xyz').read(), MyRaw(b'x\ny').readlines(), list(MyRaw(b'a\nb')))
t = _io.TextIOWrapper(_io.BufferedReader(MyRaw('é\nz'.encode())))
print(t.read())

class Sink(_io._RawIOBase):
    def __init__(self):
        self.got = []
    def writable(self):
        return True
    def write(self, b):
        self.got.append(bytes(b))
        return len(b)

s = Sink()
w = _io.BufferedWriter(s, 4)
w.write(b'ab')
print(s.got)
w.write(b'cdefgh')
w.flush()
print(b''.join(s.got))
pair = _io.BufferedRWPair(MyRaw(b'in'), Sink())
print(pair.read(), pair.write(b'out'))

class MyBytes(_io.BytesIO):
    pass
m = MyBytes(b'q')
m.extra = 1
print(m.read(), m.extra, isinstance(m, _io._IOBase))

class Base(_io._IOBase):
    pass
x = Base()
print(x.readable(), x.closed)
err(x.fileno)
err(x.seek, 0)
x.close()
print(x.closed)
err(x.flush)
err(iter, x)
with _io.StringIO('q') as s:
    print(s.read())
err(s.read)

os.remove(p)
os.rmdir(d)
