import os
os.sched_getaffinity(99999999)
### "ProcessLookupError: \[Errno 3\] No such process"
---
import os
os.sched_setaffinity(99999999, [0])
### "ProcessLookupError: \[Errno 3\] No such process"
---
import os
os.sched_setaffinity(0, [-1])
### "ValueError: negative CPU number"
---
import os
os.sched_setaffinity(0, 3)
### "TypeError: 'int' object is not iterable"
---
import os
os.sched_setaffinity(0, ["0"])
### "TypeError: expected an iterator of ints, but iterator yielded <class 'str'>"
---
import os
os.sched_setaffinity(0, [])
### "OSError: \[Errno 22\] Invalid argument"
---
import os
os.sched_setaffinity(0, [2**31])
### "OverflowError: CPU number too large"
---
import os
os.sched_getaffinity("0")
### "TypeError: 'str' object cannot be interpreted as an integer"
---
import os
os.sched_setaffinity(0, os.sched_getaffinity(0))
