# Private names in __slots__ are mangled with the class's name, as in the
# class body (__s is the slot _MySet__s), and a member descriptor's repr
# names its slot and class.
class MySet:
    __slots__ = ['__s', '_x', '__d__']
    def __init__(self):
        self.__s = {1}
        self._x = 2
        self.__d__ = 3
m = MySet()
print(m._MySet__s, m._x, m.__d__, sorted(k for k in MySet.__dict__ if not k.startswith('__') or k == '__d__'))
print(MySet._MySet__s)
class _Under:
    __slots__ = ('__p',)
print([k for k in _Under.__dict__ if 'p' in k])
