# pyexpat under threads: parsers of their own run in parallel, and one
# shared parser takes Parse calls from several threads one at a time.
import threading
import pyexpat

THREADS = 4
ROUNDS = 200

def own_parser(results, i):
    count = 0
    for r in range(ROUNDS):
        p = pyexpat.ParserCreate(namespace_separator="}")
        seen = []
        p.StartElementHandler = lambda name, attrs: seen.append((name, attrs))
        p.CharacterDataHandler = seen.append
        p.Parse(b"<r xmlns='urn:t'><e n='%d'>%d</e></r>" % (r, i), True)
        assert seen == [("urn:t}r", {}), ("urn:t}e", {"n": str(r)}), str(i)], seen
        count += 1
    results[i] = count

results = [0] * THREADS
threads = [threading.Thread(target=own_parser, args=(results, i)) for i in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert results == [ROUNDS] * THREADS, results

shared = pyexpat.ParserCreate()
items = []
shared.StartElementHandler = lambda name, attrs: items.append(attrs.get("t"))
shared.Parse(b"<root>", False)

def feed(i):
    for r in range(ROUNDS):
        shared.Parse(b"<item t='%d'/>" % i, False)

threads = [threading.Thread(target=feed, args=(i,)) for i in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
shared.Parse(b"</root>", True)
assert items[0] is None
assert sorted(items[1:]) == sorted(str(i) for i in range(THREADS) for _ in range(ROUNDS)), len(items)
print("ok")
