// This file defines memoryview: a Python object holding a buffer view
// (buffer.go) of another object, with item access in the view's struct
// format, slicing, cast and release.
//
// Each memoryview holds its own view of the exporter, so that releasing
// one (or its slices) never invalidates another, as CPython's shared
// managed buffer allows. Its mutex guards the released state and the
// exports counted against it, and is held while items are read or written,
// so that release() on another thread cannot pull the memory from under
// an access. The bytes themselves are shared with the exporter without
// its lock, as in CPython.

package object

import (
	"bytes"
	"fmt"
	"math"
	"sync"
)

// MemoryView is a memoryview object.
type MemoryView struct {
	Object
	mu       sync.Mutex
	v        *Buffer // the view; nil once released
	exports  int     // views exported from this memoryview; guarded by mu
	hash     int64   // cached hash, -1 until computed
	released bool
}

// MemoryViewType is memoryview.
var MemoryViewType = NewStaticType(&Type{Name: "memoryview", Flags: FlagGC | FlagWeakrefable,
	Doc: "Create a new memoryview object which references the given object.",
	// The exporter may refer back to the view (an instance dict holding
	// memoryview(self)), so views take part in cycle collection.
	Traverse: func(o *Object, visit Visitor) {
		if v := Cast[MemoryView](o).v; v != nil {
			visit(v.Obj)
		}
	},
	Clear: func(t *Thread, o *Object) {
		m := Cast[MemoryView](o)
		m.mu.Lock()
		v := m.v
		m.v = nil
		m.mu.Unlock()
		v.Release(t)
	},
})

// AsMemoryView returns o as a *MemoryView; o must be a memoryview.
func AsMemoryView(o *Object) *MemoryView { return Cast[MemoryView](o) }

// IsMemoryView reports whether o is a memoryview.
func IsMemoryView(o *Object) bool { return o.typ == MemoryViewType }

func errReleased(t *Thread) error {
	return t.Errorf(ValueErrorType, "operation forbidden on released memoryview object")
}

// isReleased reports whether o is a released memoryview.
func isReleased(o *Object) bool {
	if !IsMemoryView(o) {
		return false
	}
	m := Cast[MemoryView](o)
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.v == nil
}

// NewMemoryView returns memoryview(o).
func NewMemoryView(t *Thread, o *Object) (*Object, error) {
	if IsMemoryView(o) {
		src := Cast[MemoryView](o)
		v, err := src.derive(t)
		if err != nil {
			return nil, err
		}
		return newMemoryViewOf(t, v), nil
	}
	f := bufferSlot(o.typ)
	if f == nil {
		return nil, t.Errorf(TypeErrorType, "memoryview: a bytes-like object is required, not '%s'", o.typ.Name)
	}
	v, err := f(t, o, 0)
	if err != nil {
		return nil, err
	}
	return newMemoryViewOf(t, v), nil
}

// newMemoryViewOf returns a memoryview that owns v.
func newMemoryViewOf(t *Thread, v *Buffer) *Object {
	m := &MemoryView{v: v, hash: -1}
	t.Init(&m.Object, MemoryViewType)
	t.Track(&m.Object)
	return &m.Object
}

// derive returns a new view of m's exporter with m's layout, for a
// memoryview built from m (slices, casts, memoryview(m)).
func (m *MemoryView) derive(t *Thread) (*Buffer, error) {
	m.mu.Lock()
	v := m.v
	m.mu.Unlock()
	if v == nil {
		return nil, errReleased(t)
	}
	nv, err := GetBuffer(t, v.Obj, 0)
	if err != nil {
		return nil, err
	}
	// The exporter's memory cannot have moved: m's view pins it.
	nv.Mem, nv.Off, nv.Len, nv.Readonly = v.Mem, v.Off, v.Len, v.Readonly
	nv.Format, nv.ItemSize = v.Format, v.ItemSize
	nv.Shape = append([]int(nil), v.Shape...)
	nv.Strides = append([]int(nil), v.Strides...)
	return nv, nil
}

