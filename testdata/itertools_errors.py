# itertools errors: each case runs alone.
---
import itertools as it
it.count('a')
### "TypeError:\ a\ number\ is\ required"
---
import itertools as it
it.count(1,'a')
### "TypeError:\ a\ number\ is\ required"
---
import itertools as it
it.repeat()
### "TypeError:\ repeat\(\)\ missing\ required\ argument\ 'object'\ \(pos\ 1\)"
---
import itertools as it
it.repeat(1,'a')
### "TypeError:\ 'str'\ object\ cannot\ be\ interpreted\ as\ an\ integer"
---
import itertools as it
it.islice([1])
### "TypeError:\ islice\ expected\ at\ least\ 2\ arguments,\ got\ 1"
---
import itertools as it
it.islice([1],-1)
### "ValueError:\ Stop\ argument\ for\ islice\(\)\ must\ be\ None\ or\ an\ integer:\ 0\ <=\ x\ <=\ sys\.maxsize\."
---
import itertools as it
it.islice([1],'a')
### "ValueError:\ Stop\ argument\ for\ islice\(\)\ must\ be\ None\ or\ an\ integer:\ 0\ <=\ x\ <=\ sys\.maxsize\."
---
import itertools as it
it.islice([1],0,-1)
### "ValueError:\ Stop\ argument\ for\ islice\(\)\ must\ be\ None\ or\ an\ integer:\ 0\ <=\ x\ <=\ sys\.maxsize\."
---
import itertools as it
it.islice([1],-1,2)
### "ValueError:\ Indices\ for\ islice\(\)\ must\ be\ None\ or\ an\ integer:\ 0\ <=\ x\ <=\ sys\.maxsize\."
---
import itertools as it
it.islice([1],0,2,0)
### "ValueError:\ Step\ for\ islice\(\)\ must\ be\ a\ positive\ integer\ or\ None\."
---
import itertools as it
it.islice([1],0,2,-1)
### "ValueError:\ Step\ for\ islice\(\)\ must\ be\ a\ positive\ integer\ or\ None\."
---
import itertools as it
it.islice([],1,2,3,4)
### "TypeError:\ islice\ expected\ at\ most\ 4\ arguments,\ got\ 5"
---
import itertools as it
it.product(1)
### "TypeError:\ 'int'\ object\ is\ not\ iterable"
---
import itertools as it
it.product([1],repeat=-1)
### "ValueError:\ repeat\ argument\ cannot\ be\ negative"
---
import itertools as it
it.product([1],foo=1)
### "TypeError:\ 'foo'\ is\ an\ invalid\ keyword\ argument\ for\ product\(\)"
---
import itertools as it
it.permutations([1],-1)
### "ValueError:\ r\ must\ be\ non\-negative"
---
import itertools as it
it.permutations()
### "TypeError:\ permutations\(\)\ missing\ required\ argument\ 'iterable'\ \(pos\ 1\)"
---
import itertools as it
it.combinations([1])
### "TypeError:\ combinations\(\)\ missing\ required\ argument\ 'r'\ \(pos\ 2\)"
---
import itertools as it
it.combinations([1],-1)
### "ValueError:\ r\ must\ be\ non\-negative"
---
import itertools as it
it.combinations_with_replacement([1],-1)
### "ValueError:\ r\ must\ be\ non\-negative"
---
import itertools as it
it.combinations_with_replacement([1])
### "TypeError:\ combinations_with_replacement\(\)\ missing\ required\ argument\ 'r'\ \(pos\ 2\)"
---
import itertools as it
it.accumulate()
### "TypeError:\ accumulate\(\)\ missing\ required\ argument\ 'iterable'\ \(pos\ 1\)"
---
import itertools as it
it.accumulate([1],foo=1)
### "TypeError:\ 'foo'\ is\ an\ invalid\ keyword\ argument\ for\ accumulate\(\)"
---
import itertools as it
it.groupby()
### "TypeError:\ groupby\(\)\ missing\ required\ argument\ 'iterable'\ \(pos\ 1\)"
---
import itertools as it
it.starmap(len)
### "TypeError:\ starmap\ expected\ 2\ arguments,\ got\ 1"
---
import itertools as it
it.takewhile(len)
### "TypeError:\ takewhile\ expected\ 2\ arguments,\ got\ 1"
---
import itertools as it
it.dropwhile(len)
### "TypeError:\ dropwhile\ expected\ 2\ arguments,\ got\ 1"
---
import itertools as it
it.compress([1])
### "TypeError:\ compress\(\)\ missing\ required\ argument\ 'selectors'\ \(pos\ 2\)"
---
import itertools as it
it.filterfalse(len)
### "TypeError:\ filterfalse\ expected\ 2\ arguments,\ got\ 1"
---
import itertools as it
it.tee([],-1)
### "ValueError:\ n\ must\ be\ >=\ 0"
---
import itertools as it
it.tee()
### "TypeError:\ tee\ expected\ at\ least\ 1\ argument,\ got\ 0"
---
import itertools as it
it.pairwise()
### "TypeError:\ pairwise\ expected\ 1\ argument,\ got\ 0"
---
import itertools as it
it.pairwise(1)
### "TypeError:\ 'int'\ object\ is\ not\ iterable"
---
import itertools as it
list(it.chain(1))
### "TypeError:\ 'int'\ object\ is\ not\ iterable"
---
import itertools as it
list(it.chain.from_iterable([1]))
### "TypeError:\ 'int'\ object\ is\ not\ iterable"
---
import itertools as it
it.cycle()
### "TypeError:\ cycle\ expected\ 1\ argument,\ got\ 0"
---
import itertools as it
it.cycle(1)
### "TypeError:\ 'int'\ object\ is\ not\ iterable"
---
import itertools as it
it.count(foo=1)
### "TypeError:\ 'foo'\ is\ an\ invalid\ keyword\ argument\ for\ count\(\)"
---
import itertools as it
it.chain(a=1)
### "TypeError:\ chain\(\)\ takes\ no\ keyword\ arguments"
---
import itertools as it
next(it.starmap(len,[1]))
### "TypeError:\ 'int'\ object\ is\ not\ iterable"
---
import itertools as it
it.islice(1,2)
### "TypeError:\ 'int'\ object\ is\ not\ iterable"
---
import itertools as it
it.count(1,2,3)
### "TypeError:\ count\(\)\ takes\ at\ most\ 2\ arguments\ \(3\ given\)"
---
import itertools as it
list(it.accumulate([1,'a']))
### "TypeError:\ unsupported\ operand\ type\(s\)\ for\ \+:\ 'int'\ and\ 'str'"
---
import itertools as it
it.permutations([1],'a')
### "TypeError:\ Expected\ int\ as\ r"
---
import itertools as it
it.combinations([1],None)
### "TypeError:\ 'NoneType'\ object\ cannot\ be\ interpreted\ as\ an\ integer"
---
import itertools as it
next(it.repeat(1, 0))
### "StopIteration"
