package socket

import (
	"encoding/binary"
	"github.com/ftpy/ftpy/lib/internal/intarg"
	"net/netip"
	"strconv"
	"strings"

	"github.com/ftpy/ftpy/object"
	"golang.org/x/sys/unix"
)

// This file holds the address text conversions: inet_aton, inet_ntoa,
// inet_pton, inet_ntop, and the byte-order functions.

// parseAton parses an IPv4 address as inet_aton(3) does: one to four
// parts, each decimal, octal (leading 0) or hex (0x), the last filling
// the remaining bytes; anything after a space is ignored.
func parseAton(s string) ([]byte, bool) {
	if i := strings.IndexAny(s, " \t\n\v\f\r"); i >= 0 {
		if i == 0 {
			return nil, false
		}
		s = s[:i]
	}
	parts := strings.Split(s, ".")
	if len(parts) > 4 {
		return nil, false
	}
	vals := make([]uint64, len(parts))
	for i, p := range parts {
		base := 10
		switch {
		case strings.HasPrefix(p, "0x") || strings.HasPrefix(p, "0X"):
			base, p = 16, p[2:]
			if p == "" {
				p = "0" // "0x" is 0, as glibc reads it
			}
		case len(p) > 1 && p[0] == '0':
			base, p = 8, p[1:]
		}
		if p == "" || p[0] == '+' || p[0] == '-' {
			return nil, false
		}
		v, err := strconv.ParseUint(p, base, 32)
		if err != nil {
			return nil, false
		}
		vals[i] = v
	}
	var addr uint64
	last := len(vals) - 1
	for i, v := range vals[:last] {
		if v > 0xff {
			return nil, false
		}
		addr |= v << (24 - 8*uint(i))
	}
	if vals[last] >= 1<<(32-8*uint(last)) {
		return nil, false
	}
	addr |= vals[last]
	out := make([]byte, 4)
	binary.BigEndian.PutUint32(out, uint32(addr))
	return out, true
}

// parsePton4 is inet_pton's strict dotted quad.
func parsePton4(s string) ([]byte, bool) {
	a, err := netip.ParseAddr(s)
	if err != nil || !a.Is4() {
		return nil, false
	}
	b := a.As4()
	return b[:], true
}

func parsePton6(s string) ([]byte, bool) {
	if strings.Contains(s, "%") {
		return nil, false
	}
	a, err := netip.ParseAddr(s)
	if err != nil || !a.Is6() {
		return nil, false
	}
	b := a.As16()
	return b[:], true
}

func ntoa4(b []byte) string {
	return strconv.Itoa(int(b[0])) + "." + strconv.Itoa(int(b[1])) + "." + strconv.Itoa(int(b[2])) + "." + strconv.Itoa(int(b[3]))
}

// ntop6 writes an IPv6 address as glibc's inet_ntop: an IPv4-mapped or
// IPv4-compatible address ends in dotted form.
func ntop6(b []byte) string {
	var w [8]int
	for i := range w {
		w[i] = int(b[2*i])<<8 | int(b[2*i+1])
	}
	// The longest run of two or more zero words (the first of equals)
	// is written as "::".
	best, bestLen := -1, 0
	for i := 0; i < 8; {
		if w[i] != 0 {
			i++
			continue
		}
		j := i
		for j < 8 && w[j] == 0 {
			j++
		}
		if j-i > bestLen {
			best, bestLen = i, j-i
		}
		i = j
	}
	if bestLen < 2 {
		best = -1
	}
	var sb strings.Builder
	for i := 0; i < 8; i++ {
		if i == best {
			sb.WriteString("::")
			i += bestLen - 1
			continue
		}
		if i > 0 && i != best+bestLen {
			sb.WriteByte(':')
		}
		if i == 6 && best == 0 && (bestLen == 6 || bestLen == 5 && w[5] == 0xffff) {
			sb.WriteString(ntoa4(b[12:16]))
			break
		}
		sb.WriteString(strconv.FormatInt(int64(w[i]), 16))
	}
	return sb.String()
}

func strArg(t *object.Thread, fname string, n int, o *object.Object) (string, error) {
	if !object.IsStr(o) {
		return "", t.Errorf(object.TypeErrorType, "%s() argument %d must be str, not %s", fname, n, o.Type().Name)
	}
	return object.StrValue(o), nil
}

func inetAton(t *object.Thread, _ *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := posArgs(t, "inet_aton", a, kw, 1, 1); err != nil {
		return nil, err
	}
	s, err := strArg(t, "inet_aton", 1, a[0])
	if err != nil {
		return nil, err
	}
	b, ok := parseAton(s)
	if !ok {
		return nil, t.Errorf(object.OSErrorType, "illegal IP address string passed to inet_aton")
	}
	return object.NewBytes(t, b), nil
}

