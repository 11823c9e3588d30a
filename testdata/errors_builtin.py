# Exact error messages of wrong calls to built-in functions, methods and
# operators (each case runs alone; cases without ### must succeed).
---
int('x')
### "ValueError: invalid literal for int\(\) with base 10: 'x'"
---
int('1.5')
### "ValueError: invalid literal for int\(\) with base 10: '1\.5'"
---
int('')
### "ValueError: invalid literal for int\(\) with base 10: ''"
---
int('10', 99)
### "ValueError: int\(\) base must be >= 2 and <= 36, or 0"
---
int(1, 2)
### "TypeError: int\(\) can't convert non-string with explicit base"
---
int([])
### "TypeError: int\(\) argument must be a string, a bytes-like object or a real number, not 'list'"
---
int(None)
### "TypeError: int\(\) argument must be a string, a bytes-like object or a real number, not 'NoneType'"
---
float('abc')
### "ValueError: could not convert string to float: 'abc'"
---
float([])
### "TypeError: float\(\) argument must be a string or a real number, not 'list'"
---
[].pop()
### "IndexError: pop from empty list"
---
[1].pop(5)
### "IndexError: pop index out of range"
---
{}.pop(1)
### "KeyError: 1"
---
{}.popitem()
### "KeyError: 'popitem\(\): dictionary is empty'"
---
set().pop()
### "KeyError: 'pop from an empty set'"
---
{1}.remove(2)
### "KeyError: 2"
---
[1, 2].remove(3)
### "ValueError: list\.remove\(x\): x not in list"
---
[1].index(2)
### "ValueError: 2 is not in list"
---
(1, 2).index(3)
### "ValueError: tuple\.index\(x\): x not in tuple"
---
'a'.index('b')
### "ValueError: substring not found"
---
'a'.rindex('b')
### "ValueError: substring not found"
---
range(3).index(5)
### "ValueError: 5 is not in range"
---
len(5)
### "TypeError: object of type 'int' has no len\(\)"
---
iter(5)
### "TypeError: 'int' object is not iterable"
---
next(iter([]))
### "StopIteration"
---
next(5)
### "TypeError: 'int' object is not an iterator"
---
{[1]: 2}
### "TypeError: unhashable type: 'list'"
---
{[]}
### "TypeError: unhashable type: 'list'"
---
hash([])
### "TypeError: unhashable type: 'list'"
---
hash({})
### "TypeError: unhashable type: 'dict'"
---
1 + 'a'
### "TypeError: unsupported operand type\(s\) for \+: 'int' and 'str'"
---
'a' + 1
### "TypeError: can only concatenate str \(not "int"\) to str"
---
[1] + (2,)
### "TypeError: can only concatenate list \(not "tuple"\) to list"
---
1 - 'a'
### "TypeError: unsupported operand type\(s\) for -: 'int' and 'str'"
---
'a' * 'b'
### "TypeError: can't multiply sequence by non-int of type 'str'"
---
[] * 1.5
### "TypeError: can't multiply sequence by non-int of type 'float'"
---
'a' < 1
### "TypeError: '<' not supported between instances of 'str' and 'int'"
---
[] < ()
### "TypeError: '<' not supported between instances of 'list' and 'tuple'"
---
None < None
### "TypeError: '<' not supported between instances of 'NoneType' and 'NoneType'"
---
1 / 0
### "ZeroDivisionError: division by zero"
---
1 // 0
### "ZeroDivisionError: integer division or modulo by zero"
---
1 % 0
### "ZeroDivisionError: integer modulo by zero"
---
1.0 / 0
### "ZeroDivisionError: float division by zero"
---
divmod(1, 0)
### "ZeroDivisionError: integer division or modulo by zero"
---
2 ** -1 % 0
### "ZeroDivisionError: float modulo"
---
pow(2, 3, 0)
### "ValueError: pow\(\) 3rd argument cannot be 0"
---
pow(2.0, 3, 4)
### "TypeError: pow\(\) 3rd argument not allowed unless all arguments are integers"
---
'abc'[5]
### "IndexError: string index out of range"
---
'abc'['x']
### "TypeError: string indices must be integers, not 'str'"
---
[1, 2][1.5]
### "TypeError: list indices must be integers or slices, not float"
---
(1,)[2]
### "IndexError: tuple index out of range"
---
range(3)[10]
### "IndexError: range object index out of range"
---
x = [1]
x[5] = 2
### "IndexError: list assignment index out of range"
---
del [][0]
### "IndexError: list assignment index out of range"
---
{}['missing']
### "KeyError: 'missing'"
---
{'a': 1}[['unhashable']]
### "TypeError: unhashable type: 'list'"
---
'abc'.foo
### "AttributeError: 'str' object has no attribute 'foo'"
---
(5).bar
### "AttributeError: 'int' object has no attribute 'bar'"
---
[].append()
### "TypeError: list\.append\(\) takes exactly one argument \(0 given\)"
---
[].append(1, 2)
### "TypeError: list\.append\(\) takes exactly one argument \(2 given\)"
---
[].insert(1)
### "TypeError: insert expected 2 arguments, got 1"
---
'x'.join([1, 2])
### "TypeError: sequence item 0: expected str instance, int found"
---
'x'.split('')
### "ValueError: empty separator"
---
'abc'.center()
### "TypeError: center expected at least 1 argument, got 0"
---
'abc'.center(5, 'xy')
### "TypeError: The fill character must be exactly one character long"
---
'{}'.format()
### "IndexError: Replacement index 0 out of range for positional args tuple"
---
'{0} {1}'.format(1)
### "IndexError: Replacement index 1 out of range for positional args tuple"
---
'{x}'.format()
### "KeyError: 'x'"
---
'%d' % 'a'
### "TypeError: %d format: a real number is required, not str"
---
'%s %s' % (1,)
### "TypeError: not enough arguments for format string"
---
'%s' % (1, 2)
### "TypeError: not all arguments converted during string formatting"
---
'%z' % 1
### "ValueError: unsupported format character 'z' \(0x7a\) at index 1"
---
format(1, 'z')
### "ValueError: Negative zero coercion \(z\) not allowed in integer format specifier"
---
format('a', 'd')
### "ValueError: Unknown format code 'd' for object of type 'str'"
---
format(1.5, 'd')
### "ValueError: Unknown format code 'd' for object of type 'float'"
---
chr(-1)
### "ValueError: chr\(\) arg not in range\(0x110000\)"
---
chr(0x110000)
### "ValueError: chr\(\) arg not in range\(0x110000\)"
---
ord('ab')
### "TypeError: ord\(\) expected a character, but string of length 2 found"
---
ord('')
### "TypeError: ord\(\) expected a character, but string of length 0 found"
---
abs('a')
### "TypeError: bad operand type for abs\(\): 'str'"
---
round('a')
### "TypeError: type str doesn't define __round__ method"
---
sum(['a', 'b'])
### "TypeError: unsupported operand type\(s\) for \+: 'int' and 'str'"
---
sum([1], 'a')
### "TypeError: sum\(\) can't sum strings \[use ''\.join\(seq\) instead\]"
---
min([])
### "ValueError: min\(\) arg is an empty sequence"
---
max()
### "TypeError: max expected at least 1 argument, got 0"
---
min(1)
### "TypeError: 'int' object is not iterable"
---
sorted_is_missing = list(5)
### "TypeError: 'int' object is not iterable"
---
tuple(5)
### "TypeError: 'int' object is not iterable"
---
dict(5)
### "TypeError: 'int' object is not iterable"
---
dict([1, 2])
### "TypeError: cannot convert dictionary update sequence element #0 to a sequence"
---
dict([(1, 2, 3)])
### "ValueError: dictionary update sequence element #0 has length 3; 2 is required"
---
set(5)
### "TypeError: 'int' object is not iterable"
---
a, b = 1
### "TypeError: cannot unpack non-iterable int object"
---
a, b = [1]
### "ValueError: not enough values to unpack \(expected 2, got 1\)"
---
'abc'.encode('nope')
### "LookupError: unknown encoding: nope"
---
'é'.encode('ascii')
### "UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range\(128\)"
---
b'\xff'.decode('utf-8')
### "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"
---
b'\xff'.decode()
### "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"
---
str(b'\xff', 'ascii')
### "UnicodeDecodeError: 'ascii' codec can't decode byte 0xff in position 0: ordinal not in range\(128\)"
---
'a'.startswith(1)
### "TypeError: startswith first arg must be str or a tuple of str, not int"
---
'a'.replace(1, 2)
### "TypeError: replace\(\) argument 1 must be str, not int"
---
'abc'.count()
### "TypeError: count\(\) takes at least 1 argument \(0 given\)"
---
getattr(1, 'nope')
### "AttributeError: 'int' object has no attribute 'nope'"
---
getattr(1, 2)
### "TypeError: attribute name must be string, not 'int'"
---
setattr(1, 'x', 2)
### "AttributeError: 'int' object has no attribute 'x'"
---
object().x = 1
### "AttributeError: 'object' object has no attribute 'x'"
---
isinstance(1, 2)
### "TypeError: isinstance\(\) arg 2 must be a type, a tuple of types, or a union"
---
issubclass(1, int)
### "TypeError: issubclass\(\) arg 1 must be a class"
---
range(1.5)
### "TypeError: 'float' object cannot be interpreted as an integer"
---
range(1, 2, 0)
### "ValueError: range\(\) arg 3 must not be zero"
---
range()
### "TypeError: range expected at least 1 argument, got 0"
---
slice()
### "TypeError: slice expected at least 1 argument, got 0"
---
[1, 2, 3][::0]
### "ValueError: slice step cannot be zero"
---
x = [1, 2, 3]
x[::2] = [1]
### "ValueError: attempt to assign sequence of size 1 to extended slice of size 2"
---
x = [1, 2]
x[0:1] = 5
### "TypeError: can only assign an iterable"
---
list.append(1, 2)
### "TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'int' object"
---
str.upper(1)
### "TypeError: descriptor 'upper' for 'str' objects doesn't apply to a 'int' object"
---
int.__add__('a', 1)
### "TypeError: descriptor '__add__' requires a 'int' object but received a 'str'"
---
'abc'.zfill('x')
### "TypeError: 'str' object cannot be interpreted as an integer"
---
[].sort(key=1)
---
[3, 'a'].sort()
### "TypeError: '<' not supported between instances of 'str' and 'int'"
---
[].sort(1)
### "TypeError: sort\(\) takes no positional arguments"
---
{}.get()
### "TypeError: get expected at least 1 argument, got 0"
---
{}.fromkeys()
### "TypeError: fromkeys expected at least 1 argument, got 0"
---
{}.update(1)
### "TypeError: 'int' object is not iterable"
---
{}.update([1])
### "TypeError: cannot convert dictionary update sequence element #0 to a sequence"
---
set().add([])
### "TypeError: unhashable type: 'list'"
---
frozenset().add(1)
### "AttributeError: 'frozenset' object has no attribute 'add'"
---
(1, 2).append(3)
### "AttributeError: 'tuple' object has no attribute 'append'"
---
None()
### "TypeError: 'NoneType' object is not callable"
---
1()
### "TypeError: 'int' object is not callable"
---
'abc'()
### "TypeError: 'str' object is not callable"
---
[].x = 1
### "AttributeError: 'list' object has no attribute 'x'"
---
bool.__new__(1)
### "TypeError: bool\.__new__\(X\): X is not a type object \(int\)"
---
divmod('a', 1)
### "TypeError: unsupported operand type\(s\) for divmod\(\): 'str' and 'int'"
---
hex(1.5)
### "TypeError: 'float' object cannot be interpreted as an integer"
---
bin('a')
### "TypeError: 'str' object cannot be interpreted as an integer"
---
oct([])
### "TypeError: 'list' object cannot be interpreted as an integer"
---
1 << -1
### "ValueError: negative shift count"
---
1 >> -1
### "ValueError: negative shift count"
---
1 << 1.5
### "TypeError: unsupported operand type\(s\) for <<: 'int' and 'float'"
---
~1.5
### "TypeError: bad operand type for unary ~: 'float'"
---
-'a'
### "TypeError: bad operand type for unary -: 'str'"
---
+[]
### "TypeError: bad operand type for unary \+: 'list'"
---
1 & 1.5
### "TypeError: unsupported operand type\(s\) for &: 'int' and 'float'"
---
2 ** 10000.0
### "OverflowError: \(34, 'Numerical result out of range'\)"
---
10.0 ** 400
### "OverflowError: \(34, 'Numerical result out of range'\)"
---
float('inf') // 0
### "ZeroDivisionError: float floor division by zero"
---
int(float('inf'))
### "OverflowError: cannot convert float infinity to integer"
---
int(float('nan'))
### "ValueError: cannot convert float NaN to integer"
---
round(float('inf'))
### "OverflowError: cannot convert float infinity to integer"
---
'abc' % 1
### "TypeError: not all arguments converted during string formatting"
---
(1).__index__(1)
### "TypeError: expected 0 arguments, got 1"
---
list(range(3)).index(1, 'a')
### "TypeError: slice indices must be integers or have an __index__ method"
---
iter([]).__next__()
### "StopIteration"
---
enumerate(5)
### "TypeError: 'int' object is not iterable"
---
zip(1)
### "TypeError: 'int' object is not iterable"
---
map(len)
### "TypeError: map\(\) must have at least two arguments\."
---
filter(None)
### "TypeError: filter expected 2 arguments, got 1"
---
reversed(5)
### "TypeError: 'int' object is not reversible"
---
reversed({})
---
callable()
### "TypeError: callable\(\) takes exactly one argument \(0 given\)"
---
len()
### "TypeError: len\(\) takes exactly one argument \(0 given\)"
---
len(1, 2)
### "TypeError: len\(\) takes exactly one argument \(2 given\)"
---
repr()
### "TypeError: repr\(\) takes exactly one argument \(0 given\)"
---
print(sep=1)
### "TypeError: sep must be None or a string, not int"
---
vars(1)
### "TypeError: vars\(\) argument must have __dict__ attribute"
