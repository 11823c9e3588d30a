# Generates testdata/sre_api.py: the API of _sre's Pattern, Match and
# Scanner objects and module functions, with error cases, on patterns
# compiled by CPython's re._compiler (embedded as code lists).
#
# Regenerate (from the repository root) with:
#   python3 testdata/gen/sre_api_gen.py > testdata/sre_api.py
#   cd cmd/ftpy && go test -run 'TestScripts/sre_api.py' -update
import re
import re._compiler as compiler
import re._parser as parser

PATTERNS = [
    ('a', 0), ('abc', 0), ('(a)(b)?', 0), ('(?P<first>\\w+) (?P<last>\\w+)', 0),
    ('(?P<a>x)|(?P<b>y)', 0), ('x*', 0), (',', 0), ('(,)', 0), ('(?P<n>\\d)', 0),
    ('a', re.I | re.M | re.S | re.X), ('a', re.A), ('a', re.U), (b'a', 0), (b'a', re.L | re.I),
    ('a' * 300, 0), ('(a|b)*', 0), ('\\w+', 0), ('(?:a|b)*c', 0), ('.*x', re.S),
    ('(\\w+)@(\\w+)', 0), (b'(\\w+)', 0), ('(?P<x>a)(?P<y>b)(?P<z>c)?', 0), ('(a)|(b)|(c)', 0),
    ('é', re.I), ('(?<=a)b', 0), ('x', re.DEBUG & 0), ('\\d+', 0), ('', 0), ('a', re.I), ('\\d', 0),
]

def code_of(pattern, flags):
    p = parser.parse(pattern, flags)
    code = [int(x) for x in compiler._code(p, flags)]
    groupindex = dict(p.state.groupdict)
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return (pattern, int(flags | p.state.flags), code, p.state.groups - 1, groupindex, tuple(indexgroup))

