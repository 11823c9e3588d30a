# OSError's attributes, text and subclass choice by errno.

e = OSError(2, 'No such file or directory', 'x'); print(str(e), e.errno, e.strerror, e.filename, e.filename2, e.args, type(e).__name__)
e = OSError(2, 'No such file or directory', 'x', None, 'y'); print(str(e), e.filename2, repr(e))
print(type(OSError(2, "x")).__name__, FileNotFoundError(2, "nf").errno, str(OSError(13, "denied")))
e = OSError("just text"); print(str(e), e.errno, e.args)
e = OSError(1, 2, 3, 4, 5, 6); print(str(e), e.errno)
print(type(OSError(17, "exists")).__name__, type(OSError(99999, "odd")).__name__, type(PermissionError(2, "x")).__name__)
e = OSError(); e.errno = 5; print(e.errno, str(e))
class MyErr(OSError): pass
m = MyErr("m"); print(m.errno, str(m))
try:
    open("/nonexistent/file")
except FileNotFoundError as err:
    print(err, err.errno, err.filename)
try:
    open("/")
except IsADirectoryError as err:
    print(err, err.errno)
import os
try:
    os.remove("/nonexistent")
except OSError as err:
    print(type(err).__name__, err, err.errno, err.strerror)
print(isinstance(OSError(2, "x"), FileNotFoundError), IOError is OSError, EnvironmentError is OSError)
class MyErr(OSError):
    pass
e = MyErr(2, "No such file", "f.txt")
print(type(e).__name__, e.errno, e.strerror, e.filename, str(e), e.args)
class WithInit(OSError):
    def __init__(self, msg):
        super().__init__(5, msg)
w = WithInit("boom")
print(w.errno, w.strerror, str(w), w.args)
class E2(ValueError): pass
print(repr(E2("x")), E2("a", "b").args)
