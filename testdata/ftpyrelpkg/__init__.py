from . import sub
from .sub import VALUE
from .inner import deep
__all__ = ["sub", "lazy"]
