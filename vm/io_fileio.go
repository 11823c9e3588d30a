// This file defines _io.FileIO, the raw file: unbuffered reads and
// writes on an OS file descriptor. open() puts a buffered object (and a
// TextIOWrapper) over one. The descriptor is held as an *os.File; one
// the FileIO must not close (closefd=False) is duplicated first, so that
// Go's own finalizer for the *os.File never closes the caller's.

package vm

import (
	"io"
	"math"
	"os"
	"strings"
	"sync/atomic"
	"syscall"

	"golang.org/x/term"

	"github.com/ftpy/ftpy/object"
)

// FileIO is a raw file.
type FileIO struct {
	IOBase
	fh        *os.File
	fd        int // the descriptor fileno() reports (the caller's when duplicated)
	closefd   bool
	readable  bool
	writable  bool
	appending bool
	created   bool
	truncate  bool // 'w': the file is emptied when opened
	regular   bool // a regular file, which is never a terminal: open() skips isatty's system call
	closed    atomic.Bool
}

// FileIOType is _io.FileIO.
var FileIOType = newIOType(&object.Type{
	Name:    "FileIO",
	Base:    RawIOBaseType,
	New:     fileIONew,
	Init:    fileIOInit,
	Dealloc: fileIODealloc,
	Repr:    fileIORepr,
})

func asFileIO(o *object.Object) *FileIO { return object.Cast[FileIO](o) }

func fileIONew(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	f := &FileIO{fd: -1, closefd: true}
	f.closed.Store(true) // until __init__ opens it
	t.Init(&f.Object, typ)
	t.Track(&f.Object)
	return &f.Object, nil
}

func fileIODealloc(t *object.Thread, o *object.Object) {
	asFileIO(o).Close()
	ioClear(t, o)
}

// Close closes the descriptor (when the FileIO owns it); closing again
// does nothing. It is the io.Closer of the buffered objects over it.
func (f *FileIO) Close() error {
	f.ioClosed.Store(true) // as IOBase.close, which CPython's calls
	if f.closed.Swap(true) {
		return nil
	}
	if f.fh != nil {
		return f.fh.Close()
	}
	return nil
}

// rawMode parses FileIO's mode: one of r, w, x, a, at most one +, and b.
func (f *FileIO) parseMode(m string) string {
	const bad = "Must have exactly one of create/read/write/append mode and at most one plus"
	rwa, plus := false, false
	for _, c := range m {
		switch c {
		case 'r', 'w', 'x', 'a':
			if rwa {
				return bad
			}
			rwa = true
			switch c {
			case 'r':
				f.readable = true
			case 'w':
				f.writable, f.truncate = true, true
			case 'x':
				f.writable, f.created = true, true
			case 'a':
				f.writable, f.appending = true, true
			}
		case '+':
			if plus {
				return bad
			}
			plus = true
			f.readable, f.writable = true, true
		case 'b':
		default:
			return "invalid mode: " + m
		}
	}
	if !rwa {
		return bad
	}
	return ""
}

func (f *FileIO) osFlags() int {
	var fl int
	switch {
	case f.readable && f.writable:
		fl = os.O_RDWR
	case f.writable:
		fl = os.O_WRONLY
	}
	switch {
	case f.created:
		fl |= os.O_CREATE | os.O_EXCL
	case f.appending:
		fl |= os.O_CREATE | os.O_APPEND
	case f.truncate:
		fl |= os.O_CREATE | os.O_TRUNC
	}
	return fl | syscall.O_CLOEXEC
}

// modeString is the mode attribute: FileIO's own spelling ('rb+').
func (f *FileIO) modeString() string {
	switch {
	case f.created:
		if f.readable {
			return "xb+"
		}
		return "xb"
	case f.appending:
		if f.readable {
			return "ab+"
		}
		return "ab"
	case f.readable:
		if f.writable {
			return "rb+"
		}
		return "rb"
	}
	return "wb"
}

