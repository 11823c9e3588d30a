# types.GenericAlias called directly, and the alias types' module.
GA = type(list[int])
print(GA(list, int), GA(dict, (str, int)), GA(list, ()), GA(1, 2))
print(GA(list, int) == list[int], GA(dict, (str, int)) == dict[str, int])
print(GA(list, int).__origin__, GA(list, int).__args__, GA(tuple, (int, ...)))
print(GA(list, int)([1, 2]), hash(GA(list, int)) == hash(list[int]))
print(GA.__module__, GA.__name__, GA, type(int | str), type(int | str).__module__)
