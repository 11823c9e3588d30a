// This file defines the objects that wrap Go functions: method
// descriptors on built-in types (list.append), built-in functions and
// bound built-in methods (len, [].append), and attribute descriptors
// (getset).

package object

import (
	"fmt"
	"sync/atomic"
)

// CFunc is a Go implementation of a Python callable. self is the bound
// object (nil for a plain function); args holds the positional arguments
// then the values of the keyword arguments named in kwnames.
type CFunc func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error)

// MethodKind says how a MethodDef binds.
type MethodKind uint8

const (
	InstanceMethod MethodKind = iota // bound to the instance
	ClassMethod                      // bound to the type
	StaticMethod                     // not bound
)

// MethodDef describes a method of a built-in type or module.
type MethodDef struct {
	Name string
	Fn   CFunc
	Doc  string
	Kind MethodKind
	// slot marks a slot wrapper (int.__add__), which reprs differently.
	slot bool
}

// GetSetDef describes a computed attribute of a built-in type.
type GetSetDef struct {
	Name string
	Get  func(t *Thread, o *Object) (*Object, error)
	Set  func(t *Thread, o, v *Object) error // nil: read-only; v nil deletes
	Doc  string
}

// MethodDescr is a method of a built-in type, found in the type's dict
// (method_descriptor). The eval loop calls it with the instance as self
// without creating a bound method.
type MethodDescr struct {
	Object
	Def   *MethodDef
	Owner *Type
}

// MethodDescrType is the type of built-in methods found on a type.
var MethodDescrType = NewStaticType(&Type{
	Name: "method_descriptor",
	DescrGet: func(t *Thread, d, obj *Object, typ *Type) (*Object, error) {
		md := Cast[MethodDescr](d)
		switch md.Def.Kind {
		case StaticMethod:
			return &NewBuiltinFunction(t, md.Def, nil).Object, nil
		case ClassMethod:
			return &NewBuiltinFunction(t, md.Def, &typ.Object).Object, nil
		}
		if obj == nil {
			return t.NewRef(d), nil
		}
		if obj.typ != md.Owner && md.Owner != nil && !IsSubtype(obj.typ, md.Owner) {
			// CPython's descr_check: binding to another type's object
			// (classmethod(str.upper) on a class) fails here, not later.
			return nil, t.Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
				md.Def.Name, md.Owner.Name, obj.typ.FullName())
		}
		return &NewBuiltinFunction(t, md.Def, obj).Object, nil
	},
	Call: func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
		md := Cast[MethodDescr](self)
		if md.Def.Kind == StaticMethod {
			return md.Def.Fn(t, nil, args, kwnames)
		}
		if len(args) == 0 || (kwnames != nil && len(args) == len(kwnames.Items)) {
			if md.Def.slot {
				return nil, t.Errorf(TypeErrorType, "descriptor '%s' of '%s' object needs an argument", md.Def.Name, md.Owner.Name)
			}
			return nil, t.Errorf(TypeErrorType, "unbound method %s.%s() needs an argument", md.Owner.Name, md.Def.Name)
		}
		if !IsInstance(args[0], md.Owner) {
			if md.Def.slot {
				return nil, t.Errorf(TypeErrorType, "descriptor '%s' requires a '%s' object but received a '%s'",
					md.Def.Name, md.Owner.Name, args[0].typ.Name)
			}
			return nil, t.Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
				md.Def.Name, md.Owner.Name, args[0].typ.Name)
		}
		return md.Def.Fn(t, args[0], args[1:], kwnames)
	},
})

func newMethodDescr(owner *Type, def *MethodDef) *Object {
	d := &MethodDescr{Def: def, Owner: owner}
	return newStaticObject(&d.Object, MethodDescrType)
}

// BuiltinFunction is a Go function, possibly bound to an object
// (builtin_function_or_method).
type BuiltinFunction struct {
	Object
	Def  *MethodDef
	Self *Object // owned; nil when unbound
	// module names the module an unbound function belongs to
	// (__module__); nil for none. Set once, when the module is made
	// (ClaimModuleFunctions).
	module atomic.Pointer[string]
}

