"""Synchronized queues for passing items between threads."""

import threading
from collections import deque
from heapq import heappush, heappop
from time import monotonic as _monotonic

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    pass


# CPython defines Empty in its _queue accelerator module.
Empty.__module__ = '_queue'


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


def _check_timeout(timeout):
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue:
    """A FIFO queue holding at most maxsize items (no limit when maxsize
    <= 0). Subclasses change the order through _init, _qsize, _put, _get."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One lock guards the items; three conditions over it say when an
        # item arrived, when room appeared, when every task was done.
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        """Tell the queue that an item taken with get() has been processed:
        join() returns once every item put has been."""
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError('task_done() called too many times')
            self.unfinished_tasks = left
            if left == 0:
                self.all_tasks_done.notify_all()

    def join(self):
        """Block until every item put has been got and processed."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        """The approximate number of items in the queue."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """True if the queue is empty now (which may change at once)."""
        with self.mutex:
            return not self._qsize()

    def full(self):
        """True if the queue is full now (which may change at once)."""
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def _wait(self, cond, ready, block, timeout, exc):
        # Called with the mutex held: wait on cond until ready() or raise exc.
        if not block:
            if not ready():
                raise exc
        elif timeout is None:
            while not ready():
                cond.wait()
        else:
            _check_timeout(timeout)
            deadline = _monotonic() + timeout
            while not ready():
                left = deadline - _monotonic()
                if left <= 0.0:
                    raise exc
                cond.wait(left)

    def _has_room(self):
        return self.maxsize <= 0 or self._qsize() < self.maxsize

    def put(self, item, block=True, timeout=None):
        """Put item into the queue, waiting for room if the queue is full:
        at most timeout seconds, not at all when block is false (Full
        then)."""
        with self.not_full:
            if self.maxsize > 0:
                self._wait(self.not_full, self._has_room, block, timeout, Full)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return an item, waiting for one if the queue is empty:
        at most timeout seconds, not at all when block is false (Empty
        then)."""
        with self.not_empty:
            self._wait(self.not_empty, self._qsize, block, timeout, Empty)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        """put(item, block=False)."""
        return self.put(item, block=False)

    def get_nowait(self):
        """get(block=False)."""
        return self.get(block=False)

    # The storage: a deque, first in first out.

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    """A queue that returns its lowest item first (items are usually
    (priority, data) tuples)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    """A queue that returns the most recently added item first."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue without task tracking."""

    def __init__(self):
        self._items = deque()
        self._lock = threading.Lock()
        self._ready = threading.Condition(self._lock)

    def put(self, item, block=True, timeout=None):
        """Put item into the queue (it never blocks: block and timeout are
        accepted for compatibility with Queue.put)."""
        with self._lock:
            self._items.append(item)
            self._ready.notify()

    def put_nowait(self, item):
        """put(item, block=False)."""
        return self.put(item, block=False)

    def get(self, block=True, timeout=None):
        """Remove and return an item, waiting for one if the queue is empty:
        at most timeout seconds, not at all when block is false (Empty
        then)."""
        if timeout is not None and block:
            _check_timeout(timeout)
        with self._lock:
            items = self._items
            if not items:
                if not block:
                    raise Empty
                if timeout is None:
                    while not items:
                        self._ready.wait()
                else:
                    deadline = _monotonic() + timeout
                    while not items:
                        left = deadline - _monotonic()
                        if left <= 0.0:
                            raise Empty
                        self._ready.wait(left)
            return items.popleft()

    def get_nowait(self):
        """get(block=False)."""
        return self.get(block=False)

    def empty(self):
        """True if the queue is empty now (which may change at once)."""
        with self._lock:
            return not self._items

    def qsize(self):
        """The approximate number of items in the queue."""
        with self._lock:
            return len(self._items)


SimpleQueue.__module__ = '_queue'
