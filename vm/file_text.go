// This file defines _io.TextIOWrapper: the objects open() returns in text
// mode, those behind sys.stdin, sys.stdout and sys.stderr, and wrappers
// over any buffer (one made in Go shares its stream; another is called
// through adapters). The text layer (file_textio.go) decodes and encodes; read
// sizes count characters; tell and seek use byte offsets as their
// opaque cookies.

package vm

import (
	"bufio"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/ftpy/ftpy/lib/codecs"
	"github.com/ftpy/ftpy/object"
)

// FileType is the type of text files, _io.TextIOWrapper.
var FileType = newIOType(&object.Type{
	Name:     "TextIOWrapper",
	Base:     TextIOBaseType,
	New:      fileNew,
	Init:     textInit,
	Dealloc:  fileDealloc,
	Traverse: fileTraverse,
	Clear:    fileClear,
	Iter:     fileIter,
	Next: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		if o.Type().IsHeapType() {
			return iobaseNext(t, o) // a subclass's own readline, as CPython
		}
		f := asFile(o)
		// As CPython, tell() is refused while a for loop reads the file
		// (until it ends or a seek).
		f.noTell.Store(true)
		line, err := f.textReadLine(t, -1)
		if err != nil || line == "" {
			if err == nil {
				f.noTell.Store(false)
			}
			return nil, err
		}
		return object.NewStr(t, line), nil
	},
	Repr: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		f := asFile(o)
		if f.standIn() == errUninitialized {
			return nil, raise(t, f.standIn())
		}
		name, err := reprAttr(t, o, "name")
		if err != nil {
			return nil, err
		}
		mode, err := reprAttr(t, o, "mode")
		if err != nil {
			return nil, err
		}
		enc := object.NewStr(t, f.text.encoding)
		defer t.Decref(enc)
		encRepr, err := object.ReprString(t, enc)
		if err != nil {
			return nil, err
		}
		// CPython names the class _io.TextIOWrapper for subclasses too.
		return object.NewStr(t, "<_io.TextIOWrapper"+name+mode+" encoding="+encRepr+">"), nil
	},
})

// TextIOWrapperType is _io.TextIOWrapper.
var TextIOWrapperType = FileType

// optStr reads an optional str-or-None argument of fname, nil for None.
func optStr(t *object.Thread, fname, name string, o *object.Object) (*string, error) {
	if o == nil || o == object.None {
		return nil, nil
	}
	if !object.IsStr(o) {
		return nil, t.Errorf(object.TypeErrorType, "%s() argument '%s' must be str or None, not %s", fname, name, o.Type().Name)
	}
	v := object.StrValue(o)
	return &v, nil
}

// textInit is TextIOWrapper(buffer, encoding=None, errors=None,
// newline=None, line_buffering=False, write_through=False).
func textInit(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) error {
	var buffer, encoding, errs, newline, lineBuf, writeThrough *object.Object
	if err := object.ParseArgs(t, "TextIOWrapper", args, kw,
		[]string{"buffer", "encoding", "errors", "newline", "line_buffering", "write_through"}, 1,
		&buffer, &encoding, &errs, &newline, &lineBuf, &writeThrough); err != nil {
		return err
	}
	var strs [3]*string
	for i, a := range []struct {
		o    *object.Object
		name string
	}{{encoding, "encoding"}, {errs, "errors"}, {newline, "newline"}} {
		v, err := optStr(t, "TextIOWrapper", a.name, a.o)
		if err != nil {
			return err
		}
		strs[i] = v
	}
	if strs[1] != nil && *strs[1] == "" {
		strs[1] = nil
	}
	if strs[0] != nil && *strs[0] == "locale" {
		strs[0] = nil // the locale's encoding, UTF-8 here
	}
	x, err := newTextFile(t, strs[0], strs[1], strs[2])
	if err != nil {
		return err
	}
	var flags [2]bool
	for i, o := range []*object.Object{lineBuf, writeThrough} {
		if o != nil {
			if flags[i], err = object.IsTrue(t, o); err != nil {
				return err
			}
		}
	}
	var s *stream
	if bt := buffer.Type(); (bt == bufferedReaderType || bt == bufferedWriterType || bt == bufferedRandomType) && asFile(buffer).standIn() == "" {
		// A buffered object made in Go: one stream, one lock.
		s = asFile(buffer).stream
	} else {
		readMethod := "read"
		if r, err := object.GetAttrString(t, buffer, "read1"); err == nil {
			t.Decref(r)
			readMethod = "read1"
		} else if object.ErrorMatches(err, object.AttributeErrorType) {
			t.DropError(err)
		} else {
			return err
		}
		if s, err = newPyStream(t, buffer, readMethod, true, true, textChunk); err != nil {
			return err
		}
	}
	f := asFile(self)
	f.resetTo(t, s, false)
	f.refMu.Lock()
	f.text, f.buffer = x, t.NewRef(buffer)
	f.refMu.Unlock()
	f.lineBuffering, f.writeThrough = flags[0], flags[1]
	return f.skipBOMIfAppending(t)
}

