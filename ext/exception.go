package ext

import (
	"fmt"

	"github.com/ftpy/ftpy/object"
)

// NewException creates an exception class name deriving from base (nil:
// Exception), as a class statement would, and adds it to the module. It
// returns a borrowed reference, valid as long as the module: keep a Ref to
// raise it from the module's functions (with Raise). Classes belong to an
// interpreter: a program that creates several interpreters gets one class
// per interpreter.
func (m *ModuleObject) NewException(t *Thread, name string, base *object.Type, doc string) (*Object, error) {
	if base == nil {
		base = object.ExceptionType
	}
	ns := object.NewDict(t)
	defer t.Decref(ns.Obj())
	modName, err := object.GetAttrString(t, m.Obj(), "__name__")
	if err != nil {
		return nil, err
	}
	ns.SetStr(t, object.Intern("__module__"), modName)
	t.Decref(modName)
	if doc != "" {
		d := object.NewStr(t, doc)
		ns.SetStr(t, object.Intern("__doc__"), d)
		t.Decref(d)
	}
	n := object.NewStr(t, name)
	defer t.Decref(n)
	bases := object.NewTuple(t, []*Object{t.NewRef(base.Obj())})
	defer t.Decref(bases.Obj())
	cls, err := object.Call(t, object.TypeType.Obj(), []*Object{n, bases.Obj(), ns.Obj()}, nil)
	if err != nil {
		return nil, err
	}
	m.AddObject(t, name, cls)
	t.Decref(cls)
	return cls, nil
}

// Raise returns an instance of the exception class cls (borrowed) with a
// formatted message, for a callback to return as its error.
func Raise(t *Thread, cls *Object, format string, args ...any) error {
	msg := object.NewStr(t, fmt.Sprintf(format, args...))
	defer t.Decref(msg)
	exc, err := object.Call(t, cls, []*Object{msg}, nil)
	if err != nil {
		return err
	}
	if e, ok := asException(exc); ok {
		return e
	}
	name := exc.Type().Name
	t.Decref(exc)
	return t.Errorf(object.TypeErrorType, "exceptions must derive from BaseException, not %s", name)
}

func asException(o *Object) (*object.Exception, bool) {
	if !object.IsSubtype(o.Type(), object.BaseExceptionType) {
		return nil, false
	}
	return object.Cast[object.Exception](o), true
}
