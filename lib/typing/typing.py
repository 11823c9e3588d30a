"""Support for type hints: the basics.

Subscripted forms (List[int], Optional[str], Callable[[int], str]) evaluate
to alias objects with __origin__ and __args__ and CPython's reprs; nothing
is checked at run time.
"""

import collections

__all__ = ["TYPE_CHECKING", "Any", "AnyStr", "Callable", "ClassVar", "Dict",
           "Final", "FrozenSet", "Generic", "Iterable", "Iterator", "List",
           "Literal", "Mapping", "NamedTuple", "NewType", "NoReturn",
           "Optional", "Sequence", "Set", "Text", "Tuple", "Type", "TypeVar",
           "Union", "cast", "final", "overload"]

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return "%s.%s" % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return "..."
    if type(obj).__name__ == "function":
        return obj.__qualname__
    return repr(obj)


def _type_check(arg):
    if arg is None:
        return type(None)
    return arg


def _tupleize(params):
    if not isinstance(params, tuple):
        params = (params,)
    return params


def _mro_entries(alias):
    # A subscripted or bare alias used as a base class stands for its
    # origin class (PEP 560); the abstract aliases, which have no
    # collections.abc class here, stand for nothing.
    origin = alias.__origin__
    if isinstance(origin, type) and origin is not object:
        return (origin,)
    return ()


class _Final:
    """Base of the typing objects that cannot be subclassed."""

    __slots__ = ()


class _SpecialForm(_Final):
    """Any, Union, Optional, ClassVar, Final, Literal, NoReturn."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return "typing." + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        if self._name == "Any":
            raise TypeError("Any cannot be instantiated")
        raise TypeError(f"Cannot instantiate {self!r}")

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, parameters)


class _GenericAlias(_Final):
    """A subscripted generic: List[int], Dict[str, int], Box[T]."""

    def __init__(self, origin, args, name=None):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name

    def __mro_entries__(self, bases):
        return _mro_entries(self)

    def __repr__(self):
        if self._name is not None:
            head = "typing." + self._name
        else:
            head = _type_repr(self.__origin__)
        if not self.__args__:
            return head + "[()]"
        return "%s[%s]" % (head, ", ".join(_type_repr(a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if self._name is not None:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __getitem__(self, params):
        # Substitute type variables: Dict[str, T][int] -> Dict[str, int].
        params = _tupleize(params)
        tvars = [a for a in self.__args__ if isinstance(a, TypeVar)]
        if len(params) != len(tvars):
            raise TypeError(f"Too {'many' if len(params) > len(tvars) else 'few'} "
                            f"arguments for {self}; actual {len(params)}, expected {len(tvars)}")
        subst = dict(zip(tvars, params))
        args = tuple(subst.get(a, a) if isinstance(a, TypeVar) else a for a in self.__args__)
        return type(self)(self.__origin__, args, self._name)


class _UnionAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return "typing.Optional[%s]" % _type_repr(other)
        return "typing.Union[%s]" % ", ".join(_type_repr(a) for a in args)

    def __eq__(self, other):
        if not isinstance(other, _UnionAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


class _CallableAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return "typing.Callable[..., %s]" % _type_repr(args[1])
        return "typing.Callable[[%s], %s]" % (
            ", ".join(_type_repr(a) for a in args[:-1]), _type_repr(args[-1]))


class _SpecialGenericAlias(_Final):
    """An unsubscripted generic: List, Dict, Callable..."""

    def __init__(self, origin, nparams, name):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name

    def __mro_entries__(self, bases):
        return _mro_entries(self)

    def __repr__(self):
        return "typing." + self._name

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Type {self._name} cannot be instantiated; "
                        f"use {self.__origin__.__name__}() instead")

    def __getitem__(self, params):
        params = tuple(_type_check(p) for p in _tupleize(params))
        n = self._nparams
        if n >= 0 and len(params) != n:
            raise TypeError(f"Too {'many' if len(params) > n else 'few'} arguments for {self};"
                            f" actual {len(params)}, expected {n}")
        return _GenericAlias(self.__origin__, params, self._name)


class _TupleAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), "Tuple")
        params = _tupleize(params)
        if len(params) == 2 and params[1] is ...:
            return _GenericAlias(tuple, (_type_check(params[0]), ...), "Tuple")
        return _GenericAlias(tuple, tuple(_type_check(p) for p in params), "Tuple")


class _CallableType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        result = _type_check(result)
        if args is ...:
            return _CallableAlias(self.__origin__, (..., result), "Callable")
        if not isinstance(args, (list, tuple)):
            args = [args]
        return _CallableAlias(self.__origin__, tuple(_type_check(a) for a in args) + (result,),
                              "Callable")


def _any_getitem(self, params):
    raise TypeError(f"{self} is not subscriptable")


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    flat = []
    for p in _tupleize(parameters):
        p = _type_check(p)
        if isinstance(p, _UnionAlias):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    args = []
    for p in flat:
        if p not in args:
            args.append(p)
    if len(args) == 1:
        return args[0]
    return _UnionAlias(self, tuple(args))


def _optional_getitem(self, parameters):
    return Union[parameters, type(None)]


def _wrap_getitem(self, parameters):
    return _GenericAlias(self, (_type_check(parameters),))


def _literal_getitem(self, parameters):
    args = []
    for p in _tupleize(parameters):
        if p not in args:
            args.append(p)
    return _GenericAlias(self, tuple(args))


Any = _SpecialForm("Any")
NoReturn = _SpecialForm("NoReturn")
Union = _SpecialForm("Union", _union_getitem)
Optional = _SpecialForm("Optional", _optional_getitem)
ClassVar = _SpecialForm("ClassVar", _wrap_getitem)
Final = _SpecialForm("Final", _wrap_getitem)
Literal = _SpecialForm("Literal", _literal_getitem)


class TypeVar(_Final):
    """A type variable: T = TypeVar('T'), repr ~T (+T covariant, -T
    contravariant)."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = tuple(_type_check(c) for c in constraints)
        self.__bound__ = _type_check(bound) if bound is not None else None
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        if self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__


