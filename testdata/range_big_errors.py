# range with big bounds, and the overflow/protocol messages next to it:
# expected errors, with python3's messages.
range(1.5)
### "TypeError: 'float' object cannot be interpreted as an integer"
---
range(0, 2**70, 0)
### "ValueError: range\(\) arg 3 must not be zero"
---
range(2**70).index(-1)
### "ValueError: -1 is not in range"
---
range(2**64, 2**65, 3).index(2**64 + 1)
### "ValueError: 18446744073709551617 is not in range"
---
len(range(2**70))
### "OverflowError: Python int too large to convert to C ssize_t"
---
list(range(2**70))
### "OverflowError: Python int too large to convert to C ssize_t"
---
range(2**70)[2**70]
### "IndexError: range object index out of range"
---
range(2**70)[::0]
### "ValueError: slice step cannot be zero"
---
range(2**70)[None:1.5]
### "TypeError: slice indices must be integers or None or have an __index__ method"
---
range(2**70)[1.5]
### "TypeError: range indices must be integers or slices, not float"
---
bytes(2**70)
### "OverflowError: cannot fit 'int' into an index-sized integer"
---
bytes(-2**70)
### "OverflowError: cannot fit 'int' into an index-sized integer"
---
chr(2**70)
### "OverflowError: Python int too large to convert to C int"
---
chr(-2**70)
### "OverflowError: Python int too large to convert to C int"
---
chr(2**31)
### "OverflowError: Python int too large to convert to C int"
---
class A:
    def __enter__(self):
        return self
with A():
    pass
### "TypeError: 'A' object does not support the context manager protocol \(missed __exit__ method\)"
---
class B:
    def __exit__(self, *args):
        pass
with B():
    pass
### "(?m)TypeError: 'B' object does not support the context manager protocol$"
---
class C:
    pass
with C():
    pass
### "(?m)TypeError: 'C' object does not support the context manager protocol$"
---
list(iter(range(2**70)))
### "OverflowError: Python int too large to convert to C ssize_t"
---
tuple(reversed(range(2**70)))
### "OverflowError: Python int too large to convert to C ssize_t"
---
[].extend(iter(range(-2**70, 0)))
### "OverflowError: Python int too large to convert to C ssize_t"
