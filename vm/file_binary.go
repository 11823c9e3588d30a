// This file defines the buffered classes, which open() returns in a 'b'
// mode: _io.BufferedReader (read only), BufferedWriter (write only) and
// BufferedRandom ('+' modes), and BufferedRWPair. Over a FileIO they
// read and write its OS file directly; over a raw file written in
// Python, through adapters (io_pystream.go). They word their errors as
// CPython's buffered objects do.

package vm

import (
	"bufio"
	"io"

	"github.com/ftpy/ftpy/object"
)

func newBinaryType(name string, init func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) error) *object.Type {
	return newIOType(&object.Type{
		Name:     name,
		Base:     BufferedIOBaseType,
		New:      fileNew,
		Init:     init,
		Dealloc:  fileDealloc,
		Traverse: fileTraverse,
		Clear:    fileClear,
		Iter:     fileIter,
		Next: func(t *object.Thread, o *object.Object) (*object.Object, error) {
			if o.Type().IsHeapType() {
				return iobaseNext(t, o) // a subclass's own readline, as CPython
			}
			line, err := asFile(o).binaryReadLine(t, -1)
			if err != nil || len(line) == 0 {
				return nil, err
			}
			return object.NewBytes(t, line), nil
		},
		Repr: func(t *object.Thread, o *object.Object) (*object.Object, error) {
			name, err := reprAttr(t, o, "name")
			if err != nil {
				return nil, err
			}
			return object.NewStr(t, "<"+o.Type().FullName()+name+">"), nil
		},
	})
}

// fileNew is tp_new of the buffered and text types: a file object whose
// __init__ has not run yet.
func fileNew(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	f := &File{stream: standInStream(errUninitialized)}
	t.Init(&f.Object, typ)
	t.Track(&f.Object)
	return &f.Object, nil
}

var (
	bufferedReaderType = newBinaryType("BufferedReader", bufferedInit(true, false))
	bufferedWriterType = newBinaryType("BufferedWriter", bufferedInit(false, true))
	bufferedRandomType = newBinaryType("BufferedRandom", bufferedInit(true, true))
	bufferedRWPairType = newBinaryType("BufferedRWPair", rwPairInit)
)

// Types of the buffered objects, for the _io module.
var (
	BufferedReaderType = bufferedReaderType
	BufferedWriterType = bufferedWriterType
	BufferedRandomType = bufferedRandomType
	BufferedRWPairType = bufferedRWPairType
)

// bufferSizeArg reads buffer_size: DEFAULT_BUFFER_SIZE when absent.
func bufferSizeArg(t *object.Thread, o *object.Object) (int, error) {
	if o == nil {
		return DefaultBufferSize, nil
	}
	n, err := object.AsInt64(t, o)
	if err != nil {
		return 0, err
	}
	if n <= 0 {
		return 0, t.Errorf(object.ValueErrorType, "buffer size must be strictly positive")
	}
	// CPython allocates the whole buffer at once: a size no memory can
	// hold is MemoryError here, not later. Ours grows no larger than
	// 1 GiB, which no read or write needs more of.
	if err := t.CheckAlloc(n); err != nil {
		return 0, err
	}
	return int(min(n, 1<<30)), nil
}

// bufferedInit is __init__(raw, buffer_size=DEFAULT_BUFFER_SIZE) of
// BufferedReader, BufferedWriter and BufferedRandom.
func bufferedInit(reads, writes bool) func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) error {
	return func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) error {
		var raw, size *object.Object
		name := self.Type().Name
		for typ := self.Type(); typ != nil; typ = typ.Base {
			if !typ.IsHeapType() {
				name = typ.Name
				break
			}
		}
		if err := object.ParseArgs(t, name, args, kw, []string{"raw", "buffer_size"}, 1, &raw, &size); err != nil {
			return err
		}
		if reads && writes {
			if err := checkAbility(t, raw, "seekable", "File or stream is not seekable."); err != nil {
				return err
			}
		}
		if reads {
			if err := checkAbility(t, raw, "readable", "File or stream is not readable."); err != nil {
				return err
			}
		}
		if writes {
			if err := checkAbility(t, raw, "writable", "File or stream is not writable."); err != nil {
				return err
			}
		}
		n, err := bufferSizeArg(t, size)
		if err != nil {
			return err
		}
		var s *stream
		if raw.Type() == FileIOType {
			s = newFileIOStream(asFileIO(raw), reads, writes, n)
		} else if s, err = newPyStream(t, raw, "read", reads, writes, n); err != nil {
			return err
		}
		f := asFile(self)
		f.resetTo(t, s, true)
		f.refMu.Lock()
		f.raw = t.NewRef(raw)
		f.refMu.Unlock()
		return nil
	}
}

