# zlib: expected errors, with python3's messages.
import zlib
zlib.decompress(b'x\x9c\xcbH\xcd')
### "zlib.error: Error -5 while decompressing data: incomplete or truncated stream"
---
import zlib
zlib.decompress(b'garbage')
### "zlib.error: Error -3 while decompressing data: incorrect header check"
---
import zlib
zlib.compress(b'x', 11)
### "zlib.error: Bad compression level"
---
import zlib
zlib.decompressobj().decompress(b'', -1)
### "ValueError: max_length must be non-negative"
