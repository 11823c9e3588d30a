# Cases for gen_str_cases.py: c(receiver, operation, *args, **kwargs).
U = 'héllo wörld'
Z = '中文字符串'
E = 'a😀b😀c'
for s in ['', 'abc', "it's", 'say "hi"', 'both \' and "', 'tab\there\nnl\r\\', '\x00\x1f\x7f', 'é', '中文', '😀', '\x85\xa0\xad\u2028 \U000e0001 \ufeff', 'ÿ\u0100']:
    c(s, 'repr'); c(s, 'ascii'); c(s, 'len'); c(s, 'list')
for s in ['abcdef', U, Z, E]:
    for i in [0, 1, -1, -2, 3, 10, -10]:
        c(s, '[]', i)
    for sl in [Sl(None, None, None), Sl(1, 3, None), Sl(None, None, -1), Sl(None, None, 2), Sl(-3, None, None), Sl(1, None, -1), Sl(5, 0, -2), Sl(100, None, None), Sl(-100, 2, None), Sl(None, None, 3)]:
        c(s, '[]', sl)
c('abc', '[]', 1.0); c('abc', '[]', 'a'); c('abc', '[]', True); c('abc', '[]', 2**70); c('abc', '[]', Sl(None, None, 0)); c('abc', '[]', Sl('a', None, None))
for a, b in [('a', 'b'), ('abc', 'abd'), ('', 'a'), ('é', 'z'), ('中', 'é'), ('😀', '中'), ('a', 'a'), ('ab', 'a')]:
    c(a, 'cmp', b)
c('abc', 'in', 'bc'); c('abc', 'in', ''); c('abc', 'in', 'x'); c(Z, 'in', '文字'); c('abc', 'in', 1)
c('ab', '+', 'cd'); c('', '+', 'x'); c('é', '+', '中'); c('a', '+', 1); c('a', '+', b'a'); c('a', '+', None)
c('ab', '*', 3); c('ab', '*', 0); c('ab', '*', -2); c('é中', '*', 2); c('ab', 'r*', 2); c('a', '*', 2.0); c('a', '*', 'b'); c('a', 'r*', 2.5); c('ab', '*', 2**62); c('a', '*', 2**70); c('', '*', 2**62); c('a', '*', True)
# join
for sep, it in [(',', ['a', 'b', 'c']), ('', []), ('-', ['x']), (', ', ('é', '中', '😀')), ('ab', 'xyz'), (',', ['a', 1]), (',', [b'a']), ('x', 5), ('', ['', '']), ('中', ['a', 'b'])]:
    c(sep, 'join', it)
c(',', 'join'); c(',', 'join', [], [])
# split / rsplit
for s in ['a b  c', '  a  b  ', '', '   ', 'a,b,,c', 'a\tb\nc\x0bd\x1ce\x85f\u3000g', 'héllo wörld  中 文', 'a😀b😀c']:
    for args in [(), (None,), (None, 1), (',',), (',', 1), ('b',), ('😀',), (' ',), (None, 0), ('  ',), (',', 0), (',', -1)]:
        c(s, 'split', *args); c(s, 'rsplit', *args)
c('a b', 'split', sep=' ', maxsplit=1); c('a b', 'split', ''); c('a b', 'split', 1); c('a b', 'split', None, 1, 2); c('a b', 'split', x=1); c('a b', 'split', None, 'x'); c('a b', 'rsplit', maxsplit=0)
# splitlines
for s in ['a\nb\r\nc\rd', 'a\u2028b\x85c\r\nd\x0be\x0cf\x1cg\x1dh\x1ei', '', '\n', 'abc\n\n', 'no newline', '中\n文\r\n']:
    c(s, 'splitlines'); c(s, 'splitlines', True)
c('a\nb', 'splitlines', keepends=True); c('a', 'splitlines', 1, 2); c('a', 'splitlines', x=1)
# strip
for s in ['  abc  ', '\t\n abc \x0b\x0c\r', 'xxabcxx', '', 'ééaéé', '\u3000中\u2000', 'abc']:
    for args in [(), (None,), ('x',), ('xa',), ('é',), ('',)]:
        c(s, 'strip', *args); c(s, 'lstrip', *args); c(s, 'rstrip', *args)
