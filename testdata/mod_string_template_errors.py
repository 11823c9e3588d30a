# string.Template: expected errors.
from string import Template
Template("abc $").substitute()
### "ValueError: Invalid placeholder in string: line 1, col 5"
---
from string import Template
Template("first\nsecond $1").substitute()
### "ValueError: Invalid placeholder in string: line 2, col 8"
---
from string import Template
Template("$").substitute()
### "ValueError: Invalid placeholder in string: line 1, col 1"
---
from string import Template
Template("a\r\n\n${x").substitute(x=1)
### "ValueError: Invalid placeholder in string: line 3, col 1"
---
from string import Template
class P(Template):
    delimiter = "%%"
P("ab %%x %%").substitute(x=1)
### "ValueError: Invalid placeholder in string: line 1, col 9"
---
from string import Template
Template("$name").substitute()
### "KeyError: 'name'"
---
from string import Template
Template("${name}").substitute({"other": 1})
### "KeyError: 'name'"
---
from string import Template
Template("$a $b").substitute({"a": 1}, c=2)
### "KeyError: 'b'"
---
from string import Template
Template("$x").substitute(None)
### "TypeError: 'NoneType' object is not subscriptable"
---
from string import Template
Template(1).substitute()
### "TypeError: expected string or bytes-like object, got 'int'"
---
from string import Template
Template()
### "TypeError: Template.__init__\(\) missing 1 required positional argument: 'template'"
---
from string import Template
Template("").substitute({}, {})
### "TypeError: Template.substitute\(\) takes from 1 to 2 positional arguments but 3 were given"
---
from string import Template
Template("").safe_substitute({}, {})
### "TypeError: Template.safe_substitute\(\) takes from 1 to 2 positional arguments but 3 were given"
---
from string import Template
class Bad:
    def __str__(self):
        raise RuntimeError("no str")
Template("$x").safe_substitute(x=Bad())
### "RuntimeError: no str"
