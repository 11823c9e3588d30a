# float.__getformat__ tells how C doubles and floats are stored;
# test.support reads it at import.
print(float.__getformat__('double'), float.__getformat__('float'))
for a in ['x', 'Double', 1, None]:
    try:
        float.__getformat__(a)
    except Exception as e:
        print(type(e).__name__, e)
class F(float):
    pass
print(F.__getformat__('double'))
