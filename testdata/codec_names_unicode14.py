# namereplace and unicode_escape's \N{...} use the Unicode 14 names CPython 3.11
# has: characters new in Unicode 15 have none yet.
import codecs, unicodedata
chars = "\u00e9\U0001FAE0\U0001F6DD\u0870\U00011F00\uAC01\u4E00\U0002A6DF\U00031350\ue000\x07"
print(chars.encode("ascii", "namereplace"))
print(codecs.decode(b"\\N{MELTING FACE} \\N{LATIN SMALL LETTER E WITH ACUTE} \\N{HANGUL SYLLABLE GAG}", "unicode_escape"))
try: codecs.decode(b"\\N{KHAMTI LETTER NYA}", "unicode_escape")
except UnicodeDecodeError as e: print(e)
