# select, CPython's C module: select(), poll and epoll on pipes, with
# CPython's errors. Every wait is bounded.
import select, os

def tr(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)

print(sorted(n for n in dir(select) if not n.startswith('__')))
print(sorted((n, getattr(select, n)) for n in dir(select) if n.isupper()))
print(select.error is OSError, select.epoll, select.poll.__name__)

r, w = os.pipe()
names = {r: 'r', w: 'w'}

def show(pairs):
    # (fd, events) pairs with the descriptors named: their numbers vary.
    return sorted((names[fd], ev) for fd, ev in pairs)

class F:
    def __init__(self, fd):
        self.fd = fd
    def fileno(self):
        return self.fd
    def __repr__(self):
        return "F(%s)" % names[self.fd]

# select
print(select.select([r], [w], [], 0) == ([], [w], []))
print(select.select([r], [], [], 0.01))
os.write(w, b"x")
fr, fw = F(r), F(w)
rr, ww, xx = select.select([fr, r], (fw,), [r], 1)
print(rr[0], rr[1] == r, ww, xx)
print(os.read(r, 1))
print(select.select([], [], [], 0))
tr(lambda: select.select([-1], [], []))
tr(lambda: select.select(['a'], [], []))
tr(lambda: select.select(5, [], []))
tr(lambda: select.select([], [], [], -1))
tr(lambda: select.select([], [], [], 'x'))
tr(lambda: select.select([], []))
tr(lambda: select.select([], [], [], float('nan')))
tr(lambda: select.select([], [], [], 2**70))
class Bad:
    def fileno(self):
        return 'x'
tr(lambda: select.select([Bad()], [], [], 0))

# poll
p = select.poll()
print(type(p))
tr(lambda: p.modify(r, 1))
try:
    p.unregister(fr)
except KeyError as e:
    print("KeyError", e.args == (r,))
tr(lambda: p.register(-1))
tr(lambda: p.register('a'))
tr(lambda: p.poll('x'))
tr(lambda: p.register(r, -1))
tr(lambda: p.register(r, 2**16))
tr(lambda: p.register(fd=r))
tr(lambda: p.poll(timeout=0))
print(show(p.poll(0)))
p.register(r, select.POLLIN)
p.register(fw)
print(show(p.poll(0)))
print(show(p.poll(10.5)))
os.write(w, b"yz")
print(show(p.poll(1000)))
p.modify(w, select.POLLIN)
print(show(p.poll(0)))
p.unregister(fw)
print(show(p.poll(-1)))
print(os.read(r, 2))
print(show(p.poll(5)))

# epoll
e = select.epoll()
print(type(e), e.closed, type(e.fileno()))
tr(lambda: e.register(r))
tr(lambda: e.register(r))
tr(lambda: e.modify(w, 1))
tr(lambda: e.unregister(w))
tr(lambda: e.poll(0))
tr(lambda: e.poll(0, 0))
tr(lambda: e.poll(maxevents=-3))
tr(lambda: e.poll('x'))
tr(lambda: e.register('x'))
tr(lambda: e.poll(float('nan')))
tr(lambda: select.epoll(flags=5))
tr(lambda: select.epoll(sizehint=0))
tr(lambda: select.epoll(sizehint=-2))
print(select.epoll(sizehint=5, flags=select.EPOLL_CLOEXEC).closed)
e.register(fd=fw, eventmask=select.EPOLLOUT)
print(show(e.poll(0.5)))
e.modify(w, select.EPOLLIN)
print(show(e.poll(timeout=0.01)))
os.write(w, b"!")
print(show(e.poll(1, maxevents=1)))
print(os.read(r, 1))
e.unregister(fr)
e.close()
e.close()
print(e.closed)
tr(lambda: e.poll(0))
tr(lambda: e.fileno())
tr(lambda: e.register(r))
tr(lambda: e.__enter__())
with select.epoll() as e2:
    e2.register(w, select.EPOLLOUT)
    print(show(e2.poll(0)), e2.closed)
    e3 = select.epoll.fromfd(e2.fileno())
    print(type(e3), show(e3.poll(0)))
print(e2.closed)
tr(e3.close)
print(e3.closed)
os.close(r)
os.close(w)
