# _socket through socket.py: socketpair, TCP and UDP on the loopback,
# AF_UNIX paths and the abstract namespace, timeouts, non-blocking mode,
# signals during a wait, name functions and the address conversions.
import _socket
import os
import signal
import socket
import tempfile
import threading
import time


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e, getattr(e, "errno", None))
    else:
        print(repr(r))


# The module and its type.
print(_socket.socket.__name__, _socket.socket.__module__, _socket.SocketType is _socket.socket)
print(_socket.error is OSError, _socket.timeout is TimeoutError)
print(_socket.gaierror.__mro__[1] is OSError, _socket.herror.__mro__[1] is OSError, _socket.gaierror.__module__)
print(_socket.has_ipv6, _socket.AF_INET, _socket.AF_INET6, _socket.AF_UNIX, _socket.SOCK_STREAM,
      _socket.SOCK_DGRAM, _socket.SOCK_NONBLOCK, _socket.SOCK_CLOEXEC, _socket.SOL_SOCKET,
      _socket.SO_REUSEADDR, _socket.IPPROTO_TCP, _socket.TCP_NODELAY, _socket.MSG_PEEK,
      _socket.SHUT_RDWR, _socket.SOMAXCONN, _socket.INADDR_ANY, _socket.EAI_NONAME, _socket.AI_PASSIVE)

# socketpair: an echo, repr, attributes.
a, b = socket.socketpair()
print(a.family, a.type, a.proto, a.timeout, a.getblocking())
r = _socket.socket.__repr__(a)
print(r.startswith("<socket object, fd=") and r.endswith(", family=1, type=1, proto=0>"))
a.sendall(b"hello")
print(b.recv(100))
print(a.send(b"world"), b.recv(2), b.recv(100))
buf = bytearray(10)
a.sendall(b"into")
print(b.recv_into(buf), buf)
a.sendall(b"abcdef")
print(b.recv_into(buf, 3), buf)
print(b.recv(100, socket.MSG_PEEK), b.recv(100))
print(a.getsockname(), a.getpeername())
m = memoryview(bytearray(4))
a.sendall(memoryview(b"xyz!"))
print(b.recvfrom_into(m), bytes(m))
a.shutdown(socket.SHUT_WR)
print(b.recv(10))
a.close()
print(a.fileno(), "[closed]" in repr(a))
show(lambda: a.recv(1))
show(lambda: a.send(b"x"))
show(lambda: a.recv(0))
show(lambda: a.settimeout(1))
show(lambda: a.getsockname())
show(lambda: a.connect_ex(("127.0.0.1", 1)))
show(lambda: a.close())
b.close()
d1, d2 = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
print(d1.recv(0), d1.recv_into(bytearray(0)), d1.type)
d1.close()
d2.close()

# dup and detach.
a, b = socket.socketpair()
c = a.dup()
c.sendall(b"dup")
print(b.recv(10), c.family == a.family, c.fileno() != a.fileno())
c.close()
fd = a.detach()
print(a.fileno(), fd >= 0)
d = socket.socket(fileno=fd)
print(d.family, d.type, d.proto)
d.sendall(b"fromfd")
print(b.recv(10))
d.close()
b.close()

# TCP on 127.0.0.1 with a thread as the server.
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
srv.bind(("127.0.0.1", 0))
srv.listen(5)
host, port = srv.getsockname()
print(host, port > 0)
peers = []


def serve(n):
    for _ in range(n):
        conn, addr = srv.accept()
        peers.append(addr[0])
        with conn:
            while True:
                data = conn.recv(1024)
                if not data:
                    break
                conn.sendall(data[::-1])


th = threading.Thread(target=serve, args=(2,))
th.start()
cli = socket.create_connection(("127.0.0.1", port))
cli.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
print(cli.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0)
cli.sendall(b"stressed")
print(cli.recv(100))
print(cli.getpeername() == ("127.0.0.1", port))
big = bytes(range(256)) * 4096
got = bytearray()


def reader(s, n):
    while len(got) < n:
        d = s.recv(65536)
        if not d:
            break
        got.extend(d)


rt = threading.Thread(target=reader, args=(cli, len(big)))
rt.start()
cli.sendall(big)
rt.join()
print(len(got), bytes(got) == big[::-1] or len(got) == len(big))
cli.close()
c2 = socket.socket()
print(c2.connect_ex(("127.0.0.1", port)))
f = c2.makefile("rwb")
f.write(b"line one\n")
f.flush()
print(f.read(9))
f.close()
c2.close()
th.join()
print(peers)
srv.close()

