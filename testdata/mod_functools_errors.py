# functools.total_ordering errors, each case alone.
import functools
@functools.total_ordering
class A:
    pass
### "ValueError: must define at least one ordering operation: < > <= >="
---
import functools
@functools.total_ordering
class A:
    def __eq__(self, other):
        return True
### "ValueError: must define at least one ordering operation: < > <= >="
