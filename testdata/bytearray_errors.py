# bytearray: expected errors, with python3's messages.
bytearray(b'abc')[5]
### "IndexError:\ bytearray\ index\ out\ of\ range"
---
bytearray(b'abc')["x"]
### "TypeError:\ bytearray\ indices\ must\ be\ integers\ or\ slices,\ not\ str"
---
b = bytearray(b'abc')
b[0] = 256
### "ValueError:\ byte\ must\ be\ in\ range\(0,\ 256\)"
---
b = bytearray(b'abc')
b[0] = b'a'
### "TypeError:\ 'bytes'\ object\ cannot\ be\ interpreted\ as\ an\ integer"
---
b = bytearray(b'abc')
b[0:1] = 5
### "TypeError:\ can\ assign\ only\ bytes,\ buffers,\ or\ iterables\ of\ ints\ in\ range\(0,\ 256\)"
---
b = bytearray(b'abc')
b[0:3:2] = b'abc'
### "ValueError:\ attempt\ to\ assign\ bytes\ of\ size\ 3\ to\ extended\ slice\ of\ size\ 2"
---
b = bytearray(b'abc')
b[0:1] = 'ab'
### "TypeError:\ can\ assign\ only\ bytes,\ buffers,\ or\ iterables\ of\ ints\ in\ range\(0,\ 256\)"
---
b = bytearray(b'abc')
b[5] = 1
### "IndexError:\ bytearray\ index\ out\ of\ range"
---
bytearray(b'abc').extend('ab')
### "TypeError:\ 'str'\ object\ cannot\ be\ interpreted\ as\ an\ integer"
---
bytearray(b'abc').extend(5)
### "TypeError:\ can't\ extend\ bytearray\ with\ int"
---
bytearray(b'abc').extend([256])
### "ValueError:\ byte\ must\ be\ in\ range\(0,\ 256\)"
---
bytearray(b'abc').append('a')
### "TypeError:\ 'str'\ object\ cannot\ be\ interpreted\ as\ an\ integer"
---
bytearray(b'abc').append(-1)
### "ValueError:\ byte\ must\ be\ in\ range\(0,\ 256\)"
---
bytearray().pop()
### "IndexError:\ pop\ from\ empty\ bytearray"
---
bytearray(b'a').pop(10)
### "IndexError:\ pop\ index\ out\ of\ range"
---
bytearray(b'a').remove(120)
### "ValueError:\ value\ not\ found\ in\ bytearray"
---
bytearray(b'a').remove(300)
### "ValueError:\ byte\ must\ be\ in\ range\(0,\ 256\)"
---
hash(bytearray(b'a'))
### "TypeError:\ unhashable\ type:\ 'bytearray'"
---
bytearray(b'a') + 'a'
### "TypeError:\ can't\ concat\ str\ to\ bytearray"
---
b = bytearray(b'a')
b += 'a'
### "TypeError:\ can't\ concat\ str\ to\ bytearray"
---
bytearray(b'a') * 'a'
### "TypeError:\ can't\ multiply\ sequence\ by\ non\-int\ of\ type\ 'str'"
---
bytearray(b'a').insert(0, 'a')
### "TypeError:\ 'str'\ object\ cannot\ be\ interpreted\ as\ an\ integer"
---
b = bytearray(b'a')
del b[10]
### "IndexError:\ bytearray\ index\ out\ of\ range"
---
bytearray('a')
### "TypeError:\ string\ argument\ without\ an\ encoding"
---
bytearray(-1)
### "ValueError:\ negative\ count"
---
bytearray(b'a', 'utf-8')
### "TypeError:\ encoding\ without\ a\ string\ argument"
---
bytearray(1.5)
### "TypeError:\ cannot\ convert\ 'float'\ object\ to\ bytearray"
---
bytearray(1, 2, 3, 4)
### "TypeError:\ bytearray\(\)\ takes\ at\ most\ 3\ arguments\ \(4\ given\)"
---
bytearray(x=1)
### "TypeError:\ 'x'\ is\ an\ invalid\ keyword\ argument\ for\ bytearray\(\)"
---
bytearray(b'a').pop(1, 2)
### "TypeError:\ pop\ expected\ at\ most\ 1\ argument,\ got\ 2"
---
bytearray(b'a').insert(1)
### "TypeError:\ insert\ expected\ 2\ arguments,\ got\ 1"
---
b = bytearray(b'abc')
b[:] = [1, 'a']
### "TypeError:\ 'str'\ object\ cannot\ be\ interpreted\ as\ an\ integer"
---
b = bytearray(b'a')
b[:] = 1.5
### "TypeError:\ can\ assign\ only\ bytes,\ buffers,\ or\ iterables\ of\ ints\ in\ range\(0,\ 256\)"
---
b = bytearray(b'a')
del b['x']
### "TypeError:\ bytearray\ indices\ must\ be\ integers\ or\ slices,\ not\ str"
---
bytearray(b'a') < 'a'
### "TypeError:\ '<'\ not\ supported\ between\ instances\ of\ 'bytearray'\ and\ 'str'"
---
bytearray.fromhex('zz')
### "ValueError:\ non\-hexadecimal\ number\ found\ in\ fromhex\(\)\ arg\ at\ position\ 0"
---
bytearray(b'a').copy(1)
### "TypeError:\ bytearray\.copy\(\)\ takes\ no\ arguments\ \(1\ given\)"
---
b = bytearray(b'ab')
b += b
### "BufferError:\ Existing\ exports\ of\ data:\ object\ cannot\ be\ re\-sized"
---
b = bytearray(b'ab')
m = memoryview(b)
b.append(1)
### "BufferError:\ Existing\ exports\ of\ data:\ object\ cannot\ be\ re\-sized"
---
b = bytearray(b'ab')
m = memoryview(b)
b.extend(b'cd')
### "BufferError:\ Existing\ exports\ of\ data:\ object\ cannot\ be\ re\-sized"
---
b = bytearray(b'ab')
m = memoryview(b)
b[0:1] = b''
### "BufferError:\ Existing\ exports\ of\ data:\ object\ cannot\ be\ re\-sized"
---
b = bytearray(b'ab')
m = memoryview(b)
del b[0]
### "BufferError:\ Existing\ exports\ of\ data:\ object\ cannot\ be\ re\-sized"
---
b = bytearray(b'ab')
m = memoryview(b)
b.pop()
### "BufferError:\ Existing\ exports\ of\ data:\ object\ cannot\ be\ re\-sized"
---
b = bytearray(b'ab')
m = memoryview(b)
b.clear()
### "BufferError:\ Existing\ exports\ of\ data:\ object\ cannot\ be\ re\-sized"
---
b = bytearray(b'ab')
m = memoryview(b)
b *= 2
### "BufferError:\ Existing\ exports\ of\ data:\ object\ cannot\ be\ re\-sized"
---
bytearray(b'a').center(5, 'x')
### "TypeError:\ center\(\)\ argument\ 2\ must\ be\ a\ byte\ string\ of\ length\ 1,\ not\ str"
---
bytearray(b'a').center(5, b'xy')
### "TypeError:\ center\(\)\ argument\ 2\ must\ be\ a\ byte\ string\ of\ length\ 1,\ not\ bytes"
---
bytearray(b'a').translate('x')
### "TypeError:\ a\ bytes\-like\ object\ is\ required,\ not\ 'str'"
---
bytearray(b'a').translate(b'x')
### "ValueError:\ translation\ table\ must\ be\ 256\ characters\ long"
---
bytearray.maketrans(b'a', b'bc')
### "ValueError:\ maketrans\ arguments\ must\ have\ same\ length"
---
bytearray(b'a').partition('a')
### "TypeError:\ a\ bytes\-like\ object\ is\ required,\ not\ 'str'"
---
bytearray(b'a').partition(b'')
### "ValueError:\ empty\ separator"
---
bytearray(b'a').split(b'')
### "ValueError:\ empty\ separator"
---
bytearray(b'a').removeprefix('a')
### "TypeError:\ a\ bytes\-like\ object\ is\ required,\ not\ 'str'"
---
bytearray(b'a').find('a')
### "TypeError:\ argument\ should\ be\ integer\ or\ bytes\-like\ object,\ not\ 'str'"
---
bytearray(b'a').startswith('a')
### "TypeError:\ startswith\ first\ arg\ must\ be\ bytes\ or\ a\ tuple\ of\ bytes,\ not\ str"
---
bytearray(b'a').join([b'a', 'b'])
### "TypeError:\ sequence\ item\ 1:\ expected\ a\ bytes\-like\ object,\ str\ found"
---
bytearray(b'a').index(b'z')
### "ValueError:\ subsection\ not\ found"
---
bytearray(b'a').zfill('a')
### "TypeError:\ 'str'\ object\ cannot\ be\ interpreted\ as\ an\ integer"
---
bytearray(b'a').decode('ascii', 1)
### "TypeError:\ decode\(\)\ argument\ 'errors'\ must\ be\ str,\ not\ int"
---
bytearray(b'\xff').decode('ascii')
### "UnicodeDecodeError:\ 'ascii'\ codec\ can't\ decode\ byte\ 0xff\ in\ position\ 0:\ ordinal\ not\ in\ range\(128\)"
---
bytearray(encoding='utf-8')
### "TypeError:\ encoding\ without\ a\ string\ argument"
---
bytearray(errors='strict')
### "TypeError:\ errors\ without\ a\ string\ argument"
---
bytearray('a', encoding=1)
### "TypeError:\ bytearray\(\)\ argument\ 'encoding'\ must\ be\ str,\ not\ int"
---
b'x' + 'y'
### "TypeError:\ can't\ concat\ str\ to\ bytes"
---
b'a'.center(5, 'x')
### "TypeError:\ center\(\)\ argument\ 2\ must\ be\ a\ byte\ string\ of\ length\ 1,\ not\ str"
---
b'a'.translate(b'x')
### "ValueError:\ translation\ table\ must\ be\ 256\ characters\ long"
---
bytes.maketrans('a', 'b')
### "TypeError:\ a\ bytes\-like\ object\ is\ required,\ not\ 'str'"
---
b'a'.partition(b'')
### "ValueError:\ empty\ separator"
---
b'a'.splitlines(1.0)
### "TypeError:\ 'float'\ object\ cannot\ be\ interpreted\ as\ an\ integer"
---
b'a'.expandtabs('a')
### "TypeError:\ 'str'\ object\ cannot\ be\ interpreted\ as\ an\ integer"
---
b'a'.join([b'a', 1])
### "TypeError:\ sequence\ item\ 1:\ expected\ a\ bytes\-like\ object,\ int\ found"
---
bytearray(b'a').hex(bytearray(b':'))
### "TypeError:\ sep\ must\ be\ str\ or\ bytes\."
---
bytearray(b'x').expandtabs(2 ** 31)
### "OverflowError:\ Python\ int\ too\ large\ to\ convert\ to\ C\ int"
---
b'x'.expandtabs(-2 ** 70)
### "OverflowError:\ Python\ int\ too\ large\ to\ convert\ to\ C\ int"
