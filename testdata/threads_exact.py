# Threaded programs with exact results (the same under CPython): locks,
# shared containers, and the threading/queue synchronisation primitives.
import queue
import threading

N = 8

# 8 threads x 10,000 increments under a Lock.
counter = 0
lock = threading.Lock()


def increment():
    global counter
    for _ in range(10000):
        with lock:
            counter += 1


ts = [threading.Thread(target=increment) for _ in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("counter", counter)

# 8 threads appending to one list: every element arrives once.
shared = []


def append(i):
    for j in range(2000):
        shared.append(i * 2000 + j)


ts = [threading.Thread(target=append, args=(i,)) for i in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("list", len(shared), sorted(shared) == list(range(N * 2000)))

# Dict and set updates from many threads lose nothing.
d = {}
s = set()


def update(i):
    for j in range(1000):
        d[i, j] = i + j
        s.add((i, j))
        if j % 2:
            del d[i, j]


ts = [threading.Thread(target=update, args=(i,)) for i in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("dict", len(d), sum(d.values()))
print("set", len(s))

# A pipeline: producers -> queue -> squarers -> queue -> a summer, with
# an Event to signal the end and a Barrier to start everyone together.
jobs = queue.Queue(maxsize=50)
results = queue.Queue()
start = threading.Barrier(3 + 4)
done = threading.Event()


def produce(k):
    start.wait()
    for x in range(k * 500, (k + 1) * 500):
        jobs.put(x)


def square():
    start.wait()
    while True:
        x = jobs.get()
        if x is None:
            jobs.task_done()
            return
        results.put(x * x)
        jobs.task_done()


total = [0]
cond = threading.Condition()
received = [0]


def summer():
    while True:
        v = results.get()
        if v is None:
            break
        with cond:
            total[0] += v
            received[0] += 1
            cond.notify_all()
    done.set()


producers = [threading.Thread(target=produce, args=(k,)) for k in range(3)]
squarers = [threading.Thread(target=square) for _ in range(4)]
summing = threading.Thread(target=summer)
for t in producers + squarers + [summing]:
    t.start()
for t in producers:
    t.join()
with cond:
    cond.wait_for(lambda: received[0] == 1500, timeout=30)
for _ in squarers:
    jobs.put(None)
jobs.join()
results.put(None)
print("done", done.wait(30), "sum", total[0], total[0] == sum(x * x for x in range(1500)))
for t in squarers + [summing]:
    t.join()
print("alive", threading.active_count())
