// This file defines bytes, the immutable byte string, with its slots and
// methods.

package object

import (
	"bytes"
	"hash/maphash"
)

// Bytes is a bytes object. b is never shared with callers.
type Bytes struct {
	Object
	b []byte
}

// BytesType is bytes.
var BytesType = NewStaticType(&Type{Name: "bytes", Flags: FlagBaseType,
	Doc: "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\nbytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized with null bytes\nbytes() -> empty bytes object"})

var (
	emptyBytes Bytes
	byteChars  [256]Bytes
)

func init() {
	newStaticObject(&emptyBytes.Object, BytesType)
	for i := range byteChars {
		byteChars[i].b = []byte{byte(i)}
		newStaticObject(&byteChars[i].Object, BytesType)
	}
}

// NewBytes returns a new bytes object holding a copy of b.
func NewBytes(t *Thread, b []byte) *Object {
	switch len(b) {
	case 0:
		return &emptyBytes.Object
	case 1:
		return &byteChars[b[0]].Object
	}
	return newBytesOwned(t, bytes.Clone(b))
}

// newBytesOwned returns a bytes object that takes over b.
func newBytesOwned(t *Thread, b []byte) *Object {
	switch len(b) {
	case 0:
		return &emptyBytes.Object
	case 1:
		return &byteChars[b[0]].Object
	}
	o := &Bytes{b: b}
	t.Init(&o.Object, BytesType)
	return &o.Object
}

// IsBytes reports whether o is a bytes object (or a subclass).
func IsBytes(o *Object) bool { return o.typ == BytesType || IsSubtype(o.typ, BytesType) }

// BytesValue returns a copy of a bytes object's contents.
func BytesValue(o *Object) []byte { return bytes.Clone(Cast[Bytes](o).b) }

// bytesOf returns the contents of a bytes object without copying; the
// caller must not modify them.
func bytesOf(o *Object) []byte { return Cast[Bytes](o).b }

// NewBytesOwned returns a bytes object that takes over b, which the
// caller must not use afterwards.
func NewBytesOwned(t *Thread, b []byte) *Object { return newBytesOwned(t, b) }

// Obj returns the object header.
func (b *Bytes) Obj() *Object { return &b.Object }

// Len returns the number of bytes.
func (b *Bytes) Len() int { return len(b.b) }

func bytesReprString(b []byte) string {
	quote := byte('\'')
	if bytes.IndexByte(b, '\'') >= 0 && bytes.IndexByte(b, '"') < 0 {
		quote = '"'
	}
	buf := make([]byte, 0, len(b)+3)
	buf = append(buf, 'b', quote)
	for _, c := range b {
		switch {
		case c == quote || c == '\\':
			buf = append(buf, '\\', c)
		case c == '\t':
			buf = append(buf, '\\', 't')
		case c == '\n':
			buf = append(buf, '\\', 'n')
		case c == '\r':
			buf = append(buf, '\\', 'r')
		case c < 0x20 || c >= 0x7f:
			buf = append(buf, '\\', 'x', hexDigits[c>>4], hexDigits[c&15])
		default:
			buf = append(buf, c)
		}
	}
	return string(append(buf, quote))
}

func bytesRepr(t *Thread, o *Object) (*Object, error) {
	return newStrASCII(t, bytesReprString(bytesOf(o))), nil
}

func bytesHash(t *Thread, o *Object) (int64, error) {
	// Same function and seed as str: hash(b'abc') == hash('abc').
	h := int64(maphash.Bytes(strSeed, bytesOf(o)) >> 1)
	if h == 0 {
		h = 1
	}
	return h, nil
}

func bytesCompare(t *Thread, a, b *Object, op CompareOp) (*Object, error) {
	if !IsBytes(a) || !IsBytes(b) {
		return t.NewRef(NotImplemented), nil
	}
	c := bytes.Compare(bytesOf(a), bytesOf(b))
	var r bool
	switch op {
	case EQ:
		r = c == 0
	case NE:
		r = c != 0
	case LT:
		r = c < 0
	case LE:
		r = c <= 0
	case GT:
		r = c > 0
	case GE:
		r = c >= 0
	}
	return NewBool(r), nil
}

func bytesLen(t *Thread, o *Object) (int, error) { return len(bytesOf(o)), nil }

