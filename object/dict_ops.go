// This file implements dict's slots and methods (repr, ==, subscripts,
// dict(), update, |), the key/value/item views with their set
// operations, and the dict iterators.

package object

func init() {
	d := DictType
	d.Flags |= FlagBaseType
	d.Doc = "dict() -> new empty dictionary\ndict(mapping) -> new dictionary initialized from a mapping object's\n    (key, value) pairs\ndict(iterable) -> new dictionary initialized as if via:\n    d = {}\n    for k, v in iterable:\n        d[k] = v\ndict(**kwargs) -> new dictionary initialized with the name=value pairs\n    in the keyword argument list.  For example:  dict(one=1, two=2)"
	d.Repr = dictRepr
	d.Compare = dictCompare
	d.Len = func(t *Thread, o *Object) (int, error) { return Cast[Dict](o).Len(), nil }
	d.Bool = func(t *Thread, o *Object) (bool, error) { return Cast[Dict](o).Len() != 0, nil }
	d.GetItem = dictSubscript
	d.SetItem = dictAssSubscript
	d.Contains = func(t *Thread, o, key *Object) (bool, error) {
		v, err := Cast[Dict](o).GetItem(t, key)
		return v != nil, err
	}
	d.Iter = func(t *Thread, o *Object) (*Object, error) {
		return newDictIter(t, Cast[Dict](o), dictKeys, false), nil
	}
	d.New = func(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
		nd := allocDict(typ)
		t.Init(&nd.Object, typ)
		t.Track(&nd.Object)
		return &nd.Object, nil
	}
	d.Init = dictInit
	d.Number = &NumberMethods{Or: dictOr, InplaceOr: dictInplaceOr}
	ReadyType(d, []MethodDef{
		ClassGetItemDef,
		{Name: "keys", Fn: dictViewMethod(dictKeys), Doc: "D.keys() -> a set-like object providing a view on D's keys"},
		{Name: "values", Fn: dictViewMethod(dictValues), Doc: "D.values() -> an object providing a view on D's values"},
		{Name: "items", Fn: dictViewMethod(dictItems), Doc: "D.items() -> a set-like object providing a view on D's items"},
		{Name: "get", Fn: dictGet, Doc: "Return the value for key if key is in the dictionary, else default."},
		{Name: "setdefault", Fn: dictSetdefault, Doc: "Insert key with a value of default if key is not in the dictionary."},
		{Name: "pop", Fn: dictPop, Doc: "D.pop(k[,d]) -> v, remove specified key and return the corresponding value."},
		{Name: "popitem", Fn: dictPopitem, Doc: "Remove and return a (key, value) pair as a 2-tuple."},
		{Name: "update", Fn: dictUpdateMethod, Doc: "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F."},
		{Name: "copy", Fn: dictCopyMethod, Doc: "D.copy() -> a shallow copy of D"},
		{Name: "clear", Fn: dictClearMethod, Doc: "D.clear() -> None.  Remove all items from D."},
		{Name: "fromkeys", Fn: dictFromkeys, Kind: ClassMethod, Doc: "Create a new dictionary with keys from iterable and values set to value."},
		{Name: "__reversed__", Fn: func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
			if err := CheckArgCount(t, "__reversed__", args, kwnames, 0, 0); err != nil {
				return nil, err
			}
			return newDictIter(t, Cast[Dict](self), dictKeys, true), nil
		}, Doc: "Return a reverse iterator over the dict keys."},
	}, nil)
}

// KeyError raises KeyError(key), the exception a missing key produces.
func (t *Thread) KeyError(key *Object) error {
	return t.NewException(KeyErrorType, t.NewRef(key))
}

