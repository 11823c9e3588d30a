# types.MethodType built directly, and __get__ on functions and the
# built-in descriptors.
class A:
    def m(self):
        return 1

    def who(self, *args, **kw):
        return (type(self).__name__, args, sorted(kw.items()))


a = A()
M = type(a.m)
print(M(A.m, a)())
print(M(len, [1, 2])())
bm = M(A.who, a)
print(bm(1, 2, k=3))
print(bm.__self__ is a, bm.__func__ is A.who)
print(M(A.m, 5).__self__)
print(M.__name__, M.__module__, repr(M))
