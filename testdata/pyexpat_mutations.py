# pyexpat on 400 documents made by mutating three well-formed ones (a
# fixed generator, so python3 and ftpy see the same bytes): the events
# and the error, with its code and position, must be expat's.
import pyexpat
seeds = [
 b"<?xml version='1.0' encoding='utf-8'?>\n<!DOCTYPE r [<!ENTITY e 'v&#38;w'><!ATTLIST r a CDATA 'd'><!ELEMENT r (#PCDATA|b)*>]>\n<r x='1' y=\"&e;\">t&e;<b/><![CDATA[c]]><!--k--><?p q?>&#65;&amp;</r>",
 b"<r xmlns='urn:a' xmlns:p='urn:p'><p:s p:a='1' a='2'>x</p:s></r>",
 b"<a>\r\n<b c='d\te'>f</b>\n</a>  ",
]
alphabet = b"<>/?!-[]&;#x='\" \n\rabcAB:%DOCTYPECDATAENTITY10\xc3\xa9\xff"
class Rng:
    # A linear congruential generator, so that the documents do not
    # depend on the random module.
    def __init__(self, seed):
        self.x = seed
    def randint(self, a, b):
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % 2**64
        return a + (self.x >> 33) % (b - a + 1)
    def choice(self, seq):
        return seq[self.randint(0, len(seq) - 1)]
rng = Rng(1)
def mutate(d):
    d = bytearray(d)
    for _ in range(rng.randint(1, 4)):
        op = rng.randint(0, 2)
        i = rng.randint(0, len(d))
        if op == 0 and len(d) > 1:
            del d[min(i, len(d) - 1)]
        elif op == 1:
            d[i:i] = bytes([rng.choice(alphabet)])
        else:
            j = rng.randint(0, len(d))
            d[i:i] = d[j:j + rng.randint(1, 6)]
    return bytes(d)
for n in range(400):
    doc = mutate(rng.choice(seeds))
    ns = rng.choice([None, "}"])
    p = pyexpat.ParserCreate(None, ns)
    log = []
    for h in ["StartElementHandler", "EndElementHandler", "CharacterDataHandler", "CommentHandler", "ProcessingInstructionHandler",
              "StartNamespaceDeclHandler", "EntityDeclHandler", "AttlistDeclHandler", "ElementDeclHandler", "StartDoctypeDeclHandler",
              "SkippedEntityHandler", "XmlDeclHandler", "StartCdataSectionHandler", "EndCdataSectionHandler"]:
        setattr(p, h, lambda *a, h=h: log.append((h[:5],) + a))
    p.buffer_text = True
    try:
        p.Parse(doc, True)
        r = "ok"
    except pyexpat.ExpatError as e:
        r = "%s" % e
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(n, repr(doc), ns, r, log)
