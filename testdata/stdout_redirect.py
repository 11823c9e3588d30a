# print() honours a replaced sys.stdout; contextlib.redirect_stdout/redirect_stderr.

import contextlib, sys
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): pass
w = W()
sys.stdout = w
print("captured", 1)
print("two", end="")
sys.stdout = sys.__stdout__
print(w.parts)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)

class Buf:
    def __init__(self): self.text = ""
    def write(self, s): self.text += s
    def flush(self): pass
b = Buf()
with contextlib.redirect_stdout(b) as target:
    print("hidden", 42)
    print(target is b)
print(repr(b.text))
inner, outer = Buf(), Buf()
with contextlib.redirect_stdout(outer):
    print("o1")
    with contextlib.redirect_stdout(inner):
        print("i")
    print("o2")
print(repr(outer.text), repr(inner.text), sys.stdout is sys.__stdout__)
e = Buf()
with contextlib.redirect_stderr(e):
    sys.stderr.write("err\n")
print(repr(e.text))
