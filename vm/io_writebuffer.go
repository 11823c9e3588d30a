// This file defines the writable buffer that _RawIOBase.read passes to
// readinto: a small type of its own with len(), indexing and slice
// assignment, which is what a readinto written in Python uses
// (b[:n] = data). The readinto methods written in Go take it or any
// writable buffer-protocol exporter (writableBytes).

package vm

import (
	"github.com/ftpy/ftpy/object"
)

// writeBuffer is a fixed-size run of bytes that Python code may change.
type writeBuffer struct {
	object.Object
	b []byte
}

var writeBufferType = object.NewStaticType(&object.Type{
	Name:   "_WriteBuffer",
	Module: "_io",
	Len: func(t *object.Thread, o *object.Object) (int, error) {
		return len(object.Cast[writeBuffer](o).b), nil
	},
	GetItem: writeBufferGetItem,
})

// NewWriteBuffer returns a writable buffer of n zero bytes.
func NewWriteBuffer(t *object.Thread, n int) *object.Object {
	w := &writeBuffer{b: make([]byte, n)}
	t.Init(&w.Object, writeBufferType)
	return &w.Object
}

// WriteBufferBytes returns the bytes of a buffer from NewWriteBuffer.
func WriteBufferBytes(o *object.Object) []byte { return object.Cast[writeBuffer](o).b }

func writeBufferGetItem(t *object.Thread, o, key *object.Object) (*object.Object, error) {
	b := object.Cast[writeBuffer](o).b
	if object.IsSlice(key) {
		start, _, step, count, err := object.AsSlice(key).Indices(t, len(b))
		if err != nil {
			return nil, err
		}
		out := make([]byte, count)
		for i := range out {
			out[i] = b[start+i*step]
		}
		return object.NewBytes(t, out), nil
	}
	i, err := bufferIndex(t, key, len(b))
	if err != nil {
		return nil, err
	}
	return object.NewInt(t, int64(b[i])), nil
}

func bufferIndex(t *object.Thread, key *object.Object, n int) (int, error) {
	if !object.IsInt(key) {
		return 0, t.Errorf(object.TypeErrorType, "buffer indices must be integers or slices, not %s", key.Type().Name)
	}
	i, err := object.AsInt64(t, key)
	if err != nil {
		return 0, err
	}
	if i < 0 {
		i += int64(n)
	}
	if i < 0 || i >= int64(n) {
		return 0, t.Errorf(object.IndexErrorType, "index out of range")
	}
	return int(i), nil
}

func writeBufferSetItem(t *object.Thread, o, key, v *object.Object) error {
	b := object.Cast[writeBuffer](o).b
	if v == nil {
		return t.Errorf(object.TypeErrorType, "cannot delete buffer items")
	}
	if object.IsSlice(key) {
		start, _, step, count, err := object.AsSlice(key).Indices(t, len(b))
		if err != nil {
			return err
		}
		src, ok := readableBytes(t, v)
		if !ok {
			return t.Errorf(object.TypeErrorType, "a bytes-like object is required, not '%s'", v.Type().Name)
		}
		if len(src) != count {
			return t.Errorf(object.ValueErrorType, "buffer slice assignment is wrong size")
		}
		for i, c := range src {
			b[start+i*step] = c
		}
		return nil
	}
	i, err := bufferIndex(t, key, len(b))
	if err != nil {
		return err
	}
	x, err := object.AsInt64(t, v)
	if err != nil {
		return err
	}
	if x < 0 || x > 255 {
		return t.Errorf(object.ValueErrorType, "byte must be in range(0, 256)")
	}
	b[i] = byte(x)
	return nil
}

// WritableBytes returns the memory a readinto may fill in o, and the
// release to call once it is written.
func WritableBytes(t *object.Thread, o *object.Object) ([]byte, func(), bool) {
	return writableBytes(t, o)
}

// writableBytes returns the memory a readinto may fill in o: the buffer
// _RawIOBase.read passes, or any writable exporter's (bytearray,
// memoryview, array, mmap), held exported until release is called so
// that it cannot be resized under the write.
func writableBytes(t *object.Thread, o *object.Object) ([]byte, func(), bool) {
	if o.Type() == writeBufferType {
		return object.Cast[writeBuffer](o).b, func() {}, true
	}
	if !object.CheckBuffer(o) {
		return nil, nil, false
	}
	b, release, err := object.WritableBytes(t, o)
	if err != nil {
		t.DropError(err)
		return nil, nil, false
	}
	return b, release, true
}

// readableBytes returns the contents of a bytes-like object (a copy for
// bytes).
func readableBytes(t *object.Thread, o *object.Object) ([]byte, bool) {
	if object.CheckBuffer(o) {
		if b, err := object.BytesLikeCopy(t, o); err == nil {
			return b, true
		} else {
			t.DropError(err)
		}
	}
	if b, release, ok := writableBytes(t, o); ok {
		release()
		return b, true
	}
	return nil, false
}

func init() {
	writeBufferType.SetItem = writeBufferSetItem
	object.ReadyType(writeBufferType, nil, nil)
}
