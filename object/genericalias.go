// This file defines the objects that typing annotations build from
// built-in types: list[int] (types.GenericAlias, made by a class's
// __class_getitem__) and int | None (types.UnionType, made by type's |).

package object

import "strings"

// GenericAlias is a parameterised class such as dict[str, int].
type GenericAlias struct {
	Object
	Origin *Object // owned: the class subscripted
	Args   *Tuple  // owned: the subscript, always a tuple
	// params is __parameters__ (owned), computed on first use: the type
	// variables among the arguments.
	params *Tuple
	// dict holds the attributes of an instance of a class derived from
	// GenericAlias (the Lib's _CallableGenericAlias).
	dict *Dict
	// starred: *tuple[int, str], the item iterating the alias yields
	// (PEP 646); __unpacked__ is True and the repr starts with '*'.
	starred bool
}

// isGenericAlias reports whether o is a types.GenericAlias, or an
// instance of a class derived from it.
func isGenericAlias(o *Object) bool {
	return o.typ == GenericAliasType || IsSubtype(o.typ, GenericAliasType)
}

// UnionType is the value of X | Y for classes X and Y.
type UnionType struct {
	Object
	Args *Tuple // owned: the members, flattened, without duplicates
}

func aliasTraverse(o *Object, visit Visitor) {
	switch {
	case isGenericAlias(o):
		g := Cast[GenericAlias](o)
		if g.Origin != nil {
			visit(g.Origin)
		}
		if g.Args != nil {
			visit(&g.Args.Object)
		}
		if g.params != nil {
			visit(&g.params.Object)
		}
		if g.dict != nil {
			visit(g.dict.Obj())
		}
	case o.typ == UnionTypeType:
		if u := Cast[UnionType](o); u.Args != nil {
			visit(&u.Args.Object)
		}
	}
}

func aliasClear(t *Thread, o *Object) {
	var drop []*Object
	switch {
	case isGenericAlias(o):
		g := Cast[GenericAlias](o)
		if g.Origin != nil {
			drop = append(drop, g.Origin)
		}
		if g.Args != nil {
			drop = append(drop, &g.Args.Object)
		}
		if g.params != nil {
			drop = append(drop, &g.params.Object)
		}
		if g.dict != nil {
			drop = append(drop, g.dict.Obj())
		}
		g.Origin, g.Args, g.params, g.dict = nil, nil, nil, nil
	case o.typ == UnionTypeType:
		u := Cast[UnionType](o)
		if u.Args != nil {
			drop = append(drop, &u.Args.Object)
		}
		u.Args = nil
	}
	for _, d := range drop {
		t.Decref(d)
	}
}

// GenericAliasType is types.GenericAlias; its slots are set in init
// (they refer back to the type).
var GenericAliasType = NewStaticType(&Type{
	Name:         "GenericAlias",
	Module:       "types",
	Flags:        FlagGC | FlagBaseType | FlagWeakrefable,
	SubclassDict: func(o *Object) **Dict { return &Cast[GenericAlias](o).dict },
})

// UnionTypeType is types.UnionType.
var UnionTypeType = NewStaticType(&Type{
	Name:   "UnionType",
	Module: "types",
	Flags:  FlagGC,
})

// NewGenericAlias returns origin[args]; args that is not a tuple is
// the single argument.
func NewGenericAlias(t *Thread, origin, args *Object) *Object {
	return newGenericAliasOfType(t, GenericAliasType, origin, args)
}

func newGenericAliasOfType(t *Thread, typ *Type, origin, args *Object) *Object {
	var tup *Tuple
	if args.typ == TupleType {
		tup = AsTuple(t.NewRef(args))
	} else {
		tup = NewTupleRefs(t, t.NewRef(args))
	}
	g := &GenericAlias{Origin: t.NewRef(origin), Args: tup}
	t.Init(&g.Object, typ)
	t.Track(&g.Object)
	return &g.Object
}

