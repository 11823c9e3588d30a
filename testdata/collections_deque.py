from collections import deque
d = deque([1, 2, 3]); d.append(4); d.appendleft(0); print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend('ab'); d.extendleft([8, 9]); print(d)
d.rotate(2); print(d); d.rotate(-3); print(d); d.rotate(); print(d)
print(d.count(1), d.index(2), 'a' in d, 7 in d, list(d), list(reversed(list(d))))
d.remove('a'); d.reverse(); print(d); d[0] = 'z'; del d[1]; print(d)
m = deque(range(5), maxlen=3); print(m, m.maxlen); m.appendleft(9); print(m); m.extend([7, 8]); print(m)
print(deque([], maxlen=3), deque(), deque().maxlen, deque('abc') == deque('abc'), deque([1]) == [1], deque([1,2]) < deque([1,3]))
d.clear(); print(d, bool(d), bool(deque([0])))
c = deque([1, 2]); c2 = c.copy(); c2.append(3); print(c, c2)
c += [5]; print(c, repr(deque))
for s in ["deque().pop()", "deque().popleft()", "deque([1])[5]", "deque([1]).remove(2)", "deque([1]).index(2)", "deque(maxlen=-1)", "deque(1)", "deque([1])['a']"]:
    try:
        eval(s); print('noerr', s)
    except Exception as e:
        print(s, '=>', type(e).__name__, e)
x = deque([1, 2])
try:
    for i in x: x.append(3)
except RuntimeError as e: print(e)
