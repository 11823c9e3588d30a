# complex and cmath: expected errors, with python3's messages.
1j // 2
### "TypeError: unsupported operand type\(s\) for //: 'complex' and 'int'"
---
1j % 2.0
### "TypeError: unsupported operand type\(s\) for %: 'complex' and 'float'"
---
divmod(2, 1j)
### "TypeError: unsupported operand type\(s\) for divmod\(\): 'int' and 'complex'"
---
(1 + 2j) / 0
### "ZeroDivisionError: complex division by zero"
---
0j ** -1
### "ZeroDivisionError: 0.0 to a negative or complex power"
---
pow(1j, 2, 3)
### "ValueError: complex modulo"
---
(1e300 + 1e300j) ** 1.5
### "OverflowError: complex exponentiation"
---
(1e300 + 1j) ** 3
### "OverflowError: complex exponentiation"
---
abs(complex(1.5e308, 1.5e308))
### "OverflowError: absolute value too large"
---
1j < 2
### "TypeError: '<' not supported between instances of 'complex' and 'int'"
---
2.0 >= 1j
### "TypeError: '>=' not supported between instances of 'float' and 'complex'"
---
complex("1+2")
### "ValueError: complex\(\) arg is a malformed string"
---
complex("1__0j")
### "ValueError: could not convert string to complex: '1__0j'"
---
complex(1, "2")
### "TypeError: complex\(\) second arg can't be a string"
---
complex("1", 2)
### "TypeError: complex\(\) can't take second arg if first is a string"
---
complex([1])
### "TypeError: complex\(\) first argument must be a string or a number, not 'list'"
---
complex(1, None)
### "TypeError: complex\(\) second argument must be a number, not 'NoneType'"
---
class A:
    def __complex__(self):
        return 1
complex(A())
### "TypeError: __complex__ returned non-complex \(type int\)"
---
int(1j)
### "TypeError: int\(\) argument must be a string, a bytes-like object or a real number, not 'complex'"
---
float(2j)
### "TypeError: float\(\) argument must be a string or a real number, not 'complex'"
---
format(1j, "%")
### "ValueError: Unknown format code '%' for object of type 'complex'"
---
format(1j, "=10")
### "ValueError: '=' alignment flag is not allowed in complex format specifier"
---
f"{1j:010}"
### "ValueError: Zero padding is not allowed in complex format specifier"
---
(1j).real = 2
### "AttributeError: readonly attribute|attribute 'real' of 'complex' objects is not writable"
---
import math
math.sqrt(1j)
### "TypeError: must be real number, not complex"
---
import cmath
cmath.log(0)
### "ValueError: math domain error"
---
import cmath
cmath.exp(1000)
### "OverflowError: math range error"
---
import cmath
cmath.atanh(1)
### "ValueError: math domain error"
---
import cmath
cmath.sqrt("4")
### "TypeError: must be real number, not str"
---
import cmath
cmath.isclose(1, 1, abs_tol=-1)
### "ValueError: tolerances must be non-negative"
---
import cmath
cmath.log(1, 1)
### "ValueError: math domain error"
---
x = 1jj
### "SyntaxError: invalid imaginary literal"
---
x = 1.5e3jx
### "SyntaxError: invalid imaginary literal"
