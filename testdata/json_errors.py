# json: expected errors, with python3's messages.
import json
json.loads("")
### "json.decoder.JSONDecodeError: Expecting value: line 1 column 1 \(char 0\)"
---
import json
json.loads('{"a": 1,}')
### "JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 9 \(char 8\)"
---
import json
json.loads("[1, 2] 3")
### "JSONDecodeError: Extra data: line 1 column 8 \(char 7\)"
---
import json
json.loads('"abc')
### "JSONDecodeError: Unterminated string starting at: line 1 column 1 \(char 0\)"
---
import json
json.dumps({1, 2})
### "TypeError: Object of type set is not JSON serializable"
---
import json
json.dumps({(1, 2): 3})
### "TypeError: keys must be str, int, float, bool or None, not tuple"
---
import json
json.dumps([float("nan")], allow_nan=False)
### "ValueError: Out of range float values are not JSON compliant"
---
import json
a = []
a.append(a)
json.dumps(a)
### "ValueError: Circular reference detected"
---
import json
d = {}
d["self"] = d
json.dumps(d)
### "ValueError: Circular reference detected"
---
import json
json.loads(5)
### "TypeError: the JSON object must be str, bytes or bytearray, not int"
---
import json
json.dumps({1: 2, "a": 3}, sort_keys=True)
### "TypeError: '<' not supported between instances of 'str' and 'int'"
---
import json
json.dumps(object(), default=lambda o: o.missing)
### "AttributeError: 'object' object has no attribute 'missing'"
---
import json
json.loads("[1, 2", object_hook=print)
### "JSONDecodeError: Expecting ',' delimiter: line 1 column 6 \(char 5\)"
