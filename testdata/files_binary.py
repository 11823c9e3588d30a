# Binary files (BufferedReader, BufferedWriter, BufferedRandom), seek and
# tell on text files, and open()'s errors, compared with CPython. The files
# live in $TMPDIR under names holding the process id.
import os

base = os.path.join(os.environ.get("TMPDIR", "/tmp"), "ftpy_files_binary_%d" % os.getpid())
p = base + ".bin"
q = base + ".txt"


def clean(s):
    return str(s).replace(base, "BASE")


def attempt(label, fn, *args, **kw):
    try:
        r = fn(*args, **kw)
    except Exception as e:
        print(label, "->", type(e).__name__, clean(e))
    else:
        print(label, "=", clean(repr(r)))


def describe(f):
    print(type(f).__name__, clean(repr(f)), f.mode, f.name == p, f.closed,
          f.readable(), f.writable(), f.seekable(), isinstance(f.fileno(), int), f.isatty())


# All 256 byte values, written and read back.
data = bytes(range(256))
with open(p, "wb") as f:
    describe(f)
    print(f.write(data), f.write(b""), f.write(data[::-1]), f.tell())
with open(p, "rb") as f:
    describe(f)
    back = f.read()
    print(type(back).__name__, len(back), back == data + data[::-1], f.read(), f.tell())

# read(n) in chunks, read(0), read(-1), read(None).
with open(p, "rb") as f:
    sizes = []
    while True:
        chunk = f.read(100)
        if not chunk:
            break
        sizes.append(len(chunk))
    print(sizes, f.read(0), f.read(5))
    f.seek(0)
    print(f.read(3), f.read(0), len(f.read(-1)), f.read(None))
    f.seek(250)
    print(f.read(None) == data[250:] + data[::-1], f.read1(4))
    f.seek(0)
    print(f.read1(4), len(f.read1()) > 0)

# Lines: readline, readline(size), readlines, iteration.
with open(p, "wb") as f:
    print(f.writelines([b"a\n", b"b\n", b"\n", b"c"]))
with open(p, "rb") as f:
    print([f.readline() for _ in range(6)])
    f.seek(0)
    print(f.readline(1), f.readline(1), f.readline(0), f.readline(5), f.readline(None), f.readline(-1))
    f.seek(0)
    print(f.readlines())
    f.seek(0)
    print(f.readlines(3), f.readlines())
    f.seek(0)
    print(list(f), list(f))
    f.seek(0)
    for line in f:
        print(type(line).__name__, line)
    f.seek(0)
    print(next(f), iter(f) is f)

# seek and tell, whence 0, 1 and 2.
with open(p, "wb") as f:
    f.write(data)
with open(p, "rb") as f:
    print(f.seek(10), f.tell(), f.read(2), f.tell())
    print(f.seek(5, 1), f.read(1), f.seek(-3, 1), f.read(1))
    print(f.seek(-3, 2), f.read(), f.tell(), f.seek(0, 2))
    print(f.seek(1000), f.read(), f.tell(), f.seek(0, 1))
    print(f.seek(0), f.readline()[:3], f.tell())
    attempt("seek(-1)", f.seek, -1)
    attempt("seek(-1000, 1)", f.seek, -1000, 1)
    attempt("seek(0, 7)", f.seek, 0, 7)
    attempt("seek(1.5)", f.seek, 1.5)
    print(f.tell())

# Append mode: tell starts at the end, writes go after the old data.
with open(p, "wb") as f:
    f.write(b"head\n")
with open(p, "ab") as f:
    describe(f)
    print(f.tell(), f.write(b"tail\n"), f.tell())
    print(f.seek(0), f.write(b"more\n"))
with open(p, "rb") as f:
    print(f.read())

# 'x' mode: refuses an existing file, creates a new one.
attempt("open xb", open, p, "xb")
attempt("open x", open, p, "x")
os.remove(p)
with open(p, "xb") as f:
    describe(f)
    f.write(b"created")
with open(p, "rb") as f:
    print(f.read())
os.remove(p)
with open(p, "x+b") as f:
    print(type(f).__name__, f.mode, f.write(b"xyz"), f.seek(0), f.read())

# '+' modes.
with open(p, "wb") as f:
    f.write(b"0123456789")
with open(p, "r+b") as f:
    describe(f)
    print(f.read(3), f.write(b"AB"), f.tell(), f.read(2), f.tell())
    print(f.seek(0, 2), f.write(b"!"), f.seek(0), f.read())
    print(f.seek(12), f.write(b"Z"), f.seek(0), f.read())
with open(p, "rb+") as f:
    print(f.mode, f.readline(), f.seek(1), f.write(b"_"), f.flush(), f.read(3))
with open(p, "w+b") as f:
    describe(f)
    print(f.read(), f.write(b"line1\nline2\n"), f.tell(), f.seek(0), f.readline(), f.tell())
    print(f.write(b"LINE2\n"), f.seek(0), f.readlines())
