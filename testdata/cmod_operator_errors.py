# _operator: expected errors, with python3's messages.
import _operator
_operator.add(1)
### "TypeError: add expected 2 arguments, got 1"
---
import _operator
_operator.neg()
### "TypeError: _operator.neg\(\) takes exactly one argument \(0 given\)"
---
import _operator
_operator.setitem(1)
### "TypeError: setitem expected 3 arguments, got 1"
---
import _operator
_operator.length_hint()
### "TypeError: length_hint expected at least 1 argument, got 0"
---
import _operator
_operator.length_hint(5, 'a')
### "TypeError: 'str' object cannot be interpreted as an integer"
---
import _operator
class H:
    def __length_hint__(self):
        return -1
_operator.length_hint(H())
### "ValueError: __length_hint__\(\) should return >= 0"
---
import _operator
class H:
    def __length_hint__(self):
        return 'a'
_operator.length_hint(H())
### "TypeError: __length_hint__ must be an integer, not str"
---
import _operator
_operator._compare_digest('a', b'a')
### "TypeError: a bytes-like object is required, not 'str'"
---
import _operator
_operator._compare_digest('\xe9', '\xe9')
### "TypeError: comparing strings with non-ASCII characters is not supported"
---
import _operator
_operator._compare_digest(1, 2)
### "TypeError: unsupported operand types\(s\) or combination of types: 'int' and 'int'"
---
import _operator
_operator.concat(1, 2)
### "TypeError: 'int' object can't be concatenated"
---
import _operator
_operator.call()
### "TypeError: call expected at least 1 argument, got 0"
---
import _operator
_operator.index(1.5)
### "TypeError: 'float' object cannot be interpreted as an integer"
---
import _operator
_operator.indexOf([1], 2)
### "ValueError: sequence.index\(x\): x not in sequence"
---
import _operator
_operator.itemgetter()
### "TypeError: itemgetter expected 1 argument, got 0"
---
import _operator
_operator.attrgetter(1)
### "TypeError: attribute name must be a string"
---
import _operator
_operator.methodcaller()
### "TypeError: methodcaller needs at least one argument, the method name"
---
import _operator
_operator.methodcaller(1)
### "TypeError: method name must be a string"
---
import _operator
_operator.abs('a')
### "TypeError: bad operand type for abs\(\): 'str'"
---
import _operator
_operator.attrgetter('a')(1)
### "AttributeError: 'int' object has no attribute 'a'"
---
import _operator
_operator.itemgetter(1, k=1)
### "TypeError: itemgetter\(\) takes no keyword arguments"
