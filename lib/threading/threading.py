"""Thread objects and synchronization primitives, built on _thread."""

import sys as _sys
import _thread
from collections import deque as _deque
from time import monotonic as _monotonic

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'ExceptHookArgs', 'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'get_native_id', 'getprofile', 'gettrace']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
_set_sentinel = _thread._set_sentinel
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
Lock = _allocate_lock
local = _thread._local


def RLock(*args, **kwargs):
    """A reentrant lock: the thread that holds it may acquire it again, and
    must release it as many times."""
    return _thread.RLock(*args, **kwargs)


if hasattr(_thread, "stack_size"):
    stack_size = _thread.stack_size
else:
    def stack_size(size=0):
        """The stack size of new threads (ftpy's threads grow their stacks:
        the setting is accepted and reported, not used)."""
        global _stack_size
        if size != 0 and size < 32768:
            raise ValueError("size not valid: 32768 bytes minimum")
        old = _stack_size
        _stack_size = size
        return old
    _stack_size = 0


# Tracing and profiling hooks: stored and reported, not applied (ftpy has no
# sys.settrace yet).
_trace_hook = None
_profile_hook = None


def settrace(func):
    """Set the trace function for threads started from now on."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    """The trace function set by settrace()."""
    return _trace_hook


def setprofile(func):
    """Set the profile function for threads started from now on."""
    global _profile_hook
    _profile_hook = func


def getprofile():
    """The profile function set by setprofile()."""
    return _profile_hook


# ---------------------------------------------------------------- Condition

class Condition:
    """A condition variable over a lock (a new RLock by default): wait()
    releases the lock until another thread calls notify()."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # Locks that know their owner (RLock) save and restore their full
        # state around a wait; a plain lock is released and taken again.
        self._owned = getattr(lock, "_is_owned", self._plain_owned)
        self._save = getattr(lock, "_release_save", self._plain_save)
        self._restore = getattr(lock, "_acquire_restore", self._plain_restore)
        self._waiters = _deque()

    def _plain_owned(self):
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def _plain_save(self):
        self._lock.release()

    def _plain_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        return self._owned()

    def _release_save(self):
        return self._save()

    def _acquire_restore(self, state):
        self._restore(state)

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def wait(self, timeout=None):
        """Release the lock, block until notified or until timeout seconds
        have passed, take the lock again; False if the wait timed out."""
        if not self._owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        # Each waiter blocks on a lock of its own, taken here and released
        # by notify().
        gate = _allocate_lock()
        gate.acquire()
        self._waiters.append(gate)
        state = self._save()
        woken = False
        try:
            if timeout is None:
                gate.acquire()
                woken = True
            elif timeout > 0:
                woken = gate.acquire(True, timeout)
            else:
                woken = gate.acquire(False)
            return woken
        finally:
            self._restore(state)
            if not woken:
                try:
                    self._waiters.remove(gate)
                except ValueError:
                    pass  # a notify() took it after the timeout

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true or timeout seconds have passed;
        return the predicate's last result."""
        deadline = None
        if timeout is not None:
            deadline = _monotonic() + timeout
        while True:
            result = predicate()
            if result:
                return result
            if deadline is None:
                self.wait()
            else:
                left = deadline - _monotonic()
                if left <= 0:
                    return result
                self.wait(left)

    def notify(self, n=1):
        """Wake up to n threads waiting on this condition."""
        if not self._owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while n > 0 and waiters:
            gate = waiters.popleft()
            try:
                gate.release()
            except RuntimeError:
                pass
            n -= 1

    def notify_all(self):
        """Wake up every thread waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        """Deprecated alias of notify_all()."""
        self.notify_all()


# ---------------------------------------------------------------- Semaphores

class Semaphore:
    """A counter that acquire() decrements, blocking at zero, and release()
    increments."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        """Decrement the counter, waiting while it is zero; False when not
        blocking or when the timeout passed first."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        with self._cond:
            if self._value == 0:
                if not blocking:
                    return False
                if not self._cond.wait_for(self._positive, timeout):
                    return False
            self._value -= 1
            return True

    def _positive(self):
        return self._value > 0

    __enter__ = acquire

    def release(self, n=1):
        """Increment the counter by n, waking up to n waiting threads."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore whose value may never rise above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        """Increment the counter by n; ValueError past the initial value."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


# ---------------------------------------------------------------- Event

class Event:
    """A flag that threads wait for until another thread sets it."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self.is_set() else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    # The flag is read under the lock too: ftpy's objects are not yet safe
    # for a read racing a write of the same attribute.

    def is_set(self):
        """True when the flag is set."""
        with self._cond:
            return self._flag

    def isSet(self):
        """Deprecated alias of is_set()."""
        return self.is_set()

    def set(self):
        """Set the flag and wake every waiting thread."""
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        """Reset the flag."""
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the flag is set or timeout seconds have passed;
        return the flag."""
        with self._cond:
            if self._flag:
                return True
            return self._cond.wait(timeout)


