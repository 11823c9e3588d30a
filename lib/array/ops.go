// This file implements array.array's slots: the constructor, repr,
// comparison, indexing and slice assignment, concatenation and
// repetition, iteration and the buffer export.

package array

import (
	"bytes"
	"strings"

	"github.com/ftpy/ftpy/object"
)

func init() {
	at := arrayType
	at.New = arrayNew
	at.Repr = arrayRepr
	at.Compare = arrayCompare
	at.Len = func(t *object.Thread, o *object.Object) (int, error) { return asArray(o).length(), nil }
	at.GetItem = arrayGetItem
	at.SetItem = arraySetItem
	at.Contains = func(t *object.Thread, o, v *object.Object) (bool, error) {
		a := asArray(o)
		for _, x := range a.tc.items(t, a.snapshot()) {
			eq, err := object.RichCompareBool(t, x, v, object.EQ)
			t.Decref(x)
			if err != nil || eq {
				return eq, err
			}
		}
		return false, nil
	}
	at.Iter = func(t *object.Thread, o *object.Object) (*object.Object, error) {
		it := &arrayIter{a: t.NewRef(o)}
		t.Init(&it.Object, arrayIterType)
		return &it.Object, nil
	}
	at.Concat = arrayConcat
	at.Repeat = func(t *object.Thread, seq *object.Object, n int64) (*object.Object, error) {
		a := asArray(seq)
		b, err := repeat(t, a.snapshot(), n)
		if err != nil {
			return nil, err
		}
		return newArray(t, arrayType, a.tc, b), nil
	}
	at.GetBuffer = arrayGetBuffer
	at.Number = &object.NumberMethods{InplaceAdd: arrayInplaceAdd, InplaceMul: arrayInplaceMul}
	object.ReadyType(at, arrayMethods, arrayGetSets)
	object.ReadyType(arrayIterType, nil, nil)
}

