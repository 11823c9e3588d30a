# Codec errors as tracebacks print them.
b"\xff".decode()
### "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"
---
"\xe9".encode("ascii")
### "UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range\(128\)"
---
"x".encode("nope")
### "LookupError: unknown encoding: nope"
---
b"\xff".decode("utf-8", "nope")
### "LookupError: unknown error handler name 'nope'"
---
"\u0100".encode("cp1252")
### "UnicodeEncodeError: 'charmap' codec can't encode character '\\u0100' in position 0: character maps to <undefined>"
---
b"abc\x00".decode("utf-32")
### "UnicodeDecodeError: 'utf-32-le' codec can't decode bytes in position 0-3: code point not in range\(0x110000\)"
---
"a\ud800b".encode("utf-8")
### "UnicodeEncodeError: 'utf-8' codec can't encode character '\\ud800' in position 1: surrogates not allowed"
---
b"\x00\xdc".decode("utf-16-le")
### "UnicodeDecodeError: 'utf-16-le' codec can't decode bytes in position 0-1: illegal encoding"
---
"x".encode("rot13")
### "LookupError: 'rot13' is not a text encoding; use codecs.encode\(\) to handle arbitrary codecs"
---
b"\xe9".decode("ascii", "xmlcharrefreplace")
### "TypeError: don't know how to handle UnicodeDecodeError in error callback"
---
raise UnicodeDecodeError("enc", b"\x01\x02", 0, 2, "why")
### "UnicodeDecodeError: 'enc' codec can't decode bytes in position 0-1: why"
