# The operator module: operator functions and the getter/caller types.
import operator as op

print(op.add(2, 3), op.sub(2, 3), op.mul(2, 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.add("a", "b"), op.mul([1], 3), op.neg(5), op.pos(-5), op.abs(-5), op.abs(-2.5), op.invert(5), op.inv(0))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.lshift(1, 10), op.rshift(1024, 3))
print(op.eq(1, 1), op.ne(1, 1), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2), op.eq([1], [1]), op.lt("a", "b"))
print(op.not_(0), op.not_([1]), op.truth(""), op.truth(3), op.is_(None, None), op.is_not(1, None))
print(op.contains([1, 2, 3], 2), op.contains("abc", "d"), op.contains({1: 2}, 1))
print(op.concat([1], [2]), op.concat("ab", "cd"), op.concat((1,), (2,)))
print(op.index(7), op.index(True), op.countOf([1, 2, 1, 1], 1), op.indexOf([5, 6, 7], 7))
l = [1, 2, 3]
op.setitem(l, 0, 10)
op.delitem(l, 1)
print(l, op.getitem(l, 1), op.getitem("hello", slice(1, 3)), op.getitem({"k": "v"}, "k"))
d = {}
op.setitem(d, "a", 1)
print(d, op.setitem(d, "b", 2), d)
x = [1]
y = op.iadd(x, [2])
print(x, y is x, op.iadd(1, 2), op.imul([0], 2), op.ior({1}, {2}), op.isub(5, 3), op.iconcat([1], (2,)))
print(op.__add__ is op.add, op.__not__ is op.not_, op.__and__(6, 3), op.__getitem__([4, 5], 0))
print(op.call(len, [1, 2]), op.call(dict, a=1))

class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return V(self.v + o.v)
    def __neg__(self):
        return V(-self.v)
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return "V(%r)" % self.v
    def __index__(self):
        return self.v

print(op.add(V(1), V(2)), op.neg(V(3)), op.lt(V(1), V(2)), op.index(V(9)))

g = op.itemgetter(1)
print(g, g([10, 20, 30]), g("xyz"), g({1: "one"}), type(g).__name__, type(g))
g2 = op.itemgetter(0, -1, slice(1, 3))
print(g2, g2([1, 2, 3, 4]), g2("hello"))
print(op.itemgetter("a", 1, None), op.itemgetter(()), op.itemgetter((1, 2))({(1, 2): "t"}))
print(sorted([(1, "b"), (0, "c"), (2, "a")], key=op.itemgetter(1)))

class P:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner

p = P("outer", P("inner", P("deep")))
a = op.attrgetter("name")
print(a, a(p), op.attrgetter("inner.name")(p), op.attrgetter("inner.inner.name")(p))
a2 = op.attrgetter("name", "inner.name")
print(a2, a2(p), op.attrgetter("real", "imag")(3))
print(sorted([P("b"), P("a"), P("c")], key=op.attrgetter("name"))[0].name)

m = op.methodcaller("upper")
print(m, m("abc"))
m2 = op.methodcaller("split", ",", maxsplit=1)
print(m2, m2("a,b,c"))
m3 = op.methodcaller("replace", "a", "b", 1)
print(m3, m3("aaa"), op.methodcaller("x", 1, "a", k=[1], j="s"))
print(op.methodcaller("get", "k", "default")({}))
print(op.itemgetter(1) == op.itemgetter(1), type(op.attrgetter), op.itemgetter.__name__, op.methodcaller.__module__)

def err(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("->", r)

err(op.add, 1)
err(op.neg)
err(op.concat, 1, 2)
err(op.concat, [1], (2,))
err(op.contains, 1, 2)
err(op.index, 1.5)
err(op.abs, "a")
err(op.neg, "a")
err(op.indexOf, [1, 2], 5)
err(op.lt, 1, "a")
err(op.getitem, [1], 5)
err(op.itemgetter)
err(op.itemgetter, a=1)
err(op.itemgetter(1), 1, 2)
err(op.itemgetter(1))
err(op.itemgetter(5), [1])
err(op.attrgetter)
err(op.attrgetter, 1)
err(op.attrgetter("a"), 1)
err(op.attrgetter("real.foo"), 1)
err(op.methodcaller)
err(op.methodcaller, 1)
err(op.methodcaller("x"), 1)
err(op.methodcaller("x"), 1, 2)
err(op.truediv, 1, 0)
err(op.setitem, (1,), 0, 2)
err(op.delitem, {}, "k")
