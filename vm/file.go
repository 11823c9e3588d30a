// This file defines File, the object behind _io's buffered classes and
// TextIOWrapper: text files (file_text.go) and binary files
// (file_binary.go) share its struct, its attributes and the methods that
// do not depend on the mode. The buffers and the lock are stream's
// (file_stream.go); open() is in file_open.go, the raw FileIO in
// io_fileio.go and the abstract classes in io_base.go.

package vm

import (
	"sync"
	"sync/atomic"

	"github.com/ftpy/ftpy/object"
)

// File is a file object: io.TextIOWrapper, or in a binary mode
// io.BufferedReader, BufferedWriter or BufferedRandom (told apart by the
// object's type).
//
// A TextIOWrapper over a buffered object made in Go shares that object's
// stream (one lock, one set of buffers); over any other buffer, and a
// buffered object over a raw file written in Python, get a stream whose
// adapters call the Python object (io_pystream.go).
type File struct {
	IOBase
	name      string  // the path given to open() (str text, or bytes when nameBytes), or "<stdout>" and the like
	nameBytes bool    // open() was given the path as bytes: name reads back as bytes
	mode      string  // the mode attribute: as given for text, FileIO's form for binary
	text      *textIO // a text file's codec and newline state; nil for binary files
	*stream
	// raw is a buffered object's raw file, buffer a TextIOWrapper's
	// buffer (owned; nil for the standard streams made from Go writers).
	raw, buffer *object.Object
	// pair is a BufferedRWPair's writer (its reader is raw).
	pair *object.Object
	// refMu guards raw, buffer and pair: detach and a second __init__
	// replace them while other threads may read them (the raw, buffer,
	// name, mode and closed attributes), and a reader must take its
	// reference before the old object can be let go of.
	refMu                       sync.Mutex
	lineBuffering, writeThrough bool
	noTell                      atomic.Bool // a TextIOWrapper read by next(): tell() is refused
	reconfigured                atomic.Bool // reconfigure() was called: print takes the text layer
}

func asFile(o *object.Object) *File { return object.Cast[File](o) }

// standInStream stands in for the stream of a file object made by
// __new__ and not yet initialised, or detached.
func standInStream(msg closedError) *stream {
	s := &stream{}
	s.standInMsg.Store(&msg)
	s.closed.Store(true)
	return s
}

const (
	errUninitialized closedError = "I/O operation on uninitialized object"
	errRawDetached   closedError = "raw stream has been detached"
)

// fileDealloc closes a file nobody refers to any more (a detached
// wrapper holds a closed stand-in stream). Nobody else can hold its lock
// then, so taking it never blocks and the thread may stay attached: a
// dealloc can run where detaching is not allowed.
func fileDealloc(t *object.Thread, o *object.Object) {
	f := asFile(o)
	if f.stream != nil && !f.closed.Load() {
		f.mu.Lock()
		for _, p := range f.py {
			p.t = t
		}
		if err := f.close(); err != nil {
			if e, ok := err.(*object.Exception); ok {
				t.DropError(e)
			}
		}
		f.mu.Unlock()
	}
	fileClear(t, o)
}

func fileTraverse(o *object.Object, visit object.Visitor) {
	f := asFile(o)
	for _, r := range []*object.Object{f.raw, f.buffer, f.pair} {
		if r != nil {
			visit(r)
		}
	}
	ioTraverse(o, visit)
}

func fileClear(t *object.Thread, o *object.Object) {
	f := asFile(o)
	for _, r := range []**object.Object{&f.raw, &f.buffer, &f.pair} {
		if *r != nil {
			x := *r
			*r = nil
			t.Decref(x)
		}
	}
	ioClear(t, o)
}

// fileIter is tp_iter: a file is its own iterator.
func fileIter(t *object.Thread, o *object.Object) (*object.Object, error) {
	f := asFile(o)
	if f.closed.Load() {
		if f.standIn() != "" {
			return nil, raise(t, f.standIn())
		}
		return nil, raise(t, errTextClosed)
	}
	return t.NewRef(o), nil
}

// nameObject returns the name attribute: the path as open() was given it.
func (f *File) nameObject(t *object.Thread) *object.Object {
	if f.nameBytes {
		return object.NewBytes(t, []byte(f.name))
	}
	return object.NewStr(t, f.name)
}

