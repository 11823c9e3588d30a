# __classcell__ not propagated to type.__new__, or replaced: expected
# errors, with python3's messages.
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns.pop("__classcell__", None)
        return super().__new__(mcls, name, bases, ns)


class A(metaclass=Meta):
    def f(self):
        return __class__
### "RuntimeError: __class__ not set defining 'A' as <class '__main__.A'>. Was __classcell__ propagated to type.__new__\?"
---
class Meta(type):
    def __new__(mcls, name, bases, ns, cell):
        ns["__classcell__"] = cell
        return super().__new__(mcls, name, bases, ns)


class A(metaclass=Meta, cell=0):
    pass
### "TypeError: __classcell__ must be a nonlocal cell, not <class 'int'>"
---
class Meta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        type("B", (), ns)
        return cls


class A(metaclass=Meta):
    def f(self):
        return __class__
### "TypeError: __class__ set to <class '__main__.A'> defining 'A' as <class '__main__.A'>"
---
class A:
    nonlocal __class__
### "SyntaxError: no binding for nonlocal '__class__' found"
---
def f():
    nonlocal __class__
### "SyntaxError: no binding for nonlocal '__class__' found"
---
class A(*1):
    pass
### "TypeError: Value after \* must be an iterable, not int"
---
class A(**1):
    pass
### "TypeError: __build_class__\(\) argument after \*\* must be a mapping, not int"
---
super(int, int, int)
### "TypeError: super\(\) expected at most 2 arguments, got 3"
