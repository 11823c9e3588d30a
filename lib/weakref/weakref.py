# The Python half of the weakref module: the weak containers, finalize and
# WeakMethod, built on ref (implemented in Go, already in this namespace).
#
# Entries of the containers vanish through ref callbacks that hold the
# container only weakly. Iteration walks a snapshot of the underlying
# dict or set, so a referent dying mid-iteration never breaks it.


def _is_mapping(o):
    return hasattr(o, "keys") and hasattr(o, "__getitem__")


def _container_repr(self):
    return "<%s at %#x>" % (type(self).__name__, id(self))


def _value_remover(owner):
    """The callback factory of a WeakValueDictionary: the returned function
    makes the callback for key's ref, which drops the entry if it still
    holds that ref."""
    owner_ref = ref(owner)

    def for_key(key):
        def gone(wr):
            d = owner_ref()
            if d is not None and d.data.get(key) is wr:
                del d.data[key]
        return gone
    return for_key


class _MappingOperators:
    """The comparison and | operators the two weak dictionaries share,
    written over their items(), copy() and update()."""

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __hash__ = None

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        new = type(self)()
        new.update(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


class WeakValueDictionary(_MappingOperators):
    """A mapping whose values are held by weak references: an entry goes
    away when its value is no longer alive."""

    def __init__(self, other=(), /, **kw):
        self._callback_for = _value_remover(self)
        self.data = {}
        self.update(other, **kw)

    def _ref(self, key, value):
        return ref(value, self._callback_for(key))

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = self._ref(key, value)

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        try:
            wr = self.data[key]
        except KeyError:
            return False
        return wr() is not None

    def __repr__(self):
        return _container_repr(self)

    def __iter__(self):
        for key, wr in list(self.data.items()):
            if wr() is not None:
                yield key

    def keys(self):
        return iter(self)

    def values(self):
        for wr in list(self.data.values()):
            o = wr()
            if o is not None:
                yield o

    def items(self):
        for key, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                yield key, o

    def itervaluerefs(self):
        yield from list(self.data.values())

    def valuerefs(self):
        return list(self.data.values())

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is not None:
            return o
        if args:
            return args[0]
        raise KeyError(key)

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is not None:
            return o
        self.data[key] = self._ref(key, default)
        return default

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, value in other.items():
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def clear(self):
        self.data.clear()

    def copy(self):
        new = type(self)()
        for key, value in list(self.items()):
            new[key] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = type(self)()
        for key, value in list(self.items()):
            new[deepcopy(key, memo)] = value
        return new



def _key_remover(owner):
    """The callback of a WeakKeyDictionary's or WeakSet's refs: it drops
    the dead ref from owner.data."""
    owner_ref = ref(owner)

    def gone(wr):
        o = owner_ref()
        if o is not None:
            if isinstance(o.data, dict):
                o.data.pop(wr, None)
            else:
                o.data.discard(wr)
    return gone


class WeakKeyDictionary(_MappingOperators):
    """A mapping whose keys are held by weak references: an entry goes
    away when its key is no longer alive."""

    def __init__(self, dict=None):
        self.data = {}
        self._remove = _key_remover(self)
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return _container_repr(self)

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def keys(self):
        return iter(self)

    def values(self):
        for wr, value in list(self.data.items()):
            if wr() is not None:
                yield value

    def items(self):
        for wr, value in list(self.data.items()):
            o = wr()
            if o is not None:
                yield o, value

    def keyrefs(self):
        return list(self.data)

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def popitem(self):
        while True:
            wr, value = self.data.popitem()
            o = wr()
            if o is not None:
                return o, value

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                self[key] = value
        if kwargs:
            self.update(kwargs)

    def clear(self):
        self.data.clear()

    def copy(self):
        new = type(self)()
        for key, value in list(self.items()):
            new[key] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = type(self)()
        for key, value in list(self.items()):
            new[key] = deepcopy(value, memo)
        return new



class WeakSet:
    """A set whose elements are held by weak references: an element goes
    away when it is no longer alive."""

    def __init__(self, data=None):
        self.data = set()
        self._remove = _key_remover(self)
        if data is not None:
            self.update(data)

    def _refs(self, items):
        return {ref(x) for x in items}

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return repr(self.data)

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def pop(self):
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            o = wr()
            if o is not None:
                return o

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for x in other:
            self.add(x)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        new = self.copy()
        new.difference_update(other)
        return new

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if other is self:
            self.data.clear()
        else:
            self.data.difference_update(self._refs(other))
        return self

    def intersection(self, other):
        return type(self)(x for x in other if x in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        self.data.intersection_update(self._refs(other))
        return self

    def issubset(self, other):
        return self.data.issubset(self._refs(other))

    __le__ = issubset

    def __lt__(self, other):
        return self.data < self._refs(other)

    def issuperset(self, other):
        return self.data.issuperset(self._refs(other))

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > self._refs(other)

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.data == self._refs(other)

    __hash__ = None

    def symmetric_difference(self, other):
        new = self.copy()
        new.symmetric_difference_update(other)
        return new

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if other is self:
            self.data.clear()
        else:
            self.data.symmetric_difference_update({ref(x, self._remove) for x in other})
        return self

    def union(self, other):
        new = self.copy()
        new.update(other)
        return new

    __or__ = union

    def isdisjoint(self, other):
        return not self.intersection(other)


class finalize:
    """finalize(obj, func, /, *args, **kwargs): a finalizer that calls
    func(*args, **kwargs) once, when obj dies or when it is called first.

    The live finalizers are kept in a class-level registry, so a finalizer
    outlives every reference to it until it has run or been detached.
    """

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _counter = [0]

    class _Entry:
        __slots__ = ("wr", "func", "args", "kwargs", "atexit", "order")

    def __init__(self, obj, func, /, *args, **kwargs):
        e = finalize._Entry()
        e.wr = ref(obj, self)
        e.func = func
        e.args = args
        e.kwargs = kwargs
        e.atexit = True
        finalize._counter[0] += 1
        e.order = finalize._counter[0]
        finalize._registry[self] = e

    def __call__(self, _=None):
        e = finalize._registry.pop(self, None)
        if e is not None and not finalize._shutdown:
            return e.func(*e.args, **e.kwargs)

    def _live(self):
        e = finalize._registry.get(self)
        if e is None:
            return None, None
        return e, e.wr()

    def detach(self):
        e, obj = self._live()
        if obj is not None and finalize._registry.pop(self, None) is not None:
            return (obj, e.func, e.args, dict(e.kwargs))

    def peek(self):
        e, obj = self._live()
        if obj is not None:
            return (obj, e.func, e.args, dict(e.kwargs))

    @property
    def alive(self):
        return self in finalize._registry

    @property
    def atexit(self):
        e = finalize._registry.get(self)
        return e is not None and e.atexit

    @atexit.setter
    def atexit(self, value):
        e = finalize._registry.get(self)
        if e is not None:
            e.atexit = bool(value)

    def __repr__(self):
        e, obj = self._live()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))


class WeakMethod(ref):
    """WeakMethod(method, callback=None): a weak reference to a bound
    method, which a plain ref cannot hold (bound methods are made on each
    attribute access). The ref itself follows the instance; a second ref
    follows the function. Calling it gives the bound method back while
    both live, None afterwards; the callback runs once, when the first of
    them dies."""

    __slots__ = ("_func_ref", "_meth_type", "_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None

        def gone(_):
            me = me_ref()
            if me is not None and me._alive:
                me._alive = False
                if callback is not None:
                    callback(me)

        self = ref.__new__(cls, obj, gone)
        self._func_ref = ref(func, gone)
        self._meth_type = type(meth)
        self._alive = True
        me_ref = ref(self)
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not self._alive or not other._alive:
            return self is other
        return ref.__eq__(self, other) and self._func_ref == other._func_ref

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    __hash__ = ref.__hash__

