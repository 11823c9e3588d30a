# The string module's constants and capwords.
import string

for name in ("ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits",
             "octdigits", "punctuation", "printable", "whitespace"):
    v = getattr(string, name)
    print(name, repr(v), len(v), type(v).__name__)
print(string.printable == string.digits + string.ascii_letters + string.punctuation + string.whitespace)
print(all(c in string.printable for c in string.whitespace), "x" in string.hexdigits, "F" in string.hexdigits)
print(string.capwords("hello world"), string.capwords("  hello   WORLD  again "), repr(string.capwords("")))
print(string.capwords("a-b-c", "-"), string.capwords("x--y", "-"), string.capwords("aBC dEF", None), string.capwords("one two", sep=" "))
print(string.capwords("tab\tsep\nnewline"), string.capwords(s="keyword use"))

class S(str):
    pass

print(string.capwords(S("sub class")), type(string.capwords(S("x"))).__name__)

def err(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("->", repr(r))

err(string.capwords)
err(string.capwords, 1)
err(string.capwords, "a", "b", "c")
err(string.capwords, "a", x=1)
err(string.capwords, "a b", 5)
err(string.capwords, "ab cd", "")
