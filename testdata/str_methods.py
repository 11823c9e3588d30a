# str methods, unicode and slicing.
s = "Hello, World"
print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize(), s.casefold())
print("hELLO wORLD".capitalize(), "they're bill's".title(), "ß".upper(), "ß".casefold(), "ǅ".lower())
print(repr(s.center(20)), repr(s.center(20, "*")), repr(s.center(3)), repr("ab".center(5, "-")))
print(repr(s.ljust(15, ".")), repr(s.rjust(15)), repr("42".zfill(5)), repr("-42".zfill(6)), repr("+x".zfill(4)))
print(s.count("l"), s.count("l", 5), s.count("l", 0, 4), s.count(""), "aaaa".count("aa"))
print(s.find("o"), s.find("o", 5), s.find("zz"), s.rfind("o"), s.rfind("o", 0, 5), s.find(""), s.rfind(""))
print(s.index("W"), s.rindex("l"), s.find("o", -4), s.find("", 100))
print(s.startswith("Hell"), s.startswith(("x", "He")), s.startswith("World", 7), s.endswith("ld"), s.endswith(("a", "b")), s.endswith("lo", 0, 5))
print(repr("  \t spaced \n ".strip()), repr("xxhixx".strip("x")), repr("  a ".lstrip()), repr("  a ".rstrip()), repr("abcba".strip("ab")))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), " a  b  c ".split(), " a  b c ".split(None, 1), "a,b,c".rsplit(",", 1), " a b c ".rsplit(None, 1))
print("".split(), "".split(","), "abc".split("abc"), "x".rsplit("x"))
print("line1\nline2\r\nline3\rline4".splitlines(), "a\nb\n".splitlines(True), "".splitlines(), "x\x0by\x1cz\u2028w".splitlines())
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "+".join(("1",)))
print("a.b.c".partition("."), "a.b.c".rpartition("."), "abc".partition("x"), "abc".rpartition("x"))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "abc".replace("", "-"), "aaa".replace("a", "b", 0), "abc".replace("", "-", 2))
print("TestCase".removeprefix("Test"), "TestCase".removesuffix("Case"), "abc".removeprefix("x"), "abc".removesuffix(""))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("ab\n\tx".expandtabs(3)), repr("\t".expandtabs(0)))
print("abc".isalpha(), "ab1".isalnum(), "123".isdigit(), "½".isnumeric(), "½".isdigit(), "²".isdigit(), "²".isdecimal(), "١٢".isdecimal())
print("abc".islower(), "ABC".isupper(), "Abc Def".istitle(), "abc Def".istitle(), " \t\n".isspace(), "".isspace(), "abc".isascii(), "é".isascii())
print("var_1".isidentifier(), "1var".isidentifier(), "été".isidentifier(), "abc\n".isprintable(), "abc".isprintable(), "".isalpha(), "".isprintable())
print("A1".isupper(), "1".isupper(), "ǅ".istitle(), "Σ".lower(), "ΑΣ".lower())
t = str.maketrans("abc", "xyz", "d")
print(t, "abcd".translate(t), "hello".translate({ord("l"): None, ord("h"): "J"}), str.maketrans({"a": "1"}))
print("%s and {}".format(1), "{0}{1}{0}".format("a", "b"), "{x}-{y}".format(x=1, y=2), "{k}".format_map({"k": "v"}))
print("héllo".encode(), "héllo".encode("utf-8"), "abc".encode("ascii"), "é".encode("latin-1"), "x€".encode("utf-8", "replace"))
print("a€b".encode("ascii", "replace"), "a€b".encode("ascii", "ignore"), "a€b".encode("ascii", "xmlcharrefreplace"), "a€b".encode("ascii", "backslashreplace"))
# unicode
u = "naïve café ☕ 𝄞"
print(len(u), u[2], u[-1], u[-3:], u[::-1], u.upper(), ord(u[-1]), hex(ord("☕")))
print(repr(u), ascii(u), repr("\x00\x1f\x7f\x80\xa0\xad"), repr("'"), repr('"'), repr("'\""), repr("\\"), repr("\u200b\U0001f600"))
# slicing
a = "0123456789"
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::2], a[1::3], a[::-1], a[8:2:-2], a[-1:-4:-1], a[100:], a[-100:2], a[5:2], a[::-3])
print(a[slice(1, 4)], a[slice(None, None, -2)], a[3:3], a[0], a[-10])
# operators
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, "a" + "b", "b" in "abc", "" in "abc", "d" not in "abc")
print("abc" < "abd", "abc" < "ab", "Z" < "a", "é" > "z", "abc" == "abc", "a" != "b", max("hello"), min("hello"))
print(str(12), str(1.5), str(None), str(True), str([1, "a"]), str(b"x"), str(), str("x"), str(b"caf\xc3\xa9", "utf-8"), str(b"ab", encoding="ascii"))
print(hash("abc") == hash("ab" + "c"), "abc".__len__(), "abc".__contains__("b"), "a".__add__("b"), list("abc"), tuple("ab"), "".join(reversed("cab")))
print("{:>8}|{:<8}|{:^8}|{:*^9}".format("r", "l", "c", "s"), format("abc", "5"), format("abcdef", ".3"), "{!r:>6}".format("x"))
assert "abc".upper() == "ABC"
assert "a b".split() == ["a", "b"]
assert "x".join("abc") == "axbxc"
assert "abc"[1:] == "bc"
it = iter("ab")
print(next(it), next(it), list(it))
print([c for c in "héllo" if c > "f"], "-".join(reversed("abc")), list(enumerate("ab")))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("encode", type(e).__name__, issubclass(UnicodeEncodeError, ValueError))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("decode", type(e).__name__, isinstance(e, UnicodeError))
