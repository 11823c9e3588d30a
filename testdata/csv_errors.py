import csv
list(csv.reader(['"a"b'], strict=True))
### "_csv.Error: ',' expected after '\"'"
---
import csv
list(csv.reader(['a\rb']))
### "_csv.Error: new-line character seen in unquoted field - do you need to open the file in universal-newline mode\?"
---
import csv, io
csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
### "_csv.Error: need to escape, but no escapechar set"
---
import csv
csv.get_dialect("nope")
### "_csv.Error: unknown dialect"
---
import csv
csv.reader([], delimiter="")
### "TypeError: \"delimiter\" must be a 1-character string"
---
import csv
csv.reader([], quoting=9)
### "TypeError: bad \"quoting\" value"
---
import csv
csv.reader()
### "TypeError:  expected at least 1 argument, got 0"
---
import csv
csv.writer(1)
### "TypeError: argument 1 must have a \"write\" method"
---
import csv
csv.field_size_limit("x")
### "TypeError: limit must be an integer"
---
import _csv
_csv.reader([], foo=1)
### "TypeError: 'foo' is an invalid keyword argument for this function"