func dictRepr(t *Thread, o *Object) (*Object, error) {
	d := Cast[Dict](o)
	if d.Len() == 0 {
		return NewStrStatic("{}"), nil
	}
	if !t.ReprEnter(o) {
		return NewStrStatic("{...}"), nil
	}
	defer t.ReprLeave(o)
	buf := []byte{'{'}
	items := d.snapshot(t)
	defer items.release(t)
	for i, k := range items.keys {
		if i > 0 {
			buf = append(buf, ", "...)
		}
		v := items.values[i]
		kr, err := Repr(t, k)
		if err == nil {
			buf = append(buf, StrValue(kr)...)
			t.Decref(kr)
			buf = append(buf, ": "...)
			var vr *Object
			if vr, err = Repr(t, v); err == nil {
				buf = append(buf, StrValue(vr)...)
				t.Decref(vr)
			}
		}
		if err != nil {
			return nil, err
		}
	}
	buf = append(buf, '}')
	return NewStr(t, string(buf)), nil
}

func dictCompare(t *Thread, a, b *Object, op CompareOp) (*Object, error) {
	if !IsDict(a) || !IsDict(b) || (op != EQ && op != NE) {
		return t.NewRef(NotImplemented), nil
	}
	eq, err := dictEqual(t, Cast[Dict](a), Cast[Dict](b))
	if err != nil {
		return nil, err
	}
	return NewBool(eq == (op == EQ)), nil
}

