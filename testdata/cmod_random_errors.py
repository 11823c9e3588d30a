# _random: expected errors, with python3's messages.
import _random
_random.Random(1, 2)
### "TypeError: Random\(\) requires 0 or 1 argument"
---
import _random
_random.Random(a=1)
### "TypeError: Random\(\) takes no keyword arguments"
---
import _random
_random.Random().seed(1, 2)
### "TypeError: seed expected at most 1 argument, got 2"
---
import _random
_random.Random().setstate(1)
### "TypeError: state vector must be a tuple"
---
import _random
_random.Random().setstate((1,))
### "ValueError: state vector is the wrong size"
---
import _random
_random.Random().setstate(tuple([0] * 624 + [625]))
### "ValueError: invalid state"
---
import _random
_random.Random().setstate(tuple([-1] * 624 + [1]))
### "OverflowError: can't convert negative value to unsigned int"
---
import _random
_random.Random().getrandbits(-1)
### "ValueError: number of bits must be non-negative"
---
import _random
_random.Random().getrandbits('a')
### "TypeError: 'str' object cannot be interpreted as an integer"
---
import _random
_random.Random().seed([])
### "TypeError: unhashable type: 'list'"
---
import _random
_random.Random().random(1)
### "TypeError: Random.random\(\) takes no arguments \(1 given\)"
---
import _random
_random.Random().getrandbits()
### "TypeError: Random.getrandbits\(\) takes exactly one argument \(0 given\)"
