# Lone surrogates (from surrogateescape, chr or '\udcff') are characters
# of their own in every str method.
s = 'ab\udcffc\ud800'
tests = [
 lambda: s.upper(), lambda: s.lower(), lambda: s.title(), lambda: s.swapcase(), lambda: s.casefold(), lambda: s.capitalize(),
 lambda: s.split('c'), lambda: s.replace('\udcff', 'X'), lambda: s.find('c'), lambda: s.rfind('\ud800'), lambda: '-'.join([s, s]),
 lambda: s.strip('a\ud800'), lambda: s.center(9, '*'), lambda: s.ljust(8), lambda: s.count('\udcff'), lambda: '%s|%r' % (s, s),
 lambda: f'{s}|{s!r}|{s:>8}', lambda: '{}'.format(s), lambda: s.startswith('ab\udcff'), lambda: s.isalpha(), lambda: s.isprintable(),
 lambda: s.partition('\udcff'), lambda: s.index('c'), lambda: s[::-1], lambda: s[1:4], lambda: sorted(s), lambda: s.zfill(8),
 lambda: s.expandtabs(), lambda: s.splitlines(), lambda: s.translate({0xdcff: 'Y'}), lambda: hash(s) == hash('ab\udcffc\ud800'),
 lambda: s < 'ac', lambda: max(s), lambda: list(reversed(s)), lambda: s.rsplit('c', 1), lambda: s.removeprefix('ab'),
 lambda: str.maketrans('\udcff', 'z'), lambda: s.isidentifier(), lambda: s.isspace(), lambda: repr(s.encode('utf-8', 'surrogatepass')),
]
for i, f in enumerate(tests):
    try:
        print(i, ascii(f()))
    except Exception as e:
        print(i, type(e).__name__, e)
