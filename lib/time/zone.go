// This file is the local time zone: what glibc's tzset reads from the TZ
// environment variable (a zoneinfo file's name or path, or a POSIX rule
// such as "EST+05EDT,M3.2.0,M11.1.0"), and what localtime and mktime
// use. Go's time.Local reads TZ once, at start; time.tzset must see a TZ
// changed since, so the zone is ftpy's own, replaced by tzset.

package time

import (
	"encoding/binary"
	"os"
	"strings"
	"sync/atomic"
	"syscall"
	gotime "time"
)

// zone is a loaded local time zone.
type zone struct {
	loc *gotime.Location
	// std and dst are glibc's tzname[0] and tzname[1]: the names of the
	// zone's current rule, which %Z shows for a tm without tm_zone.
	std, dst string
	// rule says the zone is a POSIX TZ rule, which glibc applies to
	// years before 1970 as it does to 1970.
	rule bool
}

// current is the zone tzset loaded last.
var current atomic.Pointer[zone]

// localZone returns the local zone, loading it on first use.
func localZone() *zone {
	if z := current.Load(); z != nil {
		return z
	}
	z := loadZone()
	current.CompareAndSwap(nil, z)
	return current.Load()
}

// tzset reloads the local zone from TZ.
func tzset() *zone {
	z := loadZone()
	current.Store(z)
	return z
}

// utcZone is UTC under the given name: glibc's zone for an empty TZ
// ("UTC") or for one it cannot make sense of.
func utcZone(name string) *zone {
	return &zone{loc: gotime.FixedZone(name, 0), std: name, dst: name}
}

// loadZone reads TZ as glibc does: unset means /etc/localtime, empty
// means UTC; otherwise (less a leading ':') a zoneinfo file, absolute or
// under TZDIR, and failing that a POSIX TZ rule.
func loadZone() *zone {
	tz, ok := syscall.Getenv("TZ")
	if !ok {
		if z := zoneFromFile("/etc/localtime", "Local"); z != nil {
			return z
		}
		return utcZone("UTC")
	}
	if tz == "" {
		return utcZone("UTC")
	}
	tz = strings.TrimPrefix(tz, ":")
	path := tz
	if !strings.HasPrefix(tz, "/") {
		dir, ok := syscall.Getenv("TZDIR")
		if !ok || dir == "" {
			dir = "/usr/share/zoneinfo"
		}
		path = dir + "/" + tz
	}
	if tz != "" {
		if z := zoneFromFile(path, tz); z != nil {
			return z
		}
	}
	return zoneFromRule(tz)
}

// zoneFromFile loads a TZif file, or returns nil.
func zoneFromFile(path, name string) *zone {
	data, err := os.ReadFile(path)
	if err != nil || !strings.HasPrefix(string(data), "TZif") {
		return nil
	}
	loc, err := gotime.LoadLocationFromTZData(name, data)
	if err != nil {
		return nil
	}
	z := &zone{loc: loc}
	// glibc names the zone after the file's footer rule when it has one.
	if i := strings.LastIndexByte(strings.TrimSuffix(string(data), "\n"), '\n'); i >= 0 && strings.HasSuffix(string(data), "\n") {
		if r, ok := parseRule(string(data[i+1 : len(data)-1])); ok && r.std != "" {
			z.std, z.dst = r.std, r.std
			if r.dst != "" {
				z.dst = r.dst
			}
			return z
		}
	}
	// Otherwise after the zone in force now and half a year away.
	now := gotime.Now().Unix()
	z.std, z.dst = zoneNames(loc, now)
	return z
}

// zoneNames names a zone's standard and summer time from two instants
// half a year apart.
func zoneNames(loc *gotime.Location, at int64) (std, dst string) {
	n1, _ := gotime.Unix(at, 0).In(loc).Zone()
	n2, _ := gotime.Unix(at+183*secondsPerDay, 0).In(loc).Zone()
	std, dst = n1, n2
	if gotime.Unix(at, 0).In(loc).IsDST() {
		std, dst = n2, n1
	}
	return
}

// rule is a parsed POSIX TZ rule: names, offsets (seconds west of UTC)
// and the rest (",start[/time],end[/time]"), which Go's zone reader
// interprets.
type rule struct {
	std, dst       string
	stdOff, dstOff int
	hasDST         bool
	// noOffset says the rule stopped after its name: glibc then has no
	// name for summer time.
	noOffset bool
	rest     string
}

