# pyexpat: every handler's arguments and position (line, column, byte index)
# on documents whole and in chunks, and the errors expat gives for malformed
# documents, whole and fed a byte at a time.
import pyexpat
NAMES = """StartElementHandler EndElementHandler CharacterDataHandler
ProcessingInstructionHandler CommentHandler StartNamespaceDeclHandler
EndNamespaceDeclHandler StartCdataSectionHandler EndCdataSectionHandler
XmlDeclHandler StartDoctypeDeclHandler EndDoctypeDeclHandler
EntityDeclHandler NotationDeclHandler UnparsedEntityDeclHandler
ElementDeclHandler AttlistDeclHandler SkippedEntityHandler DefaultHandler""".split()

def run(doc, names=NAMES, ns=None, chunk=None, expand=False):
    p = pyexpat.ParserCreate(None, ns)
    log = []
    for n in names:
        if n == "DefaultHandler" and expand:
            n = "DefaultHandlerExpand"
        def h(*a, n=n):
            log.append((n[:-7], a, p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex))
        setattr(p, n, h)
    try:
        if chunk:
            for i in range(0, len(doc), chunk):
                p.Parse(doc[i:i+chunk], False)
            p.Parse(b"", True)
        else:
            p.Parse(doc, True)
        r = "ok"
    except pyexpat.ExpatError as e:
        r = str(e)
    print("==", repr(doc)[:70], ns, chunk, expand, r, p.ErrorCode, p.ErrorByteIndex)
    for l in log:
        print("  ", l)

docs = [
 b"<?xml version='1.0'?>\n<!DOCTYPE r [\n <!ENTITY e 'x'>\n <!ELEMENT r ANY>\n]>\n<r>\n  a&e;b\n  <s/>\n</r>\n",
 b"<r>a<!--c-->b<?p q?>c<![CDATA[d]]>e</r>",
 b"<r a='1'\n   b='2'>\n</r>",
 b"<r>&amp;&#38;&#x26;</r>",
 b"<r>\r\n\r\n</r>",
 b"<r>   </r>  \n  ",
 b"<!-- pro --><r/><!-- epi -->\n<?pi?>",
 b"<r xmlns:a='u'><a:b/></r>",
 b"<!DOCTYPE r SYSTEM 'x.dtd' [<!ENTITY e 'v'>]><r>&e;&f;</r>",
 b"<!DOCTYPE r PUBLIC 'p' 's'><r/>",
 b"<!DOCTYPE r [<!NOTATION n PUBLIC 'p' 's'><!ENTITY u SYSTEM 'f' NDATA n>]><r/>",
 b"<!DOCTYPE r [<!ATTLIST r a CDATA #FIXED 'x' b NOTATION (n|m) #IMPLIED c (a | b) 'a'>]><r/>",
 b"<!DOCTYPE r [<!ELEMENT r ((a,b)|c+)?>]><r/>",
 b"<!DOCTYPE r [<!ELEMENT r (#PCDATA)*>]><r/>",
 b"<!DOCTYPE r [ %pe; <!ENTITY e 'v'> ]><r>&e;</r>",
 b"<r><a><b><c>deep</c></b></a></r>",
 "<r>\u00e9\u20ac\U0001F600</r>".encode(),
 b"<r a='&lt;&gt;'/>",
 b"<r/>   ",
]
for d in docs:
    run(d)
    run(d, chunk=3)
    run(d, ns="}")
    run(d, names=["DefaultHandler"])
    run(d, names=["DefaultHandler"], expand=True)
    run(d, names=["StartElementHandler", "DefaultHandler"])
