# os and os.path: deterministic results, in a scratch directory.
import os
import os.path
from os import path as ospath

print(os.name, repr(os.sep), repr(os.linesep), os.curdir, os.pardir, os.extsep, os.pathsep, os.altsep, os.devnull)
print(os.path is ospath, os.path.sep, os.environ["FTPY_TEST_VAR"] if "FTPY_TEST_VAR" in os.environ else "-")
print(isinstance(os.getpid(), int), os.getpid() > 0, os.cpu_count() >= 1, os.path.isabs(os.getcwd()))
os.environ["FTPY_TEST_VAR"] = "x"
print(os.getenv("FTPY_TEST_VAR"), os.getenv("FTPY_SURELY_UNSET_VAR"), os.getenv("FTPY_SURELY_UNSET_VAR", "dflt"))
print("PATH" in os.environ, os.environ.get("FTPY_SURELY_UNSET_VAR", 0))

# os.path, pure string functions.
J = os.path.join
print(J("a"), J("a", "b", "c"), J("a/", "b"), J("/a", "/b", "c"), J("", "x"), J("a", ""), J("a", "", "b"))
for p in ["/usr/lib/x.tar.gz", "a/b/", "/", "//", "///a", "file", "", ".hidden", "a/.b.c", "a..b", "dir.d/file", "../x", "a//b"]:
    print(repr(p), os.path.split(p), os.path.dirname(p), repr(os.path.basename(p)), os.path.splitext(p))
for p in ["", ".", "/", "//", "///", "a/./b", "a/../b", "../../a", "/../a", "a/b/../../..", "//a//b/", "a/b/c/..", "./", "x/../"]:
    print(repr(p), repr(os.path.normpath(p)))
print(os.path.abspath("/a/b/../c"), os.path.abspath("x") == os.path.join(os.getcwd(), "x"), os.path.abspath(".") == os.getcwd())
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.expanduser("plain"))

# The file system.
base = os.path.join(os.getcwd(), "_ftpy_os_scratch")
if os.path.exists(base):
    for root in [os.path.join(base, "sub", "deeper"), os.path.join(base, "sub")]:
        if os.path.isdir(root):
            for n in os.listdir(root):
                q = os.path.join(root, n)
                if os.path.isfile(q):
                    os.remove(q)
            os.rmdir(root)
    for n in os.listdir(base):
        os.remove(os.path.join(base, n))
    os.rmdir(base)
print(os.path.exists(base))
os.mkdir(base)
print(os.path.exists(base), os.path.isdir(base), os.path.isfile(base), os.listdir(base))
f = os.path.join(base, "a.txt")
with open(f, "w") as fh:
    fh.write("hello world")
print(os.path.isfile(f), os.path.isdir(f), os.path.getsize(f), os.listdir(base))
os.rename(f, os.path.join(base, "b.txt"))
print(sorted(os.listdir(base)), os.path.exists(f))
deep = os.path.join(base, "sub", "deeper")
os.makedirs(deep)
os.makedirs(deep, exist_ok=True)
print(os.path.isdir(deep), sorted(os.listdir(base)))
try:
    os.makedirs(deep)
except FileExistsError as e:
    print("FileExistsError", e.errno, e.strerror, e.filename == deep)
try:
    os.mkdir(base)
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    os.remove(f)
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror, e.filename == f)
try:
    os.rmdir(base)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.listdir(os.path.join(base, "nope"))
except FileNotFoundError as e:
    print("listdir", e.errno)
try:
    os.path.getsize(os.path.join(base, "nope"))
except OSError as e:
    print("getsize", type(e).__name__)
os.rmdir(deep)
os.rmdir(os.path.join(base, "sub"))
os.remove(os.path.join(base, "b.txt"))
os.rmdir(base)
print(os.path.exists(base), os.path.exists(""), os.path.isfile(""))
