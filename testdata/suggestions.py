# The "Did you mean" hints of CPython 3.11's exception printer (behind
# sys.excepthook): which names it suggests for a NameError or an
# AttributeError, by its edit distance (case changes cost half), its
# limits (a third of the letters, 40 bytes, 750 candidates) and its
# order (locals, globals, builtins; the first of equals).
import io
import sys


def last_line(exc):
    buf = io.StringIO()
    old, sys.stderr = sys.stderr, buf
    try:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.stderr = old
    return buf.getvalue().splitlines()[-1]


def hint(f):
    try:
        f()
    except BaseException as e:
        print(last_line(e))


class Dir:
    """An object whose dir() is the given names."""

    def __init__(self, names):
        self.names = names

    def __dir__(self):
        return self.names


def attr(name, candidates):
    e = AttributeError("no " + name, name=name, obj=Dir(candidates))
    print(repr(name), "->", last_line(e))


# Attributes of built-in objects, modules, classes and instances.
hint(lambda: [].apend)
hint(lambda: {}.iterms)
hint(lambda: "".uper)
hint(lambda: sys.getrecursionlimt)
hint(lambda: sys.maxsiz)


class Point:
    origin = 0

    def __init__(self):
        self.xcoord = 1

    def distance(self):
        return 0


hint(lambda: Point().xcord)
hint(lambda: Point().distanse)
hint(lambda: Point.orijin)
hint(lambda: Point().zzzzzz)

# The edit distance: case changes, transpositions, the one-third limit.
attr("blech", ["blach"])
attr("blech", ["BLECH"])
attr("blech", ["Blech", "blach"])
attr("abcd", ["abdc"])
attr("ab", ["ba"])
attr("abc", ["xyz"])
attr("a", ["b"])
attr("a", ["A"])
attr("aa", ["ab"])
attr("aaa", ["aab", "aba"])
attr("longername", ["longer_name", "longername_"])
attr("something", ["somthing", "somethin"])
attr("x", ["xx", "xxx"])
attr("abcdef", ["abc", "abcdefghi"])
attr("UPPER", ["upper"])
attr("mixedCase", ["mixedcase", "MixedCase"])
attr("café", ["cafe", "cafés"])
attr("naïve", ["naive"])
attr("ä", ["ö", "a"])
# The first of equally close candidates; the name itself is skipped.
attr("ab", ["ac", "ad"])
attr("ab", ["ab", "ac"])
attr("ab", ["ad", "ac"])
# Names over 40 bytes after a common prefix and suffix are not compared.
attr("p" * 45 + "x", ["p" * 45 + "y"])
attr("x" + "q" * 45, ["y" + "q" * 45])
attr("a" * 41, ["a" * 40 + "b"])
attr("abcdefghij" * 5, ["abcdefghij" * 4 + "abcdefghik"])
attr("a" * 20 + "b" * 21, ["b" * 20 + "a" * 21])
# 750 candidates or more: no search at all.
attr("name_1", ["name_%d" % i for i in range(2, 752)])
attr("name_1", ["name_%d" % i for i in range(2, 751)])
# A candidate that is not a str stops the search.
attr("aa", ["ab", 3])


class BadDir:
    def __dir__(self):
        raise RuntimeError("dir failed")


print(last_line(AttributeError("x", name="aa", obj=BadDir())))
# A name that is not exactly a str, or no obj: no hint.


class S(str):
    pass


print(last_line(AttributeError("x", name=S("apend"), obj=[])))
print(last_line(AttributeError("x", name=3, obj=[])))
print(last_line(AttributeError("x", name="apend")))
print(last_line(AttributeError(name="apend", obj=[])))
print(last_line(AttributeError("x", name="apend", obj=None)))


# Only AttributeError and NameError themselves, not subclasses.
class MyAttrError(AttributeError):
    pass


class MyNameError(NameError):
    pass


print(last_line(MyAttrError("x", name="apend", obj=[])))
print(last_line(MyNameError("x", name="prnt")))


# A property that raises for a name dir() lists: that name is skipped.
class Prop:
    @property
    def xx(self):
        raise AttributeError("in prop", name="xx", obj=self)

    def xy(self):
        pass


hint(lambda: Prop().xx)


# NameError: locals, then globals, then builtins.
def local_names():
    something_long = 1
    return something_lng


hint(local_names)
hint(lambda: prnt)
hint(lambda: lenn)
hint(lambda: ZeroDivisionErr)
global_for_suggestions = 1
hint(lambda: global_for_sugestions)


class Method:
    def __init__(self):
        self.blech = 1

    def use(self):
        return blech  # 3.11 does not suggest self.blech


hint(lambda: Method().use())


def closure():
    outer_value = 1

    def inner():
        return outer_valeu
    return inner()


hint(closure)


def shadowing():
    print_ = 1
    return prnt


hint(shadowing)
aaaa = 1


class ClassBody:
    try:
        aaab = 2
        aaac
    except NameError as e:
        print(last_line(e))


# Code run by exec and eval with their own globals and builtins.
hint(lambda: exec("prnt", {}))
hint(lambda: exec("yyyy = 1\nyyyz", {}))
hint(lambda: eval("prnt", {"__builtins__": {"prnd": 1, "print": 2}}))
hint(lambda: eval("zz", {"__builtins__": {}}))
# The first of equally close globals, in the dict's order.
hint(lambda: exec("abx", {"aby": 1, "abz": 2}))
hint(lambda: exec("abx", {"abz": 1, "aby": 2}))
# A NameError raised by hand: from the frame its traceback ends in.
hint(lambda: exec("raise NameError('x', name='prnt')"))
print(last_line(NameError("no traceback", name="prnt")))
# A global that is not a str ends the search (no builtins either).
g = {"__builtins__": __builtins__, 1: 2}
hint(lambda: exec("prnt", g))
# Many globals: no search among them, the builtins still.
many = {"v%d" % i: i for i in range(800)}
many["__builtins__"] = __builtins__
hint(lambda: exec("v1000", many))
hint(lambda: exec("prnt", many))
# An UnboundLocalError gets no hint.


def unbound():
    if False:
        valuee = 1
    value = 2
    return valuee


hint(unbound)
# The hint follows an empty message, and a message of several lines.
print(last_line(AttributeError(name="apend", obj=[])))
e = AttributeError("line one\nline two", name="apend", obj=[])
print(last_line(e))