func fileIOInit(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) error {
	var file, mode, closefd, opener *object.Object
	if err := object.ParseArgs(t, "FileIO", args, kw, []string{"file", "mode", "closefd", "opener"}, 1,
		&file, &mode, &closefd, &opener); err != nil {
		return err
	}
	f := asFileIO(self)
	if f.fh != nil {
		f.Close()
		f.fh = nil
	}
	// A second __init__ starts over (the header is left alone: other
	// threads may be counting references to the object).
	f.fh, f.fd, f.closefd = nil, -1, true
	f.readable, f.writable, f.appending, f.created, f.truncate, f.regular = false, false, false, false, false, false
	f.closed.Store(true)
	f.ioClosed.Store(false)
	m := "r"
	if mode != nil {
		if !object.IsStr(mode) {
			return t.Errorf(object.TypeErrorType, "FileIO() argument 'mode' must be str, not %s", mode.Type().Name)
		}
		m = object.StrValue(mode)
	}
	if closefd != nil {
		b, err := object.IsTrue(t, closefd)
		if err != nil {
			return err
		}
		f.closefd = b
	}
	if object.IsFloat(file) {
		return t.Errorf(object.TypeErrorType, "integer argument expected, got float")
	}
	fd := -1
	var path string
	// A number is a descriptor when it fits a C int; a larger one is
	// taken for a path, and refused as one, as CPython does.
	isFD := false
	if object.IsInt(file) {
		v, err := object.AsInt64(t, file)
		if err == nil && v >= math.MinInt32 && v <= math.MaxInt32 {
			if v < 0 {
				return t.Errorf(object.ValueErrorType, "negative file descriptor")
			}
			fd, isFD = int(v), true
		} else if err != nil {
			t.DropError(err)
		}
	}
	if !isFD {
		p, _, ok, err := object.FSPath(t, file)
		if err != nil {
			return err
		}
		if !ok {
			return t.Errorf(object.TypeErrorType, "expected str, bytes or os.PathLike object, not %s", file.Type().Name)
		}
		if strings.IndexByte(p, 0) >= 0 {
			return t.Errorf(object.ValueErrorType, "embedded null byte")
		}
		path = p
	}
	if msg := f.parseMode(m); msg != "" {
		return t.Errorf(object.ValueErrorType, "%s", msg)
	}
	if fd < 0 && !f.closefd {
		return t.Errorf(object.ValueErrorType, "Cannot use closefd=False with file name")
	}
	if fd < 0 && opener != nil && opener != object.None {
		flags := object.NewInt(t, int64(f.osFlags()))
		r, err := object.Call(t, opener, []*object.Object{file, flags}, nil)
		t.Decref(flags)
		if err != nil {
			return err
		}
		if !object.IsInt(r) {
			t.Decref(r)
			return t.Errorf(object.TypeErrorType, "expected integer from opener")
		}
		v, err := object.AsInt64(t, r)
		t.Decref(r)
		if err == nil && (v < math.MinInt32 || v > math.MaxInt32) {
			err = t.Errorf(object.OverflowErrorType, "Python int too large to convert to C int")
		} else if err != nil && object.ErrorMatches(err, object.OverflowErrorType) {
			t.DropError(err)
			err = t.Errorf(object.OverflowErrorType, "Python int too large to convert to C int")
		}
		if err != nil {
			return err
		}
		if v < 0 {
			return t.Errorf(object.ValueErrorType, "opener returned %d", v)
		}
		fd = int(v)
	}
	var err error
	t.Detach()
	if fd >= 0 {
		err = f.adopt(fd, path)
	} else {
		err = f.openPath(path)
	}
	t.Attach()
	if err != nil {
		if fd < 0 || opener != nil && opener != object.None {
			return object.OSErrorFromGoNames(t, err, file)
		}
		return object.OSErrorFromGo(t, err)
	}
	f.closed.Store(false)
	if f.dict == nil {
		f.dict = object.NewDict(t)
	}
	f.dict.SetStr(t, object.Intern("name"), file)
	return nil
}