func dictEqual(t *Thread, a, b *Dict) (bool, error) {
	if a == b {
		return true, nil
	}
	if a.Len() != b.Len() {
		return false, nil
	}
	items := a.snapshot(t)
	defer items.release(t)
	for i, k := range items.keys {
		bv, err := b.getRefWithHash(t, k, items.hashes[i])
		if err != nil || bv == nil {
			return false, err
		}
		eq, err := RichCompareBool(t, items.values[i], bv, EQ)
		t.Decref(bv)
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

func dictSubscript(t *Thread, o, key *Object) (*Object, error) {
	v, err := Cast[Dict](o).GetItemRef(t, key)
	if err != nil {
		return nil, err
	}
	if v == nil {
		if o.typ != DictType {
			// A subclass may define __missing__ (dict_subscript).
			if r, found, err := t.CallTypeAttr(o.typ, Intern("__missing__"), []*Object{o, key}); found {
				return r, err
			}
		}
		return nil, t.KeyError(key)
	}
	return v, nil
}

func dictAssSubscript(t *Thread, o, key, v *Object) error {
	d := Cast[Dict](o)
	if v != nil {
		return d.SetItem(t, key, v)
	}
	found, err := d.DelItem(t, key)
	if err == nil && !found {
		err = t.KeyError(key)
	}
	return err
}

func dictInit(t *Thread, self *Object, args []*Object, kwnames *Tuple) error {
	npos := len(args)
	if kwnames != nil {
		npos -= len(kwnames.Items)
	}
	if npos > 1 {
		return t.Errorf(TypeErrorType, "dict expected at most 1 argument, got %d", npos)
	}
	return dictUpdateCommon(t, Cast[Dict](self), args, kwnames, npos)
}

// dictUpdateCommon is update(*args, **kw) after the argument count check.
func dictUpdateCommon(t *Thread, d *Dict, args []*Object, kwnames *Tuple, npos int) error {
	if npos == 1 {
		if err := d.Update(t, args[0]); err != nil {
			return err
		}
	}
	if kwnames != nil {
		for i, k := range kwnames.Items {
			if err := d.SetItem(t, k, args[npos+i]); err != nil {
				return err
			}
		}
	}
	return nil
}

// Update merges other into d: a dict, a mapping with keys(), or an
// iterable of key/value pairs (dict.update's positional argument).
func (d *Dict) Update(t *Thread, other *Object) error {
	if IsDict(other) {
		return d.Merge(t, Cast[Dict](other))
	}
	keys, err := GetAttrString(t, other, "keys")
	if err != nil {
		if !ErrorMatches(err, AttributeErrorType) {
			return err
		}
		t.DropError(err)
		return d.mergeFromSeq2(t, other)
	}
	ks, err := Call(t, keys, nil, nil)
	t.Decref(keys)
	if err != nil {
		return err
	}
	defer t.Decref(ks)
	if ks.typ.Iter == nil && ks.typ.GetItem == nil {
		return t.Errorf(TypeErrorType, "%s.keys() returned a non-iterable (type %s)", other.typ.Name, ks.typ.Name)
	}
	return Iterate(t, ks, func(k *Object) error {
		v, err := GetItem(t, other, k)
		if err != nil {
			return err
		}
		err = d.SetItem(t, k, v)
		t.Decref(v)
		return err
	})
}

// Merge stores other's items into d, overwriting existing keys.
func (d *Dict) Merge(t *Thread, other *Dict) error {
	if other == d || other.Len() == 0 {
		return nil
	}
	items := other.snapshot(t)
	defer items.release(t)
	for i, k := range items.keys {
		if err := d.setWithHash(t, k, items.hashes[i], items.values[i]); err != nil {
			return err
		}
	}
	return nil
}

func (d *Dict) mergeFromSeq2(t *Thread, seq *Object) error {
	i := 0
	each := func(item *Object) error {
		if item.typ.Iter == nil && item.typ.GetItem == nil {
			return t.Errorf(TypeErrorType, "cannot convert dictionary update sequence element #%d to a sequence", i)
		}
		pair, err := SequenceItems(t, item)
		if err != nil {
			return err
		}
		defer decrefAll(t, pair)
		if len(pair) != 2 {
			return t.Errorf(ValueErrorType, "dictionary update sequence element #%d has length %d; 2 is required", i, len(pair))
		}
		i++
		return d.SetItem(t, pair[0], pair[1])
	}
	if items, ok := containerItems(t, seq); ok {
		// dict(d.items()) and the like: copied whole under d's lock.
		defer decrefAll(t, items)
		for _, x := range items {
			if err := each(x); err != nil {
				return err
			}
		}
		return nil
	}
	return Iterate(t, seq, each)
}

// Copy returns a shallow copy of d.
func (d *Dict) Copy(t *Thread) *Dict {
	nd := NewDict(t)
	d.mu.Lock()
	if tab := d.tab; tab != nil && d.used > 0 {
		// nd is private to this thread until returned: it takes the
		// references while d is locked, so no value dies under it.
		ntab := nd.grow(int(d.used))
		for i := range tab.entries[:tab.n] {
			if e := &tab.entries[i]; e.key != nil {
				t.Incref(e.key)
				t.Incref(e.value)
				ntab.entries[ntab.n] = *e
				ntab.index[ntab.freeSlot(e.hash)] = int32(ntab.n)
				ntab.n++
			}
		}
		ntab.tail = ntab.n // popitem starts its search here
		nd.used = d.used
		nd.bloom = d.bloom
	}
	d.mu.Unlock()
	return nd
}

func dictOr(t *Thread, a, b *Object) (*Object, error) {
	if !IsDict(a) || !IsDict(b) {
		return t.NewRef(NotImplemented), nil
	}
	nd := Cast[Dict](a).Copy(t)
	if err := nd.Merge(t, Cast[Dict](b)); err != nil {
		t.Decref(&nd.Object)
		return nil, err
	}
	return &nd.Object, nil
}

func dictInplaceOr(t *Thread, a, b *Object) (*Object, error) {
	if err := Cast[Dict](a).Update(t, b); err != nil {
		return nil, err
	}
	return t.NewRef(a), nil
}

func dictGet(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "get", args, kwnames, 1, 2); err != nil {
		return nil, err
	}
	v, err := Cast[Dict](self).GetItemRef(t, args[0])
	if err != nil {
		return nil, err
	}
	if v == nil {
		if len(args) == 2 {
			return t.NewRef(args[1]), nil
		}
		return None, nil
	}
	return v, nil
}

func dictSetdefault(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "setdefault", args, kwnames, 1, 2); err != nil {
		return nil, err
	}
	def := None
	if len(args) == 2 {
		def = args[1]
	}
	return Cast[Dict](self).SetDefault(t, args[0], def)
}

