// This file holds the Python-visible methods and attributes of object and
// type.

package vm

import (
	"github.com/ftpy/ftpy/object"
)

var objectMethods = []object.MethodDef{
	{Name: "__init__", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
		return object.None, objectInit(t, self, args, kwnames)
	}},
	{Name: "__new__", Kind: object.StaticMethod, Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
		if len(args) == 0 || !object.IsType(args[0]) {
			if len(args) == 0 {
				return nil, t.Errorf(object.TypeErrorType, "object.__new__(): not enough arguments")
			}
			return nil, t.Errorf(object.TypeErrorType, "object.__new__(X): X is not a type object (%s)", args[0].Type().Name)
		}
		typ := object.AsType(args[0])
		if err := object.CheckNewSafe(t, object.ObjectType, typ, object.ObjectType.New); err != nil {
			return nil, err
		}
		// Arguments meant for __init__ are accepted when __init__ is
		// overridden, as in CPython.
		if t.LookupType(typ, strInit) != objectInitDescr() {
			return objectNew(t, typ, nil, nil)
		}
		return objectNew(t, typ, args[1:], kwnames)
	}},
	{Name: "__repr__", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
		return object.ObjectType.Repr(t, self)
	}},
	{Name: "__str__", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
		return object.Repr(t, self)
	}},
	{Name: "__hash__", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
		h, err := object.ObjectType.Hash(t, self)
		if err != nil {
			return nil, err
		}
		return object.NewInt(t, h), nil
	}},
	{Name: "__eq__", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "__eq__", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		if self == args[0] {
			return object.True, nil
		}
		return object.NotImplemented, nil
	}},
	{Name: "__ne__", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "__ne__", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		// Default __ne__ inverts __eq__.
		eq, err := object.RichCompare(t, self, args[0], object.EQ)
		if err != nil {
			return nil, err
		}
		if eq == object.NotImplemented {
			return eq, nil
		}
		b, err := object.IsTrue(t, eq)
		t.Decref(eq)
		if err != nil {
			return nil, err
		}
		return object.NewBool(!b), nil
	}},
	{Name: "__setattr__", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "__setattr__", args, kwnames, 2, 2); err != nil {
			return nil, err
		}
		if !object.IsStr(args[0]) {
			return nil, t.Errorf(object.TypeErrorType, "attribute name must be string, not '%s'", args[0].Type().Name)
		}
		// On a class (super().__setattr__ in a metaclass) this is type's.
		return object.None, builtinSetAttr(self.Type())(t, self, object.AsStr(args[0]), args[1])
	}},
	{Name: "__delattr__", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "__delattr__", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		if !object.IsStr(args[0]) {
			return nil, t.Errorf(object.TypeErrorType, "attribute name must be string, not '%s'", args[0].Type().Name)
		}
		return object.None, builtinSetAttr(self.Type())(t, self, object.AsStr(args[0]), nil)
	}},
	{Name: "__getattribute__", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "__getattribute__", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		if !object.IsStr(args[0]) {
			return nil, t.Errorf(object.TypeErrorType, "attribute name must be string, not '%s'", args[0].Type().Name)
		}
		return builtinGetAttr(self.Type())(t, self, object.AsStr(args[0]))
	}},
	{Name: "__format__", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "__format__", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		if object.IsStr(args[0]) && object.StrValue(args[0]) != "" {
			return nil, t.Errorf(object.TypeErrorType, "unsupported format string passed to %s.__format__", self.Type().Name)
		}
		return object.StrOf(t, self)
	}},
	{Name: "__init_subclass__", Kind: object.ClassMethod, Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
		return object.None, nil
	}},
	{Name: "__dir__", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
		return dirOf(t, self)
	}},
}

var objectGetSets = []object.GetSetDef{
	{Name: "__class__", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return t.NewRef(object.TypeOf(o)), nil
	}, Set: setClass},
	{Name: "__dict__", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		dp := o.Type().DictPtr
		if dp == nil {
			return nil, t.Errorf(object.AttributeErrorType, "'%s' object has no attribute '__dict__'", o.Type().Name)
		}
		return t.NewRef(object.EnsureDict(t, dp(o)).Obj()), nil
	}, Set: func(t *object.Thread, o, v *object.Object) error {
		dp := o.Type().DictPtr
		switch {
		case dp == nil:
			return t.Errorf(object.AttributeErrorType, "'%s' object has no attribute '__dict__'", o.Type().Name)
		case v == nil:
			// del obj.__dict__: the next attribute store starts a new one.
			t.ReplaceDict(dp(o), nil)
			return nil
		case !object.IsDict(v):
			return t.Errorf(object.TypeErrorType, "__dict__ must be set to a dictionary, not a '%s'", v.Type().Name)
		}
		t.Incref(v)
		t.ReplaceDict(dp(o), object.AsDict(v))
		return nil
	}},
}

