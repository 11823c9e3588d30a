# time: CPython's C module, compared with python3. The zone is set with
# TZ and tzset, and the times are fixed, so the output does not depend on
# the machine.
import os
import pickle
import time

os.environ['TZ'] = 'UTC'
time.tzset()

# struct_time
st = time.gmtime(1234567890)
print(st)
print(tuple(st), st.tm_zone, st.tm_gmtoff, len(st), st[0], st[-1], st[2:5])
print(type(st).__name__, type(st).__module__, time.struct_time.n_fields,
      time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields, time._STRUCT_TM_ITEMS)
print(time.struct_time.__match_args__)
s9 = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 2, 0))
print(s9, s9.tm_zone, s9.tm_gmtoff)
s11 = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 2, 0, 'ABC', 3600))
print(s11, s11.tm_zone, s11.tm_gmtoff)
sd = time.struct_time([2000, 1, 2, 3, 4, 5, 6, 2, 0], {'tm_zone': 'XYZ'})
print(sd.tm_zone, sd.tm_gmtoff)
print(s11.__reduce__())
r = pickle.loads(pickle.dumps(s11))
print(r, r.tm_zone, r.tm_gmtoff, r == s11)
print(s9 == (2000, 1, 2, 3, 4, 5, 6, 2, 0), s9 < time.struct_time((2001, 1, 1, 0, 0, 0, 0, 1, 0)))
print(hash(s9) == hash((2000, 1, 2, 3, 4, 5, 6, 2, 0)))
match st:
    case time.struct_time(tm_year=y, tm_mon=m):
        print('match', y, m)

# gmtime and its range
for secs in (0, -1, 1.999, -1.5, 86399, 951782400, 2**31, -2**31, 253402300799,
             67768036191676799, -67768040609740800):
    print(secs, tuple(time.gmtime(secs)))
print(time.gmtime(0).tm_zone, time.gmtime(0).tm_gmtoff)
print(type(time.gmtime()).__name__, type(time.gmtime(None)).__name__)

# zones: attributes, localtime, mktime, ctime
zones = ['UTC', '', 'America/New_York', 'Europe/London', 'Australia/Sydney', 'Asia/Kolkata',
         'EST+05EDT,M3.2.0,M11.1.0', 'AEST-10AEDT-11,M10.5.0,M3.5.0', ':Europe/Paris',
         '/usr/share/zoneinfo/Asia/Tokyo', 'EST5', '<+0330>-3:30', 'Foo/Bar', 'AB', 'UTC0', 'XYZ',
         'Europe/Moscow', 'America/Sao_Paulo']