c('a', 'strip', 1); c('a', 'strip', 'a', 'b'); c('a', 'strip', chars='a')
# replace
for s, args in [('aaa', ('a', 'b')), ('aaa', ('a', 'b', 2)), ('aaa', ('a', 'b', 0)), ('aaa', ('a', 'b', -1)), ('abc', ('', '-')), ('abc', ('', '-', 2)), ('中文中文', ('中', 'z')), ('héllo', ('', '|')), ('abc', ('x', 'y')), ('abc', ('b', '')), ('', ('', 'x')), ('a', ('a',)), ('a', (1, 'b')), ('a', ('a', 2)), ('a', ('a', 'b', 'c')), ('aaaa', ('aa', 'b'))]:
    c(s, 'replace', *args)
c('a', 'replace', 'a', 'b', count=1)
# find family
for s in ['hello world', U, Z, E, '']:
    for args in [('o',), ('o', 5), ('o', 5, 8), ('o', -4), ('', ), ('', 5), ('', 100), ('', -1), ('wör',), ('文字',), ('😀',), ('😀', 2), ('zz',), ('l', None, 4), ('l', 2, None), ('l', -100, 100), ('o', 3, 1)]:
        for m in ['find', 'rfind', 'index', 'rindex', 'count']:
            c(s, m, *args)
c('a', 'find'); c('a', 'find', 1); c('a', 'find', 'a', 1, 2, 3); c('a', 'find', sub='a'); c('a', 'find', 'a', 'x'); c('a', 'count', 'a', 1.5); c('a', 'index', 'b'); c('a', 'rindex', 'b')
# startswith/endswith
for s in ['hello', U, Z, '']:
    for args in [('he',), ('lo',), ('',), ('', 5), ('', 6), (('x', 'he'),), (('x', 'y'),), ('l', 2), ('l', 2, 3), ('ll', 2, 4), ('o', -1), ('h', -100), ('wö', 6), ('文', 1), ((),)]:
        c(s, 'startswith', *args); c(s, 'endswith', *args)
c('a', 'startswith'); c('a', 'startswith', 1); c('a', 'startswith', ('a', 1)); c('a', 'endswith', 1); c('a', 'endswith', ('x', 2)); c('a', 'startswith', 'a', 1, 2, 3)
# case
for s in ['hello World', 'ÉCOLE élève', 'straße', 'ﬁne', 'İstanbul', 'ΑΣ ΣΑ ΟΔΟΣ', 'ǆemal ǅ', "they're bill's friends", 'hello wORLD 123abc', '中文 abc', 'ß', 'ŉ', 'µ ſ', '', 'a1b2', 'σς Σ', 'Σ', 'ΑΣ.', 'ΑΣ\u0301', 'ǰ']:
    for m in ['upper', 'lower', 'casefold', 'title', 'capitalize', 'swapcase', 'isupper', 'islower', 'istitle']:
        c(s, m)
c('a', 'upper', 1); c('a', 'lower', x=1)
# predicates
for s in ['', 'abc', 'ABC', 'aBc', 'abc123', '123', '١٢٣', '²', '½', '一二三', 'Ⅻ', '   ', ' \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u2000\u3000', '\u200b', 'é', '中文', '😀', 'a_b', '_', '1a', 'a1', 'class', 'é中', 'a b', 'a-b', '\x00', 'abc\n', 'Hello World', 'Hello world', 'ǅ', 'HELLO', 'ª', 'ⓐ', 'Ⓐ', 'Ab Cd', 'A', 'AB cd', '\u0301', 'x\u0301', '①', '₃', '\u00ad', '\U000e0001', 'a\u2028']:
    for m in ['isdigit', 'isdecimal', 'isnumeric', 'isalpha', 'isalnum', 'isspace', 'isupper', 'islower', 'istitle', 'isidentifier', 'isprintable', 'isascii']:
        c(s, m)