func dictPop(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "pop", args, kwnames, 1, 2); err != nil {
		return nil, err
	}
	d := Cast[Dict](self)
	if d.Len() == 0 {
		// An empty dict answers without hashing the key, as CPython.
		if len(args) == 2 {
			return t.NewRef(args[1]), nil
		}
		return nil, t.KeyError(args[0])
	}
	v, err := d.Pop(t, args[0])
	if err != nil || v != nil {
		return v, err
	}
	if len(args) == 2 {
		return t.NewRef(args[1]), nil
	}
	return nil, t.KeyError(args[0])
}

// Pop removes key and returns its value (a new reference), or nil if
// it is absent.
func (d *Dict) Pop(t *Thread, key *Object) (*Object, error) {
	h, err := Hash(t, key)
	if err != nil {
		return nil, err
	}
	k, v, err := d.popWithHash(t, key, h)
	if k != nil {
		t.Decref(k)
	}
	return v, err
}

func dictPopitem(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "dict.popitem", args, kwnames, 0, 0); err != nil {
		return nil, err
	}
	d := Cast[Dict](self)
	k, v := d.popLast()
	if k == nil {
		return nil, t.Errorf(KeyErrorType, "popitem(): dictionary is empty")
	}
	return &NewTuple(t, []*Object{k, v}).Object, nil
}

func dictUpdateMethod(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	npos := len(args)
	if kwnames != nil {
		npos -= len(kwnames.Items)
	}
	if npos > 1 {
		return nil, t.Errorf(TypeErrorType, "update expected at most 1 argument, got %d", npos)
	}
	if err := dictUpdateCommon(t, Cast[Dict](self), args, kwnames, npos); err != nil {
		return nil, err
	}
	return None, nil
}

func dictCopyMethod(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "dict.copy", args, kwnames, 0, 0); err != nil {
		return nil, err
	}
	return &Cast[Dict](self).Copy(t).Object, nil
}

func dictClearMethod(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "dict.clear", args, kwnames, 0, 0); err != nil {
		return nil, err
	}
	Cast[Dict](self).clearEntries(t)
	return None, nil
}

func dictFromkeys(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "fromkeys", args, kwnames, 1, 2); err != nil {
		return nil, err
	}
	value := None
	if len(args) == 2 {
		value = args[1]
	}
	if err := checkHintAlloc(t, args[0], 24); err != nil {
		return nil, err
	}
	typ := AsType(self)
	d, err := typ.New(t, typ, nil, nil)
	if err != nil {
		return nil, err
	}
	if typ.Init != nil && IsInstance(d, typ) {
		if err := typ.Init(t, d, nil, nil); err != nil {
			t.Decref(d)
			return nil, err
		}
	}
	if d.typ == DictType {
		nd := Cast[Dict](d)
		if keys, ok := containerItems(t, args[0]); ok {
			// From a set or dict: copied under its lock, as CPython's
			// fromkeys does in the source's critical section.
			for _, k := range keys {
				if err == nil {
					err = nd.SetItem(t, k, value)
				}
				t.Decref(k)
			}
		} else {
			err = Iterate(t, args[0], func(k *Object) error { return nd.SetItem(t, k, value) })
		}
	} else {
		err = Iterate(t, args[0], func(k *Object) error { return SetItem(t, d, k, value) })
	}
	if err != nil {
		t.Decref(d)
		return nil, err
	}
	return d, nil
}

// Kinds of dict views and iterators.
const (
	dictKeys = iota
	dictValues
	dictItems
)

// dictIter iterates over a dict's keys, values or items, forwards or
// backwards, detecting changes of size as CPython does.
type dictIter struct {
	Object
	d *Dict // owned until the iterator is freed (nil once cleared)
	// The rest is guarded by d.mu: threads may share an iterator, as
	// for listIter.
	used      int // d.used when created; -1 after a size change
	pos       int
	remaining int
	done      bool
	kind      int
	reverse   bool
}

var dictIterTypes = [6]*Type{}

