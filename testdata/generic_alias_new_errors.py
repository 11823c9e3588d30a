# types.GenericAlias's argument checks.
type(list[int])()
### "TypeError: GenericAlias expected 2 arguments, got 0"
---
type(list[int])(list)
### "TypeError: GenericAlias expected 2 arguments, got 1"
---
type(list[int])(list, int, str)
### "TypeError: GenericAlias expected 2 arguments, got 3"
---
type(list[int])(list, int, x=1)
### "TypeError: GenericAlias\(\) takes no keyword arguments"