c('a', 'isdigit', 1)
# partition
for s in ['a,b,c', 'abc', '', '中,文,字', 'a😀b😀c']:
    for sep in [',', '😀', 'x', 'abc']:
        c(s, 'partition', sep); c(s, 'rpartition', sep)
c('a', 'partition', ''); c('a', 'partition', 1); c('a', 'partition'); c('a', 'rpartition', 'a', 'b')
# zfill / justify
for s in ['42', '-42', '+42', '', '-', 'abc', '中文', '-é']:
    for w in [0, 1, 5, -3]:
        c(s, 'zfill', w)
c('a', 'zfill'); c('a', 'zfill', 'a'); c('a', 'zfill', 1.5)
for s in ['ab', 'abc', '中文', '', 'é']:
    for args in [(5,), (6,), (1,), (-1,), (7, '*'), (6, '中'), (4, 'é')]:
        c(s, 'center', *args); c(s, 'ljust', *args); c(s, 'rjust', *args)
c('a', 'center'); c('a', 'center', 3, 'ab'); c('a', 'center', 3, ''); c('a', 'center', 3, 1); c('a', 'ljust', 'x'); c('a', 'rjust', 3, fillchar='x'); c('a', 'center', 1, 2, 3); c('a', 'center', 3.0)
# expandtabs
for s in ['a\tb', 'ab\tc\nd\te', '\t', 'abcdefgh\tx', '中\t文', 'a\r\tb', '']:
    for args in [(), (4,), (0,), (1,), (-1,)]:
        c(s, 'expandtabs', *args)
c('a\tb', 'expandtabs', tabsize=2); c('a', 'expandtabs', 'x'); c('a', 'expandtabs', 1, 2)
# affixes
for s in ['prefix_body_suffix', '中文字', '']:
    for a in ['prefix_', '_suffix', '', 'body', '中', '字', 'prefix_body_suffix']:
        c(s, 'removeprefix', a); c(s, 'removesuffix', a)
c('a', 'removeprefix', 1); c('a', 'removesuffix'); c('a', 'removeprefix', 'a', 'b')
# encode
for s in ['abc', 'é', 'aé€😀', 'éé', 'xéé中y', '中文']:
    for args in [(), ('utf-8',), ('ascii',), ('latin-1',), ('UTF8',), ('Latin_1',), ('iso-8859-1',), ('ascii', 'ignore'), ('ascii', 'replace'), ('ascii', 'backslashreplace'), ('ascii', 'xmlcharrefreplace'), ('latin-1', 'replace'), ('ascii', 'bogus'), ('bogus',)]:
        c(s, 'encode', *args)
c('a', 'encode', 1); c('a', 'encode', 'ascii', 1); c('é', 'encode', encoding='ascii', errors='replace'); c('a', 'encode', x=1); c('a', 'encode', errors='foo')
# maketrans / translate
c('', 'str.maketrans', 'abc', 'xyz'); c('', 'str.maketrans', 'ab', 'xy', 'c'); c('', 'str.maketrans', {'a': 'b', 98: None}); c('', 'str.maketrans', 'ab', 'c'); c('', 'str.maketrans', 1); c('', 'str.maketrans', {'ab': 1}); c('', 'str.maketrans', 1, 'a'); c('', 'str.maketrans', 'a', 1); c('', 'str.maketrans', 'a', 'b', 1); c('', 'str.maketrans')
for tbl in [{97: 'xy', 98: None, 99: 100}, {}, {97: 'é'}]:
    for s in ['abcabc', 'xyz', '', 'aé']:
        c(s, 'translate', tbl)
c('a', 'translate', {97: 1.5}); c('a', 'translate', {97: -1}); c('a', 'translate', 1); c('a', 'translate'); c('abc', 'translate', ['x', 'y'], _dep='list-getitem')
# __format__ / format()
for s in ['abc', '中文', '']:
    for spec in ['', '10', '<10', '>10', '^10', '*^9', '.2', '10.2', 'x<6.2s', 's', '0>5', '05', '中^7', '^', '.0', '3.1', '1']:
        c(s, 'format()', spec); c(s, '__format__', spec)