// resetTo gives f a new stream. A second __init__ drops the first's
// stream without closing it, as CPython's: the raw file or buffer is
// often the same object again (and a TextIOWrapper's stream is its
// buffer's own), and bytes still buffered are discarded.
//
// A buffered object's old stream may be shared by TextIOWrappers made
// over it, and calls the raw file f is about to let go of: with retire
// set it becomes a detached stand-in first, so that they fail instead
// of reaching a raw file that may be freed.
func (f *File) resetTo(t *object.Thread, s *stream, retire bool) {
	if old := f.stream; retire && old != nil && old.standIn() == "" {
		msg := errRawDetached
		if err := old.locked(t, func() error {
			old.standInMsg.Store(&msg)
			old.closed.Store(true)
			return nil
		}); err != nil {
			// Only a reentrant call (from the raw file's own methods)
			// fails; mark it all the same.
			old.standInMsg.Store(&msg)
			old.closed.Store(true)
		}
	}
	f.refMu.Lock()
	old := []*object.Object{f.raw, f.buffer, f.pair}
	f.raw, f.buffer, f.pair = nil, nil, nil
	f.refMu.Unlock()
	for _, r := range old {
		if r != nil {
			t.Decref(r)
		}
	}
	f.stream = s
}

// newFileIOStream is the stream of a buffered object over a FileIO made
// in Go: it reads and writes the OS file directly.
func newFileIOStream(raw *FileIO, reads, writes bool, size int) *stream {
	s := &stream{fh: raw.fh, src: raw.fh, closer: raw, rawClosed: &raw.closed}
	if _, err := raw.fh.Seek(0, io.SeekCurrent); err == nil {
		s.sk, s.seekable = raw.fh, true
	}
	rf := &rawFile{fh: raw.fh, buffered: true}
	if !raw.regular {
		s.rawFD = rf // locked gives it the reading thread
	}
	if reads {
		s.r = bufio.NewReaderSize(rf, size)
	}
	if writes {
		s.bw = bufio.NewWriterSize(rf, size)
		s.w = s.bw
	}
	return s
}

// rwPairInit is BufferedRWPair(reader, writer, buffer_size): reads go
// to one raw object, writes to the other.
func rwPairInit(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) error {
	var reader, writer, size *object.Object
	if err := object.ParseArgs(t, "BufferedRWPair", args, kw, []string{"reader", "writer", "buffer_size"}, 2, &reader, &writer, &size); err != nil {
		return err
	}
	if err := checkAbility(t, reader, "readable", "File or stream is not readable."); err != nil {
		return err
	}
	if err := checkAbility(t, writer, "writable", "File or stream is not writable."); err != nil {
		return err
	}
	n, err := bufferSizeArg(t, size)
	if err != nil {
		return err
	}
	rp := &pyIO{obj: reader, t: t, readMethod: "read"}
	wp := &pyIO{obj: writer, t: t}
	s := &stream{py: []*pyIO{rp, wp}, src: rp, closer: pairCloser{rp, wp}}
	s.r = bufio.NewReaderSize(rp, n)
	s.bw = bufio.NewWriterSize(wp, n)
	s.w = s.bw
	f := asFile(self)
	f.resetTo(t, s, true)
	f.refMu.Lock()
	f.raw, f.pair = t.NewRef(reader), t.NewRef(writer)
	f.refMu.Unlock()
	return nil
}

// pairCloser closes a pair's writer, then its reader, as CPython does.
type pairCloser struct{ r, w *pyIO }

func (c pairCloser) Close() error {
	err := c.w.Close()
	if rerr := c.r.Close(); err == nil {
		err = rerr
	}
	return err
}

// A BufferedWriter has no read methods and a BufferedReader no write
// methods: CPython's raise UnsupportedOperation before looking at
// whether the file is closed.
const (
	errNoRead  unsupportedError = "read"
	errNoWrite unsupportedError = "write"
)

// binaryRead reads n bytes (all when n < 0, one buffer's worth for read1).
func (f *File) binaryRead(t *object.Thread, n int, one bool) ([]byte, error) {
	if f.standIn() != "" {
		return nil, raise(t, f.standIn())
	}
	if f.r == nil && one {
		return nil, raise(t, unsupportedError("read1"))
	}
	if f.r == nil {
		return nil, raise(t, errNoRead)
	}
	var b []byte
	err := f.do(t, "read of closed file", func() (err error) {
		switch {
		case one:
			b, err = f.read1(n)
		case n < 0:
			b, err = f.readAll()
		default:
			b, err = f.readN(int64(n))
		}
		if _, ok := err.(blockedError); ok {
			// A non-blocking raw file had nothing more: what was read
			// is the result, or None when nothing was.
			if len(b) == 0 {
				return errNothingYet
			}
			err = nil
		}
		return err
	})
	return b, raise(t, err)
}

