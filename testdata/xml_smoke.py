# The Lib's XML modules on top of pyexpat: ElementTree, minidom, SAX,
# plistlib.
import io
import xml.etree.ElementTree as ET

doc = """<?xml version="1.0"?>
<catalog xmlns="http://example.com/ns" xmlns:x="http://example.com/x">
  <book id="b1" x:lang="en">
    <title>Go &amp; Python</title>
    <price>10.5</price>
  </book>
  <book id="b2"><title>Second</title><!-- note --><?pi data?></book>
  <x:extra>tail<![CDATA[<cdata>]]></x:extra>
</catalog>"""

root = ET.fromstring(doc)
print(root.tag, root.attrib, len(root))
for book in root.findall("{http://example.com/ns}book"):
    print(book.get("id"), book.attrib, book.find("{http://example.com/ns}title").text)
print(root[2].tag, repr(root[2].text))
print(ET.tostring(root, encoding="unicode")[:200])
ET.register_namespace("x", "http://example.com/x")
print(ET.tostring(ET.fromstring("<a xmlns:x='http://example.com/x'><x:b k='v'/>t</a>")))
e = ET.Element("root", a="1")
ET.SubElement(e, "child").text = "héllo <&>"
print(ET.tostring(e))
print(ET.tostring(e, encoding="utf-8", xml_declaration=True))
print(ET.fromstring(ET.tostring(e)).find("child").text)
tree = ET.ElementTree(ET.fromstring("<r><a>1</a><a>2</a></r>"))
buf = io.BytesIO()
tree.write(buf, encoding="utf-8", xml_declaration=True)
print(buf.getvalue())
print([el.text for el in ET.parse(io.BytesIO(buf.getvalue())).getroot().iter("a")])

# Comments and processing instructions kept by a TreeBuilder that asks.
parser = ET.XMLParser(target=ET.TreeBuilder(insert_comments=True, insert_pis=True))
r = ET.fromstring("<a><!--c--><?p x?><b/></a>", parser)
print([(type(c.tag).__name__ if not isinstance(c.tag, str) else c.tag, c.text) for c in r])

# iterparse and XMLPullParser see events as data arrives.
events = [(ev, el.tag) for ev, el in ET.iterparse(io.BytesIO(doc.encode()), events=("start", "end", "start-ns", "end-ns"))
          if ev in ("start", "end")]
print(events[:6], len(events))
print([(ev, x) for ev, x in ET.iterparse(io.BytesIO(doc.encode()), events=("start-ns", "end-ns"))])
pp = ET.XMLPullParser(events=("start", "end", "comment", "pi"))
for piece in ["<root><a>", "text</a", "><!-- c --", "><b x='1'/>", "<?t d?></root>"]:
    pp.feed(piece)
    print(repr(piece), [(ev, el.tag if isinstance(el.tag, str) else el.tag.__name__) for ev, el in pp.read_events()])
pp.close()

# Errors carry expat's code and position.
for bad in ["<a><b></a>", "<a>&undefined;</a>", "", "<a x='1' x='2'/>", "<a>\n<b>\n</c>"]:
    try:
        ET.fromstring(bad)
    except ET.ParseError as err:
        print(type(err).__name__, err, err.code, err.position)

# Entities through the DOCTYPE.
print(ET.fromstring("<!DOCTYPE a [<!ENTITY e 'ent value'>]><a>&e;</a>").text)
p = ET.XMLParser()
p.entity["custom"] = "CUSTOM"
p.feed("<!DOCTYPE a SYSTEM 'x.dtd'><a>&custom;</a>")
print(p.close().text)

# minidom.
from xml.dom import minidom
dom = minidom.parseString(doc)
print(dom.documentElement.tagName, dom.documentElement.namespaceURI)
print([b.getAttribute("id") for b in dom.getElementsByTagName("book")])
print(dom.getElementsByTagName("title")[0].firstChild.data)
print(minidom.parseString("<a b='1'><c>text &amp; more</c><!--x--><d/></a>").toxml())
print(minidom.parseString(b"<?xml version='1.0' encoding='latin-1'?><a>\xe9</a>").documentElement.firstChild.data)
print(minidom.parseString("<r><i n='1'/><i n='2'/></r>").toprettyxml(indent=" "))

# SAX with a ContentHandler. xml.sax.saxutils imports urllib.request for
# system ids only; a stand-in keeps this test from needing the socket
# module that urllib.request imports.
import sys, types
sys.modules["urllib.request"] = types.ModuleType("urllib.request")
import xml.sax
from xml.sax.handler import ContentHandler, feature_namespaces

class Handler(ContentHandler):
    def __init__(self):
        super().__init__()
        self.log = []
    def startElement(self, name, attrs):
        self.log.append(("start", name, dict(attrs)))
    def endElement(self, name):
        self.log.append(("end", name))
    def characters(self, content):
        if content.strip():
            self.log.append(("chars", content))
    def startElementNS(self, name, qname, attrs):
        self.log.append(("startNS", name, qname, dict(attrs)))
    def endElementNS(self, name, qname):
        self.log.append(("endNS", name, qname))
    def processingInstruction(self, target, data):
        self.log.append(("pi", target, data))

h = Handler()
xml.sax.parseString(b"<doc a='1'><p>one</p><p>two &lt;3</p><?t d?></doc>", h)
for entry in h.log:
    print(entry)
h = Handler()
parser = xml.sax.make_parser()
parser.setFeature(feature_namespaces, True)
parser.setContentHandler(h)
parser.parse(io.BytesIO(b"<r xmlns='urn:r' xmlns:q='urn:q'><q:x q:a='1'/></r>"))
for entry in h.log:
    print(entry)
try:
    xml.sax.parseString(b"<a><b></a>", ContentHandler())
except xml.sax.SAXParseException as err:
    print("SAXParseException", err.getMessage(), err.getLineNumber(), err.getColumnNumber())

# plistlib round trip.
import plistlib, datetime
data = {"name": "ftpy", "version": 3.11, "count": 42, "ok": True, "no": False,
        "items": [1, "two", {"three": 3.0}], "blob": b"\x00\x01binary",
        "when": datetime.datetime(2024, 1, 2, 3, 4, 5), "unicode": "caf\xe9 \u20ac"}
out = plistlib.dumps(data)
print(out.decode()[:120])
back = plistlib.loads(out)
print(back == data, sorted(back))
print(plistlib.loads(plistlib.dumps([1, 2, {"a": []}], sort_keys=False)))
