# _collections: expected errors, with python3's messages.
from _collections import deque
deque([1]).remove(5)
### "ValueError: 5 is not in deque"
---
from _collections import deque
deque([1]).index(5)
### "ValueError: 5 is not in deque"
---
from _collections import deque
deque(maxlen=-1)
### "ValueError: maxlen must be non-negative"
---
from _collections import deque
deque([1], maxlen=1).insert(0, 1)
### "IndexError: deque already at its maximum size"
---
from _collections import deque
deque() + [1]
### "TypeError: can only concatenate deque \(not \"list\"\) to deque"
---
from _collections import deque
deque() * 'a'
### "TypeError: can't multiply sequence by non-int of type 'str'"
---
from _collections import deque
deque([1])['a']
### "TypeError: sequence index must be integer, not 'str'"
---
from _collections import deque
deque([1])[3]
### "IndexError: deque index out of range"
---
from _collections import deque
deque().pop()
### "IndexError: pop from an empty deque"
---
from _collections import deque
deque().popleft()
### "IndexError: pop from an empty deque"
---
from _collections import deque
deque().pop(1)
### "TypeError: deque.pop\(\) takes no arguments \(1 given\)"
---
from _collections import deque
deque().insert(1)
### "TypeError: insert\(\) takes exactly 2 arguments \(1 given\)"
---
from _collections import deque
deque().rotate('a')
### "TypeError: 'str' object cannot be interpreted as an integer"
---
from _collections import deque
hash(deque())
### "TypeError: unhashable type: 'collections.deque'|TypeError: unhashable type: 'deque'"
---
from _collections import defaultdict
defaultdict(1)
### "TypeError: first argument must be callable or None"
---
from _collections import defaultdict
defaultdict()[(1, 2)]
### "KeyError: \(1, 2\)"
---
from _collections import _tuplegetter
_tuplegetter(1)
### "TypeError: _tuplegetter expected 2 arguments, got 1"
---
from _collections import _tuplegetter
_tuplegetter('a', 'b')
### "TypeError: 'str' object cannot be interpreted as an integer"
---
from _collections import _tuplegetter
_tuplegetter(3, 'x').__get__((1,))
### "IndexError: tuple index out of range"
---
from _collections import _tuplegetter
class P(tuple):
    x = _tuplegetter(0, 'x')
P((1,)).x = 2
### "AttributeError: can't set attribute"
---
from _collections import _tuplegetter
_tuplegetter(0, 'x').__get__(5)
### "TypeError: descriptor for index '0' for tuple subclasses doesn't apply to 'int' object"
---
from _collections import _count_elements
_count_elements({}, 1)
### "TypeError: 'int' object is not iterable"
---
from _collections import _count_elements
_count_elements(1, [1])
### "AttributeError: 'int' object has no attribute 'get'"
---
from _collections import defaultdict
defaultdict(int).__missing__()
### "TypeError: defaultdict.__missing__\(\) takes exactly one argument \(0 given\)"
---
from _collections import defaultdict
defaultdict(int).copy(1)
### "TypeError: defaultdict.copy\(\) takes no arguments \(1 given\)"
