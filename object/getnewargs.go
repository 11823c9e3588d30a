// This file defines __getnewargs__ for the immutable built-in types
// whose subclasses pickle and copy through copyreg.__newobj__: the
// argument that rebuilds the value (int(self), float(self), str(self)).

package object

// getnewargsDef is __getnewargs__: (exact(self),), exact converting the
// value to the built-in type itself.
func getnewargsDef(exact func(t *Thread, o *Object) (*Object, error)) MethodDef {
	return MethodDef{Name: "__getnewargs__", Fn: func(t *Thread, self *Object, args []*Object, kw *Tuple) (*Object, error) {
		if err := CheckArgCount(t, "__getnewargs__", args, kw, 0, 0); err != nil {
			return nil, err
		}
		v, err := exact(t, self)
		if err != nil {
			return nil, err
		}
		return NewTupleRefs(t, v).Obj(), nil
	}}
}

// fixedItemsRefs returns new references to items.
func fixedItemsRefs(t *Thread, items []*Object) []*Object {
	refs := make([]*Object, len(items))
	for i, x := range items {
		refs[i] = t.NewRef(x)
	}
	return refs
}
