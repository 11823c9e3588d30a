# _tracemalloc while tracing is off (ftpy never traces: start() raises
# RuntimeError there, so only its argument checks are compared), and
# the Lib's tracemalloc on top of it.
import _tracemalloc as m
print(m.is_tracing(), m.get_traceback_limit(), m.get_traced_memory(), m._get_traces())
print(m.clear_traces(), m.stop(), m.reset_peak(), m._get_object_traceback(object()))
print(isinstance(m.get_tracemalloc_memory(), int))
for a in [(-1,), ('x',), (0,), (65536,), (1.0,), (1, 2)]:
    try:
        m.start(*a)
    except Exception as e:
        print(type(e).__name__, e)
import tracemalloc
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
try:
    tracemalloc.take_snapshot()
except Exception as e:
    print(type(e).__name__, e)
print(tracemalloc.get_object_traceback(object()))
