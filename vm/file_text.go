// This file defines text files (io.TextIOWrapper): the objects open()
// returns in text mode and those behind sys.stdin, sys.stdout and
// sys.stderr. Text is UTF-8; read sizes count characters; tell and seek
// use byte offsets as their opaque cookies.

package vm

import (
	"bufio"
	"io"
	"unicode/utf8"

	"github.com/ftpy/ftpy/object"
)

// FileType is the type of text files.
var FileType = object.NewStaticType(&object.Type{
	Name:    "TextIOWrapper",
	Module:  "_io",
	Flags:   object.FlagWeakrefable,
	Dealloc: fileDealloc,
	Iter:    fileIter,
	Next: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		line, err := asFile(o).textReadLine(t, -1)
		if err != nil || line == "" {
			return nil, err
		}
		return object.NewStr(t, line), nil
	},
	Repr: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		f := asFile(o)
		name, err := f.reprName(t)
		if err != nil {
			return nil, err
		}
		return object.NewStr(t, "<"+o.Type().FullName()+" name="+name+" mode='"+f.mode+"' encoding='UTF-8'>"), nil
	},
})

// NewFile returns a text file object reading from r and/or writing to w,
// closing c (if not nil) when closed. It cannot seek.
func NewFile(t *object.Thread, name, mode string, r io.Reader, w io.Writer, c io.Closer) *object.Object {
	f := &File{name: name, mode: mode}
	f.w, f.closer = w, c
	if r != nil {
		f.r = bufio.NewReader(r)
		f.ir, _ = r.(*interruptibleReader)
	}
	t.Init(&f.Object, FileType)
	return &f.Object
}

// textRead reads up to n characters, all when n < 0.
func (f *File) textRead(t *object.Thread, n int) (string, error) {
	var b []byte
	err := f.do(t, errTextClosed, func() (err error) {
		if f.r == nil {
			return unsupportedError("not readable")
		}
		if n < 0 {
			b, err = f.readAll()
		} else {
			b, err = f.readRunes(n, false)
		}
		return err
	})
	return string(b), raise(t, err)
}

// textReadLine reads a line, at most limit characters when limit >= 0.
func (f *File) textReadLine(t *object.Thread, limit int) (string, error) {
	var b []byte
	err := f.do(t, errTextClosed, func() (err error) {
		if f.r == nil {
			return unsupportedError("not readable")
		}
		if limit < 0 {
			b, err = f.readLine(-1)
		} else {
			b, err = f.readRunes(limit, true)
		}
		return err
	})
	return string(b), raise(t, err)
}

// textWrite writes s; the caller has checked that it is a str.
func (f *File) textWrite(t *object.Thread, s string) error {
	return raise(t, f.do(t, errTextClosed, func() error {
		if f.w == nil {
			return unsupportedError("not writable")
		}
		return f.write([]byte(s))
	}))
}

func textWriteArg(t *object.Thread, o *object.Object) (string, error) {
	if !object.IsStr(o) {
		return "", t.Errorf(object.TypeErrorType, "write() argument must be str, not %s", o.Type().Name)
	}
	return object.StrValue(o), nil
}

var textMethods = append([]object.MethodDef{
	fileMethod("read", 0, 1, func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error) {
		n, err := sizeArg(t, args)
		if err != nil {
			return nil, err
		}
		s, err := f.textRead(t, n)
		if err != nil {
			return nil, err
		}
		return object.NewStr(t, s), nil
	}),
	fileMethod("readline", 0, 1, func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error) {
		limit, err := intArg(t, args)
		if err != nil {
			return nil, err
		}
		line, err := f.textReadLine(t, limit)
		if err != nil {
			return nil, err
		}
		return object.NewStr(t, line), nil
	}),
	fileMethod("readlines", 0, 1, func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error) {
		hint, err := sizeArg(t, args)
		if err != nil {
			return nil, err
		}
		var lines [][]byte
		err = f.do(t, errTextClosed, func() (err error) {
			if f.r == nil {
				return unsupportedError("not readable")
			}
			lines, err = f.readLines(hint, utf8.RuneCount)
			return err
		})
		if err != nil {
			return nil, raise(t, err)
		}
		return newLines(t, lines, func(b []byte) *object.Object { return object.NewStr(t, string(b)) }), nil
	}),
	fileMethod("write", 1, 1, func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error) {
		s, err := textWriteArg(t, args[0])
		if err != nil {
			return nil, err
		}
		if err := f.textWrite(t, s); err != nil {
			return nil, err
		}
		return object.NewInt(t, int64(object.AsStr(args[0]).Len())), nil
	}),
	fileMethod("writelines", 1, 1, func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error) {
		if f.closed.Load() {
			return nil, raise(t, errTextClosed)
		}
		// Each line is written under the lock on its own: the iteration
		// may run Python code, which must not happen under the lock.
		return object.None, object.Iterate(t, args[0], func(x *object.Object) error {
			s, err := textWriteArg(t, x)
			if err != nil {
				return err
			}
			return f.textWrite(t, s)
		})
	}),
	fileMethod("seek", 1, 2, func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error) {
		cookie, whence, err := seekArgs(t, args)
		if err != nil {
			return nil, err
		}
		switch {
		case whence < 0 || whence > 2:
			return nil, t.Errorf(object.ValueErrorType, "invalid whence (%d, should be 0, 1 or 2)", whence)
		case whence == io.SeekStart && cookie < 0:
			return nil, t.Errorf(object.ValueErrorType, "negative seek position %d", cookie)
		case whence == io.SeekCurrent && cookie != 0:
			return nil, unsupported(t, "can't do nonzero cur-relative seeks")
		case whence == io.SeekEnd && cookie != 0:
			return nil, unsupported(t, "can't do nonzero end-relative seeks")
		}
		var pos int64
		err = f.do(t, errTextClosed, func() (err error) {
			if whence == io.SeekCurrent {
				pos, err = f.tell()
			} else {
				pos, err = f.seek(cookie, whence)
			}
			return err
		})
		if err != nil {
			return nil, raise(t, err)
		}
		return object.NewInt(t, pos), nil
	}),
	tellMethod(errTextClosed),
	flushMethod(func(*File) closedError { return errTextClosed }),
}, fileCommonMethods...)

func init() {
	object.ReadyType(FileType, textMethods, fileGetSets)
}
