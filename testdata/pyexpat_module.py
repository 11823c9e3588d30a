# pyexpat, the C module: handlers, attributes, incremental parsing, errors.
import pyexpat
from pyexpat import errors, model

print(pyexpat.version_info, pyexpat.EXPAT_VERSION, pyexpat.native_encoding)
print(pyexpat.error is pyexpat.ExpatError, pyexpat.ExpatError.__mro__[1:])
print(pyexpat.ExpatError.__module__, pyexpat.ExpatError.__name__)
print(pyexpat.XMLParserType.__name__, pyexpat.XMLParserType.__module__)
print(pyexpat.XML_PARAM_ENTITY_PARSING_NEVER,
      pyexpat.XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE,
      pyexpat.XML_PARAM_ENTITY_PARSING_ALWAYS)
print(sorted(n for n in dir(model) if n.startswith("XML")))
print([getattr(model, n) for n in sorted(dir(model)) if n.startswith("XML")])
print(errors.XML_ERROR_SYNTAX, errors.XML_ERROR_TAG_MISMATCH, errors.XML_ERROR_INVALID_TOKEN)
print(errors.codes[errors.XML_ERROR_UNDEFINED_ENTITY], errors.messages[7])
print(len(errors.codes), len(errors.messages))
print(sorted(errors.messages.items())[:5])
for i in range(0, 45):
    print(i, pyexpat.ErrorString(i))
print(dict(pyexpat.features).get("sizeof(XML_Char)"))

HANDLERS = """StartElementHandler EndElementHandler CharacterDataHandler
ProcessingInstructionHandler CommentHandler StartNamespaceDeclHandler
EndNamespaceDeclHandler StartCdataSectionHandler EndCdataSectionHandler
XmlDeclHandler StartDoctypeDeclHandler EndDoctypeDeclHandler
EntityDeclHandler NotationDeclHandler UnparsedEntityDeclHandler
ElementDeclHandler AttlistDeclHandler SkippedEntityHandler
NotStandaloneHandler""".split()


def logger(p, names=HANDLERS, out=None):
    log = [] if out is None else out
    for name in names:
        def h(*args, name=name):
            log.append((name[:-7],) + args)
            if name == "NotStandaloneHandler":
                return 1
        setattr(p, name, h)
    return log


def show(doc, chunks=None, names=HANDLERS, **opts):
    ns = opts.pop("ns", None)
    enc = opts.pop("enc", None)
    p = pyexpat.ParserCreate(enc, ns)
    for k, v in opts.items():
        setattr(p, k, v)
    log = logger(p, names)
    try:
        if chunks is None:
            r = p.Parse(doc, True)
        else:
            for i in range(0, len(doc), chunks):
                p.Parse(doc[i:i + chunks], False)
            r = p.Parse(doc[:0], True)
    except pyexpat.ExpatError as e:
        r = "ExpatError(%r, code=%d, lineno=%d, offset=%d)" % (str(e), e.code, e.lineno, e.offset)
    print("--", repr(doc)[:60], opts, ns, enc, "->", r)
    for ev in log:
        print("  ", ev)


show(b"<root a='1' b=\"two\"><child>text &amp; more &lt;&gt;&apos;&quot;</child><empty/></root>")
show(b"<a>line1\nline2\r\nline3\rline4</a>")
show(b"<a>x&#65;&#x42;y&#x10000;z</a>")
show(b"<?xml version='1.0' encoding='utf-8' standalone='yes'?>\n<a/>")
show(b"<?xml version=\"1.0\"?><a/>")
show(b"<?xml version='1.0' standalone='no'?><a/>")
show(b"<!-- before --><?pi data here?><a><!--in--><?target?><![CDATA[<raw> & ]]]]></a><!--after-->")
show(b"<a b='x\ty\nz&#10;w &amp; &#x9;'/>")
show(b"<a>1<b>2</b>3</a>", buffer_text=True)
show(b"<a>1<b>2</b>3</a>", buffer_text=False)
show(b"<a>x&amp;y\nz</a>", buffer_text=True)
show(b"<a b='1' c='2' d='3'/>", ordered_attributes=True)
show(b"<root xmlns='http://d' xmlns:p='http://p'><p:x p:a='1' b='2'/><y/></root>", ns="}")
show(b"<root xmlns='http://d' xmlns:p='http://p'><p:x p:a='1' b='2'/><y/></root>", ns=" ", namespace_prefixes=True)
show(b"<root xmlns:p='http://p'><p:x xmlns:p='http://q'/><p:y/></root>", ns="|")
show(b"<p:x/>", ns="}")
show(b"<x xml:lang='en'/>", ns="}")
show(b"<root xmlns='http://d'><a xmlns=''/></root>", ns="}")
show(b"<root xmlns:p='http://p'/>")

