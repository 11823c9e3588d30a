# os: expected errors, with python3's messages.
import os
os.remove("_ftpy_no_such_file")
### "FileNotFoundError: \[Errno 2\] No such file or directory: '_ftpy_no_such_file'"
---
import os
os.listdir("_ftpy_no_such_dir")
### "FileNotFoundError: \[Errno 2\] No such file or directory: '_ftpy_no_such_dir'"
---
import os
os.rmdir("_ftpy_no_such_dir")
### "FileNotFoundError: \[Errno 2\] No such file or directory: '_ftpy_no_such_dir'"
---
import os
os.rename("_ftpy_no_such_a", "_ftpy_no_such_b")
### "FileNotFoundError: \[Errno 2\] No such file or directory: '_ftpy_no_such_a' -> '_ftpy_no_such_b'"
---
import os
os.mkdir("/")
### "FileExistsError: \[Errno 17\] File exists: '/'"
---
import os
os.makedirs("/")
### "FileExistsError: \[Errno 17\] File exists: '/'"
---
import os
os.listdir(5.5)
### "TypeError: listdir: path should be string, bytes, os.PathLike, integer or None, not float"
---
import os
os.mkdir(None)
### "TypeError: mkdir: path should be string, bytes or os.PathLike, not NoneType"
---
import os
os.path.join(1)
### "TypeError: expected str, bytes or os.PathLike object, not int"
---
import os
os.path.join("a", 1)
### "TypeError: join\(\) argument must be str, bytes, or os.PathLike object, not 'int'"
---
import os
os.path.getsize("_ftpy_no_such_file")
### "FileNotFoundError: \[Errno 2\] No such file or directory: '_ftpy_no_such_file'"
---
import os
os.getenv(1)
### "TypeError: str expected, not int"
---
import os.path
os.path.nosuch
### "AttributeError: module 'posixpath' has no attribute 'nosuch'"
---
import os
os.listdir(1, 2)
### "TypeError: listdir\(\) takes at most 1 argument \(2 given\)"
