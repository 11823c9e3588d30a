// This file defines the buffer protocol (CPython's Py_buffer and
// bf_getbuffer): the way Go code reaches the memory of a bytes-like
// object (bytes, bytearray, memoryview, array.array) without copying.
//
// An exporter's type has a GetBuffer slot returning a *Buffer. While the
// view is held the exporter counts it as an export and refuses to resize
// (bytearray's "Existing exports of data: object cannot be re-sized"), so
// the memory stays where the view says. The caller gives the view back
// with Release, exactly once.
//
// Most callers want one of the helpers:
//
//	b, release, err := object.BytesLike(t, o) // read access, C-contiguous
//	defer release()
//
//	w, release, err := object.WritableBytes(t, o) // write access (readinto)
//
//	b, err := object.BytesLikeCopy(t, o) // a private copy, any strides
//
// They fail with CPython's TypeError "a bytes-like object is required,
// not 'X'" (WritableBytes: "argument must be read-write bytes-like
// object, not X"); CheckBuffer(o) asks without failing. An exporter
// defined outside this package (array.array) sets its type's GetBuffer
// slot to a function returning NewSimpleBuffer or NewTypedBuffer, with a
// release function that undoes its export count.
//
// The contents of a mutable exporter are not locked by a view: another
// thread may change bytes of a bytearray while a view of it is read, as in
// CPython. Callers that release the thread (blocking I/O) and need a
// stable value copy the bytes first.

package object

import "sync"

// Buffer is a view of an exporter's memory. The items are laid out as
// Shape and Strides say, starting at Mem[Off]; a 1-D C-contiguous view of
// bytes has Shape {n}, Strides {1}.
type Buffer struct {
	Obj      *Object // the exporter, owned by the view until Release
	Mem      []byte  // the memory the view indexes
	Off      int     // byte offset of the first item in Mem
	Len      int     // bytes the items cover: product(Shape) * ItemSize
	Readonly bool
	Format   string // the struct module's format of one item ("B")
	ItemSize int
	Shape    []int // items per dimension; len(Shape) is ndim (0: a scalar)
	Strides  []int // bytes between items per dimension, may be negative
	// Lock, when not nil, is the exporter's own lock over the bytes
	// (bytearray's): memoryview holds it while it reads or writes items,
	// so that its accesses are atomic with the exporter's methods.
	// Other consumers may ignore it.
	Lock sync.Locker
	// release undoes the exporter's export count; nil for immutable
	// exporters (bytes).
	release func()
}

// BufferFlags say what a consumer needs from GetBuffer.
type BufferFlags int

const (
	// BufWritable asks for a writable view (PyBUF_WRITABLE).
	BufWritable BufferFlags = 1 << iota
)

// NewSimpleBuffer returns a 1-D unsigned-byte view of mem for an
// exporter's GetBuffer slot; release (which may be nil) runs when the
// view is released. It takes a new reference to obj.
func NewSimpleBuffer(t *Thread, obj *Object, mem []byte, readonly bool, release func()) *Buffer {
	return &Buffer{
		Obj: t.NewRef(obj), Mem: mem, Len: len(mem), Readonly: readonly,
		Format: "B", ItemSize: 1, Shape: []int{len(mem)}, Strides: []int{1}, release: release,
	}
}

// NewTypedBuffer is NewSimpleBuffer for items of a struct format (array's
// typecodes): mem holds len(mem)/itemsize items.
func NewTypedBuffer(t *Thread, obj *Object, mem []byte, format string, itemsize int, readonly bool, release func()) *Buffer {
	return &Buffer{
		Obj: t.NewRef(obj), Mem: mem, Len: len(mem), Readonly: readonly,
		Format: format, ItemSize: itemsize, Shape: []int{len(mem) / itemsize}, Strides: []int{itemsize}, release: release,
	}
}

// Release gives the view back to its exporter. A nil view is ignored.
func (b *Buffer) Release(t *Thread) {
	if b == nil || b.Obj == nil {
		return
	}
	if b.release != nil {
		b.release()
		b.release = nil
	}
	o := b.Obj
	b.Obj, b.Mem = nil, nil
	t.Decref(o)
}

// NDim returns the number of dimensions.
func (b *Buffer) NDim() int { return len(b.Shape) }

// IsCContiguous reports whether the items lie in row-major order with no
// gaps, so that Bytes can return them as one slice.
func (b *Buffer) IsCContiguous() bool {
	if b.Len == 0 {
		return true
	}
	want := b.ItemSize
	for i := len(b.Shape) - 1; i >= 0; i-- {
		if b.Shape[i] > 1 && b.Strides[i] != want {
			return false
		}
		want *= b.Shape[i]
	}
	return true
}

// IsFContiguous reports whether the items lie in column-major order with
// no gaps.
func (b *Buffer) IsFContiguous() bool {
	if b.Len == 0 {
		return true
	}
	want := b.ItemSize
	for i := 0; i < len(b.Shape); i++ {
		if b.Shape[i] > 1 && b.Strides[i] != want {
			return false
		}
		want *= b.Shape[i]
	}
	return true
}

// Bytes returns the memory of a C-contiguous view (no copy).
func (b *Buffer) Bytes() []byte { return b.Mem[b.Off : b.Off+b.Len] }