DTD = b"""<?xml version="1.0"?>
<!DOCTYPE doc [
<!ELEMENT doc (a|b)*>
<!ELEMENT a (#PCDATA)>
<!ELEMENT b (c, d?, e+)>
<!ELEMENT e EMPTY>
<!ELEMENT f ANY>
<!ELEMENT g (#PCDATA|a|b)*>
<!ATTLIST a id ID #REQUIRED kind (x|y) "x" note CDATA #IMPLIED fixed CDATA #FIXED "f">
<!ENTITY ent "replacement &amp; text">
<!ENTITY elt "<a>in entity</a>">
<!ENTITY % pe "param">
<!ENTITY ext SYSTEM "ext.xml">
<!ENTITY pub PUBLIC "-//pub//EN" "pub.xml">
<!ENTITY img SYSTEM "img.gif" NDATA gif>
<!NOTATION gif SYSTEM "viewer">
<!NOTATION png PUBLIC "-//png//EN">
<!-- dtd comment -->
<?dtd-pi x?>
]>
<doc><a id="i1">&ent;</a>&elt;<a id='i2' kind='y'/></doc>
"""
show(DTD)
show(DTD, specified_attributes=True)
show(DTD, names=["StartElementHandler", "CharacterDataHandler", "AttlistDeclHandler"], ordered_attributes=True)
show(b"<!DOCTYPE a SYSTEM 'a.dtd'><a>&undefined;</a>")
show(b"<!DOCTYPE a PUBLIC '-//x//EN' 'a.dtd'><a/>")
show(b"<!DOCTYPE a><a/>")
show(b"<!DOCTYPE a [<!ATTLIST a t NMTOKENS #IMPLIED>]><a t='  x   y  '/>")
show(b"<!DOCTYPE a [<!ENTITY e 'x&#60;y'>]><a>&e;</a>")
show(b"<!DOCTYPE a [<!ENTITY e 'v'>]><a b='&e;&e;'/>")

# Incremental: every chunk size gives the same events; data arrives as soon as complete.
doc = DTD
for n in (1, 2, 3, 7, 64):
    p = pyexpat.ParserCreate()
    full = logger(p)
    for i in range(0, len(doc), n):
        p.Parse(doc[i:i + n], False)
    p.Parse(b"", True)
    p2 = pyexpat.ParserCreate()
    p2.buffer_text = True
    log2 = logger(p2)
    for i in range(0, len(doc), n):
        p2.Parse(doc[i:i + n], False)
    p2.Parse(b"", True)
    print(n, len(full), [e for e in log2 if e[0] != "CharacterData"] == [e for e in full if e[0] != "CharacterData"],
          "".join(e[1] for e in full if e[0] == "CharacterData") == "".join(e[1] for e in log2 if e[0] == "CharacterData"))

p = pyexpat.ParserCreate()
log = logger(p)
p.Parse(b"<a><b>", False)
print(log)
p.Parse(b"te", False)
print(log[-1])
p.Parse(b"xt</b", False)
print(log[-1])
p.Parse(b"></a>", True)
print(log[-1])

# Strings and other encodings.
show("<a>caf\xe9 \u20ac</a>")
show("<?xml version='1.0' encoding='latin-1'?><a>\xe9</a>".encode("latin-1"))
show("<?xml version='1.0' encoding='ISO-8859-1'?><a b='\xff'>\xe9</a>".encode("latin-1"))
show("<a>\xe9</a>".encode("latin-1"), enc="iso-8859-1")
show("<?xml version='1.0' encoding='utf-16'?><a>\u20ac</a>".encode("utf-16"))
show("<a>\u20ac</a>".encode("utf-16-le"), enc="utf-16")
show("<?xml version='1.0' encoding='us-ascii'?><a>x</a>".encode("ascii"))
show("\ufeff<a>bom</a>".encode("utf-8"))
show("<a>caf\xe9</a>".encode("utf-8"), chunks=1)
show("<a>\u20ac\u20ac</a>".encode("utf-16"), chunks=3)

