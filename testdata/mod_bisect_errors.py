# bisect: argument errors, each case alone.
import bisect
bisect.bisect([1], 2, -1)
### "ValueError: lo must be non-negative"
---
import bisect
bisect.bisect_left()
### "TypeError: bisect_left\(\) missing required argument 'a' \(pos 1\)"
---
import bisect
bisect.insort((1,), 2)
### "AttributeError: 'tuple' object has no attribute 'insert'"
---
import bisect
bisect.bisect([1], 2, 0, 1, None)
### "TypeError: bisect_right\(\) takes at most 4 positional arguments \(5 given\)"
