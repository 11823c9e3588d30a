# _string, CPython's C module under string.Formatter: used directly.
import _string as s

print(sorted(n for n in dir(s) if not n.startswith('__')), s.formatter_parser.__module__)
for x in ['', 'abc', 'a{{b', 'a}}b', '{}', 'x{0}y', '{a!r}', '{a!r:>10}', '{a:{b}}', '{a[}]}',
          '{a[x:y]!s:z}', '{:}', '{!r}', '{0.b[c]}', 'end{', 'a}b', '{a!}', '{a!rx}', '{a', '{a{b}',
          '{ab:{c:{d}}}', '{{}}', '{!}', 'é{ü!a:ß}ñ', '{a!r', '{:{{}}}', '}}{{', '{0[}', '{a:}}']:
    try:
        print(repr(x), list(s.formatter_parser(x)))
    except Exception as e:
        print(repr(x), type(e).__name__, e)
it = s.formatter_parser('a{b}c{')
print(type(it).__name__, next(it))
try:
    next(it)
except ValueError as e:
    print('ValueError', e)
for x in ['', 'a', '0', '12.b[3][x].c', 'a[0', 'a.', 'a..b', 'a[]', 'a[0]b',
          '99999999999999999999999999', 'a[99999999999999999999999]', '[1]', '.x', 'a[-1]', 'a[ 1]', '٣']:
    try:
        f, r = s.formatter_field_name_split(x)
        print(repr(x), repr(f), list(r), type(r).__name__)
    except Exception as e:
        print(repr(x), type(e).__name__, e)