// openPath opens a path with the mode's flags; it runs detached.
func (f *FileIO) openPath(path string) error {
	fh, err := os.OpenFile(path, f.osFlags(), 0o666)
	if err != nil {
		return err
	}
	f.fh, f.fd = fh, int(fh.Fd())
	return f.afterOpen(path)
}

// adopt takes a descriptor given by number (or by an opener).
func (f *FileIO) adopt(fd int, path string) error {
	own := fd
	if !f.closefd {
		d, err := syscall.Dup(fd)
		if err != nil {
			return err
		}
		syscall.CloseOnExec(d)
		own = d
	}
	f.fh, f.fd = os.NewFile(uintptr(own), path), fd
	if err := f.afterOpen(path); err != nil {
		if !f.closefd {
			f.fh.Close()
		}
		f.fh = nil
		return err
	}
	return nil
}

// afterOpen refuses directories (as CPython's fstat check does) and
// moves an appending file to its end.
func (f *FileIO) afterOpen(path string) error {
	fi, err := f.fh.Stat()
	if err != nil {
		f.fh.Close()
		return err
	}
	if fi.IsDir() {
		f.fh.Close()
		return &os.PathError{Op: "open", Path: path, Err: syscall.EISDIR}
	}
	f.regular = fi.Mode().IsRegular()
	if f.appending {
		f.fh.Seek(0, io.SeekEnd)
	}
	return nil
}

