# queue: FIFO, LIFO, priority and simple queues, alone and between threads.
import queue
import threading

print(sorted(queue.__all__))
print(queue.Empty.__module__, queue.Full.__module__, issubclass(queue.Empty, Exception))
print(queue.SimpleQueue.__module__)
# Each section runs in a function: its variables are locals, so the main
# thread adds no module globals while other threads read them (ftpy's dicts
# are not yet safe for an insertion racing a lookup).

# --- FIFO
def section_0():
    q = queue.Queue()
    print(q.maxsize, q.qsize(), q.empty(), q.full())
    for i in range(5):
        q.put(i)
    print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(5)])
    try:
        q.get_nowait()
    except queue.Empty as e:
        print("Empty", repr(e))
    try:
        q.get(timeout=0.01)
    except queue.Empty:
        print("Empty after timeout")
    try:
        q.get(False)
    except queue.Empty:
        print("Empty non-blocking")
    q.put_nowait("x")
    print(q.get_nowait(), q.unfinished_tasks)
    q.put(1, timeout=-1)  # no size limit: the timeout is not checked
    print(q.get())
section_0()

# --- bounded
def section_1():
    b = queue.Queue(2)
    b.put(1); b.put(2)
    print(b.full(), b.qsize())
    for call in (lambda: b.put_nowait(3), lambda: b.put(3, timeout=0.01), lambda: b.put(3, False)):
        try:
            call()
        except queue.Full as e:
            print("Full", repr(e))
    print(b.get(), b.full())
    b.put(3)
    print(list(b.queue))
section_1()

# --- LIFO and priority
def section_2():
    l = queue.LifoQueue()
    for i in "abc":
        l.put(i)
    print([l.get() for _ in range(3)], l.empty())
    p = queue.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (0, "z")]:
        p.put(item)
    print([p.get() for _ in range(4)])
    pb = queue.PriorityQueue(maxsize=1)
    pb.put(5)
    try:
        pb.put_nowait(4)
    except queue.Full:
        print("priority full")
section_2()

# --- task_done / join
def section_3():
    t = queue.Queue()
    t.put(1); t.put(2)
    t.get(); t.task_done()
    t.get(); t.task_done()
    t.join()
    print("joined", t.unfinished_tasks)
section_3()

# --- subclass overriding the storage hooks
def section_4():
    class Sorted(queue.Queue):
        def _init(self, maxsize):
            self.queue = []
        def _put(self, item):
            self.queue.append(item)
            self.queue.sort(reverse=True)
        def _get(self):
            return self.queue.pop()
    s = Sorted()
    for i in (5, 1, 4):
        s.put(i)
    print([s.get() for _ in range(3)])
section_4()

# --- SimpleQueue
def section_5():
    sq = queue.SimpleQueue()
    print(sq.empty(), sq.qsize())
    sq.put(1); sq.put_nowait(2); sq.put(3, block=False, timeout=5)
    print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.get(timeout=1))
    for call in (sq.get_nowait, lambda: sq.get(timeout=0.01), lambda: sq.get(False)):
        try:
            call()
        except queue.Empty:
            print("simple Empty")
section_5()

# --- producer/consumer with several consumers
def section_6():
    work = queue.Queue(maxsize=10)
    results = queue.Queue()
    def consumer():
        while True:
            item = work.get()
            if item is None:
                work.task_done()
                return
            results.put(item * item)
            work.task_done()
    consumers = [threading.Thread(target=consumer) for _ in range(4)]
    for c in consumers:
        c.start()
    def producer(lo, hi):
        for i in range(lo, hi):
            work.put(i)
    producers = [threading.Thread(target=producer, args=(k * 250, (k + 1) * 250)) for k in range(2)]
    for p_ in producers:
        p_.start()
    for p_ in producers:
        p_.join()
    work.join()
    for _ in consumers:
        work.put(None)
    for c in consumers:
        c.join()
    got = []
    while not results.empty():
        got.append(results.get())
    print(len(got), sum(got), got and sorted(got)[:5], work.unfinished_tasks)
section_6()

# --- blocking get woken by a later put, blocking put woken by a get
def section_7():
    hand = queue.Queue(1)
    out = []
    def taker():
        for _ in range(20):
            out.append(hand.get())
    tk = threading.Thread(target=taker)
    tk.start()
    for i in range(20):
        hand.put(i)
    tk.join()
    print(out == list(range(20)))
section_7()

# --- SimpleQueue between threads
def section_8():
    sq = queue.SimpleQueue()
    sums = []
    sums_lock = threading.Lock()
    def sq_consumer():
        total = 0
        while True:
            item = sq.get()
            if item is None:
                break
            total += item
        with sums_lock:
            sums.append(total)
    cs = [threading.Thread(target=sq_consumer) for _ in range(3)]
    for c in cs:
        c.start()
    for i in range(1000):
        sq.put(i)
    for _ in cs:
        sq.put(None)
    for c in cs:
        c.join()
    print(sum(sums))
section_8()
