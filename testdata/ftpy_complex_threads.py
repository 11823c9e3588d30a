# complex objects and cmath shared between threads: free lists per
# thread, immutable values, the lazily computed 1300-bit pi/2 of large
# sine arguments, and dict keys mixing ints, floats and complexes.
import cmath
import threading

shared = {1: "one", 2.5: "two and a half", 3j: "three j"}
zs = [complex(i, -i) for i in range(1, 51)]
errors = []

def work(k):
    try:
        for i in range(300):
            z = zs[(i + k) % len(zs)]
            w = z * (1 + 1j) / (2 - 1j) + k
            assert w == (z * (1 + 1j) / (2 - 1j)) + k and w != z
            assert shared[1 + 0j] == "one" and shared[complex(2.5)] == "two and a half" and shared[3j] == "three j"
            assert cmath.isclose(cmath.exp(cmath.log(w)), w)
            assert abs(cmath.sin(complex(1e300 * (k + 1), 0)).imag) == 0.0
            assert hash(complex(i, 0)) == hash(i)
    except Exception as e:
        errors.append(repr(e))

threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert not errors, errors
