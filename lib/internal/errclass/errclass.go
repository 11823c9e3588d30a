// Package errclass makes the exception classes of Go modules (struct.error,
// binascii.Error, zlib.error, ...): classes like those a class statement
// makes, created once per process and immortal, as CPython's are created
// once per module with PyErr_NewException.
package errclass

import (
	"strings"
	"sync"

	"github.com/ftpy/ftpy/object"
)

// Class is an exception class made on first use.
type Class struct {
	once    sync.Once
	name    string // module.Name
	bases   []*object.Type
	typ     *object.Object
	makeErr error
}

// New describes the class qualname (e.g. "zlib.error") deriving from
// bases (Exception when none).
func New(qualname string, bases ...*object.Type) *Class {
	if len(bases) == 0 {
		bases = []*object.Type{object.ExceptionType}
	}
	return &Class{name: qualname, bases: bases}
}

// Get returns the class (borrowed: it is immortal), making it first.
func (c *Class) Get(t *object.Thread) (*object.Object, error) {
	c.once.Do(func() {
		dot := strings.LastIndexByte(c.name, '.')
		items := make([]*object.Object, len(c.bases))
		for i, b := range c.bases {
			items[i] = t.NewRef(b.Obj())
		}
		bases := object.NewTuple(t, items)
		d := object.NewDict(t)
		d.SetStr(t, object.Intern("__module__"), object.NewStr(t, c.name[:dot]))
		name := object.NewStr(t, c.name[dot+1:])
		typ, err := object.Call(t, object.TypeType.Obj(), []*object.Object{name, bases.Obj(), d.Obj()}, nil)
		t.Decref(name)
		t.Decref(bases.Obj())
		t.Decref(d.Obj())
		if err != nil {
			c.makeErr = err
			return
		}
		t.MakeImmortal(typ)
		c.typ = typ
	})
	return c.typ, c.makeErr
}

// Type returns the class as a *object.Type; it must have been made.
func (c *Class) Type() *object.Type { return object.Cast[object.Type](c.typ) }

// Errorf returns a new instance of the class with a formatted message.
func (c *Class) Errorf(t *object.Thread, format string, args ...any) error {
	if _, err := c.Get(t); err != nil {
		return err
	}
	return t.Errorf(c.Type(), format, args...)
}
