# binascii, imported directly.
import binascii as b


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


print(sorted(n for n in dir(b) if not n.startswith('__')))
print(b.Error.__mro__, b.Incomplete.__mro__, b.Error.__module__)

# Hex.
for args in [(b'',), (b'\x00\xff\x10abc',), (b'abc', '-'), (b'abcdef', b':', 2), (b'abcdef', ':', -4),
             (b'', ':'), (b'abcde', ':', 2), (b'abcde', ':', -2), (b'abc', ':', 0), (b'abc', b'|', 10)]:
    print(b.hexlify(*args), b.b2a_hex(*args))
print(b.hexlify(b'xy', sep='.', bytes_per_sep=1))
show(b.hexlify, b'ab', '::')
show(b.hexlify, b'ab', b'')
show(b.hexlify, 'ab')
for x in ['616263', b'616263', 'ABcdEF', '', 'abc', 'zz', 'é', 5]:
    show(b.unhexlify, x)
    show(b.a2b_hex, x)

# Base64.
for x in [b'', b'a', b'ab', b'abc', b'abcd', bytes(range(256))]:
    e = b.b2a_base64(x)
    print(e, b.b2a_base64(x, newline=False), b.a2b_base64(e) == x)
for x in [b'YWJj\n', b'YW=Jj', b'YWJ', b'Y', b'YWJjZA==x', b'=YWJj', b'YWJjZA=', b'YW\nJj', b'YWJjZA===',
          b'YWJjZA==', 'YWJj', b'Y W J j', b'YWJjZ', b'YQ==YQ==', b'Y=Q==', b'YQ=a=', b'!!!', b'YWJjZA=\n=']:
    show(b.a2b_base64, x)
    show(b.a2b_base64, x, strict_mode=True)
show(b.a2b_base64, 'é')
show(b.b2a_base64, 'abc')

# Checksums.
for args in [(b'',), (b'abc',), (b'abc', 5), (b'abc', -1), (b'abc', 2**40), (bytes(range(256)) * 10,)]:
    print(b.crc32(*args))
for args in [(b'', 0), (b'abc', 0), (b'abc', 0x1ffff), (b'123456789', 0xffff), (bytes(range(256)), 7)]:
    print(b.crc_hqx(*args))
show(b.crc_hqx, b'x')
show(b.crc32, 'x')

# Quoted-printable.
qp = [b'a=b \t\nc\xff' + b'x' * 80, b'a b', b'a\rb\r\n', b'.\n', b'hello\r\nworld \r\n', b'.', b'tab\t',
      b'x' * 75 + b'=', b'x' * 74 + b'\xff\xff', b'_ _', b'a\x00b', b'line1\nline2\n', b'y' * 200 + b'\n' + b'z' * 10]
for x in qp:
    for kw in [{}, {'quotetabs': True}, {'istext': False}, {'header': True}]:
        e = b.b2a_qp(x, **kw)
        print(kw, e, b.a2b_qp(e, header=kw.get('header', False)) == x)
for x in [b'a=3Db=\nc_d', b'=', b'=4', b'=4g', b'==', b'a=\r\nb', b'=\rx\ny', b'abc=', 'a=41']:
    print(b.a2b_qp(x), b.a2b_qp(x, header=True))

# uuencode.
for x in [b'', b'a', b'abc', b'\x00\x00', b'x' * 45]:
    e = b.b2a_uu(x)
    print(e, b.b2a_uu(x, backtick=True), b.a2b_uu(e), b.a2b_uu(b.b2a_uu(x, backtick=True)))
for x in [b'', b' ', b'#86)C\n', b'#86)C   \n', b'#86)C``\n', b'#86', b'!!!!!!', b'#\x7f\x7f\x7f\x7f', '#86)C']:
    show(b.a2b_uu, x)
show(b.b2a_uu, b'x' * 46)
