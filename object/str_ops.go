// This file implements str's slots: repr, hash, comparison, length,
// indexing and slicing by code point, containment, iteration,
// concatenation, repetition, % formatting and the constructor.

package object

import (
	"strings"
	"unicode/utf8"
)

// newStrInfo returns a str whose code-point length and ASCII-ness are
// already known, skipping the count NewStr does.
func newStrInfo(t *Thread, v string, n int, ascii bool) *Object {
	if v == "" {
		return &emptyStr.Object
	}
	if len(v) == 1 && v[0] < 0x80 {
		return &asciiChars[v[0]].Object
	}
	s := &Str{s: v, n: n, ascii: ascii}
	if !ascii && rt.cfg.Debug {
		checkStrText(v)
	}
	t.Init(&s.Object, StrType)
	return &s.Object
}

// newStrASCII returns a str known to be ASCII.
func newStrASCII(t *Thread, v string) *Object { return newStrInfo(t, v, len(v), true) }

// strSub returns s[lo:hi] by byte offsets, reusing s when it is the whole
// string.
func strSub(t *Thread, s *Str, lo, hi int) *Object {
	if lo == 0 && hi == len(s.s) && s.typ == StrType {
		return t.NewRef(&s.Object)
	}
	v := s.s[lo:hi]
	if s.ascii {
		return newStrInfo(t, v, len(v), true)
	}
	return NewStr(t, v)
}

// strResult returns v as a str, reusing s when v is its whole value.
func strResult(t *Thread, s *Str, v string) *Object {
	if len(v) == len(s.s) && v == s.s && s.typ == StrType {
		return t.NewRef(&s.Object)
	}
	return NewStr(t, v)
}

// byteOffset returns the byte offset of code point i (0 <= i <= s.n).
func (s *Str) byteOffset(i int) int {
	if s.ascii {
		return i
	}
	if i >= s.n {
		return len(s.s)
	}
	v := s.s
	for b := 0; b < len(v); b++ {
		if v[b]&0xC0 != 0x80 {
			if i == 0 {
				return b
			}
			i--
		}
	}
	return len(v)
}

// cpIndex converts a byte offset in s to a code-point index.
func (s *Str) cpIndex(b int) int {
	if s.ascii {
		return b
	}
	n, _ := strLenOf(s.s[:b])
	return n
}

// strReprString returns Python's repr of a string.
func strReprString(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	// Fast path: printable ASCII without the quote or backslash.
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c >= 0x7f || c == quote || c == '\\' {
			clean = false
			break
		}
	}
	if clean {
		return string(quote) + s + string(quote)
	}
	buf := make([]byte, 0, len(s)+8)
	buf = append(buf, quote)
	buf = appendReprBody(buf, s, quote, false)
	return string(append(buf, quote))
}

const hexDigits = "0123456789abcdef"

// appendReprBody appends the escaped body of a str repr; asciiOnly makes
// every non-ASCII character an escape (ascii()).
func appendReprBody(buf []byte, s string, quote byte, asciiOnly bool) []byte {
	for i := 0; i < len(s); {
		r, n := decodeRune(s[i:])
		i += n
		switch {
		case r == rune(quote) || r == '\\':
			buf = append(buf, '\\', byte(r))
		case r == '\n':
			buf = append(buf, '\\', 'n')
		case r == '\r':
			buf = append(buf, '\\', 'r')
		case r == '\t':
			buf = append(buf, '\\', 't')
		case r < 0x20 || r == 0x7f:
			buf = append(buf, '\\', 'x', hexDigits[r>>4], hexDigits[r&15])
		case r < 0x7f:
			buf = append(buf, byte(r))
		case asciiOnly || !isPrintable(r):
			buf = appendCharEscape(buf, r)
		default:
			buf = utf8.AppendRune(buf, r)
		}
	}
	return buf
}

// appendCharEscape appends \xhh, \uhhhh or \Uhhhhhhhh for r.
func appendCharEscape(buf []byte, r rune) []byte {
	switch {
	case r <= 0xff:
		return append(buf, '\\', 'x', hexDigits[r>>4], hexDigits[r&15])
	case r <= 0xffff:
		return append(buf, '\\', 'u', hexDigits[r>>12&15], hexDigits[r>>8&15], hexDigits[r>>4&15], hexDigits[r&15])
	}
	buf = append(buf, '\\', 'U')
	for sh := 28; sh >= 0; sh -= 4 {
		buf = append(buf, hexDigits[r>>uint(sh)&15])
	}
	return buf
}

// ASCIIRepr returns ascii(o): repr(o) with non-ASCII characters escaped.
func ASCIIRepr(t *Thread, o *Object) (*Object, error) {
	r, err := Repr(t, o)
	if err != nil {
		return nil, err
	}
	rs := AsStr(r)
	if rs.ascii {
		return r, nil
	}
	buf := make([]byte, 0, len(rs.s)+8)
	for _, c := range rs.s {
		if c < 0x80 {
			buf = append(buf, byte(c))
		} else {
			buf = appendCharEscape(buf, c)
		}
	}
	t.Decref(r)
	return newStrASCII(t, string(buf)), nil
}

