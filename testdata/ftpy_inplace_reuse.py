# ftpy reuses a number in place when a fast local holds its only
# reference and is being replaced (inplace_numbers.py checks that this is
# invisible to Python code). Here: that it happens, seen through id().


def float_accumulator():
    x = 1000.5
    ids = set()
    for _ in range(50):
        x = x * 1.5
        ids.add(id(x))
    return len(ids)


def int_accumulator():
    n = 10 ** 9
    ids = set()
    for _ in range(50):
        n = n + 3
        ids.add(id(n))
    return len(ids)


def range_loop():
    ids = set()
    for i in range(10 ** 6, 10 ** 6 + 50):
        ids.add(id(i))
    return len(ids)


def shared_value_not_reused():
    x = 1000.5
    keep = x
    x = x * 2.0
    return id(keep) != id(x), keep, x


assert float_accumulator() == 1
assert int_accumulator() == 1
assert range_loop() == 1
assert shared_value_not_reused() == (True, 1000.5, 2001.0)
