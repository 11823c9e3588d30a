# bytearray: construction, repr, indexing, slice assignment, mutators,
# operators, and the methods it shares with bytes.


class B(bytearray):
    pass


print(bytearray(), bytearray(3), bytearray([1, 2, 255]), bytearray(b'ab'), bytearray('é', 'utf-8'))
print(bytearray(bytearray(b'x')), bytearray(range(3)), bytearray(iter([65, 66])), bytearray('ab', 'ascii', 'strict'))
print(repr(B(b'q')), str(bytearray(b'x')), type(B(b'q')), B(b'q') == b'q')
b = bytearray(b'abcdef')
print(b[0], b[-1], b[1:3], b[::2], b[::-1], b[10:], b[-100:2], len(b))
b[0] = 65
b[-1] = 0x46
print(b)
b[1:3] = b'XYZW'
print(b)
b[::2] = b'1234'
print(b)
del b[::3]
print(b)
b[5:1] = b'Q'
print(b)
b[-1:-4:-1] = [65, 66, 67]
print(b)
b[:] = b
print(b)
b[2:4] = bytearray(b'--')
b[0:0] = iter([48, 49])
print(b)
del b[1]
del b[-2:]
del b[:0]
print(b)
b[:] = []
print(b, len(b))

y = bytearray(b'abc')
y += b'de'
y *= 2
print(y, len(y))
y.reverse()
print(y)
print(y.pop(), y.pop(0), y)
y.insert(-1, 90)
y.insert(100, 91)
y.insert(-100, 92)
y.append(33)
y.extend(b'ext')
y.extend([1, 2])
y.extend(bytearray(b'Z'))
y.extend(iter(range(3)))
print(y)
y.remove(98)
print(y)
c = y.copy()
y.clear()
print(y, c, c is y)
e = bytearray(b'x')
e.extend(e)
print(e)

print(bytearray(b'abc') * 2, 2 * bytearray(b'x'), bytearray(b'x') * 0, bytearray(b'a') + b'b', b'a' + bytearray(b'b'))
print(bytearray(b'%d-%s-%r') % (1, b'x', bytearray(b'y')), type(bytearray(b'%s') % b'a'))
print(b'%s %b %c' % (bytearray(b'ba'), bytearray(b'bb'), bytearray(b'c')))
print(bytearray(b'abc') == b'abc', b'abc' == bytearray(b'abc'), bytearray(b'abc') < b'abd', bytearray(b'b') > bytearray(b'a'))
print(bytearray(b'a') != 'a', bytearray(b'a') == 'a', bytearray(b'') <= b'')
print(list(bytearray(b'ab')), bytearray(b'ab').hex(), bytearray(b'abcd').hex(':', 2), bytearray.fromhex('61 62'), B.fromhex('6162'), type(B.fromhex('61')))
print(b'ab' in bytearray(b'xaby'), 97 in bytearray(b'a'), 98 in bytearray(b'a'), bytearray(b'x') in b'axb', bytearray(b'q') in bytearray(b'xyq'))
it = iter(bytearray(b'xy'))
print(next(it), list(it), list(it))
grow = bytearray(b'a')
for i, ch in enumerate(grow):
    if i < 3:
        grow.append(ch + 1)
print(grow)

x = bytearray(b' Hello World ')
print(x.strip(), x.lstrip(), x.rstrip(b' d'), x.split(), x.split(b'o'), x.rsplit(b'o', 1))
print(x.upper(), x.lower(), x.title(), x.swapcase(), x.capitalize())
print(x.center(20, b'*'), x.ljust(16, bytearray(b'.')), x.rjust(15), x.center(2))
print(x.partition(b'o'), x.rpartition(b'o'), x.partition(b'z'), x.rpartition(b'z'))
print(x.replace(b'l', bytearray(b'L')), x.replace(b'l', b'', 1), x.find(b'o'), x.rfind(b'o'), x.index(b'W'), x.rindex(108), x.count(108), x.count(b'l', 0, 5))
print(x.startswith(b' H'), x.startswith((b'x', bytearray(b' '))), x.endswith(b' '), x.endswith(b'd', 0, -1))
print(b'-'.join([x, b'a', bytearray(b'b')]), bytearray(b'-').join([b'a', b'b']), bytearray().join([]))
print(bytearray(b'abc').translate(bytes.maketrans(b'a', b'z'), b'b'), bytearray(b'abc').translate(None, b'c'), bytearray.maketrans(b'ab', b'cd')[97:99])
print(bytearray(b'a\tb').expandtabs(4), bytearray(b'a\nb\r\nc\rd').splitlines(), bytearray(b'a\nb\r\n').splitlines(True))
print(bytearray(b'12').zfill(5), bytearray(b'-1').zfill(4), bytearray(b'+').zfill(3))
print(B(b'xy').upper(), type(B(b'xy').upper()), type(B(b'xy')[0:1]), type(B(b'x') + b'y'), type(B(b'x').copy()))
print(bytearray(b'abc').decode(), bytearray(b'\xe9').decode('latin-1'), bytearray(b'Ab Cd').istitle(), bytearray(b'abc').removeprefix(b'a'), bytearray(b'abc').removesuffix(b'bc'))
print(bytearray(b'abc').isalpha(), bytearray(b'a1').isalnum(), bytearray(b'12').isdigit(), bytearray(b' \t').isspace(), bytearray(b'\x80').isascii(), bytearray(b'').isascii())
print(bytearray(b'ab').islower(), bytearray(b'AB1').isupper(), bytearray(b'1').islower())
s = B(b'state')
s.attr = 1
print(s.__reduce_ex__(2), s.__reduce_ex__(4), bytearray().__reduce_ex__(3), bytearray(b'\xff\x00').__reduce__())
print(bytearray(b'a').__alloc__() >= 2, bytearray().__alloc__())
print(bytearray.__hash__, isinstance(bytearray(), bytearray), issubclass(B, bytearray))
print(int.from_bytes(bytearray(b'\x01\x00'), 'big'), bytes(bytearray(b'q')), str(bytes(bytearray(b'q')), 'ascii'))
cw = bytearray(b'abc')
cw2 = cw.copy()
cw3 = bytes(cw)
cw.find(b'b')
cw[0] = 120
cw2.append(33)
print(cw, cw2, cw3, cw.upper(), cw)
