from ..sub import VALUE
from . import __name__ as inner_name
print("deep", __name__, __package__, VALUE, inner_name)
try:
    from ... import nothing
except ImportError as e:
    print("beyond:", e)
