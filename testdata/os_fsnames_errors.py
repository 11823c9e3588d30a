# File names and environment variables that are not UTF-8: expected errors.
open("\ud800")
### "UnicodeEncodeError: 'utf-8' codec can't encode character '\\ud800' in position 0: surrogates not allowed"
---
import os
os.listdir("x\udfff")
### "UnicodeEncodeError: 'utf-8' codec can't encode character '\\udfff' in position 1: surrogates not allowed"
---
import os
os.listdir("_ftpy_no_such_\udcff")
### "FileNotFoundError: \[Errno 2\] No such file or directory: '_ftpy_no_such_\\udcff'"
---
import os
os.remove(b"_ftpy_no_such_\xff")
### "FileNotFoundError: \[Errno 2\] No such file or directory: b'_ftpy_no_such_\\xff'"
---
open("_ftpy_no_such_\udcfe")
### "FileNotFoundError: \[Errno 2\] No such file or directory: '_ftpy_no_such_\\udcfe'"
---
import os
os.rename("_ftpy_no_such_\udcfa", b"_ftpy_no_such_\xfb")
### "FileNotFoundError: \[Errno 2\] No such file or directory: '_ftpy_no_such_\\udcfa' -> b'_ftpy_no_such_\\xfb'"
---
open(b"a\x00")
### "ValueError: embedded null byte"
---
import os
os.listdir(b"a\x00")
### "ValueError: listdir: embedded null character in path"
---
import os
os.mkdir("a\x00")
### "ValueError: embedded null byte"
---
import os
class P:
    def __fspath__(self):
        return 3
os.fspath(P())
### "TypeError: expected P.__fspath__\(\) to return str or bytes, not int"
---
class P:
    def __fspath__(self):
        return 3
open(P())
### "TypeError: expected P.__fspath__\(\) to return str or bytes, not int"
---
open(3.5)
### "TypeError: expected str, bytes or os.PathLike object, not float"
---
open(3.5, "q")
### "ValueError: invalid mode: 'q'"
---
import os
os.path.join(b"a", "b")
### "TypeError: Can't mix strings and bytes in path components"
---
import os
os.fsencode(3)
### "TypeError: expected str, bytes or os.PathLike object, not int"
---
import os
os.fsdecode(None)
### "TypeError: expected str, bytes or os.PathLike object, not NoneType"
---
import os
os.putenv("A=B", "x")
### "ValueError: illegal environment variable name"
---
import os
os.putenv("A", "x\x00")
### "ValueError: embedded null byte"
---
import os
os.putenv("A\ud800", "x")
### "UnicodeEncodeError: 'utf-8' codec can't encode character '\\ud800' in position 1: surrogates not allowed"
---
import os
os.unsetenv("")
### "OSError: \[Errno 22\] Invalid argument"
---
import os
os.getenv(b"HOME")
### "TypeError: str expected, not bytes"
---
import os
os.readlink("_ftpy_no_such_\udcf9")
### "FileNotFoundError: \[Errno 2\] No such file or directory: '_ftpy_no_such_\\udcf9'"
---
raise ValueError("\udcff and \ud800")
### "ValueError: \\udcff and \\ud800"
