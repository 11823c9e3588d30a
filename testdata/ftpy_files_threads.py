# One file object shared by several threads at once: each write and each
# readline is one operation under the file's lock, so lines written whole
# come back whole (no interleaving inside a line), none is lost, and
# threads reading lines from one file get every line exactly once.
import os
import threading

NTHREADS = 4
NLINES = 2000
base = os.path.join(os.environ.get("TMPDIR", "/tmp"), "ftpy_files_threads_%d" % os.getpid())
text_path = base + ".txt"
bin_path = base + ".bin"


def run_threads(target):
    start = threading.Barrier(NTHREADS)
    errors = []

    def body(k):
        try:
            start.wait()
            target(k)
        except BaseException as e:
            errors.append(repr(e))

    threads = [threading.Thread(target=body, args=(k,)) for k in range(NTHREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors


def line_of(k, i):
    # Lines of different lengths, so that a torn write shows.
    return "thread %d line %d %s\n" % (k, i, "x" * ((k * 7 + i) % 23))


# Writers: one text file and one binary file, each shared by all threads.
with open(text_path, "w") as tf, open(bin_path, "wb") as bf:
    def write_lines(k):
        for i in range(NLINES):
            line = line_of(k, i)
            assert tf.write(line) == len(line)
            assert bf.write(line.encode()) == len(line)
            if i % 500 == 0:
                tf.flush()
                bf.flush()
    run_threads(write_lines)

expected = sorted(line_of(k, i) for k in range(NTHREADS) for i in range(NLINES))
with open(text_path) as f:
    got = f.readlines()
assert len(got) == NTHREADS * NLINES, len(got)
assert sorted(got) == expected
with open(bin_path, "rb") as f:
    got = f.readlines()
assert len(got) == NTHREADS * NLINES, len(got)
assert sorted(line.decode() for line in got) == expected
# Each thread's own lines keep their order.
for k in range(NTHREADS):
    prefix = "thread %d " % k
    mine = [line for line in got if line.decode().startswith(prefix)]
    assert [line.decode() for line in mine] == [line_of(k, i) for i in range(NLINES)]

# Readers: threads share one file object, each taking lines with
# readline, iteration or small readlines; every line is read once.
for path, mode in [(text_path, "r"), (bin_path, "rb")]:
    with open(path, mode) as f:
        seen = [[] for _ in range(NTHREADS)]

        def read_lines(k):
            mine = seen[k]
            while True:
                if k == 0:
                    line = f.readline()
                    if not line:
                        return
                    mine.append(line)
                elif k == 1:
                    line = next(f, None)
                    if line is None:
                        return
                    mine.append(line)
                else:
                    lines = f.readlines(40)
                    if not lines:
                        return
                    mine.extend(lines)
        run_threads(read_lines)
        total = [line for part in seen for line in part]
        if mode == "rb":
            total = [line.decode() for line in total]
        assert len(total) == NTHREADS * NLINES, (mode, len(total))
        assert sorted(total) == expected, mode

# A shared file closed by one thread while others use it: each operation
# sees it open or closed, never half closed.
with open(bin_path, "rb") as f:
    outcomes = []

    def use_or_close(k):
        if k == 0:
            f.close()
            return
        try:
            while f.readline():
                pass
            outcomes.append("eof")
        except ValueError as e:
            outcomes.append(str(e))
    run_threads(use_or_close)
    assert f.closed
    assert all(o in ("eof", "readline of closed file") for o in outcomes), outcomes

os.remove(text_path)
os.remove(bin_path)
print("ok")
