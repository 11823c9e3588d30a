# Built-in functions' __module__: the module whose functions they are.
import math
import sys
import time
import _weakref
import builtins
import itertools

print(abs.__module__, len.__module__, print.__module__, builtins.abs.__module__)
print(math.sqrt.__module__, sys.exit.__module__, time.time.__module__)
print(_weakref.getweakrefs.__module__, itertools.chain.from_iterable.__module__)
print([].append.__module__, {}.get.__module__)
print(abs.__self__ is None or abs.__self__ is builtins)
