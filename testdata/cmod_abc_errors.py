# _abc: expected errors, with python3's messages.
import _abc
class A:
    pass
_abc._abc_register(A, 1)
### "TypeError: Can only register classes"
---
import _abc
class A:
    pass
_abc._abc_instancecheck(A, 1)
### "AttributeError: type object 'A' has no attribute '_abc_impl'"
---
import _abc
class A:
    pass
_abc._abc_subclasscheck(A, 1)
### "TypeError: issubclass\(\) arg 1 must be a class"
---
import _abc
class A:
    pass
A._abc_impl = 1
_abc._get_dump(A)
### "TypeError: _abc_impl is set to a wrong type"
---
import _abc
_abc._abc_init(1)
### "AttributeError: 'int' object has no attribute '__dict__'"
---
import _abc
_abc.get_cache_token(1)
### "TypeError: _abc.get_cache_token\(\) takes no arguments \(1 given\)"
