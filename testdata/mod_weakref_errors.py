# weakref: expected errors.
import weakref
weakref.WeakValueDictionary()["x"]
### "KeyError: 'x'"
---
import weakref
class C: pass
c = C()
d = weakref.WeakValueDictionary(a=c)
del c
d["a"]
### "KeyError: 'a'"
---
import weakref
weakref.WeakValueDictionary().pop("x")
### "KeyError: 'x'"
---
import weakref
weakref.WeakValueDictionary().popitem()
### "KeyError: 'popitem\(\): dictionary is empty'"
---
import weakref
weakref.WeakValueDictionary()["a"] = 1
### "TypeError: cannot create weak reference to 'int' object"
---
import weakref
hash(weakref.WeakValueDictionary())
### "TypeError: unhashable type: 'WeakValueDictionary'"
---
import weakref
weakref.WeakValueDictionary(1)
### "TypeError: 'int' object is not iterable"
---
import weakref
weakref.WeakValueDictionary().update({}, {})
### "TypeError: WeakValueDictionary.update\(\) takes from 1 to 2 positional arguments but 3 were given"
---
import weakref
class C: pass
c = C()
weakref.WeakKeyDictionary()[c]
### "KeyError: <weakref at 0x[0-9a-f]+; to 'C' at 0x[0-9a-f]+>"
---
import weakref
weakref.WeakKeyDictionary()[1] = 2
### "TypeError: cannot create weak reference to 'int' object"
---
import weakref
weakref.WeakKeyDictionary()["s"]
### "TypeError: cannot create weak reference to 'str' object"
---
import weakref
weakref.WeakKeyDictionary().popitem()
### "KeyError: 'popitem\(\): dictionary is empty'"
---
import weakref
hash(weakref.WeakKeyDictionary())
### "TypeError: unhashable type: 'WeakKeyDictionary'"
---
import weakref
weakref.WeakSet().pop()
### "KeyError: 'pop from empty WeakSet'"
---
import weakref
class C: pass
c = C()
weakref.WeakSet().remove(c)
### "KeyError: <weakref at 0x[0-9a-f]+; to 'C' at 0x[0-9a-f]+>"
---
import weakref
weakref.WeakSet([1])
### "TypeError: cannot create weak reference to 'int' object"
---
import weakref
hash(weakref.WeakSet())
### "TypeError: unhashable type: 'WeakSet'"
---
import weakref
class C: pass
r = weakref.ref(C())
hash(r)
### "TypeError: weak object has gone away"
---
import weakref
weakref.WeakMethod(len)
### "TypeError: argument should be a bound method, not <class 'builtin_function_or_method'>"
---
import weakref
weakref.finalize(1, print)
### "TypeError: cannot create weak reference to 'int' object"
---
import weakref
class C: pass
c = C()
f = weakref.finalize(c, lambda: 1 / 0)
f()
### "ZeroDivisionError: division by zero"