BODY = r'''
import _sre

def C(pattern, flags=0):
    return _sre.compile(*CODES[pattern, flags])

def tryit(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print('  ', type(e).__name__, e)
        return None
    print('  ', repr(r))
    return r

print('module')
print(_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.getcodesize(), repr(_sre.copyright))
print(sorted(n for n in dir(_sre) if not n.startswith('__')))
print([c for c in range(0x250) if _sre.ascii_iscased(c)] == [c for c in range(128) if chr(c).isalpha()])
print(sum(1 for c in range(0x3000) if _sre.unicode_iscased(c)))
print([_sre.ascii_tolower(c) for c in (65, 90, 97, 0xc0, 0x130, -1, 0x110000)])
print([_sre.unicode_tolower(c) for c in (65, 0xc0, 0x130, 0x3a3, 0x1e9e, 0x212a, 0x10400, -1, 0x110000)])
print([_sre.unicode_iscased(c) for c in (0xdf, 0x149, 0x345, 0x3c2, 0x2160, 0x24b6, 0x10428, 0x41, 0x30, -1, 0x110000)])
print(sum(_sre.unicode_tolower(c) for c in range(0x2000)))
tryit(_sre.ascii_iscased)
tryit(_sre.ascii_iscased, 'a')
tryit(_sre.ascii_tolower, 2**40)
tryit(_sre.unicode_tolower, 1, 2)
tryit(_sre.getcodesize, 1)

print('compile errors')
tryit(_sre.compile, 'a', 0, ['x'], 0, {}, ())
tryit(_sre.compile, 'a', 0, [-1], 0, {}, ())
tryit(_sre.compile, 'a', 0, [2**32], 0, {}, ())
tryit(_sre.compile, 'a', 0, [2**70], 0, {}, ())
tryit(_sre.compile, 'a', 0, [-2**70], 0, {}, ())
tryit(_sre.compile, 'a', 0, [2**64 - 1], 0, {}, ())
tryit(_sre.compile, 'a', 0, [2**64], 0, {}, ())
tryit(_sre.compile, 'a', 0, (1,), 0, {}, ())
tryit(_sre.compile, 'a', 0, [1], 0, [], ())
tryit(_sre.compile, 'a', 0, [1], 0, {}, [])
tryit(_sre.compile, 'a', 'x', [1], 0, {}, ())
tryit(_sre.compile, 'a', 0, [1], 'x', {}, ())
tryit(_sre.compile, 'a', 2**40, [1], 0, {}, ())
tryit(_sre.compile, 'a', 0, [1], 0, {})
tryit(_sre.compile, 1, 0, [1], 0, {}, ())
for bad in ([], [0], [99], [17, 0], [16, 97], [17, 5, 1], [11, 3, 1], [15, 100, 1], [7, 100, 1],
            [24, 100, 0, 1, 16, 97, 1, 1], [24, 6, 2, 1, 16, 97, 1, 1], [14, 100, 0, 0, 0, 1], [4, 3, 0, 1]):
    tryit(_sre.compile, 'a', 0, bad, 2, {}, ())
tryit(_sre.compile, pattern='a', flags=0, code=[1], groups=0, groupindex={}, indexgroup=())
tryit(_sre.compile, None, 0, [1], 0, {}, ())
tryit(_sre.compile, 'a', -1, [1], 0, {}, ())
tryit(_sre.compile, 'a', 1 << 20, [1], 0, {}, ())
tryit(_sre.compile, b'a', 0, [1], 0, {}, ())

print('pattern')
for key in CODES:
    p = C(*key)
    print(repr(p), p.pattern == key[0], p.flags, p.groups, p.groupindex)
p = C('(?P<first>\\w+) (?P<last>\\w+)')
print(type(p).__name__, type(p).__module__, type(p).__qualname__)
print(p == C('(?P<first>\\w+) (?P<last>\\w+)'), p != C('(?P<first>\\w+) (?P<last>\\w+)'), p == C('abc'), p == 1, p != 1)
print(hash(p) == hash(C('(?P<first>\\w+) (?P<last>\\w+)')))
print(C('a') == C('a', 2), C(b'a') == C('a'))
print(p.__copy__() is p, p.__deepcopy__({}) is p)
import weakref
print(weakref.ref(p)() is p)
tryit(weakref.ref, p.match('a b'))
tryit(weakref.ref, p.scanner('a'))
tryit(p.__deepcopy__)
m0 = C('a').match('a')
for f in (lambda: p.match(), lambda: p.findall(), lambda: p.split(), lambda: p.sub('a'), lambda: p.subn('a'),
          lambda: p.scanner(), lambda: p.finditer(), lambda: p.fullmatch(), lambda: p.search(), lambda: p.__copy__(1),
          lambda: m0.group(g=1), lambda: m0.groups(1, 2), lambda: m0.groupdict(1, 2), lambda: m0.expand(),
          lambda: m0.start(1, 2), lambda: m0.__copy__(1), lambda: p.match('a', x=1), lambda: p.scanner('a').match(1),
          lambda: m0.span(x=1), lambda: p.__class_getitem__(), lambda: m0.end(1, 2, 3)):
    tryit(f)
print(type(p)[str], type(p.match('a b'))[bytes])
gi = p.groupindex
print(gi, gi['first'])
print(dict(C('abc').groupindex))
tryit(p.match)
tryit(p.match, 'a b', 0, 5, 9)
tryit(p.match, 'a b', pos='x')
tryit(p.match, 'a b', foo=1)
tryit(p.match, 3)
tryit(p.match, b'a b')
tryit(C(b'a').match, 'a')
tryit(C(b'a').search, memoryview(b'a') if False else 'x')
print(C('abc').match(string='xabc', pos=1), C('abc').search('xabc', endpos=3), C('abc').fullmatch('abcd', 0, 3))
print(C('abc').search('abc', 2**70 // 2**10), C('abc').search('abc', -100, 2**62))
tryit(C('abc').search, 'abc', 2**70)

print('match')
m = p.match('Jane Doe smith')
print(repr(m), bool(m))
print(m.group(), m.group(0), m.group(1), m.group('last'), m.group(1, 'first', 0), m[0], m['first'], m[2])
print(m.group(True), m[False])
for g in (3, -1, 'middle', 2**70, 1.5, [1], None):
    tryit(m.group, g)
    tryit(lambda: m[g])
    tryit(m.start, g)
print(m.groups(), m.groupdict(), m.groups('x'), m.groupdict(default='d'))
print(m.start(), m.end(), m.span(), m.start(1), m.end('last'), m.span(2))
tryit(m.start, 1, 2)
tryit(m.span, group=1)
print(m.regs, m.lastindex, m.lastgroup, m.pos, m.endpos, m.string, m.re is p)
print(m.__copy__() is m, m.__deepcopy__(None) is m)
m = C('(a)(b)?').match('ac')
print(m.groups(), m.groups(default=0), m.span(2), m.start(2), m.regs, m.lastindex, m.lastgroup)
m = C('(?P<x>a)(?P<y>b)(?P<z>c)?').search('zab')
print(m.groupdict(), m.groupdict(''), m.lastindex, m.lastgroup, m.span('z'))
m = C('(?P<a>x)|(?P<b>y)').match('y')
print(m.lastindex, m.lastgroup, m.groups())
m = C('(a)|(b)|(c)').match('c')
print(m.lastindex, m.lastgroup)
m = C('a' * 300).match('a' * 300)
print(repr(m))
m = C('.*x', 16).match('ab\ncd\x00\u1234 "quote" \'q\' x')
print(repr(m))
m = C(b'(\\w+)').search(b' abc ')
print(repr(m), m.group(1), m.groups(), m.string, m[1])
m = C('é', 2).search('xÉy')
print(repr(m))
m = C('(?<=a)b').search('ab', 1)
print(m, m.pos, m.endpos)
print(type(m).__name__, type(m).__module__)
tryit(m.expand, 5) if False else None

print('scanner')
sc = C('\\d+').scanner('a1b22c333')
print(type(sc).__name__, sc.pattern is not None)
print(sc.search(), sc.search(), sc.match(), sc.search(), sc.search(), sc.search())
sc = C('\\w+').scanner('ab cd', 1, 4)
print(sc.match(), sc.match(), sc.search(), sc.search())
sc = C('x*').scanner('axxb')
print([sc.search() for _ in range(6)])
sc = C('').scanner('ab')
print([sc.match() for _ in range(3)], [sc.search() for _ in range(3)])
it = C('\\d').finditer('a1b2')
print(type(it).__name__, next(it), list(it), list(it))
print([m.group() for m in C('x*').finditer('axxb')])
print([m.span() for m in C('\\w+').finditer('ab cd ef', 2, 7)])

print('subclasses and odd characters')
class S(str): pass
class B(bytes): pass
w, bw = C('\\w+'), C(b'(\\w+)')
m = w.search(S('xx abc yy'))
print(type(m.string).__name__, type(m.group()).__name__, m.group(), type(w.sub('', S('abc'))).__name__, type(w.split(S('q'))[0]).__name__)
m = bw.search(B(b'xx abc'))
print(type(m.string).__name__, type(m.group()).__name__, m.group(), type(bw.sub(b'', B(b'abc'))).__name__, type(bw.split(B(b'q'))[0]).__name__)
s = 'a\udcffb\ud800'
print(ascii(w.findall(s)), ascii(w.sub('-', s)), ascii(w.split(s)))
print(ascii(w.findall('\U0001f600ab\U0001f600')), ascii(w.sub('<>', '\U0001f600ab\U0001f600')))
print(w.findall(S('ab cd')), w.sub(S('-'), 'ab cd'), type(w.sub(S('-'), 'ab cd')).__name__)
print(type(w.sub('', 'abc')).__name__, w.sub('', ''), type(w.split('')[0]).__name__, type(w.sub('x', S(''))).__name__)

print('templates go to re._subx and re._expand')
import sys
fake = type(sys)('re')
def _subx(pattern, template):
    print('  _subx', pattern, repr(template))
    if template.startswith('LIT'):
        return 'literal'
    return lambda m: '<' + m.group() + '>'
def _expand(pattern, match, template):
    print('  _expand', pattern, match, repr(template))
    return 'expanded'
fake._subx = _subx
fake._expand = _expand
saved = sys.modules.get('re')
sys.modules['re'] = fake
try:
    print(C(',').sub(r'\1', 'a,b'), C(',').subn('x\\y', 'a,b'), C(',').sub('LIT\\', 'a,b,c', 1))
    print(C('(a)(b)?').match('a').expand(r'\1'))
    print(C(b'a').sub(b'\\n', b'bab') if False else C(',').sub('-', 'a,b'))
    fake._subx = lambda p, t: 1 / 0
    tryit(C(',').sub, '\\1', 'a,b')
    del fake._subx
    tryit(C(',').sub, '\\1', 'a,b')
finally:
    if saved is None:
        del sys.modules['re']
    else:
        sys.modules['re'] = saved

print('findall split sub')
print(C('(\\w+)@(\\w+)').findall('a@b c@d'), C('(a)|(b)|(c)').findall('abcx'))
print(C(',').split('a,b,,c'), C(',').split('a,b,,c', 2), C(',').split('a,b,,c', maxsplit=1), C(',').split('a,b', -1))
print(C('(,)').split('a,b,c'), C('(a)|(b)|(c)').split('xaybz'))
print(C('x*').split('axxb'), C('').split('ab'), C('(?P<n>\\d)').split('a1b2c'))
print(C(',').sub('-', 'a,b,c'), C(',').sub('-', 'a,b,c', 1), C(',').sub('-', 'a,b,c', count=2), C(',').subn('', 'a,b,c'))
print(C(',').sub(lambda m: None, 'a,b,c'), C('\\d').sub(lambda m: str(int(m.group()) * 2), 'a1b5c9'))
print(C('x*').sub('-', 'abxd'), C('x*').subn('-', 'abxd'), C('').sub('-', 'ab'))
print(C('\\w+').sub(lambda m: m.group().upper(), 'hello world'), C(b'(\\w+)').sub(lambda m: m.group().upper(), b'ab cd'))
print(C(b'a').sub(b'b', b'aaa'), C(b'a').subn(b'', b'aaa'))
tryit(C(',').sub, lambda m: 1, 'a,b')
tryit(C(b'a').sub, lambda m: 'x', b'a')
tryit(C(',').sub, '-')
tryit(C(',').sub, '-', 'a,b', 'x')
tryit(C(',').split, 'a,b', 'x')
tryit(C(',').findall)
tryit(C(',').sub, lambda m: 1 / 0, 'a,b')
tryit(C('(a|b)*').match, 'ab' * 50000)
print(C('(a|b)*').match('ab' * 50000).span(), C('(?:a|b)*c').match('ab' * 50000 + 'c').span())
print(C('(?:a|b)*c').search('ab' * 1000), C('.*x', 16).search('y' * 3000))
big = ('hello world foo_bar 123 ' * 40000)
print(len(C('\\w+').findall(big)), C('\\w+').findall(big)[-3:], len(C('\\d+').sub('#', big)))
ubig = 'héllo wörld ' * 30000
print(len(C('\\w+').findall(ubig)), C('\\w+').search(ubig, len(ubig) - 8), C('\\w+').match(ubig, 6))
print(sum(1 for m in C('\\w+').finditer(ubig)), C('\\w+').split(ubig)[-3:], len(C('\\w+').sub('', ubig)))
'''

def main():
    codes = {}
    for pattern, flags in PATTERNS:
        codes[pattern, int(flags)] = code_of(pattern, flags)
    print('# Generated by testdata/gen/sre_api_gen.py: do not edit.')
    print('CODES = {')
    for k, v in codes.items():
        print('    %r: %r,' % (k, v))
    print('}')
    print(BODY, end='')

main()
