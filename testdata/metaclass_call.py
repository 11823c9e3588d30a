# A metaclass __call__ that defers to type.__call__ through super() (the singleton pattern).
class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, value):
        self.value = value


a, b = Config(1), Config(2)
print(a is b, a.value, b.value)
print(type.__call__)
class Plain:
    def __init__(self, x):
        self.x = x
p = type.__call__(Plain, 5)
print(type(p).__name__, p.x)
class Counting(type):
    calls = 0
    def __call__(cls, *args):
        Counting.calls += 1
        return type.__call__(cls, *args)
class K(metaclass=Counting):
    pass
K(); K()
print(Counting.calls, callable(K), callable(K()))
