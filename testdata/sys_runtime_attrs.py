# The smaller sys attributes: maxunicode, thread_info's shape, the dlopen
# flags, call_tracing, and the debugging helpers that return nothing.
import os
import sys

print(sys.maxunicode, type(sys.thread_info).__name__, len(sys.thread_info), sys.thread_info.name)
print(sys.getdlopenflags() == os.RTLD_NOW)
sys.setdlopenflags(os.RTLD_LAZY)
print(sys.getdlopenflags() == os.RTLD_LAZY)
print(sys.call_tracing(max, (1, 5, 2)), sys.call_tracing(dict, ()))
try:
    sys.call_tracing(max, [1])
except TypeError as e:
    print("TypeError:", e)
print(sys._clear_type_cache(), sys._debugmallocstats())
print(isinstance(sys._getquickenedcount(), int))
print(os.path.isfile(os.path.join(sys._stdlib_dir, "os.py")))
