# Threads share DirEntry objects, whose stat results are made once and
# cached, and run scandir, listdir and stat on one directory at once.
# Bounded: a few threads, a fixed number of rounds.
import posix, threading

base = '/tmp/ftpy_posix_threads_%d' % posix.getpid()
posix.mkdir(base)
try:
    for i in range(20):
        posix.close(posix.open('%s/f%d' % (base, i), posix.O_WRONLY | posix.O_CREAT))
    posix.symlink('f0', base + '/link')
    entries = list(posix.scandir(base))
    want = sorted(posix.listdir(base))
    errors = []

    def work(k):
        try:
            for _ in range(30):
                for e in entries:
                    st = e.stat()
                    assert st is e.stat(), 'stat result not cached'
                    assert e.is_file(), e
                    assert e.is_symlink() == (e.name == 'link')
                    assert e.stat(follow_symlinks=False) is e.stat(follow_symlinks=False)
                with posix.scandir(base) as it:
                    assert sorted(x.name for x in it) == want
                assert sorted(posix.listdir(base)) == want
        except BaseException as ex:
            errors.append(ex)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors

    # One iterator shared by several threads: each entry comes out once.
    for _ in range(10):
        seen = []
        it = posix.scandir(base)

        def drain():
            for e in it:
                seen.append(e.name)

        threads = [threading.Thread(target=drain) for k in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(seen) == want, (sorted(seen), want)
finally:
    for n in posix.listdir(base):
        posix.unlink(base + '/' + n)
    posix.rmdir(base)
