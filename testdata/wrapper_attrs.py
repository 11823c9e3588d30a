# staticmethod and classmethod wrappers: the attributes they copy from
# their callable (functools.wraps), __func__, __wrapped__,
# __isabstractmethod__, binding through a wrapped descriptor (3.11), and
# the reprs of the bound methods they make.


def attempt(label, f):
    try:
        r = f()
        if " at 0x" in repr(r):
            r = "<%s %s>" % (type(r).__name__, r.__qualname__)
        print(label, r)
    except Exception as e:
        print(label, type(e).__name__, e)


def f(a: int) -> str:
    "f's doc"


f.extra = 1


class A:
    cc = classmethod(classmethod(abs))
    ca = classmethod(abs)
    sa = staticmethod(abs)
    cl = classmethod(len)
    cf = classmethod(f)
    sf = staticmethod(f)

    @classmethod
    def meth(cls):
        "meth's doc"
        return cls.__name__


print(A.cc)
print(A.ca)
print(A().ca)
print(A.sa)
print(A.cl)
attempt("cc call", lambda: A.cc())
attempt("cl call", lambda: A.cl())
print(A.meth)
print(A.meth())
for k in ["cc", "ca", "sa", "cf", "sf", "meth"]:
    d = A.__dict__[k]
    for attr in ["__name__", "__qualname__", "__wrapped__", "__func__", "__isabstractmethod__"]:
        attempt(k + " " + attr, lambda: getattr(d, attr))
for k in ["cf", "sf", "meth"]:
    d = A.__dict__[k]
    attempt(k + " __doc__", lambda: d.__doc__)
    attempt(k + " __module__", lambda: d.__module__)
    attempt(k + " __annotations__", lambda: d.__annotations__)
    attempt(k + " dict", lambda: sorted(d.__dict__))
sf = A.__dict__["sf"]
sf.__name__ = "renamed"
print(f.__name__, sf.__name__)
attempt("sf extra", lambda: sf.extra)
m = A.meth
for attr in ["__name__", "__qualname__", "__doc__", "__module__", "__func__"]:
    attempt("bound " + attr, lambda: getattr(m, attr))
attempt("bound self", lambda: m.__self__)


class Abstract:
    __isabstractmethod__ = True


attempt("abstract static", lambda: staticmethod(Abstract()).__isabstractmethod__)
attempt("abstract class", lambda: classmethod(Abstract()).__isabstractmethod__)
attempt("abstract int", lambda: staticmethod(1).__isabstractmethod__)

# A classmethod wrapping another descriptor binds it to the class.
attempt("wrapping method_descriptor", lambda: classmethod(str.upper).__get__(None, int))
attempt("wrapping method_descriptor ok", lambda: classmethod(str.upper).__get__(None, str))
attempt("wrapping staticmethod", lambda: classmethod(staticmethod(abs)).__get__(None, int))
attempt("wrapping property", lambda: type(classmethod(property(lambda c: 1)).__get__(None, int)).__name__)
attempt("wrapping lambda", lambda: classmethod(lambda c: 1).__get__(None, int).__qualname__)
attempt("descr check", lambda: str.upper.__get__(1))
attempt("descr check ok", lambda: str.upper.__get__("a")())
attempt("repr staticmethod", lambda: repr(staticmethod(abs)))
attempt("repr classmethod", lambda: repr(classmethod(len)))
