# Threads share one _csv reader (over one input iterator) and one writer:
# every row is read or written exactly once and whole, and line_num
# counts every line (free-threaded ftpy). ftpy-only: no golden file.
import _csv
import threading

N = 4
ROWS = 400
start = threading.Barrier(N)
lines = ['%d,"quoted, %d",x\r\n' % (i, i) for i in range(ROWS)]
reader = _csv.reader(iter(lines))
got = [[] for _ in range(N)]
out = []
writer = _csv.writer(type("Sink", (), {"write": lambda self, s: out.append(s)})(), quoting=_csv.QUOTE_ALL)


def worker(i):
    start.wait()
    for row in reader:
        got[i].append(row)
        writer.writerow(row)


threads = [threading.Thread(target=worker, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
rows = sorted((r for g in got for r in g), key=lambda r: int(r[0]))
assert rows == [[str(i), "quoted, %d" % i, "x"] for i in range(ROWS)], rows[:3]
assert reader.line_num == ROWS, reader.line_num
assert sorted(out) == sorted('"%d","quoted, %d","x"\r\n' % (i, i) for i in range(ROWS))
