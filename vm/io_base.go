// This file defines the abstract classes of the _io module, _IOBase,
// _RawIOBase, _BufferedIOBase and _TextIOBase, with the default methods
// CPython's _io gives them. A default method works on any object through
// its Python-level methods (readline through read or peek, read through
// readinto, close through flush), so a Python class deriving from one of
// these only writes the primitive methods. Every Go I/O object starts
// with an IOBase, which holds its attribute dict and the closed flag of
// the default close.

package vm

import (
	"math"
	"sync/atomic"

	"github.com/ftpy/ftpy/object"
)

// DefaultBufferSize is io.DEFAULT_BUFFER_SIZE.
const DefaultBufferSize = 8192

// IOBase is the head of every I/O object's struct.
type IOBase struct {
	object.Object
	dict *object.Dict
	// ioClosed is the default close's flag (CPython's __IOBase_closed);
	// the Go file types keep their own state and override closed.
	ioClosed atomic.Bool
}

func asIOBase(o *object.Object) *IOBase { return object.Cast[IOBase](o) }

// ioTraverse and ioClear reach the attribute dict; types with more
// references wrap them.
func ioTraverse(o *object.Object, visit object.Visitor) {
	if d := asIOBase(o).dict; d != nil {
		visit(d.Obj())
	}
}

func ioClear(t *object.Thread, o *object.Object) {
	b := asIOBase(o)
	if d := b.dict; d != nil {
		b.dict = nil
		t.Decref(d.Obj())
	}
}

func ioDictPtr(o *object.Object) **object.Dict { return &asIOBase(o).dict }

// IODictPtr is where an I/O object keeps its attribute dict.
func IODictPtr(o *object.Object) **object.Dict { return ioDictPtr(o) }

// newIOType makes a static I/O type with the common layout hooks.
func newIOType(typ *object.Type) *object.Type {
	typ.Module = "_io"
	typ.Flags |= object.FlagBaseType | object.FlagWeakrefable | object.FlagGC
	if typ.Traverse == nil {
		typ.Traverse = ioTraverse
	}
	if typ.Clear == nil {
		typ.Clear = ioClear
	}
	if typ.Dealloc == nil {
		typ.Dealloc = ioClear
	}
	typ.DictPtr = ioDictPtr
	typ.SubclassDict = ioDictPtr
	return object.NewStaticType(typ)
}

// NewIOType makes a static type whose instances start with an IOBase
// (the _io module's own classes): subclassable, with an attribute dict.
func NewIOType(typ *object.Type) *object.Type { return newIOType(typ) }

// IOTraverse and IOClear reach an IOBase's attribute dict.
func IOTraverse(o *object.Object, visit object.Visitor) { ioTraverse(o, visit) }
func IOClear(t *object.Thread, o *object.Object)        { ioClear(t, o) }

func newIOBase(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	b := &IOBase{}
	t.Init(&b.Object, typ)
	t.Track(&b.Object)
	return &b.Object, nil
}

// The abstract classes. CPython names them with a leading underscore;
// io.py derives IOBase, RawIOBase... from them.
var (
	IOBaseType = newIOType(&object.Type{Name: "_IOBase", New: newIOBase,
		Iter: iobaseIter, Next: iobaseNext, Finalize: iobaseFinalize})
	RawIOBaseType      = newIOType(&object.Type{Name: "_RawIOBase", Base: IOBaseType, New: newIOBase, Finalize: iobaseFinalize})
	BufferedIOBaseType = newIOType(&object.Type{Name: "_BufferedIOBase", Base: IOBaseType, New: newIOBase, Finalize: iobaseFinalize})
	TextIOBaseType     = newIOType(&object.Type{Name: "_TextIOBase", Base: IOBaseType, New: newIOBase, Finalize: iobaseFinalize})
)

// Unsupported returns io.UnsupportedOperation(msg).
func Unsupported(t *object.Thread, msg string) error { return unsupported(t, msg) }

