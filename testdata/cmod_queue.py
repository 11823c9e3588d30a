# _queue, CPython's C module under queue.py: used directly.
import _queue
import threading
import time

print(sorted(n for n in dir(_queue) if not n.startswith('__')))
print(_queue.Empty.__module__, _queue.SimpleQueue.__module__, issubclass(_queue.Empty, Exception))
q = _queue.SimpleQueue()
print(q.empty(), q.qsize())
q.put(1)
q.put_nowait(2)
q.put(3, block=False, timeout=5)
print(q.empty(), q.qsize(), q.get(), q.get_nowait(), q.get(False), q.empty())
for f in [lambda: q.get_nowait(), lambda: q.get(block=False), lambda: q.get(timeout=0.01), lambda: q.get(True, 0)]:
    try:
        f()
    except _queue.Empty as e:
        print('Empty', repr(e))
print(_queue.SimpleQueue[int])


def producer():
    for i in range(100):
        q.put(i)
        if i % 10 == 0:
            time.sleep(0.001)


results = []


def consumer():
    for _ in range(50):
        results.append(q.get(timeout=10))


threads = [threading.Thread(target=producer), threading.Thread(target=consumer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results) == list(range(100)), q.empty())


class Sub(_queue.SimpleQueue):
    pass


s = Sub()
s.attr = 1
s.put('x')
print(s.get(), s.attr)