for spec in ['+', '-', ' ', 'z', '#', '=5', 'x=5', 'd', 'x', ',', '_', ',s', '_s', '.', 'ss', '<<<', '10000000000000000000000', '.10000000000000000000000', ',_', '%', 'é']:
    c('ab', 'format()', spec)
c('a', '__format__'); c('a', '__format__', 1)
# str.format
F = str.format
for fmt, args, kw in [
    ('{} {}', ('a', 'b'), {}), ('{1}{0}', ('a', 'b'), {}), ('{0}{0}', ('x',), {}), ('{x}-{y}', (), {'x': 'X', 'y': 'Y'}),
    ('{{}} {{{0}}}', ('z',), {}), ('a{{b', (), {}), ('}}', (), {}), ('{:>5}|{:<5}|{:^5}', ('a', 'b', 'c'), {}),
       
    ('{!r}', ('x',), {}), ('{!s}', ('x',), {}), ('{!a}', ('é',), {}), ('{0!r:>6}', ('a',), {}), ('{0!r:}', ('a',), {}),
    ('{0[1]}', ('xy',), {}), ('{[0]}', ('xy',), {}), ('{a[1]}', (), {'a': 'xyz'}), ('{0[-1]}', ({'-1': 'y'},), {}), ('{0[a]}', ({'a': 'v'},), {}),
    ('{00}', ('z',), {}), ('{a b}', (), {'a b': 'q'}), ('{é}', (), {'é': 'E'}), ('中{}文', ('x',), {}), ('{}', ('中',), {}),
    ('{', (), {}), ('}', (), {}), ('{0', (), {}), ('{!}', ('a',), {}), ('{!x}', ('a',), {}), ('{0!rr}', ('a',), {}), ('{0!r', ('a',), {}),
    ('{a.}', (), {'a': 'a'}), ('{0.}', ('a',), {}), ('{0[}', ('a',), {}), ('{0]}', ('a',), {}), ('{0[0]x}', ('ab',), {}), ('{0[]}', ('a',), {}),
    ('{:{:{}}}', ('a', 'b', 'c'), {}), ('{0}{}', ('a', 'b'), {}), ('{}{0}', ('a', 'b'), {}), ('{1}', ('a',), {}), ('{}{}', ('a',), {}), ('{}', (), {}),
    ('{a}', ('x',), {}), ('{:}}', ('a',), {}), ('{:', ('a',), {}), ('{0:{a}', ('a',), {'a': 1}), ('{0x}', ('z',), {}), ('{0{}', ('a',), {}),
    ('{:d}', ('a',), {}), ('{:+}', ('a',), {}), ('{:s}', ('a',), {}), ('{0..a}', ('a',), {}), ('{0[0]', ('ab',), {}),
    ('{99999999999999999999999}', ('a',), {}), ('plain text', ('unused',), {}), ('', (), {}), ('{0[0][0]}', ('ab',), {}), ('{!\u00e9}', ('a',), {}),
    ('{0[1]:^5}', ('xyz',), {}), 
]:
    c(fmt, 'format', *args, **kw)
for fmt, args, kw in [('{0:{1}}|', ('x', 5), {}), ('{:{}}|{}', ('a', 3, 'b'), {}), ('{0:{1}.{2}}|', ('abcdef', 5, 2), {}), ('{:*^{w}}', ('mid',), {'w': 9}), ('{0:{1}{2}}', ('ab', '>', 4), {})]:
    c(fmt, 'format', *args, _dep='int-str', **kw)
for fmt, m in [('{x}{y}', {'x': '1', 'y': '2'}), ('{0}', {}), ('{}', {}), ('{x}', {}), ('{x[0]}', {'x': 'ab'}), ('no fields', {})]:
    c(fmt, 'format_map', m)
