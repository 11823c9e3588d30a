// This file defines bytearray, the mutable byte string: its storage, the
// lock that keeps it safe to share between threads, and its buffer
// export.
//
// Concurrency: every read and write of the bytes holds mu, and mu is never
// held while Python code runs (an argument's __index__, an iterable's
// items) or a reference is dropped, so a mutation is atomic with respect
// to the others, as a critical section makes it in free-threaded CPython.
// The methods bytes and bytearray share (bytes_methods.go) run on a
// snapshot copied under mu. A buffer export (memoryview, BytesLike) pins
// the memory: while exports is non-zero nothing may change the length or
// move the bytes, only overwrite them in place.

package object

import (
	"bytes"
	"sync"
)

// ByteArray is a bytearray object.
type ByteArray struct {
	Object
	mu sync.Mutex
	// b is the contents, guarded by mu. Its array never moves while
	// exports > 0.
	b       []byte
	exports int // live buffer views; guarded by mu
	// sharedLen is how much of b's array snapshots may still be reading
	// (copy on write): a write below it copies b first (own). 0 when b
	// is private. Guarded by mu.
	sharedLen int
}

// ByteArrayType is bytearray.
var ByteArrayType = NewStaticType(&Type{Name: "bytearray", Flags: FlagBaseType,
	Doc: "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\nbytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given by the parameter initialized with null bytes\nbytearray() -> empty bytes array\n\nConstruct a mutable bytearray object from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - a bytes or a buffer object\n  - any object implementing the buffer API.\n  - an integer"})

// NewByteArray returns a new bytearray holding a copy of b.
func NewByteArray(t *Thread, b []byte) *Object { return newByteArrayOwned(t, bytes.Clone(b)) }

// newByteArrayOwned returns a new bytearray that takes over b.
func newByteArrayOwned(t *Thread, b []byte) *Object {
	o := &ByteArray{b: b}
	t.Init(&o.Object, ByteArrayType)
	return &o.Object
}

// newByteArrayShared returns a new bytearray over a snapshot of another:
// it copies the bytes before its first write.
func newByteArrayShared(t *Thread, b []byte) *Object {
	o := &ByteArray{b: b, sharedLen: len(b)}
	t.Init(&o.Object, ByteArrayType)
	return &o.Object
}

// IsByteArray reports whether o is a bytearray (or a subclass).
func IsByteArray(o *Object) bool {
	return o.typ == ByteArrayType || IsSubtype(o.typ, ByteArrayType)
}

// AsByteArray returns o as a *ByteArray; o must be a bytearray.
func AsByteArray(o *Object) *ByteArray { return Cast[ByteArray](o) }

// Obj returns the object header.
func (ba *ByteArray) Obj() *Object { return &ba.Object }

// Len returns the number of bytes.
func (ba *ByteArray) Len() int {
	ba.mu.Lock()
	n := len(ba.b)
	ba.mu.Unlock()
	return n
}

// Bytes returns a copy of the contents.
func (ba *ByteArray) Bytes() []byte {
	ba.mu.Lock()
	b := append([]byte{}, ba.b...)
	ba.mu.Unlock()
	return b
}

// snapshot returns the contents as they are now, for reading only and
// only for the duration of an operation (a method's receiver, an
// argument): later writes to the bytearray copy its bytes first, so the
// snapshot never changes, and taking one copies nothing unless views
// are exported (memoryview writes bypass copy on write).
func (ba *ByteArray) snapshot() []byte {
	ba.mu.Lock()
	defer ba.mu.Unlock()
	n := len(ba.b)
	if n == 0 {
		return []byte{}
	}
	if ba.exports > 0 {
		return bytes.Clone(ba.b)
	}
	ba.sharedLen = max(ba.sharedLen, n)
	return ba.b[:n:n]
}

// own makes b private before a write into its first sharedLen bytes;
// the caller holds mu.
func (ba *ByteArray) own() {
	if ba.sharedLen > 0 {
		ba.b = bytes.Clone(ba.b)
		ba.sharedLen = 0
	}
}

// appendOwn prepares b for an append: appending in place writes past
// the current length, which snapshots do not read unless the bytearray
// shrank since they were taken.
func (ba *ByteArray) appendOwn() {
	if len(ba.b) < ba.sharedLen {
		ba.own()
	}
}

// errExports is the error of a resize while views exist.
func errExports(t *Thread) error {
	return t.Errorf(BufferErrorType, "Existing exports of data: object cannot be re-sized")
}