func strRepr(t *Thread, o *Object) (*Object, error) {
	s := AsStr(o)
	r := strReprString(s.s)
	if s.ascii {
		return newStrASCII(t, r), nil
	}
	return NewStr(t, r), nil
}

func strStr(t *Thread, o *Object) (*Object, error) {
	if o.typ == StrType {
		return t.NewRef(o), nil
	}
	s := AsStr(o)
	return newStrInfo(t, s.s, s.n, s.ascii), nil
}

func strHashSlot(t *Thread, o *Object) (int64, error) { return AsStr(o).Hash(), nil }

func strCompare(t *Thread, a, b *Object, op CompareOp) (*Object, error) {
	if !IsStr(a) || !IsStr(b) {
		return t.NewRef(NotImplemented), nil
	}
	x, y := AsStr(a), AsStr(b)
	var r bool
	switch op {
	case EQ:
		r = strEqual(x, y)
	case NE:
		r = !strEqual(x, y)
	case LT:
		r = x.s < y.s
	case LE:
		r = x.s <= y.s
	case GT:
		r = x.s > y.s
	case GE:
		r = x.s >= y.s
	}
	return NewBool(r), nil
}

func strLen(t *Thread, o *Object) (int, error) { return AsStr(o).n, nil }

func strBool(t *Thread, o *Object) (bool, error) { return AsStr(o).n != 0, nil }

// strCharAt returns the one-character str at code point i.
func strCharAt(t *Thread, s *Str, i int) *Object {
	if s.ascii {
		return &asciiChars[s.s[i]].Object
	}
	b := s.byteOffset(i)
	r, size := decodeRune(s.s[b:])
	if r < 0x80 {
		return &asciiChars[r].Object
	}
	return newStrInfo(t, s.s[b:b+size], 1, false)
}

func strGetItem(t *Thread, o, key *Object) (*Object, error) {
	s := AsStr(o)
	if IsInt(key) {
		if key.typ == IntType || key.typ == BoolType {
			if i := Cast[Int](key); i.big == nil {
				v := i.v
				if v < 0 {
					v += int64(s.n)
				}
				if v < 0 || v >= int64(s.n) {
					return nil, t.Errorf(IndexErrorType, "string index out of range")
				}
				return strCharAt(t, s, int(v)), nil
			}
		}
		i, err := NormalizeIndex(t, key, s.n, "string")
		if err != nil {
			return nil, err
		}
		return strCharAt(t, s, i), nil
	}
	if IsSlice(key) {
		start, _, step, count, err := AsSlice(key).Indices(t, s.n)
		if err != nil {
			return nil, err
		}
		return strSliceResult(t, s, start, step, count), nil
	}
	if n := key.typ.Number; n != nil && n.Index != nil {
		i, err := NormalizeIndex(t, key, s.n, "string")
		if err != nil {
			return nil, err
		}
		return strCharAt(t, s, i), nil
	}
	return nil, t.Errorf(TypeErrorType, "string indices must be integers, not '%s'", key.typ.Name)
}

// strSliceResult returns the count code points of s starting at start
// with stride step.
func strSliceResult(t *Thread, s *Str, start, step, count int) *Object {
	if count <= 0 {
		return &emptyStr.Object
	}
	if step == 1 {
		return strSub(t, s, s.byteOffset(start), s.byteOffset(start+count))
	}
	if s.ascii {
		buf := make([]byte, count)
		for k, i := 0, start; k < count; k, i = k+1, i+step {
			buf[k] = s.s[i]
		}
		return newStrInfo(t, string(buf), count, true)
	}
	runes := strRunes(s.s)
	out := make([]rune, count)
	for k, i := 0, start; k < count; k, i = k+1, i+step {
		out[k] = runes[i]
	}
	return NewStr(t, runesToStr(out))
}

func strContains(t *Thread, o, v *Object) (bool, error) {
	if !IsStr(v) {
		return false, t.Errorf(TypeErrorType, "'in <string>' requires string as left operand, not %s", v.typ.Name)
	}
	return strings.Contains(AsStr(o).s, AsStr(v).s), nil
}

// StrConcat returns a + b for two strs; either may be a subclass.
func StrConcat(t *Thread, a, b *Object) (*Object, error) {
	x, y := AsStr(a), AsStr(b)
	if y.n == 0 && x.typ == StrType {
		return t.NewRef(a), nil
	}
	if x.n == 0 && y.typ == StrType {
		return t.NewRef(b), nil
	}
	if x.n+y.n > maxIndex {
		return nil, t.Errorf(OverflowErrorType, "strings are too large to concat")
	}
	return newStrInfo(t, x.s+y.s, x.n+y.n, x.ascii && y.ascii), nil
}

// strConcat is str's Concat slot.
func strConcat(t *Thread, a, b *Object) (*Object, error) {
	if !IsStr(b) {
		return nil, t.Errorf(TypeErrorType, "can only concatenate str (not \"%s\") to str", b.typ.Name)
	}
	return StrConcat(t, a, b)
}

