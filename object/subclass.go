// This file gives classes derived from built-in types (class D(dict),
// class P(tuple), class Name(str)) their instance layout: the built-in's
// struct followed by an attribute dict. A built-in type's constructor
// allocates this larger struct when asked for an instance of a subclass;
// the header and the built-in's fields come first, so the built-in's own
// code works on it unchanged.

package object

type (
	listSubclass struct {
		List
		dict *Dict
	}
	dictSubclass struct {
		Dict
		dict *Dict
		// extra is DictSubclassExtra's field.
		extra *Object
	}
	tupleSubclass struct {
		Tuple
		dict *Dict
	}
	setSubclass struct {
		Set
		dict *Dict
	}
	intSubclass struct {
		Int
		dict *Dict
	}
	floatSubclass struct {
		Float
		dict *Dict
	}
	complexSubclass struct {
		Complex
		dict *Dict
	}
	strSubclass struct {
		Str
		dict *Dict
	}
	bytesSubclass struct {
		Bytes
		dict *Dict
	}
	byteArraySubclass struct {
		ByteArray
		dict *Dict
	}
)

// SubclassDictPtr returns, for a built-in type that classes may derive
// from, where instances of such classes keep their attribute dict; nil
// for other types.
func SubclassDictPtr(base *Type) func(o *Object) **Dict {
	switch base {
	case ListType:
		return func(o *Object) **Dict { return &Cast[listSubclass](o).dict }
	case DictType:
		return func(o *Object) **Dict { return &Cast[dictSubclass](o).dict }
	case TupleType:
		return func(o *Object) **Dict { return &Cast[tupleSubclass](o).dict }
	case SetType, FrozenSetType:
		return func(o *Object) **Dict { return &Cast[setSubclass](o).dict }
	case IntType:
		return func(o *Object) **Dict { return &Cast[intSubclass](o).dict }
	case FloatType:
		return func(o *Object) **Dict { return &Cast[floatSubclass](o).dict }
	case ComplexType:
		return func(o *Object) **Dict { return &Cast[complexSubclass](o).dict }
	case StrType:
		return func(o *Object) **Dict { return &Cast[strSubclass](o).dict }
	case BytesType:
		return func(o *Object) **Dict { return &Cast[bytesSubclass](o).dict }
	case ByteArrayType:
		return func(o *Object) **Dict { return &Cast[byteArraySubclass](o).dict }
	}
	return base.SubclassDict
}

// DictSubclassExtra returns where an instance of a type derived from
// dict (not dict itself) keeps one more object: the state of a Go type
// derived from dict outside this package (collections.defaultdict's
// default_factory), which that type owns, traverses and clears. Every
// instance of a dict subclass has the field, so dict.__new__(such a type)
// makes a complete instance, as in CPython.
func DictSubclassExtra(o *Object) **Object { return &Cast[dictSubclass](o).extra }

// The allocators below return the built-in struct inside a subclass
// layout when typ is not the built-in itself.

func allocList(typ *Type) *List {
	if typ == ListType {
		return &List{}
	}
	return &(&listSubclass{}).List
}

func allocDict(typ *Type) *Dict {
	if typ == DictType {
		return &Dict{uid: NoUniqueID}
	}
	s := &dictSubclass{}
	s.uid = NoUniqueID
	return &s.Dict
}

func allocTuple(typ *Type) *Tuple {
	if typ == TupleType {
		return &Tuple{}
	}
	return &(&tupleSubclass{}).Tuple
}

func allocSet(typ *Type) *Set {
	if typ == SetType || typ == FrozenSetType {
		return &Set{}
	}
	return &(&setSubclass{}).Set
}

func allocInt(typ *Type) *Int {
	if typ == IntType {
		return &Int{}
	}
	return &(&intSubclass{}).Int
}

func allocFloat(typ *Type) *Float {
	if typ == FloatType {
		return &Float{}
	}
	return &(&floatSubclass{}).Float
}

func allocComplex(typ *Type) *Complex {
	if typ == ComplexType {
		return &Complex{}
	}
	return &(&complexSubclass{}).Complex
}

func allocStr(typ *Type) *Str {
	if typ == StrType {
		return &Str{}
	}
	return &(&strSubclass{}).Str
}

func allocBytes(typ *Type) *Bytes {
	if typ == BytesType {
		return &Bytes{}
	}
	return &(&bytesSubclass{}).Bytes
}

func init() {
	for _, typ := range []*Type{IntType, FloatType, StrType} {
		typ.Flags |= FlagBaseType
	}
}