func inetNtoa(t *object.Thread, _ *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := posArgs(t, "inet_ntoa", a, kw, 1, 1); err != nil {
		return nil, err
	}
	b, release, err := object.BytesLike(t, a[0])
	if err != nil {
		return nil, err
	}
	defer release()
	if len(b) != 4 {
		return nil, t.Errorf(object.OSErrorType, "packed IP wrong length for inet_ntoa")
	}
	return object.NewStr(t, ntoa4(b)), nil
}

func familyArg(t *object.Thread, o *object.Object) (int, error) { return intarg.CInt(t, o) }

func inetPton(t *object.Thread, _ *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := posArgs(t, "inet_pton", a, kw, 2, 2); err != nil {
		return nil, err
	}
	family, err := familyArg(t, a[0])
	if err != nil {
		return nil, err
	}
	s, err := strArg(t, "inet_pton", 2, a[1])
	if err != nil {
		return nil, err
	}
	var b []byte
	var ok bool
	switch family {
	case unix.AF_INET:
		b, ok = parsePton4(s)
	case unix.AF_INET6:
		b, ok = parsePton6(s)
	default:
		return nil, object.OSErrorFromGo(t, unix.EAFNOSUPPORT)
	}
	if !ok {
		return nil, t.Errorf(object.OSErrorType, "illegal IP address string passed to inet_pton")
	}
	return object.NewBytes(t, b), nil
}

func inetNtop(t *object.Thread, _ *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := posArgs(t, "inet_ntop", a, kw, 2, 2); err != nil {
		return nil, err
	}
	family, err := familyArg(t, a[0])
	if err != nil {
		return nil, err
	}
	b, release, err := object.BytesLike(t, a[1])
	if err != nil {
		return nil, err
	}
	defer release()
	switch family {
	case unix.AF_INET:
		if len(b) != 4 {
			return nil, t.Errorf(object.ValueErrorType, "invalid length of packed IP address string")
		}
		return object.NewStr(t, ntoa4(b)), nil
	case unix.AF_INET6:
		if len(b) != 16 {
			return nil, t.Errorf(object.ValueErrorType, "invalid length of packed IP address string")
		}
		return object.NewStr(t, ntop6(b)), nil
	}
	return nil, t.Errorf(object.ValueErrorType, "unknown address family %d", family)
}

// byteSwap16 is htons and ntohs, which are the same swap.
func byteSwap16(name string) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, _ *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := posArgs(t, name, a, kw, 1, 1); err != nil {
			return nil, err
		}
		v, err := object.AsInt64(t, a[0])
		if err != nil && !object.ErrorMatches(err, object.OverflowErrorType) {
			return nil, err
		}
		if err != nil || v > 0xffff {
			if err != nil {
				t.DropError(err)
			}
			if isNegative(t, a[0]) {
				return nil, t.Errorf(object.OverflowErrorType, "%s: can't convert negative Python int to C 16-bit unsigned integer", name)
			}
			return nil, t.Errorf(object.OverflowErrorType, "%s: Python int too large to convert to C 16-bit unsigned integer", name)
		}
		if v < 0 {
			return nil, t.Errorf(object.OverflowErrorType, "%s: can't convert negative Python int to C 16-bit unsigned integer", name)
		}
		u := uint16(v)
		return object.NewInt(t, int64(u>>8|u<<8)), nil
	}}
}

// byteSwap32 is htonl and ntohl.
func byteSwap32(name string) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, _ *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := posArgs(t, name, a, kw, 1, 1); err != nil {
			return nil, err
		}
		if !object.IsInt(a[0]) {
			return nil, t.Errorf(object.TypeErrorType, "expected int, %s found", a[0].Type().Name)
		}
		v, err := object.AsInt64(t, a[0])
		if err != nil && !object.ErrorMatches(err, object.OverflowErrorType) {
			return nil, err
		}
		if err != nil || v > 0xffffffff {
			if err != nil {
				t.DropError(err)
			}
			if isNegative(t, a[0]) {
				return nil, t.Errorf(object.OverflowErrorType, "can't convert negative value to unsigned int")
			}
			return nil, t.Errorf(object.OverflowErrorType, "int larger than 32 bits")
		}
		if v < 0 {
			return nil, t.Errorf(object.OverflowErrorType, "can't convert negative value to unsigned int")
		}
		var b [4]byte
		binary.BigEndian.PutUint32(b[:], uint32(v))
		return object.NewInt(t, int64(binary.LittleEndian.Uint32(b[:]))), nil
	}}
}

func isNegative(t *object.Thread, o *object.Object) bool {
	neg, err := object.RichCompareBool(t, o, object.SmallInt(0), object.LT)
	if err != nil {
		t.DropError(err)
		return false
	}
	return neg
}
