# time: expected errors, with python3's messages.
import time
time.strftime('%Y', (2000,))
### "TypeError: strftime\(\): illegal time tuple argument"
---
import time
time.strftime('%Y', [2000,1,1,0,0,0,0,1,0])
### "TypeError: Tuple or struct_time argument required"
---
import time
time.strftime('%Y', (2000.5,1,1,0,0,0,0,1,0))
### "TypeError: 'float' object cannot be interpreted as an integer"
---
import time
time.strftime('%Y', (2**31,1,1,0,0,0,0,1,0))
### "OverflowError: signed integer is greater than maximum"
---
import time
time.strftime('%Y', (-2**31,1,1,0,0,0,0,1,0))
### "OverflowError: year out of range"
---
import time
time.strftime('%Y', (2000,-2**31-1,1,0,0,0,0,1,0))
### "OverflowError: signed integer is less than minimum"
---
import time
time.strftime('%Y', (2**64,1,1,0,0,0,0,1,0))
### "OverflowError: Python int too large to convert to C long"
---
import time
time.strftime('%Y', ('x',1,1,0,0,0,0,1,0))
### "TypeError: 'str' object cannot be interpreted as an integer"
---
import time
time.strftime('%Y', (2000,1,1,0,0,0,0,1,0,0))
### "TypeError: strftime\(\): illegal time tuple argument"
---
import time
time.strftime(b'%Y', (2000,1,1,0,0,0,0,1,0))
### "TypeError: strftime\(\) argument 1 must be str, not bytes"
---
import time
time.strftime('%Y', (2000,13,1,0,0,0,0,1,0))
### "ValueError: month out of range"
---
import time
time.strftime('%Y', (2000,1,32,0,0,0,0,1,0))
### "ValueError: day of month out of range"
---
import time
time.strftime('%Y', (2000,1,-1,0,0,0,0,1,0))
### "ValueError: day of month out of range"
---
import time
time.strftime('%Y', (2000,1,1,24,0,0,0,1,0))
### "ValueError: hour out of range"
---
import time
time.strftime('%Y', (2000,1,1,0,60,0,0,1,0))
### "ValueError: minute out of range"
---
import time
time.strftime('%Y', (2000,1,1,0,0,62,0,1,0))
### "ValueError: seconds out of range"
---
import time
time.strftime('%a', (2000,1,1,0,0,0,-2,1,0))
### "ValueError: day of week out of range"
---
import time
time.strftime('%j', (2000,1,1,0,0,0,0,367,0))
### "ValueError: day of year out of range"
---
import time
time.strftime('a\0b %Y', (2000,1,1,0,0,0,0,1,0))
### "ValueError: embedded null character"
---
import time
time.strftime()
### "TypeError: strftime\(\) takes at least 1 argument \(0 given\)"
---
import time
time.strftime(5)
### "TypeError: strftime\(\) argument 1 must be str, not int"
---
import time
time.strftime('%Y', 5)
### "TypeError: Tuple or struct_time argument required"
---
import time
time.strftime('%Y', (2000,1,1,0,0,0,0,1,0), 3)
### "TypeError: strftime\(\) takes at most 2 arguments \(3 given\)"
---
import time
time.strftime(format='%Y')
### "TypeError: strftime\(\) takes no keyword arguments"
---
import time
time.strftime('%Z', time.struct_time((2000,1,1,0,0,0,0,1,0), {'tm_zone': 5}))
### "TypeError: bad argument type for built\-in operation"
---
import time
time.strftime('%z', time.struct_time((2000,1,1,0,0,0,0,1,0), {'tm_gmtoff': 2**70}))
### "OverflowError: Python int too large to convert to C long"
---
import time
time.asctime((2000,1,1,0,0,0,0,1))
### "TypeError: asctime\(\): illegal time tuple argument"
---
import time
time.asctime(5)
### "TypeError: Tuple or struct_time argument required"
---
import time
time.asctime('abcdefghi')
### "TypeError: Tuple or struct_time argument required"
---
import time
time.asctime((2000,1,1,0,0,0,0,1,0), 1)
### "TypeError: asctime expected at most 1 argument, got 2"
---
import time
time.asctime((2000,13,1,0,0,0,0,1,0))
### "ValueError: month out of range"
---
import time
time.mktime(5)
### "TypeError: Tuple or struct_time argument required"
---
import time
time.mktime((2000,1,1,0,0,0,0,1))
### "TypeError: mktime\(\): illegal time tuple argument"
---
import time
time.mktime((1e10,1,1,0,0,0,0,1,0))
### "TypeError: 'float' object cannot be interpreted as an integer"
---
import time
time.mktime()
### "TypeError: time\.mktime\(\) takes exactly one argument \(0 given\)"
---
import time
time.mktime(1, 2)
### "TypeError: time\.mktime\(\) takes exactly one argument \(2 given\)"
---
import time
time.mktime(time.struct_time((2000,1,1,0,0,0,0,1,0), {'tm_gmtoff': 'x'}))
### "TypeError: 'str' object cannot be interpreted as an integer"
---
import time
time.gmtime(1e20)
### "OverflowError: timestamp out of range for platform time_t"
---
import time
time.gmtime(-1e20)
### "OverflowError: timestamp out of range for platform time_t"
---
import time
time.gmtime(float('nan'))
### "ValueError: Invalid value NaN \(not a number\)"
---
import time
time.gmtime(float('inf'))
### "OverflowError: timestamp out of range for platform time_t"
---
import time
time.gmtime('1')
### "TypeError: 'str' object cannot be interpreted as an integer"
---
import time
time.gmtime(2**63)
### "OverflowError: timestamp out of range for platform time_t"
---
import time
time.gmtime(67768036191676800)
### "OSError: \[Errno 75\] Value too large for defined data type"
---
import time
time.gmtime(-67768040609740801)
### "OSError: \[Errno 75\] Value too large for defined data type"
---
import time
time.gmtime(1, 2)
### "TypeError: gmtime\(\) takes at most 1 argument \(2 given\)"
---
import time
time.gmtime(x=1)
### "TypeError: gmtime\(\) takes no keyword arguments"
---
import time
time.localtime(-2**63)
### "OSError: \[Errno 75\] Value too large for defined data type"
---
import time
time.localtime(1e200)
### "OverflowError: timestamp out of range for platform time_t"
---
import time
time.localtime(float('nan'))
### "ValueError: Invalid value NaN \(not a number\)"
---
import time
time.ctime('x')
### "TypeError: 'str' object cannot be interpreted as an integer"
---
import time
time.ctime(1e20)
### "OverflowError: timestamp out of range for platform time_t"
---
import time
time.sleep(-1)
### "ValueError: sleep length must be non\-negative"
---
import time
time.sleep(-0.5)
### "ValueError: sleep length must be non\-negative"
---
import time
time.sleep('x')
### "TypeError: 'str' object cannot be interpreted as an integer"
---
import time
time.sleep(float('nan'))
### "ValueError: Invalid value NaN \(not a number\)"
---
import time
time.sleep(1e30)
### "OverflowError: timestamp out of range for platform time_t"
---
import time
time.sleep(2**70)
### "OverflowError: timestamp too large to convert to C _PyTime_t"
---
import time
time.sleep(10**12)
### "OverflowError: timestamp too large to convert to C _PyTime_t"
---
import time
time.sleep()
### "TypeError: time\.sleep\(\) takes exactly one argument \(0 given\)"
---
import time
time.sleep(1, 2)
### "TypeError: time\.sleep\(\) takes exactly one argument \(2 given\)"
---
import time
time.sleep(x=1)
### "TypeError: time\.sleep\(\) takes no keyword arguments"
---
import time
time.time(1)
### "TypeError: time\.time\(\) takes no arguments \(1 given\)"
---
import time
time.monotonic_ns(1)
### "TypeError: time\.monotonic_ns\(\) takes no arguments \(1 given\)"
---
import time
time.tzset(1)
### "TypeError: time\.tzset\(\) takes no arguments \(1 given\)"
---
import time
time.get_clock_info('x')
### "ValueError: unknown clock"
---
import time
time.get_clock_info(5)
### "TypeError: get_clock_info\(\) argument 1 must be str, not int"
---
import time
time.get_clock_info()
### "TypeError: get_clock_info\(\) takes exactly 1 argument \(0 given\)"
---
import time
time.get_clock_info('a\0b')
### "ValueError: embedded null character"
---
import time
time.clock_gettime('x')
### "TypeError: 'str' object cannot be interpreted as an integer"
---
import time
time.clock_gettime(1.5)
### "TypeError: 'float' object cannot be interpreted as an integer"
---
import time
time.clock_gettime(1234)
### "OSError: \[Errno 22\] Invalid argument"
---
import time
time.clock_gettime()
### "TypeError: clock_gettime\(\) takes exactly 1 argument \(0 given\)"
---
import time
time.clock_gettime(1, 2)
### "TypeError: clock_gettime\(\) takes exactly 1 argument \(2 given\)"
---
import time
time.clock_gettime_ns('x')
### "TypeError: 'str' object cannot be interpreted as an integer"
---
import time
time.clock_getres(1234)
### "OSError: \[Errno 22\] Invalid argument"
---
import time
time.clock_getres()
### "TypeError: clock_getres\(\) takes exactly 1 argument \(0 given\)"
---
import time
time.clock_settime(time.CLOCK_MONOTONIC, 0)
### "OSError: \[Errno 22\] Invalid argument"
---
import time
time.clock_settime(1234, 0)
### "OSError: \[Errno 22\] Invalid argument"
---
import time
time.clock_settime_ns(time.CLOCK_MONOTONIC, 0.5)
### "TypeError: expect int, got float"
---
import time
time.clock_settime_ns(time.CLOCK_MONOTONIC, 'x')
### "TypeError: expect int, got str"
---
import time
time.clock_settime(time.CLOCK_MONOTONIC, 'x')
### "TypeError: 'str' object cannot be interpreted as an integer"
---
import time
time.clock_settime(1)
### "TypeError: clock_settime\(\) takes exactly 2 arguments \(1 given\)"
---
import time
time.pthread_getcpuclockid('x')
### "TypeError: pthread_getcpuclockid\(\) argument 1 must be int, not str"
---
import time
time.pthread_getcpuclockid(1.5)
### "TypeError: pthread_getcpuclockid\(\) argument 1 must be int, not float"
---
import time
time.pthread_getcpuclockid()
### "TypeError: pthread_getcpuclockid\(\) takes exactly 1 argument \(0 given\)"
---
import time
time.struct_time((1,2,3))
### "TypeError: time\.struct_time\(\) takes an at least 9\-sequence \(3\-sequence given\)"
---
import time
time.struct_time((1,2,3,4,5,6,7,8,9,10,11,12))
### "TypeError: time\.struct_time\(\) takes an at most 11\-sequence \(12\-sequence given\)"
---
import time
time.struct_time(5)
### "TypeError: constructor requires a sequence"
---
import time
time.struct_time((1,2,3,4,5,6,7,8,9), 5)
### "TypeError: time\.struct_time\(\) takes a dict as second arg, if any"
---
import time
time.strptime('2000', '%Y', 3)
### "TypeError: _strptime_time\(\) takes from 1 to 2 positional arguments but 3 were given"
---
import time
time.strptime(5, '%Y')
### "TypeError: strptime\(\) argument 0 must be str, not <class 'int'>"
---
import time
time.strptime('x', '%Y')
### "ValueError: time data 'x' does not match format '%Y'"
---
import time
time.strptime()
### "TypeError: _strptime_time\(\) missing 1 required positional argument: 'data_string'"
---
import time
time.strptime('1', '%d', x=1)
### "TypeError: strptime\(\) takes no keyword arguments"
---
import time
time.strptime('2000', '%Y %Q')
### "ValueError: 'Q' is a bad directive in format '%Y %Q'"
