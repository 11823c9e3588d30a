# string: argument errors, each case alone.
import string
string.capwords()
### "TypeError: capwords\(\) missing 1 required positional argument: 's'"
---
import string
string.capwords(1)
### "AttributeError: 'int' object has no attribute 'split'"