func parseTypeCode(t *object.Thread, o *object.Object) (*typeCode, error) {
	if !object.IsStr(o) || len([]rune(object.StrValue(o))) != 1 {
		what := o.Type().Name
		if object.IsStr(o) {
			what = "a string of length " + itoa(len([]rune(object.StrValue(o))))
			if len([]rune(object.StrValue(o))) > 1 {
				what = "str"
			}
		}
		return nil, t.Errorf(object.TypeErrorType, "array() argument 1 must be a unicode character, not %s", what)
	}
	s := object.StrValue(o)
	tc := codes[s[0]]
	if len(s) != 1 || tc == nil {
		return nil, t.Errorf(object.ValueErrorType, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
	}
	return tc, nil
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

// arrayNew is array.array(typecode[, initializer]).
func arrayNew(t *object.Thread, typ *object.Type, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
	if kwnames != nil && len(kwnames.Items) > 0 && typ == arrayType {
		return nil, t.Errorf(object.TypeErrorType, "array.array() takes no keyword arguments")
	}
	npos := len(args)
	if kwnames != nil {
		npos -= len(kwnames.Items)
	}
	switch {
	case npos < 1:
		return nil, t.Errorf(object.TypeErrorType, "array() takes at least 1 argument (0 given)")
	case npos > 2:
		return nil, t.Errorf(object.TypeErrorType, "array() takes at most 2 arguments (%d given)", npos)
	}
	tc, err := parseTypeCode(t, args[0])
	if err != nil {
		return nil, err
	}
	var b []byte
	if npos == 2 {
		if b, err = initialItems(t, tc, args[1]); err != nil {
			return nil, err
		}
	}
	// A subclass's instances have the same layout: the attribute dict
	// has its field in array.
	return newArray(t, typ, tc, b), nil
}

// initialItems converts an initializer to packed items.
func initialItems(t *object.Thread, tc *typeCode, init *object.Object) ([]byte, error) {
	switch {
	case object.IsStr(init):
		if tc.code != 'u' {
			return nil, t.Errorf(object.TypeErrorType, "cannot use a str to initialize an array with typecode '%c'", tc.code)
		}
		var out []byte
		for _, r := range object.StrValue(init) {
			out = appendRune(out, r)
		}
		return out, nil
	case isArray(init) && asArray(init).tc.code == 'u' && tc.code != 'u':
		return nil, t.Errorf(object.TypeErrorType, "cannot use a unicode array to initialize an array with typecode '%c'", tc.code)
	case object.IsBytes(init) || object.IsByteArray(init):
		b, err := object.BytesLikeCopy(t, init)
		if err != nil {
			return nil, err
		}
		if len(b)%tc.size != 0 {
			return nil, t.Errorf(object.ValueErrorType, "bytes length not a multiple of item size")
		}
		return b, nil
	case isArray(init) && asArray(init).tc == tc:
		return asArray(init).snapshot(), nil
	}
	var out []byte
	err := object.Iterate(t, init, func(x *object.Object) error {
		var err error
		out, err = tc.encode(t, x, out)
		return err
	})
	return out, err
}

func appendRune(out []byte, r rune) []byte {
	return append(out, byte(r), byte(r>>8), byte(r>>16), byte(r>>24))
}

func arrayRepr(t *object.Thread, o *object.Object) (*object.Object, error) {
	a := asArray(o)
	b := a.snapshot()
	name := o.Type().Name
	if len(b) == 0 {
		return object.NewStr(t, name+"('"+string(a.tc.code)+"')"), nil
	}
	var inner *object.Object
	if a.tc.code == 'u' {
		s := object.NewStr(t, unicodeOf(b))
		defer t.Decref(s)
		inner = s
	} else {
		l := object.NewList(t, a.tc.items(t, b))
		defer t.Decref(l.Obj())
		inner = l.Obj()
	}
	r, err := object.ReprString(t, inner)
	if err != nil {
		return nil, err
	}
	return object.NewStr(t, name+"('"+string(a.tc.code)+"', "+r+")"), nil
}

// unicodeOf decodes a 'u' array's packed code points.
func unicodeOf(b []byte) string {
	var sb strings.Builder
	for i := 0; i+4 <= len(b); i += 4 {
		sb.WriteString(object.RuneStr(rune(uint32(b[i]) | uint32(b[i+1])<<8 | uint32(b[i+2])<<16 | uint32(b[i+3])<<24)))
	}
	return sb.String()
}

func arrayCompare(t *object.Thread, a, b *object.Object, op object.CompareOp) (*object.Object, error) {
	if !isArray(a) || !isArray(b) {
		return t.NewRef(object.NotImplemented), nil
	}
	x, y := asArray(a), asArray(b)
	xb, yb := x.snapshot(), y.snapshot()
	nx, ny := len(xb)/x.tc.size, len(yb)/y.tc.size
	if nx != ny && (op == object.EQ || op == object.NE) {
		return object.NewBool(op == object.NE), nil
	}
	if x.tc == y.tc && x.tc.code == 'B' {
		// Unsigned bytes compare as their values do.
		return object.NewBool(compareInts(bytes.Compare(xb, yb), op)), nil
	}
	// Find the first items that differ, then compare them (or the
	// lengths) with op.
	for i := 0; i < nx && i < ny; i++ {
		xi := x.tc.decode(t, xb[i*x.tc.size:(i+1)*x.tc.size])
		yi := y.tc.decode(t, yb[i*y.tc.size:(i+1)*y.tc.size])
		eq, err := object.RichCompareBool(t, xi, yi, object.EQ)
		if err != nil || !eq {
			var r *object.Object
			if err == nil {
				switch op {
				case object.EQ:
					r = object.False
				case object.NE:
					r = object.True
				default:
					r, err = object.RichCompare(t, xi, yi, op)
				}
			}
			t.Decref(xi)
			t.Decref(yi)
			return r, err
		}
		t.Decref(xi)
		t.Decref(yi)
	}
	return object.NewBool(compareInts(nx-ny, op)), nil
}

func compareInts(c int, op object.CompareOp) bool {
	switch op {
	case object.EQ:
		return c == 0
	case object.NE:
		return c != 0
	case object.LT:
		return c < 0
	case object.LE:
		return c <= 0
	case object.GT:
		return c > 0
	}
	return c >= 0
}

// index converts a non-slice subscript.
func index(t *object.Thread, key *object.Object) (int64, error) {
	if !object.IsInt(key) && (key.Type().Number == nil || key.Type().Number.Index == nil) {
		return 0, t.Errorf(object.TypeErrorType, "array indices must be integers")
	}
	i, err := object.AsInt64(t, key)
	if err != nil {
		if object.ErrorMatches(err, object.OverflowErrorType) {
			t.DropError(err)
			return 0, t.Errorf(object.IndexErrorType, "cannot fit '%s' into an index-sized integer", key.Type().Name)
		}
		return 0, err
	}
	return i, nil
}

func arrayGetItem(t *object.Thread, o, key *object.Object) (*object.Object, error) {
	a := asArray(o)
	size := a.tc.size
	if object.IsSlice(key) {
		start, _, step, count, err := object.AsSlice(key).Indices(t, a.length())
		if err != nil {
			return nil, err
		}
		a.mu.Lock()
		out := make([]byte, 0, max(count, 0)*size)
		n := len(a.b) / size
		for k, i := 0, start; k < count && i >= 0 && i < n; k, i = k+1, i+step {
			out = append(out, a.b[i*size:(i+1)*size]...)
		}
		a.mu.Unlock()
		return newArray(t, arrayType, a.tc, out), nil
	}
	i, err := index(t, key)
	if err != nil {
		return nil, err
	}
	a.mu.Lock()
	n := int64(len(a.b) / size)
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		a.mu.Unlock()
		return nil, t.Errorf(object.IndexErrorType, "array index out of range")
	}
	item := append([]byte(nil), a.b[int(i)*size:(int(i)+1)*size]...)
	a.mu.Unlock()
	return a.tc.decode(t, item), nil
}

// mutate runs f on the items under the lock; a change of length while
// views exist fails with BufferError and changes nothing.
func (a *array) mutate(t *object.Thread, f func(b []byte) ([]byte, error)) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.exports > 0 {
		nb, err := f(append([]byte(nil), a.b...))
		if err != nil {
			return err
		}
		if len(nb) != len(a.b) {
			return errExports(t)
		}
		copy(a.b, nb)
		return nil
	}
	nb, err := f(a.b)
	if err != nil {
		return err
	}
	a.b = nb
	return nil
}

