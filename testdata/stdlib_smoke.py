# Issue 12 smoke checks: the Lib modules used as a program would.
import re
m = re.search(r"(?P<w>\w+) \1", "say hello hello world")
print(m.group("w"), m.span())
print(re.findall(r"(?<=\$)\d+", "cost $12 and $345"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
import datetime
d = datetime.datetime(2024, 2, 28, 13, 5, 9)
print((d + datetime.timedelta(days=2)).isoformat(), datetime.date.fromisoformat("2020-01-31"))
print(datetime.datetime.fromisoformat("2021-05-06T07:08:09+02:00"))
import enum
class Color(enum.Enum):
    RED = enum.auto()
    GREEN = enum.auto()
class Perm(enum.Flag):
    R = 4; W = 2; X = 1
print(list(Color), Color(2), Perm.R | Perm.W, Perm(7))
import pathlib, tempfile
with tempfile.TemporaryDirectory() as td:
    p = pathlib.Path(td)
    (p / "a.txt").write_text("alpha\n")
    (p / "b.py").write_text("beta\n")
    (p / "sub").mkdir()
    (p / "sub" / "c.txt").write_text("gamma")
    print(sorted(x.relative_to(p).as_posix() for x in p.glob("**/*.txt")), (p / "a.txt").read_text())
import subprocess
r = subprocess.run(["echo", "hi"], capture_output=True)
print(r.returncode, r.stdout)
r = subprocess.run("exit 3", shell=True)
print(r.returncode)
print(subprocess.check_output(["cat"], input=b"piped"))
import struct
print(struct.pack("<ihd", 1, -2, 3.5), struct.unpack(">I", b"\x00\x00\x01\x00"))
import hashlib
print(hashlib.sha256(b"abc").hexdigest()[:16], hashlib.md5(b"").hexdigest())
import zlib
data = b"ftpy " * 100
print(len(zlib.compress(data)) < len(data), zlib.decompress(zlib.compress(data)) == data, zlib.crc32(data))
import json
s = json.dumps({"a": [1, 2.5, None, True], "b": "é"}, sort_keys=True)
print(s, json.loads(s), json.dumps({"x": 1}, indent=2))
import textwrap
print(textwrap.fill("The quick brown fox jumps over the lazy dog " * 3, width=30))
import collections.abc
print(isinstance([], collections.abc.Sequence), isinstance({}, collections.abc.Mapping), isinstance(iter([]), collections.abc.Iterator), issubclass(dict, collections.abc.MutableMapping))
import traceback
try:
    1 / 0
except ZeroDivisionError:
    print(traceback.format_exc().splitlines()[-1])
import warnings
def f():
    warnings.warn("careful", UserWarning)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    for _ in range(3):
        f()
    print(len(w), w[0].message)

# concurrent.futures, logging to a file through a formatter, asyncio
import concurrent.futures, time, logging, asyncio, tempfile, os
def work(n):
    s = 0
    for i in range(n):
        s += i * i
    return s
N = 20_000
t0 = time.perf_counter(); r1 = [work(N) for _ in range(2)]; t1 = time.perf_counter()
with concurrent.futures.ThreadPoolExecutor(2) as ex:
    r2 = list(ex.map(work, [N, N]))
t2 = time.perf_counter()
print(r1 == r2)
with tempfile.TemporaryDirectory() as d:
    fn = os.path.join(d, "log.txt")
    logging.basicConfig(filename=fn, level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
    logging.getLogger("app").info("hello %s", 42)
    logging.getLogger("app").debug("hidden")
    logging.shutdown()
    print(open(fn).read(), end="")
async def main():
    async def f(x):
        await asyncio.sleep(0.01)
        return x * 2
    return await asyncio.gather(*(f(i) for i in range(5)))
print(asyncio.run(main()))
