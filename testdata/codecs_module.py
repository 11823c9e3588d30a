# _codecs: the C module under codecs.py, imported directly.
import _codecs as c


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


# The Unicode codec functions.
text = 'aé\u20ac\U0001f600'
for name in ['utf_8', 'utf_16', 'utf_16_le', 'utf_16_be', 'utf_32', 'utf_32_le', 'utf_32_be', 'utf_7']:
    enc = getattr(c, name + '_encode')
    dec = getattr(c, name + '_decode')
    b, n = enc(text)
    print(name, b, n, dec(b), dec(b, None, True))
    for k in range(len(b)):
        print('  partial', k, dec(b[:k], 'strict', False))
print(c.utf_16_encode('ab', None, -1), c.utf_16_encode('ab', None, 1), c.utf_32_encode('ab', 'strict', 1))
print(c.utf_16_ex_decode(b'\xff\xfea\x00', None, 0, False), c.utf_16_ex_decode(b'a\x00', None, 0, False),
      c.utf_16_ex_decode(b'\xfe\xff\x00a', None, 0, True), c.utf_16_ex_decode(b'\x00a', None, 1, True))
print(c.utf_32_ex_decode(b'\x00\x00\xfe\xff\x00\x00\x00a', None, 0, True))
print(c.latin_1_encode('aé'), c.latin_1_decode(b'a\xe9'), c.ascii_encode('ab'), c.ascii_decode(b'ab'))
show(c.ascii_encode, 'aé')
show(c.ascii_decode, b'a\xe9')
show(c.latin_1_encode, 'a\u20ac', 'replace')
show(c.utf_8_decode, b'a\xff', 'replace')
show(c.utf_8_decode, b'a\xe2\x82', 'strict', False)
show(c.utf_8_decode, b'a\xe2\x82', 'strict', True)
show(c.utf_8_encode, 'a\udc80', 'surrogateescape')
show(c.utf_8_encode, 'a\ud800', 'surrogatepass')
show(c.utf_8_decode, b'a\xed\xa0\x80', 'surrogatepass')
show(c.utf_16_le_encode, 'a\ud800', 'surrogatepass')
print(c.readbuffer_encode(b'xyz'), c.readbuffer_encode('é'))

# utf-7 corner cases.
for s in ['+', 'a+b', 'A~B', 'hi there!', '\u00e9-', '\U00010000x', '\ud800a', 'x-y', '\u20ac+']:
    print('utf7', repr(s), c.utf_7_encode(s), c.utf_7_decode(c.utf_7_encode(s)[0]))
for b in [b'+AGE', b'+AGE-', b'+AGEA', b'+AOk', b'+\xff', b'a\x80b', b'+2D3cAA-', b'+2D0-']:
    show(c.utf_7_decode, b)
    show(c.utf_7_decode, b, 'replace')
    show(c.utf_7_decode, b, 'strict', False)

# The charmap codec.
table = 'abc\ufffe\u20ac'
print(c.charmap_decode(b'\x00\x01\x04', None, table))
show(c.charmap_decode, b'\x00\x03', None, table)
show(c.charmap_decode, b'\x00\x09', 'replace', table)
print(c.charmap_decode(b'\x00\x01\x02', 'strict', {0: 'x', 1: 0x263a, 2: 'yz'}))
show(c.charmap_decode, b'\x00\x05', 'strict', {0: 'x', 5: None})
show(c.charmap_decode, b'\x00', 'strict', {0: 1.5})
print(c.charmap_decode(b'ab\xff'), c.charmap_encode('ab\xff'))
m = c.charmap_build(table)
print(sorted(m.items()) if isinstance(m, dict) else m)
print(c.charmap_encode('ab\u20ac', 'strict', m))
show(c.charmap_encode, 'abz', 'strict', m)
show(c.charmap_encode, 'abzz', 'replace', {97: 1, 98: b'BB', 63: 63})
show(c.charmap_encode, 'abzz', 'replace', {97: 1})
show(c.charmap_encode, 'a\u20ac', 'xmlcharrefreplace', {ord(x): ord(x) for x in 'a&#;0123456789'})
show(c.charmap_encode, 'a', 'strict', {97: 300})
show(c.charmap_encode, 'a', 'strict', {97: 'x'})

# The escape codecs.
for s in ['a\\\'"\x00\x7f\xff\t\n\r', '\u1234\U00012345\udc80']:
    print(c.unicode_escape_encode(s), c.raw_unicode_escape_encode(s))
    print(c.unicode_escape_decode(c.unicode_escape_encode(s)[0]), c.raw_unicode_escape_decode(c.raw_unicode_escape_encode(s)[0]))
for b in [b'\\x4', b'ab\\x4g', b'\\u12', b'\\U0011ffff', b'\\N{foo}', b'\\N{', b'\\N{LATIN SMALL LETTER A}\\N{euro sign}',
          b'x\\', b'\\777\\0\\a\\b\\f\\v\\\n.', 'é\\t']:
    show(c.unicode_escape_decode, b)
    show(c.unicode_escape_decode, b, 'strict', False)
    show(c.unicode_escape_decode, b, 'replace')
    show(c.unicode_escape_decode, b, 'backslashreplace')