with open(p, "wb+") as f:
    print(f.mode, f.write(b"abc"), f.seek(-1, 1), f.read(), f.tell())
with open(p, "a+b") as f:
    print(f.mode, f.tell(), f.read(), f.seek(0), f.read(), f.write(b"d"), f.tell())
with open(p, "rb") as f:
    print(f.read())

# Errors.
with open(p, "wb") as f:
    attempt("write str", f.write, "str")
    attempt("write int", f.write, 1)
    attempt("writelines str", f.writelines, [b"ok", "str"])
    attempt("read on wb", f.read)
    attempt("readline on wb", f.readline)
    attempt("readlines on wb", f.readlines)
    attempt("next on wb", next, f)
    attempt("read1 on wb", f.read1)
with open(p, "rb") as f:
    print(f.read())
    attempt("write on rb", f.write, b"x")
    attempt("writelines on rb", f.writelines, [b"x"])
    attempt("read('x')", f.read, "x")
    attempt("read(-5)", f.read, -5)
with open(q, "w") as f:
    attempt("text write bytes", f.write, b"x")
    attempt("text writelines bytes", f.writelines, [b"x"])
    attempt("text read on w", f.read)
    attempt("text readline on w", f.readline)
with open(q, "r") as f:
    attempt("text write on r", f.write, "x")
for mode, kw in [("rtb", {}), ("bt", {}), ("rb", {"encoding": "utf-8"}), ("rb", {"errors": "strict"}),
                 ("rb", {"newline": ""}), ("rw", {}), ("b", {}), ("", {}), ("rr", {}), ("rq", {}), ("r++", {}),
                 ("U", {}), ("wa", {}), ("+", {})]:
    attempt("open(%r, %r)" % (mode, kw), open, p, mode, **kw)
with open(p, "rb", encoding=None, errors=None, newline=None) as f:
    print(f.read())
attempt("open mode int", open, p, 1)
attempt("open missing", open, base + ".nope", "rb")

# Closed files: binary and text.
for mode in ["rb", "wb", "r+b", "r", "w", "r+"]:
    f = open(p if "b" in mode else q, mode)
    f.close()
    f.close()
    print(mode, f.closed, clean(repr(f)))
    arg = b"x" if "b" in mode else "x"
    for name, fn, args in [("read", f.read, ()), ("readline", f.readline, ()), ("readlines", f.readlines, ()),
                           ("write", f.write, (arg,)), ("writelines", f.writelines, ([arg],)),
                           ("flush", f.flush, ()), ("seek", f.seek, (0,)), ("tell", f.tell, ()),
                           ("readable", f.readable, ()), ("writable", f.writable, ()),
                           ("seekable", f.seekable, ()), ("fileno", f.fileno, ()), ("isatty", f.isatty, ()),
                           ("iter", iter, (f,)), ("next", next, (f,)), ("enter", f.__enter__, ())]:
        attempt("  " + name, fn, *args)

# The with statement returns the file itself and closes it, also on error.
f = open(p, "rb")
with f as g:
    print(g is f, f.closed)
print(f.closed)
try:
    with open(p, "wb") as f:
        f.write(b"kept")
        raise KeyError("boom")
except KeyError as e:
    print("KeyError", e, f.closed)
with open(p, "rb") as f:
    print(f.read())
print(f.__exit__(None, None, None), f.closed)

# Text files: tell and seek use byte offsets as cookies.
with open(q, "w") as f:
    print(f.tell(), f.write("héllo\nwörld\n"), f.tell())
with open(q) as f:
    describe_t = (type(f).__name__, clean(repr(f)), f.mode, f.seekable())
    print(describe_t)
    print(f.read(2), f.tell(), f.readline(), f.tell(), f.readline(), f.tell(), f.readline())
    print(f.seek(0), f.readline(2), f.seek(7), f.read(), f.seek(0, 2), f.seek(0, 1))
    attempt("seek(-1)", f.seek, -1)
    attempt("seek(1, 1)", f.seek, 1, 1)
    attempt("seek(-1, 2)", f.seek, -1, 2)
    attempt("seek(0, 3)", f.seek, 0, 3)
with open(q, "r+") as f:
    print(f.read(3), f.tell(), f.seek(0, 2), f.write("zz"), f.tell(), f.seek(0), f.read())
with open(q, "w+") as f:
    print(f.write("one\ntwo\n"), f.seek(0), f.readlines(), f.tell(), f.seek(4), f.write("TWO"), f.seek(0), f.read())
with open(q, "a") as f:
    print(f.tell(), f.write("end\n"), f.tell())
with open(q, "rt") as f:
    print(f.mode, list(f))

os.remove(p)
os.remove(q)
print(os.path.exists(p), os.path.exists(q))