# ---------------------------------------------------------------- Barrier

class BrokenBarrierError(RuntimeError):
    pass


class _Round:
    """One filling of a barrier: its waiters leave when it passes or breaks."""
    __slots__ = ('passed', 'broken')

    def __init__(self):
        self.passed = False
        self.broken = False


class Barrier:
    """Lets a fixed number of threads wait for each other: the last one to
    call wait() releases them all."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._round = _Round()
        self._count = 0
        self._broken = False

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        """Wait for the other parties; return this thread's arrival index
        (0 to parties-1). BrokenBarrierError if the barrier breaks."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            if self._broken:
                raise BrokenBarrierError
            rnd = self._round
            index = self._count
            self._count += 1
            if self._count == self._parties:
                if self._action is not None:
                    try:
                        self._action()
                    except:
                        self._break()
                        raise
                rnd.passed = True
                self._round = _Round()
                self._count = 0
                self._cond.notify_all()
                return index
            if not self._cond.wait_for(lambda: rnd.passed or rnd.broken, timeout):
                self._break()
                raise BrokenBarrierError
            if rnd.passed:
                return index
            raise BrokenBarrierError

    def _break(self):
        self._broken = True
        self._round.broken = True
        self._round = _Round()
        self._count = 0
        self._cond.notify_all()

    def reset(self):
        """Return the barrier to its empty state; threads waiting on it get
        BrokenBarrierError."""
        with self._cond:
            if self._count:
                self._round.broken = True
                self._round = _Round()
                self._count = 0
                self._cond.notify_all()
            self._broken = False

    def abort(self):
        """Break the barrier: waiting threads and later wait() calls get
        BrokenBarrierError until reset()."""
        with self._cond:
            self._break()

    @property
    def parties(self):
        """The number of threads the barrier waits for."""
        return self._parties

    @property
    def n_waiting(self):
        """The number of threads waiting now."""
        with self._cond:
            if self._broken:
                return 0
            return self._count

    @property
    def broken(self):
        """True when the barrier is broken."""
        with self._cond:
            return self._broken


# ---------------------------------------------------------------- Threads

_active_limbo_lock = RLock()
_active = {}      # ident -> Thread, for running threads
_limbo = {}       # Thread -> Thread, for threads between start() and running
_name_lock = _allocate_lock()
_name_counter = 0

# The sentinel locks of running non-daemon threads, which _shutdown() waits
# for.
_shutdown_locks_lock = _allocate_lock()
_shutdown_locks = set()
_SHUTTING_DOWN = False
_threading_atexits = []


def _newname(template="Thread-%d"):
    global _name_counter
    with _name_lock:
        _name_counter += 1
        return template % _name_counter


class _ExceptHookArgsType(tuple):
    __slots__ = ()

    def __new__(cls, args):
        args = tuple(args)
        if len(args) != 4:
            raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence"
                            f" ({len(args)}-sequence given)")
        return tuple.__new__(cls, args)

    @property
    def exc_type(self):
        return self[0]

    @property
    def exc_value(self):
        return self[1]

    @property
    def exc_traceback(self):
        return self[2]

    @property
    def thread(self):
        return self[3]

    def __repr__(self):
        return ("_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, "
                "exc_traceback=%r, thread=%r)" % tuple(self))


_ExceptHookArgsType.__name__ = "_ExceptHookArgs"
_ExceptHookArgsType.__qualname__ = "_ExceptHookArgs"
_ExceptHookArgsType.__module__ = "_thread"
ExceptHookArgs = _ExceptHookArgsType

excepthook = _thread._excepthook
__excepthook__ = excepthook


def _invoke_excepthook(thread):
    exc_type, exc_value, exc_tb = _sys.exc_info()
    if exc_tb is None and exc_value is not None:
        # ftpy's sys.exc_info() reports no traceback yet.
        exc_tb = exc_value.__traceback__
    try:
        hook = excepthook
        if hook is None:
            hook = __excepthook__
        hook(ExceptHookArgs((exc_type, exc_value, exc_tb, thread)))
    except Exception as exc:
        exc.__suppress_context__ = True
        _report_hook_failure(exc)
    finally:
        exc_type = exc_value = exc_tb = None


def _report_hook_failure(exc):
    stderr = _sys.stderr
    if stderr is not None:
        print("Exception in threading.excepthook:", file=stderr, flush=True)
    sys_hook = getattr(_sys, "excepthook", None)
    if sys_hook is not None:
        sys_hook(type(exc), exc, exc.__traceback__)
    else:
        # No sys.excepthook: _thread's hook prints the traceback.
        __excepthook__(ExceptHookArgs((type(exc), exc, exc.__traceback__,
                                       None)))


