// This file defines struct sequences (CPython's PyStructSequence): tuple
// subclasses whose items also have names, such as os.stat_result,
// time.struct_time, sys.flags and sys.version_info.
//
// A struct sequence type has n fields, of which the first NInSequence
// are the tuple's items (what len(), indexing, iteration, comparison and
// hashing see); the rest are reachable only by attribute. A field with no
// name (Name == "") is a tuple item only: os.stat_result keeps the
// integer times at items 7..9 unnamed and names the float times, held
// after the visible items, st_atime, st_mtime and st_ctime.
//
// Usage, from a package's initialisation:
//
//	var resultType = object.NewStructSeqType(&object.StructSeqDesc{
//		Name: "mod.result", Doc: "...", NInSequence: 2,
//		Fields: []object.StructSeqField{{Name: "a"}, {Name: "b"}, {Name: "c"}},
//	})
//	...
//	r := object.NewStructSeq(t, resultType, []*object.Object{a, b, c}) // takes a, b, c
//
// The type behaves as CPython's: type(seq, dict=None) builds one from a
// sequence of NInSequence to len(Fields) items (the missing ones from
// dict, else None), repr shows the visible fields by name, __reduce__
// pickles the hidden fields as a dict, and the class has
// n_sequence_fields, n_fields, n_unnamed_fields and __match_args__.

package object

import (
	"strings"
	"sync"
)

// StructSeqField is one field of a struct sequence; an empty Name makes
// it an unnamed field (PyStructSequence_UnnamedField).
type StructSeqField struct {
	Name string
	Doc  string
}

// StructSeqDesc describes a struct sequence type
// (PyStructSequence_Desc).
type StructSeqDesc struct {
	// Name is the dotted name, "os.stat_result": the part before the
	// last dot is the type's __module__, and the whole is what repr and
	// error messages show, as CPython's tp_name.
	Name   string
	Doc    string
	Fields []StructSeqField
	// NInSequence is how many leading fields are the tuple's items.
	NInSequence int
}

// structSeq is an instance: the tuple of visible items, then the
// hidden ones (owned; nil never, None where absent).
type structSeq struct {
	Tuple
	hidden []*Object
}

// structSeqInfo is what a struct sequence type knows about its fields;
// it is kept per type, keyed by the type.
type structSeqInfo struct {
	fullName string
	nFields  int
	nVisible int
	nUnnamed int
	// names are the named fields in order (CPython's tp_members), and
	// index[k] is names[k]'s position among all fields.
	names []string
	index []int
}

// structSeqInfos maps each struct sequence type to its *structSeqInfo.
// Types are usually made by package initialisation, but a module may make
// one when first imported, from any thread.
var structSeqInfos sync.Map

// NewStructSeqType creates a struct sequence type. Call it once per type,
// best from package initialisation, like NewStaticType.
func NewStructSeqType(desc *StructSeqDesc) *Type {
	if desc.NInSequence < 0 || desc.NInSequence > len(desc.Fields) {
		panic("object: struct sequence " + desc.Name + ": bad NInSequence")
	}
	module, short := "", desc.Name
	if i := strings.LastIndexByte(desc.Name, '.'); i >= 0 {
		module, short = desc.Name[:i], desc.Name[i+1:]
	}
	info := &structSeqInfo{fullName: desc.Name, nFields: len(desc.Fields), nVisible: desc.NInSequence}
	var getsets []GetSetDef
	var matchArgs []*Object
	for i, f := range desc.Fields {
		if f.Name == "" {
			info.nUnnamed++
			continue
		}
		info.names = append(info.names, f.Name)
		info.index = append(info.index, i)
		if i < desc.NInSequence {
			matchArgs = append(matchArgs, NewStrStatic(f.Name))
		}
		pos := i
		getsets = append(getsets, GetSetDef{Name: f.Name, Doc: f.Doc,
			Get: func(t *Thread, o *Object) (*Object, error) { return t.NewRef(structSeqItem(o, pos)), nil }})
	}
	typ := &Type{Name: short, Module: module, Doc: desc.Doc, Flags: FlagGC, Base: TupleType,
		New: structSeqNew, Repr: structSeqRepr,
		Traverse: structSeqTraverse, Clear: structSeqClear, Dealloc: structSeqClear}
	typ.Dict = newStaticDict()
	typ.Dict.SetStr(nil, Intern("n_sequence_fields"), staticInt(info.nVisible))
	typ.Dict.SetStr(nil, Intern("n_fields"), staticInt(info.nFields))
	typ.Dict.SetStr(nil, Intern("n_unnamed_fields"), staticInt(info.nUnnamed))
	typ.Dict.SetStr(nil, Intern("__match_args__"), NewStaticTuple(matchArgs...).Obj())
	structSeqInfos.Store(typ, info)
	NewStaticType(typ)
	ReadyType(typ, []MethodDef{{Name: "__reduce__", Fn: structSeqReduce}}, getsets)
	return typ
}

