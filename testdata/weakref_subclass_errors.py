# weakref.ref and its subclasses: argument checks.
import weakref
class A: pass
class R(weakref.ref): pass
R(A(), x=1)
### "TypeError: ref\(\) takes no keyword arguments"
---
import weakref
class A: pass
weakref.ref(A(), x=1)
### "TypeError: ref\(\) takes no keyword arguments"
---
import weakref
weakref.ref()
### "TypeError: __new__ expected at least 1 argument, got 0"
---
import weakref
class A: pass
weakref.ref(A(), None, 3)
### "TypeError: __new__ expected at most 2 arguments, got 3"
---
import weakref
class A: pass
a = A()
weakref.ref(a).__init__()
### "TypeError: __init__ expected at least 1 argument, got 0"
---
import weakref
class R(weakref.ref): pass
R(1)
### "TypeError: cannot create weak reference to 'int' object"
---
import weakref
class A: pass
weakref.ref(weakref.ref(A()))
### "TypeError: cannot create weak reference to 'weakref.ReferenceType' object"
---
import weakref
weakref.WeakMethod(len)
### "TypeError: argument should be a bound method, not <class 'builtin_function_or_method'>"
