// This file holds the methods bytes and bytearray share (CPython's
// bytes_methods.c and the common parts of bytesobject.c and
// bytearrayobject.c). Each is written once, over the receiver's bytes; a
// bytearray receiver passes a snapshot taken under its lock (bytearray.go)
// and gets bytearray results.

package object

import (
	"bytes"
	"math"
)

// bself is the receiver of a shared method.
type bself struct {
	o  *Object
	b  []byte // bytes' own memory, or a bytearray's private snapshot
	ba bool   // the receiver is a bytearray: results are bytearrays
}

// result returns a new object of the receiver's kind holding a copy of p.
func (s bself) result(t *Thread, p []byte) *Object {
	if s.ba {
		return newByteArrayOwned(t, bytes.Clone(p))
	}
	return NewBytes(t, p)
}

// owned is result for a p no one else holds.
func (s bself) owned(t *Thread, p []byte) *Object {
	if s.ba {
		return newByteArrayOwned(t, p)
	}
	return newBytesOwned(t, p)
}

// unchanged is the result of a method that found nothing to change:
// exact bytes is returned itself, as CPython does; anything else is
// copied.
func (s bself) unchanged(t *Thread) *Object {
	if !s.ba && s.o.typ == BytesType {
		return t.NewRef(s.o)
	}
	return s.result(t, s.b)
}

// qualName returns "bytes.name" or "bytearray.name" for messages,
// without building a string on the common path: names holds both.
func (s bself) qualName(names *[2]string) string {
	if s.ba {
		return names[1]
	}
	return names[0]
}

// qualNames returns the two qualified names of method name.
func qualNames(name string) *[2]string { return &[2]string{"bytes." + name, "bytearray." + name} }

// typeName is the receiver's kind in messages.
func (s bself) typeName() string {
	if s.ba {
		return "bytearray"
	}
	return "bytes"
}

// bmethod is a shared method.
type bmethod func(t *Thread, s bself, args []*Object, kwnames *Tuple) (*Object, error)

func forBytes(f bmethod) CFunc {
	return func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
		return f(t, bself{o: self, b: bytesOf(self)}, args, kwnames)
	}
}

// bytesArg returns the contents of a bytes-like argument, or CPython's
// TypeError "a bytes-like object is required".
func bytesArg(t *Thread, o *Object) ([]byte, error) {
	b, ok, err := readBytes(t, o)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, t.Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", o.typ.Name)
	}
	return b, nil
}

// bytesSubArg is the sub argument of find/count/index: bytes-like or an
// int.
func bytesSubArg(t *Thread, o *Object) ([]byte, error) {
	b, ok, err := readBytes(t, o)
	if ok || err != nil {
		return b, err
	}
	if IsInt(o) || (o.typ.Number != nil && o.typ.Number.Index != nil) {
		c, err := byteArg(t, o)
		if err != nil {
			return nil, err
		}
		return byteChars[c].b, nil
	}
	return nil, t.Errorf(TypeErrorType, "argument should be integer or bytes-like object, not '%s'", o.typ.Name)
}

func bytesDecode(t *Thread, s bself, args []*Object, kwnames *Tuple) (*Object, error) {
	var enc, errs *Object
	if err := parseClinic(t, "decode", args, kwnames, []string{"encoding", "errors"}, 0, &enc, &errs); err != nil {
		return nil, err
	}
	encoding, errors, err := codecArgs(t, "decode", enc, errs)
	if err != nil {
		return nil, err
	}
	return DecodeBytes(t, s.b, encoding, errors)
}

// argTypeName names o's type as argument clinic's messages do: None for
// None.
func argTypeName(o *Object) string {
	if o == None {
		return "None"
	}
	return o.typ.Name
}

// codecArgs reads the encoding and errors arguments of encode/decode.
func codecArgs(t *Thread, fname string, enc, errs *Object) (string, string, error) {
	encoding, errors := "utf-8", "strict"
	if enc != nil {
		if !IsStr(enc) {
			return "", "", t.Errorf(TypeErrorType, "%s() argument 'encoding' must be str, not %s", fname, argTypeName(enc))
		}
		encoding = StrValue(enc)
	}
	if errs != nil {
		if !IsStr(errs) {
			return "", "", t.Errorf(TypeErrorType, "%s() argument 'errors' must be str, not %s", fname, argTypeName(errs))
		}
		errors = StrValue(errs)
	}
	return encoding, errors, nil
}

