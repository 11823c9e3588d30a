# _heapq and _bisect: expected errors, with python3's messages.
import _heapq
_heapq.heappush([])
### "TypeError: heappush expected 2 arguments, got 1"
---
import _heapq
_heapq.heappop()
### "TypeError: _heapq.heappop\(\) takes exactly one argument \(0 given\)"
---
import _heapq
_heapq.heappop(1)
### "TypeError: heappop\(\) argument must be list, not int"
---
import _heapq
_heapq.heappush(1, 2)
### "TypeError: heappush\(\) argument 1 must be list, not int"
---
import _heapq
_heapq._heappop_max([])
### "IndexError: index out of range"
---
import _heapq
_heapq._heapify_max(())
### "TypeError: _heapify_max\(\) argument must be list, not tuple"
---
import _heapq
_heapq._heapreplace_max([], 1)
### "IndexError: index out of range"
---
import _bisect
_bisect.bisect_left([1], 2, -1)
### "ValueError: lo must be non-negative"
---
import _bisect
_bisect.bisect_left(1, 2)
### "TypeError: object of type 'int' has no len\(\)"
---
import _bisect
_bisect.insort_right((1, 2), 1)
### "AttributeError: 'tuple' object has no attribute 'insert'"
---
import _bisect
_bisect.bisect_left([1, 2], 1, lo='a')
### "TypeError: 'str' object cannot be interpreted as an integer"
