// This file compiles struct format strings into layouts: the byte order,
// and each field's code, offset and size, with native alignment for '@'.

package structmodule

import (
	"math"
	"strings"
	"sync"

	"github.com/ftpy/ftpy/object"
)

// field is one code of a format: count items of size bytes from offset,
// or for 's' and 'p' one item of count bytes.
type field struct {
	code   byte
	offset int
	size   int
	count  int
}

// layout is a compiled format.
type layout struct {
	format string
	native bool // '@': native sizes and alignment
	big    bool // big-endian
	fields []field
	size   int
	nitems int // values pack takes and unpack returns
}

// nativeSize and standardSize are each code's size in '@' mode and in
// '=', '<', '>', '!' modes (0: not allowed there), on a 64-bit Unix.
var nativeSize = map[byte]int{
	'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8,
	'q': 8, 'Q': 8, 'n': 8, 'N': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1, 'P': 8,
}

var standardSize = map[byte]int{
	'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 4, 'L': 4,
	'q': 8, 'Q': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1,
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// compile parses a format, or returns the struct.error message.
func compile(format string) (*layout, string) {
	// As CPython, which reads the format as a C string.
	if strings.IndexByte(format, 0) >= 0 {
		return nil, "embedded null character"
	}
	l := &layout{format: format, native: true}
	s := format
	if len(s) > 0 {
		switch s[0] {
		case '@':
			s = s[1:]
		case '=', '<':
			l.native = false
			s = s[1:]
		case '>', '!':
			l.native, l.big = false, true
			s = s[1:]
		}
	}
	sizes := nativeSize
	if !l.native {
		sizes = standardSize
	}
	const tooLong = "total struct size too long"
	size := 0
	for i := 0; i < len(s); {
		c := s[i]
		if isSpace(c) {
			i++
			continue
		}
		num := 1
		if '0' <= c && c <= '9' {
			num = 0
			for i < len(s) && '0' <= s[i] && s[i] <= '9' {
				d := int(s[i] - '0')
				if num > (math.MaxInt64-d)/10 {
					return nil, tooLong
				}
				num = num*10 + d
				i++
			}
			if i == len(s) {
				return nil, "repeat count given without format specifier"
			}
			c = s[i]
		}
		i++
		itemSize, ok := sizes[c]
		if !ok || itemSize == 0 {
			return nil, "bad char in struct format"
		}
		if l.native && itemSize > 1 && c != 's' && c != 'p' {
			size = (size + itemSize - 1) / itemSize * itemSize
		}
		f := field{code: c, offset: size, size: itemSize, count: num}
		if num > (math.MaxInt64-size)/itemSize {
			return nil, tooLong
		}
		size += num * itemSize
		switch c {
		case 'x':
			continue // padding: no values
		case 's', 'p':
			l.nitems++
		default:
			if num == 0 {
				continue
			}
			l.nitems += num
		}
		l.fields = append(l.fields, f)
	}
	if size > math.MaxInt32*4 {
		return nil, tooLong
	}
	l.size = size
	return l, ""
}

// The compiled formats the module functions used, as CPython caches them.
var cache struct {
	sync.Mutex
	m map[string]*layout
}

const maxCache = 100

// formatArg reads a format argument (str or bytes) and compiles it,
// through the cache.
func formatArg(t *object.Thread, o *object.Object) (*layout, error) {
	var format string
	switch {
	case object.IsStr(o):
		format = object.StrValue(o)
	case object.IsBytes(o):
		format = string(object.BytesData(o))
	default:
		return nil, t.Errorf(object.TypeErrorType, "Struct() argument 1 must be a str or bytes object, not %s", o.Type().Name)
	}
	cache.Lock()
	l := cache.m[format]
	cache.Unlock()
	if l != nil {
		return l, nil
	}
	l, msg := compile(format)
	if msg != "" {
		return nil, structError.Errorf(t, "%s", msg)
	}
	cache.Lock()
	if cache.m == nil || len(cache.m) >= maxCache {
		cache.m = map[string]*layout{}
	}
	cache.m[format] = l
	cache.Unlock()
	return l, nil
}
