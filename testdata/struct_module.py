# _struct: the C module under struct.py, imported directly.
import _struct as s


def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


# Sizes, alignment and byte orders.
for fmt in ['', 'c', 'b', 'B', '?', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'e', 'f', 'd', 'P',
            'bi', 'ib', 'bq', 'bhi', 'cd', '3s', '10p', '2x', 'b0i', '@bi', '=bi', '<bi', '>bi', '!bi',
            'i i', '0s', '3sH', 'x?xh', b'<3H']:
    print(repr(fmt), s.calcsize(fmt))
vals = {'c': b'z', 'b': -5, 'B': 250, '?': True, 'h': -1234, 'H': 54321, 'i': -123456789, 'I': 4000000000,
        'l': -2**40, 'L': 2**40, 'q': -2**62, 'Q': 2**64 - 1, 'n': -7, 'N': 7, 'e': 1.5, 'f': 0.1, 'd': 1e300, 'P': 4096}
for order in '@=<>!':
    for code, v in vals.items():
        if order != '@' and code in 'nNP':
            continue
        if order != '@' and code in 'lL':
            v = v >> 20 if code == 'l' else v >> 20
        fmt = order + code
        b = s.pack(fmt, v)
        print(fmt, b, s.unpack(fmt, b))
print(s.pack('<3s5s2p4p0p', b'abcdef', b'xy', b'q', b'hello', b'z'))
print(s.unpack('<3s5s2p4p', b'abcxy\x00\x00\x00\x01q\x05hel'))
print(s.pack('>4?', 0, 1, [], [1]), s.unpack('4?', b'\x00\x01\x02\xff'))
print(s.pack('<bhiq', *[1, 2, 3, 4]), s.pack('@bhiq', 1, 2, 3, 4), s.unpack('@bhiq', s.pack('@bhiq', 1, 2, 3, 4)))

# Half floats and float corners.
for x in [0.0, -0.0, 1.0, -2.5, 65504.0, 65519.0, 6e-8, 1e-8, 5.96e-8, 0.1, 1 / 3, float('inf'), float('-inf'), 2.0**-24, 2.0**-14]:
    b = s.pack('<e', x)
    print('e', x, b, s.unpack('<e', b))
print(s.unpack('<e', s.pack('<e', float('nan'))), s.pack('<e', float('nan')), s.pack('>e', -float('nan')))
show(s.pack, 'e', 65520.0)
show(s.pack, '<f', 1e300)
print(s.pack('@f', 1e300), s.pack('<f', float('inf')), s.unpack('<f', s.pack('<f', 0.1)))
show(s.pack, '<d', 'x')
show(s.pack, '<d', 10**400)


class Idx:
    def __index__(self):
        return 5


print(s.pack('i', Idx()), s.pack('d', Idx()), s.pack('d', 3), s.pack('i', True))

# Range errors.
for order in '@<':
    for code in 'bBhHiIlLqQnNP':
        if order != '@' and code in 'nNP':
            continue
        for v in [2**8, 2**16, 2**32, 2**63, 2**64, -1, -2**15 - 1, -2**31 - 1, -2**63 - 1, 1.5, '1']:
            try:
                s.pack(order + code, v)
            except Exception as e:
                print(order + code, v, type(e).__name__, e)

# Errors.
show(s.pack, 'c', b'ab')
show(s.pack, 's', 'ab')
show(s.pack, 'p', 'ab')
show(s.pack, 'i')
show(s.pack, 'i', 1, 2)
for fmt in ['n<', '<n', '3', 'z', '99999999999999999999i', '9999999999999999999i', '<P', 'i 3']:
    show(s.calcsize, fmt)
show(s.calcsize, 5)
show(s.unpack, 'i', b'ab')
show(s.unpack, 'i', 'abcd')
show(s.unpack_from, 'i', b'abcde', 3)
show(s.unpack_from, 'i', b'abcde', 1)
show(s.unpack_from, 'i', b'abcde', -4)
show(s.unpack_from, 'i', b'ab', -1)
show(s.unpack_from, 'i', b'ab', -5)
show(s.unpack_from, 'i', buffer=b'abcd', offset=0)
show(s.iter_unpack, 'i', b'abc')
show(s.iter_unpack, '', b'abc')
show(s.pack_into, 'i', b'abcd', 0, 1)
print(s.error, s.error.__module__, issubclass(s.error, Exception))

# iter_unpack.
it = s.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), list(it))
print(type(it).__name__)

# The Struct class.
st = s.Struct('<hd')
print(st.format, st.size, st.pack(1, 2.5), st.unpack(st.pack(1, 2.5)), st.unpack_from(b'xx' + st.pack(3, 4.0), 2))
print(list(st.iter_unpack(st.pack(1, 2.0) + st.pack(3, 4.0))))
st2 = s.Struct(b'>I')
print(st2.format, st2.size, st2.pack(7))
show(s.Struct, 1)
show(s.Struct, 'q!')
show(st.pack, 1)
show(st.unpack, b'')


class Sub(s.Struct):
    pass


sub = Sub('<i')
print(sub.pack(9), type(sub).__name__, isinstance(sub, s.Struct))
s._clearcache()
print(s.calcsize('<i'))