func bytesHex(t *Thread, s bself, args []*Object, kwnames *Tuple) (*Object, error) {
	var sepO, perO *Object
	if err := parseClinic(t, "hex", args, kwnames, []string{"sep", "bytes_per_sep"}, 0, &sepO, &perO); err != nil {
		return nil, err
	}
	return hexString(t, s.b, sepO, perO)
}

// hexString is the hex() of bytes, bytearray and memoryview.
func hexString(t *Thread, b []byte, sepO, perO *Object) (*Object, error) {
	var sep string
	if sepO != nil {
		switch {
		case IsStr(sepO):
			sep = StrValue(sepO)
		case IsBytes(sepO):
			sep = string(bytesOf(sepO))
		case sepO.typ.Len != nil:
			return nil, t.Errorf(TypeErrorType, "sep must be str or bytes.")
		default:
			return nil, t.Errorf(TypeErrorType, "object of type '%s' has no len()", sepO.typ.Name)
		}
		if len(sep) != 1 || sep[0] >= 0x80 {
			if len([]rune(sep)) != 1 {
				return nil, t.Errorf(ValueErrorType, "sep must be length 1.")
			}
			return nil, t.Errorf(ValueErrorType, "sep must be ASCII.")
		}
	}
	per := int64(1)
	if perO != nil {
		v, err := AsInt64(t, perO)
		if err != nil {
			return nil, err
		}
		per = v
	}
	out := make([]byte, 0, len(b)*3)
	if sep == "" || per == 0 || len(b) == 0 {
		for _, c := range b {
			out = append(out, hexDigits[c>>4], hexDigits[c&15])
		}
		return newStrASCII(t, string(out)), nil
	}
	group := per
	if group < 0 {
		group = -group
	}
	for i, c := range b {
		// Group from the right for positive bytes_per_sep, from the left
		// for negative.
		if i > 0 {
			var boundary bool
			if per > 0 {
				boundary = int64(len(b)-i)%group == 0
			} else {
				boundary = int64(i)%group == 0
			}
			if boundary {
				out = append(out, sep[0])
			}
		}
		out = append(out, hexDigits[c>>4], hexDigits[c&15])
	}
	return newStrASCII(t, string(out)), nil
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// parseHex decodes fromhex's argument.
func parseHex(t *Thread, fname string, args []*Object, kwnames *Tuple) ([]byte, error) {
	if err := CheckArgCount(t, fname, args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	if !IsStr(args[0]) {
		return nil, t.Errorf(TypeErrorType, "fromhex() argument must be str, not %s", args[0].typ.Name)
	}
	s := AsStr(args[0])
	var out []byte
	v := s.s
	for i := 0; i < len(v); {
		if isPySpaceByte(v[i]) {
			i++
			continue
		}
		hi := hexVal(v[i])
		if hi < 0 {
			return nil, t.Errorf(ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %d", s.cpIndex(i))
		}
		if i+1 >= len(v) {
			return nil, t.Errorf(ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %d", s.cpIndex(i+1))
		}
		lo := hexVal(v[i+1])
		if lo < 0 {
			return nil, t.Errorf(ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %d", s.cpIndex(i+1))
		}
		out = append(out, byte(hi<<4|lo))
		i += 2
	}
	return out, nil
}

func bytesFromHex(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	out, err := parseHex(t, "bytes.fromhex", args, kwnames)
	if err != nil {
		return nil, err
	}
	r := newBytesOwned(t, out)
	if self != nil && IsType(self) && AsType(self) != BytesType {
		defer t.Decref(r)
		return Call(t, self, []*Object{r}, nil)
	}
	return r, nil
}

func isPySpaceByte(c byte) bool {
	return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f)
}

func isASCIISpaceByte(c byte) bool { return c == ' ' || (c >= '\t' && c <= '\r') }

var joinNames = qualNames("join")

func bytesJoin(t *Thread, s bself, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, s.qualName(joinNames), args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	items, err := SequenceItems(t, args[0])
	if err != nil {
		if ErrorMatches(err, TypeErrorType) && args[0].typ.Iter == nil && args[0].typ.GetItem == nil {
			t.DropError(err)
			return nil, t.Errorf(TypeErrorType, "can only join an iterable")
		}
		return nil, err
	}
	defer decrefAll(t, items)
	sep := s.b
	// Items other than exact bytes are read once, into others (made only
	// when there is one).
	var others [][]byte
	size := int64(len(sep)) * int64(max(len(items)-1, 0))
	for i, x := range items {
		if x.typ == BytesType {
			size += int64(len(bytesOf(x)))
			continue
		}
		p, ok, err := readBytes(t, x)
		if err != nil {
			// CPython reports any failed export as a wrong item.
			t.DropError(err)
			ok = false
		}
		if !ok {
			return nil, t.Errorf(TypeErrorType, "sequence item %d: expected a bytes-like object, %s found", i, x.typ.Name)
		}
		if others == nil {
			others = make([][]byte, len(items))
		}
		others[i] = p
		size += int64(len(p))
	}
	if err := t.CheckAlloc(size); err != nil {
		return nil, err
	}
	out := make([]byte, 0, size)
	for i, x := range items {
		if i > 0 {
			out = append(out, sep...)
		}
		if x.typ == BytesType {
			out = append(out, bytesOf(x)...)
		} else {
			out = append(out, others[i]...)
		}
	}
	return s.owned(t, out), nil
}

func (s bself) list(t *Thread, parts [][]byte) *Object {
	items := make([]*Object, len(parts))
	for i, p := range parts {
		items[i] = s.result(t, p)
	}
	return &NewList(t, items).Object
}

func bytesSplitImpl(fname string, right bool) bmethod {
	return func(t *Thread, s bself, args []*Object, kwnames *Tuple) (*Object, error) {
		sepO, maxsplit, err := splitArgs(t, fname, args, kwnames)
		if err != nil {
			return nil, err
		}
		if sepO == nil || sepO == None {
			return s.list(t, splitWhitespaceBytes(s.b, maxsplit, right)), nil
		}
		sep, err := bytesArg(t, sepO)
		if err != nil {
			return nil, err
		}
		if len(sep) == 0 {
			return nil, t.Errorf(ValueErrorType, "empty separator")
		}
		var parts []string
		if right {
			parts = rsplitSep(string(s.b), string(sep), maxsplit)
		} else {
			parts = splitSep(string(s.b), string(sep), maxsplit)
		}
		out := make([][]byte, len(parts))
		for i, p := range parts {
			out[i] = []byte(p)
		}
		return s.list(t, out), nil
	}
}

// splitWhitespaceBytes splits on runs of ASCII whitespace.
func splitWhitespaceBytes(b []byte, maxsplit int64, right bool) [][]byte {
	var parts [][]byte
	if maxsplit < 0 {
		maxsplit = int64(len(b))
	}
	if !right {
		i := 0
		for {
			for i < len(b) && isASCIISpaceByte(b[i]) {
				i++
			}
			if i == len(b) {
				return parts
			}
			if maxsplit == 0 {
				return append(parts, b[i:])
			}
			j := i
			for j < len(b) && !isASCIISpaceByte(b[j]) {
				j++
			}
			parts = append(parts, b[i:j])
			maxsplit--
			i = j
		}
	}
	j := len(b)
	for {
		for j > 0 && isASCIISpaceByte(b[j-1]) {
			j--
		}
		if j == 0 {
			break
		}
		if maxsplit == 0 {
			parts = append(parts, b[:j])
			break
		}
		i := j
		for i > 0 && !isASCIISpaceByte(b[i-1]) {
			i--
		}
		parts = append(parts, b[i:j])
		maxsplit--
		j = i
	}
	for l, r := 0, len(parts)-1; l < r; l, r = l+1, r-1 {
		parts[l], parts[r] = parts[r], parts[l]
	}
	return parts
}

func bytesStripImpl(fname string, left, right bool) bmethod {
	return func(t *Thread, s bself, args []*Object, kwnames *Tuple) (*Object, error) {
		if err := CheckArgCount(t, fname, args, kwnames, 0, 1); err != nil {
			return nil, err
		}
		b := s.b
		var set []byte
		if len(args) == 1 && args[0] != None {
			var err error
			if set, err = bytesArg(t, args[0]); err != nil {
				return nil, err
			}
		}
		in := func(c byte) bool {
			if set == nil {
				return isASCIISpaceByte(c)
			}
			return bytes.IndexByte(set, c) >= 0
		}
		i, j := 0, len(b)
		if left {
			for i < j && in(b[i]) {
				i++
			}
		}
		if right {
			for j > i && in(b[j-1]) {
				j--
			}
		}
		if i == 0 && j == len(b) {
			return s.unchanged(t), nil
		}
		return s.result(t, b[i:j]), nil
	}
}

func bytesStartsEnds(fname string, ends bool) bmethod {
	return func(t *Thread, s bself, args []*Object, kwnames *Tuple) (*Object, error) {
		sub, start, end, err := parseSubArgs(t, fname, s.typeName(), args, kwnames)
		if err != nil {
			return nil, err
		}
		b := s.b
		lo, hi, err := adjustBounds(t, start, end, len(b))
		if err != nil {
			return nil, err
		}
		match := func(p []byte) bool {
			if hi-lo < len(p) {
				return false
			}
			if ends {
				return bytes.Equal(b[hi-len(p):hi], p)
			}
			return bytes.Equal(b[lo:lo+len(p)], p)
		}
		if IsTuple(sub) {
			for _, x := range AsTuple(sub).Items {
				p, err := bytesArg(t, x)
				if err != nil {
					return nil, err
				}
				if match(p) {
					return True, nil
				}
			}
			return False, nil
		}
		p, ok, err := readBytes(t, sub)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, t.Errorf(TypeErrorType, "%s first arg must be bytes or a tuple of bytes, not %s", fname, sub.typ.Name)
		}
		return NewBool(match(p)), nil
	}
}

// bytesFindImpl implements find, rfind, index, rindex and count.
func bytesFindImpl(fname string) bmethod {
	return func(t *Thread, s bself, args []*Object, kwnames *Tuple) (*Object, error) {
		subO, start, end, err := parseSubArgs(t, fname, s.typeName(), args, kwnames)
		if err != nil {
			return nil, err
		}
		sub, err := bytesSubArg(t, subO)
		if err != nil {
			return nil, err
		}
		b := s.b
		lo, hi, err := adjustBounds(t, start, end, len(b))
		if err != nil {
			return nil, err
		}
		if fname == "count" {
			if hi-lo < len(sub) {
				return SmallInt(0), nil
			}
			if len(sub) == 0 {
				return NewInt(t, int64(hi-lo+1)), nil
			}
			return NewInt(t, int64(bytes.Count(b[lo:hi], sub))), nil
		}
		pos := -1
		if hi-lo >= len(sub) {
			if fname[0] == 'r' {
				pos = bytes.LastIndex(b[lo:hi], sub)
			} else {
				pos = bytes.Index(b[lo:hi], sub)
			}
			if pos >= 0 {
				pos += lo
			}
		}
		if pos < 0 && (fname == "index" || fname == "rindex") {
			return nil, t.Errorf(ValueErrorType, "subsection not found")
		}
		return NewInt(t, int64(pos)), nil
	}
}

func bytesReplace(t *Thread, s bself, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "replace", args, kwnames, 2, 3); err != nil {
		return nil, err
	}
	old, err := bytesArg(t, args[0])
	if err != nil {
		return nil, err
	}
	nw, err := bytesArg(t, args[1])
	if err != nil {
		return nil, err
	}
	count := int64(-1)
	if len(args) == 3 {
		if count, err = AsInt64(t, args[2]); err != nil {
			return nil, err
		}
	}
	b := s.b
	n := int(count)
	if count < 0 || count > int64(len(b)+1) {
		n = -1
	}
	return s.owned(t, bytes.Replace(b, old, nw, n)), nil
}

func isLowerByte(c byte) bool { return c >= 'a' && c <= 'z' }
func isUpperByte(c byte) bool { return c >= 'A' && c <= 'Z' }
func isAlphaByte(c byte) bool { return isLowerByte(c) || isUpperByte(c) }

// bytesMap returns a method that maps each byte with f, which sees the
// previous byte too (title and capitalize need it; -1 at the start).
func bytesMap(fname string, f func(prev int, c byte) byte) bmethod {
	names := qualNames(fname)
	return func(t *Thread, s bself, args []*Object, kwnames *Tuple) (*Object, error) {
		if err := CheckArgCount(t, s.qualName(names), args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		out := make([]byte, len(s.b))
		prev := -1
		for i, c := range s.b {
			out[i] = f(prev, c)
			prev = int(c)
		}
		return s.owned(t, out), nil
	}
}

func toUpperByte(c byte) byte {
	if isLowerByte(c) {
		return c - ('a' - 'A')
	}
	return c
}

func toLowerByte(c byte) byte {
	if isUpperByte(c) {
		return c + ('a' - 'A')
	}
	return c
}

var (
	bytesUpper = bytesMap("upper", func(_ int, c byte) byte { return toUpperByte(c) })
	bytesLower = bytesMap("lower", func(_ int, c byte) byte { return toLowerByte(c) })
	bytesSwap  = bytesMap("swapcase", func(_ int, c byte) byte {
		if isLowerByte(c) {
			return toUpperByte(c)
		}
		return toLowerByte(c)
	})
	bytesCapitalize = bytesMap("capitalize", func(prev int, c byte) byte {
		if prev < 0 {
			return toUpperByte(c)
		}
		return toLowerByte(c)
	})
	// title upper-cases a letter that follows a non-letter.
	bytesTitle = bytesMap("title", func(prev int, c byte) byte {
		if prev < 0 || !isAlphaByte(byte(prev)) {
			return toUpperByte(c)
		}
		return toLowerByte(c)
	})
)

// bytesIs returns an is* predicate method: true when the bytes are not
// empty (unless empty is allowed) and every byte passes.
func bytesIs(fname string, ok func(c byte) bool, emptyOK bool) bmethod {
	names := qualNames(fname)
	return func(t *Thread, s bself, args []*Object, kwnames *Tuple) (*Object, error) {
		if err := CheckArgCount(t, s.qualName(names), args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		if len(s.b) == 0 {
			return NewBool(emptyOK), nil
		}
		for _, c := range s.b {
			if !ok(c) {
				return False, nil
			}
		}
		return True, nil
	}
}

// bytesCased is islower and isupper: no byte of the other case and at
// least one of this one.
func bytesCased(fname string, want, other func(c byte) bool) bmethod {
	names := qualNames(fname)
	return func(t *Thread, s bself, args []*Object, kwnames *Tuple) (*Object, error) {
		if err := CheckArgCount(t, s.qualName(names), args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		seen := false
		for _, c := range s.b {
			if other(c) {
				return False, nil
			}
			seen = seen || want(c)
		}
		return NewBool(seen), nil
	}
}

var isTitleNames = qualNames("istitle")

func bytesIsTitle(t *Thread, s bself, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, s.qualName(isTitleNames), args, kwnames, 0, 0); err != nil {
		return nil, err
	}
	cased, prevCased := false, false
	for _, c := range s.b {
		switch {
		case isUpperByte(c):
			if prevCased {
				return False, nil
			}
			prevCased, cased = true, true
		case isLowerByte(c):
			if !prevCased {
				return False, nil
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return NewBool(cased), nil
}

// fillArg reads the fill byte of center, ljust and rjust.
func fillArg(t *Thread, fname string, o *Object) (byte, error) {
	var p []byte
	switch {
	case IsBytes(o):
		p = bytesOf(o)
	case IsByteArray(o):
		p = Cast[ByteArray](o).snapshot()
	default:
		return 0, t.Errorf(TypeErrorType, "%s() argument 2 must be a byte string of length 1, not %s", fname, o.typ.Name)
	}
	if len(p) != 1 {
		return 0, t.Errorf(TypeErrorType, "%s() argument 2 must be a byte string of length 1, not %s", fname, o.typ.Name)
	}
	return p[0], nil
}

// bytesJustify is center, ljust and rjust.
func bytesJustify(fname string) bmethod {
	return func(t *Thread, s bself, args []*Object, kwnames *Tuple) (*Object, error) {
		if err := NoKeywords(t, fname, kwnames); err != nil {
			return nil, err
		}
		if err := CheckArgCount(t, fname, args, nil, 1, 2); err != nil {
			return nil, err
		}
		width, err := AsInt64(t, args[0])
		if err != nil {
			return nil, err
		}
		fill := byte(' ')
		if len(args) == 2 {
			if fill, err = fillArg(t, fname, args[1]); err != nil {
				return nil, err
			}
		}
		n := int64(len(s.b))
		if width <= n {
			return s.unchanged(t), nil
		}
		if err := t.CheckAlloc(width); err != nil {
			return nil, err
		}
		pad := width - n
		var left int64
		switch fname {
		case "center":
			left = pad/2 + (pad & width & 1)
		case "rjust":
			left = pad
		}
		out := make([]byte, width)
		for i := range out {
			out[i] = fill
		}
		copy(out[left:], s.b)
		return s.owned(t, out), nil
	}
}

func bytesZfill(t *Thread, s bself, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "zfill", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	width, err := AsInt64(t, args[0])
	if err != nil {
		return nil, err
	}
	n := int64(len(s.b))
	if width <= n {
		return s.unchanged(t), nil
	}
	if err := t.CheckAlloc(width); err != nil {
		return nil, err
	}
	out := make([]byte, width)
	fill := width - n
	for i := range out[:fill] {
		out[i] = '0'
	}
	copy(out[fill:], s.b)
	if n > 0 && (s.b[0] == '+' || s.b[0] == '-') {
		out[0], out[fill] = s.b[0], '0'
	}
	return s.owned(t, out), nil
}

// bytesExpandedLen returns the length of b with its tabs expanded to tab
// columns, or -1 when that overflows.
func bytesExpandedLen(b []byte, tab int64) int64 {
	var n, col int64
	for _, c := range b {
		switch c {
		case '\t':
			if tab > 0 {
				k := tab - col%tab
				col += k
				n += k
			}
		case '\n', '\r':
			n++
			col = 0
		default:
			n++
			col++
		}
		if n < 0 || col < 0 {
			return -1
		}
	}
	return n
}

func bytesExpandTabs(t *Thread, s bself, args []*Object, kwnames *Tuple) (*Object, error) {
	var tabO *Object
	if err := parseClinic(t, "expandtabs", args, kwnames, []string{"tabsize"}, 0, &tabO); err != nil {
		return nil, err
	}
	tab := int64(8)
	if tabO != nil {
		if !IsInt(tabO) && (tabO.typ.Number == nil || tabO.typ.Number.Index == nil) {
			return nil, t.Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", tabO.typ.Name)
		}
		v, err := AsInt64(t, tabO)
		if err == nil && (v > math.MaxInt32 || v < math.MinInt32) {
			err = t.Errorf(OverflowErrorType, "Python int too large to convert to C int")
		} else if err != nil && ErrorMatches(err, OverflowErrorType) {
			t.DropError(err)
			err = t.Errorf(OverflowErrorType, "Python int too large to convert to C int")
		}
		if err != nil {
			return nil, err
		}
		tab = v
	}
	// The whole size is checked first: each tab may add up to 2**31-1
	// spaces, so a short input can ask for more memory than there is.
	size := bytesExpandedLen(s.b, tab)
	if err := t.CheckAlloc(size); err != nil {
		return nil, err
	}
	out := make([]byte, 0, size)
	col := int64(0)
	for _, c := range s.b {
		switch c {
		case '\t':
			if tab > 0 {
				n := tab - col%tab
				for ; n > 0; n-- {
					out = append(out, ' ')
				}
				col += tab - col%tab
			}
		case '\n', '\r':
			out = append(out, c)
			col = 0
		default:
			out = append(out, c)
			col++
		}
	}
	return s.owned(t, out), nil
}

func bytesSplitLines(t *Thread, s bself, args []*Object, kwnames *Tuple) (*Object, error) {
	var keepO *Object
	if err := parseClinic(t, "splitlines", args, kwnames, []string{"keepends"}, 0, &keepO); err != nil {
		return nil, err
	}
	keep := false
	if keepO != nil {
		if IsFloat(keepO) {
			return nil, t.Errorf(TypeErrorType, "'float' object cannot be interpreted as an integer")
		}
		v, err := IsTrue(t, keepO)
		if err != nil {
			return nil, err
		}
		keep = v
	}
	b := s.b
	var parts [][]byte
	for i := 0; i < len(b); {
		j := i
		for j < len(b) && b[j] != '\n' && b[j] != '\r' {
			j++
		}
		eol := j
		if j < len(b) {
			if b[j] == '\r' && j+1 < len(b) && b[j+1] == '\n' {
				j += 2
			} else {
				j++
			}
		}
		if keep {
			eol = j
		}
		parts = append(parts, b[i:eol])
		i = j
	}
	return s.list(t, parts), nil
}

func bytesPartition(fname string, right bool) bmethod {
	return func(t *Thread, s bself, args []*Object, kwnames *Tuple) (*Object, error) {
		if err := CheckArgCount(t, fname, args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		sep, err := bytesArg(t, args[0])
		if err != nil {
			return nil, err
		}
		if len(sep) == 0 {
			return nil, t.Errorf(ValueErrorType, "empty separator")
		}
		var i int
		if right {
			i = bytes.LastIndex(s.b, sep)
		} else {
			i = bytes.Index(s.b, sep)
		}
		var items [3]*Object
		whole := s.unchanged(t)
		if !s.ba {
			// Not found, bytes returns itself, whatever its class.
			t.Decref(whole)
			whole = t.NewRef(s.o)
		}
		switch {
		case i >= 0:
			t.Decref(whole)
			items[0], items[1], items[2] = s.result(t, s.b[:i]), s.result(t, sep), s.result(t, s.b[i+len(sep):])
		case right:
			items[0], items[1], items[2] = s.result(t, nil), s.result(t, nil), whole
		default:
			items[0], items[1], items[2] = whole, s.result(t, nil), s.result(t, nil)
		}
		return &NewTuple(t, items[:]).Object, nil
	}
}

func bytesRemoveAffix(fname string, suffix bool) bmethod {
	return func(t *Thread, s bself, args []*Object, kwnames *Tuple) (*Object, error) {
		if err := CheckArgCount(t, fname, args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		p, err := bytesArg(t, args[0])
		if err != nil {
			return nil, err
		}
		switch {
		case len(p) == 0:
		case suffix && bytes.HasSuffix(s.b, p):
			return s.result(t, s.b[:len(s.b)-len(p)]), nil
		case !suffix && bytes.HasPrefix(s.b, p):
			return s.result(t, s.b[len(p):]), nil
		}
		return s.unchanged(t), nil
	}
}

func bytesTranslate(t *Thread, s bself, args []*Object, kwnames *Tuple) (*Object, error) {
	var tableO, delO *Object
	if err := parseClinic(t, "translate", args, kwnames, []string{"/table", "delete"}, 1, &tableO, &delO); err != nil {
		return nil, err
	}
	var table, del []byte
	var err error
	if tableO != None {
		if table, err = bytesArg(t, tableO); err != nil {
			return nil, err
		}
		if len(table) != 256 {
			return nil, t.Errorf(ValueErrorType, "translation table must be 256 characters long")
		}
	}
	if delO != nil {
		if del, err = bytesArg(t, delO); err != nil {
			return nil, err
		}
	}
	var drop [256]bool
	for _, c := range del {
		drop[c] = true
	}
	out := make([]byte, 0, len(s.b))
	changed := false
	for _, c := range s.b {
		if drop[c] {
			changed = true
			continue
		}
		if table != nil && table[c] != c {
			c, changed = table[c], true
		}
		out = append(out, c)
	}
	if !changed {
		return s.unchanged(t), nil
	}
	return s.owned(t, out), nil
}

// bytesMakeTrans is the static method maketrans(frm, to) of bytes and
// bytearray; it always returns bytes.
func bytesMakeTrans(t *Thread, _ *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "maketrans", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	frm, err := bytesArg(t, args[0])
	if err != nil {
		return nil, err
	}
	to, err := bytesArg(t, args[1])
	if err != nil {
		return nil, err
	}
	if len(frm) != len(to) {
		return nil, t.Errorf(ValueErrorType, "maketrans arguments must have same length")
	}
	table := make([]byte, 256)
	for i := range table {
		table[i] = byte(i)
	}
	for i, c := range frm {
		table[c] = to[i]
	}
	return newBytesOwned(t, table), nil
}

// sharedMethods are the methods of bytes and bytearray written once.
var sharedMethods = []struct {
	name string
	fn   bmethod
}{
	{"decode", bytesDecode},
	{"hex", bytesHex},
	{"join", bytesJoin},
	{"split", bytesSplitImpl("split", false)},
	{"rsplit", bytesSplitImpl("rsplit", true)},
	{"strip", bytesStripImpl("strip", true, true)},
	{"lstrip", bytesStripImpl("lstrip", true, false)},
	{"rstrip", bytesStripImpl("rstrip", false, true)},
	{"startswith", bytesStartsEnds("startswith", false)},
	{"endswith", bytesStartsEnds("endswith", true)},
	{"find", bytesFindImpl("find")},
	{"rfind", bytesFindImpl("rfind")},
	{"index", bytesFindImpl("index")},
	{"rindex", bytesFindImpl("rindex")},
	{"count", bytesFindImpl("count")},
	{"replace", bytesReplace},
	{"upper", bytesUpper},
	{"lower", bytesLower},
	{"swapcase", bytesSwap},
	{"capitalize", bytesCapitalize},
	{"title", bytesTitle},
	{"isalnum", bytesIs("isalnum", func(c byte) bool { return isAlphaByte(c) || isDigitByte(c) }, false)},
	{"isalpha", bytesIs("isalpha", isAlphaByte, false)},
	{"isdigit", bytesIs("isdigit", isDigitByte, false)},
	{"isspace", bytesIs("isspace", isASCIISpaceByte, false)},
	{"isascii", bytesIs("isascii", func(c byte) bool { return c < 0x80 }, true)},
	{"islower", bytesCased("islower", isLowerByte, isUpperByte)},
	{"isupper", bytesCased("isupper", isUpperByte, isLowerByte)},
	{"istitle", bytesIsTitle},
	{"center", bytesJustify("center")},
	{"ljust", bytesJustify("ljust")},
	{"rjust", bytesJustify("rjust")},
	{"zfill", bytesZfill},
	{"expandtabs", bytesExpandTabs},
	{"splitlines", bytesSplitLines},
	{"partition", bytesPartition("partition", false)},
	{"rpartition", bytesPartition("rpartition", true)},
	{"removeprefix", bytesRemoveAffix("removeprefix", false)},
	{"removesuffix", bytesRemoveAffix("removesuffix", true)},
	{"translate", bytesTranslate},
}

// bytesMethods are bytes' methods: the shared ones and its own.
var bytesMethods = func() []MethodDef {
	var defs []MethodDef
	for _, m := range sharedMethods {
		defs = append(defs, MethodDef{Name: m.name, Fn: forBytes(m.fn)})
	}
	return append(defs,
		MethodDef{Name: "fromhex", Fn: bytesFromHex, Kind: ClassMethod},
		MethodDef{Name: "maketrans", Fn: bytesMakeTrans, Kind: StaticMethod},
		MethodDef{Name: "__bytes__", Fn: func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
			if err := CheckArgCount(t, "__bytes__", args, kwnames, 0, 0); err != nil {
				return nil, err
			}
			if self.typ == BytesType {
				return t.NewRef(self), nil
			}
			return NewBytes(t, bytesOf(self)), nil
		}},
		MethodDef{Name: "__getnewargs__", Fn: func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
			if err := CheckArgCount(t, "__getnewargs__", args, kwnames, 0, 0); err != nil {
				return nil, err
			}
			return &NewTuple(t, []*Object{NewBytes(t, bytesOf(self))}).Object, nil
		}},
	)
}()