c('{x:>{w}}', 'format_map', {'x': 'a', 'w': 3}, _dep='int-str'); c('a', 'format_map'); c('{x}', 'format_map', 'str')
# printf-style
for fmt, args in [
    ('%s', 'x'), ('%s', ('x',)), ('%s %s', ('a', 'b')), ('%5s|%-5s|%.2s', ('ab', 'cd', 'efg')), ('%r %a', ('é', 'é')), 
    ('%d %i %u', (1, -2, 3)), ('%5d|%-5d|%05d|%+d|% d', (42, 42, 42, 42, 42)), ('%x %X %o %#x %#X %#o', (255, 255, 8, 255, 255, 8)),
    ('%e %E', (12345.678, 0.000123)), ('%f %F %.2f %10.3f %-10.1f|', (3.14159, 2.5, 2.675, 3.14159, 2.5)),
    ('%g %G %g %g %g', (1e-5, 1e20, 123456789.0, 0.0001, 100.0)), ('%#g %#.3g', (1.0, 2.0)), ('%c%c', (65, 'b')), ('%%', ()),
    ('%(a)s-%(b)d', {'a': 'x', 'b': 5}), ('%*d|%-*d', (5, 1, 4, 2)), ('%.*s', (2, 'abcdef')), ('%f', float('inf')), ('%F %e', (float('nan'), float('-inf'))),
    ('%5.1f', -0.0), ('%+.2e', 1.5), ('%.0f %.0e %#.0f', (2.5, 2.5, 2.0)), ('%d', True), ('%x', -255), ('%#o', -8), ('%o', 10**20), ('%d', 10**20), ('%X', -2**70),
    ('%.3d', 5), ('%08.3f', -3.14159), ('%-08d|', 5), ('% 05d', 5), ('%.3x', 5), ('%#.3x', 5), ('%#08x', 255), ('%#5x', 255), ('%-#8o|', 8),
    ('%(a)s %s', {'a': 'x'}), ('%c', -1), ('%c', 0x110000), ('%c', 'ab'), ('%c', 1.5), ('%c', 'é'), ('%c', 0x4e2d), ('%5c|%-3c|', ('a', 'b')),
    ('%i', 3.99), ('%d', -3.99), ('%d', 1e100), ('%*s', (-5, 'a')), ('%.*f', (-1, 1.5)), ('%%%s', 'a'), ('% s', 'a'), ('%#s', 'a'), ('%05s', 'a'),
    ('%5%', ()), ('%5%', (1,)), ('%d %d', (1, 2, 3)), ('%ld', 5), ('%hd', 5), ('%.2g', 0.000012345), ('%10.4g|', 3.14159265), ('%g', 1e16), ('%g', 1e15),
    ('%.15g', 0.1), ('%.17g', 0.1), ('%e', 0), ('%g', 0), ('%#x', 0), ('%a', 'a'), ('%(a)s', {'a': 'é'}), ('%y', 1), ('%中', 1), ('%d', 'a'), ('%x', 3.5),
    ('%d', 3.7), ('%s %s', ('a',)), ('%s', ('a', 'b')), ('%(a)s', 'x'), ('%(a)s', {}), ('%', ()), ('%(a', {}), ('%*d', ('a', 1)), ('%.*f', (2, 3.14159)),
    ('abc', {'a': 1}), ('abc', 5), ('abc', ()), ('%f', 'a'), ('%e', 'a'), ('%05f', float('inf')), ('%+f', float('inf')), ('%f', 10**400),
    ('%s %s', {'a': 1}), ('%(a)s %(b)s', {'a': 'p', 'b': 'q'}), ('%(a)*d', {'a': 1}), ('%(a)5s', {'a': 'x'}), ('%(a(b))s', {'a(b)': 'z'}),
    ('%5', 1), ('%.', 1), ('%-', 1), ('%z', ()), ('%z', 1), ('a%', ()), ('%.2147483648f', 1.0), ('%*d', (1.5, 1)), ('%d', None), ('%x', 'a'), ('%.3s', 'héllo'),
    ('%5s', '中文'), ('%-5s|', 'é'), ('%10.2e', 123.456), ('%G', 1e-10), ('%.3g', 1234.5), ('%#.3g', 1234.5), ('%#g', 123456789.0), ('%g', 1.5), ('%g', 1e-4),
    ('%g', 12345.6789), ('%.0g', 12.0), ('%#.0g', 12.0), ('%.1g', 0.05), ('%g', -0.0), ('%.3f', 1e20), ('%g', 1e-300), ('%e', 1e300), ('%.10f', 1/3),
    ('%.20e', 0.1), ('%f', 0.5), ('%.0f', 0.5), ('%.0f', 1.5), ('%.1f', 0.25), ('%x', True), ('%+x', 10), ('%o', 0), ('%#o', 0), ('%s%%', 'a'),
    ('中%s文', 'x'), ('%s', '中'), ('%-6.2f|', 3.14159), ('%+06.1f', 2.25), ('% .3e', 12.5), ('%#.0e', 3.0), ('%G', float('inf')), ('%g', float('nan')),
]:
    c(fmt, '%', args)
