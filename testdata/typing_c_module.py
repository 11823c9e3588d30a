# _typing, typing.py's C accelerator in 3.11 (only _idfunc), and
# typing.NewType, which is made of it.
import _typing
o = object()
print(_typing._idfunc(o) is o, _typing._idfunc(3))
for a in [(), (1, 2)]:
    try:
        _typing._idfunc(*a)
    except TypeError as e:
        print("TypeError:", e)
try:
    _typing._idfunc(x=1)
except TypeError as e:
    print("TypeError:", e)
import typing
UserId = typing.NewType("UserId", int)
print(UserId(5), UserId)
