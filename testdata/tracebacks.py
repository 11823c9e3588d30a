# Traceback objects: __traceback__, tb_next, tb_lineno, with_traceback.

def inner(): 1/0
def outer(): inner()
try:
    outer()
except Exception as e:
    tb = e.__traceback__
    print(type(tb).__name__)
    n = []
    while tb is not None:
        n.append(tb.tb_lineno); tb = tb.tb_next
    print(n)
    e2 = e.with_traceback(None)
    print(e2 is e, e.__traceback__)
try:
    try:
        outer()
    except ZeroDivisionError as e:
        tb = e.__traceback__.tb_next
        raise KeyError("k").with_traceback(tb)
except KeyError as k:
    t = k.__traceback__; n=[]
    while t is not None:
        n.append(t.tb_lineno); t = t.tb_next
    print(n)
e = ValueError()
try: e.with_traceback()
except TypeError as x: print(x)
try: e.with_traceback(3)
except TypeError as x: print(x)
try: e.__traceback__ = 3
except TypeError as x: print(x)
try: del e.__traceback__
except TypeError as x: print(x)
def f():
    raise ValueError("v").with_traceback(None)
try: f()
except ValueError as v:
    t = v.__traceback__; n=[]
    while t is not None:
        n.append(t.tb_lineno); t = t.tb_next
    print(n)