// BuiltinFunctionType is builtin_function_or_method.
var BuiltinFunctionType = NewStaticType(&Type{
	Name:  "builtin_function_or_method",
	Flags: FlagGC | FlagWeakrefable,
	Call: func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
		f := Cast[BuiltinFunction](self)
		if f.Self == nil {
			// A module's function holds nothing it could call.
			return f.Def.Fn(t, nil, args, kwnames)
		}
		// A bound method may call what its object holds (a method-wrapper
		// p.__call__, defaultdict's __missing__ its factory), and such
		// objects nest: one level of Go recursion (Call counts none).
		if err := t.EnterGo(); err != nil {
			return nil, err
		}
		r, err := f.Def.Fn(t, f.Self, args, kwnames)
		t.LeaveGo()
		return r, err
	},
	Traverse: func(o *Object, visit Visitor) {
		if s := Cast[BuiltinFunction](o).Self; s != nil {
			visit(s)
		}
	},
	Dealloc: builtinFunctionClear,
	Clear:   builtinFunctionClear,
})

func builtinFunctionClear(t *Thread, o *Object) {
	f := Cast[BuiltinFunction](o)
	s := f.Self
	f.Self = nil
	t.XDecref(s)
}

// NewBuiltinFunction returns a function calling def.Fn with self, of
// which it takes a new reference.
func NewBuiltinFunction(t *Thread, def *MethodDef, self *Object) *BuiltinFunction {
	f := &BuiltinFunction{Def: def}
	if self != nil {
		f.Self = t.NewRef(self)
	}
	t.Init(&f.Object, BuiltinFunctionType)
	t.Track(&f.Object)
	return f
}

// NewStaticBuiltin returns an immortal built-in function, for module-level
// functions defined at initialisation.
func NewStaticBuiltin(def *MethodDef) *Object {
	f := &BuiltinFunction{Def: def}
	return newStaticObject(&f.Object, BuiltinFunctionType)
}

// ClaimModuleFunctions records module as the __module__ of the unbound
// built-in functions among d's values that no module claimed yet. A
// module made of Go functions calls it on its dict once it is made: a
// function it imported from another module keeps that module's name.
func ClaimModuleFunctions(d *Dict, module string) {
	for pos := 0; ; {
		var v *Object
		var ok bool
		if pos, _, v, ok = d.Next(pos); !ok {
			return
		}
		if v.typ == BuiltinFunctionType {
			if f := Cast[BuiltinFunction](v); f.Self == nil {
				f.module.CompareAndSwap(nil, &module)
			}
		}
	}
}

// GetSetDescr is a computed attribute of a built-in type
// (getset_descriptor).
type GetSetDescr struct {
	Object
	Def   *GetSetDef
	Owner *Type
}

// GetSetDescrType is getset_descriptor.
var GetSetDescrType = NewStaticType(&Type{
	Name: "getset_descriptor",
	DescrGet: func(t *Thread, d, obj *Object, typ *Type) (*Object, error) {
		if obj == nil {
			return t.NewRef(d), nil
		}
		return Cast[GetSetDescr](d).Def.Get(t, obj)
	},
	DescrSet: func(t *Thread, d, obj, v *Object) error {
		g := Cast[GetSetDescr](d)
		if g.Def.Set == nil {
			return t.Errorf(AttributeErrorType, "attribute '%s' of '%s' objects is not writable", g.Def.Name, g.Owner.FullName())
		}
		return g.Def.Set(t, obj, v)
	},
})

func newGetSetDescr(owner *Type, def *GetSetDef) *Object {
	d := &GetSetDescr{Def: def, Owner: owner}
	return newStaticObject(&d.Object, GetSetDescrType)
}

// builtinQualName is the __qualname__ of a built-in function bound to
// self: the bare name for a function, Type.name for a method.
func builtinQualName(def *MethodDef, self *Object) string {
	if self == nil {
		return def.Name
	}
	typ := self.typ
	if IsType(self) {
		typ = AsType(self)
	}
	return typeQualName(typ) + "." + def.Name
}

// typeQualName is typ.__qualname__.
func typeQualName(typ *Type) string {
	if typ.IsHeapType() && typ.Dict != nil {
		if q := typ.Dict.GetStr(Intern("__qualname__")); q != nil && IsStr(q) {
			return StrValue(q)
		}
	}
	return typ.Name
}

// docOrNone returns a doc string, None when it is empty.
func docOrNone(t *Thread, doc string) *Object {
	if doc == "" {
		return None
	}
	return NewStr(t, doc)
}