// isClosed reads o.closed, as CPython's default methods do (a subclass
// may define closed its own way).
func isClosed(t *object.Thread, o *object.Object) (bool, error) {
	c, err := object.GetAttrString(t, o, "closed")
	if err != nil {
		return false, err
	}
	defer t.Decref(c)
	return object.IsTrue(t, c)
}

// checkClosed raises ValueError when o.closed is true.
func checkClosed(t *object.Thread, o *object.Object) error {
	c, err := isClosed(t, o)
	if err != nil {
		return err
	}
	if c {
		return t.Errorf(object.ValueErrorType, "I/O operation on closed file.")
	}
	return nil
}

// checkAbility calls o.<name>() and raises UnsupportedOperation(msg) if
// it answers false.
func checkAbility(t *object.Thread, o *object.Object, name, msg string) error {
	r, err := callMethod(t, o, name)
	if err != nil {
		return err
	}
	ok, err := object.IsTrue(t, r)
	t.Decref(r)
	if err != nil {
		return err
	}
	if !ok {
		return unsupported(t, msg)
	}
	return nil
}

func iobaseIter(t *object.Thread, o *object.Object) (*object.Object, error) {
	if err := checkClosed(t, o); err != nil {
		return nil, err
	}
	return t.NewRef(o), nil
}

func iobaseNext(t *object.Thread, o *object.Object) (*object.Object, error) {
	line, err := callMethod(t, o, "readline")
	if err != nil {
		return nil, err
	}
	n, err := object.Len(t, line)
	if err != nil || n == 0 {
		t.Decref(line)
		return nil, err
	}
	return line, nil
}

// iobaseFinalize closes an object nobody refers to any more, as CPython's
// tp_finalize does; errors are ignored.
func iobaseFinalize(t *object.Thread, o *object.Object) {
	c, err := isClosed(t, o)
	if err != nil {
		t.DropError(err)
		return
	}
	if c {
		return
	}
	r, err := callMethod(t, o, "close")
	if err != nil {
		t.DropError(err)
		return
	}
	t.Decref(r)
}

// callMethodInts calls o.name with int arguments.
func callMethodInts(t *object.Thread, o *object.Object, name string, ints ...int64) (*object.Object, error) {
	args := make([]*object.Object, len(ints))
	for i, n := range ints {
		args[i] = object.NewInt(t, n)
	}
	r, err := callMethod(t, o, name, args...)
	for _, a := range args {
		t.Decref(a)
	}
	return r, err
}

// ioMethod makes a method with positional arguments between min and max.
func ioMethod(name string, min, max int, fn func(t *object.Thread, self *object.Object, args []*object.Object) (*object.Object, error)) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, name, args, kw, min, max); err != nil {
			return nil, err
		}
		return fn(t, self, args)
	}}
}

// unsupportedMethod always raises UnsupportedOperation(name).
func unsupportedMethod(name string, max int) object.MethodDef {
	return ioMethod(name, 0, max, func(t *object.Thread, self *object.Object, args []*object.Object) (*object.Object, error) {
		return nil, unsupported(t, name)
	})
}

func falseMethod(name string) object.MethodDef {
	return ioMethod(name, 0, 0, func(t *object.Thread, self *object.Object, args []*object.Object) (*object.Object, error) {
		return object.False, nil
	})
}

// readLimit reads readline's and read's optional size: None or absent is -1.
// bytesHeader is the size of CPython's bytes object before its data: a
// bytes object may hold at most math.MaxInt64 - bytesHeader bytes.
const bytesHeader = 33

// checkBytesSize says what CPython says of a new bytes object of n
// bytes (a read of n bytes allocates it first): OverflowError past
// what a bytes object can hold, MemoryError past what memory can.
func checkBytesSize(t *object.Thread, n int) error {
	if n > math.MaxInt64-bytesHeader {
		return t.Errorf(object.OverflowErrorType, "byte string is too large")
	}
	return t.CheckAlloc(int64(n))
}

