package operator

import (
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

// This file builds _operator, CPython's C module under operator.py
// (which does `from _operator import *`): the functions without their
// __dunder__ aliases, itemgetter, attrgetter, methodcaller,
// length_hint and _compare_digest.

func init() { vm.RegisterModule("_operator", newCModule) }

const cModuleDoc = `Operator interface.

The functions here stand for Python's operators: operator.add(x, y) is
x + y, operator.getitem(a, i) is a[i], and so on. operator.py exposes
them, each also under its __dunder__ name.`

func newCModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("_operator")
	doc := object.NewStr(t, cModuleDoc)
	m.Dict.SetStr(t, object.Intern("__doc__"), doc)
	t.Decref(doc)
	for i := range funcs {
		m.Dict.SetStr(t, object.Intern(funcs[i].Name), object.NewStaticBuiltin(&funcs[i]))
	}
	for i := range cFuncs {
		m.Dict.SetStr(t, object.Intern(cFuncs[i].Name), object.NewStaticBuiltin(&cFuncs[i]))
	}
	for _, typ := range []*object.Type{itemGetterType, attrGetterType, methodCallerType} {
		m.Dict.SetStr(t, object.Intern(typ.Name), typ.Obj())
	}
	object.ClaimModuleFunctions(m.Dict, "_operator")
	return m.Obj(), nil
}

var strLengthHint = object.Intern("__length_hint__")

// lengthHint is PyObject_LengthHint: len(o) if o has a length, else
// o.__length_hint__(), else def.
func lengthHint(t *object.Thread, o *object.Object, def int64) (int64, error) {
	if o.Type().Len != nil {
		n, err := object.Len(t, o)
		if err == nil {
			return int64(n), nil
		}
		if !object.ErrorMatches(err, object.TypeErrorType) {
			return 0, err
		}
		t.DropError(err)
	}
	ref := t.LookupTypeRef(o.Type(), strLengthHint)
	if ref.IsNull() {
		return def, nil
	}
	hint, err := t.DescrGetRef(ref, o, o.Type())
	if err != nil {
		return 0, err
	}
	r, err := object.Call(t, hint, nil, nil)
	t.Decref(hint)
	if err != nil {
		if object.ErrorMatches(err, object.TypeErrorType) {
			t.DropError(err)
			return def, nil
		}
		return 0, err
	}
	defer t.Decref(r)
	if r == object.NotImplemented {
		return def, nil
	}
	if !object.IsInt(r) {
		return 0, t.Errorf(object.TypeErrorType, "__length_hint__ must be an integer, not %s", r.Type().Name)
	}
	n, err := object.AsInt64(t, r)
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, t.Errorf(object.ValueErrorType, "__length_hint__() should return >= 0")
	}
	return n, nil
}

// compareDigest compares in time that depends on the length of b only,
// not on where a and b differ.
func compareDigest(a, b []byte) bool {
	var diff byte
	if len(a) != len(b) {
		// Still compare b with itself, so that the time taken is b's.
		a = b
		diff = 1
	}
	for i := range b {
		diff |= a[i] ^ b[i]
	}
	return diff == 0
}

func digestBytes(t *object.Thread, a, b *object.Object) ([]byte, []byte, error) {
	if object.IsStr(a) && object.IsStr(b) {
		sa, sb := object.StrValue(a), object.StrValue(b)
		for _, s := range []string{sa, sb} {
			for i := 0; i < len(s); i++ {
				if s[i] >= 0x80 {
					return nil, nil, t.Errorf(object.TypeErrorType, "comparing strings with non-ASCII characters is not supported")
				}
			}
		}
		return []byte(sa), []byte(sb), nil
	}
	if object.IsStr(a) || object.IsStr(b) {
		other := a
		if object.IsStr(a) {
			other = b
		}
		if !object.IsBytes(other) {
			return nil, nil, t.Errorf(object.TypeErrorType, "unsupported operand types(s) or combination of types: '%s' and '%s'", a.Type().Name, b.Type().Name)
		}
		return nil, nil, t.Errorf(object.TypeErrorType, "a bytes-like object is required, not 'str'")
	}
	if !object.IsBytes(a) || !object.IsBytes(b) {
		return nil, nil, t.Errorf(object.TypeErrorType, "unsupported operand types(s) or combination of types: '%s' and '%s'", a.Type().Name, b.Type().Name)
	}
	return object.BytesValue(a), object.BytesValue(b), nil
}

var cFuncs = []object.MethodDef{
	{Name: "length_hint", Doc: "Return an estimate of the number of items in obj, or default if there is none.",
		Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			if err := object.CheckArgCount(t, "length_hint", args, kw, 1, 2); err != nil {
				return nil, err
			}
			def := int64(0)
			if len(args) == 2 {
				if !object.IsInt(args[1]) && (args[1].Type().Number == nil || args[1].Type().Number.Index == nil) {
					return nil, t.Errorf(object.TypeErrorType, "'%s' object cannot be interpreted as an integer", args[1].Type().Name)
				}
				var err error
				if def, err = object.AsInt64(t, args[1]); err != nil {
					return nil, err
				}
			}
			n, err := lengthHint(t, args[0], def)
			if err != nil {
				return nil, err
			}
			return object.NewInt(t, n), nil
		}},
	{Name: "_compare_digest", Doc: "Return 'a == b', in time that does not depend on where a and b differ.",
		Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			if err := object.CheckArgCount(t, "_compare_digest", args, kw, 2, 2); err != nil {
				return nil, err
			}
			a, b, err := digestBytes(t, args[0], args[1])
			if err != nil {
				return nil, err
			}
			return object.NewBool(compareDigest(a, b)), nil
		}},
}