// skipBOMIfAppending: text added to a file that is not empty gets no
// BOM, as TextIOWrapper decides from the buffer's position.
func (f *File) skipBOMIfAppending(t *object.Thread) error {
	if f.w == nil || !f.seekable {
		return nil
	}
	return raise(t, f.do(t, errTextClosed, func() error {
		if pos, err := f.tell(); err == nil && pos != 0 {
			f.text.enc.SkipBOM()
			f.text.dec.SkipBOM()
		}
		return nil
	}))
}

// NewFile returns a text file object reading from r and/or writing to w,
// closing c (if not nil) when closed. It cannot seek. It is a standard
// stream as CPython makes them: utf-8, lines ending at '\n', and the
// error handler errors.
func NewFile(t *object.Thread, name, mode string, r io.Reader, w io.Writer, c io.Closer, errors string) *object.Object {
	nl := "\n"
	f := &File{name: name, mode: mode, text: newTextIO(codecs.UTF8, "utf-8", errors, &nl), stream: &stream{}}
	f.w, f.closer = w, c
	if r != nil {
		f.r = bufio.NewReader(r)
		f.src = r
		f.ir, _ = r.(*interruptibleReader)
	}
	t.Init(&f.Object, FileType)
	t.Track(&f.Object)
	f.dict = object.NewDict(t)
	modeObj := object.NewStr(t, mode)
	f.dict.SetStr(t, object.Intern("mode"), modeObj)
	t.Decref(modeObj)
	// Its buffer shares the stream: sys.stdout.buffer.write and print
	// reach the same writer in order.
	b := &File{name: name, mode: mode + "b", stream: f.stream}
	t.Init(&b.Object, binaryType(r != nil, w != nil))
	t.Track(&b.Object)
	f.buffer = &b.Object
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
		text := object.StrValue(o)
		if err := f.writeText(f.text, text); err != nil {
			return err
		}
		switch {
		case f.lineBuffering && strings.ContainsAny(text, "\n\r"):
			return f.flush()
		case f.writeThrough && f.py != nil && f.bw != nil:
			return f.bw.Flush()
		}
		return nil
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
				if hint > 0 && total > hint { // strictly more, as IOBase.readlines
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
				if f.noTell.Load() {
					return errNoTell
				}
				pos, err = f.textTell(f.text)
			} else {
				pos, err = f.textSeek(f.text, cookie, whence)
				f.noTell.Store(false)
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
			if f.noTell.Load() {
				return errNoTell
			}
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
	object.ReadyType(FileType, append(textMethods, moreTextMethods...), append(append(textGetSets, moreTextGetSets...), fileGetSets...))
}

// boolGetter reads a flag of a TextIOWrapper.
func boolGetter(name string, get func(f *File) bool) object.GetSetDef {
	return object.GetSetDef{Name: name, Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		f := asFile(o)
		if f.standIn() != "" {
			return nil, raise(t, f.standIn())
		}
		return object.NewBool(get(f)), nil
	}}
}

var moreTextGetSets = []object.GetSetDef{
	{Name: "buffer", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		f := asFile(o)
		if f.standIn() != "" {
			return nil, raise(t, f.standIn())
		}
		if b := f.ref(t, &f.buffer); b != nil {
			return b, nil
		}
		return object.None, nil
	}},
	boolGetter("line_buffering", func(f *File) bool { return f.lineBuffering }),
	boolGetter("write_through", func(f *File) bool { return f.writeThrough }),
	{Name: "_CHUNK_SIZE", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewInt(t, textChunk), nil
	}},
}

var moreTextMethods = []object.MethodDef{
	// truncate flushes and cuts the buffer at pos (the position when
	// absent), as TextIOWrapper does through its buffer.
	fileMethod("truncate", 0, 1, func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error) {
		size, atPos := int64(0), true
		if len(args) > 0 && args[0] != object.None {
			var err error
			if size, err = object.AsInt64(t, args[0]); err != nil {
				return nil, err
			}
			atPos = false
		}
		err := f.do(t, errTextClosed, func() (err error) {
			if f.w == nil {
				return unsupportedError("truncate")
			}
			if atPos {
				if size, err = f.textTell(f.text); err != nil {
					return err
				}
			}
			size, err = f.truncate(size, false)
			return err
		})
		if err != nil {
			return nil, raise(t, err)
		}
		return object.NewInt(t, size), nil
	}),
	fileMethod("detach", 0, 0, func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error) {
		return f.detach(t, errDetached, &f.buffer, false)
	}),
	{Name: "reconfigure", Fn: textReconfigure},
}

