# Error messages name types from Go modules with their module (tp_name), classes and builtins plainly.

import collections, itertools, operator
d = collections.deque([1])
for f in [lambda: hash(d), lambda: d.nope, lambda: itertools.count()[0], lambda: operator.itemgetter(1).x, lambda: iter(operator.itemgetter(1)), lambda: itertools.count()(), lambda: hash([]), lambda: [].x, lambda: 1 + "a"]:
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class C: pass
try:
    C().y
except AttributeError as e:
    print(e)
