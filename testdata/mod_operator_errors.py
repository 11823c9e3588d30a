# operator: argument errors, each case alone.
import operator
operator.add(1)
### "TypeError: add expected 2 arguments, got 1"
---
import operator
operator.neg()
### "TypeError: _operator.neg\(\) takes exactly one argument \(0 given\)"
---
import operator
operator.concat(1, 2)
### "TypeError: 'int' object can't be concatenated"
---
import operator
operator.itemgetter()
### "TypeError: itemgetter expected 1 argument, got 0"
---
import operator
operator.attrgetter(1)
### "TypeError: attribute name must be a string"
---
import operator
operator.attrgetter("inner.missing")(1)
### "AttributeError: 'int' object has no attribute 'inner'"
---
import operator
operator.methodcaller()
### "TypeError: methodcaller needs at least one argument, the method name"
---
import operator
operator.indexOf([1], 2)
### "ValueError: sequence.index\(x\): x not in sequence"
