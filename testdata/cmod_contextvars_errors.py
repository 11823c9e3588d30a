# _contextvars: expected errors, with python3's messages.
import _contextvars
_contextvars.ContextVar('w').get()
### "LookupError: <ContextVar name='w' at 0x"
---
import _contextvars
_contextvars.ContextVar(1)
### "TypeError: context variable name must be a str"
---
import _contextvars
_contextvars.Context(1)
### "TypeError: Context\(\) does not accept any arguments"
---
import _contextvars
_contextvars.Context()[1]
### "TypeError: a ContextVar key was expected, got 1"
---
import _contextvars
_contextvars.Token()
### "RuntimeError: Tokens can only be created by ContextVars"
---
import _contextvars
ctx = _contextvars.Context()
ctx.run(lambda: ctx.run(lambda: 1))
### "RuntimeError: cannot enter context: <_contextvars.Context object at 0x[0-9a-f]+> is already entered"
---
import _contextvars
v = _contextvars.ContextVar('v')
t = v.set(1)
v.reset(t)
v.reset(t)
### "RuntimeError: <Token used var=<ContextVar name='v' at 0x[0-9a-f]+> at 0x[0-9a-f]+> has already been used once"
---
import _contextvars
v = _contextvars.ContextVar('v')
_contextvars.ContextVar('w').reset(v.set(1))
### "ValueError: <Token var=<ContextVar name='v' at 0x[0-9a-f]+> at 0x[0-9a-f]+> was created by a different ContextVar"
---
import _contextvars
v = _contextvars.ContextVar('v')
t = v.set(1)
_contextvars.Context().run(v.reset, t)
### "ValueError: <Token var=.* was created in a different Context"
