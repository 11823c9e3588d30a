# threading: errors, each case alone.
import threading
t = threading.Thread(target=print)
t.start()
t.join()
t.start()
### "RuntimeError: threads can only be started once"
---
import threading
threading.Thread().join()
### "RuntimeError: cannot join thread before it is started"
---
import threading
threading.current_thread().join()
### "RuntimeError: cannot join current thread"
---
import threading
t = threading.Thread(target=print)
t.start()
t.daemon = True
### "RuntimeError: cannot set daemon status of active thread"
---
import threading
threading.Thread(group=1)
### "AssertionError: group argument must be None for now"
---
import threading
threading.Thread(target=print, bogus=1)
### "TypeError: Thread.__init__\(\) got an unexpected keyword argument 'bogus'"
---
import threading
threading.Condition().wait()
### "RuntimeError: cannot wait on un-acquired lock"
---
import threading
threading.Condition(threading.Lock()).notify()
### "RuntimeError: cannot notify on un-acquired lock"
---
import threading
threading.Condition().notify_all()
### "RuntimeError: cannot notify on un-acquired lock"
---
import threading
threading.Semaphore(-1)
### "ValueError: semaphore initial value must be >= 0"
---
import threading
threading.Semaphore().acquire(False, 1)
### "ValueError: can't specify timeout for non-blocking acquire"
---
import threading
threading.Semaphore().release(0)
### "ValueError: n must be one or more"
---
import threading
s = threading.BoundedSemaphore(2)
s.acquire()
s.release()
s.release()
### "ValueError: Semaphore released too many times"
---
import threading
b = threading.Barrier(2)
b.abort()
b.wait()
### "threading.BrokenBarrierError"
---
import threading
threading.Lock().release()
### "RuntimeError: release unlocked lock"
---
import threading
threading.RLock().release()
### "RuntimeError: cannot release un-acquired lock"
---
import threading
threading.ExceptHookArgs((1, 2))
### "TypeError: _thread._ExceptHookArgs\(\) takes a 4-sequence \(2-sequence given\)"
---
import threading
threading.Timer()
### "TypeError: Timer.__init__\(\) missing 2 required positional arguments: 'interval' and 'function'"