// view returns the live view, or the released error.
func (m *MemoryView) view(t *Thread) (*Buffer, error) {
	m.mu.Lock()
	v := m.v
	m.mu.Unlock()
	if v == nil {
		return nil, errReleased(t)
	}
	return v, nil
}

// locked runs f with the view under m's lock.
func (m *MemoryView) locked(t *Thread, f func(v *Buffer) error) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.v == nil {
		return errReleased(t)
	}
	if l := m.v.Lock; l != nil {
		// Lock order: the memoryview, then the exporter, which never
		// takes a memoryview's lock.
		l.Lock()
		defer l.Unlock()
	}
	return f(m.v)
}

// Release releases the view (memoryview.release()).
func (m *MemoryView) Release(t *Thread) error {
	m.mu.Lock()
	if m.exports > 0 {
		n := m.exports
		m.mu.Unlock()
		s := "s"
		if n == 1 {
			s = ""
		}
		return t.Errorf(BufferErrorType, "memoryview has %d exported buffer%s", n, s)
	}
	v := m.v
	m.v = nil
	m.released = true
	m.mu.Unlock()
	v.Release(t)
	return nil
}

func memoryViewGetBuffer(t *Thread, o *Object, flags BufferFlags) (*Buffer, error) {
	m := Cast[MemoryView](o)
	m.mu.Lock()
	defer m.mu.Unlock()
	v := m.v
	if v == nil {
		return nil, errReleased(t)
	}
	if flags&BufWritable != 0 && v.Readonly {
		return nil, readonlyBufferError(t, o)
	}
	m.exports++
	return &Buffer{
		Obj: t.NewRef(o), Mem: v.Mem, Off: v.Off, Len: v.Len, Readonly: v.Readonly,
		Format: v.Format, ItemSize: v.ItemSize, Shape: v.Shape, Strides: v.Strides, Lock: v.Lock,
		release: func() {
			m.mu.Lock()
			m.exports--
			m.mu.Unlock()
		},
	}, nil
}

// itemCode returns the view's format character, or NotImplementedError
// for formats memoryview cannot unpack.
func itemCode(t *Thread, v *Buffer) (byte, error) {
	code, _, ok := NativeItemSize(v.Format)
	if !ok {
		return 0, t.Errorf(NotImplementedErrorType, "memoryview: format %s not supported", v.Format)
	}
	return code, nil
}

func memoryViewNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	var o *Object
	if err := ParseArgs(t, "memoryview", args, kwnames, []string{"object"}, 1, &o); err != nil {
		return nil, err
	}
	return NewMemoryView(t, o)
}

func memoryViewRepr(t *Thread, o *Object) (*Object, error) {
	m := Cast[MemoryView](o)
	m.mu.Lock()
	released := m.v == nil
	m.mu.Unlock()
	if released {
		return NewStr(t, fmt.Sprintf("<released memory at %p>", o)), nil
	}
	return NewStr(t, fmt.Sprintf("<memory at %p>", o)), nil
}

func memoryViewLen(t *Thread, o *Object) (int, error) {
	v, err := Cast[MemoryView](o).view(t)
	if err != nil {
		return 0, err
	}
	if len(v.Shape) == 0 {
		return 1, nil // CPython counts the one item
	}
	return v.Shape[0], nil
}

// itemIndex resolves index i of dimension dim (0-based).
func itemIndex(t *Thread, v *Buffer, dim int, key *Object) (int, error) {
	i, err := AsInt64(t, key)
	if err != nil {
		if ErrorMatches(err, OverflowErrorType) {
			t.DropError(err)
			return 0, t.Errorf(IndexErrorType, "cannot fit 'int' into an index-sized integer")
		}
		return 0, err
	}
	n := int64(v.Shape[dim])
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return 0, t.Errorf(IndexErrorType, "index out of bounds on dimension %d", dim+1)
	}
	return int(i), nil
}

