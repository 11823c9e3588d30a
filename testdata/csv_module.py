# _csv (Modules/_csv.c) through the Lib's csv module: reader, writer,
# DictReader, DictWriter, Sniffer, dialects, quoting modes and errors.
import csv
import io
import _csv


def show(f, *a, **k):
    try:
        print("ok", repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


def read(text, **k):
    return list(csv.reader(io.StringIO(text, newline=""), **k))


def write(rows, **k):
    s = io.StringIO(newline="")
    w = csv.writer(s, **k)
    w.writerows(rows)
    return s.getvalue()


print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.__version__)
print(csv.Error is _csv.Error, csv.Error.__module__, issubclass(csv.Error, Exception))
print(sorted(csv.list_dialects()))

# Reading.
print(read('a,b,c\r\n1,2,3\r\n'))
print(read('a,"b,c",d\n"e ""quoted""",f\n'))
print(read('a,"multi\nline",b\n\nlast\n'))
print(read('x;y;"z;w"\n', delimiter=";"))
print(read("a, b,  'c d'\n", quotechar="'", skipinitialspace=True))
print(read('a\\,b,c\\\nd\n', escapechar="\\"))
print(read('1,2.5,"x",,-3e2\n', quoting=csv.QUOTE_NONNUMERIC))
print(read('"a",b"c\n', quoting=csv.QUOTE_NONE))
print(read('"a"b,c\n'))
print(read('"unterminated\n'))
print(read('a\tb\n', dialect="excel-tab"))
print(read('a\0b,c\n'))
print(read('', ), read('\n\n'))
r = csv.reader(['a,b', 'c,"d', 'e"', 'f'])
print([(row, r.line_num) for row in r])
print(r.dialect.delimiter, r.dialect.quoting)
show(lambda: read('"a"b,c\n', strict=True))
show(lambda: read('"abc\n', strict=True))
show(lambda: list(csv.reader(['a\rb'])))
show(lambda: list(csv.reader([b'a,b'])))
show(lambda: read('1,x\n', quoting=csv.QUOTE_NONNUMERIC))
old = csv.field_size_limit(5)
show(lambda: read('abcdef\n'))
print(read('abcde\n'), csv.field_size_limit(old), csv.field_size_limit())

# Writing.
rows = [["a", "b,c", 'd"e', "f\ng", None, 1, 2.5, True, ""], [], [""], [None], ["", ""]]
for q in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    print(q, repr(write(rows, quoting=q)))
print(repr(write([["a,b", 'c"d', "e\\f"]], quoting=csv.QUOTE_NONE, escapechar="\\")))
print(repr(write([['c"d', "x"]], doublequote=False, escapechar="\\")))
print(repr(write([["a", "b\nc"], ["d!e"]], lineterminator="!")))
print(repr(write([["a", "b"]], delimiter="\t", lineterminator="\n")))
print(repr(write([["é", "ü,x", "\U0001F600"]])))
s = io.StringIO()
print(csv.writer(s).writerow(["x", "y"]), repr(s.getvalue()))
show(lambda: write([["a,b"]], quoting=csv.QUOTE_NONE))
show(lambda: write([[""]], quoting=csv.QUOTE_NONE))
show(lambda: write([['a"b']], doublequote=False))
show(lambda: write([5]))
show(lambda: write(5))
show(lambda: csv.writer(5))


class Boom:
    def __str__(self):
        raise ValueError("boom")


show(lambda: write([[Boom()]]))

# Dialects: the Lib's classes, registration, _csv.Dialect checks.
class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


csv.register_dialect("semi", Semi)
print(sorted(csv.list_dialects()), csv.get_dialect("semi").delimiter)
print(read("a;'b;c'\n", dialect="semi"), repr(write([["x;y", "z"]], dialect="semi")))
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
print(repr(write([["a", 1]], dialect="pipes")))
d = csv.get_dialect("pipes")
print(type(d).__name__, d.delimiter, repr(d.quotechar), repr(d.escapechar), repr(d.lineterminator),
      d.quoting, d.doublequote, d.skipinitialspace, d.strict)
csv.unregister_dialect("pipes")
show(csv.get_dialect, "pipes")
show(csv.unregister_dialect, "pipes")
show(csv.register_dialect, 1)
show(csv.reader, [], "nosuch")


class Broken(csv.Dialect):
    delimiter = ""


show(Broken)
for kw in [dict(delimiter=None), dict(delimiter="ab"), dict(delimiter=5), dict(quotechar=5),
           dict(quotechar=None, quoting=csv.QUOTE_ALL), dict(escapechar=""), dict(lineterminator=5),
           dict(quoting=7), dict(quoting="1"), dict(nosuch=1)]:
    print(kw, end=" ")
    show(lambda: _csv.Dialect(**kw))
dq = _csv.Dialect(quotechar=None)
print(dq.quoting, dq.quotechar)
base = _csv.Dialect(delimiter=":")
print(_csv.Dialect(base) is base, _csv.Dialect(base, strict=True).delimiter)
show(setattr, base, "strict", True)

# DictReader, DictWriter.
text = "name,age\r\nann,30\r\nbob,25,extra\r\ncy\r\n"
for row in csv.DictReader(io.StringIO(text, newline="")):
    print(row)
print(list(csv.DictReader(io.StringIO(text, newline=""), restkey="more", restval="?")))
s = io.StringIO(newline="")
w = csv.DictWriter(s, fieldnames=["name", "age"], extrasaction="ignore")
w.writeheader()
w.writerows([{"name": "ann", "age": 30}, {"name": "b,b", "extra": 1}])
print(repr(s.getvalue()))
show(lambda: csv.DictWriter(io.StringIO(), ["a"]).writerow({"b": 1}))

# Sniffer.
sn = csv.Sniffer()
sample = "a;b;c\n1;2;3\n4;5;6\n"
dl = sn.sniff(sample)
print(dl.delimiter, repr(dl.quotechar), dl.skipinitialspace, sn.has_header("name,age\nann,30\nbob,25\n"))
print(sn.sniff('"x","y"\n"1","2"\n').quotechar)
show(sn.sniff, "")

# Dialects refuse pickling.
import pickle
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    show(pickle.dumps, csv.get_dialect("excel"), proto)
