# Line events of loops whose body ends in pass: the compiler lets the
# back edge take the place of the pass's NOP, and a tracer still hears
# every line CPython reports.
import sys
def tracer(frame, event, arg):
    if frame.f_code.co_name.startswith("f"):
        out.append((frame.f_code.co_name, event, frame.f_lineno - frame.f_code.co_firstlineno))
    return tracer
def f1(n):
    for i in range(n):
        pass
def f2(n):
    i = 0
    while i < n:
        i += 1
        pass
def f3(n):
    for i in range(n):
        if i:
            pass
        else:
            pass
def f4(n):
    for i in range(n):
        try:
            pass
        except E:
            pass
def f5(n):
    for i in range(n):
        for j in range(2):
            pass
        pass
for f in (f1, f2, f3, f4, f5):
    out = []
    sys.settrace(tracer); f(2); sys.settrace(None)
    print(out)