// itemOffset returns the offset in Mem of the item key names: an int for
// a 1-D view, a tuple of ints for an n-D one, () for a 0-D one. ok is
// false when key is not an item key (a slice, say).
func itemOffset(t *Thread, v *Buffer, key *Object) (off int, ok bool, err error) {
	isIndex := IsInt(key) || (key.typ.Number != nil && key.typ.Number.Index != nil)
	switch {
	case isIndex:
		if len(v.Shape) == 0 {
			return 0, true, t.Errorf(TypeErrorType, "invalid indexing of 0-dim memory")
		}
		if len(v.Shape) > 1 {
			return 0, true, t.Errorf(NotImplementedErrorType, "multi-dimensional sub-views are not implemented")
		}
		i, err := itemIndex(t, v, 0, key)
		return v.Off + i*v.Strides[0], true, err
	case IsTuple(key):
		items := AsTuple(key).Items
		for _, x := range items {
			if !IsInt(x) && (x.typ.Number == nil || x.typ.Number.Index == nil) {
				if IsSlice(x) {
					return 0, true, t.Errorf(NotImplementedErrorType, "multi-dimensional slicing is not implemented")
				}
				return 0, true, t.Errorf(TypeErrorType, "memoryview: invalid slice key")
			}
		}
		if len(items) < len(v.Shape) {
			return 0, true, t.Errorf(NotImplementedErrorType, "sub-views are not implemented")
		}
		if len(items) > len(v.Shape) {
			return 0, true, t.Errorf(TypeErrorType, "cannot index %d-dimension view with %d-element tuple", len(v.Shape), len(items))
		}
		off := v.Off
		for d, x := range items {
			i, err := itemIndex(t, v, d, x)
			if err != nil {
				return 0, true, err
			}
			off += i * v.Strides[d]
		}
		return off, true, nil
	}
	return 0, false, nil
}

func memoryViewGetItem(t *Thread, o, key *Object) (*Object, error) {
	m := Cast[MemoryView](o)
	v, err := m.view(t)
	if err != nil {
		return nil, err
	}
	if key == Ellipsis && len(v.Shape) == 0 {
		return NewMemoryView(t, o)
	}
	if IsSlice(key) {
		if len(v.Shape) == 0 {
			return nil, t.Errorf(TypeErrorType, "invalid indexing of 0-dim memory")
		}
		start, _, step, count, err := AsSlice(key).Indices(t, v.Shape[0])
		if err != nil {
			return nil, err
		}
		nv, err := m.derive(t)
		if err != nil {
			return nil, err
		}
		nv.Off += start * nv.Strides[0]
		nv.Shape[0] = count
		nv.Strides[0] *= step
		nv.Len = nv.ItemSize
		for _, n := range nv.Shape {
			nv.Len *= n
		}
		return newMemoryViewOf(t, nv), nil
	}
	code, err := itemCode(t, v)
	if err != nil {
		return nil, err
	}
	off, ok, err := itemOffset(t, v, key)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, t.Errorf(TypeErrorType, "memoryview: invalid slice key")
	}
	item := make([]byte, v.ItemSize)
	if err := m.locked(t, func(v *Buffer) error { copy(item, v.Mem[off:]); return nil }); err != nil {
		return nil, err
	}
	return UnpackItem(t, code, item), nil
}

// packError turns encodeItem's verdict into memoryview's exception.
func packError(t *Thread, err error, format string) error {
	if e, ok := err.(errInvalidItem); ok {
		if e.badType {
			return t.Errorf(TypeErrorType, "memoryview: invalid type for format '%s'", format)
		}
		return t.Errorf(ValueErrorType, "memoryview: invalid value for format '%s'", format)
	}
	return err
}