bad = [
 b"<a", b"<a ", b"<a b", b"<a b=", b"<a b='", b"<a b='1'", b"<a b='1'/", b"</a>", b"<a></", b"<a></a", b"<a><!", b"<a><!-", b"<a><![CD", b"<a><?", b"<a><?x", b"<a><?x ", b"<a>&", b"<a>&a", b"<a>&#", b"<a>&#x", b"<a>&#12",
 b"<a>&#x;</a>", b"<a>&#;</a>", b"<a>&#xG;</a>", b"<a>& b;</a>", b"<a b='&'/>", b"<a b='&#0;'/>", b"<a b='&x;'/>", b"<a b=\"'\" c='\"'/>",
 b"<a>\n\n<b c='1' c='2'/></a>", b"<a>\t</a>x", b"<a/>\n<!-- -->\n<b/>", b"<a/><!DOCTYPE a>", b"<!DOCTYPE a><!DOCTYPE a><a/>", b"<?xml version='1.0'?>",
 b"<?xml version='1.0' encoding='utf-8' standalone='maybe'?><a/>", b"<?xml version='1.0' standalone='yes' encoding='utf-8'?><a/>", b"<?xml?><a/>", b"<?xml encoding='utf-8'?><a/>",
 b"<?xml version='1.0'  ?><a/>", b"<?xml version='1.0'?><?XML x?><a/>", b"<?xml version='1.0'?><a><?xml-stylesheet x?></a>",
 b"<a>\xe2\x82</a>", b"<a>\xed\xa0\x80</a>", b"<a>\xef\xbf\xbe</a>", b"<a>\x0b</a>", b"<a b='\x01'/>", b"<a\xff/>", b"<\xc3\xa9/>", b"<a:b:c/>", b"<:a/>",
 b"<!DOCTYPE a [<!ENTITY e 'a'><!ENTITY e 'b'>]><a>&e;</a>", b"<!DOCTYPE a [<!ENTITY e SYSTEM 'x'>]><a b='&e;'/>", b"<!DOCTYPE a [<!ENTITY e SYSTEM 'x' NDATA n>]><a>&e;</a>",
 b"<!DOCTYPE a [<!ENTITY e '&f;'><!ENTITY f '&e;'>]><a>&e;</a>", b"<!DOCTYPE a [<!ENTITY e '</a>'>]><a>&e;", b"<!DOCTYPE a [<!ELEMENT a (b|c,d)>]><a/>",
 b"<!DOCTYPE a [", b"<!DOCTYPE a [<!ENTITY", b"<!DOCTYPE", b"<!DOC", b"<!DOCTYPE a [] x><a/>", b"<!DOCTYPE a [<!-- c -->]><a/>",
 b"<a><![CDATA[]]]></a>", b"<a><![CDATA[\r\nx\r]]></a>", b"<a x='\r\n'/>", b"<a>\r</a>", b"\xef\xbb\xbf", b"\xff\xfe", b"\xff\xfe<\x00a\x00/\x00>\x00", b"\xfe\xff\x00<\x00a\x00/\x00>",
 "<?xml version='1.0' encoding='latin-1'?><a>\xe9\xff</a>x".encode("latin-1"), b"<?xml version='1.0' encoding='us-ascii'?><a>\xe9</a>",
 b"<a/>\x00", b"  <a/>", b"\n<?xml version='1.0'?><a/>", b"<a b = '1' />", b"<a\nb\n=\n'1'\n/>", b"<a\tb='1'></a\n>",
]
for d in bad:
    for chunk in (None, 1):
        p = pyexpat.ParserCreate()
        log = []
        p.StartElementHandler = lambda n, a: log.append(("S", n, a, p.CurrentByteIndex))
        p.EndElementHandler = lambda n: log.append(("E", n, p.CurrentByteIndex))
        p.CharacterDataHandler = lambda s: log.append(("C", s))
        p.ProcessingInstructionHandler = lambda *a: log.append(("PI",) + a)
        p.XmlDeclHandler = lambda *a: log.append(("X",) + a)
        p.EntityDeclHandler = lambda *a: log.append(("ENT",) + a)
        try:
            if chunk:
                for i in range(len(d)):
                    p.Parse(d[i:i+1], False)
                p.Parse(b"", True)
            else:
                p.Parse(d, True)
            r = "ok"
        except pyexpat.ExpatError as e:
            r = "%s [%d]" % (e, e.code)
        except Exception as e:
            r = "%s %s" % (type(e).__name__, e)
        if chunk:
            # merge char data
            m = []
            for x in log:
                if x[0] == "C" and m and m[-1][0] == "C":
                    m[-1] = ("C", m[-1][1] + x[1])
                else:
                    m.append(x)
            log = m
        print(repr(d), chunk, r, p.ErrorByteIndex, log)
