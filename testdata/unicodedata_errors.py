import unicodedata
unicodedata.category(5)
### "TypeError: category\(\) argument must be a unicode character, not int"
---
import unicodedata
unicodedata.category("ab")
### "TypeError: category\(\) argument must be a unicode character, not str"
---
import unicodedata
unicodedata.category()
### "TypeError: unicodedata.category\(\) takes exactly one argument \(0 given\)"
---
import unicodedata
unicodedata.decimal("a")
### "ValueError: not a decimal"
---
import unicodedata
unicodedata.digit("a")
### "ValueError: not a digit"
---
import unicodedata
unicodedata.numeric("a")
### "ValueError: not a numeric character"
---
import unicodedata
unicodedata.name("\x00")
### "ValueError: no such name"
---
import unicodedata
unicodedata.name("")
### "TypeError: name\(\) argument 1 must be a unicode character, not str"
---
import unicodedata
unicodedata.decimal()
### "TypeError: decimal expected at least 1 argument, got 0"
---
import unicodedata
unicodedata.lookup("NO SUCH THING")
### "KeyError: \"undefined character name 'NO SUCH THING'\""
---
import unicodedata
unicodedata.lookup(1)
### "TypeError: a bytes-like object is required, not 'int'"
---
import unicodedata
unicodedata.normalize("NFX", "a")
### "ValueError: invalid normalization form"
---
import unicodedata
unicodedata.normalize("NFC", b"a")
### "TypeError: normalize\(\) argument 2 must be str, not bytes"
---
import unicodedata
unicodedata.normalize("NFC")
### "TypeError: normalize expected 2 arguments, got 1"
---
import unicodedata
unicodedata.UCD()
### "TypeError: cannot create 'unicodedata.UCD' instances"
---
x = "\N{NO SUCH CHARACTER}"
### "SyntaxError: \(unicode error\) 'unicodeescape' codec can't decode bytes in position 0-20: unknown Unicode character name"
---
x = "ab\N{LATIN"
### "SyntaxError: \(unicode error\) 'unicodeescape' codec can't decode bytes in position 2-9: malformed .N character escape"