var (
	strTypingSubst                  = Intern("__typing_subst__")
	strParameters                   = Intern("__parameters__")
	strTypingPrepareSubst           = Intern("__typing_prepare_subst__")
	strTypingUnpackedTupleArgs      = Intern("__typing_unpacked_tuple_args__")
	strTypingIsUnpackedTypeVarTuple = Intern("__typing_is_unpacked_typevartuple__")
)

// aliasParameters is __parameters__: the arguments that are type
// variables (they have __typing_subst__), and the parameters of the
// arguments that are generic aliases themselves, each once, in order.
func aliasParameters(t *Thread, g *GenericAlias) (*Tuple, error) {
	if p := g.params; p != nil {
		return p, nil
	}
	var params []*Object
	add := func(p *Object) {
		if !containsIdentical(params, p) {
			params = append(params, p)
		}
	}
	for _, a := range g.Args.Items {
		if IsType(a) {
			continue
		}
		subst, err := lookupAttrOptional(t, a, strTypingSubst)
		if err != nil {
			return nil, err
		}
		if subst != nil {
			t.Decref(subst)
			add(a)
			continue
		}
		sub, err := lookupAttrOptional(t, a, strParameters)
		if err != nil {
			return nil, err
		}
		if sub != nil {
			if sub.typ == TupleType {
				for _, p := range AsTuple(sub).Items {
					add(p)
				}
			}
			t.Decref(sub)
		}
	}
	refs := make([]*Object, len(params))
	for i, p := range params {
		refs[i] = t.NewRef(p)
	}
	g.params = NewTupleRefs(t, refs...)
	return g.params, nil
}

// lookupAttrOptional returns o.name, or nil when o has no such
// attribute.
func lookupAttrOptional(t *Thread, o *Object, name *Str) (*Object, error) {
	v, err := GetAttr(t, o, name)
	if err != nil {
		if ErrorMatches(err, AttributeErrorType) {
			t.DropError(err)
			return nil, nil
		}
		return nil, err
	}
	return v, nil
}

// aliasGetItem is alias[args]: the alias with its type variables
// replaced by args (list[T][int] is list[int]), each through the
// variable's __typing_subst__. Starred tuples among the arguments
// (*tuple[int, str]) count as their items, and a parameter's
// __typing_prepare_subst__ (typing's TypeVarTuple) may regroup them
// first (PEP 646).
func aliasGetItem(t *Thread, o, key *Object) (*Object, error) {
	g := Cast[GenericAlias](o)
	params, err := aliasParameters(t, g)
	if err != nil {
		return nil, err
	}
	newArgs, err := substituteParameters(t, o, g.Args.Items, params.Items, key)
	if err != nil {
		return nil, err
	}
	tup := NewTupleRefs(t, newArgs...)
	defer t.Decref(&tup.Object)
	r := NewGenericAlias(t, g.Origin, &tup.Object)
	Cast[GenericAlias](r).starred = g.starred
	return r, nil
}

