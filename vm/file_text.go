// This file defines text files (io.TextIOWrapper): the objects open()
// returns in text mode and those behind sys.stdin, sys.stdout and
// sys.stderr. The text layer (file_textio.go) decodes and encodes; read
// sizes count characters; tell and seek use byte offsets as their
// opaque cookies.

package vm

import (
	"bufio"
	"io"
	"unicode/utf8"

	"github.com/ftpy/ftpy/lib/codecs"
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
		enc := object.NewStr(t, f.text.encoding)
		defer t.Decref(enc)
		encRepr, err := object.ReprString(t, enc)
		if err != nil {
			return nil, err
		}
		return object.NewStr(t, "<"+o.Type().FullName()+" name="+name+" mode='"+f.mode+"' encoding="+encRepr+">"), nil
	},
})

// NewFile returns a text file object reading from r and/or writing to w,
// closing c (if not nil) when closed. It cannot seek. It is a standard
// stream as CPython makes them: utf-8, lines ending at '\n', and the
// error handler errors.
func NewFile(t *object.Thread, name, mode string, r io.Reader, w io.Writer, c io.Closer, errors string) *object.Object {
	nl := "\n"
	f := &File{name: name, mode: mode, text: newTextIO(codecs.UTF8, "utf-8", errors, &nl)}
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
	var b string
	err := f.do(t, errTextClosed, func() (err error) {
		if f.r == nil {
			return unsupportedError("not readable")
		}
		if n < 0 {
			b, err = f.readTextAll(f.text)
		} else {
			b, err = f.readTextChars(f.text, n)
		}
		return err
	})
	return b, raise(t, err)
}

// textReadLine reads a line, at most limit characters when limit >= 0.
func (f *File) textReadLine(t *object.Thread, limit int) (string, error) {
	var b string
	err := f.do(t, errTextClosed, func() (err error) {
		if f.r == nil {
			return unsupportedError("not readable")
		}
		b, err = f.readTextLine(f.text, limit)
		return err
	})
	return b, raise(t, err)
}

// textWrite writes the str o; the caller has checked that it is one.
func (f *File) textWrite(t *object.Thread, o *object.Object) error {
	err := f.do(t, errTextClosed, func() error {
		if f.w == nil {
			return unsupportedError("not writable")
		}
		return f.writeText(f.text, object.StrValue(o))
	})
	if _, ok := err.(*codecs.Error); ok {
		return object.CodecError(t, err, o)
	}
	return raise(t, err)
}

func textWriteArg(t *object.Thread, o *object.Object) error {
	if !object.IsStr(o) {
		return t.Errorf(object.TypeErrorType, "write() argument must be str, not %s", o.Type().Name)
	}
	return nil
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
		var lines []string
		err = f.do(t, errTextClosed, func() (err error) {
			if f.r == nil {
				return unsupportedError("not readable")
			}
			total := 0
			for {
				line, err := f.readTextLine(f.text, -1)
				if err != nil || len(line) == 0 {
					return err
				}
				lines = append(lines, line)
				total += utf8.RuneCountInString(line)
				if hint > 0 && total >= hint {
					return nil
				}
			}
		})
		if err != nil {
			return nil, raise(t, err)
		}
		items := make([]*object.Object, len(lines))
		for i, l := range lines {
			items[i] = object.NewStr(t, l)
		}
		return object.NewList(t, items).Obj(), nil
	}),
	fileMethod("write", 1, 1, func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error) {
		if err := textWriteArg(t, args[0]); err != nil {
			return nil, err
		}
		if err := f.textWrite(t, args[0]); err != nil {
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
			if err := textWriteArg(t, x); err != nil {
				return err
			}
			return f.textWrite(t, x)
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
				pos, err = f.textTell(f.text)
			} else {
				pos, err = f.textSeek(f.text, cookie, whence)
			}
			return err
		})
		if err != nil {
			return nil, raise(t, err)
		}
		return object.NewInt(t, pos), nil
	}),
	fileMethod("tell", 0, 0, func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error) {
		var pos int64
		err := f.do(t, errTextClosed, func() (err error) {
			pos, err = f.textTell(f.text)
			return err
		})
		if err != nil {
			return nil, raise(t, err)
		}
		return object.NewInt(t, pos), nil
	}),
	flushMethod(func(*File) closedError { return errTextClosed }),
}, fileCommonMethods...)

// textGetSets are the attributes only text files have.
var textGetSets = []object.GetSetDef{
	{Name: "encoding", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewStr(t, asFile(o).text.encoding), nil
	}},
	{Name: "errors", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewStr(t, asFile(o).text.errors), nil
	}},
	{Name: "newlines", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		f := asFile(o)
		var seen int
		_ = f.locked(t, func() error {
			seen = f.text.seen
			return nil
		})
		return newlinesValue(t, seen), nil
	}},
}

// newlinesValue is the newlines attribute for the kinds seen: None, one
// str, or a tuple of them in CPython's order.
func newlinesValue(t *object.Thread, seen int) *object.Object {
	var kinds []*object.Object
	for _, k := range []struct {
		bit int
		s   string
	}{{seenCR, "\r"}, {seenLF, "\n"}, {seenCRLF, "\r\n"}} {
		if seen&k.bit != 0 {
			kinds = append(kinds, object.NewStr(t, k.s))
		}
	}
	switch len(kinds) {
	case 0:
		return object.None
	case 1:
		return kinds[0]
	}
	return object.NewTuple(t, kinds).Obj()
}

func init() {
	object.ReadyType(FileType, textMethods, append(textGetSets, fileGetSets...))
}
