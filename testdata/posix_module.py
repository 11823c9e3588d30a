# The posix module (CPython's C module behind os): stat results, file and
# directory calls in a fresh directory under /tmp, descriptors, errors,
# the wait-status helpers and the module's data.
import posix

def show(f):
    try:
        r = f()
    except Exception as e:
        if not isinstance(e, OSError):
            print(type(e).__name__, e)
            return None
        fn = getattr(e, 'filename', None)
        if isinstance(fn, str) and fn.startswith(base):
            fn = fn[len(base):]
        if isinstance(fn, bytes) and fn.startswith(base.encode()):
            fn = fn[len(base):]
        print(type(e).__name__, getattr(e, 'errno', None), getattr(e, 'strerror', None), repr(fn) if fn is not None else '')
        return None
    return r

base = '/tmp/ftpy_posix_%d' % posix.getpid()
posix.mkdir(base)
try:
    # Files and directories.
    posix.mkdir(base + '/d', 0o755)
    fd = posix.open(base + '/f', posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC, 0o644)
    print(posix.get_inheritable(fd), posix.get_blocking(fd))
    print(posix.write(fd, b'hello world'))
    posix.close(fd)
    st = posix.stat(base + '/f')
    print(type(st).__name__, type(st).__module__, len(st), st.st_size, st[6])
    print(st.st_mode & 0o170000 == 0o100000, st.st_nlink, type(st.st_mtime), type(st.st_mtime_ns))
    print(st.st_mtime_ns // 10**9 == st[8] == int(st.st_mtime), st.st_blksize > 0, st.st_rdev)
    print(st == tuple(st), hash(st) == hash(tuple(st)), st[:2] == (st.st_mode, st.st_ino))
    print(posix.stat_result.n_fields, posix.stat_result.n_sequence_fields, posix.stat_result.n_unnamed_fields)
    print(posix.stat_result.__match_args__)
    r = st.__reduce__()
    print(r[0] is posix.stat_result, len(r[1][0]), sorted(r[1][1]))
    print(posix.stat_result(r[1][0], r[1][1]) == st)
    s2 = posix.stat_result((1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
    print(s2, s2.st_atime, s2.st_ctime, s2.st_atime_ns, s2.st_blksize)
    show(lambda: posix.stat_result((1,) * 9))
    show(lambda: posix.stat_result((1,) * 20))
    show(lambda: posix.stat_result(5))
    show(lambda: posix.stat_result((1,) * 10, 5))
    print(posix.lstat(base + '/f') == st, posix.fstat(posix.open(base + '/f', posix.O_RDONLY)).st_size)
    posix.symlink('f', base + '/l')
    print(posix.readlink(base + '/l'), posix.readlink((base + '/l').encode()))
    print(posix.lstat(base + '/l').st_mode & 0o170000 == 0o120000, posix.stat(base + '/l').st_ino == st.st_ino)
    print(posix.stat(base + '/l', follow_symlinks=False) == posix.lstat(base + '/l'))
    posix.link(base + '/f', base + '/h')
    print(posix.stat(base + '/f').st_nlink)
    print(sorted(posix.listdir(base)), sorted(posix.listdir(base.encode())))
    # dir_fd.
    dfd = posix.open(base, posix.O_RDONLY | posix.O_DIRECTORY)
    print(posix.stat('f', dir_fd=dfd).st_ino == st.st_ino, sorted(posix.listdir(dfd)))
    posix.mkdir('e', dir_fd=dfd)
    posix.rename('e', 'e2', src_dir_fd=dfd, dst_dir_fd=dfd)
    posix.rmdir('e2', dir_fd=dfd)
    print(posix.access('f', posix.R_OK, dir_fd=dfd), posix.access('nope', posix.F_OK, dir_fd=dfd))
    print(sorted(e.name for e in posix.scandir(dfd)), sorted(e.path for e in posix.scandir(dfd)))
    posix.close(dfd)
    # scandir and DirEntry.
    with posix.scandir(base) as it:
        entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        print(repr(e), e.name, e.path[len(base):], e.is_dir(), e.is_file(), e.is_symlink(),
              e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False),
              e.inode() == posix.lstat(e.path).st_ino, e.stat() == posix.stat(e.path),
              e.stat(follow_symlinks=False) == posix.lstat(e.path), posix.fspath(e) == e.path)
    print(type(entries[0]).__name__, type(entries[0]).__module__, posix.DirEntry[str])
    print([e.name for e in posix.scandir(base.encode()) if e.name == b'f'])
    it = posix.scandir(base)
    print(iter(it) is it, type(it).__name__)
    it.close()
    print(list(it))
    show(lambda: entries[0].is_dir(True))
    show(lambda: posix.DirEntry())
    # Changes.
    posix.chmod(base + '/f', 0o600)
    print(oct(posix.stat(base + '/f').st_mode & 0o777))
    posix.utime(base + '/f', (1000000000, 1500000000.25))
    st = posix.stat(base + '/f')
    print(st.st_atime, st.st_mtime, st.st_mtime_ns, st[8])
    posix.utime(base + '/f', ns=(5 * 10**9 + 7, 6 * 10**9 + 8))
    st = posix.stat(base + '/f')
    print(st.st_atime_ns, st.st_mtime_ns)
    posix.truncate(base + '/f', 5)
    print(posix.stat(base + '/f').st_size)
    fd = posix.open(base + '/f', posix.O_RDWR)
    print(posix.lseek(fd, 0, posix.SEEK_END if hasattr(posix, 'SEEK_END') else 2), posix.lseek(fd, 1, 0), posix.read(fd, 100))
    posix.ftruncate(fd, 2)
    posix.fsync(fd)
    print(posix.fstat(fd).st_size, posix.isatty(fd))
    fd2 = posix.dup(fd)
    print(posix.get_inheritable(fd2), posix.dup2(fd, fd2) == fd2, posix.get_inheritable(fd2))
    posix.set_inheritable(fd2, False)
    posix.set_blocking(fd2, False)
    print(posix.get_inheritable(fd2), posix.get_blocking(fd2), posix.device_encoding(fd2))
    posix.close(fd2)
    posix.close(fd)
    posix.replace(base + '/h', base + '/h2')
    posix.remove(base + '/h2')
    posix.unlink(base + '/l')
    old = posix.umask(0o22)
    print(posix.umask(old))
    cwd = posix.getcwd()
    posix.chdir(base)
    print(posix.getcwd() == base, posix.getcwdb() == base.encode(), sorted(posix.listdir()))
    posix.chdir(cwd)
    # Errors, with their subclass, errno and file names.
    show(lambda: posix.stat(base + '/missing'))
    show(lambda: posix.stat((base + '/missing').encode()))
    show(lambda: posix.mkdir(base + '/d'))
    show(lambda: posix.rmdir(base + '/f'))
    show(lambda: posix.unlink(base + '/d'))
    show(lambda: posix.listdir(base + '/f'))
    show(lambda: posix.open(base + '/missing', posix.O_RDONLY))
    show(lambda: posix.readlink(base + '/f'))
    show(lambda: posix.rename(base + '/missing', base + '/x'))
    show(lambda: posix.read(-1, 1))
    show(lambda: posix.close(-1))
    show(lambda: posix.stat('x', dir_fd=-5))
    show(lambda: posix.stat(3, dir_fd=5))
    show(lambda: posix.stat(3, follow_symlinks=False))
    show(lambda: posix.utime(base + '/f', (1, 2), ns=(1, 2)))
    show(lambda: posix.utime(base + '/f', (1,)))
    show(lambda: posix.utime(base + '/f', ns=[1, 2]))
    show(lambda: posix.stat(1.5))
    show(lambda: posix.mkdir([]))
    show(lambda: posix.listdir([]))
    show(lambda: posix.stat('a\0b'))
    show(lambda: posix.stat(b'a\0b'))
    show(lambda: posix.rename(1, 2))
    show(lambda: posix.stat('x', dir_fd='a'))
    show(lambda: posix.write(1, 'x'))
    show(lambda: posix.fsync('x'))
    show(lambda: posix.fsync(-1))
    show(lambda: posix.isatty())
    show(lambda: posix.read(1))
    show(lambda: posix.getcwd(1))
    show(lambda: posix.mkdir('a', 1, 2))
    show(lambda: posix.dup2(1, 2, 3, 4))
    show(lambda: posix.stat('a', 'b'))
    show(lambda: posix.fspath(1, 2))
    show(lambda: posix.utime(1, 2, 3))
    show(lambda: posix.open('a'))
    show(lambda: posix.stat(path='a', bad=1))
    show(lambda: posix.chown(base + '/f', 'a', -1))
    try:
        posix.stat(base + '/missing')
    except OSError as e:
        print(str(e)[:len('[Errno 2] No such file or directory: ')], isinstance(e, posix.error))
finally:
    for name in posix.listdir(base):
        p = base + '/' + name
        if posix.lstat(p).st_mode & 0o170000 == 0o040000:
            posix.rmdir(p)
        else:
            posix.unlink(p)
    posix.rmdir(base)
print(posix.access(base, posix.F_OK))

# Pipes.
r, w = posix.pipe()
print(posix.get_inheritable(r), posix.write(w, b'abc'), posix.read(r, 10))
posix.close(r)
posix.close(w)
r, w = posix.pipe2(posix.O_NONBLOCK)
print(posix.get_blocking(r))
show(lambda: posix.read(r, 1))
posix.close(r)
posix.close(w)

# Wait statuses.
for status in [0, 256, 9, 0x137f, 0xffff, 0x8b]:
    print(status, posix.WIFEXITED(status), posix.WEXITSTATUS(status), posix.WIFSIGNALED(status),
          posix.WTERMSIG(status), posix.WIFSTOPPED(status), posix.WSTOPSIG(status),
          posix.WIFCONTINUED(status), posix.WCOREDUMP(status))
    show(lambda: print(posix.waitstatus_to_exitcode(status)))
show(lambda: posix.waitstatus_to_exitcode(-1))
show(lambda: posix.waitstatus_to_exitcode(2**40))
show(lambda: posix.WIFEXITED())
show(lambda: posix.waitpid(-1, posix.WNOHANG))
show(lambda: posix.kill(2**22 + 12345, 0))

# Process and system data.
print(posix.getpid() > 0, posix.getppid() > 0, type(posix.getuid()), type(posix.getgroups()))
print(posix.geteuid() == posix.getuid(), posix.getegid() == posix.getgid())
u = posix.uname()
print(type(u).__name__, u.sysname, len(u), u[0] == u.sysname, posix.uname_result.__match_args__)
tm = posix.times()
print(type(tm).__name__, len(tm), [type(x).__name__ for x in tm], posix.times_result.__match_args__)
print(posix.terminal_size((80, 24)), posix.terminal_size((80, 24)).lines)
show(lambda: posix.get_terminal_size(-1))
print(type(posix.cpu_count()), posix.cpu_count() >= 1)
print(len(posix.urandom(16)), type(posix.urandom(0)))
show(lambda: posix.urandom(-1))
print([posix.strerror(n) for n in (0, 1, 2, 13, 17, 22, 41, 1000)])
print(type(posix.environ), all(type(k) is bytes and type(v) is bytes for k, v in posix.environ.items()))
posix.putenv('FTPY_POSIX_TEST', 'x')
posix.unsetenv('FTPY_POSIX_TEST')
show(lambda: posix.putenv('a=b', 'c'))
show(lambda: posix.putenv('', 'c'))
show(lambda: posix.unsetenv(''))
print(posix.fspath('a'), posix.fspath(b'b'))
show(lambda: posix.fspath(1))
print(sorted(set(posix._have_functions) & {'HAVE_FSTATAT', 'HAVE_OPENAT', 'HAVE_UNLINKAT', 'HAVE_FDOPENDIR', 'HAVE_LSTAT'}))
print(posix.error is OSError)
for name in ['O_RDONLY', 'O_WRONLY', 'O_RDWR', 'O_CREAT', 'O_EXCL', 'O_TRUNC', 'O_APPEND', 'O_NONBLOCK',
             'O_CLOEXEC', 'O_DIRECTORY', 'O_NOFOLLOW', 'F_OK', 'R_OK', 'W_OK', 'X_OK', 'WNOHANG',
             'WUNTRACED', 'EX_OK', 'EX_USAGE', 'EX_SOFTWARE', 'SEEK_HOLE', 'SEEK_DATA']:
    print(name, getattr(posix, name))
print(posix.stat.__module__, posix.stat.__name__)
