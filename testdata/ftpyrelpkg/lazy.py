print("lazy loaded", __name__, __package__)
