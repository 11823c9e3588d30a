// This file implements open() (builtins.open and _io.open): the mode
// string, its checks (with CPython's messages) and the making of the
// layers: a FileIO, a buffered object over it, a TextIOWrapper over that.

package vm

import (
	"os"
	"strings"

	"golang.org/x/term"

	"github.com/ftpy/ftpy/lib/codecs"
	"github.com/ftpy/ftpy/object"
)

// openMode is a parsed mode string.
type openMode struct {
	create, read, write, append, update bool
	text, binary                        bool
}

// parseMode checks a mode string as CPython's open() does, in the same
// order, returning the ValueError message for a bad one.
func parseMode(m string) (openMode, string) {
	var om openMode
	for i, c := range m {
		var flag *bool
		switch c {
		case 'x':
			flag = &om.create
		case 'r':
			flag = &om.read
		case 'w':
			flag = &om.write
		case 'a':
			flag = &om.append
		case '+':
			flag = &om.update
		case 't':
			flag = &om.text
		case 'b':
			flag = &om.binary
		}
		if flag == nil || strings.ContainsRune(m[i+1:], c) {
			return om, "invalid mode: '" + m + "'"
		}
		*flag = true
	}
	n := 0
	for _, b := range []bool{om.create, om.read, om.write, om.append} {
		if b {
			n++
		}
	}
	switch {
	case om.text && om.binary:
		return om, "can't have text and binary mode at once"
	case n > 1:
		return om, "must have exactly one of create/read/write/append mode"
	case n == 0:
		return om, "Must have exactly one of create/read/write/append mode and at most one plus"
	}
	return om, ""
}

// flags are the os.OpenFile flags for the mode.
func (om openMode) flags() int {
	var f int
	switch {
	case om.read:
		f = os.O_RDONLY
	case om.write:
		f = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	case om.append:
		f = os.O_WRONLY | os.O_CREATE | os.O_APPEND
	case om.create:
		f = os.O_WRONLY | os.O_CREATE | os.O_EXCL
	}
	if om.update {
		f = f&^os.O_WRONLY | os.O_RDWR
	}
	return f
}

func (om openMode) readable() bool { return om.read || om.update }
func (om openMode) writable() bool { return !om.read || om.update }

// binaryMode is the mode attribute of a binary file: FileIO's spelling,
// so 'w+b' reads 'rb+'.
func (om openMode) binaryMode() string {
	plus := ""
	if om.readable() && om.writable() {
		plus = "+"
	}
	switch {
	case om.create:
		return "xb" + plus
	case om.append:
		return "ab" + plus
	case om.readable():
		return "rb" + plus
	}
	return "wb"
}

// binaryType is the type of a binary file that reads and/or writes.
func binaryType(readable, writable bool) *object.Type {
	switch {
	case readable && writable:
		return bufferedRandomType
	case writable:
		return bufferedWriterType
	}
	return bufferedReaderType
}

// Open is builtins.open and _io.open.
var Open = object.MethodDef{Name: "open", Fn: builtinOpen}

