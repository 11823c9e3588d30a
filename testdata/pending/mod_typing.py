# typing: the basics usable in annotations.
import typing
from typing import (TYPE_CHECKING, Any, Callable, Dict, Generic, Iterable, Iterator,
                    List, NamedTuple, Optional, Set, Tuple, TypeVar, Union, cast)

print(TYPE_CHECKING)
if TYPE_CHECKING:
    import nonexistent_module  # noqa

print(List[int], Dict[str, int], Set[bytes], Tuple[int, ...], Tuple[int, str], Tuple[()])
print(Optional[int], Union[int, str], Union[int], Union[int, None], Union[int, str, None])
print(Optional[Union[int, str]], Union[Union[int, str], float], Union[int, int, str])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None], Callable[int, str])
print(Iterable[int], Iterator[str], typing.Sequence[float], typing.Mapping[str, List[int]])
print(Any, List, Dict, Callable, Optional, Union, typing.ClassVar[int], typing.Final[str])
print(typing.Literal["a", 1], typing.Type[int], typing.FrozenSet[int], typing.NoReturn)
print(List[int].__origin__, List[int].__args__, Dict[str, int].__args__)
print(Union[int, str].__args__, Optional[str].__args__, Union[int, str].__origin__)
print(List[int] == List[int], List[int] == List[str], Union[int, str] == Union[str, int])
print(hash(List[int]) == hash(List[int]))
print(List[List[Dict[str, Optional[int]]]])

T = TypeVar("T")
K = TypeVar("K", covariant=True)
V = TypeVar("V", contravariant=True)
N = TypeVar("N", int, float)
B = TypeVar("B", bound=str)
print(T, K, V, N, T.__name__, N.__constraints__, B.__bound__)
print(List[T], Dict[str, T][int], Dict[K, V])


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


b = Box(3)
print(b.get(), isinstance(b, Box), Box[int], Box[int].__origin__ is Box)


def f(a: List[int], b: Optional[Dict[str, Any]] = None) -> Tuple[int, ...]:
    return tuple(a)


print(f([1, 2]), f.__annotations__["a"], f.__annotations__["return"])
print(cast(int, "x"), cast("List[int]", [1]))


class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = "p"

    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p, p.norm1(), p._fields, Point._field_defaults, Point.__annotations__)
print(isinstance(p, tuple), p._replace(x=1), Point._make([1, 2, "q"]), p._asdict())
E = NamedTuple("E", [("a", int), ("b", str)])
print(E(1, "x"), E.__annotations__)
UserId = typing.NewType("UserId", int)
print(UserId(5), UserId.__name__, UserId.__supertype__)


@typing.overload
def g(x: int) -> int: ...


def g(x):
    return x


print(g(2), typing.Text, typing.AnyStr)
x: List[int] = []
y: "Dict[str, int]" = {}
print(x, y)