AnyStr = TypeVar("AnyStr", bytes, str)
Text = str

List = _SpecialGenericAlias(list, 1, "List")
Dict = _SpecialGenericAlias(dict, 2, "Dict")
Set = _SpecialGenericAlias(set, 1, "Set")
FrozenSet = _SpecialGenericAlias(frozenset, 1, "FrozenSet")
Type = _SpecialGenericAlias(type, 1, "Type")
Tuple = _TupleAlias(tuple, -1, "Tuple")
Deque = _SpecialGenericAlias(collections.deque, 1, "Deque")
# collections.abc is not there yet: the abstract generics have object as
# their origin.
Callable = _CallableType(object, -1, "Callable")
Iterable = _SpecialGenericAlias(object, 1, "Iterable")
Iterator = _SpecialGenericAlias(object, 1, "Iterator")
Generator = _SpecialGenericAlias(object, 3, "Generator")
Sequence = _SpecialGenericAlias(object, 1, "Sequence")
MutableSequence = _SpecialGenericAlias(object, 1, "MutableSequence")
Mapping = _SpecialGenericAlias(object, 2, "Mapping")
MutableMapping = _SpecialGenericAlias(object, 2, "MutableMapping")
Hashable = _SpecialGenericAlias(object, 0, "Hashable")
Sized = _SpecialGenericAlias(object, 0, "Sized")


class _GenericMeta(type):
    # Written before the VM had __class_getitem__ and __mro_entries__: classes are
    # subscripted through their metaclass, and Generic[T] is Generic itself
    # so that it can be a base class.
    def __getitem__(cls, params):
        params = _tupleize(params)
        if cls is Generic:
            for p in params:
                if not isinstance(p, TypeVar):
                    raise TypeError("Parameters to Generic[...] must all be type variables")
            return cls
        return _GenericAlias(cls, tuple(_type_check(p) for p in params))


class Generic(metaclass=_GenericMeta):
    """Base of user-defined generic classes: class Box(Generic[T])."""

    __slots__ = ()


def cast(typ, val):
    """Returns val unchanged: a hint for type checkers."""
    return val


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def overload(func):
    """Marks an overload signature; the undecorated definition wins."""
    return _overload_dummy


def final(f):
    """Marks a method or class final (for type checkers)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def runtime_checkable(cls):
    return cls


class NewType:
    """NewType('UserId', int): a callable returning its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[-1]
        self.__name__ = name
        self.__supertype__ = tp

    def __repr__(self):
        return "%s.%s" % (self.__module__, self.__qualname__)

    def __call__(self, x):
        return x


_prohibited = frozenset(("__new__", "__init__", "__slots__", "__getnewargs__",
                         "_fields", "_field_defaults", "_make", "_replace",
                         "_asdict", "_source"))
_special = frozenset(("__module__", "__name__", "__annotations__", "__qualname__",
                      "__doc__"))


def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    nm_tpl = collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = {n: t for n, t in types}
    return nm_tpl


class _NamedTupleMeta(type):
    # class P(NamedTuple): x: int  builds a collections.namedtuple.
    def __new__(mcls, typename, bases, ns):
        if not ns.get("_root", False) and bases:
            pass
        else:
            return super().__new__(mcls, typename, bases, ns)
        types = ns.get("__annotations__", {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, list(types.items()),
                               ns.get("__module__", "__main__"),
                               [ns[n] for n in default_names])
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _special and key not in nm_tpl._fields and key != "_root":
                setattr(nm_tpl, key, ns[key])
        if ns.get("__doc__") is not None:
            nm_tpl.__doc__ = ns["__doc__"]
        return nm_tpl

    def __call__(cls, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = kwargs.items()
        elif kwargs:
            raise TypeError("Either list of fields or keywords"
                            " can be provided to NamedTuple, not both")
        return _make_nmtuple(typename, list(fields), "__main__")


class NamedTuple(metaclass=_NamedTupleMeta):
    """Typed version of collections.namedtuple, used with class syntax."""

    _root = True