// ToBytes returns the items in C order as a new slice, whatever the
// strides.
func (b *Buffer) ToBytes() []byte {
	if b.IsCContiguous() {
		return append([]byte(nil), b.Bytes()...)
	}
	out := make([]byte, 0, b.Len)
	b.eachItem(func(off int) { out = append(out, b.Mem[off:off+b.ItemSize]...) })
	return out
}

// lockedBytes is ToBytes under the exporter's Lock, if it has one.
func (b *Buffer) lockedBytes() []byte {
	if b.Lock != nil {
		b.Lock.Lock()
		defer b.Lock.Unlock()
	}
	return b.ToBytes()
}

// eachItem calls f with the byte offset in Mem of every item, in C order.
func (b *Buffer) eachItem(f func(off int)) {
	if b.Len == 0 && len(b.Shape) > 0 {
		return
	}
	var walk func(dim, off int)
	walk = func(dim, off int) {
		if dim == len(b.Shape) {
			f(off)
			return
		}
		for i := 0; i < b.Shape[dim]; i++ {
			walk(dim+1, off+i*b.Strides[dim])
		}
	}
	walk(0, b.Off)
}

// CheckBuffer reports whether o exports a buffer (PyObject_CheckBuffer).
func CheckBuffer(o *Object) bool { return bufferSlot(o.typ) != nil }

// bufferSlot returns the GetBuffer slot of typ or of the nearest base
// that has one (classes do not copy it: see vm's inheritHeapSlots).
func bufferSlot(typ *Type) func(t *Thread, o *Object, flags BufferFlags) (*Buffer, error) {
	if typ.GetBuffer != nil {
		return typ.GetBuffer
	}
	for _, b := range typ.MRO {
		if b.GetBuffer != nil {
			return b.GetBuffer
		}
	}
	return nil
}

// GetBuffer exports o's memory (PyObject_GetBuffer); the caller releases
// the view. A non-exporter gets "a bytes-like object is required".
func GetBuffer(t *Thread, o *Object, flags BufferFlags) (*Buffer, error) {
	f := bufferSlot(o.typ)
	if f == nil {
		return nil, t.Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", o.typ.Name)
	}
	return f(t, o, flags)
}

func noRelease() {}

// readonlyBufferError is a read-only exporter's answer to a request for
// a writable view.
func readonlyBufferError(t *Thread, o *Object) error {
	return t.Errorf(TypeErrorType, "argument must be read-write bytes-like object, not %s", o.typ.Name)
}

// BytesLike returns the bytes of a bytes-like object for reading, with the
// function that gives the view back (call it exactly once, when done with
// the slice; it is never nil when err is nil). It fails with CPython's
// TypeError "a bytes-like object is required, not 'X'", or BufferError
// for a non-contiguous memoryview. Do not modify the slice.
func BytesLike(t *Thread, o *Object) ([]byte, func(), error) {
	if o.typ == BytesType {
		return Cast[Bytes](o).b, noRelease, nil
	}
	return bufferBytes(t, o, 0)
}

// WritableBytes is BytesLike for writing into o's memory (readinto,
// recv_into); a read-only exporter gets "argument must be read-write
// bytes-like object, not X".
func WritableBytes(t *Thread, o *Object) ([]byte, func(), error) {
	return bufferBytes(t, o, BufWritable)
}

func bufferBytes(t *Thread, o *Object, flags BufferFlags) ([]byte, func(), error) {
	f := bufferSlot(o.typ)
	if f == nil {
		if flags&BufWritable != 0 {
			return nil, nil, t.Errorf(TypeErrorType, "argument must be read-write bytes-like object, not %s", o.typ.Name)
		}
		return nil, nil, t.Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", o.typ.Name)
	}
	v, err := f(t, o, flags)
	if err != nil {
		return nil, nil, err
	}
	if !v.IsCContiguous() {
		v.Release(t)
		return nil, nil, t.Errorf(BufferErrorType, "memoryview: underlying buffer is not C-contiguous")
	}
	return v.Bytes(), func() { v.Release(t) }, nil
}

// BytesLikeCopy returns a copy of the items of a bytes-like object, in
// C order whatever its strides (what bytes(x) holds).
func BytesLikeCopy(t *Thread, o *Object) ([]byte, error) {
	switch {
	case IsBytes(o):
		return append([]byte(nil), bytesOf(o)...), nil
	case IsByteArray(o):
		return Cast[ByteArray](o).Bytes(), nil
	}
	v, err := GetBuffer(t, o, 0)
	if err != nil {
		return nil, err
	}
	defer v.Release(t)
	return v.lockedBytes(), nil
}

// readBytes is the read of an argument inside a bytes or bytearray
// method, valid for the method's duration and never to be written:
// bytes' own memory, a bytearray's snapshot (so that a method never holds
// a view that would stop another thread's append), or another exporter's
// copied items. ok is false for a non-exporter, without an exception.
func readBytes(t *Thread, o *Object) (b []byte, ok bool, err error) {
	switch {
	case IsBytes(o):
		return bytesOf(o), true, nil
	case IsByteArray(o):
		return Cast[ByteArray](o).snapshot(), true, nil
	case bufferSlot(o.typ) == nil:
		return nil, false, nil
	}
	v, err := GetBuffer(t, o, 0)
	if err != nil {
		return nil, true, err
	}
	defer v.Release(t)
	return v.lockedBytes(), true, nil
}
