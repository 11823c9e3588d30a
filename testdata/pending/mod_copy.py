# The copy module: shallow and deep copies, memo, hooks, instances.
import copy

for v in (1, 2.5, "s", b"b", None, True, (1, 2), frozenset({1}), range(3), len, int, Ellipsis, NotImplemented):
    print(repr(v), copy.copy(v) is v, copy.deepcopy(v) is v)

l = [1, [2, 3], {"k": [4]}]
s = copy.copy(l)
d = copy.deepcopy(l)
print(s == l, s is l, s[1] is l[1], d == l, d[1] is l[1], d[2]["k"] is l[2]["k"])
dd = {"a": [1], "b": (2, [3])}
sd, deepd = copy.copy(dd), copy.deepcopy(dd)
print(sd, sd["a"] is dd["a"], deepd, deepd["a"] is dd["a"], deepd["b"] is dd["b"], deepd["b"][1] is dd["b"][1])
st = {1, 2, (3, 4)}
print(copy.copy(st) == st, copy.copy(st) is st, copy.deepcopy(st) == st, copy.deepcopy(st) is st)
fs = frozenset([1, 2])
print(copy.deepcopy(fs) == fs, copy.deepcopy(fs) is fs, type(copy.deepcopy(fs)).__name__)
t1 = (1, 2, "x")
t2 = ([1], 2)
print(copy.deepcopy(t1) is t1, copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2, copy.copy(t2) is t2)
sl = slice(1, [2], 3)
print(copy.copy(sl) is sl, copy.deepcopy(sl) == sl, copy.deepcopy(sl) is sl, copy.deepcopy(sl).stop is sl.stop)

# Shared references stay shared; cycles are preserved.
shared = [0]
outer = [shared, shared, {"again": shared}]
c = copy.deepcopy(outer)
print(c[0] is c[1], c[0] is c[2]["again"], c[0] is shared)
cyc = [1, 2]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[2] is cc, cc is not cyc, len(cc))
dcyc = {"n": 1}
dcyc["self"] = dcyc
dc = copy.deepcopy(dcyc)
print(dc["self"] is dc, dc is not dcyc)
tl = ([],)
tl[0].append(tl)
tc = copy.deepcopy(tl)
print(tc[0][0] is tc, tc is not tl)

# The memo argument
memo = {}
a = [1, 2]
b = copy.deepcopy(a, memo)
print(memo[id(a)] is b, b == a, id(memo) in memo, memo[id(memo)] == [a])
print(copy.deepcopy(a, memo) is b, copy.deepcopy(a, memo=None) is b)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

p = Point(1, [2])
pc, pd = copy.copy(p), copy.deepcopy(p)
print(pc, pd, type(pc) is Point, pc is p, pc.y is p.y, pd.y is p.y, pc.__dict__ == p.__dict__)
pd.x = 99
print(p.x, pd.x)

class Empty:
    pass

e = copy.copy(Empty())
print(type(e).__name__, e.__dict__)

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None

root = Node("root")
kid = Node("kid")
kid.parent = root
root.children.append(kid)
root2 = copy.deepcopy(root)
print(root2.children[0].parent is root2, root2.children[0] is not kid, root2.children[0].name)

class Hooks:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("__copy__ called")
        return Hooks(self.v + [1])
    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        r = Hooks(copy.deepcopy(self.v, memo))
        r.v.append("deep")
        return r

h = Hooks([1])
print(copy.copy(h).v, copy.deepcopy(h).v, h.v)
print(copy.deepcopy([h, h])[0] is not h)

class NewCounted:
    count = 0
    def __new__(cls, *args):
        NewCounted.count += 1
        return super().__new__(cls)
    def __init__(self, v):
        print("init runs?")
        self.v = v

n = NewCounted(5)
n2 = copy.copy(n)
print(NewCounted.count, n2.v, type(n2).__name__)

class State:
    def __init__(self):
        self.a = 1
        self.cache = "big"
    def __getstate__(self):
        st = self.__dict__.copy()
        del st["cache"]
        return st
    def __setstate__(self, st):
        print("setstate", sorted(st))
        self.__dict__.update(st)
        self.cache = "rebuilt"

s1 = State()
s2 = copy.copy(s1)
s3 = copy.deepcopy(s1)
print(s2.a, s2.cache, s3.cache)

class MyList(list):
    pass

ml = MyList([1, [2]])
ml.tag = "t"
mc, md = copy.copy(ml), copy.deepcopy(ml)
print(type(mc).__name__, mc, mc.tag, mc[1] is ml[1], type(md).__name__, md, md[1] is ml[1], md.tag)

class MyDict(dict):
    pass

mdict = MyDict(a=[1])
mdc, mdd = copy.copy(mdict), copy.deepcopy(mdict)
print(type(mdc).__name__, mdc, mdc["a"] is mdict["a"], type(mdd).__name__, mdd["a"] is mdict["a"])

class MyInt(int):
    pass

mi = MyInt(7)
mi.note = "n"
mic = copy.copy(mi)
print(type(mic).__name__, mic, mic.note, mic is mi)

class MyTuple(tuple):
    pass

mt = MyTuple(([1], 2))
mtc, mtd = copy.copy(mt), copy.deepcopy(mt)
print(type(mtc).__name__, mtc, mtc[0] is mt[0], type(mtd).__name__, mtd, mtd[0] is mt[0])

class MyStr(str):
    pass

print(type(copy.copy(MyStr("hi"))).__name__, copy.deepcopy(MyStr("hi")))

class MySet(set):
    pass

ms = MySet([1, 2])
print(type(copy.copy(ms)).__name__, sorted(copy.deepcopy(ms)))

class WithMethod:
    def __init__(self):
        self.data = [1]
    def get(self):
        return self.data

w = WithMethod()
bm = w.get
bd = copy.deepcopy(bm)
print(copy.copy(bm) == bm, bd.__self__ is w, bd(), bd.__func__ is bm.__func__)

err = ValueError("bad", 2)
ec, ed = copy.copy(err), copy.deepcopy(err)
print(type(ec).__name__, ec.args, ec is err, type(ed).__name__, ed.args)

class MyErr(Exception):
    pass

me = MyErr("m")
me.extra = [1]
mec = copy.deepcopy(me)
print(type(mec).__name__, mec.args, mec.extra, mec.extra is me.extra)

o = object()
print(type(copy.copy(o)).__name__, copy.copy(o) is o, copy.deepcopy(o) is o)
print(copy.Error, copy.error is copy.Error, issubclass(copy.Error, Exception))

def err(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("->", r)

import sys

def gen():
    yield 1

err(copy.copy, sys)
err(copy.deepcopy, sys)
err(copy.copy, gen())
err(copy.deepcopy, [1], 5)
err(copy.copy)
err(copy.deepcopy)
err(copy.copy, 1, 2)
err(copy.copy, y=1)
