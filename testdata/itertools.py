import itertools as it
from itertools import *
print(list(islice(count(), 5)), list(islice(count(2, 3), 4)), list(islice(count(1.5, 0.5), 3)))
print(repr(count()), repr(count(1,2)), repr(count(1.5)), repr(count(1,1.0)), repr(repeat('a')), repr(repeat('a',3)), repr(repeat(1,-2)))
c = count(5); next(c); print(repr(c))
print(list(islice(cycle('abc'), 8)), list(cycle([])))
print(list(repeat(7, 3)), list(repeat(1, 0)), list(zip(range(3), repeat('x'))))
print(list(chain('ab', [1, 2], ())), list(chain()), list(chain.from_iterable(['xy', 'z'])))
print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 2, None)), list(islice('abcdefg', 0, None, 2)), list(islice(range(10), 1, 8, 3)), list(islice(range(3), 5, 10)))
print(list(product('ab', range(2))), list(product([1,2], repeat=2)), list(product()), list(product([], [1])), list(product([1], repeat=0)))
print(list(permutations('abc', 2)), list(permutations(range(3))), list(permutations([1], 2)), list(permutations([], 0)))
print(list(combinations('abcd', 2)), list(combinations(range(4), 3)), list(combinations([1], 2)), list(combinations([1,2], 0)))
print(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement([], 1)), list(combinations_with_replacement([], 0)))
print(len(list(permutations(range(5)))), len(list(combinations(range(10), 4))))
print(list(zip_longest('abc', [1])), list(zip_longest('ab', 'xyz', fillvalue='-')), list(zip_longest()))
print(list(accumulate([1,2,3,4])), list(accumulate([1,2,3], initial=100)), list(accumulate([3,1,4,1,5], max)), list(accumulate([])), list(accumulate([], initial=1)))

print(list(accumulate([1,2,3,4], lambda a, b: a * b)), list(accumulate('abc')))
print([(k, list(g)) for k, g in groupby('aaabbcaa')])
print([(k, list(g)) for k, g in groupby([1,2,3,4,5,6], key=lambda x: x // 3)])
g = groupby('aabb'); k1, g1 = next(g); k2, g2 = next(g); print(k1, list(g1), k2, list(g2))
print([k for k, _ in groupby('')], [k for k, _ in groupby('aabbbc')])
print(list(starmap(pow, [(2, 5), (3, 2)])), list(takewhile(lambda x: x < 5, [1,4,6,4,1])), list(dropwhile(lambda x: x < 5, [1,4,6,4,1])))
print(list(compress('ABCDEF', [1,0,1,0,1,1])), list(compress('AB', [1,1,1,1])), list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a'])))
a, b = tee([1, 2, 3]); print(next(a), list(a), list(b))
x = tee(iter('abc'), 3); print([list(y) for y in x], tee([], 0))
a, b = tee(range(4)); next(a); c, d = tee(a); print(list(c), list(d), list(b))
print(list(pairwise('abcde')), list(pairwise('a')), list(pairwise([])))
print(type(chain()), chain, count.__module__, type(tee([])[0]).__name__, type(next(groupby([1]))[1]).__name__)
i = iter(chain([1])); print(iter(i) is i)
print(list(map(sum, zip_longest([1,2,3], [10], fillvalue=0))))
t = takewhile(bool, [1, 0, 1]); print(list(t), list(t))
it2 = islice(iter(range(10)), 3); print(list(it2))
src = iter(range(10)); print(list(islice(src, 2, 4)), next(src))
print(sorted(set(combinations('aab', 2))))
print(list(repeat(None, 2)), repeat(1, 3).__length_hint__())
# Iterators are their own iterators and stay exhausted.
for f in (count, cycle, repeat, chain, islice, product, permutations, combinations,
          combinations_with_replacement, zip_longest, accumulate, groupby, starmap,
          takewhile, dropwhile, compress, filterfalse, pairwise):
    assert f.__module__ == 'itertools', f
    assert repr(f) == "<class 'itertools.%s'>" % f.__name__
p = pairwise([1, 2]); assert list(p) == [(1, 2)] and list(p) == []
z = zip_longest([1], []); assert list(z) == [(1, None)] and list(z) == []
def gen():
    yield 1
    yield 2
assert list(chain(gen(), gen())) == [1, 2, 1, 2]
assert list(islice(count(), 0)) == []
print("ok")