// textReconfigure is reconfigure(*, encoding=None, errors=None,
// newline=unchanged, line_buffering=None, write_through=None). The
// encoding and newline may change only while no decoded text waits to
// be read.
func textReconfigure(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var encoding, errs, newline, lineBuf, writeThrough *object.Object
	if err := object.ParseArgs(t, "reconfigure", args, kw,
		[]string{"$encoding", "$errors", "$newline", "$line_buffering", "$write_through"}, 0,
		&encoding, &errs, &newline, &lineBuf, &writeThrough); err != nil {
		return nil, err
	}
	f := asFile(self)
	if f.standIn() != "" {
		return nil, raise(t, f.standIn())
	}
	var strs [3]*string
	for i, a := range []struct {
		o    *object.Object
		name string
	}{{encoding, "encoding"}, {errs, "errors"}, {newline, "newline"}} {
		v, err := optStr(t, "reconfigure", a.name, a.o)
		if err != nil {
			return nil, err
		}
		strs[i] = v
	}
	var x *textIO
	if encoding != nil && encoding != object.None || errs != nil && errs != object.None || newline != nil {
		enc, errName, nl := &f.text.encoding, &f.text.errors, strs[2]
		if newline == nil {
			nl = f.text.newlineArg()
		}
		if strs[0] != nil {
			enc = strs[0]
			if *enc == "locale" {
				enc = nil
			}
			strict := "strict"
			errName = &strict
		}
		if strs[1] != nil {
			errName = strs[1]
		}
		var err error
		if x, err = newTextFile(t, enc, errName, nl); err != nil {
			return nil, err
		}
	}
	var flags [2]*bool
	for i, o := range []*object.Object{lineBuf, writeThrough} {
		if o != nil && o != object.None {
			b, err := object.IsTrue(t, o)
			if err != nil {
				return nil, err
			}
			flags[i] = &b
		}
	}
	err := f.do(t, errTextClosed, func() error {
		if x != nil {
			if len(f.text.unread()) > 0 || f.text.pendingCR {
				return unsupportedError("It is not possible to set the encoding or newline of stream after the first read")
			}
			if err := f.flush(); err != nil {
				return err
			}
			x.seen = f.text.seen
			f.text = x
		}
		if flags[1] != nil {
			f.writeThrough = *flags[1]
		}
		if flags[0] != nil {
			f.lineBuffering = *flags[0]
		}
		if f.lineBuffering || f.writeThrough {
			return f.flush()
		}
		return nil
	})
	if err != nil {
		return nil, raise(t, err)
	}
	f.reconfigured.Store(true)
	return object.None, nil
}

// SetTextFlags sets a TextIOWrapper's line_buffering and write_through
// (the standard streams get CPython's: stderr and terminals line
// buffered, everything write-through under -u).
func SetTextFlags(o *object.Object, lineBuffering, writeThrough bool) {
	f := asFile(o)
	f.lineBuffering, f.writeThrough = lineBuffering, writeThrough
}

// SetStdRaw gives a standard stream made by NewFile the raw file CPython
// gives it: a FileIO over descriptor fd that does not close it, named
// like the stream. The stream's reads and writes still go through the
// interpreter's reader or writer; the FileIO answers fileno(), isatty()
// and writes made to the raw file itself.
func SetStdRaw(t *object.Thread, std *object.Object, fd int) error {
	f := asFile(std)
	if f.buffer == nil {
		return nil
	}
	b := asFile(f.buffer)
	raw := &FileIO{fd: -1}
	raw.readable, raw.writable = b.r != nil, b.w != nil
	raw.truncate = raw.writable
	t.Init(&raw.Object, FileIOType)
	t.Track(&raw.Object)
	t.Detach()
	err := raw.adopt(fd, f.name)
	t.Attach()
	if err != nil {
		t.Decref(&raw.Object)
		return object.OSErrorFromGo(t, err)
	}
	raw.closed.Store(false)
	raw.dict = object.NewDict(t)
	name := object.NewStr(t, f.name)
	raw.dict.SetStr(t, object.Intern("name"), name)
	t.Decref(name)
	if b.raw != nil {
		t.Decref(b.raw)
	}
	b.raw = &raw.Object
	return nil
}
