# copy: errors, each case alone.
import copy, sys
copy.copy(sys)
### "TypeError: cannot pickle 'module' object"
---
import copy
copy.deepcopy()
### "TypeError: deepcopy\(\) missing 1 required positional argument: 'x'"
---
import copy
class H:
    def __deepcopy__(self, memo):
        raise ValueError("no deep copies")
copy.deepcopy([H()])
### "ValueError: no deep copies"
