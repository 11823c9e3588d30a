# The re package (CPython's Lib) running on ftpy's _sre.
import copy
import pickle
import re

print(re.findall(r'\w+', 'hello world, héllo wörld'))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world'))
print(re.sub(r'(?P<a>\w+)=(?P<b>\w+)', r'\g<b>:\g<a>', 'x=1 y=2'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.subn(r'o', '0', 'foo boo'), re.sub('x*', '-', 'abxd'), re.sub(r'a', r'\n', 'bab'))
print(re.split(r'\s*,\s*', 'a , b,c'), re.split(r'(,)', 'a,b'), re.split(r'x*', 'axbc'), re.split(r'\b', 'a b'))
print(re.split(r',', 'a,b,c,d', maxsplit=2))
print([m.span() for m in re.finditer(r'\d+', 'a1b22c333')])
print(re.search(r'(?<=\$)\d+(\.\d\d)?', 'cost: $42.50').group(0, 1))
print(re.search(r'(?<!foo)bar', 'foobar bazbar').start())
print(re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe').groupdict())
print(re.match(r'(\w+) \1', 'hey hey you').group(1))
print(re.match(r'(?i)(\w+) \1', 'Hey HEY').group())
print(re.fullmatch(r'\d{3}-\d{4}', '555-1234'), re.fullmatch(r'\d{3}', '1234'))
print(re.compile(r'a+', re.I | re.M), re.compile(rb'\d+'), re.compile('x', re.A | re.X))
print(re.compile(r'(?x) a b  # comment\n c').match('abc'))
print(re.compile('^b', re.M).findall('a\nb\nb'), re.findall('(?s).', '\n'), re.findall('.', '\n'))
print(re.escape('a.b*c?d[e]f{g}h(i)j|k^l$m\\n o-p#'), re.escape(b'a.b'))
m = re.match(r'(?P<y>\d{4})-(?P<m>\d\d)', '2024-01-15')
print(m.expand(r'\g<m>/\g<y> \2'), m.expand(r'\1\n'), m['y'], m.lastgroup, m.lastindex, m.regs)
print(re.sub(r'(a)|b', r'[\1]', 'ab'))
print(re.search(r'^\s*(\w+)\s*=\s*(.*?)\s*$', '  key = value  ').groups())
print(re.findall(r'(\d+)-(\d+)?', '1-2 3-'), re.findall(r'(?:ab)+', 'ababab abab'))
print(re.compile(r'(?P<n>\d)').groupindex, re.compile(r'(a)(b)').groups)
print(re.match(r'(a)|(b)', 'b').lastindex, re.match(r'(?P<x>a)|(?P<y>b)', 'b').lastgroup)
p = re.compile(r'\d+')
print(copy.copy(p) is p, copy.deepcopy(p) is p, pickle.loads(pickle.dumps(p)) == p)
print(re.Pattern, re.Match, re.Pattern[str], type(p.match('1')) is re.Match)
print(re.sub(r'x', r'\\', 'axb'), re.sub(rb'x', rb'\\y', b'axb'))
print(re.findall(r'[^\W\d_]+', 'ab12_cd é3'), re.findall(r'\bé\w*', 'été éa xé'))
print(re.search(r'straße', 'STRASSE', re.I), re.search(r'ǆ', 'ǅ', re.I), re.search(r'\u212a', 'k', re.I))
print(re.match(r'(?>a+)b', 'aaab'), re.match(r'a++a', 'aaa'), re.match(r'(?:ab)*+c', 'ababc'))
print(re.match(r'(a)?(?(1)b|c)', 'c'), re.match(r'(?P<q>")?\w+(?(q)")', '"hi"').group())
for bad in [r'(', r'a{2,1}', r'(?<=a+)b', r'\1', r'(?P<1>a)', r'[z-a]', r'*', r'(?P=x)']:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), e.msg, e.pos)
try:
    re.sub(r'(a)', r'\2', 'a')
except re.error as e:
    print('template', e)
try:
    re.match(r'(a)', 'a').group(5)
except IndexError as e:
    print('IndexError', e)
s = re.Scanner([(r'\d+', lambda sc, t: ('num', t)), (r'\w+', lambda sc, t: ('word', t)), (r'\s+', None)])
print(s.scan('abc 12 de 345 !'))
big = 'word ' * 200000
print(len(re.findall(r'\w+', big)), len(re.sub(r'o', '0', big)), re.search(r'x', big))
print(re.purge())