c('%s', '%', (('a', 'b'),), _dep='tuple-repr'); c('abc', '%', [], _dep='list-getitem'); c('%s', '%', [], _dep='list-repr'); c('%(a)s', '%', ['x'], _dep='list-getitem')
# str()
c('', 'str()'); c('', 'str()', 'abc'); c('', 'str()', b'abc', 'utf-8'); c('', 'str()', b'h\xc3\xa9', 'utf-8'); c('', 'str()', 'a', 'utf-8'); c('', 'str()', 1, 'utf-8')
c('', 'str()', b'\xff', 'utf-8'); c('', 'str()', b'\xff', 'ascii'); c('', 'str()', b'\xff', 'latin-1'); c('', 'str()', b'a', 'foo'); c('', 'str()', b'a', errors='strict')
c('', 'str()', encoding='x'); c('', 'str()', b'\xffa', 'utf-8', 'replace'); c('', 'str()', b'a', 1); c('', 'str()', 1, 2, 3, 4); c('', 'str()', object='x'); c('', 'str()', x=1)
c('', 'str()', b'abc'); c('', 'str()', 'x', object='y')
# bytes
for b in [b'', b'abc', b"it's", b'say "hi"', b'both \' and "', b'\x00\xff', b'\t\n\r\\', b'\x7f\x80', bytes(range(0, 256, 17))]:
    c(b, 'repr'); c(b, 'len'); c(b, 'list')
for i in [0, 1, -1, 5, -5]:
    c(b'abc', '[]', i)
for sl in [Sl(None, None, None), Sl(1, None, None), Sl(None, None, -1), Sl(None, None, 2), Sl(5, 0, -2), Sl(10, 20, None)]:
    c(b'abcdef', '[]', sl)
c(b'a', '[]', 1.0); c(b'a', '[]', 'a')
for a, b in [(b'a', b'b'), (b'ab', b'a'), (b'a', b'a'), (b'', b'\x00'), (b'\xff', b'a')]:
    c(a, 'cmp', b)
c(b'abc', 'in', b'bc'); c(b'abc', 'in', 98); c(b'abc', 'in', 120); c(b'abc', 'in', 300); c(b'abc', 'in', 'a'); c(b'abc', 'in', -1); c(b'abc', 'in', b'')
c(b'ab', '+', b'cd'); c(b'a', '+', 'a'); c(b'a', '+', 1); c(b'ab', '*', 3); c(b'ab', 'r*', 2); c(b'ab', '*', -1); c(b'a', '*', 2.0)
c(b'', 'bytes()'); c(b'', 'bytes()', 3); c(b'', 'bytes()', [1, 2, 255], _dep='list-iter'); c(b'', 'bytes()', [300], _dep='list-iter'); c(b'', 'bytes()', ['a'], _dep='list-iter'); c(b'', 'bytes()', [1.5], _dep='list-iter'); c(b'', 'bytes()', -1)
c(b'', 'bytes()', 'a'); c(b'', 'bytes()', 'é', 'utf-8'); c(b'', 'bytes()', 'é', 'latin-1'); c(b'', 'bytes()', 'é', 'ascii'); c(b'', 'bytes()', 'é', 'ascii', 'replace'); c(b'', 'bytes()', 1, 'utf-8')
c(b'', 'bytes()', 1.5); c(b'', 'bytes()', b'xyz'); c(b'', 'bytes()', (65, 66), _dep='tuple-iter'); c(b'', 'bytes()', 'abc'[0:0], 'utf-8'); c(b'', 'bytes()', [-1], _dep='list-iter'); c(b'', 'bytes()', [2**70], _dep='list-iter'); c(b'', 'bytes()', source=b'k'); c(b'', 'bytes()', None)
c(b'', 'bytes()', errors='strict'); c(b'', 'bytes()', 'a', errors='strict')
for b in [b'abc', b'h\xc3\xa9', b'\xff', b'\xe9a', b'\xe9', b'\xed\xa0\x80', b'\xe4\xb8a', b'\xe4\xb8', b'\xf0\x9f\x98', b'\xf0\x9f\x98\x80', b'a\x80b', b'\xc0\xaf', b'\xf5', b'\xe0\x80', b'\xf4\x90\x80\x80']:
    for args in [(), ('utf-8',), ('ascii',), ('latin-1',), ('utf-8', 'replace'), ('utf-8', 'ignore'), ('utf-8', 'backslashreplace'), ('ascii', 'replace'), ('utf-8', 'bogus'), ('bogus',)]:
        c(b, 'decode', *args)
