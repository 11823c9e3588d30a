# _contextvars, CPython's C module under contextvars.py (PEP 567).
import _contextvars as c
import threading

print(sorted(n for n in dir(c) if not n.startswith('__')), c.ContextVar.__module__, c.copy_context.__module__)
v = c.ContextVar('v', default=1)
w = c.ContextVar('w')
print(repr(v).split(' at ')[0], repr(w).split(' at ')[0], v.name, v.get(), v.get(2), w.get(3))
t = v.set(5)
print(repr(t).split(' var=')[0], t.var is v, t.old_value, repr(c.Token.MISSING), t.old_value is c.Token.MISSING, v.get())
ctx = c.copy_context()
print(type(ctx).__name__, len(ctx), v in ctx, w in ctx, ctx[v], ctx.get(w), ctx.get(w, 9), list(ctx.keys()) == [v], list(ctx.values()), list(ctx.items()) == [(v, 5)], list(ctx) == [v])
v.reset(t)
print(v.get(), repr(t).split(' var=')[0])
t2 = v.set(6)
t3 = v.set(7)
print(t3.old_value, v.get())
v.reset(t3)
print(v.get())
v.reset(t2)
print(v.get())
for f in [lambda: w.get(), lambda: v.reset(t), lambda: w.reset(v.set(1)), lambda: c.ContextVar(1),
          lambda: c.Context(1), lambda: ctx[1], lambda: ctx[w], lambda: c.Token(),
          lambda: ctx.run(lambda: ctx.run(lambda: 1)), lambda: c.ContextVar('x', 1),
          lambda: c.Context().run(lambda: v.reset(v.set(3))), lambda: 1 in ctx]:
    try:
        r = f()
        print(r)
    except Exception as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])
print(c.ContextVar[int], c.Token[str], hash(v) == hash(v), v == v, v != w)


def f(a, b=0):
    v.set(a + b)
    return v.get()


ctx2 = c.Context()
print(ctx2.run(f, 1, b=2), ctx2[v], v.get(), len(ctx2), ctx2.copy()[v], ctx2.copy() == ctx2, c.Context() == c.Context(), ctx2 == ctx)
tok = v.set(7)
ctx3 = c.copy_context()
try:
    ctx3.run(v.reset, tok)
except ValueError as e:
    print('ValueError', str(e).split(' at 0x')[-1].split('> ')[-1])
print(v.get(), ctx3[v])

seen = []


def in_thread():
    seen.append(v.get())
    v.set(100)
    seen.append(v.get())


th = threading.Thread(target=in_thread)
th.start()
th.join()
print(seen, v.get())


# Variables set repeatedly and then dropped stay alive as the context's
# keys.
def setter():
    tmp = c.ContextVar('tmp')
    tmp.set(1)
    tmp.set(2)
    tmp.set(3)


for i in range(3):
    setter()
import gc
gc.collect()
print(sorted(k.name for k in c.copy_context()))
