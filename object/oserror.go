// This file gives OSError and its subclasses their extra behaviour:
// the errno, strerror, filename and filename2 attributes, the
// "[Errno N] message: 'file'" text, and the choice of subclass by errno
// when OSError itself is called (OSError(2, ...) is a
// FileNotFoundError), as CPython does.

package object

import (
	"errors"
	"strings"
	"syscall"

	"github.com/ftpy/ftpy/lib/codecs"
)

// osErrorAttrs are the attributes an OSError keeps in its instance dict;
// each reads as None until set.
var osErrorAttrs = [...]string{"errno", "strerror", "filename", "filename2"}

var strInit = Intern("__init__")

// OSErrorSubtype returns the OSError subclass CPython raises for errno.
func OSErrorSubtype(errno int) *Type {
	switch syscall.Errno(errno) {
	case syscall.EAGAIN, syscall.EALREADY, syscall.EINPROGRESS:
		return BlockingIOErrorType
	case syscall.ECHILD:
		return ChildProcessErrorType
	case syscall.EPIPE, syscall.ESHUTDOWN:
		return BrokenPipeErrorType
	case syscall.ECONNABORTED:
		return ConnectionAbortedErrorType
	case syscall.ECONNREFUSED:
		return ConnectionRefusedErrorType
	case syscall.ECONNRESET:
		return ConnectionResetErrorType
	case syscall.EEXIST:
		return FileExistsErrorType
	case syscall.ENOENT:
		return FileNotFoundErrorType
	case syscall.EISDIR:
		return IsADirectoryErrorType
	case syscall.ENOTDIR:
		return NotADirectoryErrorType
	case syscall.EINTR:
		return InterruptedErrorType
	case syscall.EACCES, syscall.EPERM:
		return PermissionErrorType
	case syscall.ESRCH:
		return ProcessLookupErrorType
	case syscall.ETIMEDOUT:
		return TimeoutErrorType
	}
	return OSErrorType
}

// NewOSError returns the OSError subclass for errno with its attributes
// set: errno, strerror, and filename and filename2 where given.
func NewOSError(t *Thread, errno int, strerror string, filenames ...*Object) error {
	args := []*Object{NewInt(t, int64(errno)), NewStr(t, strerror)}
	e := t.NewException(OSErrorSubtype(errno), args...)
	ctor := append(e.Args.Items[:2:2], filenames...)
	if len(filenames) == 2 {
		// The constructor's order: filename, winerror, filename2.
		ctor = append(ctor[:3], None, filenames[1])
	}
	setOSErrorAttrs(t, e, ctor)
	return e
}

// OSErrorFromGo converts an error from Go's os package into the OSError
// CPython would raise, naming the files involved by their OS bytes
// (which the exception shows as str, decoded as os.fsdecode does).
func OSErrorFromGo(t *Thread, err error, filenames ...string) error {
	names := make([]*Object, len(filenames))
	for i, f := range filenames {
		names[i] = FSDecode(t, f)
	}
	e := OSErrorFromGoNames(t, err, names...)
	for _, n := range names {
		t.Decref(n)
	}
	return e
}

// OSErrorFromGoNames is OSErrorFromGo with the filename attributes
// given as objects (borrowed): a bytes path is named by bytes.
func OSErrorFromGoNames(t *Thread, err error, filenames ...*Object) error {
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		// Go's text may quote a file name that is not UTF-8.
		return t.Errorf(OSErrorType, "%s", codecs.FSDecode(err.Error()))
	}
	// Go's messages are C's strerror text in lower case.
	msg := errno.Error()
	if msg != "" {
		msg = strings.ToUpper(msg[:1]) + msg[1:]
	}
	return NewOSError(t, int(errno), msg, filenames...)
}

// setOSErrorAttrs stores errno, strerror, filename and filename2 from
// OSError's constructor arguments (errno, strerror[, filename[,
// winerror[, filename2]]]); other argument counts set none of them.
func setOSErrorAttrs(t *Thread, e *Exception, args []*Object) {
	if e.Dict == nil {
		e.Dict = NewDict(t)
	}
	vals := [4]*Object{None, None, None, None}
	if n := len(args); n >= 2 && n <= 5 {
		vals[0], vals[1] = args[0], args[1]
		if n >= 3 {
			vals[2] = args[2]
		}
		if n == 5 {
			vals[3] = args[4]
		}
	}
	for i, name := range osErrorAttrs {
		e.Dict.SetStr(t, Intern(name), vals[i])
	}
}

// osErrorNew is OSError.__new__: it picks the subclass for the errno when
// called on OSError itself, and keeps only (errno, strerror) as args
// when a filename follows them.
func osErrorNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	npos := len(args)
	if kwnames != nil {
		npos -= len(kwnames.Items)
	}
	pos := args[:npos]
	if !osErrorUsesInit(typ) {
		if err := NoKeywords(t, typ.Name, kwnames); err != nil {
			return nil, err
		}
	}
	if typ == OSErrorType && npos >= 2 && npos <= 5 && IsInt(pos[0]) {
		if v, ok := AsInt(pos[0]).Int64(); ok {
			typ = OSErrorSubtype(int(v))
		}
	}
	o, err := exceptionNew(t, typ, args, kwnames)
	if err != nil {
		return nil, err
	}
	if !osErrorUsesInit(typ) {
		parseOSErrorArgs(t, Cast[Exception](o), pos)
	}
	return o, nil
}