// mutate runs f with the contents under the lock; f returns the new
// contents, which may be a different slice. A change of length (or of
// array) while views exist fails with BufferError and leaves the contents
// as they were. f runs no Python code.
func (ba *ByteArray) mutate(t *Thread, f func(b []byte) ([]byte, error)) error {
	ba.mu.Lock()
	defer ba.mu.Unlock()
	if ba.exports > 0 {
		// f works on a copy, so that a refused resize changes nothing.
		nb, err := f(bytes.Clone(ba.b))
		if err != nil {
			return err
		}
		if len(nb) != len(ba.b) {
			return errExports(t)
		}
		copy(ba.b, nb)
		return nil
	}
	ba.own()
	nb, err := f(ba.b)
	if err != nil {
		return err
	}
	ba.b = nb
	return nil
}

// resizeCheck fails when views exist: for operations that change the
// length whatever the contents.
func (ba *ByteArray) resizeCheck(t *Thread) error {
	if ba.exports > 0 {
		return errExports(t)
	}
	return nil
}

// Append appends c.
func (ba *ByteArray) Append(t *Thread, c byte) error {
	ba.mu.Lock()
	defer ba.mu.Unlock()
	if err := ba.resizeCheck(t); err != nil {
		return err
	}
	ba.appendOwn()
	ba.b = append(ba.b, c)
	return nil
}

// AppendBytes appends p (which must not alias the bytearray).
func (ba *ByteArray) AppendBytes(t *Thread, p []byte) error {
	ba.mu.Lock()
	defer ba.mu.Unlock()
	if len(p) == 0 {
		return nil
	}
	if err := ba.resizeCheck(t); err != nil {
		return err
	}
	ba.appendOwn()
	ba.b = append(ba.b, p...)
	return nil
}

// byteArrayGetBuffer exports the contents, writable, counting the export
// until the view is released.
func byteArrayGetBuffer(t *Thread, o *Object, flags BufferFlags) (*Buffer, error) {
	ba := Cast[ByteArray](o)
	ba.mu.Lock()
	// Views write in place, so the memory they see must be private.
	ba.own()
	ba.exports++
	mem := ba.b[:len(ba.b):len(ba.b)]
	ba.mu.Unlock()
	v := NewSimpleBuffer(t, o, mem, false, func() {
		ba.mu.Lock()
		ba.exports--
		ba.mu.Unlock()
	})
	v.Lock = &ba.mu
	return v, nil
}

func byteArrayRepr(t *Thread, o *Object) (*Object, error) {
	b := Cast[ByteArray](o).snapshot()
	name := o.typ.Name
	return NewStr(t, name+"("+bytesReprQuoted(b, true)+")"), nil
}

// compareBytes applies op to the result of bytes.Compare.
func compareBytes(c int, op CompareOp) bool {
	switch op {
	case EQ:
		return c == 0
	case NE:
		return c != 0
	case LT:
		return c < 0
	case LE:
		return c <= 0
	case GT:
		return c > 0
	}
	return c >= 0
}

// byteArrayCompare compares a bytearray with any bytes-like object.
func byteArrayCompare(t *Thread, a, b *Object, op CompareOp) (*Object, error) {
	x, ok, err := readBytes(t, a)
	if err != nil || !ok {
		if err == nil {
			return t.NewRef(NotImplemented), nil
		}
		return nil, err
	}
	y, ok, err := readBytes(t, b)
	if err != nil {
		// CPython's bytearray compares only what exports a plain buffer.
		if ErrorMatches(err, BufferErrorType) {
			t.DropError(err)
			return t.NewRef(NotImplemented), nil
		}
		return nil, err
	}
	if !ok {
		return t.NewRef(NotImplemented), nil
	}
	return NewBool(compareBytes(bytes.Compare(x, y), op)), nil
}

// byteArrayIter iterates over a bytearray as it is when each item is
// read. Threads may share it: see listIter.
type byteArrayIter struct {
	Object
	ba  *Object      // owned until the iterator is freed
	pos relaxedInt64 // -1 once exhausted
}

// ByteArrayIterType is bytearray_iterator.
var ByteArrayIterType = NewStaticType(&Type{
	Name: "bytearray_iterator",
	Iter: func(t *Thread, o *Object) (*Object, error) { return t.NewRef(o), nil },
	Next: func(t *Thread, o *Object) (*Object, error) {
		it := Cast[byteArrayIter](o)
		pos := it.pos.Load()
		if pos < 0 {
			return nil, nil
		}
		ba := Cast[ByteArray](it.ba)
		ba.mu.Lock()
		c, ok := 0, pos < int64(len(ba.b))
		if ok {
			c = int(ba.b[pos])
		}
		ba.mu.Unlock()
		if !ok {
			it.pos.Store(-1)
			return nil, nil
		}
		it.pos.Store(pos + 1)
		return SmallInt(int64(c)), nil
	},
	Dealloc: func(t *Thread, o *Object) { t.XDecref(Cast[byteArrayIter](o).ba) },
})

func byteArrayIterSlot(t *Thread, o *Object) (*Object, error) {
	it := &byteArrayIter{ba: t.NewRef(o)}
	t.Init(&it.Object, ByteArrayIterType)
	return &it.Object, nil
}