func memoryViewSetItem(t *Thread, o, key, val *Object) error {
	m := Cast[MemoryView](o)
	v, err := m.view(t)
	if err != nil {
		return err
	}
	if v.Readonly {
		return t.Errorf(TypeErrorType, "cannot modify read-only memory")
	}
	if val == nil {
		return t.Errorf(TypeErrorType, "cannot delete memory")
	}
	code, err := itemCode(t, v)
	if err != nil {
		return err
	}
	if IsSlice(key) {
		if len(v.Shape) != 1 {
			return t.Errorf(NotImplementedErrorType, "memoryview slice assignments are currently restricted to ndim = 1")
		}
		start, _, step, count, err := AsSlice(key).Indices(t, v.Shape[0])
		if err != nil {
			return err
		}
		src, err := GetBuffer(t, val, 0)
		if err != nil {
			return err
		}
		defer src.Release(t)
		srcCode, _, _ := NativeItemSize(src.Format)
		if len(src.Shape) != 1 || src.Shape[0] != count || srcCode != code {
			return t.Errorf(ValueErrorType, "memoryview assignment: lvalue and rvalue have different structures")
		}
		data := src.lockedBytes()
		return m.locked(t, func(v *Buffer) error {
			for k := 0; k < count; k++ {
				copy(v.Mem[v.Off+(start+k*step)*v.Strides[0]:], data[k*v.ItemSize:(k+1)*v.ItemSize])
			}
			return nil
		})
	}
	item := make([]byte, v.ItemSize)
	if err := encodeItem(t, code, val, item); err != nil {
		return packError(t, err, v.Format)
	}
	off, ok, err := itemOffset(t, v, key)
	if err != nil {
		return err
	}
	if !ok {
		return t.Errorf(TypeErrorType, "memoryview: invalid slice key")
	}
	return m.locked(t, func(v *Buffer) error { copy(v.Mem[off:], item); return nil })
}

// items returns a copy of the view's items in C order, read under the
// lock.
func (m *MemoryView) items(t *Thread) (*Buffer, []byte, error) {
	var v *Buffer
	var data []byte
	err := m.locked(t, func(b *Buffer) error {
		v, data = b, b.ToBytes()
		return nil
	})
	return v, data, err
}

// toList unpacks data (C order) into nested lists of shape.
func toList(t *Thread, code byte, size int, shape []int, data []byte) *Object {
	if len(shape) == 0 {
		return UnpackItem(t, code, data)
	}
	n := shape[0]
	items := make([]*Object, n)
	stride := len(data)
	if n > 0 {
		stride = len(data) / n
	}
	for i := range items {
		items[i] = toList(t, code, size, shape[1:], data[i*stride:(i+1)*stride])
	}
	return &NewList(t, items).Object
}

func memoryViewCompare(t *Thread, a, b *Object, op CompareOp) (*Object, error) {
	if op != EQ && op != NE {
		return t.NewRef(NotImplemented), nil
	}
	eq, err := memoryViewEqual(t, a, b)
	if err != nil || eq == nil {
		return eq, err
	}
	r := eq == True
	if op == NE {
		r = !r
	}
	return NewBool(r), nil
}

