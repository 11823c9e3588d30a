# Threads share one sqlite3 connection (check_same_thread=False): inserts
# through their own cursors and through Connection.execute, a user
# function, commits, and rows fetched from one shared cursor all stay
# whole (free-threaded ftpy). ftpy-only: no golden file.
import sqlite3
import threading

N = 4
ROWS = 150
con = sqlite3.connect(":memory:", check_same_thread=False)
con.execute("create table t(th integer, i integer, sq integer)")
con.create_function("sq", 1, lambda v: v * v)
start = threading.Barrier(N)
errors = []


def writer(th):
    try:
        start.wait()
        cur = con.cursor()
        for i in range(ROWS):
            if i % 2:
                cur.execute("insert into t values (?, ?, sq(?))", (th, i, i))
            else:
                con.execute("insert into t values (?, ?, sq(?))", (th, i, i))
            if i % 25 == 0:
                con.commit()
        con.commit()
    except BaseException as e:
        errors.append(e)


threads = [threading.Thread(target=writer, args=(th,)) for th in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert not errors, errors
assert con.execute("select count(*), sum(sq) from t").fetchone() == (N * ROWS, N * sum(i * i for i in range(ROWS)))
for th in range(N):
    got = [r[0] for r in con.execute("select i from t where th = ? order by i", (th,))]
    assert got == list(range(ROWS)), (th, got[:5])

# One cursor read by every thread: each row comes out exactly once.
shared = con.execute("select th, i, sq from t")
seen = [[] for _ in range(N)]
start = threading.Barrier(N)


def reader(k):
    try:
        start.wait()
        while True:
            row = shared.fetchone()
            if row is None:
                break
            seen[k].append(row)
    except BaseException as e:
        errors.append(e)


threads = [threading.Thread(target=reader, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert not errors, errors
rows = sorted(r for s in seen for r in s)
assert rows == sorted((th, i, i * i) for th in range(N) for i in range(ROWS)), len(rows)

# Closing while other threads query: each call either works or raises
# ProgrammingError, never anything else.
start = threading.Barrier(N + 1)


def late(k):
    start.wait()
    for _ in range(50):
        try:
            con.execute("select count(*) from t").fetchone()
        except sqlite3.ProgrammingError:
            return
        except BaseException as e:
            errors.append(e)
            return


threads = [threading.Thread(target=late, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
start.wait()
con.close()
for t in threads:
    t.join()
assert not errors, errors
