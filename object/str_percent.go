// This file implements printf-style formatting, str % args (CPython's
// PyUnicode_Format): conversions s r a c d i u o x X e E f F g G and %%,
// the flags -+ #0, width, precision, * and %(key) mapping lookups.

package object

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// pctSpec is one parsed conversion.
type pctSpec struct {
	left, plus, space, alt, zero bool
	width, prec                  int // prec < 0: none
	conv                         byte
}

// pctState walks the arguments of a % operation.
type pctState struct {
	items []*Object // borrowed
	idx   int
	dict  *Object // the mapping, when the right operand is one
	owned *Object // a value looked up by key, owned
}

func (st *pctState) next(t *Thread) (*Object, error) {
	if st.idx < len(st.items) {
		v := st.items[st.idx]
		st.idx++
		return v, nil
	}
	return nil, t.Errorf(TypeErrorType, "not enough arguments for format string")
}

func (st *pctState) release(t *Thread) {
	if st.owned != nil {
		t.Decref(st.owned)
		st.owned = nil
	}
}

// isMappingArg reports whether the right operand of % is a mapping
// (PyMapping_Check, excluding tuples and strs).
func isMappingArg(o *Object) bool {
	if IsTuple(o) || IsStr(o) {
		return false
	}
	return IsDict(o) || o.typ.GetItem != nil
}

// StrPercentFormat returns format % args.
func StrPercentFormat(t *Thread, format, args *Object) (*Object, error) {
	fs := AsStr(format)
	var buf [128]byte // most results fit: no allocation but the string's
	out, ascii, err := percentFormat(t, buf[:0], fs.s, args, fs)
	if err != nil {
		return nil, err
	}
	if ascii && fs.ascii {
		return newStrASCII(t, string(out)), nil
	}
	return NewStr(t, string(out)), nil
}

// BytesPercentFormat returns format % args for a bytes or bytearray
// format, of the format's kind.
func BytesPercentFormat(t *Thread, format, args *Object) (*Object, error) {
	if IsByteArray(format) {
		out, _, err := percentFormat(t, nil, string(Cast[ByteArray](format).snapshot()), args, nil)
		if err != nil {
			return nil, err
		}
		return newByteArrayOwned(t, out), nil
	}
	f := Cast[Bytes](format).b
	out, _, err := percentFormat(t, nil, string(f), args, nil)
	if err != nil {
		return nil, err
	}
	return NewBytes(t, out), nil
}

