// This file defines mappingproxy, the read-only view of a mapping that
// dict views show as .mapping (d.keys().mapping): it reads through to the
// mapping and offers no way to change it.

package object

// MappingProxy is a read-only proxy of a mapping.
type MappingProxy struct {
	Object
	mapping *Object // owned
}

// MappingProxyType is the type of read-only mapping proxies.
var MappingProxyType = NewStaticType(&Type{Name: "mappingproxy", Flags: FlagGC | FlagMapping})

// NewMappingProxy returns a read-only proxy of mapping.
func NewMappingProxy(t *Thread, mapping *Object) *Object {
	p := &MappingProxy{mapping: t.NewRef(mapping)}
	t.Init(&p.Object, MappingProxyType)
	t.Track(&p.Object)
	return &p.Object
}

func proxied(o *Object) *Object { return Cast[MappingProxy](o).mapping }

// proxyCall calls the mapping's method name with args.
func proxyCall(t *Thread, o *Object, name string, args []*Object, kwnames *Tuple) (*Object, error) {
	m, err := GetAttr(t, proxied(o), Intern(name))
	if err != nil {
		return nil, err
	}
	defer t.Decref(m)
	return Call(t, m, args, kwnames)
}

// proxyMethod forwards a method without arguments beyond min..max.
func proxyMethod(name string, min, max int) MethodDef {
	return MethodDef{Name: name, Fn: func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
		if err := CheckArgCount(t, name, args, kwnames, min, max); err != nil {
			return nil, err
		}
		return proxyCall(t, self, name, args, nil)
	}}
}

func proxyOr(t *Thread, a, b *Object) (*Object, error) {
	if a.typ == MappingProxyType {
		a = proxied(a)
	}
	if b.typ == MappingProxyType {
		b = proxied(b)
	}
	return BinaryOperation(t, a, b, OpOr)
}

func init() {
	typ := MappingProxyType
	typ.Traverse = func(o *Object, visit Visitor) {
		if m := proxied(o); m != nil {
			visit(m)
		}
	}
	clear := func(t *Thread, o *Object) {
		p := Cast[MappingProxy](o)
		if m := p.mapping; m != nil {
			p.mapping = nil
			t.Decref(m)
		}
	}
	typ.Clear, typ.Dealloc = clear, clear
	typ.New = func(t *Thread, _ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
		if err := CheckArgCount(t, "mappingproxy", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		m := args[0]
		if m.typ.GetItem == nil || IsList(m) || IsTuple(m) {
			return nil, t.Errorf(TypeErrorType, "mappingproxy() argument must be a mapping, not %s", m.typ.Name)
		}
		return NewMappingProxy(t, m), nil
	}
	typ.GetItem = func(t *Thread, o, key *Object) (*Object, error) { return GetItem(t, proxied(o), key) }
	typ.Len = func(t *Thread, o *Object) (int, error) { return Len(t, proxied(o)) }
	typ.Iter = func(t *Thread, o *Object) (*Object, error) { return Iter(t, proxied(o)) }
	typ.Contains = func(t *Thread, o, v *Object) (bool, error) { return Contains(t, proxied(o), v) }
	typ.Repr = func(t *Thread, o *Object) (*Object, error) {
		r, err := ReprString(t, proxied(o))
		if err != nil {
			return nil, err
		}
		return NewStr(t, "mappingproxy("+r+")"), nil
	}
	typ.Str = func(t *Thread, o *Object) (*Object, error) { return StrOf(t, proxied(o)) }
	typ.Compare = func(t *Thread, a, b *Object, op CompareOp) (*Object, error) {
		return RichCompare(t, proxied(a), b, op)
	}
	typ.Number = &NumberMethods{Or: proxyOr}
	ReadyType(typ, []MethodDef{
		proxyMethod("get", 1, 2),
		proxyMethod("keys", 0, 0),
		proxyMethod("values", 0, 0),
		proxyMethod("items", 0, 0),
		proxyMethod("copy", 0, 0),
		proxyMethod("__reversed__", 0, 0),
		ClassGetItemDef,
	}, nil)
}