var typeMethods = []object.MethodDef{
	object.ClassGetItemDef,
	{Name: "__subclasses__", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "__subclasses__", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		return object.NewList(t, t.Subclasses(object.AsType(self))).Obj(), nil
	}},
	{Name: "mro", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
		return mroList(t, object.AsType(self)), nil
	}},
	{Name: "__subclasscheck__", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "__subclasscheck__", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		if !object.IsType(args[0]) {
			return nil, t.Errorf(object.TypeErrorType, "issubclass() arg 1 must be a class")
		}
		return object.NewBool(object.IsSubtype(object.AsType(args[0]), object.AsType(self))), nil
	}},
	{Name: "__instancecheck__", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "__instancecheck__", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		return object.NewBool(object.IsInstance(args[0], object.AsType(self))), nil
	}},
}

func mroList(t *object.Thread, typ *object.Type) *object.Object {
	items := make([]*object.Object, len(typ.MRO))
	for i, m := range typ.MRO {
		items[i] = t.NewRef(m.Obj())
	}
	return object.NewList(t, items).Obj()
}

// checkTypeNameSet applies CPython's rules for assigning a class's
// __name__, __qualname__ or __module__: only on classes, never deleted,
// and (but for __module__) only a str.
func checkTypeNameSet(t *object.Thread, typ *object.Type, v *object.Object, attr string) error {
	if !typ.IsHeapType() {
		return t.Errorf(object.TypeErrorType, "cannot set '%s' attribute of immutable type '%s'", attr, typ.Name)
	}
	if v == nil {
		return t.Errorf(object.TypeErrorType, "cannot delete '%s' attribute of immutable type '%s'", attr, typ.Name)
	}
	if attr != "__module__" && attr != "__doc__" && !object.IsStr(v) {
		return t.Errorf(object.TypeErrorType, "can only assign string to %s.%s, not '%s'", typ.Name, attr, v.Type().Name)
	}
	return nil
}

var typeGetSets = []object.GetSetDef{
	{Name: "__name__", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewStr(t, object.AsType(o).Name), nil
	}, Set: func(t *object.Thread, o, v *object.Object) error {
		typ := object.AsType(o)
		if err := checkTypeNameSet(t, typ, v, "__name__"); err != nil {
			return err
		}
		t.SetTypeName(typ, object.StrValue(v))
		return nil
	}},
	{Name: "__qualname__", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewStr(t, typQualName(object.AsType(o))), nil
	}, Set: func(t *object.Thread, o, v *object.Object) error {
		typ := object.AsType(o)
		if err := checkTypeNameSet(t, typ, v, "__qualname__"); err != nil {
			return err
		}
		t.SetTypeAttr(typ, strQualname, v)
		return nil
	}},
	{Name: "__module__", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		typ := object.AsType(o)
		if typ.IsHeapType() {
			if m := typ.Dict.GetStr(strModule); m != nil {
				return t.NewRef(m), nil
			}
		}
		return object.NewStr(t, typeModule(typ)), nil
	}, Set: func(t *object.Thread, o, v *object.Object) error {
		typ := object.AsType(o)
		if err := checkTypeNameSet(t, typ, v, "__module__"); err != nil {
			return err
		}
		t.SetTypeAttr(typ, strModule, v)
		return nil
	}},
	{Name: "__doc__", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		typ := object.AsType(o)
		if d := typ.Dict.GetStr(strDoc); d != nil {
			return t.NewRef(d), nil
		}
		return object.None, nil
	}, Set: func(t *object.Thread, o, v *object.Object) error {
		typ := object.AsType(o)
		if err := checkTypeNameSet(t, typ, v, "__doc__"); err != nil {
			return err
		}
		t.SetTypeAttr(typ, strDoc, v)
		return nil
	}},
	{Name: "__mro__", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		typ := object.AsType(o)
		items := make([]*object.Object, len(typ.MRO))
		for i, m := range typ.MRO {
			items[i] = t.NewRef(m.Obj())
		}
		return object.NewTuple(t, items).Obj(), nil
	}},
	{Name: "__bases__", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		typ := object.AsType(o)
		items := make([]*object.Object, len(typ.Bases))
		for i, m := range typ.Bases {
			items[i] = t.NewRef(m.Obj())
		}
		return object.NewTuple(t, items).Obj(), nil
	}, Set: setBases},
	{Name: "__base__", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		if b := object.AsType(o).Base; b != nil {
			return t.NewRef(b.Obj()), nil
		}
		return object.None, nil
	}},
	{Name: "__dict__", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		// A copy, standing in for CPython's read-only mappingproxy: a
		// class's attributes change only through setattr, which keeps the
		// type attribute cache right.
		return object.AsType(o).Dict.Copy(t).Obj(), nil
	}},
}