# connect to a closed port.
probe = socket.socket()
probe.bind(("127.0.0.1", 0))
closed_port = probe.getsockname()[1]
probe.close()
s = socket.socket()
show(lambda: s.connect(("127.0.0.1", closed_port)))
print(s.connect_ex(("127.0.0.1", closed_port)))
s.close()

# UDP.
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(("127.0.0.1", 0))
u2.bind(("127.0.0.1", 0))
print(u1.sendto(b"dgram", u2.getsockname()))
data, addr = u2.recvfrom(100)
print(data, addr == u1.getsockname())
u2.sendto(b"back", 0, addr)
print(u1.recvfrom(100)[0])
u1.connect(u2.getsockname())
u1.send(b"connected")
print(u2.recv(100))
u1.close()
u2.close()

# IPv6 loopback (4-tuples).
try:
    s6 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
    s6.bind(("::1", 0))
except OSError:
    print("no ipv6")
else:
    h, p, flow, scope = s6.getsockname()
    print(h, flow, scope)
    s6.sendto(b"six", ("::1", p))
    print(s6.recvfrom(10)[0])
    s6.close()

# AF_UNIX in a temporary directory, and the abstract namespace.
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "sock")
    us = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    us.bind(path)
    us.listen()
    print(us.getsockname() == path, os.path.exists(path))
    uc = socket.socket(socket.AF_UNIX)
    uc.connect(path)
    conn, addr = us.accept()
    print(repr(addr), repr(uc.getsockname()), conn.getsockname() == path)
    uc.sendall(b"unix")
    print(conn.recv(10))
    conn.close()
    uc.close()
    us.close()
    ub = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    ub.bind(os.fsencode(os.path.join(d, "bytes")))
    print(repr(ub.getsockname())[-6:])
    ub.close()
ab = socket.socket(socket.AF_UNIX)
name = b"\0ftpy-socket-test-%d" % os.getpid()
ab.bind(name)
print(ab.getsockname() == name)
ab.close()
ab = socket.socket(socket.AF_UNIX)
ab.bind("")
print(type(ab.getsockname()), ab.getsockname()[:1])
ab.close()

# Timeouts: a wait, then TimeoutError; non-blocking mode.
a, b = socket.socketpair()
print(a.gettimeout(), a.getblocking())
a.settimeout(0.05)
print(a.gettimeout(), a.getblocking(), a.timeout)
t0 = time.monotonic()
show(lambda: a.recv(1))
print(time.monotonic() - t0 >= 0.04)
a.settimeout(2)
b.sendall(b"in time")
print(a.recv(10))
a.setblocking(False)
print(a.gettimeout(), a.getblocking())
show(lambda: a.recv(1))
show(lambda: a.accept())
a.setblocking(True)
print(a.gettimeout(), a.getblocking())
a.settimeout(None)
print(a.gettimeout())
a.close()
b.close()
ns = socket.socket(socket.AF_INET, socket.SOCK_STREAM | socket.SOCK_NONBLOCK)
print(ns.type, ns.gettimeout(), ns.getblocking())
ns.close()
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(1.5)
a, b = socket.socketpair()
print(socket.getdefaulttimeout(), a.gettimeout())
a.close()
b.close()
socket.setdefaulttimeout(None)
srv = socket.socket()
srv.settimeout(0.05)
srv.bind(("127.0.0.1", 0))
srv.listen()
show(lambda: srv.accept())
srv.close()

# A timeout covers a whole sendall.
a, b = socket.socketpair()
a.settimeout(0.1)
show(lambda: a.sendall(b"x" * (16 << 20)))
a.close()
b.close()

# Signals during a blocking wait: a handler that returns lets the call
# go on (PEP 475); one that raises ends it (SIGINT: cli/socket_signals).
a, b = socket.socketpair()
fired = []
old = signal.signal(signal.SIGALRM, lambda *args: fired.append(1))
threading.Timer(0.3, lambda: b.sendall(b"after signal")).start()
signal.setitimer(signal.ITIMER_REAL, 0.05)
print(a.recv(100), fired)


def boom(*args):
    raise RuntimeError("from handler")


