"""Abstract Base Classes."""


def abstractmethod(funcobj):
    """Marks a method abstract: a class whose metaclass is ABCMeta cannot
    be instantiated while it has abstract methods left."""
    funcobj.__isabstractmethod__ = True
    return funcobj


# classmethod, staticmethod and property cannot be subclassed yet: the
# deprecated abstractclassmethod, abstractstaticmethod and abstractproperty
# return plain ones whose function is marked abstract.
def abstractclassmethod(callable):
    """A classmethod that is also abstract (deprecated)."""
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    """A staticmethod that is also abstract (deprecated)."""
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    """A property that is also abstract (deprecated); property cannot be
    subclassed yet, so its getter is marked abstract instead."""
    if fget is not None:
        fget.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


def _isabstract(value):
    if getattr(value, "__isabstractmethod__", False):
        return True
    if isinstance(value, property):
        return any(getattr(f, "__isabstractmethod__", False)
                   for f in (value.fget, value.fset, value.fdel))
    if isinstance(value, (classmethod, staticmethod)):
        return bool(getattr(value.__func__, "__isabstractmethod__", False))
    return False


def _compute_abstracts(cls):
    abstracts = set()
    for name, value in cls.__dict__.items():
        if _isabstract(value):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if _isabstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """Metaclass for abstract base classes."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls)
        return cls

    def __call__(cls, *args, **kwargs):
        abstracts = cls.__dict__.get("__abstractmethods__")
        if abstracts:
            names = sorted(abstracts)
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, "s" if len(names) > 1 else "", ", ".join(names)))
        obj = cls.__new__(cls, *args, **kwargs)
        if isinstance(obj, cls):
            type(obj).__init__(obj, *args, **kwargs)
        return obj


def update_abstractmethods(cls):
    """Recomputes cls.__abstractmethods__ after the class was changed."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls)
    return cls


class ABC(metaclass=ABCMeta):
    """A helper class whose metaclass is ABCMeta."""

    __slots__ = ()