// memoryViewEqual is a == b where one is a memoryview: NotImplemented
// when the other exports nothing, else True or False.
func memoryViewEqual(t *Thread, a, b *Object) (*Object, error) {
	if !CheckBuffer(a) || !CheckBuffer(b) {
		return t.NewRef(NotImplemented), nil
	}
	if isReleased(a) || isReleased(b) {
		// A released view equals only itself.
		return NewBool(a == b), nil
	}
	va, err := GetBuffer(t, a, 0)
	if err != nil {
		if ErrorMatches(err, ValueErrorType) {
			// A released view equals only itself.
			t.DropError(err)
			return False, nil
		}
		return nil, err
	}
	defer va.Release(t)
	vb, err := GetBuffer(t, b, 0)
	if err != nil {
		if ErrorMatches(err, ValueErrorType) {
			t.DropError(err)
			return False, nil
		}
		return nil, err
	}
	defer vb.Release(t)
	if len(va.Shape) != len(vb.Shape) {
		return False, nil
	}
	for i := range va.Shape {
		if va.Shape[i] != vb.Shape[i] {
			return False, nil
		}
	}
	ca, _, oka := NativeItemSize(va.Format)
	cb, _, okb := NativeItemSize(vb.Format)
	if !oka || !okb {
		// CPython cannot unpack them either and leaves == to identity.
		return t.NewRef(NotImplemented), nil
	}
	da, db := va.lockedBytes(), vb.lockedBytes()
	if ca == cb && ca != 'f' && ca != 'd' {
		return NewBool(bytes.Equal(da, db)), nil
	}
	for i, j := 0, 0; i < len(da); i, j = i+va.ItemSize, j+vb.ItemSize {
		x, y := UnpackItem(t, ca, da[i:i+va.ItemSize]), UnpackItem(t, cb, db[j:j+vb.ItemSize])
		eq, err := RichCompareBool(t, x, y, EQ)
		t.Decref(x)
		t.Decref(y)
		if err != nil {
			return nil, err
		}
		if !eq {
			return False, nil
		}
	}
	return True, nil
}