func fileIORepr(t *object.Thread, o *object.Object) (*object.Object, error) {
	f := asFileIO(o)
	const name = "_io.FileIO" // for subclasses too, as CPython
	if f.closed.Load() {
		return object.NewStr(t, "<"+name+" [closed]>"), nil
	}
	closefd := "False"
	if f.closefd {
		closefd = "True"
	}
	n, err := object.GetAttrString(t, o, "name")
	if err != nil {
		if !object.ErrorMatches(err, object.AttributeErrorType) {
			return nil, err
		}
		t.DropError(err)
		return object.NewStr(t, "<"+name+" fd="+itoa(f.fd)+" mode='"+f.modeString()+"' closefd="+closefd+">"), nil
	}
	defer t.Decref(n)
	r, err := object.ReprString(t, n)
	if err != nil {
		return nil, err
	}
	return object.NewStr(t, "<"+name+" name="+r+" mode='"+f.modeString()+"' closefd="+closefd+">"), nil
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// fileIOMethod makes a method that needs the file open.
func fileIOMethod(name string, min, max int, fn func(t *object.Thread, f *FileIO, args []*object.Object) (*object.Object, error)) object.MethodDef {
	return ioMethod(name, min, max, func(t *object.Thread, self *object.Object, args []*object.Object) (*object.Object, error) {
		f := asFileIO(self)
		if f.closed.Load() {
			return nil, t.Errorf(object.ValueErrorType, "I/O operation on closed file")
		}
		return fn(t, f, args)
	})
}

// detached runs fn without the thread attached (a read may block).
func detached[T any](t *object.Thread, fn func() (T, error)) (T, error) {
	t.Detach()
	defer t.Attach()
	return fn()
}

func (f *FileIO) checkReadable(t *object.Thread) error {
	if !f.readable {
		return unsupported(t, "File not open for reading")
	}
	return nil
}

// raw returns the system-call side of f for thread t's reads.
func (f *FileIO) raw(t *object.Thread) *rawFile {
	r := &rawFile{fh: f.fh}
	if !f.regular {
		r.st = stateOf(t)
	}
	return r
}

func (f *FileIO) readSome(t *object.Thread, n int) ([]byte, error) {
	r := f.raw(t)
	return detached(t, func() ([]byte, error) {
		b := make([]byte, n)
		k, err := r.Read(b)
		if err == io.EOF {
			err = nil
		}
		return b[:k], err
	})
}

func (f *FileIO) readAll(t *object.Thread) ([]byte, error) {
	return detached(t, f.raw(t).readAll)
}

// fileIOReadResult is what read, readall and readinto return for data read
// with err: None when a non-blocking descriptor had nothing yet (or,
// for readall, the bytes read before it ran dry).
func fileIOReadResult(t *object.Thread, b []byte, err error, all bool) (*object.Object, error) {
	if _, ok := err.(blockedError); ok {
		if !all || len(b) == 0 {
			return object.None, nil
		}
		err = nil
	}
	if err != nil {
		return nil, fileIOError(t, err)
	}
	return object.NewBytes(t, b), nil
}

var fileIOMethods = []object.MethodDef{
	fileIOMethod("read", 0, 1, func(t *object.Thread, f *FileIO, args []*object.Object) (*object.Object, error) {
		if err := f.checkReadable(t); err != nil {
			return nil, err
		}
		n, err := readLimit(t, args)
		if err != nil {
			return nil, err
		}
		var b []byte
		if n < 0 {
			b, err = f.readAll(t)
		} else {
			if err := checkBytesSize(t, n); err != nil {
				return nil, err
			}
			b, err = f.readSome(t, n)
		}
		return fileIOReadResult(t, b, err, n < 0)
	}),
	fileIOMethod("readall", 0, 0, func(t *object.Thread, f *FileIO, args []*object.Object) (*object.Object, error) {
		if err := f.checkReadable(t); err != nil {
			return nil, err
		}
		b, err := f.readAll(t)
		return fileIOReadResult(t, b, err, true)
	}),
	fileIOMethod("readinto", 1, 1, func(t *object.Thread, f *FileIO, args []*object.Object) (*object.Object, error) {
		if err := f.checkReadable(t); err != nil {
			return nil, err
		}
		dst, release, ok := writableBytes(t, args[0])
		if !ok {
			return nil, t.Errorf(object.TypeErrorType, "readinto() argument must be read-write bytes-like object, not %s", args[0].Type().Name)
		}
		defer release()
		b, err := f.readSome(t, len(dst))
		if _, ok := err.(blockedError); ok {
			return object.None, nil
		}
		if err != nil {
			return nil, fileIOError(t, err)
		}
		copy(dst, b)
		return object.NewInt(t, int64(len(b))), nil
	}),
	fileIOMethod("write", 1, 1, func(t *object.Thread, f *FileIO, args []*object.Object) (*object.Object, error) {
		if !f.writable {
			return nil, unsupported(t, "File not open for writing")
		}
		b, ok := readableBytes(t, args[0])
		if !ok {
			return nil, t.Errorf(object.TypeErrorType, "a bytes-like object is required, not '%s'", args[0].Type().Name)
		}
		n, err := detached(t, func() (int, error) { return f.raw(t).writeOnce(b) })
		if _, ok := err.(blockedError); ok {
			// Nothing written (a partial write returns its count).
			return object.None, nil
		}
		if err != nil {
			return nil, fileIOError(t, err)
		}
		return object.NewInt(t, int64(n)), nil
	}),
	fileIOMethod("seek", 1, 2, func(t *object.Thread, f *FileIO, args []*object.Object) (*object.Object, error) {
		if object.IsFloat(args[0]) {
			return nil, t.Errorf(object.TypeErrorType, "an integer is required")
		}
		off, whence, err := seekArgs(t, args)
		if err != nil {
			return nil, err
		}
		pos, err := f.fh.Seek(off, whence)
		if err != nil {
			return nil, object.OSErrorFromGo(t, err)
		}
		return object.NewInt(t, pos), nil
	}),
	fileIOMethod("tell", 0, 0, func(t *object.Thread, f *FileIO, args []*object.Object) (*object.Object, error) {
		pos, err := f.fh.Seek(0, io.SeekCurrent)
		if err != nil {
			return nil, object.OSErrorFromGo(t, err)
		}
		return object.NewInt(t, pos), nil
	}),
	fileIOMethod("truncate", 0, 1, func(t *object.Thread, f *FileIO, args []*object.Object) (*object.Object, error) {
		if !f.writable {
			return nil, unsupported(t, "File not open for writing")
		}
		var size int64
		var err error
		if len(args) == 0 || args[0] == object.None {
			size, err = f.fh.Seek(0, io.SeekCurrent)
		} else {
			size, err = object.AsInt64(t, args[0])
			if err != nil {
				return nil, err
			}
		}
		if err == nil {
			err = f.fh.Truncate(size)
		}
		if err != nil {
			return nil, object.OSErrorFromGo(t, err)
		}
		return object.NewInt(t, size), nil
	}),
	ioMethod("close", 0, 0, func(t *object.Thread, self *object.Object, args []*object.Object) (*object.Object, error) {
		f := asFileIO(self)
		if err := f.Close(); err != nil {
			return nil, object.OSErrorFromGo(t, err)
		}
		return object.None, nil
	}),
	fileIOMethod("seekable", 0, 0, func(t *object.Thread, f *FileIO, args []*object.Object) (*object.Object, error) {
		_, err := f.fh.Seek(0, io.SeekCurrent)
		return object.NewBool(err == nil), nil
	}),
	fileIOMethod("readable", 0, 0, func(t *object.Thread, f *FileIO, args []*object.Object) (*object.Object, error) {
		return object.NewBool(f.readable), nil
	}),
	fileIOMethod("writable", 0, 0, func(t *object.Thread, f *FileIO, args []*object.Object) (*object.Object, error) {
		return object.NewBool(f.writable), nil
	}),
	fileIOMethod("fileno", 0, 0, func(t *object.Thread, f *FileIO, args []*object.Object) (*object.Object, error) {
		return object.NewInt(t, int64(f.fd)), nil
	}),
	fileIOMethod("isatty", 0, 0, func(t *object.Thread, f *FileIO, args []*object.Object) (*object.Object, error) {
		return object.NewBool(term.IsTerminal(int(f.fh.Fd()))), nil
	}),
	ioMethod("_dealloc_warn", 1, 1, func(t *object.Thread, self *object.Object, args []*object.Object) (*object.Object, error) {
		return object.None, nil
	}),
}

var fileIOGetSets = []object.GetSetDef{
	{Name: "closed", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewBool(asFileIO(o).closed.Load()), nil
	}},
	{Name: "closefd", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewBool(asFileIO(o).closefd), nil
	}},
	{Name: "mode", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewStr(t, asFileIO(o).modeString()), nil
	}},
	{Name: "_blksize", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewInt(t, 4096), nil
	}},
}

// newFileIO opens path for open(): om's flags, the name object kept as
// given. It runs attached; the open itself detaches.
func newFileIO(t *object.Thread, nameObj *object.Object, path string, om openMode) (*FileIO, error) {
	f := &FileIO{fd: -1, closefd: true}
	f.readable, f.writable = om.readable(), om.writable()
	f.appending, f.created = om.append, om.create
	t.Init(&f.Object, FileIOType)
	t.Track(&f.Object)
	t.Detach()
	fh, err := os.OpenFile(path, om.flags()|syscall.O_CLOEXEC, 0o666)
	if err == nil {
		f.fh, f.fd = fh, int(fh.Fd())
		err = f.afterOpen(path)
	}
	t.Attach()
	if err != nil {
		f.fh = nil
		t.Decref(&f.Object)
		return nil, err
	}
	f.closed.Store(false)
	f.dict = object.NewDict(t)
	f.dict.SetStr(t, object.Intern("name"), nameObj)
	return f, nil
}

func init() {
	object.ReadyType(FileIOType, fileIOMethods, fileIOGetSets)
}