func readLimit(t *object.Thread, args []*object.Object) (int, error) {
	if len(args) == 0 || args[0] == object.None {
		return -1, nil
	}
	if !object.IsInt(args[0]) {
		if ix := args[0].Type().Lookup(object.Intern("__index__")); ix == nil {
			return 0, t.Errorf(object.TypeErrorType, "argument should be integer or None, not '%s'", args[0].Type().Name)
		}
	}
	v, err := object.Index(t, args[0])
	if err != nil {
		return 0, err
	}
	defer t.Decref(v)
	n, err := object.AsInt64(t, v)
	return int(n), err
}

var iobaseMethods = []object.MethodDef{
	ioMethod("seek", 0, 2, func(t *object.Thread, self *object.Object, args []*object.Object) (*object.Object, error) {
		return nil, unsupported(t, "seek")
	}),
	ioMethod("tell", 0, 0, func(t *object.Thread, self *object.Object, args []*object.Object) (*object.Object, error) {
		return callMethod(t, self, "seek", object.SmallInt(0), object.SmallInt(1))
	}),
	unsupportedMethod("truncate", 1),
	// flush looks at the default close's own flag, not at the closed
	// attribute: a class with its own close (StringIO) flushes when
	// closed, as in CPython.
	ioMethod("flush", 0, 0, func(t *object.Thread, self *object.Object, args []*object.Object) (*object.Object, error) {
		if asIOBase(self).ioClosed.Load() {
			return nil, t.Errorf(object.ValueErrorType, "I/O operation on closed file.")
		}
		return object.None, nil
	}),
	ioMethod("close", 0, 0, func(t *object.Thread, self *object.Object, args []*object.Object) (*object.Object, error) {
		b := asIOBase(self)
		if b.ioClosed.Load() {
			return object.None, nil
		}
		r, err := callMethod(t, self, "flush")
		// Closed even when the flush failed, as in CPython.
		b.ioClosed.Store(true)
		if err != nil {
			return nil, err
		}
		t.Decref(r)
		return object.None, nil
	}),
	falseMethod("seekable"),
	falseMethod("readable"),
	falseMethod("writable"),
	ioMethod("_checkClosed", 0, 1, func(t *object.Thread, self *object.Object, args []*object.Object) (*object.Object, error) {
		return object.None, checkClosed(t, self)
	}),
	ioMethod("_checkSeekable", 0, 1, func(t *object.Thread, self *object.Object, args []*object.Object) (*object.Object, error) {
		return object.None, checkAbility(t, self, "seekable", "File or stream is not seekable.")
	}),
	ioMethod("_checkReadable", 0, 1, func(t *object.Thread, self *object.Object, args []*object.Object) (*object.Object, error) {
		return object.None, checkAbility(t, self, "readable", "File or stream is not readable.")
	}),
	ioMethod("_checkWritable", 0, 1, func(t *object.Thread, self *object.Object, args []*object.Object) (*object.Object, error) {
		return object.None, checkAbility(t, self, "writable", "File or stream is not writable.")
	}),
	ioMethod("__enter__", 0, 0, func(t *object.Thread, self *object.Object, args []*object.Object) (*object.Object, error) {
		if err := checkClosed(t, self); err != nil {
			return nil, err
		}
		return t.NewRef(self), nil
	}),
	object.MethodDef{Name: "__exit__", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		return callMethod(t, self, "close")
	}},
	unsupportedMethod("fileno", 0),
	ioMethod("isatty", 0, 0, func(t *object.Thread, self *object.Object, args []*object.Object) (*object.Object, error) {
		if err := checkClosed(t, self); err != nil {
			return nil, err
		}
		return object.False, nil
	}),
	ioMethod("readline", 0, 1, iobaseReadline),
	ioMethod("readlines", 0, 1, iobaseReadlines),
	ioMethod("writelines", 1, 1, func(t *object.Thread, self *object.Object, args []*object.Object) (*object.Object, error) {
		if err := checkClosed(t, self); err != nil {
			return nil, err
		}
		return object.None, object.Iterate(t, args[0], func(line *object.Object) error {
			r, err := callMethod(t, self, "write", line)
			if err == nil {
				t.Decref(r)
			}
			return err
		})
	}),
}

