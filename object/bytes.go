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

func bytesReprString(b []byte) string { return bytesReprQuoted(b, false) }

// bytesReprQuoted is bytes' repr; bytearray's (escapeSingle) escapes a
// single quote even inside double quotes, as CPython's does.
func bytesReprQuoted(b []byte, escapeSingle bool) string {
	quote := byte('\'')
	if bytes.IndexByte(b, '\'') >= 0 && bytes.IndexByte(b, '"') < 0 {
		quote = '"'
	}
	buf := make([]byte, 0, len(b)+3)
	buf = append(buf, 'b', quote)
	for _, c := range b {
		switch {
		case c == quote || c == '\\' || (escapeSingle && c == '\''):
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
	if p, ok, err := readBytes(t, v); ok || err != nil {
		return err == nil && bytes.Contains(bytesOf(o), p), err
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
	x := bytesOf(a)
	var y []byte
	if IsBytes(b) {
		y = bytesOf(b)
		if len(y) == 0 && a.typ == BytesType {
			return t.NewRef(a), nil
		}
		if len(x) == 0 && b.typ == BytesType {
			return t.NewRef(b), nil
		}
	} else {
		p, ok, err := readBytes(t, b)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, t.Errorf(TypeErrorType, "can't concat %s to bytes", b.typ.Name)
		}
		y = p
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

// bytesGetBuffer exports a bytes object's memory, read-only; bytes never
// changes, so there is no export count.
func bytesGetBuffer(t *Thread, o *Object, flags BufferFlags) (*Buffer, error) {
	if flags&BufWritable != 0 {
		return nil, readonlyBufferError(t, o)
	}
	return NewSimpleBuffer(t, o, bytesOf(o), true, nil), nil
}

// bytesIter iterates over a bytes object's values as ints. Threads may
// share it: see listIter.
type bytesIter struct {
	Object
	b   *Object      // owned until the iterator is freed
	pos relaxedInt64 // -1 once exhausted
}

// BytesIterType is bytes_iterator.
var BytesIterType = NewStaticType(&Type{
	Name: "bytes_iterator",
	Iter: func(t *Thread, o *Object) (*Object, error) { return t.NewRef(o), nil },
	Next: func(t *Thread, o *Object) (*Object, error) {
		it := Cast[bytesIter](o)
		pos := it.pos.Load()
		if pos < 0 {
			return nil, nil
		}
		if v := bytesOf(it.b); pos < int64(len(v)) {
			it.pos.Store(pos + 1)
			return SmallInt(int64(v[pos])), nil
		}
		it.pos.Store(-1)
		return nil, nil
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
			b, _, err := dunderBytes(t, src)
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
	case CheckBuffer(src):
		b, err := BytesLikeCopy(t, src)
		if err != nil {
			return nil, err
		}
		return newBytesOwned(t, b), nil
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
	BytesType.GetBuffer = bytesGetBuffer
	BytesType.Number = &NumberMethods{Mod: func(t *Thread, a, b *Object) (*Object, error) {
		if !IsBytes(a) {
			return t.NewRef(NotImplemented), nil
		}
		return BytesPercentFormat(t, a, b)
	}}
	ReadyType(BytesType, bytesMethods, nil)
	ReadyType(BytesIterType, bytesIterPickling, nil)
}
