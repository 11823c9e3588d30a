# The types module's argument checks.
import types
types.SimpleNamespace(1)
### "TypeError: no positional arguments expected"
---
import types
types.SimpleNamespace({"a": 1})
### "TypeError: no positional arguments expected"
---
import types
types.ModuleType()
### "TypeError: module\(\) missing required argument 'name' \(pos 1\)"
---
import types
types.ModuleType(1)
### "TypeError: module\(\) argument 'name' must be str, not int"
---
import types
types.ModuleType("a", "b", "c")
### "TypeError: module\(\) takes at most 2 arguments \(3 given\)"
---
import types
types.ModuleType("a").missing
### "AttributeError: module 'a' has no attribute 'missing'"
---
import types
class E:
    def __mro_entries__(self, bases):
        return [int]
types.resolve_bases((E(),))
### "TypeError: __mro_entries__ must return a tuple"
---
import types
class M1(type): pass
class M2(type): pass
types.new_class("X", (M1("A", (), {}), M2("B", (), {})))
### "TypeError: metaclass conflict: the metaclass of a derived class must be a \(non-strict\) subclass of the metaclasses of all its bases"