// iobaseReadline reads a line with self.read (a byte at a time, or as far
// as self.peek shows a newline).
func iobaseReadline(t *object.Thread, self *object.Object, args []*object.Object) (*object.Object, error) {
	limit, err := readLimit(t, args)
	if err != nil {
		return nil, err
	}
	peek, err := object.GetAttrString(t, self, "peek")
	if err != nil {
		if !object.ErrorMatches(err, object.AttributeErrorType) {
			return nil, err
		}
		t.DropError(err)
		peek = nil
	} else {
		defer t.Decref(peek)
	}
	var line []byte
	for limit < 0 || len(line) < limit {
		n := 1
		if peek != nil {
			ahead, err := object.Call(t, peek, []*object.Object{object.SmallInt(1)}, nil)
			if err != nil {
				return nil, err
			}
			if !object.IsBytes(ahead) {
				t.Decref(ahead)
				return nil, t.Errorf(object.OSErrorType, "peek() should have returned a bytes object, not '%s'", ahead.Type().Name)
			}
			b := object.BytesValue(ahead)
			t.Decref(ahead)
			if len(b) > 0 {
				n = len(b)
				for i, c := range b {
					if c == '\n' {
						n = i + 1
						break
					}
				}
				if limit >= 0 {
					n = min(n, limit-len(line))
				}
			}
		}
		chunk, err := callMethodInts(t, self, "read", int64(n))
		if err != nil {
			return nil, err
		}
		if chunk == object.None {
			t.Decref(chunk)
			break
		}
		if !object.IsBytes(chunk) {
			t.Decref(chunk)
			return nil, t.Errorf(object.OSErrorType, "read() should have returned a bytes object, not '%s'", chunk.Type().Name)
		}
		b := object.BytesValue(chunk)
		t.Decref(chunk)
		if len(b) == 0 {
			break
		}
		line = append(line, b...)
		if line[len(line)-1] == '\n' {
			break
		}
	}
	return object.NewBytes(t, line), nil
}

// iobaseReadlines collects lines by iterating over self, up to hint
// bytes or characters when hint > 0.
func iobaseReadlines(t *object.Thread, self *object.Object, args []*object.Object) (*object.Object, error) {
	hint, err := readLimit(t, args)
	if err != nil {
		return nil, err
	}
	var lines []*object.Object
	total := 0
	err = object.Iterate(t, self, func(line *object.Object) error {
		n, err := object.Len(t, line)
		if err != nil {
			return err
		}
		lines = append(lines, t.NewRef(line))
		total += n
		if hint > 0 && total > hint { // strictly more, as CPython
			return errStopIteration
		}
		return nil
	})
	if err == errStopIteration {
		err = nil
	}
	if err != nil {
		for _, l := range lines {
			t.Decref(l)
		}
		return nil, err
	}
	return object.NewList(t, lines).Obj(), nil
}

// errStopIteration ends an object.Iterate early.
var errStopIteration = stopErr{}

type stopErr struct{}

func (stopErr) Error() string { return "stop" }

var iobaseGetSets = []object.GetSetDef{
	{Name: "closed", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewBool(asIOBase(o).ioClosed.Load()), nil
	}},
	{Name: "__dict__", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		b := asIOBase(o)
		if b.dict == nil {
			b.dict = object.NewDict(t)
		}
		return t.NewRef(b.dict.Obj()), nil
	}},
}

