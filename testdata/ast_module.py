# The _ast module: compile(..., PyCF_ONLY_AST) gives CPython's node tree
# with its fields and positions; node classes' constructors.
import _ast
src = '''
def f(a, b=1, *args, c, d=2, **kw) -> int:
    """doc"""
    return a + b * -c
class C(Base, metaclass=M):
    x: int = 3
for i in range(3):
    if i == 1 or not i:
        continue
    else:
        break
with open(p) as f, g:
    pass
try:
    x = [i for i in y if i]
except (A, B) as e:
    raise E from e
finally:
    del x[1:2], y.z
lambda x, *, y=2: {x: y, **z}
print(f"a{b!r:>{w}}", *args, key=3)
import a.b as c
from . import d
global q
assert x, "m"
a[1, ...] = b'x' b'y' if 1 else 2.5
match v:
    case [1, *r] | {"k": _, **rest} if r:
        pass
    case P(x=0) as p:
        pass
'''
tree = compile(src, "<t>", "exec", _ast.PyCF_ONLY_AST)
def dump(node):
    if isinstance(node, _ast.AST):
        parts = []
        for f in node._fields:
            v = getattr(node, f, None)
            parts.append("%s=%s" % (f, dump(v)))
        pos = ""
        if hasattr(node, "lineno") and "lineno" in type(node)._attributes:
            pos = "@%d:%d-%s:%s" % (node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)
        return type(node).__name__ + pos + "(" + ", ".join(parts) + ")"
    if isinstance(node, list):
        return "[" + ", ".join(dump(x) for x in node) + "]"
    return repr(node)
print(dump(tree))
e = compile("a + 1", "<e>", "eval", _ast.PyCF_ONLY_AST)
print(dump(e))
print(type(tree).__mro__)
n = _ast.BinOp(_ast.Constant(1), _ast.Add(), right=_ast.Constant(2))
print(n.left.value, n.right.value, type(n.op).__name__, n._fields, _ast.Constant(5).kind)
try:
    _ast.BinOp(1, 2, 3, 4)
except TypeError as ex:
    print(ex)
print(_ast.Load.__module__, _ast.AST.__module__, _ast.Module.__match_args__)
ctx1 = compile("x", "", "eval", _ast.PyCF_ONLY_AST).body.ctx
ctx2 = compile("y", "", "eval", _ast.PyCF_ONLY_AST).body.ctx
print(ctx1 is ctx2)
