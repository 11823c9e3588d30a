# Operators, conversions and formatting with bad operands: the exception
# and message CPython gives.
def show(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r)[:80])
    except BaseException as e:
        print(label, "!!", type(e).__name__, e)
exprs = '''[] + ()
"a" + 1
1 + "a"
[1] * [2]
[1] * 2.0
None < 1
1 < None
"a" < 1
[1] < (1,)
{1} < [1]
-"a"
+[]
~1.5
~True
abs("a")
divmod("a", 1)
divmod(1, 0)
divmod(1.5, 0)
1 << -1
1 >> -1
2 ** -1
0 ** -1
0.0 ** -1
1 % 0
1.0 % 0
1.0 // 0
1 // 0
5 / 0
int("x")
int("1", 1)
int("1", 37)
int(1, 10)
int("  12  ")
int("1_000")
int("_1")
int(b"12")
int(1.5e308 * 10)
int(float("nan"))
float("x")
float("1e500")
float(b"1.5")
float([])
round(1.5, "x")
round("a")
round(2.5)
round(-0.5)
round(1e308, -400)
pow(2, 3, 0)
pow(2, -1, 5)
pow(2, -1, 4)
pow(2.0, 3, 5)
pow(0, 0)
"%d" % "x"
"%d %d" % (1,)
"%d" % (1, 2)
"%s %(a)s" % {"a": 1}
"%(a)s" % 5
"%c" % 1234567
"%c" % "ab"
"%*d" % (1.5, 2)
"%y" % 1
"{}".format()
"{0} {}".format(1, 2)
"{a}".format(1)
"{:d}".format("x")
"{:q}".format(1)
"{!x}".format(1)
format(1, "invalid")
format(1.5, "d")
format("a", "d")
1 if [] else 2
[] == ()
1 == 1.0 == True
x = 5; x += "a"
x = "a"; x -= "a"
x = (1,); x += [2]
x = (1,); x *= 2.0
True + True
True & 2
1.5 & 1
[1, 2][1.0]
[1, 2]["a"]
"ab"[None]
(1, 2)[5]
"ab"[1:2:0]
[1, 2][::0]
range(10)[::0]
range(0, 10, 0)
range(1.5)
len(5)
len(range(2**70))
hash([])
sum([[1], [2]], [])
sum(["a"], "")
min([])
max(1)
min(1, 2, key=5)
sorted([1, "a"])
sorted([3, 1], key=5)
[1, 2].index(3)
(1, 2).index(3)
"ab".index("z")
[].pop()
[1].pop(5)
[].remove(1)
"abc".split("")
"a".join([1])
"a" * -1
"%s" % ()
chr(-1)
ord("ab")
ord("")
bin(1.5)
hex("a")
oct(None)
'''.strip().split("\n")
for e in exprs:
    if e.startswith("x = "):
        show(e, lambda: exec(e))
    else:
        show(e, lambda: eval(e))
