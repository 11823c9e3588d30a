# The match statement: expected errors, with python3's messages.
---
match 1:
    case x:
        pass
    case 2:
        pass
### "SyntaxError: name capture 'x' makes remaining patterns unreachable"
---
match 1:
    case _:
        pass
    case 2:
        pass
### "SyntaxError: wildcard makes remaining patterns unreachable"
---
match 1:
    case [a, a]:
        pass
### "SyntaxError: multiple assignments to name 'a' in pattern"
---
match 1:
    case [a] | b:
        pass
### "SyntaxError: alternative patterns bind different names"
---
match 1:
    case [*a, *b]:
        pass
### "SyntaxError: multiple starred names in sequence pattern"
---
match 1:
    case {'k': 1, 'k': 2}:
        pass
### "SyntaxError: mapping pattern checks duplicate key \('k'\)"
---
match 1:
    case C(a=1, a=2):
        pass
### "SyntaxError: attribute name repeated in class pattern: a"
---
match 1:
    case x as _:
        pass
### "SyntaxError: cannot use '_' as a target"
---
match 1:
    case C(a=1, 2):
        pass
### "SyntaxError: positional patterns follow keyword patterns"
---
match 1:
    case 1j + 2:
        pass
### "SyntaxError: real number required in complex literal"
---
match 1:
    case 1 + 2:
        pass
### "SyntaxError: imaginary number required in complex literal"
---
match 1:
    case f'{x}':
        pass
### "SyntaxError: patterns may only match literals and attribute lookups"
---
match 1:
    case _ | x:
        pass
### "SyntaxError: wildcard makes remaining patterns unreachable"
---
match 1:
    case *a:
        pass
### "SyntaxError: invalid syntax"
---
x = 5
match 1:
    case x():
        pass
### "TypeError: called match pattern must be a type"
---
match 1:
    case int(1, 2):
        pass
### "TypeError: int\(\) accepts 1 positional sub\-pattern \(2 given\)"
---
class C:
    __match_args__ = ['a']
match C():
    case C(1):
        pass
### "TypeError: C\.__match_args__ must be a tuple \(got list\)"
---
class C:
    __match_args__ = ('a',)
match C():
    case C(1, 2):
        pass
### "TypeError: C\(\) accepts 1 positional sub\-pattern \(2 given\)"
---
class C:
    __match_args__ = (1,)
match C():
    case C(1):
        pass
### "TypeError: __match_args__ elements must be strings \(got int\)"
---
class C:
    __match_args__ = ('a',)
    a = 1
match C():
    case C(1, a=1):
        pass
### "TypeError: C\(\) got multiple sub\-patterns for attribute 'a'"
---
class C:
    pass
match C():
    case C(1):
        pass
### "TypeError: C\(\) accepts 0 positional sub\-patterns \(1 given\)"
---
class K:
    x = 'a'
match {'a': 1, 'b': 2}:
    case {K.x: 1, 'a': 2}:
        pass
### "ValueError: mapping pattern checks duplicate key \('a'\)"
---
match 1:
    case 1:
        return 5
### "SyntaxError: 'return' outside function"
---
match 1:
case 1:
    pass
### "IndentationError: expected an indented block after 'match' statement on line 1"
