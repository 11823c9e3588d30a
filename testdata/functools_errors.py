# functools errors: each case runs alone.
---
import functools
from functools import partial, reduce
partial()
### "TypeError:\ type\ 'partial'\ takes\ at\ least\ one\ argument"
---
import functools
from functools import partial, reduce
partial(1)
### "TypeError:\ the\ first\ argument\ must\ be\ callable"
---
import functools
from functools import partial, reduce
reduce(len, [])
### "TypeError:\ reduce\(\)\ of\ empty\ iterable\ with\ no\ initial\ value"
---
import functools
from functools import partial, reduce
reduce()
### "TypeError:\ reduce\ expected\ at\ least\ 2\ arguments,\ got\ 0"
---
import functools
from functools import partial, reduce
reduce(1)
### "TypeError:\ reduce\ expected\ at\ least\ 2\ arguments,\ got\ 1"
---
import functools
from functools import partial, reduce
functools.lru_cache('a')
### "TypeError:\ Expected\ first\ argument\ to\ be\ an\ integer,\ a\ callable,\ or\ None"
---
import functools
from functools import partial, reduce
functools.cmp_to_key(1)(1) < 2
### "TypeError:\ other\ argument\ must\ be\ K\ instance"
