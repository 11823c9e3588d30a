# Classes whose __slots__ leave out __weakref__.
import weakref
class S: __slots__ = ("a",)
weakref.ref(S())
### "TypeError: cannot create weak reference to 'S' object"
---
import weakref
class S: __slots__ = ()
weakref.ref(S(), print)
### "TypeError: cannot create weak reference to 'S' object"
---
class W: __slots__ = ("__weakref__",)
class X(W): __slots__ = ("__weakref__",)
### "TypeError: __weakref__ slot disallowed: either we already got one, or __itemsize__ != 0"
---
class N: pass
class X(N): __slots__ = ("a", "__weakref__")
### "TypeError: __weakref__ slot disallowed: either we already got one, or __itemsize__ != 0"
