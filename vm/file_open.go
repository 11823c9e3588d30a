// This file implements open(): the mode string, its checks (with
// CPython's messages) and the making of a text or binary file object.

package vm

import (
	"bufio"
	"io"
	"io/fs"
	"os"
	"strings"
	"syscall"

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

// builtinOpen is open(file, mode='r', buffering=-1, encoding=None,
// errors=None, newline=None). buffering is accepted and ignored.
func builtinOpen(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var file, mode, buffering, encoding, errs, newline *object.Object
	if err := object.ParseArgs(t, "open", args, kw, []string{"file", "mode", "buffering", "encoding", "errors", "newline"}, 1,
		&file, &mode, &buffering, &encoding, &errs, &newline); err != nil {
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
	// The name as the OS takes it (os.fsencode's bytes for a str) and as
	// the name attribute gives it back; FileIO converts it after the
	// other arguments are checked.
	path, nameBytes, ok, err := object.FSPath(t, file)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, t.Errorf(object.TypeErrorType, "expected str, bytes or os.PathLike object, not %s", file.Type().Name)
	}
	if strings.IndexByte(path, 0) >= 0 {
		return nil, t.Errorf(object.ValueErrorType, "embedded null byte")
	}
	name := path
	if !nameBytes {
		name = codecs.FSDecode(path) // the str's own text, surrogates included
	}
	f := &File{name: name, nameBytes: nameBytes}
	t.Detach()
	err = f.open(path, om)
	t.Attach()
	if err != nil {
		n := f.nameObject(t)
		defer t.Decref(n)
		return nil, object.OSErrorFromGoNames(t, err, n)
	}
	typ := FileType
	if om.binary {
		f.mode = om.binaryMode()
		typ = binaryType(f.r != nil, f.w != nil)
	} else {
		f.mode = m
		// As TextIOWrapper, after the file is opened (and made): a bad
		// newline or encoding closes it again.
		if f.text, err = newTextFile(t, encName, errName, nl); err != nil {
			f.close()
			return nil, err
		}
		if f.w != nil && f.seekable {
			// Text added to a file that is not empty gets no BOM.
			if pos, perr := f.tell(); perr == nil && pos != 0 {
				f.text.enc.SkipBOM()
				f.text.dec.SkipBOM()
			}
		}
	}
	t.Init(&f.Object, typ)
	return &f.Object, nil
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
	if encoding != nil {
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

// open opens the OS file and sets up the buffers of a stream not yet in
// use. It runs detached: opening a FIFO, for one, blocks until the other
// end opens.
func (s *stream) open(name string, om openMode) error {
	fh, err := os.OpenFile(name, om.flags(), 0o666)
	if err != nil {
		return err
	}
	// The OS lets a directory be opened for reading; Python refuses it,
	// as CPython's FileIO does after its fstat.
	if fi, serr := fh.Stat(); serr == nil && fi.IsDir() {
		fh.Close()
		return &fs.PathError{Op: "open", Path: name, Err: syscall.EISDIR}
	}
	s.fh, s.closer = fh, fh
	// A file open for appending starts at its end, as in CPython, so that
	// tell() is the file's size.
	whence := io.SeekCurrent
	if om.append {
		whence = io.SeekEnd
	}
	_, serr := fh.Seek(0, whence)
	s.seekable = serr == nil
	if om.readable() {
		// CPython's buffer size: a text file decodes what one fill gives,
		// so errors count positions as CPython's do.
		s.r = bufio.NewReaderSize(fh, textChunk)
	}
	if om.writable() {
		s.bw = bufio.NewWriter(fh)
		s.w = s.bw
	}
	return nil
}
