import gc
gc.collect(3)
### "ValueError: invalid generation"
---
import gc
gc.collect(-1)
### "ValueError: invalid generation"
---
import gc
gc.collect("2")
### "TypeError: 'str' object cannot be interpreted as an integer"
---
import gc
gc.collect(1, 2)
### "TypeError: collect\(\) takes at most 1 argument \(2 given\)"
---
import gc
gc.collect(2)
gc.collect(generation=0)
