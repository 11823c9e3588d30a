# unicodedata (Modules/unicodedata.c): properties, names, normalization
# and the ucd_3_2_0 view, checked against python3 over sampled code
# points and on chosen characters.
import unicodedata as u
import zlib

print(u.unidata_version, u.ucd_3_2_0.unidata_version)
print(type(u.ucd_3_2_0).__name__, type(u.ucd_3_2_0).__module__, u.UCD is type(u.ucd_3_2_0))


def props(db, c):
    ch = chr(c)
    return "%s|%s|%d|%s|%d|%s|%s|%s|%s|%s" % (
        db.category(ch), db.bidirectional(ch), db.combining(ch), db.east_asian_width(ch),
        db.mirrored(ch), db.decomposition(ch), db.decimal(ch, None), db.digit(ch, None),
        db.numeric(ch, None), db.name(ch, None))


# One CRC per plane section, over every 5th code point (every code point
# of the BMP's first 0x3400), so that a difference shows where it is.
for db in (u, u.ucd_3_2_0):
    for lo, hi, step in ((0, 0x3400, 1), (0x3400, 0x10000, 5), (0x10000, 0x20000, 5),
                         (0x20000, 0x40000, 11), (0xE0000, 0x110000, 13)):
        crc = 0
        for c in range(lo, hi, step):
            crc = zlib.crc32(props(db, c).encode("utf-8", "surrogatepass"), crc)
        print(db.unidata_version, hex(lo), hex(hi), crc)

for ch in "aA1\u00bd\u2155\u0661\u00b2\u2460\u4e00\u3007\u00e9\u0301\u05d0\u0627(\u00ad\u3000\uff21\U0001F600\U00020000\uac00\ud55c":
    print(ascii(ch), props(u, ord(ch)))

# Names both ways, including the algorithmic ones and any letter case.
for name in ["LATIN SMALL LETTER A", "latin small letter a", "CJK UNIFIED IDEOGRAPH-4E00",
             "CJK UNIFIED IDEOGRAPH-2A6DF", "HANGUL SYLLABLE GAG", "HANGUL SYLLABLE A",
             "HANGUL SYLLABLE HIH", "CJK UNIFIED IDEOGRAPH-04E00", "SNOWMAN", "GRINNING FACE", "EURO SIGN"]:
    ch = u.lookup(name)
    print(name, ascii(ch), u.name(ch))
print(u.lookup(b"DIGIT ONE"))
for bad in ["NOT A NAME", "CJK UNIFIED IDEOGRAPH-0041", "CJK UNIFIED IDEOGRAPH-4e00", "hangul syllable gag", "HANGUL SYLLABLE X", ""]:
    try:
        u.lookup(bad)
    except KeyError as e:
        print("KeyError", e)
try:
    u.lookup("A" * 300)
except KeyError as e:
    print("KeyError", e)
for ch in "\x00\ue000\ud800\U000E0080":
    print(ascii(ch), u.name(ch, "none"))
print("\N{LATIN SMALL LETTER A}\N{snowman}", f"\N{DIGIT ONE}{2}\N{DIGIT THREE}", ascii("\N{EURO SIGN}"))

# Normalization.
samples = ["\u00e9", "e\u0301", "\u1e9b\u0323", "\ufb01", "\u2460", "\uac00", "\u1100\u1161\u11a8",
           "A\u030a", "\u212b", "a\u0328\u0301", "\u0041\u0301\u0328", "\U0001D400", "x\ud800y", "abc"]
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    out = [u.normalize(form, s) for s in samples]
    print(form, ascii(out), [u.is_normalized(form, s) for s in samples])
print(ascii(u.ucd_3_2_0.normalize("NFKC", "\u00bd\uff21")))
s = "plain"
print(u.normalize("NFC", s) is s)

# ucd_3_2_0 differs on characters assigned since 3.2.0.
for ch in "\u0221\u20b9\u0560\U0001F600a":
    print(ascii(ch), u.ucd_3_2_0.category(ch), u.category(ch), u.ucd_3_2_0.name(ch, None))

# Through the Lib: stringprep and the idna codec use ucd_3_2_0.
import stringprep
print(stringprep.in_table_a1("\u0221"), stringprep.in_table_b1("\u00ad"), stringprep.in_table_c12("\u3000"))
print(ascii(stringprep.map_table_b2("\u00df")), ascii(stringprep.map_table_b3("A")))
print("bücher.example".encode("idna"), b"xn--bcher-kva.example".decode("idna"))
