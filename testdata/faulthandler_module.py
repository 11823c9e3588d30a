import faulthandler, sys, os
print(faulthandler.is_enabled())
r0, w0 = os.pipe()
faulthandler.enable(w0)
print(faulthandler.is_enabled())
print(faulthandler.disable(), faulthandler.is_enabled())
r, w = os.pipe()
def g():
    faulthandler.dump_traceback(w, all_threads=False)
g()
os.close(w)
print(os.read(r, 10000).decode().replace(__file__, 'X'))
faulthandler.dump_traceback_later(30, exit=True, file=w0)
faulthandler.cancel_dump_traceback_later()
for bad in [0, -1]:
    try: faulthandler.dump_traceback_later(bad)
    except ValueError as e: print(e)
import io
try:
    faulthandler.enable(io.StringIO())
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