// strRepeat is str's Repeat slot.
func strRepeat(t *Thread, seq *Object, n int64) (*Object, error) {
	s := AsStr(seq)
	if n <= 0 || s.n == 0 {
		return &emptyStr.Object, nil
	}
	if n == 1 && s.typ == StrType {
		return t.NewRef(seq), nil
	}
	if int64(len(s.s)) > maxIndex/n {
		return nil, t.Errorf(OverflowErrorType, "repeated string is too long")
	}
	if err := t.CheckAlloc(int64(len(s.s)) * n); err != nil {
		return nil, err
	}
	return newStrInfo(t, strings.Repeat(s.s, int(n)), s.n*int(n), s.ascii), nil
}

func strMod(t *Thread, a, b *Object) (*Object, error) {
	if !IsStr(a) {
		return t.NewRef(NotImplemented), nil
	}
	return StrPercentFormat(t, a, b)
}

// strIter iterates over a str's characters. Threads may share it: see
// listIter. Every position stored is a character boundary computed from
// another, so racing threads never leave it inside a character.
type strIter struct {
	Object
	s   *Str         // owned until the iterator is freed
	pos relaxedInt64 // byte offset of the next character; -1 once exhausted
}

// StrIterType is str_iterator (str_ascii_iterator for ASCII strings in
// CPython; one type serves both here).
var StrIterType = NewStaticType(&Type{
	Name:    "str_iterator",
	Iter:    func(t *Thread, o *Object) (*Object, error) { return t.NewRef(o), nil },
	Next:    strIterNext,
	Dealloc: func(t *Thread, o *Object) { t.Decref(&Cast[strIter](o).s.Object) },
})

func strIterNext(t *Thread, o *Object) (*Object, error) {
	it := Cast[strIter](o)
	pos := int(it.pos.Load())
	if pos < 0 {
		return nil, nil
	}
	s := it.s.s
	if pos >= len(s) {
		it.pos.Store(-1)
		return nil, nil
	}
	c := s[pos]
	if c < 0x80 {
		it.pos.Store(int64(pos + 1))
		return &asciiChars[c].Object, nil
	}
	_, size := decodeRune(s[pos:])
	it.pos.Store(int64(pos + size))
	return newStrInfo(t, s[pos:pos+size], 1, false), nil
}

func strIterSlot(t *Thread, o *Object) (*Object, error) {
	it := &strIter{s: AsStr(t.NewRef(o))}
	t.Init(&it.Object, StrIterType)
	return &it.Object, nil
}

// strNew is str(object, encoding, errors).
func strNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	var obj, enc, errs *Object
	if err := parseClinic(t, "str", args, kwnames, []string{"object", "encoding", "errors"}, 0, &obj, &enc, &errs); err != nil {
		return nil, err
	}
	var r *Object
	switch {
	case obj == nil:
		r = &emptyStr.Object
	case enc == nil && errs == nil:
		var err error
		if r, err = StrOf(t, obj); err != nil {
			return nil, err
		}
	default:
		encoding, errors := "utf-8", "strict"
		if enc != nil {
			if !IsStr(enc) {
				return nil, t.Errorf(TypeErrorType, "str() argument 'encoding' must be str, not %s", argTypeName(enc))
			}
			encoding = StrValue(enc)
		}
		if errs != nil {
			if !IsStr(errs) {
				return nil, t.Errorf(TypeErrorType, "str() argument 'errors' must be str, not %s", argTypeName(errs))
			}
			errors = StrValue(errs)
		}
		if IsStr(obj) {
			return nil, t.Errorf(TypeErrorType, "decoding str is not supported")
		}
		if !CheckBuffer(obj) {
			return nil, t.Errorf(TypeErrorType, "decoding to str: need a bytes-like object, %s found", obj.typ.Name)
		}
		b, release, err := BytesLike(t, obj)
		if err != nil {
			return nil, err
		}
		r, err = DecodeBytes(t, b, encoding, errors)
		release()
		if err != nil {
			return nil, err
		}
	}
	if typ == StrType {
		return r, nil
	}
	// A subclass instance holding a copy of the value.
	src := AsStr(r)
	s := allocStr(typ)
	s.s, s.n, s.ascii = src.s, src.n, src.ascii
	t.Decref(r)
	t.Init(&s.Object, typ)
	return &s.Object, nil
}

func init() {
	StrType.Repr = strRepr
	StrType.Str = strStr
	StrType.Hash = strHashSlot
	StrType.Compare = strCompare
	StrType.Len = strLen
	StrType.Bool = strBool
	StrType.GetItem = strGetItem
	StrType.Contains = strContains
	StrType.Iter = strIterSlot
	StrType.New = strNew
	StrType.Number = &NumberMethods{Mod: strMod}
	StrType.Concat = strConcat
	StrType.Repeat = strRepeat
	ReadyType(StrIterType, strIterPickling, nil)
}
