# _locale, CPython's C module under locale.py, for the C locales.
import _locale as l

print(sorted(n for n in dir(l) if not n.startswith('__')))
print({n: getattr(l, n) for n in dir(l) if n.isupper()})
print(l.localeconv())
print(l.Error.__module__, l.Error.__mro__[1].__name__, l.setlocale.__module__)
print(l.setlocale(l.LC_NUMERIC), l.setlocale(l.LC_TIME, None), l.nl_langinfo(l.RADIXCHAR), l.nl_langinfo(l.D_T_FMT))
print([l.nl_langinfo(getattr(l, 'DAY_%d' % i)) for i in range(1, 8)], [l.nl_langinfo(getattr(l, 'ABMON_%d' % i)) for i in range(1, 13)])
print(l.setlocale(l.LC_ALL, 'C'), l.setlocale(l.LC_ALL), l.nl_langinfo(l.CODESET), l.getencoding())
print(l.setlocale(l.LC_CTYPE, 'C.UTF-8'), l.setlocale(l.LC_ALL), l.nl_langinfo(l.CODESET), l.getencoding())
print(l.setlocale(l.LC_ALL, 'POSIX'), l.setlocale(l.LC_MONETARY, 'C.UTF-8'), l.setlocale(l.LC_ALL))
print(l.setlocale(l.LC_ALL, 'C'))
for f in [lambda: l.setlocale(l.LC_ALL, 'xx_XX'), lambda: l.setlocale(99), lambda: l.setlocale(99, 'C'),
          lambda: l.nl_langinfo(12345), lambda: l.setlocale('a')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(l.strcoll('a', 'b'), l.strcoll('b', 'a'), l.strcoll('ab', 'ab'), l.strcoll('a', 'ab'), l.strxfrm('abc'))
print(l.gettext('x'), l.dgettext(None, 'y'), l.dcgettext('d', 'z', l.LC_MESSAGES), l.textdomain(None), l.textdomain('dom'))
print(l.bindtextdomain('d', None), l.bindtextdomain('d', '/tmp'), l.bind_textdomain_codeset('d', None))
