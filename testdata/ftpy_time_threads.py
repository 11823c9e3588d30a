# time from several threads at once: each thread's thread_time counts its
# own CPU time only (ftpy locks the goroutine to its OS thread), and
# conversions stay whole while another thread changes the zone.
import os
import threading
import time

errors = []


def cpu_clock():
    try:
        a = time.thread_time()
        time.sleep(0.05)
        b = time.thread_time()
        assert 0 <= b - a < 0.02, b - a
        cid = time.pthread_getcpuclockid(threading.get_ident())
        c = time.clock_gettime(cid)
        d = time.thread_time()
        assert c <= d + 1e-3, (c, d)
    except AssertionError as e:
        errors.append(e)


def convert():
    try:
        for _ in range(300):
            lt = time.localtime(1e9)
            s = time.strftime('%H %Z', lt)
            assert s in ('01 UTC', '10 JST'), s
            assert time.mktime(lt) in (1e9, 1e9 + 9 * 3600, 1e9 - 9 * 3600)
    except AssertionError as e:
        errors.append(e)


def switch():
    for i in range(100):
        os.environ['TZ'] = 'JST-9' if i % 2 == 0 else 'UTC'
        time.tzset()


threads = [threading.Thread(target=cpu_clock) for _ in range(3)]
threads += [threading.Thread(target=convert) for _ in range(3)]
threads.append(threading.Thread(target=switch))
for t in threads:
    t.start()
for t in threads:
    t.join()
os.environ.pop('TZ')
time.tzset()
assert not errors, errors
print('ok')
