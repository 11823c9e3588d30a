// This file is C's strftime as glibc has it in the C locale (CPython's
// time.strftime hands its format to the C library's wcsftime): the
// POSIX and GNU conversions, the flags _ - 0 ^ #, a field width, the E
// and O modifiers, and glibc's way of copying what it does not know.

package time

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	weekdayNames = [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	monthNames   = [12]string{"January", "February", "March", "April", "May", "June", "July",
		"August", "September", "October", "November", "December"}
)

// The C locale's composite formats.
const (
	fmtDateTime = "%a %b %e %H:%M:%S %Y" // %c
	fmtDate     = "%m/%d/%y"             // %x, %D
	fmtTime     = "%H:%M:%S"             // %X, %T
	fmtTime12   = "%I:%M:%S %p"          // %r
)

// strftimeLimit is the longest result CPython takes from wcsftime for a
// format of n characters: it offers buffers of 1024, 2048, ...
// characters and gives up (returning "") once one is 256 times the
// format's length and still too small. A result needs room for its NUL.
func strftimeLimit(n int) int {
	size := 1024
	for size < 256*n {
		size *= 2
	}
	return size - 1
}

// strftime formats v. z is the local zone (for %Z of a tm without a
// zone name, and for %s). ok is false when the result would not fit
// in limit characters.
func strftime(format string, v *tm, z *zone, limit int) (string, bool) {
	f := formatter{v: v, z: z, limit: limit}
	if !f.run(format) {
		return "", false
	}
	return string(f.out), true
}

type formatter struct {
	v     *tm
	z     *zone
	out   []byte
	n     int // characters in out
	limit int

	// The directive being formatted.
	pad          byte // '_', '-', '0' or 0
	width        int  // -1 when none
	upper, lower bool
}

// charCount counts the characters of UTF-8 (or WTF-8) text.
func charCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// add appends s, padded to the field width, as glibc's add does: with
// zeros under the 0 flag, else spaces. It reports false when the
// result grows past the limit.
func (f *formatter) add(s string, changeCase bool) bool {
	n := charCount(s)
	delta := f.width - n
	if delta < 0 {
		delta = 0
	}
	if f.n+n+delta > f.limit {
		return false
	}
	fill := byte(' ')
	if f.pad == '0' {
		fill = '0'
	}
	for i := 0; i < delta; i++ {
		f.out = append(f.out, fill)
	}
	if changeCase && (f.lower || f.upper) {
		s = convertCase(s, f.lower)
	}
	f.out = append(f.out, s...)
	f.n += n + delta
	return true
}

// number appends value with at least digits digits (or the field
// width), glibc's do_number: zero-padded, or space-padded under the _
// flag (spacePad makes _ the default), unpadded under -.
func (f *formatter) number(digits int, value int64, spacePad bool) bool {
	if spacePad && f.pad != '0' && f.pad != '-' {
		f.pad = '_'
	}
	if f.width > digits {
		digits = f.width
	}
	return f.signedDigits(digits, value)
}

// signedDigits pads and appends value's digits and sign, as glibc's
// do_number_sign_and_padding does.
func (f *formatter) signedDigits(digits int, value int64) bool {
	neg := value < 0
	u := uint64(value)
	if neg {
		u = -u
	}
	s := strconv.FormatUint(u, 10)
	if neg {
		s = "-" + s
	}
	if f.pad != '-' {
		padding := digits - len(s)
		if padding > 0 {
			if f.n+padding > f.limit {
				return false
			}
			if f.pad == '_' {
				for i := 0; i < padding; i++ {
					f.out = append(f.out, ' ')
				}
				f.n += padding
				if f.width > padding {
					f.width -= padding
				} else {
					f.width = 0
				}
			} else {
				if neg {
					f.out = append(f.out, '-')
					f.n++
					s = s[1:]
				}
				for i := 0; i < padding; i++ {
					f.out = append(f.out, '0')
				}
				f.n += padding
				f.width = 0
			}
		}
	}
	return f.add(s, true)
}

