# tell() and seek() on text files whose text layer changes the bytes
# (codecs, newline translation, a '\r' held back at a chunk's end): the
# position tell gives is where reading resumes after seek. CPython's
# cookies are opaque numbers, so only the round trip is printed.
import os

p = os.path.join(os.environ.get("TMPDIR", "/tmp"), "ftpy_files_text_tell_%d" % os.getpid())
for nl_w, nl_r in [("\r", None), ("\r\n", None), ("\r", ""), ("\r\n", ""), ("\n", "\n"), ("\r\n", "\r\n")]:
    for enc in ["utf-8", "utf-16", "utf-32-be", "latin-1"]:
        with open(p, "w", newline=nl_w, encoding=enc) as f:
            for i in range(400):
                f.write("line %d é %s\n" % (i, "x" * (i % 37)))
        with open(p, newline=nl_r, encoding=enc) as f:
            marks = []
            while True:
                pos = f.tell()
                line = f.readline()
                if not line:
                    break
                marks.append((pos, line))
            ok = True
            for pos, line in marks[::-7]:
                f.seek(pos)
                ok = ok and f.readline() == line
            f.seek(0)
            parts = []
            while True:
                pos = f.tell()
                part = f.read(5)
                if not part:
                    break
                parts.append((pos, part))
            for pos, part in parts[::13]:
                f.seek(pos)
                ok = ok and f.read(5) == part
            print(repr(nl_w), repr(nl_r), enc, ok, len(marks), len(parts), repr(marks[1][1]))
os.remove(p)
