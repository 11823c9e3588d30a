# Sizes a program asks for that cannot be allocated: python3's exception
# (run under a memory limit) before anything is allocated.
[0] * 2**40
### "MemoryError"
---
(0,) * 2**40
### "MemoryError"
---
x = [1, 2]
x *= 2**40
### "MemoryError"
---
"x" * 2**40
### "MemoryError"
---
"xy" * 2**62
### "OverflowError: repeated string is too long"
---
b"x" * 2**40
### "MemoryError"
---
b"xy" * 2**62
### "OverflowError: repeated bytes are too long"
---
[0] * 2**63
### "OverflowError: cannot fit 'int' into an index-sized integer"
---
bytes(2**40)
### "MemoryError"
---
bytes(2**63)
### "OverflowError: cannot fit 'int' into an index-sized integer"
---
"x".ljust(2**40)
### "MemoryError"
---
"x".rjust(2**40, "é")
### "MemoryError"
---
"x".center(2**40)
### "MemoryError"
---
"x".zfill(2**40)
### "MemoryError"
---
"x".zfill(2**63)
### "OverflowError: Python int too large to convert to C ssize_t"
---
"\tx".expandtabs(2**40)
### "OverflowError: Python int too large to convert to C int"
---
f"{1:{2**40}}"
### "MemoryError"
---
f"{'a':>{2**40}}"
### "MemoryError"
---
f"{1.5:{2**40}}"
### "MemoryError"
---
f"{1.5:.{2**40}f}"
### "ValueError: precision too big"
---
f"{1:{2**63}}"
### "ValueError: Too many decimal digits in format string"
---
format(1, str(2**40))
### "MemoryError"
---
("{:%d}" % 2**40).format(1)
### "MemoryError"
---
"%*d" % (2**40, 1)
### "MemoryError"
---
"%*d" % (-2**40, 1)
### "MemoryError"
---
("%" + str(2**40) + "d") % 1
### "MemoryError"
---
"%*d" % (2**63, 1)
### "OverflowError: Python int too large to convert to C ssize_t"
---
"%.*f" % (2**40, 1.0)
### "OverflowError: Python int too large to convert to C int"
---
("%." + str(2**40) + "f") % 1.0
### "ValueError: precision too big"
---
b"%*d" % (2**40, 1)
### "MemoryError"
---
list(range(2**40))
### "MemoryError"
---
tuple(range(2**40))
### "MemoryError"
---
[].extend(range(2**40))
### "MemoryError"
---
list(iter(range(2**40)))
### "MemoryError"
---
dict.fromkeys(range(2**40))
### "MemoryError"
---
(1).to_bytes(2**40, "big")
### "MemoryError"
---
(1).to_bytes(2**63, "big")
### "OverflowError: Python int too large to convert to C ssize_t"
---
"".join(["x" * 2**20] * 2**20)
### "MemoryError"
---
1 << 2**40
### "MemoryError"
---
1 << 2**63
### "MemoryError"
---
1 << 2**70
### "OverflowError: too many digits in integer"
---
2 ** 2**40
### "MemoryError"
---
10 ** 10**12
### "MemoryError"
---
str(10**5000)
### "ValueError: Exceeds the limit \(4300 digits\) for integer string conversion; use sys.set_int_max_str_digits\(\) to increase the limit"
---
b"".join([b"x" * 2**20] * 2**20)
### "MemoryError"
---
("ab" * 2**20).replace("a", "x" * 2**20)
### "MemoryError"
---
sorted(range(2**40))
### "MemoryError"
---
[*range(2**40)]
### "MemoryError"
---
list(reversed(range(2**40)))
### "MemoryError"
---
[1] * (-2**70)
### "OverflowError: cannot fit 'int' into an index-sized integer"
---
"a" * (-2**70)
### "OverflowError: cannot fit 'int' into an index-sized integer"
---
class D:
    def __index__(self):
        return 2**70
b"x" * D()
### "OverflowError: cannot fit 'D' into an index-sized integer"