func arraySetItem(t *object.Thread, o, key, v *object.Object) error {
	a := asArray(o)
	size := a.tc.size
	if !object.IsSlice(key) {
		i, err := index(t, key)
		if err != nil {
			return err
		}
		var item []byte
		if v != nil {
			if item, err = a.tc.encode(t, v, nil); err != nil {
				return err
			}
		}
		return a.mutate(t, func(b []byte) ([]byte, error) {
			n := int64(len(b) / size)
			if i < 0 {
				i += n
			}
			if i < 0 || i >= n {
				return nil, t.Errorf(object.IndexErrorType, "array assignment index out of range")
			}
			at := int(i) * size
			if v != nil {
				copy(b[at:], item)
				return b, nil
			}
			return append(b[:at], b[at+size:]...), nil
		})
	}
	var p []byte
	if v != nil {
		if !isArray(v) {
			return t.Errorf(object.TypeErrorType, "can only assign array (not \"%s\") to array slice", v.Type().Name)
		}
		src := asArray(v)
		if src.tc != a.tc {
			return t.Errorf(object.TypeErrorType, "bad argument type for built-in operation")
		}
		p = src.snapshot()
	}
	start, stop, step, count, err := object.AsSlice(key).Indices(t, a.length())
	if err != nil {
		return err
	}
	return a.mutate(t, func(b []byte) ([]byte, error) {
		n := len(b) / size
		start, stop = min(start, n), min(stop, n)
		if step == 1 {
			count = max(stop-start, 0)
		} else if count > 0 {
			if last := start + (count-1)*step; start >= n || last < 0 || last >= n {
				count = 0
			}
		}
		if step == 1 {
			out := make([]byte, 0, len(b)-count*size+len(p))
			out = append(out, b[:start*size]...)
			out = append(out, p...)
			return append(out, b[(start+count)*size:]...), nil
		}
		if v == nil {
			drop := make([]bool, n)
			for k, i := 0, start; k < count; k, i = k+1, i+step {
				drop[i] = true
			}
			out := make([]byte, 0, len(b))
			for i := 0; i < n; i++ {
				if !drop[i] {
					out = append(out, b[i*size:(i+1)*size]...)
				}
			}
			return out, nil
		}
		if len(p)/size != count {
			return nil, t.Errorf(object.ValueErrorType, "attempt to assign array of size %d to extended slice of size %d", len(p)/size, count)
		}
		for k, i := 0, start; k < count; k, i = k+1, i+step {
			copy(b[i*size:], p[k*size:(k+1)*size])
		}
		return b, nil
	})
}