// errNothingYet is a read of a non-blocking raw file that got no bytes:
// read returns None.
type nothingYetError struct{}

func (nothingYetError) Error() string { return "no data available" }

var errNothingYet error = nothingYetError{}

// binaryReadLine reads a line, at most limit bytes when limit >= 0.
func (f *File) binaryReadLine(t *object.Thread, limit int) ([]byte, error) {
	if f.standIn() != "" {
		return nil, raise(t, f.standIn())
	}
	if f.r == nil {
		return nil, raise(t, errNoRead)
	}
	var b []byte
	err := f.do(t, "readline of closed file", func() (err error) {
		b, err = f.readLine(limit)
		return err
	})
	return b, raise(t, err)
}

// binaryWrite writes the contents of a bytes object.
func (f *File) binaryWrite(t *object.Thread, o *object.Object) (int, error) {
	if f.standIn() != "" {
		return 0, raise(t, f.standIn())
	}
	if f.w == nil {
		return 0, raise(t, errNoWrite)
	}
	// A Go copy: the object is not touched while detached.
	b, err := object.BytesLikeCopy(t, o)
	if err != nil {
		return 0, err
	}
	return len(b), raise(t, f.do(t, "write to closed file", func() error { return f.write(b) }))
}

// readMethod is read and read1. read's size -1 or None means all;
// other negative sizes are refused. read1's size is an int, any negative
// one meaning one buffer's worth.
func readMethod(name string, one bool) object.MethodDef {
	return fileMethod(name, 0, 1, func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error) {
		var n int
		var err error
		if one {
			n, err = intArg(t, args)
		} else {
			n, err = sizeArg(t, args)
		}
		if err != nil {
			return nil, err
		}
		if n < -1 && !one {
			return nil, t.Errorf(object.ValueErrorType, "read length must be non-negative or -1")
		}
		b, err := f.binaryRead(t, n, one)
		if err == errNothingYet {
			return object.None, nil
		}
		if err != nil {
			return nil, err
		}
		return object.NewBytes(t, b), nil
	})
}

var binaryMethods = append([]object.MethodDef{
	readMethod("read", false),
	readMethod("read1", true),
	fileMethod("readline", 0, 1, func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error) {
		limit, err := sizeArg(t, args)
		if err != nil {
			return nil, err
		}
		line, err := f.binaryReadLine(t, limit)
		if err != nil {
			return nil, err
		}
		return object.NewBytes(t, line), nil
	}),
	fileMethod("readlines", 0, 1, func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error) {
		hint, err := sizeArg(t, args)
		if err != nil {
			return nil, err
		}
		if f.closed.Load() {
			return nil, raise(t, errTextClosed)
		}
		if f.r == nil {
			return nil, raise(t, errNoRead)
		}
		var lines [][]byte
		err = f.do(t, errTextClosed, func() (err error) {
			lines, err = f.readLines(hint, func(b []byte) int { return len(b) })
			return err
		})
		if err != nil {
			return nil, raise(t, err)
		}
		return newLines(t, lines, func(b []byte) *object.Object { return object.NewBytes(t, b) }), nil
	}),
	fileMethod("write", 1, 1, func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error) {
		n, err := f.binaryWrite(t, args[0])
		if err != nil {
			return nil, err
		}
		return object.NewInt(t, int64(n)), nil
	}),
	fileMethod("writelines", 1, 1, func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error) {
		if f.closed.Load() {
			return nil, raise(t, errTextClosed)
		}
		// One lock per line: the iteration may run Python code, which
		// must not happen under the lock.
		return object.None, object.Iterate(t, args[0], func(x *object.Object) error {
			_, err := f.binaryWrite(t, x)
			return err
		})
	}),
	fileMethod("seek", 1, 2, func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error) {
		offset, whence, err := seekArgs(t, args)
		if err != nil {
			return nil, err
		}
		// 3 and 4 are SEEK_DATA and SEEK_HOLE, which CPython passes to
		// the OS too.
		if whence < 0 || whence > 4 {
			return nil, t.Errorf(object.ValueErrorType, "whence value %d unsupported", whence)
		}
		var pos int64
		err = f.do(t, "seek of closed file", func() (err error) {
			pos, err = f.seek(offset, whence)
			return err
		})
		if err != nil {
			return nil, raise(t, err)
		}
		return object.NewInt(t, pos), nil
	}),
	tellMethod(errRawClosed),
	// A BufferedReader's flush reaches the raw file's closed check.
	flushMethod(func(f *File) closedError {
		if f.w == nil {
			return errTextClosed
		}
		return "flush of closed file"
	}),
}, fileCommonMethods...)

