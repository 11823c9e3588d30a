# pyexpat: documents in UTF-16, Latin-1, US-ASCII and single-byte encodings
# from Python codecs (declared, given or as str), positions and byte indexes
# in them, and the conversion buffer's splits of character data.
import pyexpat
def run(doc, enc=None, chunk=None, buffer_text=False, str_input=False):
    p = pyexpat.ParserCreate(enc)
    p.buffer_text = buffer_text
    log = []
    p.StartElementHandler = lambda n, a: log.append(("S", n, a, p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex))
    p.EndElementHandler = lambda n: log.append(("E", n, p.CurrentColumnNumber, p.CurrentByteIndex))
    p.CharacterDataHandler = lambda s: log.append(("C", s, p.CurrentColumnNumber, p.CurrentByteIndex))
    p.XmlDeclHandler = lambda *a: log.append(("X",) + a)
    try:
        if chunk:
            for i in range(0, len(doc), chunk):
                p.Parse(doc[i:i+chunk], False)
            p.Parse(doc[:0], True)
        else:
            p.Parse(doc, True)
        r = "ok"
    except pyexpat.ExpatError as e:
        r = "%s [%d] %d" % (e, e.code, p.ErrorByteIndex)
    except Exception as e:
        r = "%s %s" % (type(e).__name__, e)
    print(repr(doc)[:60], enc, chunk, buffer_text, r)
    for l in log:
        print("   ", l)

run("<a b='\xe9'>\xe9\xe9<c/>\xe9\n\xe9</a>".encode("latin-1"), "iso-8859-1")
run("<?xml version='1.0' encoding='iso-8859-1'?><a b='\xe9'>\xe9\xe9<c/>\xe9\n\xe9</a>".encode("latin-1"))
run("<?xml version='1.0' encoding='iso-8859-1'?><a b='\xe9'>\xe9\xe9<c/>\xe9\n\xe9</a>".encode("latin-1"), chunk=5)
run("<?xml version='1.0' encoding='utf-16'?><a b='\u20ac'>\u20ac\U0001F600<c/>x\ny</a>".encode("utf-16"))
run("<?xml version='1.0' encoding='utf-16'?><a b='\u20ac'>\u20ac\U0001F600<c/>x\ny</a>".encode("utf-16-be"), "utf-16be")
run("<a>\u20ac\U0001F600<c/>x</a>".encode("utf-16-le"), "UTF-16LE", chunk=3)
run("<a>" + "\xe9" * 1500 + "</a>", str_input=True)
run(("<a>" + "\xe9" * 1500 + "</a>").encode("latin-1"), "iso-8859-1")
run(("<a>" + "\xe9" * 1500 + "</a>").encode("latin-1"), "iso-8859-1", buffer_text=True)
run(("<a>" + "x" * 3000 + "</a>").encode("utf-16"), buffer_text=False)
run(("<?xml version='1.0' encoding='cp1252'?><a>\u20ac\xe9</a>").encode("cp1252"))
run(("<?xml version='1.0' encoding='windows-1252'?><a>\u20ac</a>").encode("cp1252"), chunk=2)
run(("<?xml version='1.0' encoding='koi8-r'?><a>\u0436</a>").encode("koi8-r"))
run("<?xml version='1.0' encoding='latin-1'?><a>\xe9</a>", str_input=True)
run("<?xml version='1.0' encoding='utf-8'?><a>\xe9</a>".encode("latin-1"), "latin-1")
run(b"<?xml version='1.0' encoding='utf-32'?><a/>")
run(b"<?xml version='1.0' encoding='utf-8'?><a>\xe9</a>")
run("<a>\xe9</a>".encode("utf-8"), "us-ascii")
run(b"<a>\x80</a>", "us-ascii")
