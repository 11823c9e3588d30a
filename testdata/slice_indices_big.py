# slice.indices accepts any length and keeps every bound exact.
print(slice(None).indices(2**70))
print(slice(-2**80, 2**80, 2**70).indices(2**75))
print(slice(0, 10, 2**100).indices(10))
print(slice(None, None, -2**100).indices(2**80))
print(slice(-5, -1, -1).indices(2**64))
print(slice(3, None, -2).indices(0))
print(slice(1, 2**90).indices(5))


class I:
    def __index__(self):
        return 2**66


print(slice(I()).indices(I()))
for s, n in [(slice(0, 1, 0), 5), (slice(None), -1), (slice(0, 1, 0), -1), (slice(None), -2**80),
             (slice(1.5), 5), (slice(None), 1.5), (slice(1.5, None, 0), 5)]:
    try:
        s.indices(n)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
