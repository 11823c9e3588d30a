# A class whose first base is a plain mixin and a later one a built-in
# takes the built-in's layout; its __base__ is that base (CPython's
# best_base), and its subclasses keep the layout (test_enum's
# test_multiple_mixin_inherited crashed here).
class MyInt(int):
    def __new__(cls, value):
        return super().__new__(cls, value)
class HexMixin:
    def __repr__(self):
        return hex(self)
class Other:
    pass
class M(HexMixin, MyInt, Other):
    pass
class Foo(M):
    pass
print(M.__base__, Foo.__base__, M.__bases__)
x = MyInt.__new__(Foo, 1)
x.a = 5
print(type(x).__name__, repr(x), x + 1, getattr(x, 'a'), x.__dict__)
class L(HexMixin, list):
    pass
class L2(L):
    pass
l = L2([1, 2])
l.tag = "t"
print(L2.__base__, l.tag, len(l))
import enum
class MyIntEnum(HexMixin, MyInt, enum.Enum):
    __repr__ = HexMixin.__repr__
class E(MyIntEnum):
    TEST = 1
print(repr(E.TEST), isinstance(E.TEST, MyInt), E._member_type_)