func init() {
	names := [6]string{"dict_keyiterator", "dict_valueiterator", "dict_itemiterator",
		"dict_reversekeyiterator", "dict_reversevalueiterator", "dict_reverseitemiterator"}
	for i, name := range names {
		dictIterTypes[i] = NewStaticType(&Type{
			Name: name, Flags: FlagGC,
			Iter: selfIter, Next: dictIterNext,
			Traverse: func(o *Object, visit Visitor) {
				if d := Cast[dictIter](o).d; d != nil {
					visit(&d.Object)
				}
			},
			Clear: dictIterClear, Dealloc: dictIterClear,
		})
		ReadyType(dictIterTypes[i], append([]MethodDef{lengthHintDef(dictIterLen)}, dictIterPickling...), nil)
	}
}

func dictIterClear(t *Thread, o *Object) {
	it := Cast[dictIter](o)
	if d := it.d; d != nil {
		it.d = nil
		t.Decref(&d.Object)
	}
}

func dictIterLen(t *Thread, o *Object) (int, error) {
	it := Cast[dictIter](o)
	d := it.d
	if d == nil {
		return 0, nil
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if it.done || it.used != d.used {
		return 0, nil
	}
	return it.remaining, nil
}

func newDictIter(t *Thread, d *Dict, kind int, reverse bool) *Object {
	n := d.Len()
	it := &dictIter{d: d, used: n, remaining: n, kind: kind, reverse: reverse}
	t.Incref(&d.Object)
	typ := dictIterTypes[kind]
	if reverse {
		typ = dictIterTypes[kind+3]
		it.pos = -1
		d.mu.Lock()
		if d.tab != nil {
			it.pos = d.tab.n - 1
		}
		d.mu.Unlock()
	}
	t.Init(&it.Object, typ)
	t.Track(&it.Object)
	return &it.Object
}

// What dictIter.step found.
const (
	dictStepItem        = iota // an entry: new references to its key and value
	dictStepEnd                // the end
	dictStepResized            // d's size changed since the iterator started
	dictStepKeysChanged        // more entries than d had: keys were replaced
)

// step advances the iterator under d's lock.
func (it *dictIter) step(t *Thread, d *Dict) (k, v *Object, status int) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if it.done {
		return nil, nil, dictStepEnd
	}
	if it.used != d.used {
		it.used = -1 // sticky: every later call raises too, as CPython's
		return nil, nil, dictStepResized
	}
	tab := d.tab
	if tab == nil {
		it.done = true
		return nil, nil, dictStepEnd
	}
	n := tab.n
	if it.reverse {
		for it.pos >= 0 && it.pos < n && tab.entries[it.pos].key == nil {
			it.pos--
		}
	} else {
		for it.pos < n && tab.entries[it.pos].key == nil {
			it.pos++
		}
	}
	if it.pos < 0 || it.pos >= n {
		it.done = true
		return nil, nil, dictStepEnd
	}
	if it.remaining == 0 {
		it.done = true
		return nil, nil, dictStepKeysChanged
	}
	e := &tab.entries[it.pos]
	if it.reverse {
		it.pos--
	} else {
		it.pos++
	}
	it.remaining--
	return t.NewRef(e.key), t.NewRef(e.value), dictStepItem
}

func dictIterNext(t *Thread, o *Object) (*Object, error) {
	it := Cast[dictIter](o)
	d := it.d
	if d == nil {
		return nil, nil
	}
	k, v, status := it.step(t, d)
	switch status {
	case dictStepEnd:
		return nil, nil
	case dictStepResized:
		return nil, t.Errorf(RuntimeErrorType, "dictionary changed size during iteration")
	case dictStepKeysChanged:
		return nil, t.Errorf(RuntimeErrorType, "dictionary keys changed during iteration")
	}
	switch it.kind {
	case dictKeys:
		t.Decref(v)
		return k, nil
	case dictValues:
		t.Decref(k)
		return v, nil
	}
	return &NewTuple(t, []*Object{k, v}).Object, nil
}

// dictView is dict_keys, dict_values or dict_items.
type dictView struct {
	Object
	d    *Dict // owned
	kind int
}

var dictViewTypes = [3]*Type{}