func bytesGetItem(t *Thread, o, key *Object) (*Object, error) {
	b := bytesOf(o)
	if IsSlice(key) {
		start, _, step, count, err := AsSlice(key).Indices(t, len(b))
		if err != nil {
			return nil, err
		}
		if count <= 0 {
			return &emptyBytes.Object, nil
		}
		if step == 1 {
			if count == len(b) && o.typ == BytesType {
				return t.NewRef(o), nil
			}
			return NewBytes(t, b[start:start+count]), nil
		}
		out := make([]byte, count)
		for k, i := 0, start; k < count; k, i = k+1, i+step {
			out[k] = b[i]
		}
		return newBytesOwned(t, out), nil
	}
	if !IsInt(key) && (key.typ.Number == nil || key.typ.Number.Index == nil) {
		return nil, t.Errorf(TypeErrorType, "byte indices must be integers or slices, not %s", key.typ.Name)
	}
	i, err := AsInt64(t, key)
	if err != nil {
		if ErrorMatches(err, OverflowErrorType) {
			t.DropError(err)
			return nil, t.Errorf(IndexErrorType, "cannot fit '%s' into an index-sized integer", key.typ.Name)
		}
		return nil, err
	}
	if i < 0 {
		i += int64(len(b))
	}
	if i < 0 || i >= int64(len(b)) {
		return nil, t.Errorf(IndexErrorType, "index out of range")
	}
	return SmallInt(int64(b[i])), nil
}

// byteArg converts an int argument that must be a byte value.
func byteArg(t *Thread, o *Object) (byte, error) {
	v, err := AsInt64(t, o)
	if err != nil {
		if ErrorMatches(err, OverflowErrorType) {
			t.DropError(err)
			return 0, t.Errorf(ValueErrorType, "byte must be in range(0, 256)")
		}
		return 0, err
	}
	if v < 0 || v > 255 {
		return 0, t.Errorf(ValueErrorType, "byte must be in range(0, 256)")
	}
	return byte(v), nil
}

func bytesContains(t *Thread, o, v *Object) (bool, error) {
	if IsBytes(v) {
		return bytes.Contains(bytesOf(o), bytesOf(v)), nil
	}
	if IsInt(v) || (v.typ.Number != nil && v.typ.Number.Index != nil) {
		c, err := byteArg(t, v)
		if err != nil {
			return false, err
		}
		return bytes.IndexByte(bytesOf(o), c) >= 0, nil
	}
	return false, t.Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", v.typ.Name)
}

// bytesConcat is bytes' Concat slot.
func bytesConcat(t *Thread, a, b *Object) (*Object, error) {
	if !IsBytes(b) {
		return nil, t.Errorf(TypeErrorType, "can't concat %s to bytes", b.typ.Name)
	}
	x, y := bytesOf(a), bytesOf(b)
	if len(y) == 0 && a.typ == BytesType {
		return t.NewRef(a), nil
	}
	if len(x) == 0 && b.typ == BytesType {
		return t.NewRef(b), nil
	}
	out := make([]byte, len(x)+len(y))
	copy(out, x)
	copy(out[len(x):], y)
	return newBytesOwned(t, out), nil
}

// bytesRepeat is bytes' Repeat slot.
func bytesRepeat(t *Thread, seq *Object, n int64) (*Object, error) {
	v := bytesOf(seq)
	if n <= 0 || len(v) == 0 {
		return &emptyBytes.Object, nil
	}
	if n == 1 && seq.typ == BytesType {
		return t.NewRef(seq), nil
	}
	if int64(len(v)) > maxIndex/n {
		return nil, t.Errorf(OverflowErrorType, "repeated bytes are too long")
	}
	if err := t.CheckAlloc(int64(len(v)) * n); err != nil {
		return nil, err
	}
	return newBytesOwned(t, bytes.Repeat(v, int(n))), nil
}

// bytesIter iterates over a bytes object's values as ints.
type bytesIter struct {
	Object
	b   *Object // owned; nil when exhausted
	pos int
}

// BytesIterType is bytes_iterator.
var BytesIterType = NewStaticType(&Type{
	Name: "bytes_iterator",
	Iter: func(t *Thread, o *Object) (*Object, error) { return t.NewRef(o), nil },
	Next: func(t *Thread, o *Object) (*Object, error) {
		it := Cast[bytesIter](o)
		if it.b == nil {
			return nil, nil
		}
		v := bytesOf(it.b)
		if it.pos >= len(v) {
			b := it.b
			it.b = nil
			t.Decref(b)
			return nil, nil
		}
		c := v[it.pos]
		it.pos++
		return SmallInt(int64(c)), nil
	},
	Dealloc: func(t *Thread, o *Object) { t.XDecref(Cast[bytesIter](o).b) },
})

