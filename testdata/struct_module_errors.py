# _struct: expected errors, with python3's messages.
import _struct
_struct.pack('h', 40000)
### "struct.error: short format requires -32768 <= number <= 32767"
---
import _struct
_struct.calcsize('z')
### "struct.error: bad char in struct format"
---
import _struct
_struct.unpack('<i', b'abc')
### "struct.error: unpack requires a buffer of 4 bytes"
---
import _struct
_struct.pack('<e', 1e6)
### "OverflowError: float too large to pack with e format"
---
import _struct
_struct.Struct(3)
### "TypeError: Struct\(\) argument 1 must be a str or bytes object, not int"
---
import _struct
_struct.unpack('i')
### "TypeError: unpack expected 2 arguments, got 1"