// substituteParameters returns alias's args with params replaced by the
// subscript key (new references).
func substituteParameters(t *Thread, alias *Object, args, params []*Object, key *Object) ([]*Object, error) {
	if len(params) == 0 {
		r, err := ReprString(t, alias)
		if err != nil {
			return nil, err
		}
		return nil, t.Errorf(TypeErrorType, "%s is not a generic class", r)
	}
	items, err := unpackTupleArgs(t, key)
	if err != nil {
		return nil, err
	}
	for _, p := range params {
		prepare, err := lookupAttrOptional(t, p, strTypingPrepareSubst)
		if err != nil {
			return nil, err
		}
		if prepare == nil {
			continue
		}
		if prepare == None {
			t.Decref(prepare)
			continue
		}
		tup := NewTupleRefs(t, refsOf(t, items)...)
		r, err := Call(t, prepare, []*Object{alias, &tup.Object}, nil)
		t.Decref(prepare)
		t.Decref(&tup.Object)
		if err != nil {
			return nil, err
		}
		defer t.Decref(r)
		if r.typ != TupleType {
			return nil, t.Errorf(TypeErrorType, "__typing_prepare_subst__ must return a tuple")
		}
		items = AsTuple(r).Items
	}
	if len(items) != len(params) {
		r, err := ReprString(t, alias)
		if err != nil {
			return nil, err
		}
		which := "many"
		if len(items) < len(params) {
			which = "few"
		}
		return nil, t.Errorf(TypeErrorType, "Too %s arguments for %s; actual %d, expected %d", which, r, len(items), len(params))
	}
	var out []*Object
	fail := func(err error) ([]*Object, error) {
		for _, x := range out {
			t.Decref(x)
		}
		return nil, err
	}
	for _, a := range args {
		if IsType(a) {
			out = append(out, t.NewRef(a)) // a class is no variable, whatever it holds
			continue
		}
		unpack, err := isUnpackedTypeVarTuple(t, a)
		if err != nil {
			return fail(err)
		}
		var v *Object
		subst, err := lookupAttrOptional(t, a, strTypingSubst)
		if err != nil {
			return fail(err)
		}
		if i := indexIdentical(params, a); subst != nil && i >= 0 {
			v, err = Call(t, subst, []*Object{items[i]}, nil)
			t.Decref(subst)
		} else {
			t.XDecref(subst)
			v, err = substituteNested(t, a, params, items)
		}
		if err != nil {
			return fail(err)
		}
		if unpack && v.typ == TupleType {
			out = append(out, refsOf(t, AsTuple(v).Items)...)
			t.Decref(v)
			continue
		}
		out = append(out, v)
	}
	return out, nil
}

// substituteNested substitutes inside an argument that is generic itself
// (dict[T, list[S]][str, int]: list[S] becomes list[int]) by subscripting
// it with the values of its own parameters; a TypeVarTuple's value (the
// tuple its __typing_prepare_subst__ made) counts as its items.
func substituteNested(t *Thread, a *Object, params, items []*Object) (*Object, error) {
	sub, err := lookupAttrOptional(t, a, strParameters)
	if err != nil || sub == nil {
		return t.NewRef(a), err
	}
	defer t.Decref(sub)
	if sub.typ != TupleType || len(AsTuple(sub).Items) == 0 {
		return t.NewRef(a), nil
	}
	var subArgs []*Object
	for _, sp := range AsTuple(sub).Items {
		i := indexIdentical(params, sp)
		switch {
		case i < 0:
			subArgs = append(subArgs, t.NewRef(sp))
		case !IsType(params[i]) && params[i].typ.Iter != nil && items[i].typ == TupleType:
			subArgs = append(subArgs, refsOf(t, AsTuple(items[i]).Items)...)
		default:
			subArgs = append(subArgs, t.NewRef(items[i]))
		}
	}
	k := NewTupleRefs(t, subArgs...)
	defer t.Decref(&k.Object)
	return GetItem(t, a, &k.Object)
}

// unpackTupleArgs returns the subscript's items with each starred tuple
// (*tuple[int, str], or typing's Unpack[Tuple[...]]) replaced by its
// items, unless it ends with ... (borrowed references, kept alive by the
// key or the returned holder's tuples).
func unpackTupleArgs(t *Thread, key *Object) ([]*Object, error) {
	items := []*Object{key}
	if key.typ == TupleType {
		items = AsTuple(key).Items
	}
	var out []*Object
	for _, it := range items {
		if !IsType(it) {
			var sub *Object
			if isGenericAlias(it) && Cast[GenericAlias](it).starred && Cast[GenericAlias](it).Origin == TupleType.Obj() {
				sub = t.NewRef(&Cast[GenericAlias](it).Args.Object)
			} else {
				var err error
				if sub, err = lookupAttrOptional(t, it, strTypingUnpackedTupleArgs); err != nil {
					return nil, err
				}
			}
			if sub != nil {
				// The items stay alive through it, which the key holds.
				t.Decref(sub)
				if sub.typ == TupleType {
					s := AsTuple(sub).Items
					if len(s) == 0 || s[len(s)-1] != Ellipsis {
						out = append(out, s...)
						continue
					}
				}
			}
		}
		out = append(out, it)
	}
	return out, nil
}

