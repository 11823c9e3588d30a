"""In-memory text and binary streams (StringIO, BytesIO)."""

# The module-level name open is the builtin, as in CPython.
open = open

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class UnsupportedOperation(OSError, ValueError):
    pass


class _MemoryStream:
    """A stream over a growable buffer. Appends at the end are kept as
    chunks and joined when the buffer is next read, so building a large
    value by many writes stays linear."""

    _empty = None      # "" or b""
    _kind = None       # what write() requires, for its error message
    _closed_msg = None  # CPython's StringIO and BytesIO word it differently

    def __init__(self, initial):
        self._chunks = [initial] if initial else []
        self._size = len(initial)
        self._pos = 0
        self._closed = False

    def _value(self):
        if len(self._chunks) > 1:
            self._chunks = [self._empty.join(self._chunks)]
        return self._chunks[0] if self._chunks else self._empty

    def _check_open(self):
        if self._closed:
            raise ValueError(self._closed_msg)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def flush(self):
        self._check_open()

    def isatty(self):
        self._check_open()
        return False

    def tell(self):
        self._check_open()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = self._size
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def write(self, s):
        self._check_open()
        if not isinstance(s, type(self._empty)):
            raise TypeError(self._kind % type(s).__name__)
        n = len(s)
        if not n:
            return 0
        if self._pos == self._size:
            self._chunks.append(s)
        else:
            v = self._value()
            if self._pos > self._size:
                v = v + self._pad(self._pos - self._size)
            self._chunks = [v[:self._pos] + s + v[self._pos + n:]]
        self._pos += n
        self._size = max(self._size, self._pos)
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check_open()
        v = self._value()
        end = self._size if size is None or size < 0 else min(self._size, self._pos + size)
        if self._pos >= end:
            return self._empty
        out = v[self._pos:end]
        self._pos = end
        return out

    def readline(self, size=-1):
        self._check_open()
        v = self._value()
        if self._pos >= self._size:
            return self._empty
        nl = v.find(self._newline, self._pos)
        end = self._size if nl < 0 else nl + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = v[self._pos:end]
        self._pos = end
        return out

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                return lines

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        if size < self._size:
            self._chunks = [self._value()[:size]]
            self._size = size
        return size

    def getvalue(self):
        self._check_open()
        return self._value()


class StringIO(_MemoryStream):
    """Text I/O on an in-memory str buffer."""

    _empty = ""
    _kind = "string argument expected, got '%s'"
    _closed_msg = "I/O operation on closed file"
    _newline = "\n"

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        super().__init__(initial_value)

    def _pad(self, n):
        return "\0" * n

    def __repr__(self):
        return "<_io.StringIO object at 0x%x>" % id(self)


class BytesIO(_MemoryStream):
    """Binary I/O on an in-memory bytes buffer."""

    _empty = b""
    _kind = "a bytes-like object is required, not '%s'"
    _closed_msg = "I/O operation on closed file."
    _newline = b"\n"

    def __init__(self, initial_bytes=b""):
        super().__init__(bytes(initial_bytes) if initial_bytes else b"")

    def _pad(self, n):
        return b"\0" * n

    def getbuffer(self):
        raise UnsupportedOperation("getbuffer")

    def __repr__(self):
        return "<_io.BytesIO object at 0x%x>" % id(self)
