// This file defines exceptions: the BaseException instance layout, the
// built-in exception hierarchy, and the Go side of raising.
//
// An exception travels through Go code as an error value: a non-nil error
// returned by a slot or a generic operation is an *Exception, and the
// receiver of the error owns one reference to it. Code that swallows an
// error (hasattr catching AttributeError) must drop it with
// Thread.DropError.

package object

import (
	"errors"
	"fmt"
	"sync"
)

// TracebackEntry is one frame of a traceback.
type TracebackEntry struct {
	Filename string
	Name     string // function name, "<module>" at top level
	Line     int
	// Col, EndLine and EndCol locate the failing expression, for the
	// caret line under the source (0 when unknown).
	Col, EndLine, EndCol int
	// Lasti is the failing instruction's offset in co_code (tb_lasti).
	Lasti int
	// Frame is the frame object (tb_frame), owned; nil when unknown.
	Frame *Object
}

// Exception is an exception instance (of BaseException or a subclass).
type Exception struct {
	Object
	Args *Tuple
	// Traceback holds the frames the exception unwound through since
	// __traceback__ was last read or set, innermost first; tb is the
	// traceback object chain for the frames inside those (owned, or
	// nil). traceback.go explains the split; tbMu guards both.
	Traceback       []TracebackEntry
	tb              *Object
	tbMu            sync.Mutex
	Cause, Context  *Object // owned, or nil
	SuppressContext bool
	// NoContext marks an exception thrown into a generator: CPython sets
	// __context__ only where an exception is raised, and throw() raises
	// nothing, so it gets none until raised again by a raise statement.
	NoContext bool
	Dict      *Dict // attributes set on the instance; nil until needed
	// syntax holds a SyntaxError's attributes (exception_syntax.go); nil
	// for other exceptions and until one is set.
	syntax *syntaxAttrs
	// fields holds the attributes of NameError, AttributeError and
	// ImportError (owned, nil when unset); exception_attrs.go says which
	// slot is which and how they are read and written.
	fields [numFields]*Object
}

// Error returns "Type: message", like the last line of a traceback.
func (e *Exception) Error() string {
	name := e.typ.Name
	msg := e.message()
	if msg == "" {
		return name
	}
	return name + ": " + msg
}

// message renders str(e) for the common argument shapes without running
// Python code (Error has no thread).
func (e *Exception) message() string {
	if e.typ == UnicodeEncodeErrorType || e.typ == UnicodeDecodeErrorType {
		if msg, ok := unicodeErrorMessage(e); ok {
			return msg
		}
	}
	if e.Args == nil || len(e.Args.Items) == 0 {
		return ""
	}
	if len(e.Args.Items) == 1 {
		a := e.Args.Items[0]
		if a.typ == StrType {
			if IsSubtype(e.typ, KeyErrorType) {
				return strReprString(StrValue(a))
			}
			return StrValue(a)
		}
		return shortRepr(a)
	}
	s := "("
	for i, a := range e.Args.Items {
		if i > 0 {
			s += ", "
		}
		s += shortRepr(a)
	}
	return s + ")"
}

// shortRepr renders simple values without a thread.
func shortRepr(o *Object) string {
	switch {
	case o.typ == StrType:
		return strReprString(StrValue(o))
	case o.typ == IntType:
		return Cast[Int](o).String()
	case o == None:
		return "None"
	case o == True:
		return "True"
	case o == False:
		return "False"
	}
	return "<" + o.typ.Name + " object>"
}

// Obj returns the object header.
func (e *Exception) Obj() *Object { return &e.Object }

// AsException returns the *Exception inside err. A Go error that is not a
// Python exception becomes a SystemError, so that a stray error can never
// escape as anything but a Python exception.
func (t *Thread) AsException(err error) *Exception {
	if e := exceptionOf(err); e != nil {
		return e
	}
	return t.NewException(SystemErrorType, NewStr(t, err.Error()))
}

// exceptionOf returns the *Exception inside err, or nil. Errors are
// almost always the exception itself: the type assertion spares
// errors.As's reflection (a third of raising and catching).
func exceptionOf(err error) *Exception {
	if e, ok := err.(*Exception); ok {
		return e
	}
	var e *Exception
	if errors.As(err, &e) {
		return e
	}
	return nil
}

