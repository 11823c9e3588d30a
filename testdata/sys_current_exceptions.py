# sys._current_exceptions(): each thread's exception being handled, by
# thread id ((None, None, None) where none); CPython's test_sys used it
# to release a thread, and hung at exit without it. sys.exc_info's
# traceback keeps no extra reference.
import sys
import threading
import traceback

entered = threading.Event()
leave = threading.Event()
ids = []

def f123():
    g456()

def g456():
    ids.append(threading.get_ident())
    try:
        raise ValueError("oops")
    except ValueError:
        entered.set()
        leave.wait()

t = threading.Thread(target=f123)
t.start()
entered.wait()
d = sys._current_exceptions()
print(all(isinstance(k, int) and k > 0 for k in d))
print(d.pop(threading.get_ident()))
typ, val, tb = d.pop(ids[0])
print(typ.__name__, val)
names = [fs.name for fs in traceback.extract_stack(tb.tb_frame)]
print(names[-2:])
leave.set()
t.join()

try:
    raise KeyError("k")
except KeyError:
    info = sys.exc_info()
    print(info[0].__name__, info[1], type(info[2]).__name__)
    print(sys._current_exceptions()[threading.get_ident()][1] is info[1])
