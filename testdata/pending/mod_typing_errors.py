# typing: errors, each case alone.
from typing import List
List()
### "TypeError: Type List cannot be instantiated; use list\(\) instead"
---
from typing import Dict
Dict[int]
### "TypeError: Too few arguments for typing.Dict; actual 1, expected 2"
---
from typing import List
List[int, str]
### "TypeError: Too many arguments for typing.List; actual 2, expected 1"
---
from typing import Union
Union[()]
### "TypeError: Cannot take a Union of no types."
---
from typing import Any
Any()
### "TypeError: Any cannot be instantiated"
---
from typing import Union
Union()
### "TypeError: Cannot instantiate typing.Union"
---
from typing import Callable
Callable[int]
### "TypeError: Callable must be used as Callable\[\[arg, ...\], result\]."
---
from typing import TypeVar
TypeVar("T", int)
### "TypeError: A single constraint is not allowed"
---
from typing import TypeVar
TypeVar("T", covariant=True, contravariant=True)
### "ValueError: Bivariant types are not supported."
---
from typing import NamedTuple
class P(NamedTuple):
    x: int = 0
    y: int
### "TypeError: Non-default namedtuple field y cannot follow default field x"
---
from typing import NamedTuple
class P(NamedTuple):
    x: int
    def _asdict(self):
        pass
### "AttributeError: Cannot overwrite NamedTuple attribute _asdict"
---
from typing import Generic
Generic[int]
### "TypeError: Parameters to Generic\[...\] must all be type variables"
---
from typing import overload
@overload
def f(x): pass
f(1)
### "NotImplementedError: You should not call an overloaded function."
