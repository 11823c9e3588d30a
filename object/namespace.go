// This file defines types.SimpleNamespace (CPython's
// Objects/namespaceobject.c): an object whose attributes are the
// keyword arguments it was made with. sys.implementation is one, and the
// Lib's types.py takes the type from it.

package object

import "strings"

// Namespace is a SimpleNamespace: an object header and its attribute dict.
type Namespace struct {
	Object
	Dict *Dict // owned; the instance's __dict__
}

// NamespaceType is types.SimpleNamespace.
var NamespaceType = NewStaticType(&Type{
	Name:   "SimpleNamespace",
	Module: "types",
	Doc:    "A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)",
	Flags:  FlagGC | FlagBaseType | FlagWeakrefable,
	Traverse: func(o *Object, visit Visitor) {
		if d := Cast[Namespace](o).Dict; d != nil {
			visit(d.Obj())
		}
	},
	Clear: namespaceClear, Dealloc: namespaceClear,
	DictPtr:      func(o *Object) **Dict { return &Cast[Namespace](o).Dict },
	SubclassDict: func(o *Object) **Dict { return &Cast[Namespace](o).Dict },
	New: func(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
		n := &Namespace{Dict: NewDict(t)}
		t.Init(&n.Object, typ)
		t.Track(&n.Object)
		return &n.Object, nil
	},
	Init: func(t *Thread, self *Object, args []*Object, kwnames *Tuple) error {
		npos := len(args)
		if kwnames != nil {
			npos -= len(kwnames.Items)
		}
		if npos > 0 {
			return t.Errorf(TypeErrorType, "no positional arguments expected")
		}
		d := Cast[Namespace](self).Dict
		for i, k := range kwnames.itemsOrNil() {
			if err := d.SetItem(t, k, args[npos+i]); err != nil {
				return err
			}
		}
		return nil
	},
})

func init() {
	NamespaceType.Repr, NamespaceType.Compare = namespaceRepr, namespaceCompare
	ReadyType(NamespaceType, []MethodDef{{Name: "__reduce__", Fn: namespaceReduce}}, nil)
}

// itemsOrNil returns the tuple's items, or nil for a nil tuple.
func (tu *Tuple) itemsOrNil() []*Object {
	if tu == nil {
		return nil
	}
	return tu.Items
}

// NewNamespace returns a SimpleNamespace holding the given attributes,
// in order; it takes the values' references.
func NewNamespace(t *Thread, names []string, values []*Object) *Object {
	n := &Namespace{Dict: NewDict(t)}
	t.Init(&n.Object, NamespaceType)
	for i, name := range names {
		n.Dict.SetStr(t, Intern(name), values[i])
		t.Decref(values[i])
	}
	t.Track(&n.Object)
	return &n.Object
}

func namespaceClear(t *Thread, o *Object) {
	n := Cast[Namespace](o)
	if d := n.Dict; d != nil {
		n.Dict = nil
		t.Decref(d.Obj())
	}
}

// namespaceRepr is "namespace(a=1, b='x')" (a subclass shows its own
// name), listing the attributes whose names are str.
func namespaceRepr(t *Thread, o *Object) (*Object, error) {
	name := "namespace"
	if o.Type() != NamespaceType {
		name = o.Type().Name
	}
	if !t.ReprEnter(o) {
		return NewStr(t, name+"(...)"), nil
	}
	defer t.ReprLeave(o)
	var b strings.Builder
	b.WriteString(name + "(")
	items := Cast[Namespace](o).Dict.snapshot(t)
	defer items.release(t)
	first := true
	for i, k := range items.keys {
		if !IsStr(k) {
			continue
		}
		r, err := Repr(t, items.values[i])
		if err != nil {
			return nil, err
		}
		if !first {
			b.WriteString(", ")
		}
		first = false
		b.WriteString(StrValue(k) + "=" + StrValue(r))
		t.Decref(r)
	}
	b.WriteString(")")
	return NewStr(t, b.String()), nil
}

// namespaceCompare compares two namespaces by their dicts (== and !=
// only).
func namespaceCompare(t *Thread, a, b *Object, op CompareOp) (*Object, error) {
	if (op != EQ && op != NE) || !IsInstance(b, NamespaceType) {
		return NotImplemented, nil
	}
	return RichCompare(t, Cast[Namespace](a).Dict.Obj(), Cast[Namespace](b).Dict.Obj(), op)
}

// namespaceReduce is __reduce__: (type(self), (), self.__dict__).
func namespaceReduce(t *Thread, self *Object, args []*Object, kw *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "__reduce__", args, kw, 0, 0); err != nil {
		return nil, err
	}
	return NewTupleRefs(t, t.NewRef(self.Type().Obj()), NewTupleRefs(t).Obj(), t.NewRef(Cast[Namespace](self).Dict.Obj())).Obj(), nil
}