// binaryReadInto reads into a writable buffer (readinto, readinto1).
func binaryReadInto(name string, one bool) object.MethodDef {
	return fileMethod(name, 1, 1, func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error) {
		dst, release, ok := writableBytes(t, args[0])
		if !ok {
			return nil, t.Errorf(object.TypeErrorType, "%s() argument must be read-write bytes-like object, not %s", name, args[0].Type().Name)
		}
		defer release()
		b, err := f.binaryRead(t, len(dst), one)
		if err != nil {
			return nil, err
		}
		copy(dst, b)
		return object.NewInt(t, int64(len(b))), nil
	})
}

// moreBinaryMethods are the buffered objects' methods beyond the
// reading and writing ones.
var moreBinaryMethods = []object.MethodDef{
	binaryReadInto("readinto", false),
	binaryReadInto("readinto1", true),
	fileMethod("peek", 0, 1, func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error) {
		if f.r == nil {
			return nil, raise(t, unsupportedError("peek"))
		}
		var b []byte
		err := f.do(t, "peek of closed file", func() (err error) {
			b, err = f.peek()
			return err
		})
		if err != nil {
			return nil, raise(t, err)
		}
		return object.NewBytes(t, b), nil
	}),
	fileMethod("detach", 0, 0, func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error) {
		return f.detach(t, errRawDetached, &f.raw, true)
	}),
	fileMethod("truncate", 0, 1, func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error) {
		if f.w == nil {
			return nil, raise(t, unsupportedError("truncate"))
		}
		size, atPos := int64(0), true
		if len(args) > 0 && args[0] != object.None {
			var err error
			if size, err = object.AsInt64(t, args[0]); err != nil {
				return nil, err
			}
			atPos = false
		}
		err := f.do(t, "truncate of closed file", func() (err error) {
			size, err = f.truncate(size, atPos)
			return err
		})
		if err != nil {
			return nil, raise(t, err)
		}
		return object.NewInt(t, size), nil
	}),
}

var binaryGetSets = []object.GetSetDef{
	{Name: "raw", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		f := asFile(o)
		if f.standIn() != "" {
			return nil, raise(t, f.standIn())
		}
		if r := f.ref(t, &f.raw); r != nil {
			return r, nil
		}
		return object.None, nil
	}},
	{Name: "mode", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		f := asFile(o)
		if f.standIn() != "" {
			return nil, raise(t, f.standIn())
		}
		r := f.ref(t, &f.raw)
		if r == nil {
			return object.NewStr(t, f.mode), nil
		}
		defer t.Decref(r)
		return object.GetAttrString(t, r, "mode")
	}},
}

// detach flushes f and hands over the object *inner holds (its raw file
// or buffer), leaving f with a stand-in stream that refuses everything
// with msg.
//
// A buffered object's stream is shared by the TextIOWrappers made over
// it, which must not go on calling the raw file the caller now owns (and
// may free): with shared set, the stream itself becomes the stand-in,
// under its lock, so that they see the raw stream detached, as CPython's
// wrapper sees it through its buffer. A TextIOWrapper's detach leaves
// its buffer's stream alone and takes a stand-in of its own.
func (f *File) detach(t *object.Thread, msg closedError, inner **object.Object, shared bool) (*object.Object, error) {
	err := f.do(t, msg, func() error {
		if err := f.flush(); err != nil {
			return err
		}
		if shared && *inner != nil {
			f.standInMsg.Store(&msg)
			f.closed.Store(true)
		}
		return nil
	})
	if err != nil {
		return nil, raise(t, err)
	}
	f.refMu.Lock()
	r, pair := *inner, f.pair
	if r != nil {
		*inner, f.pair = nil, nil
	}
	f.refMu.Unlock()
	if r == nil {
		return nil, raise(t, msg)
	}
	if pair != nil {
		t.Decref(pair)
	}
	if !shared {
		f.stream = standInStream(msg)
	}
	return r, nil
}

func init() {
	methods := append(append([]object.MethodDef{}, binaryMethods...), moreBinaryMethods...)
	for _, typ := range []*object.Type{bufferedReaderType, bufferedWriterType, bufferedRandomType, bufferedRWPairType} {
		object.ReadyType(typ, methods, append(append([]object.GetSetDef{}, binaryGetSets...), fileGetSets...))
	}
}