# Default handlers.
show(b"<?xml version='1.0'?>\n<!-- c --><a x='1'>t&amp;<b/></a>", names=["DefaultHandler"])
show(b"<a x='1'>t&amp;<b/></a>", names=["DefaultHandlerExpand", "StartElementHandler"])
show(b"<!DOCTYPE a [<!ENTITY e 'val'>]><a>&e;</a>", names=["DefaultHandler", "CharacterDataHandler"])
show(b"<!DOCTYPE a [<!ENTITY e 'val'>]><a>&e;</a>", names=["DefaultHandlerExpand", "CharacterDataHandler"])
show(b"<!DOCTYPE a SYSTEM 'x'><a>&e;</a>", names=["SkippedEntityHandler", "CharacterDataHandler"])
show(b"<!DOCTYPE a SYSTEM 'x'><a>&e;</a>", names=["DefaultHandler"])
show(b"<a><![CDATA[x]]></a>", names=["DefaultHandler", "CharacterDataHandler"])

# Errors with positions.
for bad in [b"", b" ", b"<a>", b"<a", b"<a>text", b"<a></b>", b"<a><b></a>",
            b"<a x='1' x='2'/>", b"<a>&foo;</a>", b"<a/><b/>", b"<a/>x",
            b"<a>&#0;</a>", b"<a>&#xD800;</a>", b"<a>\xff</a>", b"<a>\xc3</a>",
            b"<a>]]></a>", b"<a><![CDATA[x</a>", b"<a><!-- x",
            b"<a><!-- a -- b --></a>", b"<?xml version='1.0'?><?xml version='1.0'?><a/>",
            b" <?xml version='1.0'?><a/>", b"<a b='<'/>", b"<a b=1/>", b"<1a/>",
            b"<a>\n<b>\n</c></a>", "<a>\xe9</b>".encode(), b"<a>\x01</a>",
            b"<?xml version='1.0' encoding='utf-16'?><a/>", b"<?xml versio='1.0'?><a/>",
            b"<a>&amp</a>", b"<a>&#99999999;</a>",
            b"<!DOCTYPE a [<!ENTITY e '&e;'>]><a>&e;</a>", b"<a><?xml x?></a>",
            b"<a></a >", b"<a></a x>", b"<a>x</a>\n\n  <", b"<a>x</a>\n<!--c--> <?pi?> ",
            b"<a b='1'c='2'/>", b"<a b='1' / >", b"<a><b/></a></a>", b"x<a/>",
            b"<!DOCTYPE a [<!ENTITY e '<b>'>]><a>&e;</a>", b"<a xmlns:p=''/>",
            b"<a xmlns:xml='http://x'/>", b"<a xmlns:x='http://www.w3.org/XML/1998/namespace'/>"]:
    show(bad, names=[])
show(b"<a xmlns:p=''/>", names=[], ns="}")
show(b"<p:a/>", names=[], ns="}")
show(b"<a p:b='1'/>", names=[], ns="}")
show(b"<a xmlns:xmlns='http://x'/>", names=[], ns="}")
show(b"<a xmlns:p='http://p' p:b='1' p:b='2'/>", names=[], ns="}")
show(b"<a>\n  <b>\n  </c>\n</a>", chunks=4, names=[])

# Exceptions from handlers propagate and stop the parse.
p = pyexpat.ParserCreate()
seen = []
def start(name, attrs):
    seen.append(name)
    if name == "b":
        raise ValueError("stop at b")
p.StartElementHandler = start
try:
    p.Parse(b"<a><b><c/></b></a>", True)
except ValueError as e:
    print("ValueError", e, seen)

# Parser attributes.
p = pyexpat.ParserCreate()
print(p.buffer_text, p.buffer_size, p.buffer_used, p.ordered_attributes,
      p.specified_attributes, p.namespace_prefixes, type(p.intern))
print(p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex,
      p.ErrorCode, p.ErrorLineNumber, p.ErrorColumnNumber, p.ErrorByteIndex)
print(p.StartElementHandler, p.GetBase())
p.SetBase("http://base/")
print(p.GetBase())
p.buffer_text = 1
print(p.buffer_text)
p.buffer_size = 16
print(p.buffer_size)
for bad in (0, -1):
    try:
        p.buffer_size = bad
    except ValueError as e:
        print("ValueError", e)
