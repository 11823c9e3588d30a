// This file defines _io.BytesIO, a binary stream over bytes in memory.
// A mutex guards the buffer and position, so threads may share one.

package io

import (
	"bytes"
	"math"
	"sync"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

type bytesIO struct {
	vm.IOBase
	mu     sync.Mutex
	buf    []byte
	pos    int
	closed bool
}

func asBytesIO(o *object.Object) *bytesIO { return object.Cast[bytesIO](o) }

var bytesIOType = vm.NewIOType(&object.Type{
	Name: "BytesIO",
	Base: vm.BufferedIOBaseType,
	// Iteration checks for a closed stream at each line, not at iter().
	Iter: func(t *object.Thread, o *object.Object) (*object.Object, error) { return t.NewRef(o), nil },
	Next: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		b := asBytesIO(o)
		line, err := b.locked(t, func() (*object.Object, error) { return object.NewBytes(t, b.readline(-1)), nil })
		if err != nil || object.Cast[object.Bytes](line).Len() > 0 {
			return line, err
		}
		t.Decref(line)
		return nil, nil
	},
	New: func(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		b := &bytesIO{}
		t.Init(&b.Object, typ)
		t.Track(&b.Object)
		return &b.Object, nil
	},
	Init: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) error {
		var initial *object.Object
		if err := object.ParseArgs(t, "BytesIO", args, kw, []string{"initial_bytes"}, 0, &initial); err != nil {
			return err
		}
		b := asBytesIO(self)
		b.mu.Lock()
		defer b.mu.Unlock()
		b.buf, b.pos = nil, 0
		if initial != nil && initial != object.None {
			data, ok := bytesLike(t, initial)
			if !ok {
				return t.Errorf(object.TypeErrorType, "a bytes-like object is required, not '%s'", initial.Type().Name)
			}
			b.buf = data
		}
		return nil
	},
})

// bytesLike returns the contents of bytes (or another bytes-like object
// readinto could fill).
func bytesLike(t *object.Thread, o *object.Object) ([]byte, bool) {
	if !object.CheckBuffer(o) {
		return nil, false
	}
	b, err := object.BytesLikeCopy(t, o)
	if err != nil {
		t.DropError(err)
		return nil, false
	}
	return b, true
}

const bytesClosed = "I/O operation on closed file."

// locked runs fn on an open BytesIO under its lock.
func (b *bytesIO) locked(t *object.Thread, fn func() (*object.Object, error)) (*object.Object, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return nil, t.Errorf(object.ValueErrorType, bytesClosed)
	}
	return fn()
}

func bytesMethod(name string, min, max int, fn func(t *object.Thread, b *bytesIO, args []*object.Object) (*object.Object, error)) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, name, args, kw, min, max); err != nil {
			return nil, err
		}
		b := asBytesIO(self)
		return b.locked(t, func() (*object.Object, error) { return fn(t, b, args) })
	}}
}

// sizeArg reads an optional size: None or absent is -1.
func sizeArg(t *object.Thread, args []*object.Object) (int, error) {
	if len(args) == 0 || args[0] == object.None {
		return -1, nil
	}
	if !object.IsInt(args[0]) {
		return 0, t.Errorf(object.TypeErrorType, "argument should be integer or None, not '%s'", args[0].Type().Name)
	}
	n, err := object.AsInt64(t, args[0])
	return int(min(n, 1<<62)), err
}

// read returns up to n bytes from the position (all when n < 0).
func (b *bytesIO) read(n int) []byte {
	left := max(len(b.buf)-b.pos, 0)
	if n < 0 || n > left {
		n = left
	}
	out := bytes.Clone(b.buf[min(b.pos, len(b.buf)) : min(b.pos, len(b.buf))+n])
	b.pos += n
	return out
}

func (b *bytesIO) readline(limit int) []byte {
	if b.pos >= len(b.buf) {
		return []byte{}
	}
	rest := b.buf[b.pos:]
	n := len(rest)
	if i := bytes.IndexByte(rest, '\n'); i >= 0 {
		n = i + 1
	}
	if limit >= 0 && limit < n {
		n = limit
	}
	return b.read(n)
}

func readMethod(name string) object.MethodDef {
	return bytesMethod(name, 0, 1, func(t *object.Thread, b *bytesIO, args []*object.Object) (*object.Object, error) {
		n, err := sizeArg(t, args)
		if err != nil {
			return nil, err
		}
		return object.NewBytes(t, b.read(n)), nil
	})
}

