# A Python class derived from _thread.RLock (threading's tests and some
# libraries subclass the C lock).
import _thread
import threading


class Counted(_thread.RLock):
    def acquire(self, *args, **kw):
        self.taken = getattr(self, "taken", 0) + 1
        return super().acquire(*args, **kw)

    __enter__ = acquire


lock = Counted()
with lock:
    with lock:
        print(lock._is_owned(), lock._recursion_count())
print(lock.taken, lock._is_owned(), isinstance(lock, _thread.RLock))
lock.extra = [lock]  # a cycle through the instance dict
cond = threading.Condition(Counted())
with cond:
    cond.notify_all()
print(type(cond._lock).__name__, cond._lock.taken)
