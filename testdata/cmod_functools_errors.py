# _functools: expected errors, with python3's messages.
from _functools import partial
partial()
### "TypeError: type 'partial' takes at least one argument"
---
from _functools import partial
partial(1)
### "TypeError: the first argument must be callable"
---
from _functools import partial
partial(print).__setstate__(1)
### "TypeError: invalid partial state"
---
from _functools import partial
partial(print).__setstate__((1, (), None, None))
### "TypeError: invalid partial state"
---
from _functools import partial
partial(print).__setstate__((print, [], None, None))
### "TypeError: invalid partial state"
---
from _functools import partial
partial(print).__setstate__((print, (), 1, None))
### "TypeError: invalid partial state"
---
from _functools import reduce
reduce(lambda a, b: a, [])
### "TypeError: reduce\(\) of empty iterable with no initial value"
---
from _functools import reduce
reduce(lambda a, b: a, 1)
### "TypeError: reduce\(\) arg 2 must support iteration"
---
from _functools import cmp_to_key
K = cmp_to_key(lambda a, b: 0)
K(1) < 1
### "TypeError: other argument must be K instance"
---
from _functools import cmp_to_key
K = cmp_to_key(lambda a, b: 0)
hash(K(1))
### "TypeError: unhashable type: 'functools.KeyWrapper'|TypeError: unhashable type: 'KeyWrapper'"
---
from _functools import _lru_cache_wrapper
_lru_cache_wrapper(1, 1, 1, 1)
### "TypeError: the first argument must be callable"
---
from _functools import _lru_cache_wrapper
_lru_cache_wrapper(print, 'a', 1, 1)
### "TypeError: maxsize should be integer or None"
---
from _functools import _lru_cache_wrapper
_lru_cache_wrapper(print, 1, 1)
### "TypeError: lru_cache\(\) missing required argument 'cache_info_type' \(pos 4\)"
---
from _functools import _lru_cache_wrapper
_lru_cache_wrapper(print, 1, 1, 1).__reduce__()
### "AttributeError: '(functools._lru_cache_wrapper|_lru_cache_wrapper)' object has no attribute '__qualname__'"
