// This file implements text files: open() and the objects behind
// sys.stdin, sys.stdout and sys.stderr. A file wraps a Go reader and/or
// writer; blocking reads and writes detach the thread, so that a
// stop-the-world never waits for I/O.

package vm

import (
	"bufio"
	"io"
	"io/fs"
	"os"
	"strings"
	"syscall"

	"github.com/ftpy/ftpy/object"
)

// File is a text file object (io.TextIOWrapper).
type File struct {
	object.Object
	name   string
	mode   string
	r      *bufio.Reader
	w      io.Writer
	closer io.Closer
	closed bool
}

// FileType is the type of text files.
var FileType = object.NewStaticType(&object.Type{
	Name:    "_io.TextIOWrapper",
	Flags:   object.FlagWeakrefable,
	Dealloc: func(t *object.Thread, o *object.Object) { object.Cast[File](o).close() },
	Iter:    func(t *object.Thread, o *object.Object) (*object.Object, error) { return t.NewRef(o), nil },
	Next: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		line, err := object.Cast[File](o).readLine(t)
		if err != nil || line == "" {
			return nil, err
		}
		return object.NewStr(t, line), nil
	},
	Repr: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		f := object.Cast[File](o)
		return object.NewStr(t, "<_io.TextIOWrapper name='"+f.name+"' mode='"+f.mode+"' encoding='UTF-8'>"), nil
	},
})

// NewFile returns a file object reading from r and/or writing to w.
func NewFile(t *object.Thread, name, mode string, r io.Reader, w io.Writer, c io.Closer) *object.Object {
	f := &File{name: name, mode: mode, w: w, closer: c}
	if r != nil {
		f.r = bufio.NewReader(r)
	}
	t.Init(&f.Object, FileType)
	return &f.Object
}

func (f *File) close() error {
	if f.closed {
		return nil
	}
	f.closed = true
	if fl, ok := f.w.(interface{ Flush() error }); ok {
		fl.Flush()
	}
	if f.closer != nil {
		return f.closer.Close()
	}
	return nil
}

func (f *File) check(t *object.Thread) error {
	if f.closed {
		return t.Errorf(object.ValueErrorType, "I/O operation on closed file.")
	}
	return nil
}

func (f *File) readLine(t *object.Thread) (string, error) {
	if err := f.check(t); err != nil {
		return "", err
	}
	if f.r == nil {
		return "", t.Errorf(object.OSErrorType, "not readable")
	}
	t.Detach()
	line, err := f.r.ReadString('\n')
	t.Attach()
	if err != nil && err != io.EOF {
		return "", t.Errorf(object.OSErrorType, "%v", err)
	}
	return line, nil
}

func fileMethod(name string, min, max int, fn func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error)) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, name, args, kw, min, max); err != nil {
			return nil, err
		}
		return fn(t, object.Cast[File](self), args)
	}}
}

var fileMethods = []object.MethodDef{
	fileMethod("read", 0, 1, func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error) {
		if err := f.check(t); err != nil {
			return nil, err
		}
		if f.r == nil {
			return nil, t.Errorf(object.OSErrorType, "not readable")
		}
		t.Detach()
		b, err := io.ReadAll(f.r)
		t.Attach()
		if err != nil {
			return nil, t.Errorf(object.OSErrorType, "%v", err)
		}
		return object.NewStr(t, string(b)), nil
	}),
	fileMethod("readline", 0, 1, func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error) {
		line, err := f.readLine(t)
		if err != nil {
			return nil, err
		}
		return object.NewStr(t, line), nil
	}),
	fileMethod("readlines", 0, 1, func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error) {
		var lines []*object.Object
		for {
			line, err := f.readLine(t)
			if err != nil {
				for _, l := range lines {
					t.Decref(l)
				}
				return nil, err
			}
			if line == "" {
				return object.NewList(t, lines).Obj(), nil
			}
			lines = append(lines, object.NewStr(t, line))
		}
	}),
	fileMethod("write", 1, 1, func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error) {
		if err := f.check(t); err != nil {
			return nil, err
		}
		if f.w == nil {
			return nil, t.Errorf(object.OSErrorType, "not writable")
		}
		if !object.IsStr(args[0]) {
			return nil, t.Errorf(object.TypeErrorType, "write() argument must be str, not %s", args[0].Type().Name)
		}
		s := object.AsStr(args[0])
		if _, err := io.WriteString(f.w, s.String()); err != nil {
			return nil, t.Errorf(object.OSErrorType, "%v", err)
		}
		return object.NewInt(t, int64(s.Len())), nil
	}),
	fileMethod("writelines", 1, 1, func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error) {
		if err := f.check(t); err != nil {
			return nil, err
		}
		return object.None, object.Iterate(t, args[0], func(x *object.Object) error {
			if !object.IsStr(x) {
				return t.Errorf(object.TypeErrorType, "write() argument must be str, not %s", x.Type().Name)
			}
			_, err := io.WriteString(f.w, object.StrValue(x))
			return err
		})
	}),
	fileMethod("flush", 0, 0, func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error) {
		if fl, ok := f.w.(interface{ Flush() error }); ok {
			fl.Flush()
		}
		return object.None, nil
	}),
	fileMethod("close", 0, 0, func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error) {
		return object.None, f.close()
	}),
	fileMethod("__enter__", 0, 0, func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error) {
		return t.NewRef(&f.Object), f.check(t)
	}),
	fileMethod("__exit__", 0, 3, func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error) {
		return object.None, f.close()
	}),
	fileMethod("readable", 0, 0, func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error) {
		return object.NewBool(f.r != nil), nil
	}),
	fileMethod("writable", 0, 0, func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error) {
		return object.NewBool(f.w != nil), nil
	}),
}