// builtinOpen is open(file, mode='r', buffering=-1, encoding=None,
// errors=None, newline=None, closefd=True, opener=None): a FileIO, a
// buffered object over it and, in text mode, a TextIOWrapper over that,
// as CPython's open makes them.
func builtinOpen(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var file, mode, buffering, encoding, errs, newline, closefd, opener *object.Object
	if err := object.ParseArgs(t, "open", args, kw, []string{"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 1,
		&file, &mode, &buffering, &encoding, &errs, &newline, &closefd, &opener); err != nil {
		return nil, err
	}
	m := "r"
	if mode != nil {
		if !object.IsStr(mode) {
			return nil, t.Errorf(object.TypeErrorType, "open() argument 'mode' must be str, not %s", mode.Type().Name)
		}
		m = object.StrValue(mode)
	}
	om, msg := parseMode(m)
	if msg == "" && om.binary {
		for _, a := range []struct {
			o    *object.Object
			what string
		}{{encoding, "an encoding"}, {errs, "an errors"}, {newline, "a newline"}} {
			if a.o != nil && a.o != object.None {
				msg = "binary mode doesn't take " + a.what + " argument"
				break
			}
		}
	}
	if msg != "" {
		return nil, t.Errorf(object.ValueErrorType, "%s", msg)
	}
	var encName, errName, nl *string
	for _, a := range []struct {
		o    *object.Object
		name string
		dst  **string
	}{{encoding, "encoding", &encName}, {errs, "errors", &errName}, {newline, "newline", &nl}} {
		if a.o == nil || a.o == object.None {
			continue
		}
		if !object.IsStr(a.o) {
			return nil, t.Errorf(object.TypeErrorType, "open() argument '%s' must be str or None, not %s", a.name, a.o.Type().Name)
		}
		v := object.StrValue(a.o)
		*a.dst = &v
	}
	bufSize := int64(-1)
	if buffering != nil {
		if object.IsFloat(buffering) || !object.IsInt(buffering) {
			return nil, t.Errorf(object.TypeErrorType, "'%s' object cannot be interpreted as an integer", buffering.Type().Name)
		}
		var err error
		if bufSize, err = object.AsInt64(t, buffering); err != nil {
			return nil, err
		}
	}
	var raw *FileIO
	if object.IsInt(file) || closefd != nil || opener != nil && opener != object.None {
		// The general way: FileIO's own constructor.
		kwn := object.NewTupleRefs(t, object.NewStrStatic("closefd"), object.NewStrStatic("opener"))
		defer t.Decref(kwn.Obj())
		cf, op := closefd, opener
		if cf == nil {
			cf = object.True
		}
		if op == nil {
			op = object.None
		}
		rm := object.NewStr(t, om.binaryMode())
		defer t.Decref(rm)
		r, err := object.Call(t, FileIOType.Obj(), []*object.Object{file, rm, cf, op}, kwn)
		if err != nil {
			return nil, err
		}
		raw = asFileIO(r)
	} else {
		// The name as the OS takes it (os.fsencode's bytes for a str).
		path, _, ok, err := object.FSPath(t, file)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, t.Errorf(object.TypeErrorType, "expected str, bytes or os.PathLike object, not %s", file.Type().Name)
		}
		if strings.IndexByte(path, 0) >= 0 {
			return nil, t.Errorf(object.ValueErrorType, "embedded null byte")
		}
		if raw, err = newFileIO(t, file, path, om); err != nil {
			return nil, object.OSErrorFromGoNames(t, err, file)
		}
	}
	if bufSize == 0 && !om.binary {
		// As CPython: the file was opened (and truncated) first.
		t.Decref(&raw.Object)
		return nil, t.Errorf(object.ValueErrorType, "can't have unbuffered text I/O")
	}
	lineBuffering := false
	if bufSize == 1 || bufSize < 0 && raw.isatty() {
		lineBuffering, bufSize = !om.binary, -1
	}
	if bufSize < 0 {
		bufSize = DefaultBufferSize
	}
	if bufSize == 0 {
		return &raw.Object, nil
	}
	reads, writes := om.readable(), om.writable()
	b := &File{stream: newFileIOStream(raw, reads, writes, int(min(bufSize, 1<<30))), raw: &raw.Object}
	t.Init(&b.Object, binaryType(reads, writes))
	t.Track(&b.Object)
	if om.binary {
		return &b.Object, nil
	}
	f := &File{stream: b.stream, buffer: &b.Object, lineBuffering: lineBuffering}
	t.Init(&f.Object, FileType)
	t.Track(&f.Object)
	f.dict = object.NewDict(t)
	if mode == nil {
		mode = object.NewStrStatic("r")
	}
	f.dict.SetStr(t, object.Intern("mode"), mode)
	// As TextIOWrapper, after the file is opened (and made): a bad
	// newline or encoding closes it again.
	var err error
	if f.text, err = newTextFile(t, encName, errName, nl); err != nil {
		t.Decref(&f.Object)
		return nil, err
	}
	if err := f.skipBOMIfAppending(t); err != nil {
		t.Decref(&f.Object)
		return nil, err
	}
	return &f.Object, nil
}

// isatty reports whether the file is a terminal.
func (f *FileIO) isatty() bool {
	return f.fh != nil && !f.regular && term.IsTerminal(int(f.fh.Fd()))
}

// newTextFile checks open()'s text arguments (nil for None) and makes
// the text layer: UTF-8 (the locale's encoding here, reported as
// 'UTF-8'), strict, universal newlines by default.
func newTextFile(t *object.Thread, encoding, errors, newline *string) (*textIO, error) {
	if newline != nil {
		switch *newline {
		case "", "\n", "\r", "\r\n":
		default:
			return nil, t.Errorf(object.ValueErrorType, "illegal newline value: %s", *newline)
		}
	}
	enc := "UTF-8"
	if encoding != nil && *encoding != "locale" {
		enc = *encoding
	}
	codec, err := codecs.Lookup(enc)
	if err != nil {
		return nil, object.CodecError(t, err, nil)
	}
	errs := "strict"
	if errors != nil {
		errs = *errors
	}
	return newTextIO(codec, enc, errs, newline), nil
}
