# Error messages name types outside builtins with their module, as
# CPython's tp_name does ('_thread.lock', 'array.array', '_io.StringIO').
import _thread
import array
import io

for T in (type(iter([])), _thread.LockType, type(iter(range(3)))):
    try:
        T()
    except TypeError as e:
        print(e)
for obj, attr in ((array.array("i"), "itemsize"), (io.StringIO(), "closed")):
    try:
        setattr(obj, attr, 3)
    except AttributeError as e:
        print(e)
