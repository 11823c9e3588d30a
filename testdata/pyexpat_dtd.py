# pyexpat: external DTD subsets and entities through ExternalEntityParserCreate,
# parameter entity parsing, UseForeignDTD, NotStandaloneHandler, and the
# names that go through the intern dict.
import pyexpat
def run(doc, dtd, flag=pyexpat.XML_PARAM_ENTITY_PARSING_ALWAYS, foreign=False):
    p = pyexpat.ParserCreate()
    print(p.SetParamEntityParsing(flag))
    if foreign:
        p.UseForeignDTD()
    out = []
    def ext(context, base, sysid, pubid):
        out.append(("ext", context, base, sysid, pubid))
        sub = p.ExternalEntityParserCreate(context)
        try:
            sub.Parse(dtd if context is None else b"<x>ext</x>", True)
        except pyexpat.ExpatError as e:
            out.append(("sub error", str(e)))
            return 0
        return 1
    p.ExternalEntityRefHandler = ext
    p.StartElementHandler = lambda n, a: out.append(("start", n, a))
    p.CharacterDataHandler = lambda d: out.append(("data", d))
    p.EntityDeclHandler = lambda *a: out.append(("entity",) + a)
    p.NotStandaloneHandler = lambda: out.append("notstandalone") or 1
    p.SkippedEntityHandler = lambda *a: out.append(("skipped",) + a)
    try:
        p.Parse(doc, True)
        out.append("ok")
    except pyexpat.ExpatError as e:
        out.append(("error", str(e)))
    for o in out:
        print("  ", o)
run(b"<!DOCTYPE r SYSTEM 'r.dtd'><r>&e;</r>", b"<!ENTITY e 'from dtd'><!ATTLIST r a CDATA 'x'>")
run(b"<!DOCTYPE r SYSTEM 'r.dtd' [<!ENTITY i 'internal'>]><r>&e;&i;</r>", b"<?xml version='1.0' encoding='utf-8'?><!ENTITY e 'E'>")
run(b"<r>&e;</r>", b"<!ENTITY e 'foreign'>", foreign=True)
run(b"<!DOCTYPE r SYSTEM 'r.dtd'><r>&e;</r>", b"<!ENTITY e 'x'>", flag=pyexpat.XML_PARAM_ENTITY_PARSING_NEVER)
run(b"<?xml version='1.0' standalone='yes'?><!DOCTYPE r SYSTEM 'r.dtd'><r>&e;</r>", b"<!ENTITY e 'x'>", flag=pyexpat.XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE)
run(b"<!DOCTYPE r [<!ENTITY x SYSTEM 'x.xml'>]><r>&x;</r>", b"")
names = {}
p = pyexpat.ParserCreate(namespace_separator='}', intern=names)
for n in ['StartElementHandler','EndElementHandler','ProcessingInstructionHandler','StartNamespaceDeclHandler','EndNamespaceDeclHandler','EntityDeclHandler','NotationDeclHandler','UnparsedEntityDeclHandler','StartDoctypeDeclHandler','AttlistDeclHandler','ElementDeclHandler','SkippedEntityHandler','XmlDeclHandler','CommentHandler','CharacterDataHandler','DefaultHandler']:
    setattr(p, n, lambda *a: None)
p.SetBase('base')
p.Parse(b'''<?xml version="1.0" encoding="utf-8"?><!DOCTYPE dt SYSTEM "sys" [<!ENTITY en "v"><!ENTITY ex PUBLIC "pub" "esys"><!ENTITY un SYSTEM "usys" NDATA nn><!NOTATION no SYSTEM "nsys"><!ATTLIST el at CDATA "dv"><!ELEMENT ed (ch)>]><r xmlns="urn:u" xmlns:p="urn:p" p:a="1"><?tgt data?><!--com-->txt&sk;</r>''', True)
print(sorted(names, key=str))