// reprAttr is " name=<repr of o.name>" for repr(), or "" when o has no
// such attribute (or, as CPython, when reading it fails with
// ValueError: a detached wrapper).
func reprAttr(t *object.Thread, o *object.Object, name string) (string, error) {
	v, err := object.GetAttrString(t, o, name)
	if err != nil {
		if object.ErrorMatches(err, object.AttributeErrorType) || object.ErrorMatches(err, object.ValueErrorType) {
			t.DropError(err)
			return "", nil
		}
		return "", err
	}
	defer t.Decref(v)
	r, err := object.ReprString(t, v)
	if err != nil {
		return "", err
	}
	return " " + name + "=" + r, nil
}

// fileMethod makes a positional-only method of a file object.
func fileMethod(name string, min, max int, fn func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error)) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, name, args, kw, min, max); err != nil {
			return nil, err
		}
		return fn(t, asFile(self), args)
	}}
}

// sizeArg reads an optional size argument (read, readlines): absent or
// None is -1.
func sizeArg(t *object.Thread, args []*object.Object) (int, error) {
	if len(args) == 0 || args[0] == object.None {
		return -1, nil
	}
	if !object.IsInt(args[0]) {
		return 0, t.Errorf(object.TypeErrorType, "argument should be integer or None, not '%s'", args[0].Type().Name)
	}
	n, err := object.AsInt64(t, args[0])
	return int(n), err
}

// intArg reads an optional int argument (a text file's readline,
// read1), -1 when absent.
func intArg(t *object.Thread, args []*object.Object) (int, error) {
	if len(args) == 0 {
		return -1, nil
	}
	n, err := object.AsInt64(t, args[0])
	return int(n), err
}

// seekArgs reads seek's (offset, whence=0).
func seekArgs(t *object.Thread, args []*object.Object) (offset int64, whence int, err error) {
	if offset, err = object.AsInt64(t, args[0]); err != nil {
		return 0, 0, err
	}
	if len(args) > 1 {
		w, err := object.AsInt64(t, args[1])
		if err != nil {
			return 0, 0, err
		}
		whence = int(w)
	}
	return offset, whence, nil
}

// readLines reads lines until the end of the file or until their total
// size reaches hint (when hint > 0), as one operation: a thread reading
// all lines never gets some while another thread reads the others.
// size measures a line as readlines' hint does.
func (f *File) readLines(hint int, size func([]byte) int) ([][]byte, error) {
	var lines [][]byte
	total := 0
	for {
		line, err := f.readLine(-1)
		if err != nil || len(line) == 0 {
			return lines, err
		}
		lines = append(lines, line)
		total += size(line)
		if hint > 0 && total > hint { // strictly more, as IOBase.readlines
			return lines, nil
		}
	}
}

// newLines returns a list of the lines, each made by conv.
func newLines(t *object.Thread, lines [][]byte, conv func([]byte) *object.Object) *object.Object {
	items := make([]*object.Object, len(lines))
	for i, l := range lines {
		items[i] = conv(l)
	}
	return object.NewList(t, items).Obj()
}

// tellMethod and flushMethod differ between kinds of file only in the
// message for a closed file.
func tellMethod(closedMsg closedError) object.MethodDef {
	return fileMethod("tell", 0, 0, func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error) {
		var pos int64
		err := f.do(t, closedMsg, func() (err error) {
			pos, err = f.tell()
			return err
		})
		if err != nil {
			return nil, raise(t, err)
		}
		return object.NewInt(t, pos), nil
	})
}

func flushMethod(closedMsg func(f *File) closedError) object.MethodDef {
	return fileMethod("flush", 0, 0, func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error) {
		return object.None, raise(t, f.do(t, closedMsg(f), f.flush))
	})
}