func init() {
	bf := func(o *Object) *BuiltinFunction { return Cast[BuiltinFunction](o) }
	BuiltinFunctionType.Repr = func(t *Thread, o *Object) (*Object, error) {
		f := bf(o)
		if f.Self == nil {
			return NewStr(t, "<built-in function "+f.Def.Name+">"), nil
		}
		if f.Def.slot {
			return NewStr(t, fmt.Sprintf("<method-wrapper '%s' of %s object at %p>", f.Def.Name, qualifiedName(f.Self.typ), f.Self)), nil
		}
		return NewStr(t, fmt.Sprintf("<built-in method %s of %s object at %p>", f.Def.Name, qualifiedName(f.Self.typ), f.Self)), nil
	}
	ReadyType(BuiltinFunctionType, nil, []GetSetDef{
		{Name: "__name__", Get: func(t *Thread, o *Object) (*Object, error) { return NewStr(t, bf(o).Def.Name), nil }},
		{Name: "__qualname__", Get: func(t *Thread, o *Object) (*Object, error) {
			return NewStr(t, builtinQualName(bf(o).Def, bf(o).Self)), nil
		}},
		{Name: "__doc__", Get: func(t *Thread, o *Object) (*Object, error) { return builtinDoc(t, bf(o).Def), nil }},
		{Name: "__module__", Get: func(t *Thread, o *Object) (*Object, error) {
			if m := bf(o).module.Load(); m != nil {
				return NewStr(t, *m), nil
			}
			return None, nil
		}},
		{Name: "__text_signature__", Get: func(t *Thread, o *Object) (*Object, error) {
			return textSignature(t, bf(o).Def), nil
		}},
		{Name: "__self__", Get: func(t *Thread, o *Object) (*Object, error) {
			if s := bf(o).Self; s != nil {
				return t.NewRef(s), nil
			}
			return None, nil
		}},
	})

	md := func(o *Object) *MethodDescr { return Cast[MethodDescr](o) }
	MethodDescrType.Repr = func(t *Thread, o *Object) (*Object, error) {
		d := md(o)
		kind := "method"
		if d.Def.slot {
			kind = "slot wrapper"
		}
		return NewStr(t, fmt.Sprintf("<%s '%s' of '%s' objects>", kind, d.Def.Name, d.Owner.Name)), nil
	}
	ReadyType(MethodDescrType, nil, []GetSetDef{
		{Name: "__name__", Get: func(t *Thread, o *Object) (*Object, error) { return NewStr(t, md(o).Def.Name), nil }},
		{Name: "__qualname__", Get: func(t *Thread, o *Object) (*Object, error) {
			return NewStr(t, typeQualName(md(o).Owner)+"."+md(o).Def.Name), nil
		}},
		{Name: "__doc__", Get: func(t *Thread, o *Object) (*Object, error) { return builtinDoc(t, md(o).Def), nil }},
		{Name: "__text_signature__", Get: func(t *Thread, o *Object) (*Object, error) { return textSignature(t, md(o).Def), nil }},
		{Name: "__objclass__", Get: func(t *Thread, o *Object) (*Object, error) { return t.NewRef(&md(o).Owner.Object), nil }},
	})

	gd := func(o *Object) *GetSetDescr { return Cast[GetSetDescr](o) }
	GetSetDescrType.Repr = func(t *Thread, o *Object) (*Object, error) {
		d := gd(o)
		return NewStr(t, fmt.Sprintf("<attribute '%s' of '%s' objects>", d.Def.Name, d.Owner.Name)), nil
	}
	ReadyType(GetSetDescrType, nil, []GetSetDef{
		{Name: "__name__", Get: func(t *Thread, o *Object) (*Object, error) { return NewStr(t, gd(o).Def.Name), nil }},
		{Name: "__qualname__", Get: func(t *Thread, o *Object) (*Object, error) {
			return NewStr(t, typeQualName(gd(o).Owner)+"."+gd(o).Def.Name), nil
		}},
		{Name: "__doc__", Get: func(t *Thread, o *Object) (*Object, error) { return docOrNone(t, gd(o).Def.Doc), nil }},
		{Name: "__objclass__", Get: func(t *Thread, o *Object) (*Object, error) { return t.NewRef(&gd(o).Owner.Object), nil }},
	})
}
