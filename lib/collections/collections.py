# The dict-derived classes of the collections module: defaultdict,
# OrderedDict and Counter. Run once, when collections is first imported,
# in the module's namespace (deque and namedtuple come from Go).

import itertools as _itertools
import heapq as _heapq


def _is_mapping(obj):
    return isinstance(obj, dict)


from _collections import defaultdict


class _odict_view:
    # A view of an OrderedDict: the dict view it wraps does the work.
    __slots__ = ('_mapping', '_view')

    def __init__(self, mapping, view):
        self._mapping = mapping
        self._view = view

    @property
    def mapping(self):
        return self._mapping

    def __len__(self):
        return len(self._view)

    def __iter__(self):
        return iter(self._view)

    def __reversed__(self):
        return reversed(self._view)

    def __contains__(self, item):
        return item in self._view

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, list(self._view))

    __hash__ = None


def _unwrap(other):
    if isinstance(other, _odict_view):
        return other._view
    return other


class _odict_setview(_odict_view):
    __slots__ = ()

    def __eq__(self, other):
        return self._view == _unwrap(other)

    def __ne__(self, other):
        return self._view != _unwrap(other)

    def __lt__(self, other):
        return self._view < _unwrap(other)

    def __le__(self, other):
        return self._view <= _unwrap(other)

    def __gt__(self, other):
        return self._view > _unwrap(other)

    def __ge__(self, other):
        return self._view >= _unwrap(other)

    def __and__(self, other):
        return self._view & _unwrap(other)

    def __rand__(self, other):
        return _unwrap(other) & self._view

    def __or__(self, other):
        return self._view | _unwrap(other)

    def __ror__(self, other):
        return _unwrap(other) | self._view

    def __sub__(self, other):
        return self._view - _unwrap(other)

    def __rsub__(self, other):
        return _unwrap(other) - self._view

    def __xor__(self, other):
        return self._view ^ _unwrap(other)

    def __rxor__(self, other):
        return _unwrap(other) ^ self._view

    def isdisjoint(self, other):
        return self._view.isdisjoint(_unwrap(other))


_odict_keys = type('odict_keys', (_odict_setview,), {'__slots__': ()})
_odict_items = type('odict_items', (_odict_setview,), {'__slots__': ()})
_odict_values = type('odict_values', (_odict_view,), {'__slots__': ()})


_repr_running = set()


class OrderedDict(dict):

    def __init__(self, *args, **kwds):
        if len(args) > 1:
            raise TypeError('expected at most 1 arguments, got %d' % len(args))
        dict.update(self, *args, **kwds)

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        key = next(iter(dict.keys(self)))
        return (key, dict.pop(self, key))

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            if not dict.__eq__(self, other):
                return False
            for a, b in zip(self, other):
                if not (a is b or a == b):
                    return False
            return True
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __repr__(self):
        if not self:
            return '%s()' % (type(self).__name__,)
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return '%s(%r)' % (type(self).__name__, list(self.items()))
        finally:
            _repr_running.discard(key)

    def keys(self):
        return _odict_keys(self, dict.keys(self))

    def values(self):
        return _odict_values(self, dict.values(self))

    def items(self):
        return _odict_items(self, dict.items(self))

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        return (type(self), (), state, None, iter(self.items()))

    @classmethod
    def fromkeys(cls, iterable, value=None):
        result = cls()
        for key in iterable:
            result[key] = value
        return result

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self)
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self


def _count_of(item):
    return item[1]


class Counter(dict):

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        if n is None:
            return sorted(self.items(), key=_count_of, reverse=True)
        return _heapq.nlargest(n, self.items(), key=_count_of)

    def elements(self):
        return _itertools.chain.from_iterable(
            _itertools.starmap(_itertools.repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                get = self.get
                for elem in iterable:
                    self[elem] = get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            get = self.get
            if _is_mapping(iterable):
                for elem, count in iterable.items():
                    self[elem] = get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        name = type(self).__name__
        if not self:
            return '%s()' % name
        try:
            shown = dict(self.most_common())
        except TypeError:
            shown = dict(self)
        return '%s(%r)' % (name, shown)

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for elem in self:
            if not self[elem] == other[elem]:
                return False
        for elem in other:
            if not self[elem] == other[elem]:
                return False
        return True

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for elem in self:
            if not self[elem] <= other[elem]:
                return False
        for elem in other:
            if not self[elem] <= other[elem]:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for elem in self:
            if not self[elem] >= other[elem]:
                return False
        for elem in other:
            if not self[elem] >= other[elem]:
                return False
        return True

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    def _combine(self, other, pick, other_only):
        """A multiset operation: pick(mine, theirs) for each element of
        self, other_only(theirs) for the elements only other has; only
        positive counts are kept."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            n = pick(count, other[elem])
            if n > 0:
                result[elem] = n
        for elem, count in other.items():
            if elem not in self:
                n = other_only(count)
                if n > 0:
                    result[elem] = n
        return result

    def __add__(self, other):
        return self._combine(other, lambda mine, theirs: mine + theirs, lambda theirs: theirs)

    def __sub__(self, other):
        return self._combine(other, lambda mine, theirs: mine - theirs, lambda theirs: 0 - theirs)

    def __or__(self, other):
        return self._combine(other, lambda mine, theirs: theirs if mine < theirs else mine,
                             lambda theirs: theirs)

    def __and__(self, other):
        return self._combine(other, lambda mine, theirs: mine if mine < theirs else theirs,
                             lambda theirs: 0)

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        drop = [elem for elem, count in self.items() if not count > 0]
        for elem in drop:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, theirs in other.items():
            if theirs > self[elem]:
                self[elem] = theirs
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            theirs = other[elem]
            if theirs < count:
                self[elem] = theirs
        return self._keep_positive()