for tz in zones:
    os.environ['TZ'] = tz
    time.tzset()
    # %Z of a tuple is glibc's tzname, as tzset left it (localtime
    # changes it in glibc).
    print(repr(tz), time.timezone, time.altzone, time.daylight, time.tzname,
          time.strftime('%Z|', (2000, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime('%Z|', (2000, 1, 1, 0, 0, 0, 0, 1, 1)))
    for secs in (0, 1e9, 1.7e9, 1.69e9, -1e9, 4e9):
        lt = time.localtime(secs)
        print('  ', tuple(lt), lt.tm_zone, lt.tm_gmtoff, time.ctime(secs),
              time.mktime(lt), time.strftime('%Z %z %c %s', lt))
    for tt in [(2000, 1, 1, 0, 0, 0, 0, 1, -1), (2000, 7, 1, 12, 0, 0, 0, 1, -1),
               (2023, 3, 12, 2, 30, 0, 0, 1, -1), (2023, 3, 12, 2, 30, 0, 0, 1, 0),
               (2023, 3, 12, 2, 30, 0, 0, 1, 1), (2023, 11, 5, 1, 30, 0, 0, 1, -1),
               (2023, 11, 5, 1, 30, 0, 0, 1, 0), (2023, 11, 5, 1, 30, 0, 0, 1, 1),
               (2000, 1, 1, 0, 0, 0, 0, 1, 1), (2000, 7, 1, 0, 0, 0, 0, 1, 0),
               (2000, 13, 1, 0, 0, 0, 0, 1, -1), (2000, 0, 0, 0, 0, 0, 0, 0, 0),
               (2000, 1, 1, 25, 61, 75, 0, 1, 0), (2000, -5, -40, -3, 0, 0, 0, 1, -1),
               (1900, 6, 1, 0, 0, 0, 0, 1, -1), (1969, 12, 31, 23, 59, 59, 0, 1, -1)]:
        print('  ', tt, time.mktime(tt), time.strftime('%z', tt[:1] + (1, 1, 0, 0, 0) + tt[6:]))
os.environ.pop('TZ')
time.tzset()
os.environ['TZ'] = 'America/New_York'
time.tzset()
print(time.tzname, time.localtime(0).tm_zone)
os.environ['TZ'] = 'UTC'
time.tzset()

# asctime
print(time.asctime((2000, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.asctime(time.gmtime(1234567890)))
print(time.asctime((12345, 12, 31, 23, 59, 59, 6, 365, 0)))
print(time.asctime((-12, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.asctime((2000, 0, 0, 0, 0, 0, -1, 0, 0)))
print(type(time.asctime()).__name__, len(time.ctime()), len(time.ctime(None)))

# strftime: every glibc directive, flags, widths and modifiers
tts = [(2000, 3, 5, 13, 7, 9, 6, 65, 0), (2021, 1, 1, 0, 0, 0, 4, 1, -1),
       (1999, 12, 31, 23, 59, 60, 4, 365, 1), (-5, 1, 1, 0, 0, 0, 0, 1, 0),
       (12345, 7, 4, 12, 0, 0, 0, 185, 0), (2004, 12, 31, 11, 0, 0, 4, 366, 0),
       (2010, 1, 3, 0, 0, 0, 6, 3, 0)]
fmts = []
for c in 'aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%qQ':
    for pre in ['', '-', '_', '0', '^', '#', '10', '-10', '_10', '010', '^10', 'E', 'O', '3E', '_3O']:
        fmts.append('%' + pre + c)
fmts += ['%', 'a%', '%-', '%E', '%5E', '%5', '%é', '%^é', 'x\ud800y%Y', '%5000Y', '%1500Y',
         '%2147483648d', '%99999999999d', '', 'plain text', '%Y-%m-%dT%H:%M:%S%z']
for tt in tts:
    print(tt, [time.strftime(f, tt) for f in fmts])
print(time.strftime('%Y %Z %z', time.localtime(1e9)))
print(time.strftime('%Z|%z', time.struct_time((2000, 1, 1, 0, 0, 0, 0, 1, 0), {'tm_zone': 'XX', 'tm_gmtoff': -19800})))
print(time.strftime('%Z|%z', time.struct_time((2000, 1, 1, 0, 0, 0, 0, 1, 0), {'tm_zone': '', 'tm_gmtoff': 2**40})))
print(time.strftime('%Z|%z', (2000, 1, 1, 0, 0, 0, 0, 1, 5)), time.strftime('%Z|%z', (2000, 1, 1, 0, 0, 0, 0, 1, -5)))
print(time.strftime('%a %j', (2000, 1, 1, 0, 0, 0, -1, 366, 0)), time.strftime('%a', (2000, 1, 1, 0, 0, 0, 17, 1, 0)))
print(type(time.strftime('%Y')).__name__)

# strptime, through the Lib's _strptime
print(time.strptime('2000-03-05 13:07:09', '%Y-%m-%d %H:%M:%S'))
print(time.strptime('Sun Mar  5 13:07:09 2000'))
p = time.strptime('5 Mar 2000 +0130 UTC', '%d %b %Y %z %Z')
print(p, p.tm_zone, p.tm_gmtoff)
print(time.strptime('2000 10', '%Y %j'))

# clocks
for name in ('time', 'time_ns', 'monotonic', 'monotonic_ns', 'perf_counter', 'perf_counter_ns',
             'process_time', 'process_time_ns', 'thread_time', 'thread_time_ns'):
    f = getattr(time, name)
    a, b = f(), f()
    print(name, type(a).__name__, a <= b, f.__name__, f.__module__)
for name in ('time', 'monotonic', 'perf_counter', 'process_time', 'thread_time'):
    print(time.get_clock_info(name))
print(abs(time.time() - time.time_ns() / 1e9) < 1)
print(abs(time.monotonic() - time.clock_gettime(time.CLOCK_MONOTONIC)) < 1)
print(abs(time.time() - time.clock_gettime(time.CLOCK_REALTIME)) < 1)
print(type(time.clock_gettime_ns(time.CLOCK_MONOTONIC)).__name__, time.clock_getres(time.CLOCK_REALTIME))
print({n: getattr(time, n) for n in dir(time) if n.startswith('CLOCK_')})
import threading
cid = time.pthread_getcpuclockid(threading.get_ident())
print(type(cid).__name__, cid != time.CLOCK_THREAD_CPUTIME_ID, time.clock_gettime(cid) <= time.clock_gettime(cid))
t0 = time.monotonic()
time.sleep(0.01)
time.sleep(0)
print(time.monotonic() - t0 >= 0.01, time.sleep(False))
print(sorted(n for n in dir(time) if not n.startswith('__')))
os.environ.pop('TZ')
time.tzset()
