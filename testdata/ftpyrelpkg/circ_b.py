from .circ_a import x
y = 2