var fileGetSets = []object.GetSetDef{
	{Name: "closed", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewBool(object.Cast[File](o).closed), nil
	}},
	{Name: "name", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewStr(t, object.Cast[File](o).name), nil
	}},
	{Name: "mode", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewStr(t, object.Cast[File](o).mode), nil
	}},
}

// builtinOpen is open(file, mode='r', encoding=None, ...) for text files.
func builtinOpen(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var file, mode, buffering, encoding, errs, newline *object.Object
	if err := object.ParseArgs(t, "open", args, kw, []string{"file", "mode", "buffering", "encoding", "errors", "newline"}, 1,
		&file, &mode, &buffering, &encoding, &errs, &newline); err != nil {
		return nil, err
	}
	if !object.IsStr(file) {
		return nil, t.Errorf(object.TypeErrorType, "expected str, bytes or os.PathLike object, not %s", file.Type().Name)
	}
	name := object.StrValue(file)
	m := "r"
	if mode != nil {
		m = object.StrValue(mode)
	}
	if strings.Contains(m, "b") {
		return nil, t.Errorf(object.NotImplementedErrorType, "binary files are not supported yet")
	}
	var flag int
	switch strings.Trim(m, "t") {
	case "r":
		flag = os.O_RDONLY
	case "w":
		flag = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	case "a":
		flag = os.O_WRONLY | os.O_CREATE | os.O_APPEND
	case "x":
		flag = os.O_WRONLY | os.O_CREATE | os.O_EXCL
	case "r+":
		flag = os.O_RDWR
	case "w+":
		flag = os.O_RDWR | os.O_CREATE | os.O_TRUNC
	default:
		return nil, t.Errorf(object.ValueErrorType, "invalid mode: '%s'", m)
	}
	t.Detach()
	fh, err := os.OpenFile(name, flag, 0o666)
	t.Attach()
	if err == nil && flag == os.O_RDONLY {
		// Opening a directory for reading succeeds in the OS; Python
		// refuses it, as CPython's FileIO does after its fstat.
		if fi, serr := fh.Stat(); serr == nil && fi.IsDir() {
			fh.Close()
			err = &fs.PathError{Op: "open", Path: name, Err: syscall.EISDIR}
		}
	}
	if err != nil {
		return nil, object.OSErrorFromGo(t, err, name)
	}
	var r io.Reader
	var w io.Writer
	if flag&(os.O_WRONLY) == 0 {
		r = fh
	}
	if flag&(os.O_WRONLY|os.O_RDWR) != 0 {
		bw := bufio.NewWriter(fh)
		w = bw
		return NewFile(t, name, m, r, w, closerFunc(func() error { bw.Flush(); return fh.Close() })), nil
	}
	return NewFile(t, name, m, r, w, fh), nil
}

type closerFunc func() error

func (f closerFunc) Close() error { return f() }

func builtinSorted(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var it, key, reverse *object.Object
	if err := object.ParseArgs(t, "sorted", args, kw, []string{"/iterable", "$key", "$reverse"}, 1, &it, &key, &reverse); err != nil {
		return nil, err
	}
	l, err := object.NewListFrom(t, it)
	if err != nil {
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
	if err := l.Sort(t, key, rev); err != nil {
		t.Decref(l.Obj())
		return nil, err
	}
	return l.Obj(), nil
}

func init() {
	object.ReadyType(FileType, fileMethods, fileGetSets)
	builtinFuncs = append(builtinFuncs,
		object.MethodDef{Name: "open", Fn: builtinOpen},
		object.MethodDef{Name: "sorted", Fn: builtinSorted})
}
