# One iterator over a built-in container, pulled by several threads at
# once. CPython's free-threaded build promises no crash and only items of
# the container (an item may come out more than once when threads
# race on the index), never a freed object: the iterator keeps
# its container until it is itself freed. Each container here is
# referenced by its iterator alone, so a thread that dropped it at the
# end while another still read it would free it under the reader.
# ftpy-only: no golden file.
import array
import collections
import itertools
import threading

N = 3
ROUNDS = 25
SIZE = 200


class Seq:
    # The old sequence protocol: iter() wraps __getitem__.
    def __init__(self, n):
        self.items = [float(i) for i in range(n)]

    def __getitem__(self, i):
        return self.items[i]


class SeqLen(Seq):
    def __len__(self):
        return len(self.items)


def makers():
    yield "list", lambda: iter([float(i) for i in range(SIZE)])
    yield "reversed list", lambda: reversed([float(i) for i in range(SIZE)])
    yield "tuple", lambda: iter(tuple(float(i) for i in range(SIZE)))
    yield "str", lambda: iter("".join(chr(65 + i % 26) for i in range(SIZE)))
    yield "bytes", lambda: iter(bytes(i % 256 for i in range(SIZE)))
    yield "bytearray", lambda: iter(bytearray(i % 256 for i in range(SIZE)))
    yield "dict keys", lambda: iter({float(i): i for i in range(SIZE)})
    yield "dict values", lambda: iter({i: float(i) for i in range(SIZE)}.values())
    yield "dict items", lambda: iter({i: float(i) for i in range(SIZE)}.items())
    yield "set", lambda: iter({float(i) for i in range(SIZE)})
    yield "frozenset", lambda: iter(frozenset(float(i) for i in range(SIZE)))
    yield "range", lambda: iter(range(SIZE))
    yield "big range", lambda: iter(range(2**70, 2**70 + SIZE))
    yield "deque", lambda: iter(collections.deque(float(i) for i in range(SIZE)))
    yield "enumerate", lambda: enumerate([float(i) for i in range(SIZE)])
    yield "zip", lambda: zip([float(i) for i in range(SIZE)], [float(i) for i in range(SIZE)])
    yield "map", lambda: map(float, [i for i in range(SIZE)])
    yield "sequence", lambda: iter(Seq(SIZE))
    yield "reversed dict", lambda: reversed({float(i): i for i in range(SIZE)})
    yield "reversed deque", lambda: reversed(collections.deque(float(i) for i in range(SIZE)))
    yield "reversed sequence", lambda: reversed(SeqLen(SIZE))
    yield "filter", lambda: filter(None, [float(i) for i in range(SIZE)])
    yield "strict zip", lambda: zip([float(i) for i in range(SIZE)], [float(i) for i in range(SIZE)], strict=True)
    yield "chain", lambda: itertools.chain([float(i) for i in range(SIZE // 2)], [float(i) for i in range(SIZE // 2)])
    yield "islice", lambda: itertools.islice([float(i) for i in range(SIZE * 2)], 0, None, 2)
    yield "array", lambda: iter(array.array("d", [float(i) for i in range(SIZE)]))
    yield "memoryview", lambda: iter(memoryview(bytes(range(SIZE))))
    yield "callable", lambda: iter(iter(range(SIZE + 3)).__next__, SIZE)


def pull(it, out, start):
    start.wait()
    got = 0
    try:
        for _ in it:
            got += 1
    except (ValueError, RuntimeError) as e:
        # "generator already executing"-like refusals are allowed;
        # crashes and other errors are not.
        out.append(type(e).__name__)
        return
    out.append(got)


for name, make in makers():
    for _ in range(ROUNDS):
        it = make()
        out = []
        start = threading.Barrier(N)
        threads = [threading.Thread(target=pull, args=(it, out, start)) for _ in range(N)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        del it
        assert len(out) == N, (name, out)
        counts = [c for c in out if isinstance(c, int)]
        # Every thread ended, and together they saw items. There is no
        # upper bound: a thread that read index i and stores i + 1 late
        # moves the index back, so items may come out several times (as
        # in CPython's free-threaded build). Only a strict zip may refuse:
        # threads pulling its iterators in turn can leave them out of
        # step, which it reports as ValueError.
        assert (counts and sum(counts) > 0) or name == "strict zip", (name, out)
print("ok")
