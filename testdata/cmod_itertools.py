# itertools (a C module in CPython too): names and behaviour the Lib uses.
import itertools as it
import operator

print(sorted(n for n in dir(it) if not n.startswith('__')))
for n in ['_grouper', '_tee', '_tee_dataobject', 'chain', 'tee', 'pairwise']:
    print(n, getattr(it, n).__module__)
print(it.chain[int])

print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(it.accumulate([], initial=5)), list(it.accumulate('abc')), list(it.accumulate([3, 1, 4], max)))
print(list(it.pairwise('abcd')), list(it.pairwise('a')), list(it.pairwise([])))
a, b = it.tee(iter(range(5)))
print(next(a), next(a), list(b), list(a))
a, b, c = it.tee('xyz', 3)
d = a.__copy__()
print(next(a), list(d), list(b), list(c), type(a).__name__)
t0, = it.tee([1, 2], 1)
print(it.tee([1], 0), list(t0))
t1, t2 = it.tee(it.tee('ab')[0])
print(list(t1), list(t2))
print(list(it.islice('abcdefg', 2, None, 2)), list(it.islice(it.count(), 3)), list(it.islice('ab', None)))
print(list(it.zip_longest('ab', 'xyz', fillvalue='-')), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])), list(it.filterfalse(None, [0, 1, 2, 0])))
print(list(it.dropwhile(lambda x: x < 3, [1, 4, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])))
print([(k, list(g)) for k, g in it.groupby('aabbbc')], [k for k, g in it.groupby([1, 1, 2], key=lambda x: x % 2)])
g = it.groupby('aab')
k, grp = next(g)
print(type(grp).__name__, k, list(grp))
print(list(it.product('ab', repeat=2)), list(it.permutations(range(3), 2)))
print(list(it.combinations('abcd', 2)), list(it.combinations_with_replacement('ab', 2)))
print(list(it.islice(it.cycle('ab'), 5)), list(it.repeat('x', 3)), it.repeat(1, 4).__length_hint__())
print(repr(it.count(5, 2)), repr(it.repeat('a', 2)), repr(it.count(1.5)), next(it.count(2 ** 70)))
print(list(it.chain('ab', [1])), list(it.chain.from_iterable(['ab', 'cd'])))
