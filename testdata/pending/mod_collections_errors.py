# collections: defaultdict, OrderedDict and Counter errors, each case alone.
from collections import defaultdict
defaultdict(1)
### "TypeError: first argument must be callable or None"
---
from collections import defaultdict
defaultdict(None)['k']
### "KeyError: 'k'"
---
from collections import defaultdict
defaultdict(int, 1)
### "TypeError: 'int' object is not iterable"
---
from collections import OrderedDict
OrderedDict().popitem()
### "KeyError: 'dictionary is empty'"
---
from collections import OrderedDict
OrderedDict().popitem(last=False)
### "KeyError: 'dictionary is empty'"
---
from collections import OrderedDict
OrderedDict(a=1).move_to_end('b')
### "KeyError: 'b'"
---
from collections import OrderedDict
OrderedDict(1, 2)
### "TypeError: expected at most 1 arguments, got 2"
---
from collections import OrderedDict
OrderedDict(1)
### "TypeError: 'int' object is not iterable"
---
from collections import Counter
Counter(1)
### "TypeError: 'int' object is not iterable"
---
from collections import Counter
Counter('a', 'b')
### "TypeError: Counter.__init__\(\) takes from 1 to 2 positional arguments but 3 were given"
---
from collections import Counter
Counter.fromkeys('ab')
### "NotImplementedError: Counter.fromkeys\(\) is undefined.  Use Counter\(iterable\) instead."
---
from collections import Counter
Counter() + 1
### "TypeError: unsupported operand type\(s\) for \+: 'Counter' and 'int'"
---
from collections import Counter
Counter() - {}
### "TypeError: unsupported operand type\(s\) for -: 'Counter' and 'dict'"
---
from collections import Counter
Counter() < 1
### "TypeError: '<' not supported between instances of 'Counter' and 'int'"
---
from collections import Counter
hash(Counter())
### "TypeError: unhashable type: 'Counter'"
---
from collections import Counter
list(Counter(a=1.5).elements())
### "TypeError: 'float' object cannot be interpreted as an integer"
---
from collections import Counter
Counter().subtract(1)
### "TypeError: 'int' object is not iterable"
---
from collections import Counter
Counter() & 3
### "TypeError: unsupported operand type\(s\) for &: 'Counter' and 'int'"
