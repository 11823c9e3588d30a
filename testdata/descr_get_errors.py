# Argument checks of the __get__, __set__ and __delete__ slot wrappers.
def f(): pass
f.__get__(None, None)
### "TypeError: __get__\(None, None\) is invalid"
---
def f(): pass
f.__get__(None)
### "TypeError: __get__\(None, None\) is invalid"
---
def f(): pass
f.__get__()
### "TypeError:  expected at least 1 argument, got 0"
---
def f(): pass
f.__get__(1, int, 3)
### "TypeError:  expected at most 2 arguments, got 3"
---
def f(): pass
f.__get__(1, owner=int)
### "TypeError: wrapper __get__\(\) takes no keyword arguments"
---
property().__set__(1)
### "TypeError:  expected 2 arguments, got 1"
---
property().__delete__()
### "TypeError: expected 1 argument, got 0"
---
property().__get__(1)
### "AttributeError: property of 'int' object has no getter"
