# The fcntl and resource modules: constants, calls on a pipe and on the
# process, and their errors.
import fcntl, resource, posix

for n in sorted(dir(fcntl)):
    if isinstance(getattr(fcntl, n), int):
        print(n, getattr(fcntl, n))
r, w = posix.pipe()
print(fcntl.fcntl(r, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
fcntl.fcntl(r, fcntl.F_SETFD, 0)
print(fcntl.fcntl(r, fcntl.F_GETFD), posix.get_inheritable(r))
flags = fcntl.fcntl(w, fcntl.F_GETFL)
fcntl.fcntl(w, fcntl.F_SETFL, flags | posix.O_NONBLOCK)
print(posix.get_blocking(w))
print(fcntl.fcntl(r, fcntl.F_GETFD, b'abcd'), fcntl.fcntl(r, fcntl.F_GETFD, 'ab'))

class F:
    def fileno(self):
        return r

print(fcntl.fcntl(F(), fcntl.F_GETFD))
posix.close(r)
posix.close(w)

path = '/tmp/ftpy_fcntl_%d' % posix.getpid()
fd = posix.open(path, posix.O_RDWR | posix.O_CREAT, 0o600)
try:
    print(fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB), fcntl.flock(fd, fcntl.LOCK_UN))
    print(fcntl.lockf(fd, fcntl.LOCK_EX), fcntl.lockf(fd, fcntl.LOCK_UN, 0, 0, 0))
finally:
    posix.close(fd)
    posix.unlink(path)

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: fcntl.fcntl(-1, fcntl.F_GETFD))
show(lambda: fcntl.fcntl('x', 1))
show(lambda: fcntl.fcntl(0, 1, b'x' * 2000))
show(lambda: fcntl.fcntl(1000, fcntl.F_GETFD))
show(lambda: fcntl.flock(-1, fcntl.LOCK_SH))
show(lambda: fcntl.ioctl(-1, 0))
show(lambda: fcntl.fcntl())
show(lambda: fcntl.flock(0))
show(lambda: fcntl.lockf(0))

for n in sorted(dir(resource)):
    if isinstance(getattr(resource, n), int):
        print(n, getattr(resource, n))
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print(type(soft), soft <= hard or hard == resource.RLIM_INFINITY)
resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
print(resource.getrlimit(resource.RLIMIT_NOFILE) == (soft, hard))
print(resource.prlimit(0, resource.RLIMIT_NOFILE) == (soft, hard))
ru = resource.getrusage(resource.RUSAGE_SELF)
print(type(ru).__name__, len(ru), type(ru.ru_utime), type(ru.ru_maxrss), ru.ru_maxrss > 0)
print(resource.struct_rusage.__match_args__)
print(resource.getpagesize() > 0, resource.error is OSError)
show(lambda: resource.getrlimit(99))
show(lambda: resource.getrlimit(-1))
show(lambda: resource.getrlimit('x'))
show(lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (1,)))
show(lambda: resource.setrlimit(resource.RLIMIT_NOFILE, 5))
show(lambda: resource.setrlimit(99, (1, 1)))
show(lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (hard + 1, hard)) if hard != resource.RLIM_INFINITY else print('ValueError current limit exceeds maximum limit'))
show(lambda: resource.getrusage(5))
show(lambda: resource.getrlimit())
