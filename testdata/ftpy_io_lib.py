# CPython's Lib io.py runs on ftpy's _io: its ABCs derive from the
# _io classes and register the concrete ones. (Run from its source here
# until `import io` loads the Lib by default; python3 itself cannot be
# the oracle for this, as its _io already backs its own io.)
import os, types, _io

src_path = '/usr/lib/python3.11/io.py'
if os.path.exists(src_path):
    io = types.ModuleType('io_lib')
    with open(src_path) as f:
        exec(compile(f.read(), src_path, 'exec'), io.__dict__)

    path = os.path.join(os.environ.get("TMPDIR", "/tmp"), "ftpy_io_lib_%d" % os.getpid())
    f = open(path, 'w')
    # isinstance(f, io.IOBase) needs ABCMeta's walk over __subclasses__(),
    # which ftpy's own abc module does not do yet (CPython's abc does):
    # checked here are the registrations io.py makes.
    assert isinstance(f, io.TextIOBase) and isinstance(f, _io._IOBase)
    assert isinstance(f.buffer, io.BufferedIOBase) and isinstance(f.buffer.raw, io.RawIOBase)
    f.close()
    os.remove(path)
    assert open is io.open and io.TextIOWrapper is _io.TextIOWrapper
    assert io.UnsupportedOperation is _io.UnsupportedOperation
    assert io.TextIOWrapper(io.BytesIO(b'a\nb')).readlines() == ['a\n', 'b']

    class R(io.RawIOBase):
        def __init__(self, data):
            self.data = data
        def readable(self):
            return True
        def readinto(self, b):
            n = min(len(b), len(self.data))
            b[:n] = self.data[:n]
            self.data = self.data[n:]
            return n

    r = R(b'x\ny')
    assert isinstance(r, io.IOBase) and isinstance(r, _io._RawIOBase)
    assert io.BufferedReader(r).readlines() == [b'x\n', b'y']
    assert io.TextIOWrapper(io.BufferedReader(R('é'.encode()))).read() == 'é'
    assert isinstance(io.StringIO(), io.TextIOBase) and isinstance(io.BytesIO(), io.BufferedIOBase)
    assert issubclass(io.FileIO, io.RawIOBase) and issubclass(io.BufferedRWPair, io.BufferedIOBase)
    assert io.IOBase.__mro__[1] is _io._IOBase
    try:
        R(b'').fileno()
    except io.UnsupportedOperation as e:
        assert str(e) == 'fileno'
    else:
        raise AssertionError('fileno')