// staticInt returns a small int for the class attributes.
func staticInt(n int) *Object { return SmallInt(int64(n)) }

// NewStructSeq returns an instance of typ holding values, one per field
// in order, whose references it takes; a nil value is None.
func NewStructSeq(t *Thread, typ *Type, values []*Object) *Object {
	info := structSeqInfoOf(typ)
	if info == nil || len(values) != info.nFields {
		panic("object: NewStructSeq: wrong type or field count")
	}
	for i, v := range values {
		if v == nil {
			values[i] = None
		}
	}
	s := &structSeq{Tuple: Tuple{Items: values[:info.nVisible:info.nVisible]}, hidden: values[info.nVisible:]}
	t.Init(&s.Object, typ)
	t.Track(&s.Object)
	return &s.Object
}

// StructSeqItem returns field i (counting hidden fields) of struct
// sequence o, borrowed.
func StructSeqItem(o *Object, i int) *Object { return structSeqItem(o, i) }

// SetStructSeqItem replaces field i of struct sequence o with v
// (borrowed). It is for filling an instance just made, before any other
// code sees it: struct sequences are immutable.
func SetStructSeqItem(t *Thread, o *Object, i int, v *Object) {
	s := Cast[structSeq](o)
	slot := &s.hidden
	if i < len(s.Items) {
		slot = &s.Items
	} else {
		i -= len(s.Items)
	}
	old := (*slot)[i]
	(*slot)[i] = t.NewRef(v)
	t.Decref(old)
}

func structSeqItem(o *Object, i int) *Object {
	s := Cast[structSeq](o)
	if i < len(s.Items) {
		return s.Items[i]
	}
	return s.hidden[i-len(s.Items)]
}

// infoOf returns the info of o's struct sequence type, looking through
// subclasses.
func structSeqInfoOf(typ *Type) *structSeqInfo {
	for x := typ; x != nil; x = x.Base {
		if info, ok := structSeqInfos.Load(x); ok {
			return info.(*structSeqInfo)
		}
	}
	return nil
}

func structSeqTraverse(o *Object, visit Visitor) {
	s := Cast[structSeq](o)
	visitAll(s.Items, visit)
	visitAll(s.hidden, visit)
}

func structSeqClear(t *Thread, o *Object) {
	s := Cast[structSeq](o)
	items, hidden := s.Items, s.hidden
	s.Items, s.hidden = nil, nil
	decrefAll(t, items)
	decrefAll(t, hidden)
}

