# sqlite3: connecting, executing, fetching, transactions and cursors,
# through the Lib's sqlite3 package over _sqlite3.
import sqlite3

print(sqlite3.sqlite_version_info >= (3, 7, 15), sqlite3.threadsafety, sqlite3.apilevel, sqlite3.paramstyle)
print(sqlite3.PARSE_DECLTYPES, sqlite3.PARSE_COLNAMES, sqlite3.SQLITE_OK, sqlite3.SQLITE_DENY, sqlite3.SQLITE_LIMIT_LENGTH)
con = sqlite3.connect(":memory:")
print(type(con).__name__, con.isolation_level == "", con.in_transaction, con.total_changes)
cur = con.cursor()
print(cur.connection is con, cur.arraysize, cur.rowcount, cur.lastrowid, cur.description)
cur.execute("create table t(id integer primary key, name text, score real, data blob, n)")
print(cur.rowcount, con.in_transaction)
cur.execute("insert into t(name, score, data) values (?, ?, ?)", ("ann", 1.5, b"\x00\x01"))
print(cur.rowcount, cur.lastrowid, con.in_transaction)
cur.executemany("insert into t(name, score, n) values (:name, :score, :n)",
                [{"name": "bob", "score": 2.0, "n": None}, {"name": "cy", "score": -3.25, "n": 7}])
print(cur.rowcount, cur.lastrowid)
con.commit()
print(con.in_transaction, con.total_changes)
cur.execute("select * from t order by id")
print([d[0] for d in cur.description])
print(cur.fetchone())
print(cur.fetchmany())
print(cur.fetchall())
print(cur.fetchone(), cur.fetchall())
for row in con.execute("select id, name from t where score > ?", (0,)):
    print(row)
print(con.execute("select count(*), sum(score), max(name) from t").fetchone())
print(con.execute("select 1, 2.5, 'x', x'ff', null, 9223372036854775807, -9223372036854775808").fetchone())
print(con.execute("select ?, ?, ?, ?, ?", (True, 10**18, "é✓", bytearray(b"ab"), memoryview(b"cd"))).fetchone())
cur.arraysize = 2
cur.execute("select id from t")
print(cur.fetchmany(), cur.fetchmany(5))

# rollback and the implicit transaction before DML
con.execute("delete from t where id = 1")
print(con.in_transaction)
con.rollback()
print(con.execute("select count(*) from t").fetchone(), con.in_transaction)
con.execute("update t set n = 1")
print(con.execute("select changes()").fetchone())
con.commit()

# autocommit mode and explicit transactions
con.isolation_level = None
con.execute("insert into t(name) values ('dee')")
print(con.in_transaction)
con.execute("begin")
con.execute("insert into t(name) values ('eve')")
print(con.in_transaction)
con.execute("rollback")
print(con.execute("select name from t order by id").fetchall())
con.isolation_level = "IMMEDIATE"
print(con.isolation_level)

# the connection as a context manager
con.isolation_level = ""
with con:
    con.execute("insert into t(name) values ('fay')")
try:
    with con:
        con.execute("insert into t(name) values ('gil')")
        raise KeyError("stop")
except KeyError:
    pass
print([r[0] for r in con.execute("select name from t order by id")])

# executescript commits first and runs every statement
con.execute("insert into t(name) values ('hal')")
cur.executescript("""
    -- a comment
    create table u(a);
    insert into u values (1);
    /* another */ insert into u values (2);
""")
print(con.in_transaction, con.execute("select sum(a) from u").fetchone())
print(con.execute("select count(*) from t").fetchone())

# rowcount for DML after comments, and for a select
cur.execute("/* c */ update u set a = a + 1")
print(cur.rowcount)
cur.execute("select * from u")
print(cur.rowcount)
cur.execute("insert into u values (5) returning a")
print(cur.fetchall(), cur.rowcount)

# empty statements and comments only
print(con.execute("").fetchall(), con.execute("-- nothing").description)
print(sqlite3.complete_statement("select 1;"), sqlite3.complete_statement("select 1"))

# iterdump
for line in con.iterdump():
    if "u" in line.split("(")[0]:
        print(line)
cur.close()
con.close()
print("done")