// DictKeysType, DictValuesType and DictItemsType are the view types.
var (
	DictKeysType   = NewStaticType(&Type{Name: "dict_keys", Flags: FlagGC})
	DictValuesType = NewStaticType(&Type{Name: "dict_values", Flags: FlagGC})
	DictItemsType  = NewStaticType(&Type{Name: "dict_items", Flags: FlagGC})
)

func init() {
	setupDictViewType(DictKeysType, dictKeys)
	setupDictViewType(DictValuesType, dictValues)
	setupDictViewType(DictItemsType, dictItems)
}

func setupDictViewType(typ *Type, kind int) {
	*typ = Type{
		Object: typ.Object,
		Name:   typ.Name, Flags: FlagGC,
		Traverse: func(o *Object, visit Visitor) {
			if d := Cast[dictView](o).d; d != nil {
				visit(&d.Object)
			}
		},
		Clear: dictViewClear, Dealloc: dictViewClear,
		Len: func(t *Thread, o *Object) (int, error) {
			if d := Cast[dictView](o).d; d != nil {
				return d.Len(), nil
			}
			return 0, nil
		},
		Iter: func(t *Thread, o *Object) (*Object, error) {
			v := Cast[dictView](o)
			return newDictIter(t, v.d, v.kind, false), nil
		},
		Repr:     dictViewRepr,
		Contains: dictViewContains,
	}
	if kind == dictValues {
		typ.Contains = nil // membership in values iterates
	}
	if kind != dictValues {
		typ.Compare = dictViewCompare
		typ.Number = &NumberMethods{
			And: dictViewAnd,
			Or:  dictViewSetOp(func(t *Thread, s *Set, o *Object) error { return s.Update(t, o) }),
			Sub: dictViewSetOp(func(t *Thread, s *Set, o *Object) error { return s.differenceUpdate(t, o) }),
			Xor: dictViewSetOp(func(t *Thread, s *Set, o *Object) error { return s.symmetricDifferenceUpdate(t, o) }),
		}
	}
	dictViewTypes[kind] = typ
	methods := []MethodDef{{Name: "__reversed__", Fn: func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
		if err := CheckArgCount(t, "__reversed__", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		return newDictIter(t, Cast[dictView](self).d, kind, true), nil
	}}}
	if kind != dictValues {
		methods = append(methods, MethodDef{Name: "isdisjoint", Fn: dictViewIsdisjoint})
	}
	ReadyType(typ, methods, dictViewGetSets)
}

// dictViewGetSets gives views their .mapping: a read-only proxy of the
// dict they look at.
var dictViewGetSets = []GetSetDef{{Name: "mapping", Get: func(t *Thread, o *Object) (*Object, error) {
	return NewMappingProxy(t, &Cast[dictView](o).d.Object), nil
}}}

func dictViewClear(t *Thread, o *Object) {
	v := Cast[dictView](o)
	if d := v.d; d != nil {
		v.d = nil
		t.Decref(&d.Object)
	}
}

func dictViewMethod(kind int) CFunc {
	return func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
		if err := CheckArgCount(t, [...]string{"keys", "values", "items"}[kind], args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		return NewDictView(t, Cast[Dict](self), kind), nil
	}
}

// NewDictView returns d.keys() (kind 0), d.values() (1) or d.items() (2).
func NewDictView(t *Thread, d *Dict, kind int) *Object {
	v := &dictView{d: d, kind: kind}
	t.Incref(&d.Object)
	t.Init(&v.Object, dictViewTypes[kind])
	t.Track(&v.Object)
	return &v.Object
}

func dictViewRepr(t *Thread, o *Object) (*Object, error) {
	if !t.ReprEnter(o) {
		return NewStrStatic("..."), nil
	}
	defer t.ReprLeave(o)
	l, err := NewListFrom(t, o)
	if err != nil {
		return nil, err
	}
	defer t.Decref(&l.Object)
	r, err := listRepr(t, &l.Object)
	if err != nil {
		return nil, err
	}
	s := o.typ.Name + "(" + StrValue(r) + ")"
	t.Decref(r)
	return NewStr(t, s), nil
}

