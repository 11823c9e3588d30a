# posix's less common calls: statvfs, sendfile, system, device numbers,
# mknod, pread/pwrite, sysconf, ttyname and the process ids.
import posix

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

s = posix.statvfs('/')
print(type(s).__name__, type(s).__module__, len(s), posix.statvfs_result.n_fields, posix.statvfs_result.__match_args__)
print(s.f_bsize > 0, s.f_blocks >= s.f_bfree >= 0, type(s.f_fsid), s == posix.fstatvfs(posix.open('/', posix.O_RDONLY))[:] or True)
print(posix.major(0x1234567), posix.minor(0x1234567), posix.makedev(1, 2), posix.makedev(posix.major(12345678), posix.minor(12345678)))
print(posix.system('exit 3'), posix.system('kill -9 $$'), posix.system(''))
print(posix.sysconf('SC_CLK_TCK'), posix.sysconf('SC_PAGE_SIZE') == posix.sysconf(30) > 0, posix.sysconf('SC_NGROUPS_MAX'))
print(posix.sysconf_names['SC_PAGESIZE'], posix.sysconf_names['SC_OPEN_MAX'])
show(lambda: posix.sysconf('SC_NO_SUCH_NAME'))
show(lambda: posix.sysconf(1.5))
show(lambda: posix.ttyname(-1))
print([type(x) for x in posix.getresuid()], len(posix.getresgid()))

base = '/tmp/ftpy_posix_more_%d' % posix.getpid()
posix.mkdir(base)
try:
    fd = posix.open(base + '/f', posix.O_RDWR | posix.O_CREAT)
    print(posix.pwrite(fd, b'hello world', 3), posix.pread(fd, 5, 6), posix.pread(fd, 100, 0), posix.pread(fd, 5, 100))
    out = posix.open(base + '/g', posix.O_WRONLY | posix.O_CREAT)
    print(posix.sendfile(out, fd, 3, 5), posix.sendfile(out, fd, None, 4))
    posix.close(out)
    print(posix.pread(posix.open(base + '/g', posix.O_RDONLY), 100, 0))
    posix.close(fd)
    posix.mknod(base + '/p', 0o600 | 0o010000)
    print(oct(posix.stat(base + '/p').st_mode))
    posix.mkfifo(base + '/q')
    print(oct(posix.stat(base + '/q').st_mode & 0o170000))
    # Extended attributes, where the file system under /tmp has them.
    f = base + '/f'
    try:
        posix.setxattr(f, 'user.ftpy', b'v1')
    except OSError as e:
        print('xattr', e.errno in (95, 1))  # EOPNOTSUPP, or EPERM in some sandboxes
    else:
        print('xattr', posix.getxattr(f, 'user.ftpy') == b'v1' and 'user.ftpy' in posix.listxattr(f))
    show(lambda: posix.listxattr(3, follow_symlinks=False))
    show(lambda: posix.getxattr(f, 5))
    show(lambda: posix.setxattr(f, 'user.a', 'str'))
    print(posix.XATTR_CREATE, posix.XATTR_REPLACE, posix.XATTR_SIZE_MAX)
    show(lambda: posix.mknod(base + '/p', 0o600 | 0o010000))
    show(lambda: posix.mkfifo(base + '/q'))
finally:
    for n in posix.listdir(base):
        posix.unlink(base + '/' + n)
    posix.rmdir(base)
