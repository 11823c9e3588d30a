# How a slot finds and calls its special method (CPython's
# lookup_maybe_method): a plain function is called with the instance
# first; another object is bound through its type's __get__ when it has
# one and called as it is otherwise; __get__ itself is never bound.


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class G:
    pass


G.__get__ = G()


class H:
    x = G()


attempt("get is an instance", lambda: H().x)


class Calls:
    def __call__(self, *a):
        return ("Calls", len(a))


class G2:
    __get__ = Calls()


class H2:
    x = G2()


attempt("get callable instance", lambda: H2().x)


class G3:
    __get__ = staticmethod(lambda *a: ("static", len(a)))


class H3:
    x = G3()


attempt("get staticmethod", lambda: H3().x)


class G4:
    __get__ = classmethod(lambda *a: ("class", len(a)))


class H4:
    x = G4()


attempt("get classmethod", lambda: H4().x)


class G5:
    __get__ = len  # a builtin: not bound


class H5:
    x = G5()


attempt("get builtin", lambda: H5().x)

# Other slots bind what has a __get__ and call the rest as it is.
for name, meth in [
    ("staticmethod", staticmethod(lambda *a: len(a))),
    ("classmethod", classmethod(lambda *a: len(a))),
    ("callable instance", Calls()),
    ("builtin len", len),
    ("builtin abs", abs),
    ("None", None),
    ("int type", int),
]:

    class K:
        pass

    K.__len__ = meth
    attempt("len " + name, lambda: len(K()))
    K.__repr__ = meth
    attempt("repr " + name, lambda: repr(K()))
    K.__call__ = meth
    attempt("call " + name, lambda: K()(1))
    K.__getitem__ = meth
    attempt("getitem " + name, lambda: K()[1])
    K.__iter__ = meth
    attempt("iter " + name, lambda: iter(K()))
    K.__neg__ = meth
    attempt("neg " + name, lambda: -K())
    K.__add__ = meth
    attempt("add " + name, lambda: K() + 1)
    K.__eq__ = meth
    attempt("eq " + name, lambda: K() == 1)
    K.__hash__ = meth
    attempt("hash " + name, lambda: hash(K()))
    K.__bool__ = meth
    attempt("bool " + name, lambda: bool(K()))
    K.__getattr__ = meth
    attempt("getattr " + name, lambda: K().missing)
    K.__init__ = meth
    attempt("init " + name, lambda: K(1))

# A descriptor whose __get__ is a bound method of another object.


class Other:
    def get(self, *a):
        return ("Other.get", len(a))


class G6:
    __get__ = Other().get


class H6:
    x = G6()


attempt("get bound method", lambda: H6().x)
