# sqlite3: expected errors, with python3's messages.
import sqlite3
sqlite3.connect(":memory:").execute("select 1; select 2")
### "ProgrammingError: You can only execute one statement at a time."
---
import sqlite3
sqlite3.connect(":memory:").execute("selec 1")
### "OperationalError: near "selec": syntax error"
---
import sqlite3
sqlite3.connect(":memory:").execute("select ?", (1, 2))
### "ProgrammingError: Incorrect number of bindings supplied. The current statement uses 1, and there are 2 supplied."
---
import sqlite3
sqlite3.connect(":memory:").execute("select :a", {"b": 1})
### "ProgrammingError: You did not supply a value for binding parameter :a."
---
import sqlite3
sqlite3.connect(":memory:").execute("select ?", {"b": 1})
### "ProgrammingError: Binding 1 has no name, but you supplied a dictionary \(which has only names\)."
---
import sqlite3
sqlite3.connect(":memory:").execute("select ?", [object()])
### "ProgrammingError: Error binding parameter 1: type 'object' is not supported"
---
import sqlite3
sqlite3.connect(":memory:").execute("select ?", 1)
### "ProgrammingError: parameters are of unsupported type"
---
import sqlite3
sqlite3.connect(":memory:").execute("select ?", (2**63,))
### "OverflowError: Python int too large to convert to SQLite INTEGER"
---
import sqlite3
sqlite3.connect(":memory:").execute("select '\x00'")
### "ProgrammingError: the query contains a null character"
---
import sqlite3
sqlite3.connect(":memory:").execute("select ?", ("\ud800",))
### "UnicodeEncodeError: 'utf-8' codec can't encode character '.ud800' in position 0: surrogates not allowed"
---
import sqlite3
sqlite3.connect(":memory:").execute(1)
### "TypeError: execute\(\) argument 1 must be str, not int"
---
import sqlite3
sqlite3.connect(":memory:").executemany("select 1", [()])
### "ProgrammingError: executemany\(\) can only execute DML statements."
---
import sqlite3
sqlite3.connect(":memory:").executescript(1)
### "TypeError: executescript\(\) argument must be str, not int"
---
import sqlite3
c = sqlite3.connect(":memory:")
c.execute("create table t(a unique)")
c.execute("insert into t values (1)")
try:
    c.execute("insert into t values (1)")
except sqlite3.IntegrityError as e:
    print(e.sqlite_errorcode, e.sqlite_errorname)
    raise
### "IntegrityError: UNIQUE constraint failed: t.a"
---
import sqlite3
c = sqlite3.connect(":memory:")
c.close()
c.execute("select 1")
### "ProgrammingError: Cannot operate on a closed database."
---
import sqlite3
c = sqlite3.connect(":memory:")
cu = c.cursor()
cu.close()
cu.fetchone()
### "ProgrammingError: Cannot operate on a closed cursor."
---
import sqlite3
sqlite3.connect(":memory:").isolation_level = "foo"
### "ValueError: isolation_level string must be '', 'DEFERRED', 'IMMEDIATE', or 'EXCLUSIVE'"
---
import sqlite3
sqlite3.connect(":memory:", isolation_level=1)
### "TypeError: isolation_level must be str or None"
---
import sqlite3
sqlite3.connect(1)
### "TypeError: expected str, bytes or os.PathLike object, not int"
---
import sqlite3
sqlite3.Cursor(1)
### "TypeError: Cursor\(\) argument 1 must be sqlite3.Connection, not int"
---
import sqlite3
sqlite3.Row(1, 2)
### "TypeError: Row\(\) argument 1 must be sqlite3.Cursor, not int"
---
import sqlite3
sqlite3.adapt(object())
### "ProgrammingError: can't adapt"
---
import sqlite3
sqlite3.register_converter(1, int)
### "TypeError: register_converter\(\) argument 1 must be str, not int"
---
import sqlite3
sqlite3.connect(":memory:").create_collation("c", 1)
### "TypeError: parameter must be callable"
---
import sqlite3
sqlite3.connect(":memory:").create_function("f", -2, len)
### "OperationalError: Error creating function"
---
import sqlite3
sqlite3.connect(":memory:").getlimit(99)
### "ProgrammingError: 'category' is out of bounds"
---
import sqlite3
c = sqlite3.connect(":memory:")
c.execute("create table t(b)")
c.execute("insert into t values (zeroblob(2))")
c.blobopen("t", "b", 1).write(b"abc")
### "ValueError: data longer than blob length"
---
import sqlite3
c = sqlite3.connect(":memory:")
c.execute("create table t(b)")
c.blobopen("t", "b", 5)
### "OperationalError: no such rowid: 5"
---
import sqlite3
c = sqlite3.connect(":memory:")
c.execute("create table t(b)")
c.execute("insert into t values (zeroblob(2))")
c.blobopen("t", "b", 1)[5]
### "IndexError: Blob index out of range"
---
import sqlite3
c = sqlite3.connect(":memory:")
c.backup(c)
### "ValueError: target cannot be the same connection instance"
---
import sqlite3, threading
c = sqlite3.connect(":memory:")
err = []
def use():
    try:
        c.execute("select 1")
    except sqlite3.ProgrammingError as e:
        err.append(e)
t = threading.Thread(target=use)
t.start()
t.join()
raise err[0]
### "ProgrammingError: SQLite objects created in a thread can only be used in that same thread. The object was created in thread id [0-9]+ and this is thread id [0-9]+."
---
import sqlite3
c = sqlite3.connect(":memory:")
c.enable_load_extension(True)
### "AttributeError: 'sqlite3.Connection' object has no attribute 'enable_load_extension'"
