# binascii: expected errors, with python3's messages.
import binascii
binascii.unhexlify('abc')
### "binascii.Error: Odd-length string"
---
import binascii
binascii.a2b_base64(b'YWJ')
### "binascii.Error: Incorrect padding"
---
import binascii
binascii.b2a_uu(b'x' * 46)
### "binascii.Error: At most 45 bytes at once"
---
import binascii
binascii.a2b_hex('\xe9\xe9')
### "ValueError: string argument should contain only ASCII characters"
---
import binascii
binascii.b2a_hex('ab')
### "TypeError: a bytes-like object is required, not 'str'"
---
import binascii
try:
    binascii.unhexlify('zz')
except ValueError as e:
    raise RuntimeError(type(e).__name__)
### "RuntimeError: Error"
