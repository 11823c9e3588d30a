# A trace function's jump (f_lineno) from inside a call's arguments to an
# instruction that needs two objects: the method form of LOAD_ATTR may
# leave a Null there, so the jump is refused with CPython's ValueError
# (it used to run BINARY_OP on the Null).
import sys
def f(out):
    a = 1
    list.append(
        out, 3
    )
    out.append(5)
    (
        ( # 7
            a
            +
            10
        )
        +
        13
    )
    out.append(15)
first = f.__code__.co_firstlineno
def tr(frame, ev, arg):
    if frame.f_code is f.__code__ and ev == 'line' and frame.f_lineno == first + 3:
        try: frame.f_lineno = first + 7
        except ValueError as e: print("ValueError", e)
    return tr
sys.settrace(tr); f([]); sys.settrace(None)
print("done")
