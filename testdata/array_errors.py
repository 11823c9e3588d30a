# array: expected errors, with python3's messages.
import array
array.array("x")
### "ValueError:\ bad\ typecode\ \(must\ be\ b,\ B,\ u,\ h,\ H,\ i,\ I,\ l,\ L,\ q,\ Q,\ f\ or\ d\)"
---
import array
array.array()
### "TypeError:\ array\(\)\ takes\ at\ least\ 1\ argument\ \(0\ given\)"
---
import array
array.array("bb")
### "TypeError:\ array\(\)\ argument\ 1\ must\ be\ a\ unicode\ character,\ not\ str"
---
import array
array.array(1)
### "TypeError:\ array\(\)\ argument\ 1\ must\ be\ a\ unicode\ character,\ not\ int"
---
import array
array.array("b", [200])
### "OverflowError:\ signed\ char\ is\ greater\ than\ maximum"
---
import array
array.array("B", [-1])
### "OverflowError:\ unsigned\ byte\ integer\ is\ less\ than\ minimum"
---
import array
array.array("h", [2 ** 15])
### "OverflowError:\ signed\ short\ integer\ is\ greater\ than\ maximum"
---
import array
array.array("H", [-1])
### "OverflowError:\ unsigned\ short\ is\ less\ than\ minimum"
---
import array
array.array("i", [-2 ** 31 - 1])
### "OverflowError:\ signed\ integer\ is\ less\ than\ minimum"
---
import array
array.array("I", [-1])
### "OverflowError:\ can't\ convert\ negative\ value\ to\ unsigned\ int"
---
import array
array.array("I", [2 ** 32])
### "OverflowError:\ unsigned\ int\ is\ greater\ than\ maximum"
---
import array
array.array("l", [2 ** 63])
### "OverflowError:\ Python\ int\ too\ large\ to\ convert\ to\ C\ long"
---
import array
array.array("L", [2 ** 64])
### "OverflowError:\ Python\ int\ too\ large\ to\ convert\ to\ C\ unsigned\ long"
---
import array
array.array("q", [2 ** 63])
### "OverflowError:\ int\ too\ big\ to\ convert"
---
import array
array.array("Q", [-1])
### "OverflowError:\ can't\ convert\ negative\ int\ to\ unsigned"
---
import array
array.array("b", ["a"])
### "TypeError:\ 'str'\ object\ cannot\ be\ interpreted\ as\ an\ integer"
---
import array
array.array("b", [1.5])
### "TypeError:\ 'float'\ object\ cannot\ be\ interpreted\ as\ an\ integer"
---
import array
array.array("f", ["a"])
### "TypeError:\ must\ be\ real\ number,\ not\ str"
---
import array
array.array("u", [1])
### "TypeError:\ array\ item\ must\ be\ unicode\ character"
---
import array
array.array("b", "ab")
### "TypeError:\ cannot\ use\ a\ str\ to\ initialize\ an\ array\ with\ typecode\ 'b'"
---
import array
array.array("b", 5)
### "TypeError:\ 'int'\ object\ is\ not\ iterable"
---
import array
array.array("b", array.array("u", "x"))
### "TypeError:\ cannot\ use\ a\ unicode\ array\ to\ initialize\ an\ array\ with\ typecode\ 'b'"
---
import array
array.array("h", b"abc")
### "ValueError:\ bytes\ length\ not\ a\ multiple\ of\ item\ size"
---
import array
array.array("b", typecode=1)
### "TypeError:\ array\.array\(\)\ takes\ no\ keyword\ arguments"
---
import array
array.array("b", [1]).pop(5)
### "IndexError:\ pop\ index\ out\ of\ range"
---
import array
array.array("b").pop()
### "IndexError:\ pop\ from\ empty\ array"
---
import array
array.array("b", [1]).remove(5)
### "ValueError:\ array\.remove\(x\):\ x\ not\ in\ array"
---
import array
array.array("b", [1]).index(5)
### "ValueError:\ array\.index\(x\):\ x\ not\ in\ array"
---
import array
array.array("b", [1])[5]
### "IndexError:\ array\ index\ out\ of\ range"
---
import array
array.array("b", [1])["a"]
### "TypeError:\ array\ indices\ must\ be\ integers"
---
import array
a = array.array("b", [1])
a[5] = 1
### "IndexError:\ array\ assignment\ index\ out\ of\ range"
---
import array
a = array.array("b", [1])
del a[5]
### "IndexError:\ array\ assignment\ index\ out\ of\ range"
---
import array
array.array("b", [1]) + array.array("h")
### "TypeError:\ bad\ argument\ type\ for\ built\-in\ operation"
---
import array
array.array("b", [1]) + [1]
### "TypeError:\ can\ only\ append\ array\ \(not\ \"list\"\)\ to\ array"
---
import array
a = array.array("b", [1])
a += [1]
### "TypeError:\ can\ only\ extend\ array\ with\ array\ \(not\ \"list\"\)"
---
import array
array.array("b", [1]).extend(array.array("h"))
### "TypeError:\ can\ only\ extend\ with\ array\ of\ same\ kind"
---
import array
array.array("h", [1]).frombytes(b"abc")
### "ValueError:\ bytes\ length\ not\ a\ multiple\ of\ item\ size"
---
import array
array.array("b", [1]).frombytes("a")
### "TypeError:\ a\ bytes\-like\ object\ is\ required,\ not\ 'str'"
---
import array
array.array("b").fromlist((1,))
### "TypeError:\ arg\ must\ be\ list"
---
import array
array.array("b").fromunicode("a")
### "ValueError:\ fromunicode\(\)\ may\ only\ be\ called\ on\ unicode\ type\ arrays"
---
import array
array.array("u").fromunicode(1)
### "TypeError:\ fromunicode\(\)\ argument\ must\ be\ str,\ not\ int"
---
import array
array.array("b").tounicode()
### "ValueError:\ tounicode\(\)\ may\ only\ be\ called\ on\ unicode\ type\ arrays"
---
import array
hash(array.array("b"))
### "TypeError:\ unhashable\ type:\ 'array\.array'"
---
import array
a = array.array("b", [1, 2])
a[0:2] = [1]
### "TypeError:\ can\ only\ assign\ array\ \(not\ \"list\"\)\ to\ array\ slice"
---
import array
a = array.array("b", [1, 2])
a[0:2:2] = array.array("b", [1, 2])
### "ValueError:\ attempt\ to\ assign\ array\ of\ size\ 2\ to\ extended\ slice\ of\ size\ 1"
---
import array
a = array.array("b", [1, 2])
a[0:2] = array.array("h", [1])
### "TypeError:\ bad\ argument\ type\ for\ built\-in\ operation"
---
import array
array.array("b", [1]) * "a"
### "TypeError:\ can't\ multiply\ sequence\ by\ non\-int\ of\ type\ 'str'"
---
import array
array.array("b").byteswap(1)
### "TypeError:\ array\.byteswap\(\)\ takes\ no\ arguments\ \(1\ given\)"
---
import array
array.array("b", [1]).insert("a", 1)
### "TypeError:\ 'str'\ object\ cannot\ be\ interpreted\ as\ an\ integer"
---
import array
a = array.array("b", [1])
m = memoryview(a)
a.append(2)
### "BufferError:\ cannot\ resize\ an\ array\ that\ is\ exporting\ buffers"
---
import array
a = array.array("b", [1])
m = memoryview(a)
a.pop()
### "BufferError:\ cannot\ resize\ an\ array\ that\ is\ exporting\ buffers"
---
import array
array._array_reconstructor(array.array, "x", 1, b"")
### "ValueError:\ second\ argument\ must\ be\ a\ valid\ type\ code"
---
import array
array._array_reconstructor(array.array, "b", 99, b"")
### "ValueError:\ third\ argument\ must\ be\ a\ valid\ machine\ format\ code\."
---
import array
array._array_reconstructor(list, "b", 1, b"")
### "TypeError:\ list\ is\ not\ a\ subtype\ of\ array\.array"
---
import array
array._array_reconstructor(array.array, "b", 1, "a")
### "TypeError:\ fourth\ argument\ should\ be\ bytes,\ not\ str"
---
import array
array._array_reconstructor(array.array, "b", 1)
### "TypeError:\ _array_reconstructor\ expected\ 4\ arguments,\ got\ 3"
---
import array
array._array_reconstructor(array.array, "h", 4, b"abc")
### "ValueError:\ bytes\ length\ not\ a\ multiple\ of\ item\ size"
---
import array
array.array('d', [1.0]).index(1.0, 2 ** 70)
### "ValueError:\ array\.index\(x\):\ x\ not\ in\ array"
