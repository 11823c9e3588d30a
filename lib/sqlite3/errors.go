// This file holds the DB-API exception hierarchy and the translation of
// SQLite's result codes into those exceptions.

package sqlite3

import (
	"sync"

	"github.com/ftpy/ftpy/object"
	"modernc.org/libc"
	lib "modernc.org/sqlite/lib"
)

// The exception classes, made once (immortal) on the module's first
// import. DB-API 2.0 fixes their names and their tree.
var excs struct {
	once                                         sync.Once
	err                                          error
	Warning, Error, InterfaceError               *object.Type
	DatabaseError, InternalError                 *object.Type
	OperationalError, ProgrammingError           *object.Type
	IntegrityError, DataError, NotSupportedError *object.Type
}

// excNames lists the classes in the order the module and Connection
// expose them, with where each is kept.
var excNames = []struct {
	name string
	typ  **object.Type
}{
	{"Warning", &excs.Warning}, {"Error", &excs.Error},
	{"InterfaceError", &excs.InterfaceError}, {"DatabaseError", &excs.DatabaseError},
	{"InternalError", &excs.InternalError}, {"OperationalError", &excs.OperationalError},
	{"ProgrammingError", &excs.ProgrammingError}, {"IntegrityError", &excs.IntegrityError},
	{"DataError", &excs.DataError}, {"NotSupportedError", &excs.NotSupportedError},
}

func makeClass(t *object.Thread, name string, base *object.Type) (*object.Type, error) {
	bases := object.NewTuple(t, []*object.Object{t.NewRef(base.Obj())})
	d := object.NewDict(t)
	mod := object.NewStr(t, "sqlite3")
	d.SetStr(t, object.Intern("__module__"), mod)
	t.Decref(mod)
	n := object.NewStr(t, name)
	typ, err := object.Call(t, object.TypeType.Obj(), []*object.Object{n, bases.Obj(), d.Obj()}, nil)
	t.Decref(n)
	t.Decref(bases.Obj())
	t.Decref(d.Obj())
	if err != nil {
		return nil, err
	}
	t.MakeImmortal(typ)
	return object.Cast[object.Type](typ), nil
}

// makeExceptions creates the classes on first use.
func makeExceptions(t *object.Thread) error {
	excs.once.Do(func() {
		tree := []struct {
			dst  **object.Type
			name string
			base func() *object.Type
		}{
			{&excs.Warning, "Warning", func() *object.Type { return object.ExceptionType }},
			{&excs.Error, "Error", func() *object.Type { return object.ExceptionType }},
			{&excs.InterfaceError, "InterfaceError", func() *object.Type { return excs.Error }},
			{&excs.DatabaseError, "DatabaseError", func() *object.Type { return excs.Error }},
			{&excs.InternalError, "InternalError", func() *object.Type { return excs.DatabaseError }},
			{&excs.OperationalError, "OperationalError", func() *object.Type { return excs.DatabaseError }},
			{&excs.ProgrammingError, "ProgrammingError", func() *object.Type { return excs.DatabaseError }},
			{&excs.IntegrityError, "IntegrityError", func() *object.Type { return excs.DatabaseError }},
			{&excs.DataError, "DataError", func() *object.Type { return excs.DatabaseError }},
			{&excs.NotSupportedError, "NotSupportedError", func() *object.Type { return excs.DatabaseError }},
		}
		for _, c := range tree {
			typ, err := makeClass(t, c.name, c.base())
			if err != nil {
				excs.err = err
				return
			}
			*c.dst = typ
		}
	})
	return excs.err
}

// errorName returns the SQLITE_* name of a result code, or "".
func errorName(code int32) string {
	for _, c := range resultCodes {
		if c.value == int64(code) {
			return c.name
		}
	}
	return ""
}

// classForCode picks the DB-API class of a primary result code.
func classForCode(code int32) *object.Type {
	switch code & 0xff {
	case lib.SQLITE_INTERNAL, lib.SQLITE_NOTFOUND:
		return excs.InternalError
	case lib.SQLITE_ERROR, lib.SQLITE_PERM, lib.SQLITE_ABORT, lib.SQLITE_BUSY,
		lib.SQLITE_LOCKED, lib.SQLITE_READONLY, lib.SQLITE_INTERRUPT,
		lib.SQLITE_IOERR, lib.SQLITE_FULL, lib.SQLITE_CANTOPEN,
		lib.SQLITE_PROTOCOL, lib.SQLITE_EMPTY, lib.SQLITE_SCHEMA:
		return excs.OperationalError
	case lib.SQLITE_CORRUPT:
		return excs.DatabaseError
	case lib.SQLITE_TOOBIG:
		return excs.DataError
	case lib.SQLITE_CONSTRAINT, lib.SQLITE_MISMATCH:
		return excs.IntegrityError
	case lib.SQLITE_MISUSE, lib.SQLITE_RANGE:
		return excs.InterfaceError
	}
	return excs.DatabaseError
}

// newSQLiteError makes the exception for extended result code code with
// message msg, carrying sqlite_errorcode and sqlite_errorname.
func newSQLiteError(t *object.Thread, code int32, msg string) error {
	if code&0xff == lib.SQLITE_NOMEM {
		return noMemory(t)
	}
	exc := t.NewException(classForCode(code), object.NewStr(t, msg))
	v := object.NewInt(t, int64(code))
	err := object.SetAttr(t, exc.Obj(), object.Intern("sqlite_errorcode"), v)
	t.Decref(v)
	if err != nil {
		t.Decref(exc.Obj())
		return err
	}
	name := object.None
	if n := errorName(code); n != "" {
		name = object.NewStr(t, n)
	}
	err = object.SetAttr(t, exc.Obj(), object.Intern("sqlite_errorname"), name)
	t.Decref(name)
	if err != nil {
		t.Decref(exc.Obj())
		return err
	}
	return exc
}

// dbError is the exception for the last error on db (CPython's
// _pysqlite_seterror).
func dbError(t *object.Thread, tls *libc.TLS, db uintptr) error {
	code := lib.Xsqlite3_extended_errcode(tls, db)
	return newSQLiteError(t, code, libc.GoString(lib.Xsqlite3_errmsg(tls, db)))
}

// rcError is the exception for result code rc when there is no
// connection to ask for a message.
func rcError(t *object.Thread, tls *libc.TLS, rc int32) error {
	return newSQLiteError(t, rc, libc.GoString(lib.Xsqlite3_errstr(tls, rc)))
}

// noMemory is MemoryError() with no message, as PyErr_NoMemory raises.
func noMemory(t *object.Thread) error { return t.NewException(object.MemoryErrorType) }

func programmingError(t *object.Thread, format string, args ...any) error {
	return t.Errorf(excs.ProgrammingError, format, args...)
}

func operationalError(t *object.Thread, format string, args ...any) error {
	return t.Errorf(excs.OperationalError, format, args...)
}
