# A metaclass's __getattr__ is only the fallback of class attribute lookup,
# and super().__delattr__/__setattr__ in a metaclass are type's (enum relies on both).
class Meta(type):
    def __getattr__(cls, name):
        print("getattr", name)
        raise AttributeError(name)
class E(metaclass=Meta):
    x = 1
print(E.x)
class Meta2(type):
    def __delattr__(cls, attr):
        print("delattr", cls.x)
        super().__delattr__(attr)
    def __getattr__(cls, name):
        print("getattr2", name)
        raise AttributeError(name)
class F(metaclass=Meta2):
    x = 1
    y = 2
del F.y
print(F.x, hasattr(F, 'y'))
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns = dict(ns.items())
        ns['_member_map_'] = {'a': 1}
        ns['_boundary_'] = 5
        c = super().__new__(mcls, name, bases, ns, **kw)
        print("has", '_member_map_' in c.__dict__)
        delattr(c, '_boundary_')
        return c
    def __init_subclass__(cls, **kw): pass
    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("member")
        super().__delattr__(attr)
    def __getattr__(cls, name):
        print("getattr", name)
        if name.startswith('__'):
            raise AttributeError(name)
        return cls._member_map_[name]
class E(metaclass=Meta):
    x = 1
print(E.x, E.a)
