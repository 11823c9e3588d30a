# math: argument errors, each case alone.
import math
math.sqrt()
### "TypeError: math.sqrt\(\) takes exactly one argument \(0 given\)"
---
import math
math.atan2(1)
### "TypeError: atan2 expected 2 arguments, got 1"
---
import math
math.log()
### "TypeError: math.log requires 1 to 2 arguments"
---
import math
math.isclose(1, 2, 3)
### "TypeError: isclose\(\) takes exactly 2 positional arguments \(3 given\)"
---
import math
math.prod([1, 2], 2)
### "TypeError: prod\(\) takes exactly 1 positional argument \(2 given\)"
---
import math
math.sqrt(-1)
### "ValueError: math domain error"
---
import math
math.exp(1000)
### "OverflowError: math range error"
---
import math
math.floor(float("inf"))
### "OverflowError: cannot convert float infinity to integer"
---
import math
math.sqrt("4")
### "TypeError: must be real number, not str"