// isUnpackedTypeVarTuple reports whether a is *Ts (typing's
// __typing_is_unpacked_typevartuple__).
func isUnpackedTypeVarTuple(t *Thread, a *Object) (bool, error) {
	if IsType(a) {
		return false, nil
	}
	v, err := lookupAttrOptional(t, a, strTypingIsUnpackedTypeVarTuple)
	if err != nil || v == nil {
		return false, err
	}
	defer t.Decref(v)
	return IsTrue(t, v)
}

func indexIdentical(items []*Object, o *Object) int {
	for i, x := range items {
		if x == o {
			return i
		}
	}
	return -1
}

func refsOf(t *Thread, items []*Object) []*Object {
	out := make([]*Object, len(items))
	for i, x := range items {
		out[i] = t.NewRef(x)
	}
	return out
}

// aliasIter is iter(alias): it yields the alias starred, once, so that
// *tuple[int, str] in a subscript or an annotation unpacks to it.
func aliasIter(t *Thread, o *Object) (*Object, error) {
	g := Cast[GenericAlias](o)
	star := Cast[GenericAlias](newGenericAliasOfType(t, GenericAliasType, g.Origin, &g.Args.Object))
	star.starred = true
	one := NewTupleRefs(t, &star.Object)
	defer t.Decref(&one.Object)
	return Iter(t, &one.Object)
}

// UnionArgs returns the members of a UnionType, or nil for any other
// object.
func UnionArgs(o *Object) []*Object {
	if o.typ != UnionTypeType {
		return nil
	}
	return Cast[UnionType](o).Args.Items
}

var strClassGetItem = Intern("__class_getitem__")