func bytesIterSlot(t *Thread, o *Object) (*Object, error) {
	it := &bytesIter{b: t.NewRef(o)}
	t.Init(&it.Object, BytesIterType)
	return &it.Object, nil
}

// bytesNew is bytes(source, encoding, errors).
func bytesNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	var src, enc, errs *Object
	if err := ParseArgs(t, "bytes", args, kwnames, []string{"source", "encoding", "errors"}, 0, &src, &enc, &errs); err != nil {
		return nil, err
	}
	r, err := bytesFromArgs(t, src, enc, errs)
	if err != nil || typ == BytesType {
		return r, err
	}
	o := allocBytes(typ)
	o.b = bytes.Clone(bytesOf(r))
	t.Decref(r)
	t.Init(&o.Object, typ)
	return &o.Object, nil
}

func bytesFromArgs(t *Thread, src, enc, errs *Object) (*Object, error) {
	if src == nil && enc == nil && errs == nil {
		return &emptyBytes.Object, nil
	}
	// The argument converters check types first, as CPython's clinic does.
	if enc != nil && !IsStr(enc) {
		return nil, t.Errorf(TypeErrorType, "bytes() argument 'encoding' must be str, not %s", enc.typ.Name)
	}
	if errs != nil && !IsStr(errs) {
		return nil, t.Errorf(TypeErrorType, "bytes() argument 'errors' must be str, not %s", errs.typ.Name)
	}
	if src != nil && IsStr(src) && enc == nil {
		return nil, t.Errorf(TypeErrorType, "string argument without an encoding")
	}
	if enc != nil || errs != nil {
		if src == nil || !IsStr(src) {
			if enc != nil {
				return nil, t.Errorf(TypeErrorType, "encoding without a string argument")
			}
			return nil, t.Errorf(TypeErrorType, "errors without a string argument")
		}
		encoding, errors := "utf-8", "strict"
		if enc != nil {
			if !IsStr(enc) {
				return nil, t.Errorf(TypeErrorType, "bytes() argument 'encoding' must be str, not %s", enc.typ.Name)
			}
			encoding = StrValue(enc)
		}
		if errs != nil {
			if !IsStr(errs) {
				return nil, t.Errorf(TypeErrorType, "bytes() argument 'errors' must be str, not %s", errs.typ.Name)
			}
			errors = StrValue(errs)
		}
		b, err := EncodeStr(t, AsStr(src), encoding, errors)
		if err != nil {
			return nil, err
		}
		return newBytesOwned(t, b), nil
	}
	if !IsBytes(src) {
		if m := t.LookupType(src.typ, Intern("__bytes__")); m != nil {
			// bytes(x) asks x.__bytes__() first (None set there fails,
			// as calling it does).
			b, _, err := percentBytesArg(t, src)
			if err != nil {
				return nil, err
			}
			return NewBytes(t, b), nil
		}
	}
	switch {
	case src.typ == BytesType:
		return t.NewRef(src), nil
	case IsBytes(src):
		return NewBytes(t, bytesOf(src)), nil
	case IsStr(src):
		return nil, t.Errorf(TypeErrorType, "string argument without an encoding")
	case IsInt(src) || (src.typ.Number != nil && src.typ.Number.Index != nil):
		n, err := AsInt64(t, src)
		if err != nil {
			if ErrorMatches(err, OverflowErrorType) {
				t.DropError(err)
				err = t.Errorf(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
			}
			return nil, err
		}
		if n < 0 {
			return nil, t.Errorf(ValueErrorType, "negative count")
		}
		if err := t.CheckAlloc(n); err != nil {
			return nil, err
		}
		return newBytesOwned(t, make([]byte, n)), nil
	}
	if src.typ.Iter == nil && src.typ.GetItem == nil {
		return nil, t.Errorf(TypeErrorType, "cannot convert '%s' object to bytes", src.typ.Name)
	}
	var out []byte
	err := Iterate(t, src, func(x *Object) error {
		if !IsInt(x) && (x.typ.Number == nil || x.typ.Number.Index == nil) {
			return t.Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", x.typ.Name)
		}
		v, err := AsInt64(t, x)
		if err != nil {
			if ErrorMatches(err, OverflowErrorType) {
				t.DropError(err)
				return t.Errorf(ValueErrorType, "bytes must be in range(0, 256)")
			}
			return err
		}
		if v < 0 || v > 255 {
			return t.Errorf(ValueErrorType, "bytes must be in range(0, 256)")
		}
		out = append(out, byte(v))
		return nil
	})
	if err != nil {
		return nil, err
	}
	return newBytesOwned(t, out), nil
}

// bytesArg returns the contents of a bytes-like argument, or a TypeError
// "a bytes-like object is required".
func bytesArg(t *Thread, o *Object) ([]byte, error) {
	if IsBytes(o) {
		return bytesOf(o), nil
	}
	return nil, t.Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", o.typ.Name)
}

// bytesSubArg is the sub argument of find/count/index: bytes or an int.
func bytesSubArg(t *Thread, o *Object) ([]byte, error) {
	if IsBytes(o) {
		return bytesOf(o), nil
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

func bytesDecode(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	var enc, errs *Object
	if err := parseClinic(t, "decode", args, kwnames, []string{"encoding", "errors"}, 0, &enc, &errs); err != nil {
		return nil, err
	}
	encoding, errors, err := codecArgs(t, "decode", enc, errs)
	if err != nil {
		return nil, err
	}
	return DecodeBytes(t, bytesOf(self), encoding, errors)
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

func bytesHex(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	var sepO, perO *Object
	if err := parseClinic(t, "hex", args, kwnames, []string{"sep", "bytes_per_sep"}, 0, &sepO, &perO); err != nil {
		return nil, err
	}
	b := bytesOf(self)
	var sep string
	if sepO != nil {
		switch {
		case IsStr(sepO):
			sep = StrValue(sepO)
		case IsBytes(sepO):
			sep = string(bytesOf(sepO))
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

func bytesFromHex(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "bytes.fromhex", args, kwnames, 1, 1); err != nil {
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

func bytesJoin(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "bytes.join", args, kwnames, 1, 1); err != nil {
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
	sep := bytesOf(self)
	size := int64(len(sep)) * int64(max(len(items)-1, 0))
	for i, x := range items {
		if !IsBytes(x) {
			return nil, t.Errorf(TypeErrorType, "sequence item %d: expected a bytes-like object, %s found", i, x.typ.Name)
		}
		size += int64(len(bytesOf(x)))
	}
	if err := t.CheckAlloc(size); err != nil {
		return nil, err
	}
	out := make([]byte, 0, size)
	for i, x := range items {
		if i > 0 {
			out = append(out, sep...)
		}
		out = append(out, bytesOf(x)...)
	}
	return newBytesOwned(t, out), nil
}

func bytesListResult(t *Thread, parts [][]byte) *Object {
	items := make([]*Object, len(parts))
	for i, p := range parts {
		items[i] = NewBytes(t, p)
	}
	return &NewList(t, items).Object
}

func bytesSplitImpl(t *Thread, self *Object, args []*Object, kwnames *Tuple, fname string, right bool) (*Object, error) {
	sepO, maxsplit, err := splitArgs(t, fname, args, kwnames)
	if err != nil {
		return nil, err
	}
	b := bytesOf(self)
	if sepO == nil || sepO == None {
		return bytesListResult(t, splitWhitespaceBytes(b, maxsplit, right)), nil
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
		parts = rsplitSep(string(b), string(sep), maxsplit)
	} else {
		parts = splitSep(string(b), string(sep), maxsplit)
	}
	out := make([][]byte, len(parts))
	for i, p := range parts {
		out[i] = []byte(p)
	}
	return bytesListResult(t, out), nil
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

func bytesStripImpl(t *Thread, self *Object, args []*Object, kwnames *Tuple, fname string, left, right bool) (*Object, error) {
	if err := CheckArgCount(t, fname, args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	b := bytesOf(self)
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
	if i == 0 && j == len(b) && self.typ == BytesType {
		return t.NewRef(self), nil
	}
	return NewBytes(t, b[i:j]), nil
}

func bytesStartsEnds(t *Thread, self *Object, args []*Object, kwnames *Tuple, fname string, ends bool) (*Object, error) {
	sub, start, end, err := parseSubArgs(t, fname, "bytes", args, kwnames)
	if err != nil {
		return nil, err
	}
	b := bytesOf(self)
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
			if !IsBytes(x) {
				return nil, t.Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", x.typ.Name)
			}
			if match(bytesOf(x)) {
				return True, nil
			}
		}
		return False, nil
	}
	if !IsBytes(sub) {
		return nil, t.Errorf(TypeErrorType, "%s first arg must be bytes or a tuple of bytes, not %s", fname, sub.typ.Name)
	}
	return NewBool(match(bytesOf(sub))), nil
}

// bytesFindImpl implements find, rfind, index, rindex and count.
func bytesFindImpl(t *Thread, self *Object, args []*Object, kwnames *Tuple, fname string) (*Object, error) {
	subO, start, end, err := parseSubArgs(t, fname, "bytes", args, kwnames)
	if err != nil {
		return nil, err
	}
	sub, err := bytesSubArg(t, subO)
	if err != nil {
		return nil, err
	}
	b := bytesOf(self)
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

func bytesReplace(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
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
	b := bytesOf(self)
	n := int(count)
	if count < 0 || count > int64(len(b)+1) {
		n = -1
	}
	return newBytesOwned(t, bytes.Replace(b, old, nw, n)), nil
}

func bytesCase(upper bool) CFunc {
	name := "bytes.lower"
	if upper {
		name = "bytes.upper"
	}
	return func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
		if err := CheckArgCount(t, name, args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		b := bytesOf(self)
		out := make([]byte, len(b))
		for i, c := range b {
			if upper && c >= 'a' && c <= 'z' {
				c -= 'a' - 'A'
			} else if !upper && c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			out[i] = c
		}
		return newBytesOwned(t, out), nil
	}
}

var bytesMethods = []MethodDef{
	{Name: "decode", Fn: bytesDecode},
	{Name: "hex", Fn: bytesHex},
	{Name: "fromhex", Fn: bytesFromHex, Kind: ClassMethod},
	{Name: "join", Fn: bytesJoin},
	{Name: "split", Fn: func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
		return bytesSplitImpl(t, self, args, kwnames, "split", false)
	}},
	{Name: "rsplit", Fn: func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
		return bytesSplitImpl(t, self, args, kwnames, "rsplit", true)
	}},
	{Name: "strip", Fn: func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
		return bytesStripImpl(t, self, args, kwnames, "strip", true, true)
	}},
	{Name: "lstrip", Fn: func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
		return bytesStripImpl(t, self, args, kwnames, "lstrip", true, false)
	}},
	{Name: "rstrip", Fn: func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
		return bytesStripImpl(t, self, args, kwnames, "rstrip", false, true)
	}},
	{Name: "startswith", Fn: func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
		return bytesStartsEnds(t, self, args, kwnames, "startswith", false)
	}},
	{Name: "endswith", Fn: func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
		return bytesStartsEnds(t, self, args, kwnames, "endswith", true)
	}},
	{Name: "find", Fn: func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
		return bytesFindImpl(t, self, args, kwnames, "find")
	}},
	{Name: "rfind", Fn: func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
		return bytesFindImpl(t, self, args, kwnames, "rfind")
	}},
	{Name: "index", Fn: func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
		return bytesFindImpl(t, self, args, kwnames, "index")
	}},
	{Name: "rindex", Fn: func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
		return bytesFindImpl(t, self, args, kwnames, "rindex")
	}},
	{Name: "count", Fn: func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
		return bytesFindImpl(t, self, args, kwnames, "count")
	}},
	{Name: "replace", Fn: bytesReplace},
	{Name: "upper", Fn: bytesCase(true)},
	{Name: "lower", Fn: bytesCase(false)},
}

func init() {
	BytesType.Repr = bytesRepr
	BytesType.Hash = bytesHash
	BytesType.Compare = bytesCompare
	BytesType.Len = bytesLen
	BytesType.GetItem = bytesGetItem
	BytesType.Contains = bytesContains
	BytesType.Iter = bytesIterSlot
	BytesType.New = bytesNew
	BytesType.Concat = bytesConcat
	BytesType.Repeat = bytesRepeat
	BytesType.Number = &NumberMethods{Mod: func(t *Thread, a, b *Object) (*Object, error) {
		if !IsBytes(a) {
			return t.NewRef(NotImplemented), nil
		}
		return BytesPercentFormat(t, a, b)
	}}
	ReadyType(BytesType, bytesMethods, nil)
	ReadyType(BytesIterType, nil, nil)
}
