// This file holds the module functions' docstrings.

package time

var docs = map[string]string{
	"time":             "time() -> float\n\nThe current time in seconds since the Epoch, with its fraction.",
	"time_ns":          "time_ns() -> int\n\nThe current time in nanoseconds since the Epoch.",
	"monotonic":        "monotonic() -> float\n\nA clock that never goes back, in seconds.",
	"monotonic_ns":     "monotonic_ns() -> int\n\nA clock that never goes back, in nanoseconds.",
	"perf_counter":     "perf_counter() -> float\n\nThe finest clock there is for timing code, in seconds.",
	"perf_counter_ns":  "perf_counter_ns() -> int\n\nThe finest clock there is for timing code, in nanoseconds.",
	"process_time":     "process_time() -> float\n\nThe CPU time of the process, user and system, in seconds.",
	"process_time_ns":  "process_time_ns() -> int\n\nThe CPU time of the process, user and system, in nanoseconds.",
	"thread_time":      "thread_time() -> float\n\nThe CPU time of the current thread, user and system, in seconds.",
	"thread_time_ns":   "thread_time_ns() -> int\n\nThe CPU time of the current thread, user and system, in nanoseconds.",
	"sleep":            "sleep(seconds)\n\nWait the given number of seconds, an int or a float.",
	"get_clock_info":   "get_clock_info(name: str) -> namespace\n\nDescribe the clock behind time(), monotonic(), perf_counter(),\nprocess_time() or thread_time().",
	"clock_gettime":    "clock_gettime(clk_id) -> float\n\nRead clock clk_id, in seconds.",
	"clock_gettime_ns": "clock_gettime_ns(clk_id) -> int\n\nRead clock clk_id, in nanoseconds.",
	"clock_getres":     "clock_getres(clk_id) -> float\n\nThe resolution of clock clk_id, in seconds.",
	"clock_settime":    "clock_settime(clk_id, time)\n\nSet clock clk_id to time, in seconds.",
	"clock_settime_ns": "clock_settime_ns(clk_id, time)\n\nSet clock clk_id to time, in nanoseconds.",
	"pthread_getcpuclockid": "pthread_getcpuclockid(thread_id) -> int\n\n" +
		"The id of the clock that counts a thread's CPU time.",
	"gmtime": "gmtime([seconds]) -> struct_time\n\nBreak seconds since the Epoch down in UTC; now if seconds is\n" +
		"absent or None.",
	"localtime": "localtime([seconds]) -> struct_time\n\nBreak seconds since the Epoch down in local time; now if\n" +
		"seconds is absent or None.",
	"mktime": "mktime(tuple) -> float\n\nThe seconds since the Epoch of a local time tuple, the inverse of\nlocaltime().",
	"asctime": "asctime([tuple]) -> str\n\nWrite a time tuple as 'Sat Jun  6 16:26:11 1998'; the local time now\n" +
		"without one.",
	"ctime": "ctime(seconds) -> str\n\nasctime(localtime(seconds)).",
	"strftime": "strftime(format[, tuple]) -> str\n\nFormat a time tuple (the local time now without one) with the C\n" +
		"library's % directives, such as %Y %m %d %H %M %S %z %a %A %b %B %c %I %p.",
	"strptime": "strptime(string, format) -> struct_time\n\nParse string with strftime()'s directives.",
	"tzset": "tzset()\n\nReload the local time zone from the TZ environment variable (a zone\n" +
		"name such as 'Europe/Amsterdam', or a rule such as 'EST+05EDT,M3.2.0,M11.1.0'),\n" +
		"and set timezone, altzone, daylight and tzname. Without TZ the system's\n" +
		"zone is used, and a zone that cannot be read is UTC.",
}

func init() {
	for i := range funcs {
		funcs[i].Doc = docs[funcs[i].Name]
	}
}
