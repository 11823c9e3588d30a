# _queue: expected errors, with python3's messages.
import _queue
_queue.SimpleQueue().get(timeout=-1)
### "ValueError: 'timeout' must be a non-negative number"
---
import _queue
_queue.SimpleQueue().get_nowait()
### "_queue.Empty"
---
import _queue
_queue.SimpleQueue(1)
### "TypeError: SimpleQueue\(\) takes no positional arguments"