// parseRule parses the names and offsets of a POSIX TZ rule, with
// glibc's limits (hours at most 24). ok is false when there is no
// standard name of at least 3 characters; a rule whose offset is missing
// keeps its name with a zero offset, as glibc does.
func parseRule(s string) (r rule, ok bool) {
	var rest string
	r.std, rest, ok = ruleName(s)
	if !ok {
		return r, false
	}
	off, rest, ok := ruleOffset(rest)
	if !ok {
		r.noOffset = true
		return r, true
	}
	r.stdOff = off
	if rest == "" {
		return r, true
	}
	dst, rest2, ok := ruleName(rest)
	if !ok {
		return r, true
	}
	r.dst, r.hasDST = dst, true
	r.dstOff = r.stdOff - 3600
	if rest2 != "" && rest2[0] != ',' {
		off, rest3, ok := ruleOffset(rest2)
		if ok {
			r.dstOff = off
			rest2 = rest3
		}
	}
	r.rest = rest2
	return r, true
}

// ruleName reads a zone name: three or more letters, or any text in
// angle brackets.
func ruleName(s string) (name, rest string, ok bool) {
	if strings.HasPrefix(s, "<") {
		i := strings.IndexByte(s, '>')
		if i < 0 {
			return "", s, false
		}
		return s[1:i], s[i+1:], true
	}
	i := 0
	for i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z') {
		i++
	}
	if i < 3 {
		return "", s, false
	}
	return s[:i], s[i:], true
}

// ruleOffset reads [+-]hh[:mm[:ss]], seconds west of UTC.
func ruleOffset(s string) (int, string, bool) {
	sign := 1
	if s != "" && (s[0] == '+' || s[0] == '-') {
		if s[0] == '-' {
			sign = -1
		}
		s = s[1:]
	}
	var parts [3]int
	for k := 0; k < 3; k++ {
		if k > 0 {
			if s == "" || s[0] != ':' {
				break
			}
			s = s[1:]
		}
		i := 0
		n := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			if n < 1000 {
				n = n*10 + int(s[i]-'0')
			}
			i++
		}
		if i == 0 {
			if k == 0 {
				return 0, s, false
			}
			break
		}
		parts[k] = n
		s = s[i:]
	}
	h, m, sec := min(parts[0], 24), min(parts[1], 59), min(parts[2], 59)
	return sign * (h*3600 + m*60 + sec), s, true
}

// zoneFromRule makes the zone for a TZ value that names no file.
func zoneFromRule(tz string) *zone {
	r, ok := parseRule(tz)
	if !ok {
		return utcZone("")
	}
	if !r.hasDST {
		z := &zone{loc: gotime.FixedZone(r.std, -r.stdOff), std: r.std, dst: r.std}
		if r.noOffset {
			z.dst = ""
		}
		return z
	}
	// Go evaluates a POSIX rule only as the footer of zoneinfo data: make
	// a file with no transitions and the rule as its footer.
	footer := "<" + r.std + ">" + offsetText(r.stdOff) + "<" + r.dst + ">" + offsetText(r.dstOff) + r.rest
	loc, err := gotime.LoadLocationFromTZData(tz, tzifWithFooter(r.std, -r.stdOff, footer))
	if err != nil {
		return &zone{loc: gotime.FixedZone(r.std, -r.stdOff), std: r.std, dst: r.dst}
	}
	return &zone{loc: loc, std: r.std, dst: r.dst, rule: true}
}

// offsetText writes seconds west of UTC as a POSIX offset.
func offsetText(west int) string {
	sign := ""
	if west < 0 {
		sign, west = "-", -west
	}
	return sign + itoa(west/3600) + ":" + itoa(west/60%60) + ":" + itoa(west%60)
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// tzifWithFooter returns version 2 zoneinfo data with one zone type (name,
// east seconds east of UTC), no transitions, and footer as its rule.
func tzifWithFooter(name string, east int, footer string) []byte {
	header := func(typecnt, charcnt int) []byte {
		h := make([]byte, 44)
		copy(h, "TZif2")
		binary.BigEndian.PutUint32(h[36:], uint32(typecnt))
		binary.BigEndian.PutUint32(h[40:], uint32(charcnt))
		return h
	}
	var b []byte
	b = append(b, header(0, 0)...) // the empty version 1 part
	b = append(b, header(1, len(name)+1)...)
	var ttinfo [6]byte
	binary.BigEndian.PutUint32(ttinfo[:], uint32(int32(east)))
	b = append(b, ttinfo[:]...)
	b = append(b, name...)
	b = append(b, 0)
	b = append(b, '\n')
	b = append(b, footer...)
	b = append(b, '\n')
	return b
}
