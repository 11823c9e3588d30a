# bytes % formatting: every conversion, __bytes__, mapping keys and errors.

tests = ['b"%s" % 3', 'b"%c" % 256', 'b"%c" % "a"', 'b"%c" % b"ab"', 'b"%d %d" % (1,)', 'b"%d" % (1,2)', 'b"%y" % 1', 'b"%(a)s" % {b"a": b"x"}', 'b"%(a)s" % {"a": b"x"}', 'b"%s|%b|%r|%a|%c|%c|%5.1f|%-4d|%x" % (b"ab", b"cd", "h\u00e9", b"q", 65, b"z", 2.25, 7, 255)', 'b"%.1s" % b"abc"', 'b"%5s" % b"ab"', 'b"%d" % "x"', 'b"%%|%05.2f|%+d|%#x|%o" % (3.14159, 5, 255, 8)', 'b"%.2r" % "xyz"', 'b"%c" % -1']
class B:
    def __bytes__(self): return b"BB"
class Bad:
    def __bytes__(self): return "no"
for s in tests:
    try: print(repr(eval(s)))
    except Exception as e: print(type(e).__name__+':', e)
print(b"<%s>" % B())
try: b"%s" % Bad()
except TypeError as e: print(e)
print("%s and %r" % (b"x", b"y"))
try: "%b" % 1
except ValueError as e: print(e)
print(b"a%sb" % b"" == b"ab", type(b"%d" % 1).__name__)
