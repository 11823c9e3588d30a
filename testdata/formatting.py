# f-strings, str.format, %-formatting and format() of numbers.
x, name, pi = 42, "ftpy", 3.14159265358979
w, p = 10, 3
print(f"{x}|{x!r}|{name!r}|{name!s}|{name!a}|{'é'!a}")
print(f"{x=}", f"{name=}", f"{x = }", f"{pi=:.2f}", f"{x*2=}", f"{name!r:>10}")
print(f"{pi:{w}.{p}f}|{x:>{w}}|{name:^{w}}|{x:{'*'}^{w}}|")
print(f"{{literal}} {x:#x} {x:#o} {x:#b} {x:08.3f} {-x:+d} {x: d} {x:,} {10**9:_} {0xdeadbeef:_x}")
print(f"{'nested ' + f'{x}'}", f"{[1, 2][1]}", f"{ {'a': 1}['a'] }", f"{x if x else 0}")
print("{} {} {}".format(1, "a", None), "{1} {0}".format("a", "b"), "{name}:{0}".format(1, name="n"))
print("{0[0]} {0[1]} {1[k]} {2.real}".format([7, 8], {"k": "v"}, 3))
print("{:>10}|{:<10}|{:^10}|{:=+10}|{:010}".format(1, 2, 3, 4, -5))
print("{!r} {!s} {!a}".format("q", "q", "ü"), "{:%}".format(0.25), "{:.1%}".format(1 / 3))
print("{:{}{}}".format(3.14159, ".", "3"), "{0:{1}}".format("x", 5) + "|")
# %-formatting
print("%s %r %d %i %5d %-5d| %05d %+d %x %X %#x %o %#o %e %E %f %g %G %%" % ("s", "r", 1, 2, 3, 4, 5, 6, 255, 255, 255, 8, 8, 1234.5, 0.00012, 1.5, 1e-7, 1e20))
print("%(a)s-%(b)03d" % {"a": "A", "b": 7}, "%c%c" % (65, "b"), "%.3s" % "abcdef", "%10.2f|" % 3.14159, "%-10s|" % "hi", "%*d" % (5, 42), "%.*f" % (2, 1.23456))
print("%s" % (1,), "%s" % [1, 2], "%r" % "x", "%a" % "é", "%d" % 3.99, "%d" % True, "%s" % None, "%5s|%-5s|" % ("a", "b"))
# format() of ints
for spec in ["", "d", "5", "<5", ">5", "^5", "05", "+", " ", ",", "_", "x", "X", "#x", "o", "#o", "b", "#b", "c", "n", "e", ".2f", "%", "#010x", "_b", ",d", "-^9"]:
    print(repr(spec), repr(format(1234 if spec != "c" else 65, spec)), repr(format(-42 if spec != "c" else 97, spec)))
# format() of floats
for spec in ["", "f", ".0f", ".1f", ".3f", "e", ".2e", "E", "g", ".3g", "G", "%", ".0%", ",", ",.2f", "_.3f", "+.1f", " .1f", "10.2f", "<10.2f", "^10.1f", "010.2f", "#.0f", "#g", ".10g", "n", ".2", "=+12.3f"]:
    print(repr(spec), repr(format(1234.5678, spec)), repr(format(-0.00012345, spec)), repr(format(1e16, spec)))
for v in [float("inf"), float("-inf"), float("nan"), -0.0, 0.0]:
    print(repr(v), str(v), format(v, ".2f"), format(v, "e"), format(v, "g"), format(v, "+"), format(v, "10"))
# float repr
for v in [0.1 + 0.2, 1e16, 1e15, 1e-5, 1e-4, 123456789012345678.0, 1 / 3, 2 / 3, 1e22, 1e-300 * 1e-300, 5e-324, 1.7976931348623157e308, 0.5, 100.0, 3.0e-5, 1.5e300, -1.0, 2.0 ** 53, 2.0 ** 63, 9.999999999999999e22]:
    print(repr(v), str(v), f"{v}", "%s" % v, "%r" % v, round(v, 3) if abs(v) < 1e300 else v)
print(format(True, ""), format(True, "d"), format(False, ">5"), format(None, ""), format("s", ""), f"{True!r:>6}")
print(format(12345678901234567890, ","), format(-2**70, "x"), format(2**64, "_o"), format(10**20, "e"), format(10**20, ".3g"))
print(str(1.0), str(1e100), repr(1.23456789e-8), 1e21, 1e-7, 12345.678e3, float("1e500"), -float("1e500"))
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(2.675, ".2f"), round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5))
assert f"{1:03}" == "001"
assert "{:.2f}".format(2.0) == "2.00"
assert "%5.1f" % 2.25 == "  2.2"