signal.signal(signal.SIGALRM, boom)
signal.setitimer(signal.ITIMER_REAL, 0.05)
show(lambda: a.recv(100))
signal.signal(signal.SIGALRM, old)
a.close()
b.close()

# Options.
s = socket.socket()
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE), s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 4))
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, b"\1\0\0\0")
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, bytes(8))
print(len(s.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8)))
s.close()

# Address conversions.
print(socket.inet_aton("1.2.3.4"), socket.inet_aton("127.1"), socket.inet_aton("0x7f.1"), socket.inet_aton("010.0.0.1"))
print(socket.inet_ntoa(b"\x7f\0\0\1"), socket.inet_ntoa(bytearray(b"\xff\xfe\xfd\xfc")))
print(socket.inet_pton(socket.AF_INET, "10.1.2.3"), socket.inet_pton(socket.AF_INET6, "::1"))
print(socket.inet_pton(socket.AF_INET6, "2001:db8::ff00:42:8329"), socket.inet_pton(socket.AF_INET6, "::ffff:1.2.3.4"))
for packed in [bytes(16), bytes(15) + b"\1", b"\x20\x01\x0d\xb8" + bytes(11) + b"\1", bytes(10) + b"\xff\xff\1\2\3\4",
               bytes(12) + b"\1\2\3\4", b"\0\1" * 8, b"\1\0" + bytes(4) + b"\1\0" + bytes(8), b"\xfe\x80" + bytes(14)]:
    print(socket.inet_ntop(socket.AF_INET6, packed))
print(socket.inet_ntop(socket.AF_INET, b"\1\2\3\4"))
print(socket.htons(1), socket.ntohs(0x0102), socket.htonl(1), socket.ntohl(0x01020304), socket.htons(0), socket.htonl(0xffffffff))
print(socket.CMSG_LEN(0), socket.CMSG_LEN(4), socket.CMSG_SPACE(4), socket.CMSG_SPACE(1))

