# Augmented assignment reaches every in-place special method (__itruediv__,
# __ipow__, __ilshift__... were never called) and names the augmented
# operator in errors, as CPython.
class A:
    def __iadd__(self, o): return 'iadd'
    def __isub__(self, o): return 'isub'
    def __imul__(self, o): return 'imul'
    def __itruediv__(self, o): return 'itd'
    def __ilshift__(self, o): return 'ils'
    def __imod__(self, o): return 'imod'
    def __ipow__(self, o): return 'ipow'
    def __ifloordiv__(self, o): return 'ifd'
    def __imatmul__(self, o): return 'imm'
    def __irshift__(self, o): return 'irs'
    def __iand__(self, o): return 'iand'
    def __ior__(self, o): return 'ior'
    def __ixor__(self, o): return 'ixor'
class B:
    def __truediv__(self, o): return 'td'
    def __itruediv__(self, o): return NotImplemented
ops = ['+=', '-=', '*=', '/=', '<<=', '%=', '**=', '//=', '@=', '>>=', '&=', '|=', '^=']
for op in ops:
    for cls in (A, B, object):
        a = cls()
        try:
            exec('a ' + op + ' 1')
            print(op, cls.__name__, a if isinstance(a, str) else type(a).__name__)
        except Exception as e: print(op, cls.__name__, type(e).__name__, e)
x = 5; x += 1; print(x)
x = "a"
try: x -= "a"
except TypeError as e: print(e)
x = 2; x **= 10; print(x)
x = 1.5; x //= 0.5; print(x)
class I(int): pass
x = I(3); x <<= 2; print(x, type(x).__name__)