func dictViewContains(t *Thread, o, x *Object) (bool, error) {
	v := Cast[dictView](o)
	d := v.d
	switch v.kind {
	case dictKeys:
		val, err := d.GetItem(t, x)
		return val != nil, err
	case dictValues:
		return Contains(t, o, x) // not reached: values views use iteration
	}
	if !IsTuple(x) || len(AsTuple(x).Items) != 2 {
		return false, nil
	}
	kv := AsTuple(x).Items
	val, err := d.GetItemRef(t, kv[0])
	if err != nil || val == nil {
		return false, err
	}
	defer t.Decref(val)
	return RichCompareBool(t, val, kv[1], EQ)
}

// isSetLike reports whether o takes part in the view set operations as a
// set: a set, a frozenset, or a keys or items view.
func isSetLike(o *Object) bool {
	return IsAnySet(o) || o.typ == DictKeysType || o.typ == DictItemsType
}

func dictViewCompare(t *Thread, a, b *Object, op CompareOp) (*Object, error) {
	if !isSetLike(b) {
		return t.NewRef(NotImplemented), nil
	}
	la, err := Len(t, a)
	if err != nil {
		return nil, err
	}
	lb, err := Len(t, b)
	if err != nil {
		return nil, err
	}
	contained := func(x, y *Object) (bool, error) { // every item of x in y
		ok := true
		err := Iterate(t, x, func(item *Object) error {
			in, err := Contains(t, y, item)
			if err == nil && !in {
				ok = false
				return errStopIterate
			}
			return err
		})
		if err == errStopIterate {
			err = nil
		}
		return ok, err
	}
	var r bool
	switch op {
	case EQ, NE:
		r = la == lb
		if r {
			r, err = contained(a, b)
		}
		if op == NE {
			r = !r
		}
	case LT:
		r = la < lb
		if r {
			r, err = contained(a, b)
		}
	case LE:
		r = la <= lb
		if r {
			r, err = contained(a, b)
		}
	case GT:
		r = la > lb
		if r {
			r, err = contained(b, a)
		}
	case GE:
		r = la >= lb
		if r {
			r, err = contained(b, a)
		}
	}
	if err != nil {
		return nil, err
	}
	return NewBool(r), nil
}

// errStopIterate stops Iterate early; it is not a Python exception.
var errStopIterate = &stopIterate{}

type stopIterate struct{}

func (*stopIterate) Error() string { return "stop" }

// dictViewSetOp returns a binary slot computing set(a) op= b, with the
// view on either side.
func dictViewSetOp(update func(t *Thread, s *Set, o *Object) error) func(t *Thread, a, b *Object) (*Object, error) {
	return func(t *Thread, a, b *Object) (*Object, error) {
		s, err := NewSetFrom(t, a)
		if err != nil {
			return nil, err
		}
		if err := update(t, s, b); err != nil {
			t.Decref(&s.Object)
			return nil, err
		}
		return &s.Object, nil
	}
}

func dictViewAnd(t *Thread, a, b *Object) (*Object, error) {
	self, other := a, b
	if self.typ != DictKeysType && self.typ != DictItemsType {
		self, other = b, a
	}
	result := NewSet(t)
	err := Iterate(t, other, func(x *Object) error {
		in, err := dictViewContains(t, self, x)
		if err != nil || !in {
			return err
		}
		return result.InitAdd(t, x) // result is private until returned
	})
	if err != nil {
		t.Decref(&result.Object)
		return nil, err
	}
	return &result.Object, nil
}

func dictViewIsdisjoint(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "isdisjoint", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	disjoint := true
	err := Iterate(t, args[0], func(x *Object) error {
		in, err := dictViewContains(t, self, x)
		if err == nil && in {
			disjoint = false
			return errStopIterate
		}
		return err
	})
	if err == errStopIterate {
		err = nil
	}
	if err != nil {
		return nil, err
	}
	return NewBool(disjoint), nil
}
