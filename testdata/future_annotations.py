# from __future__ import annotations (PEP 563): annotations are the source
# text of their expressions, as CPython 3.11 writes it back; exec and
# compile() inherit the feature, compile() takes it as a flag.
from __future__ import annotations
def f(a: x[()], b: x[1,], c: x[1:2, ::3], d: lambda *a: 0, f: f'{a!r:>{w}} {{x}}', g: 1e400, h: -(1)**2, i: not a < b, k: 1 .real, l: {*()}, m: {**d, 1: 2}, n: [*a], o: f(x for x in y), p: 'it''s', q: u'x', r: a if b else (c if d else e), s: (1,), t: (), w: lambda a, b=1, *c, d, e=2, **f: 0, y: lambda: 0, z: a.b[c](d, *e, f=1, **g), aa: (a, b), ab: a + b * c - (d - e), ac: 2 ** -1, ad: (-2) ** 2, ae: a | b | None, af: {1, 2}, ag: [x for x in y if x for z in w], ah: {k: v for k, v in x}, ai: 1j, aj: b'x', ak: ..., al: None, am: True, an: x[a:b], ao: x[::], ap: -1, aq: not (not a), ar: (a or b) and c, as_: a if b else c, at: f'{x=}', au: f'{x:{y}}', av: 10**100, aw: 1.5, ax: 'a"b', ay: "a'b", az: '\n', ba: x[1:2], bb: x[*a], bc: (lambda: 1)(), bd: a[b][c], be: (a.b).c, bf: (1).real, bg: x[a, b:c], bh: 1e-5, bi: f'{a}' f'b', bj: f'{ {1:2}[1] }', bk: -x ** 2, bl: (await_x), bm: a is not b, bn: a not in b, bo: [] , bp: {}, bq: x[(a, b)], *args: *Ts, **kw: T) -> Z[1]: pass
for k, v in f.__annotations__.items(): print(k, repr(v))
x: List[int] = 1
print(__annotations__)
class C:
    y: C
    z: 'q'
    def m(self) -> C: pass
print(C.__annotations__, C.m.__annotations__)

exec("def h(a: undefined_name) -> list[int]: pass")
print(h.__annotations__)
code = compile("def k(a: undefined_name): pass", "<s>", "exec", dont_inherit=True)
try:
    exec(code)
except NameError as e:
    print("NameError:", e)
import __future__
code = compile("def k(a: undefined_name): pass", "<s>", "exec", __future__.annotations.compiler_flag, dont_inherit=True)
ns = {}
exec(code, ns)
print(ns["k"].__annotations__, bool(code.co_flags & __future__.annotations.compiler_flag))
print(bool(f.__code__.co_flags & __future__.annotations.compiler_flag))