for b in [b'\\u12', b'\\U0011ffff', b'\\\\u1234', b'a\\u00e9\\x', b'\\\\\\u20ac', b'\\']:
    show(c.raw_unicode_escape_decode, b)
    show(c.raw_unicode_escape_decode, b, 'strict', False)
    show(c.raw_unicode_escape_decode, b, 'replace')
for b in [b'\\x4', b'\\xzz1', b'a\\', b'\\q\\777\\x41\\n', 'é\\n']:
    show(c.escape_decode, b)
    show(c.escape_decode, b, 'replace')
    show(c.escape_decode, b, 'ignore')
print(c.escape_encode(b'a\'"\\\x00\x7f\xff\t'))

# The error handler registry.
for name in ['strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'namereplace',
             'surrogateescape', 'surrogatepass']:
    h = c.lookup_error(name)
    print(name, h.__name__)
    ee = UnicodeEncodeError('utf-8', 'a\u20ac\udc80\udcff', 1, 4, 'bad')
    de = UnicodeDecodeError('utf-8', b'a\xed\xa0\x80\xff', 1, 5, 'bad')
    show(h, ee)
    show(h, de)
    show(h, ValueError('x'))
    show(h, 'notexc')


def handler(exc):
    print('handler got', type(exc).__name__, exc.encoding, repr(exc.object), exc.start, exc.end, exc.reason)
    if isinstance(exc, UnicodeEncodeError):
        return ('<%d>' % exc.start, exc.end)
    return ('[%s]' % exc.object[exc.start:exc.end].hex(), exc.end)


c.register_error('test.handler', handler)
print(c.lookup_error('test.handler') is handler)
print('a\u20acb\u20ac'.encode('ascii', 'test.handler'))
print('a\u20ac\u20acb'.encode('latin-1', 'test.handler'))
print('a\udc80b'.encode('utf-8', 'test.handler'))
print('a\udc80b'.encode('utf-16-le', 'test.handler'))
print(b'a\xffb\xfe'.decode('utf-8', 'test.handler'))
print(b'a\xffb\xfe'.decode('ascii', 'test.handler'))
print(c.charmap_encode('a\u20ac', 'test.handler', {97: 97, 60: 60, 62: 62, 49: 49}))
print(c.charmap_decode(b'a\x05', 'test.handler', 'abc'))
print(c.unicode_escape_decode(b'\\xzz', 'test.handler'))
c.register_error('test.bytes', lambda e: (b'!!', e.end))
print('a\u20acb'.encode('ascii', 'test.bytes'))
c.register_error('test.back', lambda e: ('', -1) if e.start == 1 else ('X', e.end))
print('ab\u20ac'.encode('ascii', 'test.back'))
c.register_error('test.skip', lambda e: ('?', e.end + 1))
print('a\u20acbc'.encode('ascii', 'test.skip'))
c.register_error('test.far', lambda e: ('?', 100))
show(lambda: 'a\u20ac'.encode('ascii', 'test.far'))
c.register_error('test.bad', lambda e: 42)
show(lambda: 'a\u20ac'.encode('ascii', 'test.bad'))
show(lambda: b'a\xff'.decode('ascii', 'test.bad'))
c.register_error('test.nonascii', lambda e: ('\u20ac', e.end))
show(lambda: 'a\udc80'.encode('utf-8', 'test.nonascii'))
show(lambda: 'a\xe9'.encode('ascii', 'test.nonascii'))
c.register_error('test.raise', lambda e: 1 / 0)
show(lambda: 'a\xe9'.encode('ascii', 'test.raise'))
show(lambda: 'a\xe9'.encode('ascii', 'no.such.handler'))
show(c.lookup_error, 'no.such.handler')
show(c.register_error, 'x', 1)
show(c.register_error, 1, print)

# The codec registry.
show(c.lookup, 'zz-test')
show(c.register, 1)
seen = []


def search(name):
    seen.append(name)
    if name == 'zz_test':
        return (lambda s, errors='strict': (b'<' + s.encode('ascii', errors) + b'>', len(s)),
                lambda b, errors='strict': ('{' + bytes(b).decode('ascii', errors) + '}', len(b)),
                None, None)
    if name == 'zz_bad':
        return (1, 2)
    if name == 'zz_nonbytes':
        return (lambda s, errors='strict': (s, len(s)), lambda b, errors='strict': (len(b), len(b)), None, None)
    if name == 'zz_raise':
        def fail(*a):
            raise ValueError('nope')
        return (fail, fail, None, None)
    return None


c.register(search)
info = c.lookup('ZZ Test')
print(seen, c.lookup('zz_test') is info)
print('abc'.encode('zz_test'), b'abc'.decode('zz test'), c.encode('xy', 'zz_test'), c.decode(b'xy', 'zz_test'))
show(c.encode, 'x\xe9', 'zz_test')
show(c.encode, 'x\xe9', 'zz_test', 'replace')
show(c.lookup, 'zz_bad')
show(lambda: 'a'.encode('zz_nonbytes'))
show(lambda: b'a'.decode('zz_nonbytes'))
show(lambda: 'a'.encode('zz_raise'))
show(lambda: b'a'.decode('zz_raise'))
show(c.encode, 'a', 'zz_raise')
print(c.encode('a', 'zz_nonbytes'))
show(c.lookup, 'no-such-codec-here')
show(c.lookup, 1)
show(c.lookup, 'a\0b')
c.unregister(search)
show(c.lookup, 'zz_test2')
print(sorted(n for n in dir(c) if not n.startswith('__')))