// DropError releases an error the caller handled.
func (t *Thread) DropError(err error) {
	if e := exceptionOf(err); e != nil {
		t.Decref(&e.Object)
	}
}

// ErrorMatches reports whether err is an instance of typ (or a subclass).
func ErrorMatches(err error, typ *Type) bool {
	e := exceptionOf(err)
	return e != nil && IsSubtype(e.typ, typ)
}

// NewException returns a new exception of type typ taking over the
// references in args.
func (t *Thread) NewException(typ *Type, args ...*Object) *Exception {
	e := &Exception{}
	t.Init(&e.Object, typ)
	e.Args = NewTuple(t, args)
	if (typ == ImportErrorType || typ == ModuleNotFoundErrorType) && len(args) == 1 {
		// As ImportError.__init__ would, which CPython's C code raising
		// an ImportError runs and this does not.
		e.fields[fieldMsg] = t.NewRef(args[0]) // e is new: unshared
	}
	t.Track(&e.Object)
	return e
}

// Errorf returns a new exception of type typ whose message is formatted
// with fmt.Sprintf.
func (t *Thread) Errorf(typ *Type, format string, args ...any) error {
	return t.NewException(typ, NewStr(t, fmt.Sprintf(format, args...)))
}

func exceptionTraverse(o *Object, visit Visitor) {
	e := Cast[Exception](o)
	if e.Args != nil {
		visit(&e.Args.Object)
	}
	if e.Cause != nil {
		visit(e.Cause)
	}
	if e.Context != nil {
		visit(e.Context)
	}
	if e.Dict != nil {
		visit(&e.Dict.Object)
	}
	if e.syntax != nil {
		for _, v := range e.syntax {
			if v != nil {
				visit(v)
			}
		}
	}
	for _, v := range e.fields {
		if v != nil {
			visit(v)
		}
	}
	if e.tb != nil {
		visit(e.tb)
	}
	for i := range e.Traceback {
		if f := e.Traceback[i].Frame; f != nil {
			visit(f)
		}
	}
}

func exceptionClear(t *Thread, o *Object) {
	e := Cast[Exception](o)
	args, cause, ctx, dict := e.Args, e.Cause, e.Context, e.Dict
	e.Args, e.Cause, e.Context, e.Dict = nil, nil, nil, nil
	if args != nil {
		t.Decref(&args.Object)
	}
	t.XDecref(cause)
	t.XDecref(ctx)
	if dict != nil {
		t.Decref(&dict.Object)
	}
	clearSyntaxAttrs(t, e)
	// Nothing else holds e now: plain stores.
	fields := e.fields
	e.fields = [numFields]*Object{}
	for _, v := range fields {
		t.XDecref(v)
	}
	head, frames := e.dropTraceback()
	t.XDecref(head)
	for _, f := range frames {
		t.Decref(f)
	}
}

func exceptionNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	e := &Exception{}
	t.Init(&e.Object, typ)
	npos := len(args)
	if kwnames != nil {
		npos -= len(kwnames.Items)
	}
	e.Args = NewTupleRefs(t, args[:npos]...)
	t.Track(&e.Object)
	return &e.Object, nil
}

// newExceptionType defines a built-in exception type.
func newExceptionType(name string, base *Type, doc string) *Type {
	typ := &Type{
		Name:     name,
		Doc:      doc,
		Flags:    FlagGC | FlagWeakrefable | FlagBaseType,
		Base:     base,
		Traverse: exceptionTraverse,
		Clear:    exceptionClear,
		Dealloc:  exceptionClear,
		New:      exceptionNew,
		DictPtr:  func(o *Object) **Dict { return &Cast[Exception](o).Dict },
	}
	return NewStaticType(typ)
}

