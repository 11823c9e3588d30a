# The parts of functools written in Python: total_ordering. Run once,
# when functools is first imported, in the module's namespace.


def _gt_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r and self != other


def _le_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other


def _ge_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r


def _ge_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r or self == other


def _lt_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return r and self != other


def _gt_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r


def _lt_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r and self != other


def _ge_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other


def _le_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r


def _le_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r or self == other


def _gt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return r and self != other


def _lt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r


# For each root operation, in order of preference, the ones derived
# from it.
_derived = (
    ('__lt__', (('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt))),
    ('__le__', (('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le))),
    ('__gt__', (('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt))),
    ('__ge__', (('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge))),
)


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    defined = set()
    for name, _ in _derived:
        if getattr(cls, name, None) is not getattr(object, name, None):
            defined.add(name)
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    for name, ops in _derived:
        if name in defined:
            for opname, fn in ops:
                if opname not in defined:
                    fn.__name__ = opname
                    setattr(cls, opname, fn)
            break
    return cls