// osErrorInit is OSError.__init__. As in CPython, the arguments are taken
// apart here, not in __new__, when a subclass defines its own __init__
// (which then chooses what reaches OSError's).
func osErrorInit(t *Thread, self *Object, args []*Object, kwnames *Tuple) error {
	if !osErrorUsesInit(self.typ) {
		return nil
	}
	if err := NoKeywords(t, self.typ.Name, kwnames); err != nil {
		return err
	}
	npos := len(args)
	if kwnames != nil {
		npos -= len(kwnames.Items)
	}
	e := Cast[Exception](self)
	old := e.Args
	e.Args = NewTupleRefs(t, args[:npos]...)
	if old != nil {
		t.Decref(&old.Object)
	}
	parseOSErrorArgs(t, e, args[:npos])
	return nil
}

// osErrorUsesInit reports whether a class between typ and OSError
// defines __init__.
func osErrorUsesInit(typ *Type) bool {
	for _, m := range typ.MRO {
		if !m.IsHeapType() {
			return false
		}
		if m.Dict != nil && m.Dict.GetStr(strInit) != nil {
			return true
		}
	}
	return false
}

// parseOSErrorArgs sets e's attributes from the constructor arguments and
// keeps only (errno, strerror) as args when a filename follows them.
// BlockingIOError(errno, strerror, n) is the exception: an int third
// argument is characters_written, not a filename, and args stay whole.
func parseOSErrorArgs(t *Thread, e *Exception, pos []*Object) {
	if e.typ == BlockingIOErrorType && len(pos) >= 3 && len(pos) <= 5 && IsInt(pos[2]) {
		setOSErrorAttrs(t, e, pos[:2])
		e.Dict.SetStr(t, strCharactersWritten, pos[2])
		return
	}
	setOSErrorAttrs(t, e, pos)
	if len(pos) >= 3 && len(pos) <= 5 {
		old := e.Args
		e.Args = NewTupleRefs(t, pos[:2]...)
		t.Decref(&old.Object)
	}
}

// osErrorStr renders "[Errno N] message: 'file' -> 'file2'", falling
// back to BaseException's text when errno or strerror is missing.
func osErrorStr(t *Thread, o *Object) (*Object, error) {
	e := Cast[Exception](o)
	attr := func(name string) *Object {
		if e.Dict == nil {
			return None
		}
		if v := e.Dict.GetStr(Intern(name)); v != nil {
			return v
		}
		return None
	}
	errno, strerror, f1, f2 := attr("errno"), attr("strerror"), attr("filename"), attr("filename2")
	if errno == None || strerror == None {
		return exceptionStr(t, o)
	}
	parts := []*Object{errno, strerror, f1, f2}
	texts := make([]string, 4)
	for i, p := range parts {
		if p == None {
			continue
		}
		var err error
		if i < 2 {
			texts[i], err = StrString(t, p)
		} else {
			texts[i], err = ReprString(t, p)
		}
		if err != nil {
			return nil, err
		}
	}
	s := "[Errno " + texts[0] + "] " + texts[1]
	if f1 != None {
		s += ": " + texts[2]
		if f2 != None {
			s += " -> " + texts[3]
		}
	}
	return NewStr(t, s), nil
}

var strCharactersWritten = Intern("characters_written")

// blockingIOErrorGetSets adds characters_written, the count a
// non-blocking write got through before it would have blocked. Unlike
// the OSError attributes it is missing (AttributeError) until set.
var blockingIOErrorGetSets = []GetSetDef{{Name: "characters_written",
	Get: func(t *Thread, o *Object) (*Object, error) {
		if d := Cast[Exception](o).Dict; d != nil {
			if v := d.GetStr(strCharactersWritten); v != nil {
				return t.NewRef(v), nil
			}
		}
		return nil, t.Errorf(AttributeErrorType, "characters_written")
	},
	Set: func(t *Thread, o, v *Object) error {
		e := Cast[Exception](o)
		if v == nil {
			if e.Dict == nil || e.Dict.GetStr(strCharactersWritten) == nil {
				return t.Errorf(AttributeErrorType, "characters_written")
			}
			_, err := e.Dict.DelItem(t, strCharactersWritten.Obj())
			return err
		}
		n, err := Index(t, v)
		if err != nil {
			return err
		}
		defer t.Decref(n)
		if _, ok := AsInt(n).Int64(); !ok {
			return t.Errorf(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
		}
		if e.Dict == nil {
			e.Dict = NewDict(t)
		}
		e.Dict.SetStr(t, strCharactersWritten, n)
		return nil
	}}}

// osErrorGetSets make the attributes read as None when unset, also on
// classes derived from OSError.
var osErrorGetSets = func() []GetSetDef {
	var defs []GetSetDef
	for _, name := range osErrorAttrs {
		defs = append(defs, dictAttr(name))
	}
	return defs
}()

// setupOSErrorTypes installs OSError's slots on it and its subclasses,
// before the exception types are readied.
func setupOSErrorTypes() {
	OSErrorType.Str = osErrorStr
	// The arguments are taken apart by __new__ (or by __init__ for a
	// subclass with its own); BaseException.__init__ would store them
	// all in args again.
	OSErrorType.Init = osErrorInit
	for _, typ := range ExceptionTypes() {
		if IsSubtype(typ, OSErrorType) {
			typ.New = osErrorNew
		}
	}
}
