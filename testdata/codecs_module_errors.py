# _codecs: argument errors, with python3's messages.
import _codecs
_codecs.utf_8_encode(b'x')
### "TypeError: utf_8_encode\(\) argument 1 must be str, not bytes"
---
import _codecs
_codecs.utf_8_decode('x')
### "TypeError: a bytes-like object is required, not 'str'"
---
import _codecs
_codecs.utf_8_encode('x', 1)
### "TypeError: utf_8_encode\(\) argument 2 must be str or None, not int"
---
import _codecs
_codecs.utf_8_encode()
### "TypeError: utf_8_encode expected at least 1 argument, got 0"
---
import _codecs
_codecs.utf_8_decode(b'', None, False, 1)
### "TypeError: utf_8_decode expected at most 3 arguments, got 4"
---
import _codecs
_codecs.utf_8_encode('x', errors='strict')
### "TypeError: utf_8_encode\(\) takes no keyword arguments"
---
import _codecs
_codecs.register(1)
### "TypeError: argument must be callable"
---
import _codecs
_codecs.lookup_error('nope')
### "LookupError: unknown error handler name 'nope'"
---
import _codecs
'\xe9'.encode('ascii', 'nope')
### "LookupError: unknown error handler name 'nope'"
---
import _codecs
_codecs.escape_decode(b'\\x1')
### "ValueError: invalid .x escape at position 0"
---
import _codecs
_codecs.charmap_encode('a', 'strict', {97: 256})
### "TypeError: character mapping must be in range\(256\)"