// fileCommonMethods are the methods every kind of file has alike.
var fileCommonMethods = []object.MethodDef{
	fileMethod("close", 0, 0, func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error) {
		if f.standIn() != "" {
			return nil, raise(t, f.standIn())
		}
		return object.None, raise(t, f.locked(t, f.close))
	}),
	fileMethod("__enter__", 0, 0, func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error) {
		if f.closed.Load() {
			return nil, raise(t, errTextClosed)
		}
		return t.NewRef(&f.Object), nil
	}),
	fileMethod("__exit__", 0, 3, func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error) {
		return object.None, raise(t, f.locked(t, f.close))
	}),
	// readable and writable answer False for a missing direction even
	// when closed, as CPython's do (the answer cannot change).
	fileMethod("readable", 0, 0, func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error) {
		if f.r != nil && f.closed.Load() {
			return nil, raise(t, errRawClosed)
		}
		return object.NewBool(f.r != nil), nil
	}),
	fileMethod("writable", 0, 0, func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error) {
		if f.w != nil && f.closed.Load() {
			return nil, raise(t, errRawClosed)
		}
		return object.NewBool(f.w != nil), nil
	}),
	fileMethod("seekable", 0, 0, func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error) {
		if f.closed.Load() {
			return nil, raise(t, errRawClosed)
		}
		return object.NewBool(f.seekable), nil
	}),
	fileMethod("fileno", 0, 0, func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error) {
		var fd int
		raw := f.rawFileIO()
		err := f.do(t, errRawClosed, func() (err error) {
			if raw != nil {
				fd = raw.fd // the caller's descriptor, not a duplicate
				return nil
			}
			fd, err = f.fileno()
			return err
		})
		if err != nil {
			return nil, raise(t, err)
		}
		return object.NewInt(t, int64(fd)), nil
	}),
	fileMethod("isatty", 0, 0, func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error) {
		var tty bool
		raw := f.rawFileIO()
		err := f.do(t, errRawClosed, func() error {
			if raw != nil {
				tty = raw.isatty()
			} else {
				tty = f.isatty()
			}
			return nil
		})
		if err != nil {
			return nil, raise(t, err)
		}
		return object.NewBool(tty), nil
	}),
}

// rawFileIO is the FileIO under f (through a TextIOWrapper's buffer when
// that is a buffered object made in Go), or nil.
func (f *File) rawFileIO() *FileIO {
	b := f
	if f.text != nil {
		if f.buffer == nil || !isGoBuffered(f.buffer) {
			return nil
		}
		b = asFile(f.buffer)
	}
	if b.raw != nil && b.raw.Type() == FileIOType {
		return asFileIO(b.raw)
	}
	return nil
}

func isGoBuffered(o *object.Object) bool {
	bt := o.Type()
	return bt == bufferedReaderType || bt == bufferedWriterType || bt == bufferedRandomType
}

// ref returns a new reference to *field (raw, buffer or pair), or nil,
// taken under refMu.
func (f *File) ref(t *object.Thread, field **object.Object) *object.Object {
	f.refMu.Lock()
	defer f.refMu.Unlock()
	if *field == nil {
		return nil
	}
	return t.NewRef(*field)
}

// innerRef returns a new reference to the object a file's name and
// closed come from: a TextIOWrapper's buffer, a buffered object's raw
// file; nil for the standard streams made from Go writers.
func (f *File) innerRef(t *object.Thread) *object.Object {
	if f.text != nil {
		return f.ref(t, &f.buffer)
	}
	return f.ref(t, &f.raw)
}

var fileGetSets = []object.GetSetDef{
	{Name: "closed", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		f := asFile(o)
		if f.standIn() != "" {
			return nil, raise(t, f.standIn())
		}
		if f.py != nil {
			if in := f.innerRef(t); in != nil {
				defer t.Decref(in)
				return object.GetAttrString(t, in, "closed")
			}
		}
		c := f.closed.Load()
		if raw := f.rawFileIO(); raw != nil && raw.closed.Load() {
			c = true // the raw file closed on its own, as CPython reads it
		}
		return object.NewBool(c), nil
	}},
	{Name: "name", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		f := asFile(o)
		if f.standIn() != "" {
			return nil, raise(t, f.standIn())
		}
		if in := f.innerRef(t); in != nil {
			defer t.Decref(in)
			return object.GetAttrString(t, in, "name")
		}
		return f.nameObject(t), nil
	}},
}

func builtinSorted(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	npos := len(args)
	if kw != nil {
		npos -= len(kw.Items)
	}
	if npos != 1 {
		return nil, t.Errorf(object.TypeErrorType, "sorted expected 1 argument, got %d", npos)
	}
	// As CPython: the list first, then its sort checks the keywords.
	l, err := object.NewListFrom(t, args[0])
	if err != nil {
		return nil, err
	}
	var key, reverse *object.Object
	if err := object.ParseArgs(t, "sort", args[1:], kw, []string{"$key", "$reverse"}, 0, &key, &reverse); err != nil {
		t.Decref(l.Obj())
		return nil, err
	}
	rev := false
	if reverse != nil {
		if rev, err = object.IsTrue(t, reverse); err != nil {
			t.Decref(l.Obj())
			return nil, err
		}
	}
	if key == object.None {
		key = nil
	}
	if err := l.SortPrivate(t, key, rev); err != nil {
		t.Decref(l.Obj())
		return nil, err
	}
	return l.Obj(), nil
}

func init() {
	builtinFuncs = append(builtinFuncs,
		object.MethodDef{Name: "open", Fn: builtinOpen},
		object.MethodDef{Name: "sorted", Fn: builtinSorted})
}
