# The C-level modules keep their reference counts right: a sentinel passed
# through each API 100 times ends with the references it started with
# (a leak adds, a double decref would free it). ftpy-only: no golden.
import sys, _collections as C, _functools as F, _operator as O, _heapq as H, _json as J, _contextvars as CV, _weakref as W, _queue as Q, _string as S, _abc as A
x = object()
def check(name, f):
    f()
    before = sys.getrefcount(x)
    for i in range(100): f()
    after = sys.getrefcount(x)
    assert after == before, (name, after - before)
class Ctx: strict = True; object_hook = None; object_pairs_hook = None; parse_float = float; parse_int = int; parse_constant = str
check('deque', lambda: (lambda d: (d.appendleft(x), d.rotate(1), d.insert(1, x), d.copy(), d + d, d * 2, d.remove(x), d.__reduce__(), list(reversed(d)), d.count(x), x in d, d.index(x)))(C.deque([x, x, 1])))
check('deque-maxlen', lambda: C.deque([x] * 5, maxlen=2).extendleft([x, x]))
check('defaultdict', lambda: (lambda dd: (dd[x], dd.copy(), dd | {x: 1}))(C.defaultdict(lambda: x)))
check('count', lambda: C._count_elements({}, [x, x]))
check('tuplegetter', lambda: (lambda g: (g.__get__((x,)), g.__reduce__()))(C._tuplegetter(0, x)))
check('partial', lambda: (lambda p: (p(x, k=x), p.__reduce__(), repr(p), F.partial(p, x)(x)))(F.partial(lambda *a, **k: a, x, kw=x)))
check('setstate', lambda: F.partial(print).__setstate__((print, (x,), {'a': x}, {'b': x})))
CI = __import__('collections').namedtuple('CI', 'a b c d')
w = F._lru_cache_wrapper(lambda a, b=None: a, 2, True, CI)
check('lru', lambda: (w(x), w(x, b=x), w(1), w(2), w(3), w.cache_info()))
check('reduce', lambda: F.reduce(lambda a, b: b, [x, x], x))
check('cmp_to_key', lambda: sorted([x, x], key=F.cmp_to_key(lambda a, b: 0)))
check('operator', lambda: (O.itemgetter(0)([x]), O.attrgetter('__class__')(x), O.methodcaller('__eq__', x)(x), O.itemgetter(x).__reduce__(), O.methodcaller('m', x, k=x).__reduce__(), O.length_hint([x]), O.is_(x, x), O.countOf([x], x), O.indexOf([x], x), O.contains([x], x)))
check('heapq', lambda: (lambda h: (H.heappush(h, 1), H.heappop(h), H.heappushpop(h, 0), H._heapify_max(h)))([1, 2, 3]))
check('json', lambda: (J.make_scanner(Ctx())('[1, "a", {"b": null}]', 0), J.make_encoder({}, lambda o: 1, J.encode_basestring, None, ':', ',', 0, 0, 1)({'a': [x]}, 0)))
v = CV.ContextVar('v')
check('contextvars', lambda: (v.reset(v.set(x)), CV.copy_context().run(lambda: v.set(x)), CV.Context().run(v.get, x)))
class Wk: pass
wk = Wk()
check('weakref', lambda: (W.proxy(wk, lambda p: x), W.ref(wk, lambda r: x), W.getweakrefs(wk)))
check('queue', lambda: (lambda q: (q.put(x), q.get()))(Q.SimpleQueue()))
check('string', lambda: (list(S.formatter_parser('{a.b[0]!r:>3} x')), list(S.formatter_field_name_split('a.b[0]')[1])))


# Classes through _abc's registry and caches, and a few more modules.
import _abc as A, _random as R, itertools as I
class M(type):
    def __new__(m, n, b, ns): c = super().__new__(m, n, b, ns); A._abc_init(c); return c
    def __subclasscheck__(c, s): return A._abc_subclasscheck(c, s)
    def __instancecheck__(c, i): return A._abc_instancecheck(c, i)
class Base(metaclass=M): pass
class V: pass
class U: pass
Base.register = None
A._abc_register(Base, V)
v = V()
def check_obj(name, obj, f):
    f()
    before = sys.getrefcount(obj)
    for i in range(100): f()
    after = sys.getrefcount(obj)
    assert after == before, (name, after - before)
check_obj('abc-V', V, lambda: (isinstance(v, Base), issubclass(V, Base), A._get_dump(Base), A._abc_register(Base, V)))
check_obj('abc-U', U, lambda: (isinstance(U(), Base), issubclass(U, Base), A._reset_caches(Base), issubclass(U, Base)))
check_obj('abc-Base', Base, lambda: (isinstance(1, Base), A._get_dump(Base)))
x = object()
r = R.Random()
check_obj('random', x, lambda: (r.seed(x), r.getstate()))
check_obj('itertools', x, lambda: (list(I.tee([x, x])[0]), list(I.pairwise([x, x, x])), list(I.accumulate([x], lambda a, b: a)), list(I.islice([x], 1))))
print('ok')