// The built-in exception hierarchy.
var (
	BaseExceptionType             = newExceptionType("BaseException", nil, "Common base class for all exceptions")
	ExceptionType                 = newExceptionType("Exception", BaseExceptionType, "Common base class for all non-exit exceptions.")
	SystemExitType                = newExceptionType("SystemExit", BaseExceptionType, "Request to exit from the interpreter.")
	KeyboardInterruptType         = newExceptionType("KeyboardInterrupt", BaseExceptionType, "Program interrupted by user.")
	GeneratorExitType             = newExceptionType("GeneratorExit", BaseExceptionType, "Request that a generator exit.")
	ArithmeticErrorType           = newExceptionType("ArithmeticError", ExceptionType, "Base class for arithmetic errors.")
	ZeroDivisionErrorType         = newExceptionType("ZeroDivisionError", ArithmeticErrorType, "Second argument to a division or modulo operation was zero.")
	OverflowErrorType             = newExceptionType("OverflowError", ArithmeticErrorType, "Result too large to be represented.")
	FloatingPointErrorType        = newExceptionType("FloatingPointError", ArithmeticErrorType, "Floating point operation failed.")
	LookupErrorType               = newExceptionType("LookupError", ExceptionType, "Base class for lookup errors.")
	IndexErrorType                = newExceptionType("IndexError", LookupErrorType, "Sequence index out of range.")
	KeyErrorType                  = newExceptionType("KeyError", LookupErrorType, "Mapping key not found.")
	TypeErrorType                 = newExceptionType("TypeError", ExceptionType, "Inappropriate argument type.")
	ValueErrorType                = newExceptionType("ValueError", ExceptionType, "Inappropriate argument value (of correct type).")
	UnicodeErrorType              = newExceptionType("UnicodeError", ValueErrorType, "Unicode related error.")
	AttributeErrorType            = newExceptionType("AttributeError", ExceptionType, "Attribute not found.")
	NameErrorType                 = newExceptionType("NameError", ExceptionType, "Name not found globally.")
	UnboundLocalErrorType         = newExceptionType("UnboundLocalError", NameErrorType, "Local name referenced but not bound to a value.")
	RuntimeErrorType              = newExceptionType("RuntimeError", ExceptionType, "Unspecified run-time error.")
	RecursionErrorType            = newExceptionType("RecursionError", RuntimeErrorType, "Recursion limit exceeded.")
	NotImplementedErrorType       = newExceptionType("NotImplementedError", RuntimeErrorType, "Method or function hasn't been implemented yet.")
	StopIterationType             = newExceptionType("StopIteration", ExceptionType, "Signal the end from iterator.__next__().")
	AssertionErrorType            = newExceptionType("AssertionError", ExceptionType, "Assertion failed.")
	ImportErrorType               = newExceptionType("ImportError", ExceptionType, "Import can't find module, or can't find name in module.")
	ModuleNotFoundErrorType       = newExceptionType("ModuleNotFoundError", ImportErrorType, "Module not found.")
	OSErrorType                   = newExceptionType("OSError", ExceptionType, "Base class for I/O related errors.")
	FileNotFoundErrorType         = newExceptionType("FileNotFoundError", OSErrorType, "File not found.")
	FileExistsErrorType           = newExceptionType("FileExistsError", OSErrorType, "File already exists.")
	PermissionErrorType           = newExceptionType("PermissionError", OSErrorType, "Not enough permissions.")
	IsADirectoryErrorType         = newExceptionType("IsADirectoryError", OSErrorType, "Operation doesn't work on directories.")
	EOFErrorType                  = newExceptionType("EOFError", ExceptionType, "Read beyond end of file.")
	SystemErrorType               = newExceptionType("SystemError", ExceptionType, "Internal error in the Python interpreter.")
	MemoryErrorType               = newExceptionType("MemoryError", ExceptionType, "Out of memory.")
	BufferErrorType               = newExceptionType("BufferError", ExceptionType, "Buffer error.")
	WarningType                   = newExceptionType("Warning", ExceptionType, "Base class for warning categories.")
	UserWarningType               = newExceptionType("UserWarning", WarningType, "Base class for warnings generated by user code.")
	DeprecationWarningType        = newExceptionType("DeprecationWarning", WarningType, "Base class for warnings about deprecated features.")
	RuntimeWarningType            = newExceptionType("RuntimeWarning", WarningType, "Base class for warnings about dubious runtime behavior.")
	SyntaxErrorType               = newExceptionType("SyntaxError", ExceptionType, "Invalid syntax.")
	IndentationErrorType          = newExceptionType("IndentationError", SyntaxErrorType, "Improper indentation.")
	TabErrorType                  = newExceptionType("TabError", IndentationErrorType, "Improper mixture of spaces and tabs.")
	StopAsyncIterationType        = newExceptionType("StopAsyncIteration", ExceptionType, "Signal the end from iterator.__anext__().")
	ReferenceErrorType            = newExceptionType("ReferenceError", ExceptionType, "Weak ref proxy used after referent went away.")
	TimeoutErrorType              = newExceptionType("TimeoutError", OSErrorType, "Timeout expired.")
	ConnectionErrorType           = newExceptionType("ConnectionError", OSErrorType, "Connection error.")
	BrokenPipeErrorType           = newExceptionType("BrokenPipeError", ConnectionErrorType, "Broken pipe.")
	ConnectionAbortedErrorType    = newExceptionType("ConnectionAbortedError", ConnectionErrorType, "Connection aborted.")
	ConnectionRefusedErrorType    = newExceptionType("ConnectionRefusedError", ConnectionErrorType, "Connection refused.")
	ConnectionResetErrorType      = newExceptionType("ConnectionResetError", ConnectionErrorType, "Connection reset.")
	BlockingIOErrorType           = newExceptionType("BlockingIOError", OSErrorType, "I/O operation would block.")
	ChildProcessErrorType         = newExceptionType("ChildProcessError", OSErrorType, "Child process error.")
	InterruptedErrorType          = newExceptionType("InterruptedError", OSErrorType, "Interrupted by signal.")
	NotADirectoryErrorType        = newExceptionType("NotADirectoryError", OSErrorType, "Operation only works on directories.")
	ProcessLookupErrorType        = newExceptionType("ProcessLookupError", OSErrorType, "Process not found.")
	SyntaxWarningType             = newExceptionType("SyntaxWarning", WarningType, "Base class for warnings about dubious syntax.")
	FutureWarningType             = newExceptionType("FutureWarning", WarningType, "Base class for warnings about constructs that will change semantically in the future.")
	PendingDeprecationWarningType = newExceptionType("PendingDeprecationWarning", WarningType, "Base class for warnings about features which will be deprecated in the future.")
	ImportWarningType             = newExceptionType("ImportWarning", WarningType, "Base class for warnings about probable mistakes in module imports")
	UnicodeWarningType            = newExceptionType("UnicodeWarning", WarningType, "Base class for warnings about Unicode related problems, mostly related to conversion problems.")
	BytesWarningType              = newExceptionType("BytesWarning", WarningType, "Base class for warnings about bytes and buffer related problems, mostly related to conversion from str or comparing to str.")
	ResourceWarningType           = newExceptionType("ResourceWarning", WarningType, "Base class for warnings about resource usage.")
	EncodingWarningType           = newExceptionType("EncodingWarning", WarningType, "Base class for warnings about encodings.")
)