// sub formats a composite directive's format, then adds the result as
// one field, upper-cased under the ^ flag.
func (f *formatter) sub(format string) bool {
	inner := formatter{v: f.v, z: f.z, limit: f.limit - f.n}
	if !inner.run(format) {
		return false
	}
	return f.add(string(inner.out), true)
}

// run formats format into f.out.
func (f *formatter) run(format string) bool {
	v := f.v
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			if f.n+1 > f.limit {
				return false
			}
			f.out = append(f.out, c)
			if c&0xC0 != 0x80 {
				f.n++
			}
			continue
		}
		start := i
		f.pad, f.width, f.upper, f.lower = 0, -1, false, false
		changeCase := false
	flags:
		for i++; i < len(format); i++ {
			switch format[i] {
			case '_', '-', '0':
				f.pad = format[i]
			case '^':
				f.upper = true
			case '#':
				changeCase = true
			default:
				break flags
			}
		}
		if i < len(format) && format[i] >= '0' && format[i] <= '9' {
			w := 0
			for ; i < len(format) && format[i] >= '0' && format[i] <= '9'; i++ {
				d := int(format[i] - '0')
				if w > (math.MaxInt32-d)/10 {
					w = math.MaxInt32
				} else {
					w = w*10 + d
				}
			}
			f.width = w
		}
		var modifier byte
		if i < len(format) && (format[i] == 'E' || format[i] == 'O') {
			modifier = format[i]
			i++
		}
		var conv byte
		if i < len(format) {
			conv = format[i]
		}
		ok := true
		bad := false
		switch conv {
		case '%':
			ok = f.add("%", true)
		case 'a', 'A':
			if modifier != 0 {
				bad = true
				break
			}
			if changeCase {
				f.upper, f.lower = true, false
			}
			name := weekdayNames[v.wday%7]
			if conv == 'a' {
				name = name[:3]
			}
			ok = f.add(name, true)
		case 'b', 'h', 'B':
			if modifier == 'E' {
				bad = true
				break
			}
			if changeCase {
				f.upper, f.lower = true, false
			}
			name := monthNames[v.mon%12]
			if conv != 'B' {
				name = name[:3]
			}
			ok = f.add(name, true)
		case 'c':
			if modifier == 'O' {
				bad = true
				break
			}
			ok = f.sub(fmtDateTime)
		case 'x':
			if modifier == 'O' {
				bad = true
				break
			}
			ok = f.sub(fmtDate)
		case 'X':
			if modifier == 'O' {
				bad = true
				break
			}
			ok = f.sub(fmtTime)
		case 'D':
			if modifier != 0 {
				bad = true
				break
			}
			ok = f.sub(fmtDate)
		case 'F':
			if modifier != 0 {
				bad = true
				break
			}
			ok = f.sub("%Y-%m-%d")
		case 'r':
			ok = f.sub(fmtTime12)
		case 'R':
			ok = f.sub("%H:%M")
		case 'T':
			ok = f.sub(fmtTime)
		case 'C':
			year := v.year + 1900
			c := year / 100
			if year%100 < 0 {
				c--
			}
			ok = f.number(1, c, false)
		case 'y':
			ok = f.number(2, (v.year%100+100)%100, false)
		case 'Y':
			if modifier == 'O' {
				bad = true
				break
			}
			ok = f.number(1, v.year+1900, false)
		case 'd', 'e', 'H', 'I', 'j', 'k', 'l', 'm', 'M', 'S', 'U', 'W', 'w', 'V', 'g', 'G':
			if modifier == 'E' {
				bad = true
				break
			}
			ok = f.numeric(conv)
		case 'u':
			ok = f.number(1, (v.wday-1+7)%7+1, false)
		case 'n':
			ok = f.add("\n", true)
		case 't':
			ok = f.add("\t", true)
		case 'P':
			f.lower = true
			fallthrough
		case 'p':
			if changeCase {
				f.upper, f.lower = false, true
			}
			s := "AM"
			if v.hour > 11 {
				s = "PM"
			}
			ok = f.add(s, true)
		case 's':
			w := *v
			secs, _ := f.z.mktime(&w)
			// One digit asked for: a width pads with spaces, as glibc's does.
			ok = f.signedDigits(1, secs)
		case 'z':
			if v.isdst < 0 {
				break
			}
			diff := v.gmtoff
			sign := "+"
			if diff < 0 {
				sign, diff = "-", -diff
			}
			if !f.add(sign, true) {
				return false
			}
			diff /= 60
			ok = f.number(4, diff/60*100+diff%60, false)
		case 'Z':
			if changeCase {
				f.upper, f.lower = false, true
			}
			name := v.zone
			if !(v.hasZone && name != "") && v.isdst >= 0 {
				name = f.z.std
				if v.isdst > 0 {
					name = f.z.dst
				}
			}
			ok = f.add(name, true)
		default:
			bad = true
		}
		if bad {
			// Copy the directive as written, from its % to here (glibc
			// backs up over the end of the format).
			end := i
			if end >= len(format) {
				end = len(format) - 1
			}
			end += runeLen(format[end])
			if end > len(format) {
				end = len(format)
			}
			ok = f.add(format[start:end], true)
			i = end - 1
		}
		if !ok {
			return false
		}
	}
	return true
}

