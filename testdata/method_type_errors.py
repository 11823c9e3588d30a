# types.MethodType's argument checks.
class A:
    def m(self): return 1
type(A().m)(1, None)
### "TypeError: first argument must be callable"
---
class A:
    def m(self): return 1
type(A().m)(len, None)
### "TypeError: instance must not be None"
---
class A:
    def m(self): return 1
type(A().m)(1)
### "TypeError: method expected 2 arguments, got 1"
---
class A:
    def m(self): return 1
type(A().m)()
### "TypeError: method expected 2 arguments, got 0"
---
class A:
    def m(self): return 1
type(A().m)(A.m, A(), 3)
### "TypeError: method expected 2 arguments, got 3"
---
class A:
    def m(self): return 1
type(A().m)(A.m, instance=A())
### "TypeError: method\(\) takes no keyword arguments"
---
class A:
    def m(self): return 1
class B(type(A().m)): pass
### "TypeError: type 'method' is not an acceptable base type"
