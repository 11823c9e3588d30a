# collections: defaultdict errors, each case alone.
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