func arrayConcat(t *object.Thread, a, b *object.Object) (*object.Object, error) {
	if !isArray(b) {
		return nil, t.Errorf(object.TypeErrorType, "can only append array (not \"%s\") to array", b.Type().Name)
	}
	x, y := asArray(a), asArray(b)
	if x.tc != y.tc {
		return nil, t.Errorf(object.TypeErrorType, "bad argument type for built-in operation")
	}
	return newArray(t, arrayType, x.tc, append(x.snapshot(), y.snapshot()...)), nil
}

func arrayInplaceAdd(t *object.Thread, a, b *object.Object) (*object.Object, error) {
	if !isArray(b) {
		return nil, t.Errorf(object.TypeErrorType, "can only extend array with array (not \"%s\")", b.Type().Name)
	}
	if err := extendArray(t, asArray(a), asArray(b)); err != nil {
		return nil, err
	}
	return t.NewRef(a), nil
}

// extendArray appends src's items (src may be dst).
func extendArray(t *object.Thread, dst, src *array) error {
	if dst.tc != src.tc {
		return t.Errorf(object.TypeErrorType, "can only extend with array of same kind")
	}
	p := src.snapshot()
	return dst.appendBytes(t, p)
}

// appendBytes appends packed items.
func (a *array) appendBytes(t *object.Thread, p []byte) error {
	if len(p) == 0 {
		return nil
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.exports > 0 {
		return errExports(t)
	}
	a.b = append(a.b, p...)
	return nil
}

func repeat(t *object.Thread, b []byte, n int64) ([]byte, error) {
	if n <= 0 || len(b) == 0 {
		return nil, nil
	}
	if int64(len(b)) > (1<<62)/n {
		return nil, t.NewException(object.MemoryErrorType)
	}
	if err := t.CheckAlloc(int64(len(b)) * n); err != nil {
		return nil, err
	}
	return bytes.Repeat(b, int(n)), nil
}

func arrayInplaceMul(t *object.Thread, a, b *object.Object) (*object.Object, error) {
	if !object.IsInt(b) && (b.Type().Number == nil || b.Type().Number.Index == nil) {
		return t.NewRef(object.NotImplemented), nil
	}
	n, err := object.AsInt64(t, b)
	if err != nil {
		return nil, err
	}
	err = asArray(a).mutate(t, func(v []byte) ([]byte, error) {
		if n == 1 {
			return v, nil
		}
		return repeat(t, v, n)
	})
	if err != nil {
		return nil, err
	}
	return t.NewRef(a), nil
}

// arrayGetBuffer exports the items, writable, in their struct format
// ('w' for 'u', as CPython names wchar_t).
func arrayGetBuffer(t *object.Thread, o *object.Object, flags object.BufferFlags) (*object.Buffer, error) {
	a := asArray(o)
	a.mu.Lock()
	a.exports++
	mem := a.b[:len(a.b):len(a.b)]
	a.mu.Unlock()
	format := string(a.tc.code)
	if a.tc.code == 'u' {
		format = "w"
	}
	v := object.NewTypedBuffer(t, o, mem, format, a.tc.size, false, func() {
		a.mu.Lock()
		a.exports--
		a.mu.Unlock()
	})
	v.Lock = &a.mu
	return v, nil
}

// arrayIter iterates over an array as it is when each item is read.
// Threads may share one: pos is guarded by the array's lock, and the
// iterator keeps its array until it is itself freed (dropping it at the
// end could free it under another thread still reading).
type arrayIter struct {
	object.Object
	a   *object.Object // owned
	pos int            // -1 once exhausted
}

var arrayIterType = object.NewStaticType(&object.Type{
	Name:   "arrayiterator",
	Module: "array",
	Iter:   func(t *object.Thread, o *object.Object) (*object.Object, error) { return t.NewRef(o), nil },
	Next: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		it := object.Cast[arrayIter](o)
		a := asArray(it.a)
		size := a.tc.size
		a.mu.Lock()
		var item []byte
		if it.pos >= 0 && (it.pos+1)*size <= len(a.b) {
			item = append([]byte(nil), a.b[it.pos*size:(it.pos+1)*size]...)
			it.pos++
		} else {
			it.pos = -1
		}
		a.mu.Unlock()
		if item == nil {
			return nil, nil
		}
		return a.tc.decode(t, item), nil
	},
	Dealloc: func(t *object.Thread, o *object.Object) { t.XDecref(object.Cast[arrayIter](o).a) },
})
