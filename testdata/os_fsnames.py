# Names from the operating system that are not UTF-8: as CPython on Linux,
# they are decoded with utf-8 and surrogateescape (os.fsdecode) and str
# goes back the same way (os.fsencode), so such a name round-trips.
import os
import sys

base = os.path.join(os.getcwd(), "_ftpy_fsnames_scratch")
bbase = os.fsencode(base)


def clean():
    if os.path.isdir(base):
        for n in os.listdir(bbase):
            os.remove(os.path.join(bbase, n))
        os.rmdir(base)


clean()
os.mkdir(base)
raw = [b"\xff.txt", b"caf\xc3\xa9", b"a\xe9b", b"\xed\xa0\x80x", b"ok.txt", b"\x80\xc3"]
for r in raw:
    with open(os.path.join(bbase, r), "wb") as f:
        f.write(r)

# Listing: str names carry the bytes as '\udc80'..'\udcff'; bytes stay bytes.
names = sorted(os.listdir(base))
print(ascii(names))
print(ascii(sorted(os.listdir(bbase))))
print(sorted(os.fsencode(n) for n in names) == sorted(raw))
print(sorted(os.listdir(os.fsdecode(bbase))) == names)
for n in names:
    p = os.path.join(base, n)
    print(ascii(n), len(n), [hex(ord(c)) for c in n], ascii(n[0]), ascii(n[-1]), ascii(repr(n)))
    with open(p, "rb") as f:
        print(" read:", f.read() == os.fsencode(n), ascii(os.path.basename(f.name)), type(f.name).__name__)
    print(" path:", os.path.exists(p), os.path.isfile(p), os.path.getsize(p), ascii(os.path.splitext(n)),
          ascii(os.path.basename(p)), os.path.dirname(p) == base, os.path.abspath(p) == p)
    bp = os.fsencode(p)
    print(" bytes:", os.path.exists(bp), ascii(os.path.basename(bp)), ascii(os.path.split(bp)[1]))

# Text files with such names: written, read, renamed and removed.
name = "\udcfe-text"
with open(os.path.join(base, name), "w") as f:
    print(ascii(os.path.basename(f.name)), f.write("h\u00e9llo\n"))
with open(os.path.join(bbase, b"\xfe-text")) as f:
    print(ascii(f.read()), ascii(repr(f)[-40:]))
os.rename(os.path.join(base, name), os.path.join(base, "\udcfd"))
print(ascii(sorted(n for n in os.listdir(base) if n.startswith("\udcfd"))))
os.remove(os.path.join(bbase, b"\xfd"))
os.mkdir(os.path.join(base, "d\udcf0"))
os.makedirs(os.path.join(base, "d\udcf0", "e\udcf1"))
print(ascii(os.listdir(os.path.join(base, "d\udcf0"))), ascii(os.listdir(os.path.join(bbase, b"d\xf0"))))
os.rmdir(os.path.join(base, "d\udcf0", "e\udcf1"))
os.rmdir(os.path.join(bbase, b"d\xf0"))

# Exceptions name the file as it was given: str, or bytes.
for p in ["_ftpy_nofile_\udcff", b"_ftpy_nofile_\xff"]:
    for f in [open, os.listdir, os.remove, os.rmdir]:
        try:
            f(p)
        except OSError as e:
            print(f.__name__, type(e).__name__, e.errno, ascii(e.filename), ascii(str(e)))
try:
    os.rename("_ftpy_nofile_\udcfa", b"_ftpy_nofile_\xfb")
except OSError as e:
    print("rename", ascii(e.filename), ascii(e.filename2))

# A lone surrogate that is not an escaped byte cannot reach the OS.
for f in [open, os.listdir, os.mkdir, os.remove, os.path.getsize, os.fsencode]:
    try:
        f("\ud800")
    except UnicodeEncodeError as e:
        print(f.__name__, ascii(str(e)), e.start, e.end, ascii(e.object))
print(os.path.exists("\ud800x"), os.path.isdir("\udfff"), os.path.isfile("a\x00"))

# fsencode and fsdecode: every byte round-trips.
allb = bytes(range(256))
d = os.fsdecode(allb)
print(len(d), ascii(d[126:131]), os.fsencode(d) == allb, os.fsdecode(os.fsencode(d)) == d)
print(ascii(os.fsdecode(b"caf\xc3\xa9\xff")), ascii(os.fsencode("caf\u00e9\udcff")), ascii(os.fsdecode("s")), ascii(os.fsencode(b"b")))


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(ascii(os.fspath(P(b"\xff"))), ascii(os.fsdecode(P(b"\xff"))), ascii(os.fsencode(P("\udcff"))))
with open(P(os.path.join(bbase, b"\xff.txt")), "rb") as f:
    print(f.read(), ascii(os.path.basename(f.name)))
print(ascii(sorted(os.listdir(P(bbase)))[:2]), ascii(os.path.join(P(b"a"), b"\xff")), ascii(os.path.join("a", P("\udcff"))))
print(ascii(os.getcwd() == os.fsdecode(os.getcwdb())), type(os.getcwdb()).__name__)

# Symbolic links are outside ftpy's os for now; readlink of a missing file.
try:
    os.readlink(os.path.join(bbase, b"\xfc"))
except OSError as e:
    print("readlink", type(e).__name__, ascii(os.path.basename(e.filename)))

# The environment: names and values decoded the same way.
print(ascii(os.environ.get("FTPY_TEST_FS_VALUE")), ascii([k for k in os.environ if k.startswith("FTPY_TEST_FS_K")]))
v = os.environ.get("FTPY_TEST_FS_VALUE")
if v is not None:
    print(len(v), ascii(os.fsencode(v)), ascii(os.getenv("FTPY_TEST_FS_K\udcff")))
os.putenv("FTPY_TEST_FS_PUT\udcff", "v\udcfe")
os.putenv(b"FTPY_TEST_FS_PUTB", b"\xfd")
os.unsetenv("FTPY_TEST_FS_PUT\udcff")
for args in [("A=B", "x"), ("A", "x\x00"), ("\ud800", "x"), (3, "x")]:
    try:
        os.putenv(*args)
    except (ValueError, TypeError) as e:
        print("putenv", type(e).__name__, ascii(str(e)))

# sys.argv and __file__ are str text.
print(type(sys.argv[0]).__name__, os.path.basename(__file__))

clean()
print(os.path.exists(base))
