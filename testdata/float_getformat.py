# float.__getformat__ (a class method the test suite uses) and the
# absence of __setformat__ in 3.11.
print(float.__getformat__('double'), float.__getformat__('float'))
print(hasattr(float, '__setformat__'), '__getformat__' in float.__dict__)
for a in ['x', 1, b'double']:
    try:
        float.__getformat__(a)
    except Exception as e:
        print(type(e).__name__, e)
for args in [(), ('double', 'float')]:
    try:
        float.__getformat__(*args)
    except Exception as e:
        print(type(e).__name__, e)
print((1.5).__getformat__('double'))
class F(float): pass
print(F.__getformat__('float'), hasattr(int, '__getformat__'))
import struct
print(struct.pack('<d', 1.0) == struct.pack('=d', 1.0))
