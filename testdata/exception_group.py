# BaseExceptionGroup and ExceptionGroup: construction, the ExceptionGroup
# chosen for Exceptions, CPython's checks, message/exceptions, derive, str.
eg = BaseExceptionGroup("msg", [ValueError(1), TypeError(2)])
print(type(eg).__name__, eg, eg.message, eg.exceptions, isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))
beg = BaseExceptionGroup("m2", [KeyboardInterrupt()])
print(type(beg).__name__, beg, isinstance(beg, Exception))
print(ExceptionGroup.__mro__)
for bad in [lambda: ExceptionGroup("x", [KeyboardInterrupt()]), lambda: ExceptionGroup("x", []), lambda: ExceptionGroup(1, [ValueError()]), lambda: ExceptionGroup("x", [1])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(eg.derive([KeyError(3)]))
try:
    raise ExceptionGroup("grp", [ValueError("a")])
except Exception as e:
    print("caught", repr(e))
print(ExceptionGroup.__mro__, ExceptionGroup.__bases__, ExceptionGroup.__module__, ExceptionGroup.__doc__)
e = BaseExceptionGroup("m", [ValueError(1)])
print(type(e), repr(e), str(e), e.exceptions)
try:
    raise ExceptionGroup("x", [TypeError()])
except Exception as ex:
    print("caught", type(ex).__name__)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as ex:
    print(ex)
class MyEG(ExceptionGroup):
    pass
print(MyEG.__mro__, isinstance(MyEG("a",[ValueError()]), Exception))
print(type(BaseExceptionGroup("m", [KeyboardInterrupt()])))
print(type(e.derive([ValueError()])))
import traceback
traceback.print_exception(ExceptionGroup("eg", [ValueError(1), TypeError(2)]), file=__import__("sys").stdout)
