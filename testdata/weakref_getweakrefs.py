# weakref.getweakrefs and getweakrefcount (CPython's _weakref functions).
import weakref
import _weakref


class A:
    pass


class R(weakref.ref):
    pass


a = A()
print(weakref.getweakrefcount(a), weakref.getweakrefs(a))
r1 = weakref.ref(a)
r2 = weakref.ref(a, lambda r: None)
r3 = R(a)
print(weakref.getweakrefcount(a), len(weakref.getweakrefs(a)))
refs = weakref.getweakrefs(a)
print(r1 in refs, r2 in refs, any(r is r3 for r in refs), all(r() is a for r in refs))
print(weakref.getweakrefcount(1), weakref.getweakrefs(1))
print(_weakref.getweakrefcount(a), len(_weakref.getweakrefs(a)))
del r2, refs
print(weakref.getweakrefcount(a), len(weakref.getweakrefs(a)))
del a
print(weakref.getweakrefs(r1), weakref.getweakrefcount(r1), r1())
for f in [lambda: weakref.getweakrefs(), lambda: weakref.getweakrefs(1, 2),
          lambda: weakref.getweakrefcount(), lambda: weakref.getweakrefs(object=1)]:
    try:
        f()
    except TypeError as e:
        print(e)
