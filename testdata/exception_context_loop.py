# A __context__ chain that a program made loop: raising another exception
# while one of it is handled ends (CPython walks the loop once), and the
# traceback printers print each exception once.
import io
import sys
import traceback

def cycle():
    try:
        raise ValueError(1)
    except ValueError as ex:
        ex.__context__ = ex
        raise TypeError(2)

try:
    cycle()
except Exception as e:
    print(repr(e), repr(e.__context__), e.__context__.__context__ is e.__context__)
    old, sys.stderr = sys.stderr, io.StringIO()
    sys.excepthook(type(e), e, e.__traceback__)
    text, sys.stderr = sys.stderr.getvalue(), old
    print(text.replace(__file__, "FILE"))
    print(traceback.format_exc().replace(__file__, "FILE"))

a, b = KeyError("a"), KeyError("b")
a.__context__, b.__context__ = b, a
try:
    try:
        raise a
    except KeyError:
        raise RuntimeError("new")
except RuntimeError as r:
    print(repr(r.__context__), repr(r.__context__.__context__), r.__context__.__context__.__context__)
