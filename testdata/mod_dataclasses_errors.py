# Expected errors from the dataclasses module.
from dataclasses import dataclass
@dataclass
class C:
    x: list = []
### "ValueError: mutable default <class 'list'> for field x is not allowed: use default_factory"
---
from dataclasses import dataclass
@dataclass
class C:
    d: dict = {}
### "ValueError: mutable default <class 'dict'> for field d is not allowed: use default_factory"
---
from dataclasses import dataclass
@dataclass
class C:
    x: int = 0
    y: int
### "TypeError: non-default argument 'y' follows default argument"
---
from dataclasses import dataclass, FrozenInstanceError
@dataclass(frozen=True)
class C:
    x: int
C(1).x = 2
### "dataclasses.FrozenInstanceError: cannot assign to field 'x'"
---
from dataclasses import dataclass
@dataclass(frozen=True)
class C:
    x: int
del C(1).x
### "dataclasses.FrozenInstanceError: cannot delete field 'x'"
---
from dataclasses import dataclass
@dataclass
class C:
    x: int
C()
### "TypeError: C.__init__\(\) missing 1 required positional argument: 'x'"
---
from dataclasses import dataclass
@dataclass
class C:
    x: int
C(1, 2)
### "TypeError: C.__init__\(\) takes 2 positional arguments but 3 were given"
---
from dataclasses import dataclass
@dataclass(order=True)
class C:
    x: int
C(1) < 1
### "TypeError: '<' not supported between instances of 'C' and 'int'"
---
from dataclasses import dataclass
@dataclass(order=True, eq=False)
class C:
    x: int
### "ValueError: eq must be true if order is true"
---
from dataclasses import dataclass
@dataclass(order=True)
class C:
    x: int
    def __lt__(self, other):
        return True
### "TypeError: Cannot overwrite attribute __lt__ in class C. Consider using functools.total_ordering"
---
from dataclasses import fields
fields(1)
### "TypeError: must be called with a dataclass type or instance"
---
from dataclasses import asdict
asdict(1)
### "TypeError: asdict\(\) should be called on dataclass instances"
---
from dataclasses import astuple
astuple([])
### "TypeError: astuple\(\) should be called on dataclass instances"
---
from dataclasses import replace
replace(1, x=2)
### "TypeError: replace\(\) should be called on dataclass instances"
---
from dataclasses import dataclass, field, replace
@dataclass
class C:
    x: int
    y: int = field(init=False, default=0)
replace(C(1), y=2)
### "ValueError: field y is declared with init=False, it cannot be specified with replace\(\)"
---
from dataclasses import dataclass, replace
@dataclass
class C:
    x: int
replace(C(1), z=2)
### "TypeError: C.__init__\(\) got an unexpected keyword argument 'z'"
---
from dataclasses import field
field(default=1, default_factory=list)
### "ValueError: cannot specify both default and default_factory"
---
from dataclasses import dataclass, field
@dataclass
class C:
    x = field()
### "TypeError: 'x' is a field but has no type annotation"
---
from dataclasses import dataclass
@dataclass(frozen=True)
class B:
    x: int
@dataclass
class C(B):
    y: int
### "TypeError: cannot inherit non-frozen dataclass from a frozen one"
---
from dataclasses import dataclass
@dataclass
class B:
    x: int
@dataclass(frozen=True)
class C(B):
    y: int
### "TypeError: cannot inherit frozen dataclass from a non-frozen one"
---
from dataclasses import dataclass
@dataclass(unsafe_hash=True)
class C:
    x: int
    def __hash__(self):
        return 1
### "TypeError: Cannot overwrite attribute __hash__ in class C"
---
from dataclasses import dataclass
@dataclass
class C:
    s: set = set()
### "ValueError: mutable default <class 'set'> for field s is not allowed: use default_factory"
---
from dataclasses import dataclass
class L(list):
    pass
@dataclass
class C:
    s: L = L()
### "ValueError: mutable default <class '__main__.L'> for field s is not allowed: use default_factory"
---
from dataclasses import dataclass
class H(list):
    def __hash__(self):
        return 1
@dataclass
class C:
    s: H = H()
print(C())
---
from dataclasses import dataclass, field
@dataclass
class C:
    x: int = 0
    y: int = field(kw_only=True)
    z: int
### "TypeError: non-default argument 'z' follows default argument"
---
from dataclasses import dataclass, field
@dataclass
class C:
    x: int = 0
    y: int = field(kw_only=True)
C(1)
### "TypeError: C.__init__\(\) missing 1 required keyword-only argument: 'y'"
---
from dataclasses import dataclass, InitVar
@dataclass
class C:
    x: int
    s: InitVar[list] = []
    def __post_init__(self, s):
        pass
print(C(1))
---
from dataclasses import dataclass, field, InitVar
@dataclass
class C:
    s: InitVar[list] = field(default_factory=list)
### "TypeError: field s cannot have a default factory"