// percentFormat renders f % args, for a str format fs (f is its UTF-8)
// or, when fs is nil, for a bytes format, appending to dst. ascii
// reports whether every inserted piece was ASCII.
func percentFormat(t *Thread, dst []byte, f string, args *Object, fs *Str) (out []byte, ascii bool, err error) {
	isBytes := fs == nil
	// index is the position errors report for byte offset i: code points
	// in a str, bytes in a bytes.
	index := func(i int) int {
		if isBytes {
			return i
		}
		return fs.cpIndex(i)
	}
	st := &pctState{}
	defer st.release(t)
	if IsTuple(args) {
		st.items = AsTuple(args).Items
	} else {
		st.items = []*Object{args}
	}
	if isMappingArg(args) {
		st.dict = args
	}
	out = dst
	ascii = true
	// tooLarge is the MemoryError of a piece whose width or precision
	// cannot be allocated. CPython raises it when it allocates the
	// padded piece, after the argument's own checks, so the piece is
	// made unpadded and the error raised before the next one.
	var tooLarge error
	for i := 0; i < len(f); {
		if tooLarge != nil {
			return nil, false, tooLarge
		}
		j := strings.IndexByte(f[i:], '%')
		if j < 0 {
			out = append(out, f[i:]...)
			break
		}
		out = append(out, f[i:i+j]...)
		i += j + 1
		if i >= len(f) {
			return nil, false, t.Errorf(ValueErrorType, "incomplete format")
		}
		if f[i] == '%' {
			out = append(out, '%')
			i++
			continue
		}
		sp := pctSpec{prec: -1}
		// Mapping key.
		if f[i] == '(' {
			if st.dict == nil {
				return nil, false, t.Errorf(TypeErrorType, "format requires a mapping")
			}
			depth := 1
			k := i + 1
			for k < len(f) && depth > 0 {
				switch f[k] {
				case '(':
					depth++
				case ')':
					depth--
				}
				k++
			}
			if depth > 0 {
				return nil, false, t.Errorf(ValueErrorType, "incomplete format key")
			}
			var key *Object
			if isBytes {
				key = NewBytes(t, []byte(f[i+1:k-1]))
			} else {
				key = NewStr(t, f[i+1:k-1])
			}
			v, err := mappingLookup(t, st.dict, key)
			t.Decref(key)
			if err != nil {
				return nil, false, err
			}
			st.release(t)
			st.owned = v
			st.items = []*Object{v}
			st.idx = 0
			i = k
		}
		// Flags.
	flags:
		for i < len(f) {
			switch f[i] {
			case '-':
				sp.left = true
			case '+':
				sp.plus = true
			case ' ':
				sp.space = true
			case '#':
				sp.alt = true
			case '0':
				sp.zero = true
			default:
				break flags
			}
			i++
		}
		// Width.
		if i < len(f) && f[i] == '*' {
			v, err := st.next(t)
			if err != nil {
				return nil, false, err
			}
			if !IsInt(v) {
				return nil, false, t.Errorf(TypeErrorType, "* wants int")
			}
			w, err := AsInt64(t, v)
			if err != nil {
				return nil, false, err
			}
			if w < 0 {
				sp.left = true
				if w == math.MinInt64 {
					w = 0 // CPython negates it to itself: no padding
				} else {
					w = -w
				}
			}
			sp.width = int(w)
			i++
		} else {
			// Like CPython, any width that fits a Py_ssize_t parses; a
			// width too large to allocate raises MemoryError later.
			for i < len(f) && f[i] >= '0' && f[i] <= '9' {
				d := int(f[i] - '0')
				if sp.width > (math.MaxInt64-d)/10 {
					return nil, false, t.Errorf(ValueErrorType, "width too big")
				}
				sp.width = sp.width*10 + d
				i++
			}
		}
		// Precision.
		if i < len(f) && f[i] == '.' {
			i++
			sp.prec = 0
			if i < len(f) && f[i] == '*' {
				v, err := st.next(t)
				if err != nil {
					return nil, false, err
				}
				if !IsInt(v) {
					return nil, false, t.Errorf(TypeErrorType, "* wants int")
				}
				p, err := AsInt64(t, v)
				if err == nil && (p < math.MinInt32 || p > math.MaxInt32) {
					err = t.Errorf(OverflowErrorType, "Python int too large to convert to C int")
				} else if err != nil && ErrorMatches(err, OverflowErrorType) {
					t.DropError(err)
					err = t.Errorf(OverflowErrorType, "Python int too large to convert to C int")
				}
				if err != nil {
					return nil, false, err
				}
				sp.prec = int(max(p, 0))
				i++
			} else {
				for i < len(f) && f[i] >= '0' && f[i] <= '9' {
					sp.prec = sp.prec*10 + int(f[i]-'0')
					if sp.prec > math.MaxInt32 {
						return nil, false, t.Errorf(ValueErrorType, "precision too big")
					}
					i++
				}
			}
		}
		// Length modifiers are accepted and ignored.
		for i < len(f) && (f[i] == 'h' || f[i] == 'l' || f[i] == 'L') {
			i++
		}
		if i >= len(f) {
			return nil, false, t.Errorf(ValueErrorType, "incomplete format")
		}
		v, err := st.next(t)
		if err != nil {
			return nil, false, err
		}
		c := f[i]
		if c >= 0x80 && !isBytes {
			r, _ := utf8.DecodeRuneInString(f[i:])
			return nil, false, t.Errorf(ValueErrorType, "unsupported format character '?' (0x%x) at index %d", r, index(i))
		}
		sp.conv = c
		// The piece takes at least width bytes, and a number's digits
		// at least its precision.
		need := int64(sp.width)
		if sp.prec > 0 && strings.IndexByte("diouxXeEfFgG", c) >= 0 {
			need = max(need, int64(sp.prec))
		}
		if err := t.CheckAlloc(need); err != nil {
			tooLarge = err
			sp.width = 0
			if sp.prec > 0 {
				sp.prec = 0
			}
		}
		if isBytes {
			if piece, n, done, err := bytesPercentPiece(t, v, c, &sp); done || err != nil {
				if err != nil {
					return nil, false, err
				}
				if err := sp.widthTooLarge(t); err != nil {
					return nil, false, err
				}
				out = pctPad(out, piece, n, sp.width, sp.left)
				i++
				continue
			}
		}
		var piece string
		pieceASCII := true
		switch c {
		case 's', 'r', 'a':
			var r *Object
			switch c {
			case 's':
				r, err = StrOf(t, v)
			case 'r':
				r, err = Repr(t, v)
			default:
				r, err = ASCIIRepr(t, v)
			}
			if err != nil {
				return nil, false, err
			}
			rs := AsStr(r)
			piece, pieceASCII = rs.s, rs.ascii
			n := rs.n
			if sp.prec >= 0 && sp.prec < n {
				piece = piece[:rs.byteOffset(sp.prec)]
				n = sp.prec
			}
			t.Decref(r)
			if err := sp.widthTooLarge(t); err != nil {
				return nil, false, err
			}
			out = pctPad(out, piece, n, sp.width, sp.left)
			ascii = ascii && pieceASCII
			i++
			continue
		case 'c':
			var ch rune
			switch {
			case IsStr(v) && AsStr(v).n == 1:
				ch, _ = utf8.DecodeRuneInString(StrValue(v))
			case IsInt(v) || (v.typ.Number != nil && v.typ.Number.Index != nil && !IsStr(v)):
				n, err := AsInt64(t, v)
				if err != nil {
					if !ErrorMatches(err, OverflowErrorType) {
						return nil, false, err
					}
					t.DropError(err)
					n = -1
				}
				if n < 0 || n > 0x10ffff {
					return nil, false, t.Errorf(OverflowErrorType, "%%c arg not in range(0x110000)")
				}
				ch = rune(n)
			default:
				return nil, false, t.Errorf(TypeErrorType, "%%c requires int or char")
			}
			if err := sp.widthTooLarge(t); err != nil {
				return nil, false, err
			}
			out = pctPad(out, string(ch), 1, sp.width, sp.left)
			ascii = ascii && ch < 0x80
			i++
			continue
		case 'd', 'i', 'u', 'o', 'x', 'X':
			n, err := pctInteger(t, v, c)
			if err != nil {
				return nil, false, err
			}
			if n.big != nil && (c == 'd' || c == 'i' || c == 'u') {
				if err := checkDecimalDigits(t, n.big); err != nil {
					return nil, false, err
				}
			}
			piece = pctFormatInt(n, &sp)
		case 'e', 'E', 'f', 'F', 'g', 'G':
			x, err := pctFloat(t, v)
			if err != nil {
				return nil, false, err
			}
			piece = pctFormatFloat(x, &sp)
		default:
			r, _ := utf8.DecodeRuneInString(f[i:])
			if isBytes {
				r = rune(c)
			}
			shown := byte('?')
			if c >= 32 && c <= 126 {
				shown = c
			}
			return nil, false, t.Errorf(ValueErrorType, "unsupported format character '%c' (0x%x) at index %d", shown, r, index(i))
		}
		if err := sp.widthTooLarge(t); err != nil {
			return nil, false, err
		}
		out = pctPadNumber(out, piece, &sp)
		i++
	}
	if tooLarge != nil {
		return nil, false, tooLarge
	}
	if st.idx < len(st.items) && st.dict == nil {
		what := "string"
		if isBytes {
			what = "bytes"
		}
		return nil, false, t.Errorf(TypeErrorType, "not all arguments converted during %s formatting", what)
	}
	return out, ascii, nil
}

