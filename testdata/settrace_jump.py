# Jumps through f_lineno from a trace function, and CPython's ValueErrors
# for jumps it refuses (into a for loop's body, into an except block,
# outside the code, from a 'call' event or outside tracing).
import sys
out = []
def make(target_from, target_to):
    def tr(frame, event, arg):
        if frame.f_code.co_name != "f":
            return None
        rel = frame.f_lineno - frame.f_code.co_firstlineno
        out.append((event, rel))
        if event == "line" and rel == target_from and not getattr(tr, "done", False):
            tr.done = True
            try:
                frame.f_lineno = frame.f_code.co_firstlineno + target_to
            except ValueError as e:
                out.append(("ValueError", str(e)))
        if event == "call":
            try:
                frame.f_lineno = 5
            except ValueError as e:
                out.append(("ValueError", str(e)))
        return tr
    return tr

def f():
    x = 1
    x = 2
    for i in range(2):
        x += 10
    try:
        1/0
    except ZeroDivisionError:
        x += 100
    return x

for a, b in [(2, 1), (1, 3), (3, 6), (4, 5), (7, 2), (2, 4), (5, 8), (8, 2), (2, 100), (2, -5), (6, 9)]:
    out.clear()
    sys.settrace(make(a, b))
    try:
        r = f()
    except Exception as e:
        r = repr(e)
    sys.settrace(None)
    print(a, b, r, out)
try:
    sys._getframe().f_lineno = 3
except ValueError as e:
    print(e)
try:
    del sys._getframe().f_lineno
except AttributeError as e:
    print(e)
