# The types module: built-in type names, SimpleNamespace, ModuleType and
# the class-creation helpers.
import sys
import types

ns = types.SimpleNamespace(a=1, b=2)
print(ns, repr(ns), ns.a, ns.b)
ns.c = [3]
del ns.a
print(ns, vars(ns))
print(ns == types.SimpleNamespace(b=2, c=[3]), ns != types.SimpleNamespace(b=2), ns == 1, ns != 1)
print(types.SimpleNamespace(), types.SimpleNamespace, types.SimpleNamespace.__hash__)


class Sub(types.SimpleNamespace):
    pass


s = Sub(x=1)
print(s, s == types.SimpleNamespace(x=1), type(s).__mro__)
r = types.SimpleNamespace(n=1)
r.me = r
print(r)
print(types.SimpleNamespace(x="s", y=None, z=types.SimpleNamespace()))
print(types.SimpleNamespace(**{"a b": 1}))
print(r.__reduce__()[0] is types.SimpleNamespace, r.__reduce__()[1])


def f():
    pass


def g():
    yield 1


class A:
    def m(self):
        return 1


print(types.FunctionType is type(f), types.LambdaType is type(f))
print(types.MethodType is type(A().m), types.MethodType(A.m, A())())
print(types.BuiltinFunctionType is type(len), types.BuiltinMethodType is type([].append))
print(types.ModuleType is type(sys), types.ModuleType)
print(types.GeneratorType is type(g()), types.GeneratorType)
print(types.CodeType is type(f.__code__), types.CodeType)
print(types.NoneType is type(None), types.EllipsisType is type(...), types.NotImplementedType is type(NotImplemented))
print(types.GenericAlias, types.GenericAlias(list, int), types.UnionType, types.UnionType is type(int | None))
print(types.FunctionType, types.MethodType, types.BuiltinFunctionType, types.NoneType, types.EllipsisType,
      types.NotImplementedType)
try:
    raise ValueError
except ValueError as e:
    print(types.TracebackType is type(e.__traceback__), types.TracebackType)


def outer():
    x = 1
    return lambda: x


print(types.CellType is type(outer().__closure__[0]), types.CellType)
print(types.MethodDescriptorType is type(str.join), types.GetSetDescriptorType, types.MemberDescriptorType)

m = types.ModuleType("mymod", "doc")
print(m.__name__, m.__doc__, m, sorted(m.__dict__.items()))
m2 = types.ModuleType(name="m2")
print(m2.__doc__, m2)
m2.__init__("again", doc="d")
m2.value = 5
print(m2, m2.__doc__, m2.value)

# class-creation helpers
C = types.new_class("C", (A,), {}, lambda ns: ns.update(x=1))
print(C.__name__, C.__bases__, C.x, C().m())


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"from_prepare": True}

    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


D = types.new_class("D", (), {"metaclass": Meta, "flag": 1})
print(type(D).__name__, D.from_prepare)
meta, ns2, kw = types.prepare_class("E", (D,), {"flag": 2})
print(meta.__name__, ns2, kw)
print(types.prepare_class("F"))


class Entry:
    def __mro_entries__(self, bases):
        return (A,)


print(types.resolve_bases((Entry(), int))[0] is A, types.resolve_bases((int,)))
G = types.new_class("G", (Entry(),))
print(G.__bases__, G.__orig_bases__[0].__class__.__name__)