func memoryViewHash(t *Thread, o *Object) (int64, error) {
	m := Cast[MemoryView](o)
	v, err := m.view(t)
	if err != nil {
		return 0, err
	}
	m.mu.Lock()
	h := m.hash
	m.mu.Unlock()
	if h != -1 {
		return h, nil
	}
	if !v.Readonly {
		return 0, t.Errorf(ValueErrorType, "cannot hash writable memoryview object")
	}
	if code, _, _ := NativeItemSize(v.Format); code != 'B' && code != 'b' && code != 'c' {
		return 0, t.Errorf(ValueErrorType, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'")
	}
	_, data, err := m.items(t)
	if err != nil {
		return 0, err
	}
	b := newBytesOwned(t, data)
	h, err = Hash(t, b)
	t.Decref(b)
	if err == nil {
		m.mu.Lock()
		m.hash = h
		m.mu.Unlock()
	}
	return h, err
}

// memoryViewIter iterates over a 1-D memoryview's items. It keeps its
// view until it is itself freed (threads may share it: see listIter).
type memoryViewIter struct {
	Object
	mv  *Object      // owned
	pos relaxedInt64 // -1 once exhausted
}

// MemoryViewIterType is memory_iterator.
var MemoryViewIterType = NewStaticType(&Type{
	Name: "memory_iterator",
	Iter: func(t *Thread, o *Object) (*Object, error) { return t.NewRef(o), nil },
	Next: func(t *Thread, o *Object) (*Object, error) {
		it := Cast[memoryViewIter](o)
		pos := int(it.pos.Load())
		if pos < 0 {
			return nil, nil
		}
		m := Cast[MemoryView](it.mv)
		var item []byte
		var code byte
		err := m.locked(t, func(v *Buffer) error {
			if pos < v.Shape[0] {
				code, _, _ = NativeItemSize(v.Format)
				off := v.Off + pos*v.Strides[0]
				item = append([]byte(nil), v.Mem[off:off+v.ItemSize]...)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		if item == nil {
			it.pos.Store(-1)
			return nil, nil
		}
		it.pos.Store(int64(pos + 1))
		return UnpackItem(t, code, item), nil
	},
	Dealloc: func(t *Thread, o *Object) { t.XDecref(Cast[memoryViewIter](o).mv) },
})

func memoryViewIterSlot(t *Thread, o *Object) (*Object, error) {
	v, err := Cast[MemoryView](o).view(t)
	if err != nil {
		return nil, err
	}
	if len(v.Shape) == 0 {
		return nil, t.Errorf(TypeErrorType, "invalid indexing of 0-dim memory")
	}
	if len(v.Shape) > 1 {
		return nil, t.Errorf(NotImplementedErrorType, "multi-dimensional sub-views are not implemented")
	}
	if _, err := itemCode(t, v); err != nil {
		return nil, err
	}
	it := &memoryViewIter{mv: t.NewRef(o)}
	t.Init(&it.Object, MemoryViewIterType)
	return &it.Object, nil
}

// memoryViewCast is cast(format, shape=...).
func memoryViewCast(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	var fmtO, shapeO *Object
	if err := parseClinic(t, "cast", args, kwnames, []string{"format", "shape"}, 1, &fmtO, &shapeO); err != nil {
		return nil, err
	}
	if !IsStr(fmtO) {
		return nil, t.Errorf(TypeErrorType, "cast() argument 'format' must be str, not %s", fmtO.typ.Name)
	}
	m := Cast[MemoryView](self)
	v, err := m.view(t)
	if err != nil {
		return nil, err
	}
	if !v.IsCContiguous() {
		return nil, t.Errorf(TypeErrorType, "memoryview: casts are restricted to C-contiguous views")
	}
	var shape []int
	if shapeO != nil {
		if !IsList(shapeO) && !IsTuple(shapeO) {
			return nil, t.Errorf(TypeErrorType, "shape must be a list or a tuple")
		}
		items, err := SequenceItems(t, shapeO)
		if err != nil {
			return nil, err
		}
		defer decrefAll(t, items)
		if len(items) > 64 {
			return nil, t.Errorf(ValueErrorType, "memoryview: number of dimensions must not exceed 64")
		}
		shape = []int{}
		for _, x := range items {
			if !IsInt(x) {
				return nil, t.Errorf(TypeErrorType, "memoryview.cast(): elements of shape must be integers")
			}
			n, err := AsInt64(t, x)
			if err != nil {
				if ErrorMatches(err, OverflowErrorType) {
					t.DropError(err)
					return nil, t.Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
				}
				return nil, err
			}
			if n <= 0 {
				return nil, t.Errorf(ValueErrorType, "memoryview.cast(): elements of shape must be integers > 0")
			}
			shape = append(shape, int(n))
		}
	}
	format := StrValue(fmtO)
	_, size, ok := NativeItemSize(format)
	if !ok {
		return nil, t.Errorf(ValueErrorType, "memoryview: destination format must be a native single character format prefixed with an optional '@'")
	}
	srcCode, _, _ := NativeItemSize(v.Format)
	isByte := func(c byte) bool { return c == 'B' || c == 'b' || c == 'c' }
	if !isByte(srcCode) && !isByte(format[len(format)-1]) {
		return nil, t.Errorf(TypeErrorType, "memoryview: cannot cast between two non-byte formats")
	}
	if len(shape) > 1 && len(v.Shape) != 1 {
		return nil, t.Errorf(TypeErrorType, "memoryview: cast must be 1D -> ND or ND -> 1D")
	}
	if v.Len%size != 0 {
		return nil, t.Errorf(TypeErrorType, "memoryview: length is not a multiple of itemsize")
	}
	if shape == nil {
		shape = []int{v.Len / size}
	} else {
		prod := size
		for _, n := range shape {
			if prod > math.MaxInt/n {
				return nil, t.Errorf(ValueErrorType, "memoryview.cast(): product(shape) > SSIZE_MAX")
			}
			prod *= n
		}
		if prod != v.Len {
			return nil, t.Errorf(TypeErrorType, "memoryview: product(shape) * itemsize != buffer size")
		}
	}
	nv, err := m.derive(t)
	if err != nil {
		return nil, err
	}
	nv.Format, nv.ItemSize, nv.Shape = format, size, shape
	nv.Strides = make([]int, len(shape))
	stride := size
	for i := len(shape) - 1; i >= 0; i-- {
		nv.Strides[i] = stride
		stride *= shape[i]
	}
	return newMemoryViewOf(t, nv), nil
}