var bytesIOMethods = []object.MethodDef{
	readMethod("read"),
	readMethod("read1"),
	bytesMethod("readline", 0, 1, func(t *object.Thread, b *bytesIO, args []*object.Object) (*object.Object, error) {
		n, err := sizeArg(t, args)
		if err != nil {
			return nil, err
		}
		return object.NewBytes(t, b.readline(n)), nil
	}),
	bytesMethod("readlines", 0, 1, func(t *object.Thread, b *bytesIO, args []*object.Object) (*object.Object, error) {
		hint, err := sizeArg(t, args)
		if err != nil {
			return nil, err
		}
		var lines []*object.Object
		total := 0
		for {
			line := b.readline(-1)
			if len(line) == 0 {
				break
			}
			lines = append(lines, object.NewBytes(t, line))
			total += len(line)
			if hint > 0 && total >= hint {
				break
			}
		}
		return object.NewList(t, lines).Obj(), nil
	}),
	bytesMethod("readinto", 1, 1, func(t *object.Thread, b *bytesIO, args []*object.Object) (*object.Object, error) {
		dst, release, ok := vm.WritableBytes(t, args[0])
		if !ok {
			return nil, t.Errorf(object.TypeErrorType, "readinto() argument must be read-write bytes-like object, not %s", args[0].Type().Name)
		}
		defer release()
		return object.NewInt(t, int64(copy(dst, b.read(len(dst))))), nil
	}),
	bytesMethod("write", 1, 1, func(t *object.Thread, b *bytesIO, args []*object.Object) (*object.Object, error) {
		data, ok := bytesLike(t, args[0])
		if !ok {
			var release func()
			if data, release, ok = vm.WritableBytes(t, args[0]); ok {
				defer release()
			}
		}
		if !ok {
			return nil, t.Errorf(object.TypeErrorType, "a bytes-like object is required, not '%s'", args[0].Type().Name)
		}
		if err := b.write(t, data); err != nil {
			return nil, err
		}
		return object.NewInt(t, int64(len(data))), nil
	}),
	bytesMethod("getvalue", 0, 0, func(t *object.Thread, b *bytesIO, args []*object.Object) (*object.Object, error) {
		return object.NewBytes(t, b.buf), nil
	}),
	// getbuffer returns a memoryview of a copy of the contents: readers
	// (pickle's framer) see the bytes, but writes through the view do not
	// reach the BytesIO as CPython's shared view does, and the BytesIO
	// may be resized while the view exists.
	bytesMethod("getbuffer", 0, 0, func(t *object.Thread, b *bytesIO, args []*object.Object) (*object.Object, error) {
		ba := object.NewByteArray(t, b.buf)
		defer t.Decref(ba)
		return object.NewMemoryView(t, ba)
	}),
	bytesMethod("seek", 1, 2, func(t *object.Thread, b *bytesIO, args []*object.Object) (*object.Object, error) {
		pos, whence, err := seekArgs(t, args)
		if err != nil {
			return nil, err
		}
		switch whence {
		case 0:
			if pos < 0 {
				return nil, t.Errorf(object.ValueErrorType, "negative seek value %d", pos)
			}
		case 1:
			if pos > math.MaxInt64-int64(b.pos) {
				return nil, t.Errorf(object.OverflowErrorType, "new position too large")
			}
			pos += int64(b.pos)
		case 2:
			if pos > math.MaxInt64-int64(len(b.buf)) {
				return nil, t.Errorf(object.OverflowErrorType, "new position too large")
			}
			pos += int64(len(b.buf))
		default:
			return nil, t.Errorf(object.ValueErrorType, "invalid whence (%d, should be 0, 1 or 2)", whence)
		}
		b.pos = int(max(pos, 0))
		return object.NewInt(t, int64(b.pos)), nil
	}),
	bytesMethod("tell", 0, 0, func(t *object.Thread, b *bytesIO, args []*object.Object) (*object.Object, error) {
		return object.NewInt(t, int64(b.pos)), nil
	}),
	bytesMethod("truncate", 0, 1, func(t *object.Thread, b *bytesIO, args []*object.Object) (*object.Object, error) {
		size := b.pos
		if len(args) > 0 && args[0] != object.None {
			n, err := object.AsInt64(t, args[0])
			if err != nil {
				return nil, err
			}
			if n < 0 {
				return nil, t.Errorf(object.ValueErrorType, "negative size value %d", n)
			}
			size = int(n)
		}
		if size < len(b.buf) {
			b.buf = b.buf[:size]
		}
		return object.NewInt(t, int64(size)), nil
	}),
	bytesMethod("readable", 0, 0, trueMethod),
	bytesMethod("writable", 0, 0, trueMethod),
	bytesMethod("seekable", 0, 0, trueMethod),
	bytesMethod("isatty", 0, 0, func(t *object.Thread, b *bytesIO, args []*object.Object) (*object.Object, error) {
		return object.False, nil
	}),
	bytesMethod("flush", 0, 0, func(t *object.Thread, b *bytesIO, args []*object.Object) (*object.Object, error) {
		return object.None, nil
	}),
	// __getstate__ and __setstate__ let copy and pickle rebuild a
	// BytesIO: (value, position, attribute dict or None).
	bytesMethod("__getstate__", 0, 0, func(t *object.Thread, b *bytesIO, args []*object.Object) (*object.Object, error) {
		return object.NewTupleRefs(t, object.NewBytes(t, b.buf), object.NewInt(t, int64(b.pos)), ioDictCopy(t, &b.IOBase)).Obj(), nil
	}),
	{Name: "__setstate__", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "__setstate__", args, kw, 1, 1); err != nil {
			return nil, err
		}
		st := args[0]
		if st.Type() != object.TupleType || len(object.Cast[object.Tuple](st).Items) < 3 {
			return nil, t.Errorf(object.TypeErrorType, "%s.__setstate__ argument should be 3-tuple, got %s", self.Type().FullName(), st.Type().Name)
		}
		items := object.Cast[object.Tuple](st).Items
		data, ok := bytesLike(t, items[0])
		if !ok {
			return nil, t.Errorf(object.TypeErrorType, "a bytes-like object is required, not '%s'", items[0].Type().Name)
		}
		if !object.IsInt(items[1]) {
			return nil, t.Errorf(object.TypeErrorType, "second item of state must be an integer, not %s", items[1].Type().Name)
		}
		pos, err := object.AsInt64(t, items[1])
		if err != nil {
			return nil, err
		}
		if pos < 0 {
			return nil, t.Errorf(object.ValueErrorType, "position value cannot be negative")
		}
		if err := setIODict(t, self, items[2]); err != nil {
			return nil, err
		}
		b := asBytesIO(self)
		return b.locked(t, func() (*object.Object, error) {
			b.buf, b.pos = data, int(pos)
			return object.None, nil
		})
	}},
	{Name: "close", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "close", args, kw, 0, 0); err != nil {
			return nil, err
		}
		b := asBytesIO(self)
		b.mu.Lock()
		b.closed, b.buf = true, nil
		b.mu.Unlock()
		return object.None, nil
	}},
}

