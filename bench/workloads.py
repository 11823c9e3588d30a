# Single-thread workloads: each bench_* function runs its loop n times.
# Run under both interpreters with bench/run.py; BenchmarkScripts in
# bench_test.go runs them under ftpy as Go benchmarks.


def f(x):
    return x


def bench_call(n):
    for i in range(n):
        f(i)


class C:
    def __init__(self, x):
        self.x = x

    def m(self, x):
        return x


def bench_method(n):
    c = C(0)
    for i in range(n):
        c.m(i)


def bench_floatmul(n):
    x = 1.000001
    y = 1.0
    for i in range(n):
        y = y * x


def bench_dict(n):
    for i in range(n):
        d = {"key": "value"}


def bench_instance(n):
    for i in range(n):
        C(i)


def bench_closure(n):
    for i in range(n):
        def g():
            return i


def gen(n):
    for i in range(n):
        yield i


def bench_generator(n):
    for x in gen(n):
        pass


def bench_empty(n):
    for i in range(n):
        pass


WORKLOADS = [bench_empty, bench_call, bench_method, bench_floatmul, bench_dict,
             bench_instance, bench_closure, bench_generator]
