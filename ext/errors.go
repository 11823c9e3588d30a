package ext

import (
	"github.com/ftpy/ftpy/object"
)

// The exception types extensions raise most often. Any other exception
// type of package object may be passed to Errorf as well.
var (
	TypeError     = object.TypeErrorType
	ValueError    = object.ValueErrorType
	RuntimeError  = object.RuntimeErrorType
	SystemError   = object.SystemErrorType
	OverflowError = object.OverflowErrorType
	KeyError      = object.KeyErrorType
	IndexError    = object.IndexErrorType
)

// Errorf returns a new exception of type typ with a formatted message,
// for a callback to return.
func Errorf(t *Thread, typ *object.Type, format string, args ...any) error {
	return t.Errorf(typ, format, args...)
}

// IsError reports whether err is a Python exception of type typ or a
// subclass of it.
func IsError(err error, typ *object.Type) bool { return object.ErrorMatches(err, typ) }

// DropError releases an exception the caller handled and will not raise.
func DropError(t *Thread, err error) { t.DropError(err) }

// asPython turns an error returned by extension code into a Python
// exception: exceptions pass through, other errors become RuntimeError.
func asPython(t *Thread, err error) error {
	if _, ok := err.(*object.Exception); ok {
		return err
	}
	return t.Errorf(object.RuntimeErrorType, "%s", err.Error())
}

// recoverPanic, deferred by every callback wrapper, turns a panic into a
// SystemError stored in *err (and drops a result already made).
func recoverPanic(t *Thread, res **Object, err *error) {
	r := recover()
	if r == nil {
		return
	}
	if *res != nil {
		t.Decref(*res)
		*res = nil
	}
	if *err != nil {
		t.DropError(*err)
	}
	*err = t.PanicError(r)
}
