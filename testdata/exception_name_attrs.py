# NameError.name, AttributeError.name and .obj, ImportError.msg, .name and
# .path: what the interpreter sets where it raises these errors, what the
# constructors take, and how the attributes copy and pickle (CPython 3.11).
import copy
import os
import pickle
import sys
import traceback


def show(f):
    try:
        f()
    except BaseException as e:
        name = getattr(e, "name", "-")
        obj = getattr(e, "obj", "-")
        print(type(e).__name__, repr(name), type(obj).__name__, "|", e)


# NameError: the name, for a global, a builtin, a free variable; an
# UnboundLocalError has none.
show(lambda: undefined_global)


def unbound_local():
    if False:
        x = 1
    return x


show(unbound_local)


def free_var():
    def inner():
        return zz
    zz = 1
    del zz
    return inner()


show(free_var)


def deleted_global():
    global never_set
    del never_set


show(deleted_global)
show(lambda: exec("nope_name", {}))
show(lambda: exec("del nope_name2"))

# AttributeError: the name and the object it was looked up on.
show(lambda: [].apend)


class C:
    cls_attr = 1

    def __init__(self):
        self.blech = 1


show(lambda: C().blach)
show(lambda: C.blach)
show(lambda: sys.getrecursionlimt)
show(lambda: (1).imag.nope)
show(lambda: getattr(C(), "nope"))
show(lambda: object.__getattribute__(C(), "nope"))


class GetattrRaises:
    def __getattr__(self, name):
        raise AttributeError(name)


show(lambda: GetattrRaises().foo)


class PropRaises:
    @property
    def p(self):
        raise AttributeError("inside the property")

    @property
    def q(self):
        return self.inner_missing


show(lambda: PropRaises().p)
show(lambda: PropRaises().q)
show(lambda: PropRaises().__getattribute__("p"))


class Slots:
    __slots__ = ("a",)


show(lambda: Slots().a)


class Base:
    def m(self):
        return 1


class Derived(Base):
    def m(self):
        return super().nosuch


show(lambda: Derived().m())
# A delete that fails records nothing.
show(lambda: delattr(C(), "nope"))
show(lambda: delattr([], "nope"))

# Constructors: keyword arguments, which replace what was there.
e = AttributeError("msg", name="n", obj=[1])
print(e.args, e.name, e.obj, e.__dict__)
e.__init__("again")
print(e.args, e.name, e.obj)
e.name = "set"
e.obj = 5
print(e.name, e.obj)
del e.name
print(e.name)
e = NameError("m", name="nm")
print(e.args, e.name, str(e), repr(e))
print(NameError().name, AttributeError().obj)
for bad in (lambda: NameError(obj=1), lambda: AttributeError(path=1),
            lambda: ImportError(obj=1), lambda: UnboundLocalError(foo=1)):
    show(bad)

# ImportError: msg is the one argument; name and path are keywords.
e = ImportError("m", name="n", path="p")
print(e.args, e.msg, e.name, e.path, str(e), e.__dict__)
e = ImportError("a", "b")
print(e.args, e.msg, e.name, e.path, str(e))
e = ImportError(name="n")
print(e.args, e.msg, e.name, repr(str(e)))
e = ImportError(42)
print(e.msg, str(e))
e.msg = "changed"
print(str(e), e.args)
e = ModuleNotFoundError("mnf", name="pkg")
print(type(e).__name__, e.msg, e.name, e.path)
e = ImportError("m", name="n", path="p")
print(e.__reduce__())
e.extra = 1
print(e.__reduce__())
print(ImportError("x").__reduce__())
print(ImportError("x", name=None).__reduce__())
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    r = pickle.loads(pickle.dumps(ImportError("m", name="n", path="p"), proto))
    print(proto, r.args, r.msg, r.name, r.path)
c = copy.copy(ImportError("m", name="n", path="p"))
print(c.args, c.name, c.path)
print(AttributeError("x", name="n", obj=1).__reduce__())
print(NameError("x", name="n").__reduce__())


# The import system sets them.
def from_import_missing():
    from os import getcdw


try:
    from_import_missing()
except ImportError as e:
    print(e.name, e.path == os.__file__, e.msg == str(e))
    print(str(e).replace(os.__file__, "OS_FILE"))
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(repr(e.name), e.path, str(e))
try:
    import os.no_such_sub
except ModuleNotFoundError as e:
    print(repr(e.name), str(e))

# traceback.format_exc() in 3.11 adds no "Did you mean" (the printer
# behind sys.excepthook does).
try:
    prnt
except NameError:
    print(traceback.format_exc().splitlines()[-1])
try:
    [].apend
except AttributeError:
    print(traceback.format_exception_only(*sys.exc_info()[:2])[-1], end="")
