# Text files whose text layer does work (a codec other than UTF-8, BOMs,
# newline translation both ways) shared by several threads: each write
# is encoded and each read decoded under the file's lock, so lines come
# back whole and once, and tell() agrees with where reading stands.
import os
import threading

NTHREADS = 4
NLINES = 500
path = os.path.join(os.environ.get("TMPDIR", "/tmp"), "ftpy_files_text_threads_%d.txt" % os.getpid())


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
    return "thread %d line %d é€\U0001F600 %s\n" % (k, i, "x" * ((k * 7 + i) % 23))


expected = sorted(line_of(k, i) for k in range(NTHREADS) for i in range(NLINES))
for enc, nl in [("utf-16", "\r\n"), ("utf-32-be", None), ("utf-8", "\r"), ("latin-1", "\r\n")]:
    lines = expected
    if enc == "latin-1":
        lines = sorted(l.replace("€", "E").replace("\U0001F600", ":)") for l in expected)
    mine = {k: [l for l in lines if l.startswith("thread %d " % k)] for k in range(NTHREADS)}
    with open(path, "w", encoding=enc, newline=nl) as f:
        def write_lines(k):
            for line in mine[k]:
                assert f.write(line) == len(line)
        run_threads(write_lines)
    with open(path, encoding=enc) as f:
        seen = [[] for _ in range(NTHREADS)]

        def read_lines(k):
            got = seen[k]
            while True:
                line = f.readline()
                if not line:
                    return
                got.append(line)
                if k == 0:
                    f.tell()
        run_threads(read_lines)
        total = sorted(line for part in seen for line in part)
        assert total == lines, (enc, len(total), total[:2], lines[:2])
    # tell() after each line is where the next line starts.
    with open(path, encoding=enc) as f:
        marks = []
        while True:
            pos = f.tell()
            line = f.readline()
            if not line:
                break
            marks.append((pos, line))
        for pos, line in marks[::37]:
            f.seek(pos)
            assert f.readline() == line, (enc, pos, line)
os.remove(path)
print("ok")