try:
    p.buffer_size = "x"
except TypeError as e:
    print("TypeError", e)
chunks = []
p.CharacterDataHandler = chunks.append
p.Parse(b"<a>" + b"x" * 10, False)
print(p.buffer_used, chunks)
p.Parse(b"y" * 10, False)
print(p.buffer_used, chunks)
p.Parse(b"</a>", True)
print(p.buffer_used, chunks)
print(p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex)
p = pyexpat.ParserCreate()
p.Parse(b"<a>\n x", False)
print(p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex)
p.Parse(b"</a>", True)
print(p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex)
for data in (b"", b"x"):
    try:
        p.Parse(data, True)
    except pyexpat.ExpatError as e:
        print(e, e.code)

# Positions inside handlers.
p = pyexpat.ParserCreate()
def where(*args):
    print("at", args[0], p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex)
p.StartElementHandler = where
p.EndElementHandler = where
p.Parse(b"<a>\n  <b x='1'>\n\t<c/></b>\n</a>", True)

# Input context and interning.
p = pyexpat.ParserCreate()
ctx = []
p.StartElementHandler = lambda n, a: ctx.append(p.GetInputContext())
p.Parse(b"<a><b/></a>", True)
print(ctx, p.GetInputContext())
names = {}
p = pyexpat.ParserCreate(intern=names)
p.StartElementHandler = lambda n, a: None
p.Parse(b"<a x='1'><b/><a/></a>", True)
print(sorted(names))
p = pyexpat.ParserCreate(intern=None)
print(p.intern)

# ParseFile reads from an object with read().
import io
p = pyexpat.ParserCreate()
log = logger(p, ["StartElementHandler", "CharacterDataHandler"])
print(p.ParseFile(io.BytesIO(b"<a>" + b"t" * 5000 + b"</a>")), len(log), sum(len(e[1]) for e in log if e[0] == "CharacterData"))
try:
    pyexpat.ParserCreate().ParseFile(42)
except TypeError as e:
    print("TypeError", e)

# Parse's return value and argument checks.
p = pyexpat.ParserCreate()
print(p.Parse(b"<a>"), p.Parse(bytearray(b"</a>"), 1))
for args in [(1,), ()]:
    try:
        pyexpat.ParserCreate().Parse(*args)
    except TypeError as e:
        print("TypeError", e)
for kw in [dict(encoding=1), dict(namespace_separator="ab"), dict(namespace_separator=1), dict(intern=1)]:
    try:
        pyexpat.ParserCreate(**kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(pyexpat.ParserCreate(namespace_separator="") is not None)

# External entities.
p = pyexpat.ParserCreate()
out = []
def extref(context, base, sysid, pubid):
    out.append(("ExternalEntityRef", context, base, sysid, pubid))
    sub = p.ExternalEntityParserCreate(context)
    sub.StartElementHandler = lambda n, a: out.append(("sub start", n, a))
    sub.CharacterDataHandler = lambda d: out.append(("sub data", d))
    sub.Parse(b"<inner>from " + sysid.encode() + b"</inner>", True)
    return 1
p.ExternalEntityRefHandler = extref
p.StartElementHandler = lambda n, a: out.append(("start", n))
p.SetBase("file:///base/")
p.Parse(b"<!DOCTYPE a [<!ENTITY x SYSTEM 'x.xml'>]><a>&x;</a>", True)
for o in out:
    print(o)
p = pyexpat.ParserCreate()
p.ExternalEntityRefHandler = lambda *a: 0
try:
    p.Parse(b"<!DOCTYPE a [<!ENTITY x SYSTEM 'x.xml'>]><a>&x;</a>", True)
except pyexpat.ExpatError as e:
    print(e, e.code)
p = pyexpat.ParserCreate()
print(p.SetParamEntityParsing(pyexpat.XML_PARAM_ENTITY_PARSING_ALWAYS))
p.UseForeignDTD()
p.UseForeignDTD(False)
p.NotStandaloneHandler = lambda: 0
try:
    p.Parse(b"<!DOCTYPE a SYSTEM 'a.dtd'><a/>", True)
except pyexpat.ExpatError as e:
    print(e, e.code)