# Names.
print(socket.getaddrinfo("127.0.0.1", 80))
print(socket.getaddrinfo("127.0.0.1", "80", socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo(None, 8080, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE))
print(socket.getaddrinfo(None, 0, 0, socket.SOCK_STREAM))
print(socket.getaddrinfo("::1", 443, socket.AF_INET6, socket.SOCK_DGRAM))
print(socket.getaddrinfo("127.0.0.1", 7, 0, 0, socket.IPPROTO_UDP))
print(socket.getaddrinfo(b"127.0.0.1", b"53", 0, socket.SOCK_DGRAM, 0, socket.AI_CANONNAME | socket.AI_NUMERICHOST))
print(socket.getaddrinfo("127.0.0.1", "domain", socket.AF_INET))
print(socket.getaddrinfo("127.0.0.1", "http", socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo("localhost", 25, socket.AF_INET, socket.SOCK_STREAM))
print(socket.getnameinfo(("127.0.0.1", 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.getnameinfo(("127.0.0.1", 22), socket.NI_NUMERICHOST))
print(socket.getnameinfo(("::1", 53, 0, 0), socket.NI_NUMERICHOST | socket.NI_DGRAM))
print(socket.gethostbyname("127.0.0.1"), socket.gethostbyname("localhost"), socket.gethostbyname(""))
print(socket.gethostbyname_ex("127.0.0.1"))
print(socket.getservbyname("http", "tcp"), socket.getservbyname("domain"), socket.getservbyport(22), socket.getservbyport(53, "udp"))
print(socket.getprotobyname("tcp"), socket.getprotobyname("udp"), socket.getprotobyname("icmp"))
print(socket.gethostname() == os.uname().nodename)
print(socket.if_nametoindex("lo"), socket.if_indextoname(socket.if_nametoindex("lo")), (socket.if_nametoindex("lo"), "lo") in socket.if_nameindex())
print(socket.getfqdn("127.0.0.1") != "")

# Errors.
s = socket.socket()
show(lambda: s.bind("x"))
show(lambda: s.bind(("x",)))
show(lambda: s.bind(("127.0.0.1", 70000)))
show(lambda: s.bind(("127.0.0.1", "80")))
show(lambda: s.bind((1, 2)))
show(lambda: s.bind(("::1", 0)))
show(lambda: s.recv(-1))
show(lambda: s.recv_into(bytearray(2), 5))
show(lambda: s.recv_into(bytearray(2), -1))
show(lambda: s.recv_into(b"xx"))
show(lambda: s.recvfrom_into(bytearray(2), 5))
show(lambda: s.send("str"))
show(lambda: s.sendto(b"x"))
show(lambda: s.recv(1))
show(lambda: s.getpeername())
show(lambda: s.settimeout(-1))
show(lambda: s.settimeout("x"))
show(lambda: s.settimeout(float("nan")))
show(lambda: s.shutdown(5))
show(lambda: s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 2000))
show(lambda: s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, "x"))
show(lambda: s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 2 ** 40))
show(lambda: s.listen(2 ** 40))
show(lambda: s.bind())
show(lambda: s.recv())
show(lambda: s.fileno(1))
s.close()
s6 = socket.socket(socket.AF_INET6)
show(lambda: s6.bind(("::1", 0, 1 << 21)))
show(lambda: s6.bind(("::1",)))
show(lambda: s6.bind("x"))
show(lambda: s6.bind(("127.0.0.1", 0)))
s6.close()
su = socket.socket(socket.AF_UNIX)
show(lambda: su.bind(1))
show(lambda: su.bind("a" * 200))
show(lambda: su.connect("/nonexistent-ftpy/sock"))
su.close()
show(lambda: socket.socket(1000))
show(lambda: _socket.socket(socket.AF_INET, 1000))
show(lambda: _socket.socket(fileno=-5))
show(lambda: _socket.socket(fileno=1.5))
show(lambda: socket.socketpair(socket.AF_INET))
show(lambda: socket.inet_aton("1.2.3.256"))
show(lambda: socket.inet_aton("x"))
show(lambda: socket.inet_aton(b"1.2.3.4"))
show(lambda: socket.inet_ntoa(b"123"))
show(lambda: socket.inet_pton(socket.AF_INET, "1.2.3"))
show(lambda: socket.inet_pton(socket.AF_INET6, "1:::2"))
show(lambda: socket.inet_pton(99, "x"))
show(lambda: socket.inet_ntop(socket.AF_INET6, b"12"))
show(lambda: socket.inet_ntop(99, b"1234"))
show(lambda: socket.htons(-1))
show(lambda: socket.htons(70000))
show(lambda: socket.htonl(-1))
show(lambda: socket.htonl(1 << 32))
show(lambda: socket.htonl(1.5))
show(lambda: socket.CMSG_LEN(-1))
show(lambda: socket.setdefaulttimeout(-2))
show(lambda: socket.getaddrinfo("127.0.0.1", "nosuchservice"))
show(lambda: socket.getaddrinfo("x", 80, flags=socket.AI_NUMERICHOST))
show(lambda: socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET6))
show(lambda: socket.getaddrinfo("127.0.0.1", 80, 99))
show(lambda: socket.getaddrinfo("127.0.0.1", 80, 0, 99))
show(lambda: socket.getaddrinfo("127.0.0.1", 80, 0, socket.SOCK_STREAM, socket.IPPROTO_UDP))
show(lambda: socket.getaddrinfo("127.0.0.1", "x", 0, 0, 0, socket.AI_NUMERICSERV))
show(lambda: socket.getaddrinfo("127.0.0.1", 80, 0, 0, 0, 0x10000))
show(lambda: socket.getaddrinfo(None, None))
show(lambda: _socket.getaddrinfo("127.0.0.1", 80.0))
show(lambda: _socket.getaddrinfo(1, 80))
show(lambda: socket.getnameinfo(("127.0.0.1",), 0))
show(lambda: socket.getnameinfo("x", 0))
show(lambda: socket.getnameinfo(("127.0.0.1", 80, 0, 0), 0))
show(lambda: socket.getnameinfo(("127.0.0.1", "x"), 0))
show(lambda: socket.getservbyname("nosuchservice"))
show(lambda: socket.getservbyname(b"http"))
show(lambda: socket.getservbyport(70000))
show(lambda: socket.getprotobyname("nosuchproto"))
show(lambda: socket.gethostbyname(1))
show(lambda: socket.gethostbyname("::1"))
show(lambda: socket.sethostname(1))
show(lambda: socket.if_nametoindex("nosuchif0"))
show(lambda: socket.if_indextoname("x"))
show(lambda: _socket.dup(-1))
show(lambda: _socket.close(-1))
