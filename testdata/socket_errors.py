# _socket: expected errors, with python3's messages.
import socket
socket.socket().bind(("127.0.0.1", 70000))
### "OverflowError: bind\(\): port must be 0-65535."
---
import socket
socket.socket().connect("x")
### "TypeError: connect\(\): AF_INET address must be tuple, not str"
---
import socket
socket.socket(socket.AF_INET6).bind(("::1",))
### "TypeError: AF_INET6 address must be a tuple \(host, port\[, flowinfo\[, scopeid\]\]\)"
---
import socket
socket.socket().recv(-1)
### "ValueError: negative buffersize in recv"
---
import socket
a, b = socket.socketpair()
a.settimeout(0.01)
a.recv(1)
### "TimeoutError: timed out"
---
import socket
a, b = socket.socketpair()
a.setblocking(False)
a.recv(1)
### "BlockingIOError: \[Errno 11\] Resource temporarily unavailable"
---
import socket
s = socket.socket()
s.close()
s.send(b"x")
### "OSError: \[Errno 9\] Bad file descriptor"
---
import socket
socket.getaddrinfo("127.0.0.1", "nosuchservice-ftpy")
### "socket.gaierror: \[Errno -8\] Servname not supported for ai_socktype"
---
import socket
socket.getaddrinfo("not-numeric", 80, flags=socket.AI_NUMERICHOST)
### "socket.gaierror: \[Errno -2\] Name or service not known"
---
import socket
socket.gethostbyname("::1")
### "socket.gaierror: \[Errno -9\] Address family for hostname not supported"
---
import socket
socket.inet_aton("1.2.3.x")
### "OSError: illegal IP address string passed to inet_aton"
---
import socket
socket.inet_ntop(socket.AF_INET6, b"short")
### "ValueError: invalid length of packed IP address string"
---
import socket
socket.socket().settimeout(-1)
### "ValueError: Timeout value out of range"
---
import socket
socket.socket(socket.AF_UNIX).bind("x" * 200)
### "OSError: AF_UNIX path too long"
---
import socket
socket.socket(socket.AF_UNIX).connect("/nonexistent-ftpy-dir/sock")
### "FileNotFoundError: \[Errno 2\] No such file or directory"
---
import _socket
_socket.socket(fileno=-1)
### "ValueError: negative file descriptor"
---
import socket
socket.socket().getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 5000)
### "OSError: getsockopt buflen out of range"
---
import socket
socket.htons(-1)
### "OverflowError: htons: can't convert negative Python int to C 16-bit unsigned integer"
---
import socket
socket.socket().sendto(b"x")
### "TypeError: sendto\(\) takes 2 or 3 arguments \(1 given\)"
---
import socket
socket.getservbyname("nosuchservice-ftpy")
### "OSError: service/proto not found"
---
import socket
socket.socket().recv_into(b"immutable")
### "TypeError: recv_into\(\) argument 1 must be read-write bytes-like object, not bytes"
