# sqlite3: Row, row_factory, text_factory, adapters and converters
# (detect_types), limits, serialize and blobs.
import sqlite3
import datetime
import fractions

con = sqlite3.connect(":memory:")
con.row_factory = sqlite3.Row
con.execute("create table t(a integer, B text)")
con.execute("insert into t values (1, 'one')")
row = con.execute("select a, B as b, a + 1 from t").fetchone()
print(type(row).__name__, len(row), row.keys(), tuple(row))
print(row[0], row[-1], row["A"], row["b"], row[1:])
for key in ("nope", 5, 1.0):
    try:
        row[key]
    except IndexError as e:
        print("IndexError", e)
row2 = con.execute("select a, B as b, a + 1 from t").fetchone()
print(row == row2, row != row2, hash(row) == hash(row2), row == tuple(row))

# a cursor's own row factory
cur = con.cursor()
cur.row_factory = lambda cursor, r: dict(zip([d[0] for d in cursor.description], r))
print(cur.execute("select a, B from t").fetchone())
con.row_factory = None

# text_factory
con.text_factory = bytes
print(con.execute("select 'héllo'").fetchone())
con.text_factory = bytearray
print(con.execute("select 'x'").fetchone())
con.text_factory = lambda b: b.decode().upper()
print(con.execute("select 'shout'").fetchone())
con.text_factory = str

# adapters
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

def adapt_point(p):
    return "%s;%s" % (p.x, p.y)

def convert_point(b):
    x, y = map(float, b.split(b";"))
    return Point(x, y)

sqlite3.register_adapter(Point, adapt_point)
sqlite3.register_converter("point", convert_point)
print(con.execute("select ?", (Point(1, 2),)).fetchone())

class Conforming:
    def __conform__(self, proto):
        if proto is sqlite3.PrepareProtocol:
            return "conformed"
print(con.execute("select ?", (Conforming(),)).fetchone())
print(sqlite3.adapt(Point(3, 4)), sqlite3.adapt(5, sqlite3.PrepareProtocol, "alt"))

# detect_types
dcon = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
dcon.execute("create table p(p point, d date, ts timestamp, n number(10))")
dcon.execute("insert into p values (?, ?, ?, ?)", (Point(5, 6), datetime.date(2024, 2, 29),
                                                  datetime.datetime(2020, 1, 2, 3, 4, 5, 123456), 42))
print(dcon.execute("select * from p").fetchone())
print(dcon.execute("select p as \"p [point]\", '1;2' as \"q [point]\", p from p").fetchone())
cur = dcon.execute('select 1 as "x [int]"')
print(cur.description[0][0])
dcon.close()

# fractions need an adapter
try:
    con.execute("select ?", (fractions.Fraction(3, 2),))
except sqlite3.ProgrammingError as e:
    print("ProgrammingError", e)
sqlite3.register_adapter(fractions.Fraction, str)
print(con.execute("select ?", (fractions.Fraction(3, 2),)).fetchone())

# limits
old = con.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 3)
print(con.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER))
try:
    con.execute("select ?, ?, ?, ?", (1, 2, 3, 4))
except sqlite3.OperationalError as e:
    print("OperationalError", e)
con.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, old)

# serialize and deserialize
con.execute("create table s(v)")
con.executemany("insert into s values (?)", [(i,) for i in range(5)])
con.commit()
data = con.serialize()
print(type(data).__name__, len(data) > 0)
other = sqlite3.connect(":memory:")
other.deserialize(data)
print(other.execute("select sum(v) from s").fetchone())

# backup
dst = sqlite3.connect(":memory:")
steps = []
con.backup(dst, pages=1, progress=lambda status, remaining, total: steps.append(status))
print(dst.execute("select count(*) from s").fetchone(), len(steps) > 0)

# blobs
con.execute("create table b(data blob)")
con.execute("insert into b values (zeroblob(8))")
con.commit()
with con.blobopen("b", "data", 1) as blob:
    print(len(blob), blob.tell())
    blob.write(b"abc")
    print(blob.tell())
    blob.seek(0)
    print(blob.read(4), blob.read())
    blob[7] = 0x7a
    blob[3:5] = b"XY"
    print(blob[0], blob[-1], blob[2:6], blob[::3])
print(con.execute("select data from b").fetchone())
try:
    blob.read()
except sqlite3.ProgrammingError as e:
    print("ProgrammingError", e)
