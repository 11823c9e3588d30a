package ext_test

import (
	"testing"

	"github.com/ftpy/ftpy/ext"
	"github.com/ftpy/ftpy/object"
)

// errRef is the exception class of _extexc; tests use one interpreter at a
// time, and each Init replaces it.
var errRef *ext.Ref

func init() {
	ext.Register(&ext.Module{
		Name: "_extexc",
		Funcs: []ext.Func{{Name: "fail", Fn: func(t *ext.Thread, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
			return nil, ext.Raise(t, errRef.Get(), "failed with %d", len(args))
		}}},
		Init: func(t *ext.Thread, m *ext.ModuleObject) error {
			cls, err := m.NewException(t, "Error", ext.ValueError, "the module's error")
			if err != nil {
				return err
			}
			if errRef != nil {
				errRef.Close(t)
			}
			errRef = ext.NewRef(t, cls)
			return nil
		},
	})
}

func TestModuleException(t *testing.T) {
	th := thread(t)
	mustRun(t, th, `
import _extexc as m
assert issubclass(m.Error, ValueError) and m.Error.__module__ == "_extexc", m.Error.__module__
assert m.Error.__doc__ == "the module's error"
try:
    m.fail(1, 2)
except m.Error as e:
    assert str(e) == "failed with 2" and type(e) is m.Error, e
else:
    raise AssertionError
`)
	errRef.Close(th)
}
