# _posixsubprocess.fork_exec, called as subprocess.py calls it: a child's
# output through a pipe, its input, its directory and environment, and
# the report an exec failure writes to errpipe_write.
import _posixsubprocess, os

def run(argv, exes, stdin_data=None, cwd=None, env=None, pass_fds=()):
    p2cread, p2cwrite = os.pipe()
    c2pread, c2pwrite = os.pipe()
    errpipe_read, errpipe_write = os.pipe()
    pid = _posixsubprocess.fork_exec(
        argv, exes, True, tuple(sorted(set(pass_fds) | {errpipe_write})), cwd, env,
        p2cread, p2cwrite, c2pread, c2pwrite, -1, c2pwrite,
        errpipe_read, errpipe_write, True, False, -1, None, None, None, -1,
        None, True)
    for fd in (p2cread, c2pwrite, errpipe_write):
        os.close(fd)
    if stdin_data:
        os.write(p2cwrite, stdin_data)
    os.close(p2cwrite)
    out = b""
    while True:
        part = os.read(c2pread, 4096)
        if not part:
            break
        out += part
    err = os.read(errpipe_read, 50000)
    os.close(c2pread)
    os.close(errpipe_read)
    return type(pid) is int and pid > 0, out, err

print(run([b"/bin/echo", b"hi", "there"], [b"/bin/echo"]))
print(run(["cat"], [b"/usr/bin/cat", b"/bin/cat"], stdin_data=b"from stdin\n"))
print(run(["sh", "-c", "pwd; echo $FOO; echo err >&2"], [b"/bin/sh"], cwd="/tmp", env=[b"FOO=bar"]))
print(run(["nope"], [b"/nonexistent/a", b"/nonexistent/b"]))
print(run(["sh"], [b"/bin/sh"], cwd="/nonexistent/dir"))
print(run(["sh"], [b"/etc/passwd"]))
try:
    _posixsubprocess.fork_exec(["x"], [b"/bin/true"], True, (), None, None, -1, -1, -1, -1, -1, -1, -1, -1, True, False, -1, None, None, None, -1, None)
except TypeError as e:
    print("TypeError")
