# _weakref: expected errors, with python3's messages.
import _weakref
_weakref.proxy(1)
### "TypeError: cannot create weak reference to 'int' object"
---
import _weakref, gc
class A:
    pass
p = _weakref.proxy(A())
gc.collect()
p.x
### "ReferenceError: weakly-referenced object no longer exists"
---
import _weakref
class A:
    pass
a = A()
hash(_weakref.proxy(a))
### "TypeError: unhashable type: 'weakref.ProxyType'"
---
import _weakref
class A:
    pass
a = A()
next(_weakref.proxy(a))
### "TypeError: Weakref proxy referenced a non-iterator 'A' object"
---
import _weakref
_weakref._remove_dead_weakref(1, 2)
### "TypeError: _remove_dead_weakref\(\) argument 1 must be dict, not int"
---
import _weakref
_weakref._remove_dead_weakref({1: 2}, 1)
### "TypeError: not a weakref"
