# random: expected errors, with python3's messages.
import random
random.randrange(0)
### "ValueError: empty range for randrange\(\)"
---
import random
random.randrange(5, 5)
### "ValueError: empty range for randrange\(\) \(5, 5, 0\)"
---
import random
random.randrange(1, 10, 0)
### "ValueError: zero step for randrange\(\)"
---
import random
random.randrange(1, 10, -1)
### "ValueError: empty range for randrange\(\)"
---
import random
random.randrange(1.5)
### "ValueError: non-integer arg 1 for randrange\(\)"
---
import random
random.randint(1, 2.5)
### "ValueError: non-integer stop for randrange\(\)"
---
import random
random.randrange(1, 5, 1.5)
### "ValueError: non-integer step for randrange\(\)"
---
import random
random.randrange(3, None, 2)
### "TypeError: Missing a non-None stop argument"
---
import random
random.seed([1])
### "TypeError: The only supported seed types are: None,\nint, float, str, bytes, and bytearray."
---
import random
random.choice([])
### "IndexError: Cannot choose from an empty sequence"
---
import random
random.sample([1, 2], 3)
### "ValueError: Sample larger than population or is negative"
---
import random
random.sample({1, 2}, 1)
### "TypeError: Population must be a sequence.  For dicts or sets, use sorted\(d\)."
---
import random
random.getrandbits(-1)
### "ValueError: number of bits must be non-negative"
---
import random
random.choices([1, 2], [1])
### "ValueError: The number of weights does not match the population"
---
import random
random.choices([1, 2], [0, 0])
### "ValueError: Total of weights must be greater than zero"
---
import random
random.choices([1, 2], [1, float("inf")])
### "ValueError: Total of weights must be finite"
---
import random
random.choices([1, 2], [1, 1], cum_weights=[1, 2])
### "TypeError: Cannot specify both weights and cumulative weights"
---
import random
random.choices([1, 2], 3)
### "TypeError: The number of choices must be a keyword argument: k=3"
---
import random
random.shuffle((1, 2))
### "TypeError: 'tuple' object does not support item assignment"
---
import random
random.uniform("a", "b")
### "TypeError: unsupported operand type\(s\) for -: 'str' and 'str'"