// ClassGetItemDef is __class_getitem__ for the built-in generic classes
// (list[int], dict[str, int], ...).
var ClassGetItemDef = MethodDef{Name: "__class_getitem__", Kind: ClassMethod,
	Doc: "See PEP 585",
	Fn: func(t *Thread, cls *Object, args []*Object, kwnames *Tuple) (*Object, error) {
		if err := CheckArgCount(t, "__class_getitem__", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		return NewGenericAlias(t, cls, args[0]), nil
	}}

// unionable reports whether o may be a member of X | Y.
func unionable(o *Object) bool {
	return o == None || IsType(o) || isGenericAlias(o) || o.typ == UnionTypeType
}

// typeOr is type.__or__ and __ror__: X | Y for classes.
func typeOr(t *Thread, a, b *Object) (*Object, error) {
	if !unionable(a) || !unionable(b) {
		return t.NewRef(NotImplemented), nil
	}
	var members []*Object
	for _, o := range []*Object{a, b} {
		parts := UnionArgs(o)
		if parts == nil {
			parts = []*Object{o}
		}
		for _, p := range parts {
			if p == None {
				p = &NoneType.Object
			}
			if !containsIdentical(members, p) {
				members = append(members, p)
			}
		}
	}
	if len(members) == 1 {
		return t.NewRef(members[0]), nil
	}
	u := &UnionType{Args: NewTupleRefs(t, members...)}
	t.Init(&u.Object, UnionTypeType)
	t.Track(&u.Object)
	return &u.Object, nil
}

func containsIdentical(items []*Object, o *Object) bool {
	for _, x := range items {
		if x == o {
			return true
		}
	}
	return false
}

// aliasRepr renders list[int], dict[str, list[int]], int | None.
func aliasRepr(t *Thread, o *Object) (*Object, error) {
	var b strings.Builder
	if o.typ == UnionTypeType {
		for i, m := range Cast[UnionType](o).Args.Items {
			if i > 0 {
				b.WriteString(" | ")
			}
			if err := writeAliasArg(t, &b, m); err != nil {
				return nil, err
			}
		}
		return NewStr(t, b.String()), nil
	}
	g := Cast[GenericAlias](o)
	if g.starred {
		b.WriteByte('*')
	}
	if err := writeAliasArg(t, &b, g.Origin); err != nil {
		return nil, err
	}
	b.WriteByte('[')
	if len(g.Args.Items) == 0 {
		b.WriteString("()")
	}
	for i, a := range g.Args.Items {
		if i > 0 {
			b.WriteString(", ")
		}
		if err := writeAliasArg(t, &b, a); err != nil {
			return nil, err
		}
	}
	b.WriteByte(']')
	return NewStr(t, b.String()), nil
}

// writeAliasArg writes one member of an alias as CPython does: classes
// by qualified name, None's class as None, ... as "...", others by repr.
func writeAliasArg(t *Thread, b *strings.Builder, a *Object) error {
	switch {
	case a == Ellipsis:
		b.WriteString("...")
	case a == &NoneType.Object:
		b.WriteString("None")
	case IsType(a):
		b.WriteString(qualifiedName(AsType(a)))
	default:
		r, err := ReprString(t, a)
		if err != nil {
			return err
		}
		b.WriteString(r)
	}
	return nil
}

var genericAliasGetSets = []GetSetDef{
	{Name: "__origin__", Get: func(t *Thread, o *Object) (*Object, error) {
		return t.NewRef(Cast[GenericAlias](o).Origin), nil
	}},
	{Name: "__args__", Get: func(t *Thread, o *Object) (*Object, error) {
		return t.NewRef(&Cast[GenericAlias](o).Args.Object), nil
	}},
	{Name: "__parameters__", Get: func(t *Thread, o *Object) (*Object, error) {
		p, err := aliasParameters(t, Cast[GenericAlias](o))
		if err != nil {
			return nil, err
		}
		return t.NewRef(&p.Object), nil
	}},
	{Name: "__typing_unpacked_tuple_args__", Get: func(t *Thread, o *Object) (*Object, error) {
		if g := Cast[GenericAlias](o); g.starred && g.Origin == TupleType.Obj() {
			return t.NewRef(&g.Args.Object), nil
		}
		return None, nil
	}},
	{Name: "__unpacked__", Get: func(t *Thread, o *Object) (*Object, error) {
		return NewBool(Cast[GenericAlias](o).starred), nil
	}},
	{Name: "__dict__", Get: func(t *Thread, o *Object) (*Object, error) {
		g := Cast[GenericAlias](o)
		if g.dict == nil {
			return nil, t.Errorf(AttributeErrorType, "'%s' object has no attribute '__dict__'", o.typ.Name)
		}
		return t.NewRef(g.dict.Obj()), nil
	}},
}

var genericAliasMethods = []MethodDef{
	{Name: "__mro_entries__", Fn: func(t *Thread, self *Object, args []*Object, kw *Tuple) (*Object, error) {
		if err := CheckArgCount(t, "__mro_entries__", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return NewTupleRefs(t, t.NewRef(Cast[GenericAlias](self).Origin)).Obj(), nil
	}},
	{Name: "__reduce__", Fn: func(t *Thread, self *Object, args []*Object, kw *Tuple) (*Object, error) {
		g := Cast[GenericAlias](self)
		return NewTupleRefs(t, t.NewRef(self.typ.Obj()),
			NewTupleRefs(t, t.NewRef(g.Origin), t.NewRef(&g.Args.Object)).Obj()).Obj(), nil
	}},
	{Name: "__instancecheck__", Fn: func(t *Thread, self *Object, args []*Object, kw *Tuple) (*Object, error) {
		return nil, t.Errorf(TypeErrorType, "isinstance() argument 2 cannot be a parameterized generic")
	}},
	{Name: "__subclasscheck__", Fn: func(t *Thread, self *Object, args []*Object, kw *Tuple) (*Object, error) {
		return nil, t.Errorf(TypeErrorType, "issubclass() argument 2 cannot be a parameterized generic")
	}},
}

func init() {
	GenericAliasType.Traverse = aliasTraverse
	GenericAliasType.Clear = aliasClear
	GenericAliasType.Dealloc = aliasClear
	GenericAliasType.Repr = aliasRepr
	GenericAliasType.New = func(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
		if err := CheckArgCount(t, "GenericAlias", args, kwnames, 2, 2); err != nil {
			return nil, err
		}
		return newGenericAliasOfType(t, typ, args[0], args[1]), nil
	}
	GenericAliasType.GetItem = aliasGetItem
	GenericAliasType.Iter = aliasIter
	GenericAliasType.Call = func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
		return CallHeld(t, Cast[GenericAlias](self).Origin, args, kwnames)
	}
	GenericAliasType.Flags |= FlagCustomGetAttr
	GenericAliasType.GetAttr = func(t *Thread, o *Object, name *Str) (*Object, error) {
		// Attributes the alias lacks come from its class, as in CPython.
		v, err := GenericGetAttr(t, o, name)
		if err == nil || !ErrorMatches(err, AttributeErrorType) || strings.HasPrefix(name.String(), "__") {
			return v, err
		}
		t.DropError(err)
		return GetAttr(t, Cast[GenericAlias](o).Origin, name)
	}
	GenericAliasType.Compare = func(t *Thread, a, b *Object, op CompareOp) (*Object, error) {
		if !isGenericAlias(b) || (op != EQ && op != NE) {
			return t.NewRef(NotImplemented), nil
		}
		x, y := Cast[GenericAlias](a), Cast[GenericAlias](b)
		eq := x.Origin == y.Origin && x.starred == y.starred
		if eq {
			var err error
			eq, err = RichCompareBool(t, &x.Args.Object, &y.Args.Object, EQ)
			if err != nil {
				return nil, err
			}
		}
		return NewBool(eq == (op == EQ)), nil
	}
	GenericAliasType.Hash = func(t *Thread, o *Object) (int64, error) {
		g := Cast[GenericAlias](o)
		h1, err := Hash(t, g.Origin)
		if err != nil {
			return 0, err
		}
		h2, err := Hash(t, &g.Args.Object)
		return h1 ^ h2, err
	}
	UnionTypeType.Traverse = aliasTraverse
	UnionTypeType.Clear = aliasClear
	UnionTypeType.Dealloc = aliasClear
	UnionTypeType.Repr = aliasRepr
	UnionTypeType.Compare = func(t *Thread, a, b *Object, op CompareOp) (*Object, error) {
		if b.typ != UnionTypeType || (op != EQ && op != NE) {
			return t.NewRef(NotImplemented), nil
		}
		x, y := Cast[UnionType](a).Args.Items, Cast[UnionType](b).Args.Items
		eq := len(x) == len(y)
		for _, m := range x {
			if !eq {
				break
			}
			eq = containsIdentical(y, m)
		}
		return NewBool(eq == (op == EQ)), nil
	}
	UnionTypeType.Hash = func(t *Thread, o *Object) (int64, error) {
		var h int64
		for _, m := range Cast[UnionType](o).Args.Items {
			x, err := Hash(t, m)
			if err != nil {
				return 0, err
			}
			h ^= x
		}
		return h, nil
	}
	orTable := &NumberMethods{Or: typeOr}
	TypeType.Number, GenericAliasType.Number, UnionTypeType.Number = orTable, orTable, orTable
	ReadyType(GenericAliasType, genericAliasMethods, genericAliasGetSets)
	ReadyType(UnionTypeType, []MethodDef{}, []GetSetDef{
		{Name: "__args__", Get: func(t *Thread, o *Object) (*Object, error) {
			return t.NewRef(&Cast[UnionType](o).Args.Object), nil
		}},
	})
}