// The raw base: read through readinto, readall through read.
var rawIOBaseMethods = []object.MethodDef{
	ioMethod("read", 0, 1, func(t *object.Thread, self *object.Object, args []*object.Object) (*object.Object, error) {
		n, err := readLimit(t, args)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return callMethod(t, self, "readall")
		}
		// CPython's bytearray of n bytes: MemoryError when no memory
		// can hold it.
		if err := t.CheckAlloc(int64(n)); err != nil {
			return nil, err
		}
		buf := NewWriteBuffer(t, n)
		defer t.Decref(buf)
		r, err := callMethod(t, self, "readinto", buf)
		if err != nil {
			return nil, err
		}
		if r == object.None {
			return r, nil
		}
		got, err := object.AsInt64(t, r)
		t.Decref(r)
		if err != nil {
			return nil, err
		}
		if got < 0 || got > int64(n) {
			return nil, t.Errorf(object.ValueErrorType, "readinto returned %d outside buffer size %d", got, n)
		}
		return object.NewBytes(t, WriteBufferBytes(buf)[:got]), nil
	}),
	ioMethod("readall", 0, 0, func(t *object.Thread, self *object.Object, args []*object.Object) (*object.Object, error) {
		var all []byte
		for {
			chunk, err := callMethodInts(t, self, "read", DefaultBufferSize)
			if err != nil {
				return nil, err
			}
			if chunk == object.None {
				if all == nil {
					return chunk, nil
				}
				t.Decref(chunk)
				break
			}
			if !object.IsBytes(chunk) {
				t.Decref(chunk)
				return nil, t.Errorf(object.TypeErrorType, "read() should return bytes")
			}
			b := object.BytesValue(chunk)
			t.Decref(chunk)
			if len(b) == 0 {
				break
			}
			all = append(all, b...)
		}
		return object.NewBytes(t, all), nil
	}),
	ioMethod("readinto", 1, 1, func(t *object.Thread, self *object.Object, args []*object.Object) (*object.Object, error) {
		return nil, t.Errorf(object.NotImplementedErrorType, "")
	}),
	ioMethod("write", 1, 1, func(t *object.Thread, self *object.Object, args []*object.Object) (*object.Object, error) {
		return nil, t.Errorf(object.NotImplementedErrorType, "")
	}),
}

// bufferedReadinto is the buffered base's readinto and readinto1: read
// (or read1) as many bytes as the buffer holds and copy them in.
func bufferedReadinto(name, reader string) object.MethodDef {
	return ioMethod(name, 1, 1, func(t *object.Thread, self *object.Object, args []*object.Object) (*object.Object, error) {
		dst, release, ok := writableBytes(t, args[0])
		if !ok {
			return nil, t.Errorf(object.TypeErrorType, "%s() argument must be read-write bytes-like object, not %s", name, args[0].Type().Name)
		}
		defer release()
		data, err := callMethodInts(t, self, reader, int64(len(dst)))
		if err != nil {
			return nil, err
		}
		defer t.Decref(data)
		if !object.IsBytes(data) {
			return nil, t.Errorf(object.TypeErrorType, "read() should return bytes")
		}
		b := object.BytesValue(data)
		if len(b) > len(dst) {
			return nil, t.Errorf(object.ValueErrorType, "read() returned too much data: %d bytes requested, %d returned", len(dst), len(b))
		}
		copy(dst, b)
		return object.NewInt(t, int64(len(b))), nil
	})
}

var bufferedIOBaseMethods = []object.MethodDef{
	unsupportedMethod("read", 1),
	unsupportedMethod("read1", 1),
	unsupportedMethod("write", 1),
	unsupportedMethod("detach", 0),
	bufferedReadinto("readinto", "read"),
	bufferedReadinto("readinto1", "read1"),
}

var textIOBaseMethods = []object.MethodDef{
	unsupportedMethod("read", 1),
	unsupportedMethod("readline", 1),
	unsupportedMethod("write", 1),
	unsupportedMethod("detach", 0),
}

func noneGetter(name string) object.GetSetDef {
	return object.GetSetDef{Name: name, Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.None, nil
	}}
}

func init() {
	object.ReadyType(IOBaseType, iobaseMethods, iobaseGetSets)
	object.ReadyType(RawIOBaseType, rawIOBaseMethods, nil)
	object.ReadyType(BufferedIOBaseType, bufferedIOBaseMethods, nil)
	object.ReadyType(TextIOBaseType, textIOBaseMethods,
		[]object.GetSetDef{noneGetter("encoding"), noneGetter("newlines"), noneGetter("errors")})
}
