# _json: expected errors, with python3's messages.
import _json
_json.scanstring('abc', 0)
### "Unterminated string starting at: line 1 column 0 \(char -1\)"
---
import _json
_json.scanstring(1, 0)
### "TypeError: first argument must be a string, not int"
---
import _json
_json.scanstring('a', 5)
### "ValueError: end is out of bounds"
---
import _json
_json.scanstring('a\x01"', 0)
### "Invalid control character at: line 1 column 2 \(char 1\)"
---
import _json
_json.scanstring('\\x"', 0)
### "Invalid \\escape: line 1 column 1 \(char 0\)"
---
import _json
_json.scanstring('\\u12"', 0)
### "Invalid \\uXXXX escape: line 1 column 2 \(char 1\)"
---
import _json
class C:
    strict = True
    object_hook = object_pairs_hook = parse_constant = None
    parse_float = float
    parse_int = int
_json.make_scanner(C())('1', -1)
### "ValueError: idx cannot be negative"
---
import _json
class C:
    strict = True
    object_hook = object_pairs_hook = parse_constant = None
    parse_float = float
    parse_int = int
_json.make_scanner(C())('{"a" 1}', 0)
### "Expecting ':' delimiter: line 1 column 6 \(char 5\)"
---
import _json
_json.make_encoder(None, None, None, None, ':', ',', 0, 0, 0)(float('inf'), 0)
### "ValueError: Out of range float values are not JSON compliant"
---
import _json
_json.make_encoder(1, None, None, None, ':', ',', 0, 0, 0)
### "TypeError: make_encoder\(\) argument 1 must be dict or None, not int"
---
import _json
_json.make_encoder(None, None, None, None, 1, ',', 0, 0, 0)
### "TypeError: make_encoder\(\) argument 5 must be str, not int"
---
import _json
_json.make_encoder(None, None, lambda s: 1, None, ':', ',', 0, 0, 0)('x', 0)
### "TypeError: encoder\(\) must return a string, not int"
---
import _json
_json.make_encoder({}, None, _json.encode_basestring, None, ':', ',', 0, 0, 0)(object(), 0)
### "TypeError: Object of type object is not JSON serializable"
---
import _json
l = []
l.append(l)
_json.make_encoder({}, None, _json.encode_basestring, None, ':', ',', 0, 0, 0)(l, 0)
### "ValueError: Circular reference detected"
---
import _json
_json.make_encoder({}, None, _json.encode_basestring, None, ':', ',', 0, 0, 0)({(1,): 2}, 0)
### "TypeError: keys must be str, int, float, bool or None, not tuple"
---
import _json
_json.encode_basestring(1)
### "TypeError: first argument must be a string, not int"
