VALUE = 42
print("sub", __name__, __package__)
