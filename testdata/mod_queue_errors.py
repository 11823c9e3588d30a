# queue: errors, each case alone.
import queue
queue.Queue().get_nowait()
### "_queue.Empty"
---
import queue
q = queue.Queue(1)
q.put(1)
q.put_nowait(2)
### "queue.Full"
---
import queue
queue.Queue().task_done()
### "ValueError: task_done\(\) called too many times"
---
import queue
q = queue.Queue()
q.put(1)
q.get()
q.task_done()
q.task_done()
### "ValueError: task_done\(\) called too many times"
---
import queue
q = queue.Queue()
q.put(1)
q.get(timeout=-1)
### "ValueError: 'timeout' must be a non-negative number"
---
import queue
q = queue.Queue(1)
q.put(1, timeout=-0.5)
### "ValueError: 'timeout' must be a non-negative number"
---
import queue
queue.SimpleQueue().get(timeout=-1)
### "ValueError: 'timeout' must be a non-negative number"
---
import queue
queue.SimpleQueue().get(False)
### "_queue.Empty"
---
import queue
queue.LifoQueue().get(block=False)
### "_queue.Empty"
