# _bz2: expected errors, with python3's messages (compression aside).
import _bz2
_bz2.BZ2Decompressor().decompress(b'not bzip2 data at all')
### "OSError: Invalid data stream"
---
import _bz2
d = _bz2.BZ2Decompressor()
d.decompress(b'BZh91AY&SY\xa5`u\xdb\x00\x00|\x91\x80@\x00\x06D\x90\x80 \x00@R\xa8\xcc\xa0\x86\x04x\x8b\x11b,E\xd4Z\x8bQt\x8b\xe4Z\x8b\x11~.\xe4\x8ap\xa1!J\xc0\xeb\xb6')
d.decompress(b'')
### "EOFError: End of stream already reached"
