# setlocale(LC_ALL, name) takes back the mixed "LC_CTYPE=...;LC_NUMERIC=..."
# name that querying LC_ALL returns when the categories differ (regrtest
# restores the locale this way after each test: test_format failed to load).
import locale

locale.setlocale(locale.LC_ALL, "C")
locale.setlocale(locale.LC_CTYPE, "C.UTF-8")
mixed = locale.setlocale(locale.LC_ALL)
print(mixed)
locale.setlocale(locale.LC_ALL, "C")
print(locale.setlocale(locale.LC_ALL))
print(locale.setlocale(locale.LC_ALL, mixed) == mixed)
print(locale.setlocale(locale.LC_CTYPE), locale.setlocale(locale.LC_NUMERIC))
for bad in ("LC_CTYPE=C", "LC_BOGUS=C;" + mixed, mixed.replace("LC_NUMERIC=C", "LC_NUMERIC=xx_YY.latin1")):
    try:
        locale.setlocale(locale.LC_ALL, bad)
    except locale.Error as e:
        print("Error:", e)
print(locale.setlocale(locale.LC_ALL) == mixed)