func trueMethod(t *object.Thread, _ *bytesIO, _ []*object.Object) (*object.Object, error) {
	return object.True, nil
}

// write writes data at the position, padding with zero bytes when the
// position is past the end; a size no memory can hold (a seek far past
// the end) is MemoryError, as CPython's failed resize.
func (b *bytesIO) write(t *object.Thread, data []byte) error {
	if len(data) == 0 {
		return nil
	}
	if b.pos > math.MaxInt-len(data) {
		return t.Errorf(object.OverflowErrorType, "new buffer size too large")
	}
	end := b.pos + len(data)
	if end > len(b.buf) {
		if end > cap(b.buf) {
			if err := t.CheckAlloc(int64(end)); err != nil {
				return err
			}
			nb := make([]byte, len(b.buf), max(end, 2*cap(b.buf)))
			copy(nb, b.buf)
			b.buf = nb
		}
		old := len(b.buf)
		b.buf = b.buf[:end]
		// Only a gap between the old end and the position is zeroed: a
		// write that starts inside the contents and runs past the end
		// overwrites them (and a truncated buffer keeps stale bytes
		// beyond its length).
		if b.pos > old {
			clear(b.buf[old:b.pos])
		}
	}
	copy(b.buf[b.pos:], data)
	b.pos = end
	return nil
}

// seekArgs reads seek's (pos, whence=0).
func seekArgs(t *object.Thread, args []*object.Object) (int64, int, error) {
	for _, a := range args {
		if !object.IsInt(a) {
			return 0, 0, t.Errorf(object.TypeErrorType, "'%s' object cannot be interpreted as an integer", a.Type().Name)
		}
	}
	pos, err := object.AsInt64(t, args[0])
	if err != nil {
		return 0, 0, err
	}
	whence := int64(0)
	if len(args) > 1 {
		if whence, err = object.AsInt64(t, args[1]); err != nil {
			return 0, 0, err
		}
	}
	return pos, int(whence), nil
}

var bytesIOGetSets = []object.GetSetDef{
	{Name: "closed", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		b := asBytesIO(o)
		b.mu.Lock()
		defer b.mu.Unlock()
		return object.NewBool(b.closed), nil
	}},
}

func init() {
	object.ReadyType(bytesIOType, bytesIOMethods, bytesIOGetSets)
}

// ioDictCopy is a copy of an I/O object's attribute dict, or None.
func ioDictCopy(t *object.Thread, b *vm.IOBase) *object.Object {
	d := *vm.IODictPtr(&b.Object)
	if d == nil || d.Len() == 0 {
		return object.None
	}
	c := object.NewDict(t)
	for pos := 0; ; {
		var k, v *object.Object
		var ok bool
		pos, k, v, ok = d.Next(pos)
		if !ok {
			break
		}
		c.SetItem(t, k, v)
	}
	return c.Obj()
}

// setIODict updates an I/O object's attributes from a state's dict.
func setIODict(t *object.Thread, o, d *object.Object) error {
	if d == object.None {
		return nil
	}
	if d.Type() != object.DictType {
		return t.Errorf(object.TypeErrorType, "third item of state should be a dict, got a %s", d.Type().Name)
	}
	src := object.Cast[object.Dict](d)
	for pos := 0; ; {
		var k, v *object.Object
		var ok bool
		pos, k, v, ok = src.Next(pos)
		if !ok {
			return nil
		}
		if !object.IsStr(k) {
			continue
		}
		if err := object.SetAttr(t, o, object.AsStr(k), v); err != nil {
			return err
		}
	}
}
