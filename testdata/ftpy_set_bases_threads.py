# __bases__ assignment while other threads call methods found through the
# MRO: each call sees the old bases or the new ones, never a half-made MRO.
import threading, time

class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
class C(A):
    pass
class D(C):
    pass

stop = time.monotonic() + 1.0
errors = []
def reader():
    d = D()
    n = 0
    while time.monotonic() < stop and n < 200000:
        r = d.who()
        if r not in ("A", "B"):
            errors.append(r)
        if not (D.__mro__[1] is C and D.__mro__[2] in (A, B)):
            errors.append(D.__mro__)
        n += 1

threads = [threading.Thread(target=reader) for _ in range(3)]
for t in threads:
    t.start()
flips = 0
while time.monotonic() < stop and flips < 20000:
    C.__bases__ = (B,) if C.__bases__ == (A,) else (A,)
    flips += 1
for t in threads:
    t.join()
assert not errors, errors[:3]
C.__bases__ = (B,)
assert D().who() == "B" and issubclass(D, B) and not issubclass(D, A)
assert C in B.__subclasses__() and C not in A.__subclasses__()
print("ok")
