# memoryview: expected errors, with python3's messages.
memoryview("a")
### "TypeError:\ memoryview:\ a\ bytes\-like\ object\ is\ required,\ not\ 'str'"
---
memoryview()
### "TypeError:\ memoryview\(\)\ missing\ required\ argument\ 'object'\ \(pos\ 1\)"
---
memoryview(1)
### "TypeError:\ memoryview:\ a\ bytes\-like\ object\ is\ required,\ not\ 'int'"
---
memoryview(b'abcd')[10]
### "IndexError:\ index\ out\ of\ bounds\ on\ dimension\ 1"
---
memoryview(b'abcd')["x"]
### "TypeError:\ memoryview:\ invalid\ slice\ key"
---
memoryview(b'abcd')[...]
### "TypeError:\ memoryview:\ invalid\ slice\ key"
---
m = memoryview(b'abcd')
m[0] = 1
### "TypeError:\ cannot\ modify\ read\-only\ memory"
---
m = memoryview(bytearray(b'ab'))
m[0] = 256
### "ValueError:\ memoryview:\ invalid\ value\ for\ format\ 'B'"
---
m = memoryview(bytearray(b'ab'))
m[0] = "a"
### "TypeError:\ memoryview:\ invalid\ type\ for\ format\ 'B'"
---
m = memoryview(bytearray(b'ab'))
m[0] = b"a"
### "TypeError:\ memoryview:\ invalid\ type\ for\ format\ 'B'"
---
m = memoryview(bytearray(b'ab'))
m[0:2] = b"abc"
### "ValueError:\ memoryview\ assignment:\ lvalue\ and\ rvalue\ have\ different\ structures"
---
m = memoryview(bytearray(b'ab'))
m[0:2] = "ab"
### "TypeError:\ a\ bytes\-like\ object\ is\ required,\ not\ 'str'"
---
m = memoryview(bytearray(b'ab'))
del m[0]
### "TypeError:\ cannot\ delete\ memory"
---
memoryview(b'abcd').cast("x")
### "ValueError:\ memoryview:\ destination\ format\ must\ be\ a\ native\ single\ character\ format\ prefixed\ with\ an\ optional\ '@'"
---
memoryview(b'abcd').cast("<B")
### "ValueError:\ memoryview:\ destination\ format\ must\ be\ a\ native\ single\ character\ format\ prefixed\ with\ an\ optional\ '@'"
---
memoryview(b'abcd').cast(1)
### "TypeError:\ cast\(\)\ argument\ 'format'\ must\ be\ str,\ not\ int"
---
memoryview(b'abcd').cast("i").cast("h")
### "TypeError:\ memoryview:\ cannot\ cast\ between\ two\ non\-byte\ formats"
---
memoryview(b'abcd').cast("q")
### "TypeError:\ memoryview:\ length\ is\ not\ a\ multiple\ of\ itemsize"
---
memoryview(b'abcd').cast("B", (3,))
### "TypeError:\ memoryview:\ product\(shape\)\ \*\ itemsize\ !=\ buffer\ size"
---
memoryview(b'abcd')[::2].cast("B")
### "TypeError:\ memoryview:\ casts\ are\ restricted\ to\ C\-contiguous\ views"
---
memoryview(b'abcd').cast("B", (0,))
### "ValueError:\ memoryview\.cast\(\):\ elements\ of\ shape\ must\ be\ integers\ >\ 0"
---
memoryview(b'abcd').cast("B", 5)
### "TypeError:\ shape\ must\ be\ a\ list\ or\ a\ tuple"
---
memoryview(b'abcd').cast("B", [1.5])
### "TypeError:\ memoryview\.cast\(\):\ elements\ of\ shape\ must\ be\ integers"
---
memoryview(b'abcd').cast("B", (2, 2))[0]
### "NotImplementedError:\ multi\-dimensional\ sub\-views\ are\ not\ implemented"
---
list(memoryview(b'abcd').cast("B", (2, 2)))
### "NotImplementedError:\ multi\-dimensional\ sub\-views\ are\ not\ implemented"
---
memoryview(b'a').cast("B", ())[0]
### "TypeError:\ invalid\ indexing\ of\ 0\-dim\ memory"
---
list(memoryview(b'a').cast("B", ()))
### "TypeError:\ invalid\ indexing\ of\ 0\-dim\ memory"
---
hash(memoryview(bytearray(b"a")))
### "ValueError:\ cannot\ hash\ writable\ memoryview\ object"
---
hash(memoryview(b'abcd').cast("h"))
### "ValueError:\ memoryview:\ hashing\ is\ restricted\ to\ formats\ 'B',\ 'b'\ or\ 'c'"
---
memoryview(b'abcd').tobytes("X")
### "ValueError:\ order\ must\ be\ 'C',\ 'F'\ or\ 'A'"
---
memoryview(b'abcd')[1:2:0]
### "ValueError:\ slice\ step\ cannot\ be\ zero"
---
m = memoryview(bytearray(b'abcd')).cast("f")
m[0] = "x"
### "TypeError:\ memoryview:\ invalid\ type\ for\ format\ 'f'"
---
m = memoryview(bytearray(b'abcd')).cast("i")
m[0] = 2 ** 40
### "ValueError:\ memoryview:\ invalid\ value\ for\ format\ 'i'"
---
m = memoryview(bytearray(b'abcd')).cast("I")
m[0] = -1
### "ValueError:\ memoryview:\ invalid\ value\ for\ format\ 'I'"
---
m = memoryview(bytearray(b'ab')).cast("c")
m[0] = b"ab"
### "ValueError:\ memoryview:\ invalid\ value\ for\ format\ 'c'"
---
memoryview(b'ab') < memoryview(b'b')
### "TypeError:\ '<'\ not\ supported\ between\ instances\ of\ 'memoryview'\ and\ 'memoryview'"
---
m = memoryview(b'abcd')
m.release()
m[0]
### "ValueError:\ operation\ forbidden\ on\ released\ memoryview\ object"
---
m = memoryview(b'abcd')
m.release()
len(m)
### "ValueError:\ operation\ forbidden\ on\ released\ memoryview\ object"
---
m = memoryview(b'abcd')
m.release()
m.tobytes()
### "ValueError:\ operation\ forbidden\ on\ released\ memoryview\ object"
---
m = memoryview(b'abcd')
m.release()
m.obj
### "ValueError:\ operation\ forbidden\ on\ released\ memoryview\ object"
---
m = memoryview(b'abcd')
m.release()
m.format
### "ValueError:\ operation\ forbidden\ on\ released\ memoryview\ object"
---
m = memoryview(b'abcd')
m.release()
bytes(m)
### "ValueError:\ operation\ forbidden\ on\ released\ memoryview\ object"
---
m = memoryview(b'abcd')
m.release()
hash(m)
### "ValueError:\ operation\ forbidden\ on\ released\ memoryview\ object"
---
m = memoryview(b'abcd')
m.release()
memoryview(m)
### "ValueError:\ operation\ forbidden\ on\ released\ memoryview\ object"
---
m = memoryview(b'abcd')
m.release()
with m:
    pass
### "ValueError:\ operation\ forbidden\ on\ released\ memoryview\ object"
---
m = memoryview(b'abcd')
m.release()
m.cast("B")
### "ValueError:\ operation\ forbidden\ on\ released\ memoryview\ object"
---
m = memoryview(b'abcd')
m.release()
b'x'.join([m])
### "TypeError:\ sequence\ item\ 0:\ expected\ a\ bytes\-like\ object,\ memoryview\ found"
---
m = memoryview(bytearray(b'ab'))
m2 = memoryview(m)
b = bytearray(b'')
b += m
x = bytearray(b'abc')
y = memoryview(x)
x.extend(b'd')
### "BufferError:\ Existing\ exports\ of\ data:\ object\ cannot\ be\ re\-sized"
---
str(memoryview(b'\xff'), 'ascii')
### "UnicodeDecodeError:\ 'ascii'\ codec\ can't\ decode\ byte\ 0xff\ in\ position\ 0:\ ordinal\ not\ in\ range\(128\)"
---
memoryview(b'ab').cast('B', [2 ** 70])
### "OverflowError:\ Python\ int\ too\ large\ to\ convert\ to\ C\ ssize_t"
