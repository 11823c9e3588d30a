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
    """Metaclass for abstract base classes: instances need every abstract
    method overridden, and register() adds virtual subclasses that
    isinstance and issubclass accept."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls)
        # Virtual subclasses, held strongly (CPython keeps a WeakSet).
        cls._abc_registry = set()
        return cls

    def __call__(cls, *args, **kwargs):
        abstracts = cls.__dict__.get("__abstractmethods__")
        if abstracts:
            names = sorted(abstracts)
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, "s" if len(names) > 1 else "", ", ".join(names)))
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Register a virtual subclass of this ABC; returns it, so this
        also works as a class decorator."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.add(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if cls in subclass.__mro__:
            return True
        hook = getattr(cls, "__subclasshook__", None)
        if hook is not None:
            ok = hook(subclass)
            if ok is not NotImplemented:
                return bool(ok)
        # Registered here or on an ABC among cls's bases' registries.
        for registered in cls.__dict__.get("_abc_registry", ()):
            if issubclass(subclass, registered):
                return True
        return False


def update_abstractmethods(cls):
    """Recomputes cls.__abstractmethods__ after the class was changed."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls)
    return cls


class ABC(metaclass=ABCMeta):
    """A helper class whose metaclass is ABCMeta."""

    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented
