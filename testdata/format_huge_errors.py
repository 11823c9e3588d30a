# Widths too large to allocate: MemoryError, as in CPython, never a Go panic
# (found by FuzzFormatSpec and FuzzPercentFormat); the other limits' errors.
format(1, '4611686018427387904')
### "MemoryError"
---
format(10**30, '04611686018427387904')
### "MemoryError"
---
format(1.5, '4611686018427387904')
### "MemoryError"
---
format(65, '4611686018427387904c')
### "MemoryError"
---
format(1, '9223372036854775807')
### "MemoryError"
---
format('s', '9223372036854775807')
### "MemoryError"
---
format('s', '9223372036854775808')
### "ValueError: Too many decimal digits in format string"
---
format(1, '9223372036854775807q')
### "ValueError: Unknown format code 'q' for object of type 'int'"
---
'{:4611686018427387904}'.format(1)
### "MemoryError"
---
f'{1:{2**62}}'
### "MemoryError"
---
'%*d' % (2**62, 1)
### "MemoryError"
---
'%4611686018427387904d' % 1
### "MemoryError"
---
'%4611686018427387904s' % 'a'
### "MemoryError"
---
'%4611686018427387904c' % 'a'
### "MemoryError"
---
'%4611686018427387904d' % 'a'
### "TypeError: %d format: a real number is required, not str"
---
'%*d' % (2**63, 1)
### "OverflowError: Python int too large to convert to C ssize_t"
---
'%9999999999999999999d' % 1
### "ValueError: width too big"
---
'%.*d' % (2**31, 1)
### "OverflowError: Python int too large to convert to C int"
---
'%.*f' % (-2**31-1, 1.0)
### "OverflowError: Python int too large to convert to C int"
---
'%.2147483648f' % 1.0
### "ValueError: precision too big"
---
b'%*d' % (2**62, 1)
### "MemoryError"
---
b'%*s' % (2**62, b'x')
### "MemoryError"
---
b'%4611686018427387904c' % 65
### "MemoryError"
