# sqlite3: user functions, aggregates, window functions, collations and
# the authorizer, progress and trace hooks.
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("create table t(x, s)")
con.executemany("insert into t values (?, ?)", [(i, "abcde"[i]) for i in range(5)])

con.create_function("twice", 1, lambda v: v * 2, deterministic=True)
con.create_function("types", -1, lambda *a: ",".join(type(v).__name__ for v in a))
print(con.execute("select twice(x), twice(s) from t where x < 2").fetchall())
print(con.execute("select types(1, 1.5, 'a', x'00', null)").fetchone())
con.create_function("ret", 1, lambda v: [None, 1, 2.5, "s", b"b", bytearray(b"ba")][v])
print([con.execute("select ret(?)", (i,)).fetchone()[0] for i in range(6)])

def boom():
    raise ValueError("inside")
con.create_function("boom", 0, boom)
try:
    con.execute("select boom()")
except sqlite3.OperationalError as e:
    print("OperationalError", e)
con.create_function("twice", 1, None)
try:
    con.execute("select twice(1)")
except sqlite3.OperationalError as e:
    print("OperationalError", e)

class Mean:
    def __init__(self):
        self.total, self.n = 0, 0
    def step(self, v):
        self.total += v
        self.n += 1
    def finalize(self):
        return self.total / self.n if self.n else None

con.create_aggregate("mean", 1, Mean)
print(con.execute("select mean(x) from t").fetchone(), con.execute("select mean(x) from t where 0").fetchone())

class BadStep:
    def step(self, v):
        raise KeyError(v)
    def finalize(self):
        return 0
con.create_aggregate("badstep", 1, BadStep)
try:
    con.execute("select badstep(x) from t")
except sqlite3.OperationalError as e:
    print("OperationalError", e)

class WinSum:
    def __init__(self):
        self.v = 0
    def step(self, x):
        self.v += x
    def inverse(self, x):
        self.v -= x
    def value(self):
        return self.v
    def finalize(self):
        return self.v

con.create_window_function("winsum", 1, WinSum)
print(con.execute("""select x, winsum(x) over (order by x rows between 1 preceding and 1 following)
                     from t order by x""").fetchall())

# collations
con.create_collation("reverse", lambda a, b: (a < b) - (a > b))
print([r[0] for r in con.execute("select s from t order by s collate reverse")])
con.create_collation("reverse", None)
try:
    con.execute("select s from t order by s collate reverse")
except sqlite3.OperationalError as e:
    print("OperationalError", e)

# authorizer
def deny_s(action, arg1, arg2, dbname, source):
    if action == sqlite3.SQLITE_READ and arg2 == "s":
        return sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_READ and arg2 == "hidden":
        return sqlite3.SQLITE_IGNORE
    return sqlite3.SQLITE_OK
con.set_authorizer(deny_s)
print(con.execute("select x from t where x = 1").fetchone())
try:
    con.execute("select s from t")
except sqlite3.DatabaseError as e:
    print(type(e).__name__, e)
con.set_authorizer(None)
print(con.execute("select s from t where x = 1").fetchone())

# progress handler
calls = []
def progress():
    calls.append(1)
    return 0
con.set_progress_handler(progress, 1)
con.execute("select count(*) from t").fetchone()
print(len(calls) > 0)
con.set_progress_handler(lambda: 1, 1)
try:
    con.execute("select count(*) from t")
except sqlite3.OperationalError as e:
    print("OperationalError", e)
con.set_progress_handler(None, 1)

# trace callback
traced = []
con.set_trace_callback(traced.append)
con.execute("select ?, 'lit'", (5,))
con.execute("insert into t values (9, 'z')")
con.set_trace_callback(None)
con.execute("select 1")
print(traced)

# interrupt from inside a function
def stop():
    con.interrupt()
    return 1
con.create_function("stop", 0, stop)
try:
    con.execute("select stop() from t, t as t2, t as t3").fetchall()
except sqlite3.OperationalError as e:
    print("OperationalError", e)
print("done")