// structSeqNew is type(sequence, dict=None).
func structSeqNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	info := structSeqInfoOf(typ)
	var seq, dict *Object
	if err := ParseArgs(t, typ.Name, args, kwnames, []string{"sequence", "dict"}, 1, &seq, &dict); err != nil {
		return nil, err
	}
	items, err := SequenceItems(t, seq)
	if err != nil {
		if ErrorMatches(err, TypeErrorType) {
			t.DropError(err)
			return nil, t.Errorf(TypeErrorType, "constructor requires a sequence")
		}
		return nil, err
	}
	n := len(items)
	lo, hi := info.nVisible, info.nFields
	if n < lo || n > hi {
		decrefAll(t, items)
		switch {
		case lo == hi:
			return nil, t.Errorf(TypeErrorType, "%s() takes a %d-sequence (%d-sequence given)", info.fullName, lo, n)
		case n < lo:
			return nil, t.Errorf(TypeErrorType, "%s() takes an at least %d-sequence (%d-sequence given)", info.fullName, lo, n)
		default:
			return nil, t.Errorf(TypeErrorType, "%s() takes an at most %d-sequence (%d-sequence given)", info.fullName, hi, n)
		}
	}
	if dict != nil && dict != None && !IsDict(dict) {
		decrefAll(t, items)
		return nil, t.Errorf(TypeErrorType, "%s() takes a dict as second arg, if any", info.fullName)
	}
	values := make([]*Object, hi)
	copy(values, items)
	for i := n; i < hi; i++ {
		values[i] = None
		if dict == nil || dict == None {
			continue
		}
		v, err := AsDict(dict).GetItem(t, Intern(info.names[i-info.nUnnamed]).Obj())
		if err != nil {
			decrefAll(t, values[:i])
			return nil, err
		}
		if v != nil {
			values[i] = t.NewRef(v)
		}
	}
	s := &structSeq{Tuple: Tuple{Items: values[:lo:lo]}, hidden: values[lo:]}
	t.Init(&s.Object, typ)
	t.Track(&s.Object)
	return &s.Object, nil
}

// structSeqRepr shows the visible items as name=value, naming item i by
// the i-th named field, as CPython's repr does.
func structSeqRepr(t *Thread, o *Object) (*Object, error) {
	info := structSeqInfoOf(o.typ)
	s := Cast[structSeq](o)
	var b strings.Builder
	b.WriteString(info.fullName)
	b.WriteByte('(')
	for i, v := range s.Items {
		if i > 0 {
			b.WriteString(", ")
		}
		if i < len(info.names) {
			b.WriteString(info.names[i])
		}
		b.WriteByte('=')
		r, err := ReprString(t, v)
		if err != nil {
			return nil, err
		}
		b.WriteString(r)
	}
	b.WriteByte(')')
	return NewStr(t, b.String()), nil
}

// structSeqReduce is __reduce__: (type, (visible items, {hidden fields})).
func structSeqReduce(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "__reduce__", args, kwnames, 0, 0); err != nil {
		return nil, err
	}
	info := structSeqInfoOf(self.typ)
	s := Cast[structSeq](self)
	d := NewDict(t)
	for i, v := range s.hidden {
		if err := d.SetItem(t, Intern(info.names[info.nVisible+i-info.nUnnamed]).Obj(), v); err != nil {
			t.Decref(d.Obj())
			return nil, err
		}
	}
	visible := NewTupleRefs(t, s.Items...)
	state := NewTuple(t, []*Object{visible.Obj(), d.Obj()})
	return NewTuple(t, []*Object{t.NewRef(&self.typ.Object), state.Obj()}).Obj(), nil
}

// StructSeqFields builds a field list from alternating names and docs:
// StructSeqFields("tm_year", "year, for example, 1993", ...). An empty
// name makes an unnamed field.
func StructSeqFields(nameDoc ...string) []StructSeqField {
	if len(nameDoc)%2 != 0 {
		panic("object: StructSeqFields needs name, doc pairs")
	}
	out := make([]StructSeqField, len(nameDoc)/2)
	for i := range out {
		out[i] = StructSeqField{Name: nameDoc[2*i], Doc: nameDoc[2*i+1]}
	}
	return out
}
