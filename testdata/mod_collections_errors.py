# collections: defaultdict and OrderedDict errors, each case alone.
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
