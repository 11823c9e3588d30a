# The _stat module (behind stat.py): constants, the S_IS* tests, S_IMODE,
# S_IFMT and filemode, with their errors.
import _stat

for n in sorted(dir(_stat)):
    v = getattr(_stat, n)
    if isinstance(v, int):
        print(n, v)
kinds = [0o140000, 0o120000, 0o100000, 0o60000, 0o40000, 0o20000, 0o10000, 0o170000, 0]
for mode in kinds:
    print(oct(mode), [f for f in ['S_ISDIR', 'S_ISCHR', 'S_ISBLK', 'S_ISREG', 'S_ISFIFO', 'S_ISLNK',
                                  'S_ISSOCK', 'S_ISDOOR', 'S_ISPORT', 'S_ISWHT'] if getattr(_stat, f)(mode)])
for mode in [0o100644, 0o40755, 0o120777, 0o104755, 0o41777, 0o106644, 0o102654, 0o41776, 0o20600,
             0o60660, 0o10644, 0o140755, 0o170777, 0o7777, 0]:
    print(oct(mode), _stat.filemode(mode), _stat.S_IMODE(mode), _stat.S_IFMT(mode))
print(_stat.S_ISDIR(True), _stat.filemode(False))

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: _stat.filemode(-1))
show(lambda: _stat.filemode(2**40))
show(lambda: _stat.filemode(2**70))
show(lambda: _stat.filemode('x'))
show(lambda: _stat.filemode(1.5))
show(lambda: _stat.S_ISDIR())
show(lambda: _stat.S_ISDIR(1, 2))
show(lambda: _stat.S_IFMT(mode=1))
show(lambda: _stat.S_IMODE(-1))
