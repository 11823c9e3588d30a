# Weak references to instances of classes with __slots__: only when the
# slots name __weakref__ or a base's instances already allow them.
import weakref
class S: __slots__ = ("a",)
try: weakref.ref(S())
except TypeError as e: print(e)
class W: __slots__ = ("a", "__weakref__")
w = W(); r = weakref.ref(w); print(r() is w)
w.a = 3
print(w.a, hasattr(W, "a"))
class T(S): pass
t = T(); print(weakref.ref(t)() is t)
class U(W): __slots__ = ("b",)
u = U(); print(weakref.ref(u)() is u)
class V(S): __slots__ = ("b",)
try: weakref.ref(V())
except TypeError as e: print(e)
for body in ['class X(W): __slots__ = ("__weakref__",)', 'class Y: __slots__ = ("__weakref__", "__weakref__")',
             'class Z(T): __slots__ = ("__weakref__",)']:
    try:
        exec(body)
        print("no error")
    except TypeError as e: print(e)
class E: __slots__ = ()
try: weakref.ref(E())
except TypeError as e: print(e)
class WD: __slots__ = ("__dict__",)
try: weakref.ref(WD())
except TypeError as e: print(e)
class WS: __slots__ = "__weakref__"
print(weakref.ref(ws := WS())() is ws)
class L(list): __slots__ = ()
try: weakref.ref(L())
except TypeError as e: print(e)
class L2(list): pass
print(weakref.ref(l2 := L2())() is l2)
class D(dict): __slots__ = ("__weakref__",)
print(weakref.ref(d := D())() is d)
class N: pass
print(weakref.ref(n := N())() is n)
