# heapq: argument errors, each case alone.
import heapq
heapq.heappop([])
### "IndexError: index out of range"
---
import heapq
heapq.heappush((), 1)
### "TypeError: heappush\(\) argument 1 must be list, not tuple"
---
import heapq
heapq.heapify()
### "TypeError: _heapq.heapify\(\) takes exactly one argument \(0 given\)"
---
import heapq
heapq.nlargest(2)
### "TypeError: nlargest\(\) missing 1 required positional argument: 'iterable'"
---
import heapq
h = []
heapq.heappush(h, 1)
heapq.heappush(h, "a")
### "TypeError: '<' not supported between instances of 'str' and 'int'"