// numeric formats the plain numeric conversions.
func (f *formatter) numeric(conv byte) bool {
	v := f.v
	hour12 := v.hour % 12
	if hour12 == 0 {
		hour12 = 12
	}
	switch conv {
	case 'd':
		return f.number(2, v.mday, false)
	case 'e':
		return f.number(2, v.mday, true)
	case 'H':
		return f.number(2, v.hour, false)
	case 'I':
		return f.number(2, hour12, false)
	case 'j':
		return f.number(3, v.yday+1, false)
	case 'k':
		return f.number(2, v.hour, true)
	case 'l':
		return f.number(2, hour12, true)
	case 'm':
		return f.number(2, v.mon+1, false)
	case 'M':
		return f.number(2, v.min, false)
	case 'S':
		return f.number(2, v.sec, false)
	case 'U':
		return f.number(2, (v.yday-v.wday+7)/7, false)
	case 'W':
		return f.number(2, (v.yday-(v.wday-1+7)%7+7)/7, false)
	case 'w':
		return f.number(1, v.wday, false)
	}
	// ISO 8601 week-based year and week: V, g, G.
	year := v.year + 1900
	days := isoWeekDays(v.yday, v.wday)
	if days < 0 {
		year--
		days = isoWeekDays(v.yday+365+leapDays(year), v.wday)
	} else if d := isoWeekDays(v.yday-(365+leapDays(year)), v.wday); d >= 0 {
		year++
		days = d
	}
	switch conv {
	case 'g':
		return f.number(2, (year%100+100)%100, false)
	case 'G':
		return f.number(1, year, false)
	}
	return f.number(2, days/7+1, false)
}

// isoWeekDays returns the day of the ISO week-based year for a day of
// the year and weekday (which may be negative: the day falls in the
// previous year's last week).
func isoWeekDays(yday, wday int64) int64 {
	const bigEnoughMultipleOf7 = (366/7 + 2) * 7
	return yday - (yday-wday+4+bigEnoughMultipleOf7)%7 + 4 - 1
}

func leapDays(year int64) int64 {
	if isLeap(year) {
		return 1
	}
	return 0
}

// runeLen is the length of the UTF-8 sequence led by b.
func runeLen(b byte) int {
	switch {
	case b >= 0xF0:
		return 4
	case b >= 0xE0:
		return 3
	case b >= 0xC0:
		return 2
	}
	return 1
}

// convertCase lower- or upper-cases text as towlower and towupper do,
// leaving lone surrogates (three bytes each in str text) alone.
func convertCase(s string, lower bool) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError {
			b.WriteString(s[i : i+size])
		} else if lower {
			b.WriteRune(unicode.ToLower(r))
		} else {
			b.WriteRune(unicode.ToUpper(r))
		}
		i += size
	}
	return b.String()
}
