import functools
from functools import partial, reduce
def f(a, b=1, *c, **d): return (a, b, c, d)
p = partial(f, 1, x=2)
print(repr(partial(max, 1, key=abs)), p.args, p.keywords, p.func is f, p(), p(2, 3, x=9, y=0))
print(partial(partial(f, 1), 2).args, repr(partial(len)))
print(type(partial), partial, type(p).__name__)
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 7), reduce(lambda a, b: a + b, ['a', 'b'], 'x'))
def deco(fn):
    @functools.wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k)
    return inner
@deco
def hello(x):
    """Say hello."""
    return 'hello ' + x
hello.extra = 1
print(hello('w'), hello.__name__, hello.__doc__, hello.__qualname__, hello.__module__, hello.__wrapped__('z'))
def w2(): pass
def src(): 'doc2'
src.attr = 5
functools.update_wrapper(w2, src)
print(w2.__name__, w2.__doc__, w2.attr, w2.__wrapped__ is src)
calls = []
@functools.lru_cache(maxsize=2)
def sq(n):
    calls.append(n)
    return n * n
print(sq(2), sq(3), sq(2), sq(4), sq(3), calls, sq.cache_info())
ci = sq.cache_info(); print(ci.hits, ci.misses, ci.maxsize, ci.currsize, ci[0], tuple(ci))
sq.cache_clear(); print(sq.cache_info(), sq.__name__, sq.__wrapped__(5))
@functools.lru_cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())
@functools.cache
def f2(a, b=0): return a + b
print(f2(1), f2(1, b=2), f2(1), f2.cache_info())
@functools.lru_cache(maxsize=None, typed=True)
def g(x): return type(x).__name__
print(g(1), g(1.0), g(1), g.cache_info())
@functools.lru_cache(maxsize=0)
def h(x): return x
print(h(1), h(1), h.cache_info())
class C:
    @functools.lru_cache()
    def m(self, x): return x * 2
print(C().m(3), C().m(3))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
K = functools.cmp_to_key(lambda a, b: (a > b) - (a < b)); print(K(1) < K(2), K(2) == K(2), K(3) >= K(4), K(5).obj)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
p2 = partial(int, base=2); print(p2('101'), p2('11', base=10))