c(b'a', 'decode', 1); c(b'a', 'decode', encoding='ascii'); c(b'a', 'decode', x=1)
for b in [b'', b'abc', b'\x00\xff\x10', b'abcdef']:
    for args in [(), (':',), (':', 2), (':', -2), (b'-', 3), ('',), ('ab',), (1,), ('é',)]:
        c(b, 'hex', *args)
for h in ['', '01ff', ' 01 ff ', 'zz', 'a', 'a b', 'ABcd', '0\t1', 'é1', '1 2 3', '12 3']:
    c(b'', 'bytes.fromhex', h)
c(b'', 'bytes.fromhex', 1); c(b'', 'bytes.fromhex')
for sep, it in [(b',', [b'a', b'b']), (b'', []), (b'-', [b'x']), (b',', [1]), (b',', ['a']), (b'x', 5)]:
    c(sep, 'join', it)
for b in [b'a b  c', b'  a  b  ', b'', b'a,b,,c', b'a\tb\nc\x0bd\x1ce']:
    for args in [(), (None, 1), (b',',), (b',', 1), (b' ',)]:
        c(b, 'split', *args); c(b, 'rsplit', *args)
c(b'a', 'split', 'a'); c(b'a', 'split', b''); c(b'a b', 'split', maxsplit=0)
for b in [b'  abc  ', b'xxabcxx', b'', b'\t\n abc \x0b\x0c\r', b'\x1cabc']:
    for args in [(), (None,), (b'x',), (b'xa',)]:
        c(b, 'strip', *args); c(b, 'lstrip', *args); c(b, 'rstrip', *args)
c(b'a', 'strip', 'a'); c(b'a', 'strip', 1)
for b in [b'hello world', b'']:
    for args in [(b'o',), (b'o', 5), (b'o', 5, 8), (111,), (b'',), (b'', 20), (b'zz',), (b'l', -3)]:
        for m in ['find', 'rfind', 'index', 'rindex', 'count']:
            c(b, m, *args)
    for args in [(b'he',), (b'ld',), ((b'x', b'he'),), (b'o', 4), (b'', 20)]:
        c(b, 'startswith', *args); c(b, 'endswith', *args)
c(b'a', 'find', 'a'); c(b'a', 'count', 300); c(b'a', 'find', 1.5); c(b'a', 'startswith', 'a'); c(b'a', 'endswith', ('a',)); c(b'a', 'find')
for args in [(b'a', b'b'), (b'a', b'b', 1), (b'', b'-'), (b'x', b'y'), ('a', b'b'), (b'a', 'b')]:
    c(b'aaa', 'replace', *args)
for b in [b'Hello World 123', b'', b'\xe9A']:
    c(b, 'upper'); c(b, 'lower')
c(b'a', 'upper', 1)
c('abc', '%', b'x'); c('%s', '%', b'ab'); c('%r|%a', '%', (b'\xff', 'é\U0001F600')); c('%s', '%', None); c('%(a)s', '%', b'x')