// bytesPercentPiece renders the conversions that differ for bytes: %s and
// %b take bytes (or __bytes__), %r and %a give ascii(), %c takes a byte.
// done is false for the numeric conversions, which str and bytes share.
func bytesPercentPiece(t *Thread, v *Object, c byte, sp *pctSpec) (piece string, n int, done bool, err error) {
	switch c {
	case 's', 'b':
		b, ok, err := percentBytesArg(t, v)
		if err != nil {
			return "", 0, true, err
		}
		if !ok {
			return "", 0, true, t.Errorf(TypeErrorType, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", v.typ.Name)
		}
		if sp.prec >= 0 && sp.prec < len(b) {
			b = b[:sp.prec]
		}
		return string(b), len(b), true, nil
	case 'r', 'a':
		r, err := ASCIIRepr(t, v)
		if err != nil {
			return "", 0, true, err
		}
		s := StrValue(r)
		t.Decref(r)
		if sp.prec >= 0 && sp.prec < len(s) {
			s = s[:sp.prec]
		}
		return s, len(s), true, nil
	case 'c':
		if IsBytes(v) || IsByteArray(v) {
			if b, _ := BytesLikeCopy(t, v); len(b) == 1 {
				return string(b), 1, true, nil
			}
		} else if IsInt(v) {
			x, err := AsInt64(t, v)
			if err != nil || x < 0 || x > 255 {
				if err != nil {
					if !ErrorMatches(err, OverflowErrorType) {
						return "", 0, true, err
					}
					t.DropError(err)
				}
				return "", 0, true, t.Errorf(OverflowErrorType, "%%c arg not in range(256)")
			}
			return string([]byte{byte(x)}), 1, true, nil
		}
		return "", 0, true, t.Errorf(TypeErrorType, "%%c requires an integer in range(256) or a single byte")
	}
	return "", 0, false, nil
}

// percentBytesArg returns the contents of a bytes object, or of what its
// __bytes__ method returns; ok is false for objects with neither.
func percentBytesArg(t *Thread, v *Object) (b []byte, ok bool, err error) {
	if IsBytes(v) {
		return bytesOf(v), true, nil
	}
	if CheckBuffer(v) {
		b, err := BytesLikeCopy(t, v)
		return b, err == nil, err
	}
	return dunderBytes(t, v)
}

// dunderBytes returns what v.__bytes__() returns; ok is false when v's
// type has no __bytes__.
func dunderBytes(t *Thread, v *Object) (b []byte, ok bool, err error) {
	switch t.LookupType(v.typ, Intern("__bytes__")) {
	case nil:
		return nil, false, nil
	case None:
		return nil, false, t.Errorf(TypeErrorType, "'NoneType' object is not callable")
	}
	m, err := GetAttrString(t, v, "__bytes__")
	if err != nil {
		return nil, false, err
	}
	r, err := Call(t, m, nil, nil)
	t.Decref(m)
	if err != nil {
		return nil, false, err
	}
	defer t.Decref(r)
	if !IsBytes(r) {
		return nil, false, t.Errorf(TypeErrorType, "__bytes__ returned non-bytes (type %s)", r.typ.Name)
	}
	return BytesValue(r), true, nil
}

// widthTooLarge returns MemoryError for a width past maxFormatWidth,
// raised where CPython would fail to allocate the padded result: after
// the argument's checks.
func (sp *pctSpec) widthTooLarge(t *Thread) error {
	if sp.width > maxFormatWidth {
		return t.NewException(MemoryErrorType)
	}
	return nil
}

// pctPad appends s (n code points) padded with spaces to width.
func pctPad(out []byte, s string, n, width int, left bool) []byte {
	if !left {
		for k := n; k < width; k++ {
			out = append(out, ' ')
		}
	}
	out = append(out, s...)
	if left {
		for k := n; k < width; k++ {
			out = append(out, ' ')
		}
	}
	return out
}

// pctPadNumber appends a formatted number, zero padding after its sign
// and 0x/0o prefix when the 0 flag is given.
func pctPadNumber(out []byte, s string, sp *pctSpec) []byte {
	if len(s) >= sp.width {
		return append(out, s...)
	}
	if sp.left {
		return pctPad(out, s, len(s), sp.width, true)
	}
	if !sp.zero {
		return pctPad(out, s, len(s), sp.width, false)
	}
	k := 0
	if k < len(s) && (s[k] == '-' || s[k] == '+' || s[k] == ' ') {
		k++
	}
	if sp.alt && (sp.conv == 'x' || sp.conv == 'X' || sp.conv == 'o') && k+1 < len(s) && s[k] == '0' {
		k += 2
	}
	out = append(out, s[:k]...)
	for n := len(s); n < sp.width; n++ {
		out = append(out, '0')
	}
	return append(out, s[k:]...)
}

// pctInteger converts the argument of an integer conversion to a
// *big.Int or int64 holder.
func pctInteger(t *Thread, v *Object, conv byte) (pctInt, error) {
	if IsInt(v) {
		return pctIntOf(AsInt(v)), nil
	}
	num := v.typ.Number
	if conv == 'd' || conv == 'i' || conv == 'u' {
		if IsFloat(v) {
			x := FloatValue(v)
			if math.IsInf(x, 0) {
				return pctInt{}, t.Errorf(OverflowErrorType, "cannot convert float infinity to integer")
			}
			if math.IsNaN(x) {
				return pctInt{}, t.Errorf(ValueErrorType, "cannot convert float NaN to integer")
			}
			x = math.Trunc(x)
			if x >= -(1<<63) && x < 1<<63 {
				return pctInt{small: int64(x)}, nil
			}
			b, _ := new(big.Float).SetFloat64(x).Int(nil)
			return pctInt{big: b}, nil
		}
		if num != nil && (num.Index != nil || num.Int != nil) {
			f := num.Int
			if f == nil {
				f = num.Index
			}
			r, err := f(t, v)
			if err != nil {
				return pctInt{}, err
			}
			defer t.Decref(r)
			if !IsInt(r) {
				return pctInt{}, t.Errorf(TypeErrorType, "__int__ returned non-int (type %s)", r.typ.Name)
			}
			return pctIntOf(AsInt(r)), nil
		}
		return pctInt{}, t.Errorf(TypeErrorType, "%%%c format: a real number is required, not %s", conv, v.typ.Name)
	}
	if num != nil && num.Index != nil {
		r, err := num.Index(t, v)
		if err != nil {
			return pctInt{}, err
		}
		defer t.Decref(r)
		return pctIntOf(AsInt(r)), nil
	}
	return pctInt{}, t.Errorf(TypeErrorType, "%%%c format: an integer is required, not %s", conv, v.typ.Name)
}

// pctInt is an integer value, small or big.
type pctInt struct {
	small int64
	big   *big.Int
}

func pctIntOf(i *Int) pctInt {
	if v, ok := i.Int64(); ok {
		return pctInt{small: v}
	}
	return pctInt{big: i.Big()}
}

// pctFormatInt renders an integer conversion, without width padding.
func pctFormatInt(n pctInt, sp *pctSpec) string {
	base := 10
	switch sp.conv {
	case 'o':
		base = 8
	case 'x', 'X':
		base = 16
	}
	var digits string
	neg := false
	if n.big != nil {
		neg = n.big.Sign() < 0
		digits = new(big.Int).Abs(n.big).Text(base)
	} else {
		neg = n.small < 0
		u := uint64(n.small)
		if neg {
			u = -u
		}
		digits = strconv.FormatUint(u, base)
	}
	if sp.conv == 'X' {
		digits = strings.ToUpper(digits)
	}
	var b strings.Builder
	switch {
	case neg:
		b.WriteByte('-')
	case sp.plus:
		b.WriteByte('+')
	case sp.space:
		b.WriteByte(' ')
	}
	if sp.alt {
		switch sp.conv {
		case 'o':
			b.WriteString("0o")
		case 'x':
			b.WriteString("0x")
		case 'X':
			b.WriteString("0X")
		}
	}
	for k := len(digits); k < sp.prec; k++ {
		b.WriteByte('0')
	}
	b.WriteString(digits)
	return b.String()
}

// pctFloat converts the argument of a float conversion.
func pctFloat(t *Thread, v *Object) (float64, error) {
	if IsFloat(v) {
		return FloatValue(v), nil
	}
	if IsInt(v) {
		i := AsInt(v)
		if x, ok := i.Int64(); ok {
			return float64(x), nil
		}
		f, _ := new(big.Float).SetInt(i.big).Float64()
		if math.IsInf(f, 0) {
			return 0, t.Errorf(OverflowErrorType, "int too large to convert to float")
		}
		return f, nil
	}
	if num := v.typ.Number; num != nil && (num.Float != nil || num.Index != nil) {
		var r *Object
		var err error
		if num.Float != nil {
			r, err = num.Float(t, v)
		} else {
			r, err = num.Index(t, v)
		}
		if err != nil {
			return 0, err
		}
		defer t.Decref(r)
		return pctFloat(t, r)
	}
	return 0, t.Errorf(TypeErrorType, "must be real number, not %s", v.typ.Name)
}

// pctFormatFloat renders a float conversion, without width padding.
func pctFormatFloat(x float64, sp *pctSpec) string {
	prec := sp.prec
	if prec < 0 {
		prec = 6
	}
	upper := sp.conv == 'E' || sp.conv == 'F' || sp.conv == 'G'
	neg := math.Signbit(x)
	var body string
	switch {
	case math.IsNaN(x):
		body, neg = "nan", false
	case math.IsInf(x, 0):
		body = "inf"
	default:
		body = formatFloatC(math.Abs(x), sp.conv|0x20, prec, sp.alt)
	}
	if upper {
		body = strings.ToUpper(body)
	}
	switch {
	case neg:
		return "-" + body
	case sp.plus:
		return "+" + body
	case sp.space:
		return " " + body
	}
	return body
}

// formatFloatC formats a non-negative finite x as C's printf does for
// the conversions e, f and g.
func formatFloatC(x float64, conv byte, prec int, alt bool) string {
	switch conv {
	case 'e':
		s := strconv.FormatFloat(x, 'e', prec, 64)
		if alt && prec == 0 {
			k := strings.IndexByte(s, 'e')
			s = s[:k] + "." + s[k:]
		}
		return s
	case 'f':
		s := strconv.FormatFloat(x, 'f', prec, 64)
		if alt && prec == 0 {
			s += "."
		}
		return s
	}
	// g: the exponent after rounding to prec significant digits decides.
	if prec == 0 {
		prec = 1
	}
	es := strconv.FormatFloat(x, 'e', prec-1, 64)
	k := strings.IndexByte(es, 'e')
	exp, _ := strconv.Atoi(es[k+1:])
	var s string
	if exp < -4 || exp >= prec {
		mant := es[:k]
		if !alt {
			mant = trimFloatZeros(mant)
		} else if !strings.Contains(mant, ".") {
			mant += "."
		}
		s = mant + es[k:]
	} else {
		s = strconv.FormatFloat(x, 'f', prec-1-exp, 64)
		if !alt {
			s = trimFloatZeros(s)
		} else if !strings.Contains(s, ".") {
			s += "."
		}
	}
	return s
}

// trimFloatZeros removes trailing zeros after a decimal point, and the
// point itself when nothing follows it.
func trimFloatZeros(s string) string {
	if !strings.Contains(s, ".") {
		return s
	}
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}
