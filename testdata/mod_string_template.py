# string.Template: substitute, safe_substitute, identifiers, custom
# delimiters and identifier patterns.
from string import Template
import string

t = Template("$who likes ${what}; $$ costs $$$amount")
print(t.template)
print(t.substitute(who="tim", what="kung pao", amount=3))
print(t.substitute({"who": "ann", "what": "tea", "amount": 1.5}))
print(t.substitute({"who": "ann", "what": "tea", "amount": 1}, who="kw wins"))
print(t.safe_substitute(who="tim"))
print(t.safe_substitute())
print(t.safe_substitute({"what": [1, 2]}, amount=None))
print(t.get_identifiers(), t.is_valid())
print(Template("$a $b $a ${b} ${c}").get_identifiers())
print(Template("$ $1 ${} ${x").get_identifiers(), Template("$ $1").is_valid())
print(Template("").substitute(), repr(Template("no placeholders").substitute(x=1)))
print(Template("$x$y${x}$y").substitute(x="1", y=2))
print(Template("$NaMe_1x!").substitute(NaMe_1x="ok"))
print(Template("$café").safe_substitute(caf="CAF"))
print(Template("$a.b $a-b $a[0]").substitute(a="A"))
print(Template("trailing $").safe_substitute(), Template("$1 and ${1}").safe_substitute())
print(Template("${ a } ${a").safe_substitute(a=1))
print(Template("line1\n  $$x\n$ok").substitute(ok="done"))
print(isinstance(t, Template), type(t).__name__, Template.delimiter, Template.idpattern, Template.braceidpattern)


class Mapping:
    def __getitem__(self, key):
        if key == "missing":
            raise KeyError("other")
        return key.upper()


print(Template("$abc ${de}").substitute(Mapping()))
print(Template("$abc $missing").safe_substitute(Mapping()))
print(Template("$abc $missing").safe_substitute(Mapping(), abc=1))
try:
    Template("$missing").substitute(Mapping())
except KeyError as e:
    print("KeyError", e)
try:
    Template("$missing").substitute(Mapping(), other=1)
except KeyError as e:
    print("KeyError", e)


class Percent(Template):
    delimiter = "%"


p = Percent("%who owes %{amount} (100%%) %")
print(p.safe_substitute(who="bob", amount=5), p.get_identifiers(), p.is_valid())
print(Percent("$x %x").substitute(x=1))


class Multi(Template):
    delimiter = "<<"


print(Multi("<<a <<<<b <<{c} <").safe_substitute(a=1, b=2, c=3))


class Dotted(Template):
    idpattern = r"[_a-z][_a-z0-9]*(\.[_a-z][_a-z0-9]*)*"


print(Dotted("$user.name is ${user.id}.").substitute({"user.name": "x", "user.id": 7}))


class Strict(Template):
    flags = 0
    idpattern = "[a-z]+"


print(Strict("$abc $ABC $abcDEF").safe_substitute(abc=1, ABC=2))


class Braces(Template):
    braceidpattern = r"(?a:[_a-z][_a-z0-9]*(?:\s[_a-z0-9]+)*)"


print(Braces("${two words} $plain ${one}").substitute({"two words": "2w", "plain": "p", "one": 1}))
print(Braces("${two words}").get_identifiers())


class Lazy(Template):
    idpattern = r"[a-z]+?"
    braceidpattern = r"[a-z]+?x?"


print(Lazy("$abc ${abx}").safe_substitute(a="A", abx="X"))


class Digits(Template):
    delimiter = "#"
    idpattern = r"\d{2,3}"


print(Digits("#1 #12 #1234 #{123}").safe_substitute({"12": "twelve", "123": "ott"}))


class Alt(Template):
    idpattern = r"""
        (?:
          foo     # a comment
          | bar
          | [x-z]{2}
        )
    """


print(Alt("$foo $bar $xyz $baz").safe_substitute(foo=1, bar=2, xy=3))
print(string.Template is Template, string.capwords("still works"))
