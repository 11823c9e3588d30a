# str.encode, bytes.decode and str(b, encoding, errors) through the codec
# layer: every codec, error handler and name spelling, with the error's
# message and attributes.

def t(label, f):
    try:
        r = f()
        print(label, "OK", repr(r))
    except Exception as e:
        print(label, type(e).__name__, e, getattr(e, 'start', None), getattr(e, 'end', None),
              repr(getattr(e, 'object', None)), getattr(e, 'encoding', None), getattr(e, 'reason', None))

text = 'aé€\U0001F600\u4e00'
for enc in ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
    b = text.encode(enc)
    print(enc, b, b.decode(enc) == text, len(''.encode(enc)))
for enc in ['latin-1', 'ascii', 'cp1252']:
    t(enc, lambda: text.encode(enc))
    t(enc + ' replace', lambda: text.encode(enc, 'replace'))
    t(enc + ' dec', lambda: bytes(range(0x70, 0x100)).decode(enc))
    t(enc + ' dec replace', lambda: bytes(range(0x70, 0x100)).decode(enc, 'replace'))

t(1, lambda: 'a\u0100\u0101b'.encode('cp1252'))
t(2, lambda: 'a\u0100\u0101b'.encode('latin-1'))
t(3, lambda: 'a\ud800\udc00b'.encode('utf-8'))
t(4, lambda: 'a\ud800\udc00b'.encode('utf-16'))
t(5, lambda: 'a\ud800\udc00b'.encode('utf-16-le'))
t(6, lambda: 'a\ud800\udc00b'.encode('utf-32'))
t(7, lambda: 'a\ud800\udc00b'.encode('utf-8-sig'))
t(8, lambda: b'\x81'.decode('cp1252'))
t(9, lambda: b'\x81\x8d'.decode('cp1252'))
t(10, lambda: b'a\x00\x00'.decode('utf-16'))
t(11, lambda: b'\x00\xd8a\x00'.decode('utf-16-le'))
t(12, lambda: b'\x00\xd8'.decode('utf-16-le'))
t(13, lambda: b'\x00\xdca\x00'.decode('utf-16-le'))
t(14, lambda: b'\x00\x00\x11\x00'.decode('utf-32-le'))
t(15, lambda: b'\x00\xd8\x00\x00'.decode('utf-32-le'))
t(16, lambda: b'\x00\xd8\x00'.decode('utf-32-le'))
t(17, lambda: b'\xff\xfe\x00\x00a\x00\x00\x00'.decode('utf-32'))
t(18, lambda: b'\x00\x00\xfe\xff\x00\x00\x00a'.decode('utf-32'))
t(19, lambda: b'\xe9\xea'.decode('ascii'))
t(20, lambda: b'\xe9\xea'.decode('ascii', 'replace'))
t(21, lambda: b'\xe9\xea'.decode('utf-8', 'replace'))
t(22, lambda: b'\xf0\x9f\x98'.decode('utf-8', 'replace'))
t(23, lambda: b'\xf0\x9f\x98'.decode('utf-8'))
t(24, lambda: b'\xf0\x9fa'.decode('utf-8'))
t(25, lambda: b'\xe0\x80'.decode('utf-8'))
t(26, lambda: b'\xed\xa0\x80'.decode('utf-8'))
t(27, lambda: b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass'))
t(28, lambda: b'\xed\xa0\x80'.decode('utf-8', 'replace'))
t(29, lambda: b'\xed\xa0\x80'.decode('utf-8', 'surrogateescape'))
t(30, lambda: b'a\xffb'.decode('utf-8', 'nope'))
t(31, lambda: b'ab'.decode('utf-8', 'nope'))
t(32, lambda: 'ab'.encode('zzz', 'nope'))
t(33, lambda: 'a\xe9'.encode('ascii', 'namereplace'))
t(34, lambda: 'a\xe9\u4e00\U0001F600\uac00\x01'.encode('ascii', 'namereplace'))
t(35, lambda: 'a\xe9\u4e00\U0001F600'.encode('ascii', 'backslashreplace'))
t(36, lambda: 'a\xe9\u4e00\U0001F600'.encode('ascii', 'xmlcharrefreplace'))
t(37, lambda: 'a\udcff\udc80'.encode('ascii', 'surrogateescape'))
t(38, lambda: 'a\udcff\udc7f'.encode('ascii', 'surrogateescape'))
t(39, lambda: 'a\ud800'.encode('utf-16-be', 'surrogatepass'))
t(40, lambda: 'a\ud800'.encode('utf-32', 'surrogatepass'))
t(41, lambda: 'a\ud800'.encode('latin-1', 'surrogatepass'))
t(42, lambda: b'\x00\xd8'.decode('utf-16-le', 'surrogatepass'))
t(43, lambda: b'\x00\xd8\x00\x00'.decode('utf-32-le', 'surrogatepass'))
t(44, lambda: 'a\u20ac'.encode('cp1252'))
t(45, lambda: b'\x80\x9f'.decode('cp1252'))
t(46, lambda: b'\xef\xbb\xbfa'.decode('utf-8-sig'))
t(47, lambda: b'a'.decode('utf-8-sig'))
t(48, lambda: b'\xfe\xff\x00a'.decode('utf-16'))
t(49, lambda: b'\x00a'.decode('utf-16'))
t(50, lambda: b'\xfe\xff\x00'.decode('utf-16'))
t(51, lambda: b'\xe9'.decode('utf-8', 'surrogateescape'))
t(52, lambda: b'\xe9'.decode('ascii', 'backslashreplace'))
t(53, lambda: b'\xe9'.decode('ascii', 'xmlcharrefreplace'))
t(54, lambda: b'\xe9'.decode('ascii', 'namereplace'))
t(55, lambda: b'\xe9a\xea'.decode('ascii', 'ignore'))
t(56, lambda: 'x'.encode('rot13'))
t(57, lambda: b'x'.decode('hex'))
t(58, lambda: 'a\udc80\udcff'.encode('utf-8', 'surrogateescape'))
t(59, lambda: 'a\udc80\ud800'.encode('utf-8', 'surrogateescape'))
t(60, lambda: '\ud800\udc00'.encode('utf-8', 'surrogatepass'))
t(61, lambda: 'a\ud800'.encode('utf-16', 'replace'))
t(62, lambda: 'a\ud800'.encode('utf-8', 'backslashreplace'))
t(63, lambda: b'\xff\xfe\x00\xd8'.decode('utf-16', 'surrogatepass'))
t(64, lambda: b'\x80\x81'.decode('cp1252', 'replace'))
t(65, lambda: b'\x81'.decode('cp1252', 'surrogateescape'))
t(66, lambda: '\x81'.encode('cp1252'))
t(67, lambda: 'a\u0100'.encode('ascii', 'ignore'))
t(68, lambda: b'\xff\xfe'.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape'))
t(69, lambda: b'\x80abc\xff'.decode('latin-1').encode('latin-1'))

for name in ['UTF8', ' utf 8 ', 'utf-8 ', 'u-t-f-8', 'latin_1', '', 'L1', 'UTF-16LE', 'utf_16_le',
             'UCS-2', 'windows-1252', 'ISO_8859_1', 'ISO_8859-1', 'utf.8', 'iso-8859-1', 'cp819',
             'us-ascii', 'utf8', 'U8', 'latin1', 'ANSI_X3.4_1968', 'ansi_x3.4-1968', 'Hex', 'rot-13',
             'utf-8\x00', 'UTF-32BE', 'utf_8_sig', 'UTF-8-SIG', 'utf8-sig', 'iso8859-1', '8859']:
    t(repr(name), lambda: 'x'.encode(name))

t('str1', lambda: str(b'\xe9', 'latin-1'))
t('str2', lambda: str(b'\xe9', errors='replace'))
t('str3', lambda: str(b'\xe9', encoding='ascii', errors='strict'))
t('str4', lambda: str('x', 'latin-1'))
t('str5', lambda: str(b'a\x00', 'utf-16-le'))
t('kw1', lambda: 'x'.encode(encoding=1))
t('kw2', lambda: 'x'.encode(errors=1))
t('kw3', lambda: b'x'.decode(encoding=None))
t('kw4', lambda: 'é'.encode(errors='replace', encoding='ascii'))
t('kw5', lambda: b'\xe9'.decode(errors='replace'))
t('kw6', lambda: b'\xe9'.decode('latin-1', 'strict'))

# The exceptions themselves.
for args in [(), (1, b'', 0, 0, 'r'), ('u', 1, 0, 0, 'r'), ('u', b'', 0.0, 0, 'r'), ('u', b'ab', 0, 1, 2)]:
    t('new', lambda: UnicodeDecodeError(*args))
for args in [('u', b'', 0, 0, 'r'), ('u', 'abc', 1, 2, 'bad'), ('u', 'abc', 1, 3, 'bad'), ('u', 'abc', 5, 6, 'bad'),
             ('u', '\U0001F600', 0, 1, 'bad')]:
    try:
        e = UnicodeEncodeError(*args)
        print(repr(e), str(e), e.args)
    except Exception as x:
        print(type(x).__name__, x)
e = UnicodeDecodeError('u', b'\xffab', 0, 1, 'bad')
print(str(e), repr(e), e.args)
e.start = 1
e.reason = 'R'
e.encoding = 'E'
print(str(e), e.args, e.end)
try:
    e.start = 'x'
except Exception as x:
    print(type(x).__name__, x)
class MyE(UnicodeDecodeError):
    pass
print(str(MyE('a', b'x', 0, 1, 'r')), isinstance(MyE('a', b'x', 0, 1, 'r'), ValueError))
try:
    b'\xff'.decode()
except UnicodeError as x:
    print(type(x).__name__, x.args)

# Lone surrogates are characters of their own.
s = b'a\xff\xfeb'.decode('utf-8', 'surrogateescape')
print(len(s), repr(s), ascii(s), [hex(ord(c)) for c in s], s[1] == '\udcff', s[1:3], s[::-1], s.encode('utf-8', 'surrogateescape'))
print(chr(0xd800) == '\ud800', len(chr(0xdc80)), ord(chr(0xdfff)), repr('\ud800' + '\udc00'), len('\ud800' + '\udc00'))
print(list('x\ud800y'), 'x\ud800y'.find('y'), 'x\ud800y'.index('\ud800'), '\ud800' in 'x\ud800y')
