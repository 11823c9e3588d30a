from .. import sub as parent_sub
print("inner", __name__, __package__, parent_sub.VALUE)