class Thread:
    """A thread of control: pass a target callable or override run()."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is None:
            daemon = current_thread().daemon
        self._daemonic = daemon
        self._ident = None
        self._native_id = None
        self._tstate_lock = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()  # notices a thread that has finished
        if self._stopped():
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Start the thread's activity: run() on a new thread."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            raise
        self._started.wait()

    def run(self):
        """The thread's activity: calls the target with args and kwargs."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Drop the references, so that a finished thread does not keep
            # its target's arguments alive (as CPython does).
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        try:
            self._ident = get_ident()
            self._native_id = get_native_id()
            self._tstate_lock = _set_sentinel()
            self._tstate_lock.acquire()
            if not self._daemonic:
                with _shutdown_locks_lock:
                    # Forget the threads that ended without a join.
                    for done in [l for l in _shutdown_locks if not l.locked()]:
                        _shutdown_locks.discard(done)
                    _shutdown_locks.add(self._tstate_lock)
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            self._started.set()
            if _trace_hook is not None and hasattr(_sys, "settrace"):
                _sys.settrace(_trace_hook)
            if _profile_hook is not None and hasattr(_sys, "setprofile"):
                _sys.setprofile(_profile_hook)
            try:
                self.run()
            except:
                _invoke_excepthook(self)
        finally:
            with _active_limbo_lock:
                _active.pop(get_ident(), None)

    # _is_stopped is written and read under _shutdown_locks_lock, and
    # _tstate_lock is never cleared once the thread runs: ftpy's objects are
    # not yet safe for an attribute read racing a write of it.

    def _stop(self):
        # Several joiners may get here at once: one records the stop.
        with _shutdown_locks_lock:
            if self._is_stopped:
                return
            lock = self._tstate_lock
            if lock is not None:
                _shutdown_locks.discard(lock)
            self._is_stopped = True

    def _stopped(self):
        with _shutdown_locks_lock:
            return self._is_stopped

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        # The sentinel lock is released when the thread has completely
        # finished; whoever takes it first records the thread as stopped.
        lock = self._tstate_lock
        if lock is None:
            return
        if lock.acquire(block, timeout):
            lock.release()
            self._stop()

    def join(self, timeout=None):
        """Wait until the thread ends, or until timeout seconds have
        passed (is_alive() then tells which)."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    def is_alive(self):
        """True from just before run() starts until just after it ends."""
        assert self._initialized, "Thread.__init__() not called"
        if not self._started.is_set() or self._stopped():
            return False
        self._wait_for_tstate_lock(False)
        return not self._stopped()

    @property
    def name(self):
        """The thread's name, for identification only."""
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        """The thread identifier, None before the thread starts."""
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        """The operating system's thread id, None before the thread starts."""
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    @property
    def daemon(self):
        """Whether the program may end while this thread still runs."""
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        """Deprecated getter of daemon."""
        return self.daemon

    def setDaemon(self, daemonic):
        """Deprecated setter of daemon."""
        self.daemon = daemonic

    def getName(self):
        """Deprecated getter of name."""
        return self.name

    def setName(self, name):
        """Deprecated setter of name."""
        self.name = name


class Timer(Thread):
    """A thread that calls function(*args, **kwargs) after interval seconds
    unless cancel() is called first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        # Released by _shutdown() when the main module has finished.
        lock = _allocate_lock()
        lock.acquire()
        self._tstate_lock = lock
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    # A thread not started by this module: always alive, always daemonic,
    # never joinable.

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


def current_thread():
    """The Thread object of the calling thread (a dummy one for threads
    not started through this module)."""
    with _active_limbo_lock:
        thread = _active.get(get_ident())
    if thread is None:
        thread = _DummyThread()
    return thread


def currentThread():
    """Deprecated alias of current_thread()."""
    return current_thread()


def main_thread():
    """The main Thread object: the thread the interpreter started in."""
    return _main_thread


def active_count():
    """The number of Thread objects alive now."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    """Deprecated alias of active_count()."""
    return active_count()


def enumerate():
    """A list of the Thread objects alive now."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


def _register_atexit(func, *arg, **kwargs):
    # Calls func(*arg, **kwargs) at shutdown, before non-daemon threads are
    # joined (concurrent.futures uses it).
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*arg, **kwargs))


def _shutdown():
    """Called by the interpreter when the main module has finished: waits
    for every non-daemon thread."""
    global _SHUTTING_DOWN
    if _main_thread._stopped():
        return  # already done
    _SHUTTING_DOWN = True
    # The main thread is stopped first, then its lock released: threads
    # joining it wake up to a finished main thread.
    lock = _main_thread._tstate_lock
    _main_thread._stop()
    if lock is not None and lock.locked():
        lock.release()
    for call in reversed(_threading_atexits):
        call()
    while True:
        with _shutdown_locks_lock:
            locks = list(_shutdown_locks)
            _shutdown_locks.clear()
        if not locks:
            break
        for lock in locks:
            lock.acquire()
            lock.release()


_main_thread = _MainThread()
