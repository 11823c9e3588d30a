# time through the Lib modules that use it: logging's asctime, _strptime
# (time.strptime and datetime.strptime), datetime's strftime and
# timestamps, calendar. The zone is fixed with TZ and tzset.
import calendar
import datetime
import io
import logging
import os
import time

os.environ['TZ'] = 'America/New_York'
time.tzset()

# logging: %(asctime)s with the default converter (localtime) and gmtime
stream = io.StringIO()
handler = logging.StreamHandler(stream)
fmt = logging.Formatter('%(asctime)s %(levelname)s %(name)s: %(message)s')
handler.setFormatter(fmt)
record = logging.LogRecord('app', logging.WARNING, __file__, 1, 'hello %s', ('world',), None)
record.created = 1234567890.25
record.msecs = 250.0
handler.handle(record)
fmt.converter = time.gmtime
handler.handle(record)
dated = logging.Formatter('[%(asctime)s]', datefmt='%Y-%m-%d %H:%M:%S %Z %z %a %j')
print(dated.format(record))
dated.converter = time.localtime
print(dated.format(record))
print(stream.getvalue(), end='')
logger = logging.getLogger('time_lib')
logger.propagate = False
out = io.StringIO()
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter('%(levelname)s:%(message)s'))
logger.addHandler(h)
logger.warning('at %d', 5)
print(out.getvalue(), end='')

# time.strptime, through _strptime
print(time.strptime('2000-03-05 13:07:09', '%Y-%m-%d %H:%M:%S'))
print(time.strptime('Tue Feb 14 2023 10:30PM', '%a %b %d %Y %I:%M%p'))
print(time.strptime('2023 1 0', '%Y %U %w'), time.strptime('2023 52 1', '%G %V %u'))
st = time.strptime('2023-07-01 12:00:00 -0400', '%Y-%m-%d %H:%M:%S %z')
print(st, st.tm_zone, st.tm_gmtoff)
st = time.strptime('2023-07-01 EDT', '%Y-%m-%d %Z')
print(st, st.tm_isdst)
try:
    time.strptime('2023-13-01', '%Y-%m-%d')
except ValueError as e:
    print('ValueError', e)

# datetime
d = datetime.datetime.strptime('2023-07-01T12:34:56.789', '%Y-%m-%dT%H:%M:%S.%f')
print(repr(d), d.strftime('%A %d %B %Y %I:%M:%S %p %j %U %W %%'), d.isoformat())
print(d.strftime('%c|%x|%X|%G-W%V-%u|%y|%C|%e|%-d|%f|%z|%Z'))
aware = datetime.datetime.strptime('2023-07-01 12:00 +0530', '%Y-%m-%d %H:%M %z')
print(repr(aware), aware.strftime('%z %Z'), aware.timestamp())
print(datetime.date(2000, 2, 29).strftime('%a %b %d %Y'), datetime.time(13, 5).strftime('%H:%M %p'))
print(datetime.datetime.fromtimestamp(1234567890), datetime.datetime.utcfromtimestamp(1234567890))
print(datetime.datetime(2023, 7, 1, 12).timestamp(), datetime.datetime(2023, 1, 1, 12).timestamp())
print(datetime.datetime.fromtimestamp(1688227200).astimezone().tzname())
print(datetime.date.fromtimestamp(1e9), datetime.datetime(2023, 7, 1).timetuple())
print(datetime.datetime(2023, 7, 1, 12, tzinfo=datetime.timezone.utc).astimezone())
print(type(datetime.datetime.now()).__name__, type(datetime.date.today()).__name__)

# calendar
print(calendar.timegm((2023, 7, 1, 12, 0, 0)), calendar.timegm(time.gmtime(1234567890)))
print(calendar.month(2023, 7))
print(calendar.isleap(2024), calendar.weekday(2023, 7, 1), calendar.monthrange(2024, 2))

os.environ.pop('TZ')
time.tzset()
