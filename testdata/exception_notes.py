# Exception notes (PEP 678): add_note, __notes__, and how tracebacks show
# them: the traceback module's text and the interpreter's own printer
# (sys.excepthook, captured from stderr).
import io
import sys
import traceback

e = ValueError("v")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second\nline")
print(e.__notes__, type(e.__notes__).__name__)
for bad in [42, b"x", None]:
    try:
        e.add_note(bad)
    except TypeError as x:
        print(x)
try:
    e.add_note()
except TypeError as x:
    print(x)
try:
    e.add_note("a", "b")
except TypeError as x:
    print(x)
del e.__notes__
e.add_note("again")
print(e.__notes__)
e.__notes__ = ("tuple",)
try:
    e.add_note("no")
except TypeError as x:
    print(x)
print(e.__notes__)

class NoAttrs(Exception):
    __slots__ = ()
print(NoAttrs().add_note("slots") is None)


def hook_text(exc):
    old = sys.stderr
    sys.stderr = io.StringIO()
    try:
        sys.excepthook(type(exc), exc, exc.__traceback__)
        return sys.stderr.getvalue()
    finally:
        sys.stderr = old


def raised(exc):
    try:
        raise exc
    except BaseException as x:
        return x


class BadStr:
    def __str__(self):
        raise RuntimeError("no str")


class BadRepr:
    def __repr__(self):
        raise RuntimeError("no repr")


cases = [
    ["plain", "two\nlines", "ends with newline\n"],
    [1, BadStr(), "after"],
    42,
    "ab",
    ("t1", "t2"),
    BadRepr(),
    [],
]
for notes in cases:
    exc = raised(KeyError("k"))
    exc.__notes__ = notes
    print("---- notes", type(notes).__name__)
    print(hook_text(exc).replace(__file__, "FILE"), end="|\n")
    print("".join(traceback.format_exception(exc)).replace(__file__, "FILE"), end="|\n")

print("---- chained with notes")
try:
    try:
        raise ValueError("inner")
    except ValueError as v:
        v.add_note("inner note")
        raise TypeError("outer") from v
except TypeError as t:
    t.add_note("outer note")
    print(hook_text(t).replace(__file__, "FILE"), end="|\n")
    print(traceback.format_exc().replace(__file__, "FILE"), end="|\n")

print("---- group with notes")
eg = ExceptionGroup("eg", [raised(ValueError(1)), raised(TypeError(2))])
eg.add_note("group note")
eg.exceptions[0].add_note("leaf note\nsecond line")
eg = raised(eg)
print(hook_text(eg).replace(__file__, "FILE"), end="|\n")
print("".join(traceback.format_exception(eg)).replace(__file__, "FILE"), end="|\n")

print("---- notes survive split and pickling")
m, r = eg.split(ValueError)
print(m.__notes__, r.__notes__, m.__notes__ is eg.__notes__)
import pickle
p = pickle.loads(pickle.dumps(eg.exceptions[0]))
print(repr(p), p.__notes__)
