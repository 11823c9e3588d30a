# Classes: methods, inheritance, super, properties, special methods.
class Animal:
    kind = "animal"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " makes a sound"

    def __repr__(self):
        return "Animal(%r)" % self.name


class Dog(Animal):
    def speak(self):
        return super().speak() + ": woof"


d = Dog("rex")
assert d.speak() == "rex makes a sound: woof"
assert isinstance(d, Animal) and issubclass(Dog, Animal)
assert Dog.kind == "animal"
assert repr(Animal("a")) == "Animal('a')"


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B" + super().who()


class C(A):
    def who(self):
        return "C" + super().who()


class D(B, C):
    def who(self):
        return "D" + super().who()


assert D().who() == "DBCA"
assert [k.__name__ for k in D.__mro__] == ["D", "B", "C", "A", "object"]


class Temp:
    def __init__(self):
        self._c = 0

    @property
    def c(self):
        return self._c

    @c.setter
    def c(self, v):
        self._c = v

    @staticmethod
    def s(x):
        return x + 1

    @classmethod
    def make(cls):
        return cls()


t = Temp()
t.c = 5
assert t.c == 5 and Temp.s(1) == 2 and isinstance(Temp.make(), Temp)


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __iter__(self):
        yield self.x
        yield self.y

    def __call__(self, k):
        return self.x * k

    def __bool__(self):
        return bool(self.x or self.y)


v = Vec(1, 2) + Vec(3, 4)
assert v == Vec(4, 6) and len(v) == 2 and v[1] == 6 and list(v) == [4, 6]
assert v(2) == 8 and not Vec(0, 0)


class Slotted:
    __slots__ = ("a",)


s = Slotted()
s.a = 1
try:
    s.b = 2
    raise AssertionError("no error")
except AttributeError:
    pass

print("classes ok", d.speak(), D().who())
