# BaseExceptionGroup and ExceptionGroup: construction, class selection,
# split, subgroup, derive, subclassing and the metadata derived groups
# copy.
import copy

def err(f):
    try:
        r = f()
    except BaseException as e:
        print("  ", type(e).__name__ + ":", e)
    else:
        print("  ok", repr(r))

print("constructor checks")
err(lambda: ExceptionGroup("x"))
err(lambda: ExceptionGroup("x", [ValueError()], 3))
err(lambda: ExceptionGroup(1, [ValueError()]))
err(lambda: ExceptionGroup("x", 42))
err(lambda: ExceptionGroup("x", {ValueError()}))
err(lambda: ExceptionGroup("x", {1: 2}))
err(lambda: ExceptionGroup("x", []))
err(lambda: ExceptionGroup("x", "ab"))
err(lambda: ExceptionGroup("x", [ValueError(), 1]))
err(lambda: ExceptionGroup("x", [KeyboardInterrupt()]))
err(lambda: ExceptionGroup("x", [ValueError()], k=1))
err(lambda: ExceptionGroup.__new__(ExceptionGroup, "x", [ValueError()], k=1))
err(lambda: ExceptionGroup("x", (ValueError(1),)))
err(lambda: ExceptionGroup("x", range(0)))

print("class selection")
print(type(BaseExceptionGroup("x", [ValueError()])).__name__)
print(type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
print(type(BaseExceptionGroup("x", [ValueError(), SystemExit()])).__name__)
print(ExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))

print("attributes")
eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
print(eg.message, eg.exceptions, eg.args, str(eg), repr(eg))
print(str(ExceptionGroup("one", [ValueError(1)])))
err(lambda: setattr(eg, "message", "m"))
err(lambda: setattr(eg, "exceptions", ()))
print(ExceptionGroup[int], BaseExceptionGroup[ValueError])

print("subclasses")
class MyEG(ExceptionGroup):
    pass
class MyBEG(BaseExceptionGroup):
    pass
print(type(MyEG("a", [ValueError()])).__name__)
print(type(MyBEG("a", [ValueError()])).__name__)
print(type(MyBEG("a", [KeyboardInterrupt()])).__name__)
err(lambda: MyEG("a", [KeyboardInterrupt()]))
class MyBEGE(BaseExceptionGroup, Exception):
    pass
err(lambda: MyBEGE("a", [KeyboardInterrupt()]))
class MyEGV(ExceptionGroup, ValueError):
    pass
err(lambda: MyEGV("a", [ValueError(12), Exception()]))

class Coded(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj
    def __init__(self, message, excs, code):
        super().__init__(message, excs)
    def derive(self, excs):
        return Coded(self.message, excs, self.code)
c = Coded("coded", [ValueError(1), TypeError(2)], 42)
m, r = c.split(ValueError)
print(type(m).__name__, m.code, repr(m.exceptions), type(r).__name__, r.code)
# Without derive, parts are plain groups.
m, r = MyEG("mine", [ValueError(1), TypeError(2)]).split(ValueError)
print(type(m).__name__, type(r).__name__)
class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 42
err(lambda: BadDerive("b", [ValueError(1), TypeError(2)]).split(ValueError))

print("split and subgroup")
eg = ExceptionGroup("top", [ValueError(1), ExceptionGroup("mid", [TypeError(2), ValueError(3)]), OSError(4)])
for cond in [ValueError, (TypeError, OSError), Exception, KeyError, lambda e: isinstance(e, ValueError) and e.args[0] > 1,
             lambda e: isinstance(e, ExceptionGroup) and e.message == "mid"]:
    m, r = eg.split(cond)
    print("  split", repr(m), repr(r))
    print("  subgroup", repr(eg.subgroup(cond)))
print(eg.split(Exception)[0] is eg, eg.subgroup(BaseException) is eg, eg.subgroup(lambda e: True) is eg)
print(eg.split(KeyError)[1] is eg)
for bad in ["bad", OSError("x"), [OSError], (OSError, 42), print, 42]:
    err(lambda: eg.split(bad))
    err(lambda: eg.subgroup(bad))
err(lambda: eg.split())
err(lambda: eg.split(ValueError, TypeError))

print("metadata")
try:
    try:
        raise KeyError("cause")
    except KeyError as k:
        raise ExceptionGroup("meta", [ValueError(1), TypeError(2)]) from k
except ExceptionGroup as e:
    eg = e
eg.add_note("note one")
eg.__context__ = RuntimeError("ctx")
m, r = eg.split(ValueError)
for part in (m, r):
    print(repr(part), part.__traceback__ is eg.__traceback__, part.__cause__ is eg.__cause__,
          part.__context__ is eg.__context__, part.__suppress_context__, part.__notes__,
          part.__notes__ is eg.__notes__)
eg.__notes__ = 42
m, r = eg.split(ValueError)
print(hasattr(m, "__notes__"))
eg.__notes__ = ("a", "b")
print(eg.subgroup(ValueError).__notes__)
plain = ExceptionGroup("plain", [ValueError(1), TypeError(2)])
m = plain.subgroup(ValueError)
print(m.__traceback__, m.__cause__, m.__context__, m.__suppress_context__, hasattr(m, "__notes__"))

print("derive")
d = eg.derive([KeyError(9)])
print(repr(d), d.__traceback__, d.__cause__, hasattr(d, "__notes__"))
d = BaseExceptionGroup("b", [KeyboardInterrupt()]).derive([ValueError(1)])
print(type(d).__name__)
d = ExceptionGroup("e", [ValueError()]).derive([KeyboardInterrupt()])
print(type(d).__name__)
err(lambda: eg.derive())

print("deep")
e = TypeError(1)
for i in range(2000):
    e = ExceptionGroup("eg", [e])
err(lambda: e.split(TypeError) and None)
err(lambda: e.subgroup(TypeError) and None)

print("catching")
try:
    raise ExceptionGroup("c", [ValueError()])
except Exception as x:
    print("caught as Exception:", type(x).__name__)
try:
    raise BaseExceptionGroup("c", [KeyboardInterrupt()])
except Exception:
    print("wrong")
except BaseException as x:
    print("caught as BaseException:", type(x).__name__)

print("copy")
c = copy.copy(ExceptionGroup("c", [ValueError(1)]))
print(repr(c), c.exceptions)
