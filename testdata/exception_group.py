# BaseExceptionGroup (ExceptionGroup itself is not there yet): construction
# with CPython's checks, message, exceptions, derive and str.
beg = BaseExceptionGroup("m2", [KeyboardInterrupt(), SystemExit(3)])
print(type(beg).__name__, beg, beg.message, beg.exceptions, isinstance(beg, Exception), isinstance(beg, BaseException))
print(beg.args)
for bad in [lambda: BaseExceptionGroup("x", []), lambda: BaseExceptionGroup(1, [KeyboardInterrupt()]), lambda: BaseExceptionGroup("x", [1]), lambda: BaseExceptionGroup("x")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
d = beg.derive([KeyboardInterrupt()])
print(type(d).__name__, d)
try:
    raise BaseExceptionGroup("grp", [GeneratorExit("a")])
except BaseExceptionGroup as e:
    print("caught", repr(e), str(e))
