# Built-in functions and methods pickle and copy: a module's function by
# its qualified name, a bound method as getattr(self, name).
import pickle, copy, sys, math
print(iter.__reduce__(), math.sin.__reduce__(), sys.getrecursionlimit.__reduce__())
r = [].append.__reduce__()
print(r[0], r[1])
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(proto, pickle.loads(pickle.dumps(len, proto)) is len,
          pickle.loads(pickle.dumps(math.sin, proto)) is math.sin,
          pickle.loads(pickle.dumps([1, 2].append, proto)).__self__)
print(copy.copy(len) is len, copy.deepcopy(math.cos) is math.cos)
try:
    len.__reduce__(1)
except TypeError as e:
    print(e)
