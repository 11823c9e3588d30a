# pyexpat's API at its edges: Parse from a handler, parsing after a handler
# raised or after an error, argument errors, settings once parsing began.
import pyexpat
p = pyexpat.ParserCreate()
depth = [0]
def start(n, a):
    depth[0] += 1
    if depth[0] > 1:
        return
    try:
        p.Parse(b"<x/>", False)
    except Exception as e:
        print("inner", type(e).__name__, e)
p.StartElementHandler = start
try:
    p.Parse(b"<a><b/></a>", True)
    print("outer ok")
except Exception as e:
    print("outer", type(e).__name__, e)
# after an exception in a handler
p = pyexpat.ParserCreate()
def boom(n, a): raise KeyError(n)
p.StartElementHandler = boom
try: p.Parse(b"<a>", False)
except KeyError as e: print("KeyError", e)
for data in [b"</a>", b""]:
    try: print(p.Parse(data, True))
    except Exception as e: print(type(e).__name__, e)
# after an expat error
p = pyexpat.ParserCreate()
try: p.Parse(b"<a></b>", False)
except Exception as e: print(type(e).__name__, e)
print(p.ErrorCode)
for bad in [None, 1.5, [1]]:
    try: pyexpat.ParserCreate().Parse(bad)
    except Exception as e: print(type(e).__name__, e)
class F:
    def read(self, n): return "str"
try: pyexpat.ParserCreate().ParseFile(F())
except Exception as e: print(type(e).__name__, e)
p = pyexpat.ParserCreate()
p.CharacterDataHandler = 42
try: p.Parse(b"<a>x</a>", True)
except Exception as e: print(type(e).__name__, e)
p = pyexpat.ParserCreate()
p.NotStandaloneHandler = lambda: None
try: p.Parse(b"<!DOCTYPE a SYSTEM 'x'><a/>", True)
except Exception as e: print(type(e).__name__, e)
p = pyexpat.ParserCreate()
p.ExternalEntityRefHandler = lambda *a: "yes"
try: p.Parse(b"<!DOCTYPE a [<!ENTITY e SYSTEM 'x'>]><a>&e;</a>", True)
except Exception as e: print(type(e).__name__, e)
for args in [(1,), ("c", 1), ("c", "e", 3)]:
    try: pyexpat.ParserCreate().ExternalEntityParserCreate(*args); print("ok", args)
    except Exception as e: print(type(e).__name__, e)
p = pyexpat.ParserCreate()
print(p.SetParamEntityParsing(5), p.SetParamEntityParsing(-1))
p.Parse(b"<a>", False)
print(p.SetParamEntityParsing(1))
try: p.UseForeignDTD()
except Exception as e: print(type(e).__name__, e, e.code)
print(pyexpat.ErrorString(-1), pyexpat.ErrorString(100))
try: pyexpat.ErrorString("x")
except Exception as e: print(type(e).__name__, e)
p = pyexpat.ParserCreate()
try: p.SetBase(1)
except Exception as e: print(type(e).__name__, e)
try: p.buffer_size = 2**40
except Exception as e: print(type(e).__name__, e)
try: del p.buffer_text
except Exception as e: print(type(e).__name__, e)
try: p.CurrentLineNumber = 3
except AttributeError as e: print("AttributeError")
print(repr(p)[:25])
