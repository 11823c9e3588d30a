# The Lib over _socket: socketserver, http.server with http.client,
# selectors on a socketpair, socket.send_fds/recv_fds (sendmsg and
# recvmsg with SCM_RIGHTS), makefile, create_server.
import http.client
import http.server
import io
import os
import selectors
import socket
import socketserver
import threading


# socketserver.TCPServer with a stream handler, served by a thread.
class Upper(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline()
        self.wfile.write(line.upper())


with socketserver.TCPServer(("127.0.0.1", 0), Upper) as server:
    th = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    th.start()
    for word in [b"first\n", b"second\n"]:
        with socket.create_connection(server.server_address) as c:
            c.sendall(word)
            print(c.makefile("rb").readline())
    server.shutdown()
    th.join()


# A threading UDP server.
class Echo(socketserver.BaseRequestHandler):
    def handle(self):
        data, sock = self.request
        sock.sendto(data[::-1], self.client_address)


with socketserver.ThreadingUDPServer(("127.0.0.1", 0), Echo) as server:
    th = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    th.start()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as c:
        c.settimeout(5)
        c.sendto(b"udp echo", server.server_address)
        print(c.recvfrom(100)[0])
    server.shutdown()
    th.join()


# http.server serving one GET to http.client.
class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = ("path=" + self.path).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass

    def date_time_string(self, timestamp=None):
        return "Mon, 07 Dec 2026 00:00:00 GMT"  # a fixed Date header


httpd = http.server.HTTPServer(("127.0.0.1", 0), Handler)
th = threading.Thread(target=httpd.handle_request)
th.start()
conn = http.client.HTTPConnection("127.0.0.1", httpd.server_address[1], timeout=10)
conn.request("GET", "/hello?x=1")
resp = conn.getresponse()
print(resp.status, resp.reason, resp.getheader("Content-Type"), resp.read())
conn.close()
th.join()
httpd.server_close()

# selectors.DefaultSelector on a socketpair.
a, b = socket.socketpair()
a.setblocking(False)
sel = selectors.DefaultSelector()
sel.register(a, selectors.EVENT_READ, "reader")
print(sel.select(0))
b.send(b"ready")
for key, events in sel.select(5):
    print(key.data, events == selectors.EVENT_READ, key.fileobj.recv(10))
sel.modify(a, selectors.EVENT_WRITE, "writer")
print([(k.data, e) for k, e in sel.select(5)])
sel.unregister(a)
sel.close()
a.close()
b.close()

# File descriptors passed with SCM_RIGHTS.
a, b = socket.socketpair()
r, w = os.pipe()
print(socket.send_fds(a, [b"fds"], [r, w]))
msg, fds, flags, addr = socket.recv_fds(b, 10, 2)
print(msg, len(fds), flags, addr)
os.write(fds[1], b"through the passed pipe")
print(os.read(r, 100))
for fd in fds + [r, w]:
    os.close(fd)
a.sendmsg([b"one", b"two"])
print(b.recvmsg(10))
a.sendmsg([b"abcdef"])
buf1, buf2 = bytearray(2), bytearray(10)
print(b.recvmsg_into([buf1, buf2]), buf1, buf2)
a.close()
b.close()

# makefile in text mode, and create_server / socket.fromfd.
srv = socket.create_server(("127.0.0.1", 0))
port = srv.getsockname()[1]


def answer():
    conn, _ = srv.accept()
    with conn, conn.makefile("rw", encoding="utf-8", newline="\n") as f:
        line = f.readline()
        f.write("got " + line)
        f.flush()


th = threading.Thread(target=answer)
th.start()
with socket.create_connection(("127.0.0.1", port), timeout=5) as c:
    with c.makefile("rw", encoding="utf-8", newline="\n") as f:
        f.write("text line\n")
        f.flush()
        print(repr(f.readline()))
th.join()
srv.close()
a, b = socket.socketpair()
c = socket.fromfd(a.fileno(), socket.AF_UNIX, socket.SOCK_STREAM)
c.sendall(b"fromfd")
print(b.recv(10), c.family, c.type)
for s in (a, b, c):
    s.close()
print(socket.has_dualstack_ipv6() in (True, False), socket.getfqdn("localhost") != "")
