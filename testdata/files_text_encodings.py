# Text files with encodings, error handlers and newline modes: files are
# written with known bytes, read back, and the results printed as reprs.
import os

base = os.path.join(os.environ.get("TMPDIR", "/tmp"), "ftpy_files_text_enc_%d" % os.getpid())


def put(data):
    with open(base, "wb") as f:
        f.write(data)


def get():
    with open(base, "rb") as f:
        return f.read()


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# Encodings on write and read.
text = "aé€\U0001F600\nline 2\n"
for enc in ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be", "latin-1", "cp1252", "ascii"]:
    def w():
        with open(base, "w", encoding=enc) as f:
            f.write(text)
        return get()
    show(enc + " write", w)
    def r():
        with open(base, encoding=enc) as f:
            return f.read(), f.encoding, f.errors
    show(enc + " read", r)

put(b"caf\xe9 \x80\n")
show("latin-1", lambda: open(base, encoding="latin-1").read())
show("cp1252", lambda: open(base, encoding="cp1252").read())
show("utf-8", lambda: open(base).read())
show("utf-8 replace", lambda: open(base, errors="replace").read())
show("utf-8 ignore", lambda: open(base, errors="ignore").read())
show("utf-8 surrogateescape", lambda: open(base, errors="surrogateescape").read())
show("utf-8 backslashreplace", lambda: open(base, errors="backslashreplace").read())
show("ascii readline", lambda: open(base, encoding="ascii").readline())

# Writing what the codec cannot encode.
def wr(enc, errors, s):
    def f():
        with open(base, "w", encoding=enc, errors=errors) as fh:
            fh.write(s)
        return get()
    return f
show("w ascii strict", wr("ascii", "strict", "x\xe9y"))
show("w ascii replace", wr("ascii", "replace", "x\xe9y"))
show("w ascii xml", wr("ascii", "xmlcharrefreplace", "x\xe9\u20acy"))
show("w latin-1 backslash", wr("latin-1", "backslashreplace", "x\u20acy"))
show("w utf-8 surrogateescape", wr("utf-8", "surrogateescape", "x\udcffy"))
show("w utf-8 strict surrogate", wr("utf-8", "strict", "x\udcffy"))

# A BOM: written once, skipped on read; utf-16 reads either order.
with open(base, "w", encoding="utf-16") as f:
    f.write("ab")
    f.write("cd")
show("utf-16 twice", get)
with open(base, "a", encoding="utf-16") as f:
    f.write("ef")
show("utf-16 append", get)
show("utf-16 read", lambda: open(base, encoding="utf-16").read())
put(b"\xfe\xff\x00h\x00i")
show("utf-16 BE BOM", lambda: open(base, encoding="utf-16").read())
put(b"\xef\xbb\xbfhi\n")
show("utf-8-sig", lambda: open(base, encoding="utf-8-sig").read())
show("utf-8 keeps BOM", lambda: open(base, encoding="utf-8").read())
with open(base, "w", encoding="utf-8-sig") as f:
    f.write("x")
show("utf-8-sig write", get)

# Multibyte characters cut by the 8192-byte chunks.
s = "é" * 5000 + "\n" + "€" * 5000 + "\n" + "\U0001F600" * 3000
for enc in ["utf-8", "utf-16", "utf-32-le"]:
    with open(base, "w", encoding=enc) as f:
        f.write(s)
    with open(base, encoding=enc) as f:
        lines = f.readlines()
    with open(base, encoding=enc) as f:
        parts = []
        while True:
            p = f.read(777)
            if not p:
                break
            parts.append(p)
    print(enc, [len(x) for x in lines], "".join(lines) == s, "".join(parts) == s, len(parts))

# newline modes on read.
put(b"a\rb\r\nc\nd\r")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(base, newline=nl) as f:
        lines = f.readlines()
        print("read newline=%r" % (nl,), lines, f.newlines)
    with open(base, newline=nl) as f:
        print("  read()", repr(f.read()), f.newlines)
with open(base) as f:
    print("newlines", f.newlines, repr(f.readline()), f.newlines, repr(f.readline()), f.newlines, repr(f.read()), f.newlines)
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(base, "w", newline=nl) as f:
        f.write("x\ny\r\nz")
    print("write newline=%r" % (nl,), get())
show("bad newline", lambda: open(base, newline="x"))
show("bad newline type", lambda: open(base, newline=1))
show("bad encoding", lambda: open(base, encoding="nope"))
show("bad encoding type", lambda: open(base, encoding=1))
show("bad errors type", lambda: open(base, errors=1))
show("binary encoding", lambda: open(base, "rb", encoding="utf-8"))
with open(base, errors="nope") as f:
    print("unknown handler accepted", f.errors)

# \r\n split by a chunk boundary still reads as one newline.
put(b"x" * 8191 + b"\r\n" + b"y\r\n")
with open(base) as f:
    lines = f.readlines()
    print([len(x) for x in lines], repr(lines[-1]), f.newlines)
with open(base, newline="") as f:
    print([len(x) for x in f.readlines()])

# tell and seek.
put("héllo\nwörld\nthird\n".encode())
with open(base) as f:
    print(repr(f.readline()), f.tell())
    pos = f.tell()
    print(repr(f.read(3)), f.tell())
    f.seek(pos)
    print(repr(f.readline()), f.tell())
    f.seek(0)
    print(repr(f.read()), f.tell())
put(b"a\r\nb\r\nc")
with open(base) as f:
    print(repr(f.readline()), f.tell(), repr(f.read(1)), f.tell())
with open(base, "w", encoding="utf-16") as f:
    f.write("xy")
    print("utf-16 tell", f.tell())
    f.seek(0)
    f.write("ab")
print(get())
with open(base, encoding="utf-16") as f:
    print(repr(f.read(1)), f.tell(), repr(f.read()))

# The repr and the attributes.
with open(base, "w", encoding="Latin1") as f:
    print(repr(f).replace(base, "BASE"), f.encoding, f.errors, f.newlines)
with open(base) as f:
    print(repr(f).replace(base, "BASE"), f.encoding, f.errors)

# A decode error while reading.
put(b"ok\n\xff\n")
with open(base) as f:
    show("readline", f.readline)
with open(base, errors="replace") as f:
    show("readline", f.readline)
    show("readline", f.readline)

os.remove(base)