// ExceptionTypes lists the built-in exception types, for the builtins
// module.
func ExceptionTypes() []*Type {
	return []*Type{BaseExceptionType, BaseExceptionGroupType, ExceptionGroupType, ExceptionType, SystemExitType, KeyboardInterruptType,
		GeneratorExitType, ArithmeticErrorType, ZeroDivisionErrorType, OverflowErrorType,
		FloatingPointErrorType, LookupErrorType, IndexErrorType, KeyErrorType, TypeErrorType,
		ValueErrorType, UnicodeErrorType, AttributeErrorType, NameErrorType, UnboundLocalErrorType,
		RuntimeErrorType, RecursionErrorType, NotImplementedErrorType, StopIterationType,
		AssertionErrorType, ImportErrorType, ModuleNotFoundErrorType, OSErrorType,
		FileNotFoundErrorType, FileExistsErrorType, PermissionErrorType, IsADirectoryErrorType,
		EOFErrorType, SystemErrorType, MemoryErrorType, BufferErrorType, WarningType,
		UserWarningType, DeprecationWarningType, RuntimeWarningType, SyntaxErrorType,
		IndentationErrorType, TabErrorType, UnicodeEncodeErrorType, UnicodeDecodeErrorType,
		StopAsyncIterationType, ReferenceErrorType, TimeoutErrorType, ConnectionErrorType,
		BrokenPipeErrorType, ConnectionAbortedErrorType, ConnectionRefusedErrorType,
		ConnectionResetErrorType, BlockingIOErrorType, ChildProcessErrorType, InterruptedErrorType,
		NotADirectoryErrorType, ProcessLookupErrorType, SyntaxWarningType, FutureWarningType,
		PendingDeprecationWarningType, ImportWarningType, UnicodeWarningType, BytesWarningType,
		ResourceWarningType, EncodingWarningType}
}
