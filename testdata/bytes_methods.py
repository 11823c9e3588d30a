# The bytes methods bytes shares with bytearray, with bytes-like
# arguments of every kind.
x = b' Hello World '
print(x.strip(), x.split(), x.upper(), x.lower(), x.title(), x.swapcase(), x.capitalize())
print(x.center(20, b'*'), x.ljust(16, b'.'), x.rjust(15), x.center(2) is x, x.center(16, bytearray(b'-')))
print(x.partition(b'o'), x.rpartition(b'o'), x.partition(b'z'), x.rpartition(bytearray(b'z')))
print(b'a\tbc\td'.expandtabs(), b'a\tb'.expandtabs(0), b'a\tb'.expandtabs(tabsize=3), b'\ta\n\tb'.expandtabs(2))
print(b'a\nb\r\nc\rd\n'.splitlines(), b'a\nb\r\nc\rd\n'.splitlines(keepends=True), b''.splitlines(), b'\n'.splitlines())
print(b'12'.zfill(5), b'-1'.zfill(4), b'+'.zfill(3), b'abc'.zfill(2), b''.zfill(2))
print(b'abc'.removeprefix(b'a'), b'abc'.removeprefix(b'x'), b'abc'.removesuffix(memoryview(b'bc')), b'abc'.removesuffix(b''))
t = bytes.maketrans(b'abc', bytearray(b'xyz'))
print(len(t), t[97:100], b'aabbcc'.translate(t), b'abc'.translate(t, b'b'), b'abc'.translate(None, delete=b'ac'), b'abc'.translate(None))
print(b'abc'.isalpha(), b'a1'.isalnum(), b'a!'.isalnum(), b'12'.isdigit(), b''.isdigit(), b' \t\n'.isspace(), b'\x80'.isascii(), b''.isascii())
print(b'ab'.islower(), b'AB1'.isupper(), b'1'.islower(), b'Ab Cd'.istitle(), b'AB'.istitle(), b'aB'.istitle(), b''.istitle())
print(b"they're bill's".title(), b'hello wORLD'.capitalize(), b'\xe9a'.upper())
print(b'-'.join([bytearray(b'a'), memoryview(b'b'), b'c']), b'ab' in b'xaby', bytearray(b'ab') in b'xaby', memoryview(b'y') in b'xy')
print(b'abc' + bytearray(b'd'), b'abc' + memoryview(b'd'), type(b'a' + bytearray(b'b')))
print(b'abcabc'.find(bytearray(b'c')), b'abcabc'.rfind(memoryview(b'c')), b'abcabc'.count(bytearray(b'b')), b'abc'.index(memoryview(b'c')))
print(b'a,b'.split(bytearray(b',')), b'a,b'.rsplit(memoryview(b',')), b'xaxbx'.strip(memoryview(b'x')), b'abc'.replace(memoryview(b'b'), bytearray(b'B')))
print(b'abc'.startswith(bytearray(b'a')), b'abc'.endswith((memoryview(b'c'), b'x')), b'abc'.__bytes__(), b'abc'.__getnewargs__())
print(bytes(bytearray(b'ba')), bytes(memoryview(b'mv')), bytes(memoryview(b'abcdef')[::2]), bytes(memoryview(b'ab').cast('c')))
print(b'%s|%b|%c' % (bytearray(b'1'), memoryview(b'2'), bytearray(b'3')), b'%5b' % memoryview(b'ab'))


class S(bytes):
    pass


s = S(b' s ')
print(type(s.strip()), type(s.center(1)), type(s.partition(b'x')[0]), type(s.zfill(1)), type(s.translate(None)), type(s.removeprefix(b'')))
print(int(bytearray(b'12')), int(bytearray(b' 11 '), 2), int(memoryview(b'7')), float(bytearray(b'1.5')), float(memoryview(b'12345')[1:3]))
for bad in (lambda: int(bytearray(b'x')), lambda: int(memoryview(b'x')), lambda: float(bytearray(b'x')), lambda: int(memoryview(b'11'), 2)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(UnicodeDecodeError('utf-8', bytearray(b'\xff'), 0, 1, 'bad').object, b'abc'.hex(b'-'))
