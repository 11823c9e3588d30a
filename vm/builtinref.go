// This file looks up builtins by name for Go code outside the eval loop
// (CPython's _PyEval_GetBuiltin): the object package's __reduce__
// methods name builtins.iter and the like.

package vm

import "github.com/ftpy/ftpy/object"

func init() { object.BuiltinRef = builtinRef }

// builtinRef returns a new reference to builtin name from the running
// code's builtins (the interpreter's outside any frame), raising
// AttributeError as CPython does when it is missing.
func builtinRef(t *object.Thread, name string) (*object.Object, error) {
	st := stateOf(t)
	b := st.builtinsFor(nil)
	key := object.NewStr(t, name)
	defer t.Decref(key)
	v, err := object.GetItem(t, b, key)
	if err != nil && object.ErrorMatches(err, object.KeyErrorType) {
		t.DropError(err)
		return nil, t.Errorf(object.AttributeErrorType, "%s", name)
	}
	return v, err
}
