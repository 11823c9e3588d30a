// This file holds the eval loop's slow paths: name lookups with their
// errors, building containers, unpacking, raising and matching
// exceptions, and the with statement.

package vm

import (
	"strings"

	"github.com/ftpy/ftpy/compile"
	"github.com/ftpy/ftpy/object"
)

func (st *State) unboundLocal(code *compile.Code, i int) error {
	return st.t.Errorf(object.UnboundLocalErrorType,
		"cannot access local variable '%s' where it is not associated with a value", code.LocalNames[i])
}

func slotName(code *compile.Code, i int) string {
	n := len(code.LocalNames)
	if i < n {
		return code.LocalNames[i]
	}
	i -= n
	if i < len(code.CellNames) {
		return code.CellNames[i]
	}
	return code.FreeNames[i-len(code.CellNames)]
}

func (st *State) unboundFree(code *compile.Code, i int) error {
	name := slotName(code, i)
	if i-len(code.LocalNames) < len(code.CellNames) {
		return st.t.Errorf(object.UnboundLocalErrorType,
			"cannot access local variable '%s' where it is not associated with a value", name)
	}
	return st.t.NameErrorf(object.Intern(name),
		"cannot access free variable '%s' where it is not associated with a value in enclosing scope", name)
}

// loadGlobal finds a global or builtin as a stack ref.
func (st *State) loadGlobal(f *Frame, name *object.Str) (object.StackRef, error) {
	if r := f.globals.LoadStr(st.t, name); !r.IsNull() {
		return r, nil
	}
	return st.loadBuiltin(f, name)
}

// loadBuiltin finds name in f's builtins: a dict's entry, or any other
// mapping's item (CPython's PyObject_GetItem, a KeyError meaning absent).
func (st *State) loadBuiltin(f *Frame, name *object.Str) (object.StackRef, error) {
	t := st.t
	b := f.builtins
	if b.Type() == object.DictType {
		if r := object.AsDict(b).LoadStr(t, name); !r.IsNull() {
			return r, nil
		}
	} else {
		v, err := object.GetItem(t, b, name.Obj())
		if err == nil {
			return object.RefSteal(v), nil
		}
		if !object.ErrorMatches(err, object.KeyErrorType) {
			return object.Null, err
		}
	}
	return object.Null, t.NameErrorf(name, "name '%s' is not defined", name)
}

// loadBuildClass finds __build_class__ in builtins other than the
// interpreter's (code exec'd with its own __builtins__).
func (st *State) loadBuildClass(f *Frame) (object.StackRef, error) {
	r, err := st.loadBuiltin(f, strBuildClass)
	if err != nil && object.ErrorMatches(err, object.NameErrorType) {
		return r, st.t.Errorf(object.NameErrorType, "__build_class__ not found")
	}
	return r, err
}

// builtinsCached is builtinsFor(f.globals) for instruction i
// (MAKE_FUNCTION), through its inline cache: where __builtins__ sat in the
// globals' entries, which LoadAt reads without hashing while it is still
// there. The ref is borrowed for the usual builtins (immortal, or a
// deferred module); the caller closes it.
func (st *State) builtinsCached(f *Frame, i int) object.StackRef {
	t, g := st.t, f.globals
	var r object.StackRef
	if c := f.code.Caches[i].Load(); c != nil && c.Dict == g {
		r = g.LoadAt(t, c.Index, strBuiltins)
	}
	if r.IsNull() {
		if ix := g.IndexOfStr(strBuiltins); ix >= 0 {
			f.code.Caches[i].Store(&compile.InlineCache{Dict: g, Index: ix})
			r = g.LoadAt(t, ix, strBuiltins)
		}
	}
	if r.IsNull() {
		return object.RefBorrow(st.builtinsFor(g))
	}
	if b := r.Obj(); IsModule(b) {
		d := t.RefFromNew(object.Cast[Module](b).Dict.Obj())
		t.Close(r)
		return d
	}
	return r
}

// globalsHoldBuiltins is MAKE_FUNCTION's fast path: whether the entry
// that instruction i's cache points at in the frame's globals still maps
// __builtins__ to b, the interpreter's builtins dict (immortal, so
// comparing pointers needs no reference). That is where a module's
// globals usually send their functions; anything else takes
// builtinsCached.
func (st *State) globalsHoldBuiltins(f *Frame, i int, b *object.Object) bool {
	c := f.code.Caches[i].Load()
	return c != nil && c.Dict == f.globals && f.globals.HoldsAt(c.Index, strBuiltins, b)
}

// builtinsFor returns (borrowed) the builtins that code run with globals
// falls back to: globals' __builtins__, a module standing for its dict;
// without one (or without globals), the running frame's builtins, or the
// interpreter's outside any frame.
func (st *State) builtinsFor(globals *object.Dict) *object.Object {
	if globals != nil {
		if b := globals.GetStr(strBuiltins); b != nil {
			if IsModule(b) {
				return object.Cast[Module](b).Dict.Obj()
			}
			return b
		}
	}
	if st.frame != nil && st.frame.builtins != nil {
		return st.frame.builtins
	}
	return st.interp.Builtins.Obj()
}

// loadGlobalCached is loadGlobal that also records where a name found in
// the globals dict sits, for the next run of instruction i.
func (st *State) loadGlobalCached(f *Frame, name *object.Str, i int) (object.StackRef, error) {
	if f.globals.Type() != object.DictType {
		// A dict subclass: CPython 3.11's LOAD_GLOBAL goes through its
		// __getitem__, so no cache.
		r, err := st.lookupLocal(f.globals.Obj(), name)
		if err != nil || !r.IsNull() {
			return r, err
		}
		return st.loadBuiltin(f, name)
	}
	added := f.globals.KeysAdded() // before the lookup that finds name absent
	if ix := f.globals.IndexOfStr(name); ix >= 0 {
		if c := f.code.Caches[i].Load(); c == nil || c.Dict != f.globals || c.Builtin || c.Index != ix {
			f.code.Caches[i].Store(&compile.InlineCache{Dict: f.globals, Index: ix})
		}
		// The eval loop's read, with its policy for values other
		// threads own (object/dict_globals.go).
		if r := f.globals.LoadGlobalAt(st.t, ix, name); !r.IsNull() {
			return r, nil
		}
	}
	if r := f.globals.LoadStr(st.t, name); !r.IsNull() {
		return r, nil
	}
	if f.builtins.Type() != object.DictType {
		return st.loadBuiltin(f, name) // a mapping: no cache
	}
	builtins := object.AsDict(f.builtins)
	if r := builtins.LoadStr(st.t, name); !r.IsNull() {
		if ix := builtins.IndexOfStr(name); ix >= 0 {
			f.code.Caches[i].Store(&compile.InlineCache{Dict: f.globals, Builtins: builtins, Epoch: added, Builtin: true, Index: ix})
		}
		return r, nil
	}
	return object.Null, st.t.NameErrorf(name, "name '%s' is not defined", name)
}

// loadName finds a name in the frame's locals, then globals, then
// builtins, as a stack ref.
func (st *State) loadName(f *Frame, name *object.Str) (object.StackRef, error) {
	// Locals that are the globals need no second look, unless a dict
	// subclass's __getitem__ answers for them.
	if l := f.locals; l != nil && (l != f.globals.Obj() || l.Type() != object.DictType) {
		r, err := st.lookupLocal(l, name)
		if err != nil || !r.IsNull() {
			return r, err
		}
	}
	return st.loadGlobal(f, name)
}

// lookupLocal finds name in a namespace, a dict or any mapping, as
// CPython's LOAD_NAME does: an exact dict's entry, else the mapping's
// __getitem__, a KeyError meaning absent (Null and no error).
func (st *State) lookupLocal(ns *object.Object, name *object.Str) (object.StackRef, error) {
	t := st.t
	if ns.Type() == object.DictType {
		return object.AsDict(ns).LoadStr(t, name), nil
	}
	v, err := object.GetItem(t, ns, name.Obj())
	if err != nil {
		if object.ErrorMatches(err, object.KeyErrorType) {
			return object.Null, nil
		}
		return object.Null, err
	}
	return object.RefSteal(v), nil
}

// storeName stores into the frame's namespace: through a mapping's
// __setitem__ (a dict subclass's too: enum's class bodies rely on it).
func (st *State) storeName(f *Frame, name *object.Str, v *object.Object) error {
	l := f.locals
	if l == nil {
		f.globals.SetStr(st.t, name, v)
		return nil
	}
	if l.Type() == object.DictType {
		object.AsDict(l).SetStr(st.t, name, v)
		return nil
	}
	return object.SetItem(st.t, l, name.Obj(), v)
}

// deleteName deletes from the frame's namespace; as in CPython, any
// failure of a mapping's __delitem__ becomes the NameError.
func (st *State) deleteName(f *Frame, name *object.Str) error {
	l := f.locals
	if l == nil {
		l = f.globals.Obj()
	}
	found := true
	if l.Type() == object.DictType {
		found, _ = object.AsDict(l).DelItem(st.t, name.Obj())
	} else if err := object.DelItem(st.t, l, name.Obj()); err != nil {
		found = false
	}
	if !found {
		return st.t.NameErrorf(name, "name '%s' is not defined", name)
	}
	return nil
}

// loadClassDeref looks a free variable up in a class body's namespace
// first, then in its cell. It returns a new reference.
func (st *State) loadClassDeref(f *Frame, i int) (*object.Object, error) {
	name := slotName(f.code, i)
	r, err := st.lookupLocal(f.locals, object.Intern(name))
	if err != nil {
		return nil, err
	}
	if !r.IsNull() {
		return st.t.AsSteal(r), nil
	}
	r = object.Cast[Cell](f.slots[i].Obj()).load(st.t)
	if r.IsNull() {
		return nil, st.unboundFree(f.code, i)
	}
	return st.t.AsSteal(r), nil
}

// lookupMethod returns a ref to the function or method descriptor
// obj.name would bind, when it can be called with obj as its first
// argument directly (LOAD_ATTR's method form); else Null.
func lookupMethod(t *object.Thread, obj *object.Object, name *object.Str) object.StackRef {
	typ := obj.Type()
	if typ.Flags&object.FlagCustomGetAttr != 0 {
		return object.Null
	}
	m := t.LookupTypeRef(typ, name)
	if m.IsNull() {
		return m
	}
	mt := m.Obj().Type()
	if mt != FunctionType && (mt != object.MethodDescrType || object.Cast[object.MethodDescr](m.Obj()).Def.Kind != object.InstanceMethod) {
		t.Close(m)
		return object.Null
	}
	if shadowed(obj, name) {
		t.Close(m)
		return object.Null
	}
	return m
}

// shadowed reports whether obj's own dict has name, hiding its class's.
func shadowed(obj *object.Object, name *object.Str) bool {
	typ := obj.Type()
	if typ.DictPtr == nil {
		return false
	}
	d := object.LoadDict(typ.DictPtr(obj))
	return d != nil && d.MayHaveStr(name) && d.GetStr(name) != nil
}

// loadMethod is lookupMethod through instruction i's inline cache, which
// holds the method last found if its ref was uncounted (a deferred or
// immortal method): a deferred object dies only while the world is
// stopped, so while the type epoch has not moved it is still the class's
// attribute and alive, and its ref needs no count. The first type an
// instruction sees keeps the cache until the epoch moves, so that a call
// site seeing several types does not allocate a new cache at each call.
func loadMethod(t *object.Thread, code *compile.Code, i int, obj *object.Object, name *object.Str) object.StackRef {
	typ := obj.Type()
	epoch := object.TypeEpoch()
	c := code.Caches[i].Load()
	if c != nil && c.Type == typ && c.Epoch == epoch {
		if c.Method == nil || shadowed(obj, name) {
			// An instance-attribute entry: the class has no attribute of
			// that name, so no method either (loadInstanceAttr's case).
			return object.Null
		}
		return object.RefBorrow(c.Method)
	}
	m := lookupMethod(t, obj, name)
	if !m.IsNull() && !m.IsCounted() && (c == nil || c.Epoch != epoch) {
		code.Caches[i].Store(&compile.InlineCache{Type: typ, Epoch: epoch, Method: m.Obj()})
	}
	return m
}

// reusableLocal reports whether the value of fast local k may be changed
// in place by an instruction about to replace it (FOR_ITER over a range,
// BINARY_OP on numbers, each followed by STORE_FAST k): the local must
// hold the only reference (Thread.IsUniqueLocal), and no borrowed ref to
// the value may sit on the value stack below, in live.
func reusableLocal(t *object.Thread, s []object.StackRef, k int, live []object.StackRef) bool {
	r := s[k]
	if !t.IsUniqueLocal(r) {
		return false
	}
	for _, x := range live {
		if x.Obj() == r.Obj() {
			return false
		}
	}
	return true
}

// instanceAttr finds where name sits in obj's own dict through
// instruction i's inline cache (CPython's LOAD_ATTR_INSTANCE_VALUE and
// STORE_ATTR_INSTANCE_VALUE): when obj's class lets the instance dict
// alone decide (dictOnly, checked when the cache is filled, and valid
// while the type epoch stands), and instances of one class usually keep
// an attribute at the same index of their dicts, the cache records the
// class and that index. ok is false when the cache cannot answer; the
// generic path then does. A cache hit still leaves LoadAt or StoreAt to
// check that the entry at ix holds name.
func instanceAttr(t *object.Thread, code *compile.Code, i int, obj *object.Object, name *object.Str,
	dictOnly func(*object.Type) bool) (d *object.Dict, ix int, ok bool) {
	typ := obj.Type()
	if typ.DictPtr == nil {
		return nil, 0, false
	}
	epoch := object.TypeEpoch()
	c := code.Caches[i].Load()
	hit := c != nil && c.Type == typ && c.Epoch == epoch && c.Method == nil
	if d = object.LoadDict(typ.DictPtr(obj)); d == nil {
		return nil, 0, false // no attribute yet: the generic path makes the dict
	}
	if hit {
		return d, c.Index, true
	}
	if ix = d.IndexOfStr(name); ix < 0 || !dictOnly(typ) {
		return nil, 0, false
	}
	if c == nil || c.Epoch != epoch {
		code.Caches[i].Store(&compile.InlineCache{Type: typ, Epoch: epoch, Index: ix})
	}
	return d, ix, true
}

// loadInstanceAttr is LOAD_ATTR for an attribute in obj's own dict
// (instanceAttr), or Null.
func loadInstanceAttr(t *object.Thread, code *compile.Code, i int, obj *object.Object, name *object.Str) object.StackRef {
	d, ix, ok := instanceAttr(t, code, i, obj, name, func(typ *object.Type) bool {
		// No custom __getattribute__, and no class attribute to find.
		return typ.Flags&object.FlagCustomGetAttr == 0 && t.LookupType(typ, name) == nil
	})
	if !ok {
		return object.Null
	}
	if obj.Type() == ModuleType {
		// A module's attribute is one of its globals: the same policy
		// for values other threads own as LOAD_GLOBAL's.
		return d.LoadGlobalAt(t, ix, name)
	}
	return d.LoadAt(t, ix, name)
}

// storeInstanceAttr is STORE_ATTR into an attribute already in obj's own
// dict (instanceAttr), for an instance of a Python class based on object
// that overrides neither __setattr__ nor has a class attribute of that
// name (no descriptor to call). It reports whether it stored v.
func storeInstanceAttr(t *object.Thread, code *compile.Code, i int, obj *object.Object, name *object.Str, v *object.Object) bool {
	d, ix, ok := instanceAttr(t, code, i, obj, name, func(typ *object.Type) bool {
		return typ.IsHeapType() && firstStatic(typ) == object.ObjectType &&
			t.LookupType(typ, name) == nil && t.LookupType(typ, strSetattr) == objectSetattrDescr()
	})
	return ok && d.StoreAt(t, ix, name, v)
}

// objectSetattrDescr is object's own __setattr__, to tell whether a class
// overrides it.
func objectSetattrDescr() *object.Object { return object.ObjectType.Dict.GetStr(strSetattr) }

// popN closes and clears the top n slots and returns the new top.
func (st *State) popN(s []object.StackRef, sp, n int) int {
	for i := 0; i < n; i++ {
		sp--
		st.t.Close(s[sp])
		s[sp] = object.Null
	}
	return sp
}

// stealN converts the top n stack refs into owned references, in order,
// and clears their slots.
func (st *State) stealN(s []object.StackRef, sp, n int) []*object.Object {
	if n == 0 {
		return nil
	}
	items := make([]*object.Object, n)
	for i := 0; i < n; i++ {
		items[i] = st.t.AsSteal(s[sp-n+i])
		s[sp-n+i] = object.Null
	}
	return items
}

func (st *State) buildString(parts []object.StackRef) (*object.Object, error) {
	var b strings.Builder
	for _, p := range parts {
		b.WriteString(object.StrValue(p.Obj()))
	}
	return object.NewStr(st.t, b.String()), nil
}

// formatValue implements f-string fields: conversion 1 str, 2 repr,
// 3 ascii, then format with the spec.
func (st *State) formatValue(v *object.Object, conv int, spec *object.Object) (*object.Object, error) {
	t := st.t
	var cur *object.Object
	var err error
	switch conv {
	case 1:
		cur, err = object.StrOf(t, v)
	case 2, 3:
		cur, err = object.Repr(t, v)
		if err == nil && conv == 3 {
			a := asciiEscape(object.StrValue(cur))
			t.Decref(cur)
			cur = object.NewStr(t, a)
		}
	default:
		cur = t.NewRef(v)
	}
	if err != nil {
		return nil, err
	}
	s := ""
	if spec != nil {
		s = object.StrValue(spec)
	}
	if s == "" && cur.Type() == object.StrType {
		return cur, nil
	}
	r, err := object.Format(t, cur, s)
	t.Decref(cur)
	return r, err
}

func asciiEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case r <= 0xff:
			b.WriteString("\\x" + hex(uint32(r), 2))
		case r <= 0xffff:
			b.WriteString("\\u" + hex(uint32(r), 4))
		default:
			b.WriteString("\\U" + hex(uint32(r), 8))
		}
	}
	return b.String()
}

func hex(v uint32, n int) string {
	const digits = "0123456789abcdef"
	buf := make([]byte, n)
	for i := n - 1; i >= 0; i-- {
		buf[i] = digits[v&15]
		v >>= 4
	}
	return string(buf)
}

func (st *State) starError(it *object.Object, err error, callee *object.Object) error {
	if object.ErrorMatches(err, object.TypeErrorType) && it.Type().Iter == nil && it.Type().GetItem == nil {
		st.t.DropError(err)
		if callee != nil {
			return st.t.Errorf(object.TypeErrorType, "%s argument after * must be an iterable, not %s", funcDesc(callee), it.Type().Name)
		}
		return st.t.Errorf(object.TypeErrorType, "Value after * must be an iterable, not %s", it.Type().Name)
	}
	return err
}

// starCallee returns the function of a call f(*x) whose only positional
// argument is starred, when the LIST_EXTEND just run (with the list at
// s[sp-arg], so far empty) builds its arguments: CPython names the
// function in that case's error. Else nil.
func starCallee(instrs []uint32, ip int, s []object.StackRef, sp, arg int) *object.Object {
	if arg != 1 || ip+1 >= len(instrs) || sp-arg-2 < 0 ||
		compile.Opcode(instrs[ip]) != compile.LIST_TO_TUPLE || compile.Opcode(instrs[ip+1]) != compile.CALL_FUNCTION_EX {
		return nil
	}
	if l := object.AsList(s[sp-arg].Obj()); l.Len() != 0 {
		return nil
	}
	if f := s[sp-arg-2]; !f.IsNull() {
		return f.Obj()
	}
	return nil
}

// dictUpdate merges src into the dict d (dict displays with **, and
// f(**kwargs) when merge is set, where a repeated key is an error naming
// the function).
func (st *State) dictUpdate(dObj, src *object.Object, merge bool, fn *object.Object) error {
	t := st.t
	d := object.AsDict(dObj)
	if object.IsDict(src) {
		sd := object.AsDict(src)
		for pos := 0; ; {
			var k, v *object.Object
			var ok bool
			pos, k, v, ok = sd.Next(pos)
			if !ok {
				return nil
			}
			if merge {
				if old, _ := d.GetItem(t, k); old != nil {
					return st.duplicateKeyword(fn, k)
				}
			}
			if err := d.SetItem(t, k, v); err != nil {
				return err
			}
		}
	}
	keysFn, err := object.GetAttrString(t, src, "keys")
	if err != nil {
		t.DropError(err)
		what := "a mapping"
		if merge {
			return t.Errorf(object.TypeErrorType, "%s argument after ** must be a mapping, not %s",
				funcDesc(fn), src.Type().Name)
		}
		return t.Errorf(object.TypeErrorType, "'%s' object is not %s", src.Type().Name, what)
	}
	keys, err := object.Call(t, keysFn, nil, nil)
	t.Decref(keysFn)
	if err != nil {
		return err
	}
	defer t.Decref(keys)
	return object.Iterate(t, keys, func(k *object.Object) error {
		if merge {
			if old, _ := d.GetItem(t, k); old != nil {
				return st.duplicateKeyword(fn, k)
			}
		}
		v, err := object.GetItem(t, src, k)
		if err != nil {
			return err
		}
		err = d.SetItem(t, k, v)
		t.Decref(v)
		return err
	})
}

func (st *State) duplicateKeyword(fn, k *object.Object) error {
	return st.t.Errorf(object.TypeErrorType, "%s got multiple values for keyword argument '%s'",
		funcDesc(fn), object.StrValue(k))
}

// funcDesc names a callable in call errors, as CPython's
// _PyObject_FunctionStr: "module.qualname()" for functions.
func funcDesc(fn *object.Object) string {
	if fn == nil {
		return "function"
	}
	if fn.Type() == MethodType {
		fn = object.Cast[Method](fn).Func
	}
	if fn.Type() == FunctionType {
		f := object.Cast[Function](fn)
		q := object.StrValue(f.QualName)
		if f.Module != nil && object.IsStr(f.Module) && object.StrValue(f.Module) != "builtins" {
			return object.StrValue(f.Module) + "." + q + "()"
		}
		return q + "()"
	}
	if fn.Type() == object.BuiltinFunctionType {
		return object.Cast[object.BuiltinFunction](fn).Def.Name + "()"
	}
	if object.IsType(fn) {
		return object.AsType(fn).Name + "()"
	}
	return fn.Type().Name + " object"
}

// unpack returns new references to the items of seq for UNPACK_SEQUENCE
// (arg = count) or UNPACK_EX (arg = before | after<<8), with the starred
// part as a list.
func (st *State) unpack(seq *object.Object, op compile.Opcode, arg int) ([]*object.Object, error) {
	t := st.t
	items, err := object.SequenceItems(t, seq)
	if err != nil {
		if object.ErrorMatches(err, object.TypeErrorType) && seq.Type().Iter == nil && seq.Type().GetItem == nil {
			t.DropError(err)
			return nil, t.Errorf(object.TypeErrorType, "cannot unpack non-iterable %s object", seq.Type().Name)
		}
		return nil, err
	}
	drop := func() {
		for _, x := range items {
			t.Decref(x)
		}
	}
	if op == compile.UNPACK_SEQUENCE {
		if len(items) != arg {
			drop()
			if len(items) > arg {
				return nil, t.Errorf(object.ValueErrorType, "too many values to unpack (expected %d)", arg)
			}
			return nil, t.Errorf(object.ValueErrorType, "not enough values to unpack (expected %d, got %d)", arg, len(items))
		}
		return items, nil
	}
	before, after := arg&0xff, arg>>8
	if len(items) < before+after {
		drop()
		return nil, t.Errorf(object.ValueErrorType, "not enough values to unpack (expected at least %d, got %d)",
			before+after, len(items))
	}
	mid := append([]*object.Object(nil), items[before:len(items)-after]...)
	out := append([]*object.Object(nil), items[:before]...)
	out = append(out, object.NewList(t, mid).Obj())
	out = append(out, items[len(items)-after:]...)
	return out, nil
}

// raise implements RAISE_VARARGS.
func (st *State) raise(s []object.StackRef, sp int, n int) (int, error) {
	t := st.t
	if n == 0 {
		h := st.topHandled()
		if h == nil {
			return sp, t.Errorf(object.RuntimeErrorType, "No active exception to reraise")
		}
		return sp, object.Cast[object.Exception](t.NewRef(h))
	}
	var cause *object.Object
	if n == 2 {
		sp--
		cause = t.AsSteal(s[sp])
		s[sp] = object.Null
	}
	sp--
	excObj := t.AsSteal(s[sp])
	s[sp] = object.Null
	exc, err := st.makeException(excObj)
	t.Decref(excObj)
	if err != nil {
		t.XDecref(cause)
		return sp, err
	}
	exc.NoContext = false // raised here: chained as any raise
	if cause != nil {
		var c *object.Object
		if cause != object.None {
			ce, err := st.makeException(cause)
			t.Decref(cause)
			if err != nil {
				t.Decref(exc.Obj())
				if object.ErrorMatches(err, object.TypeErrorType) {
					t.DropError(err)
					return sp, t.Errorf(object.TypeErrorType, "exception causes must derive from BaseException")
				}
				return sp, err
			}
			c = ce.Obj()
		}
		old := exc.Cause
		exc.Cause = c
		exc.SuppressContext = true
		t.XDecref(old)
	}
	return sp, exc
}

// makeException turns the operand of raise into an exception instance: an
// instance is used as is, a class is called without arguments.
func (st *State) makeException(o *object.Object) (*object.Exception, error) {
	t := st.t
	if object.IsType(o) && object.IsSubtype(object.AsType(o), object.BaseExceptionType) {
		inst, err := object.Call(t, o, nil, nil)
		if err != nil {
			return nil, err
		}
		if !object.IsInstance(inst, object.BaseExceptionType) {
			t.Decref(inst)
			return nil, t.Errorf(object.TypeErrorType, "calling %s should have returned an instance of BaseException, not %s",
				object.AsType(o).Name, inst.Type().Name)
		}
		return object.Cast[object.Exception](inst), nil
	}
	if object.IsInstance(o, object.BaseExceptionType) {
		return object.Cast[object.Exception](t.NewRef(o)), nil
	}
	return nil, t.Errorf(object.TypeErrorType, "exceptions must derive from BaseException")
}

// exceptionMatches implements `except typ:` for the exception exc.
func (st *State) exceptionMatches(exc, typ *object.Object) (bool, error) {
	check := func(c *object.Object) (bool, error) {
		if !object.IsType(c) || !object.IsSubtype(object.AsType(c), object.BaseExceptionType) {
			return false, st.t.Errorf(object.TypeErrorType,
				"catching classes that do not inherit from BaseException is not allowed")
		}
		return object.IsInstance(exc, object.AsType(c)), nil
	}
	if object.IsTuple(typ) {
		// Every class is checked before any is matched, as CPython does:
		// except (ValueError, 42) fails even for a ValueError.
		items := object.AsTuple(typ).Items
		for _, c := range items {
			if _, err := check(c); err != nil {
				return false, err
			}
		}
		for _, c := range items {
			if object.IsInstance(exc, object.AsType(c)) {
				return true, nil
			}
		}
		return false, nil
	}
	return check(typ)
}

// lookupSpecial finds a special method on the type of o and binds it.
func (st *State) lookupSpecial(o *object.Object, name *object.Str) (*object.Object, error) {
	m := st.t.LookupTypeRef(o.Type(), name)
	if m.IsNull() {
		return nil, nil
	}
	return st.t.DescrGetRef(m, o, o.Type())
}

func (st *State) beforeWith(mgr *object.Object) (exit, res *object.Object, err error) {
	t := st.t
	enter, err := st.lookupSpecial(mgr, strEnter)
	if err != nil {
		return nil, nil, err
	}
	exit, err = st.lookupSpecial(mgr, strExit)
	if err != nil || enter == nil || exit == nil {
		t.XDecref(enter)
		t.XDecref(exit)
		if err != nil {
			return nil, nil, err
		}
		if enter != nil {
			return nil, nil, t.Errorf(object.TypeErrorType, "'%s' object does not support the context manager protocol (missed __exit__ method)", mgr.Type().Name)
		}
		return nil, nil, t.Errorf(object.TypeErrorType, "'%s' object does not support the context manager protocol", mgr.Type().Name)
	}
	res, err = object.Call(t, enter, nil, nil)
	t.Decref(enter)
	if err != nil {
		t.Decref(exit)
		return nil, nil, err
	}
	return exit, res, nil
}

func (st *State) withExceptStart(exit, exc *object.Object) (*object.Object, error) {
	r, err := object.Call(st.t, exit, []*object.Object{object.TypeOf(exc), exc, object.None}, nil)
	if err == nil && st.IsStop(exc) {
		// __exit__ runs for a hard stop but cannot suppress it.
		st.t.Decref(r)
		return object.False, nil
	}
	return r, err
}

func (st *State) setupAnnotations(f *Frame) error {
	t := st.t
	d := f.locals
	if d == nil {
		d = f.globals.Obj()
	}
	name := object.Intern("__annotations__")
	r, err := st.lookupLocal(d, name)
	if err != nil || !r.IsNull() {
		t.Close(r)
		return err
	}
	a := object.NewDict(t)
	defer t.Decref(a.Obj())
	return object.SetItem(t, d, name.Obj(), a.Obj())
}

// addTraceback records frame f at instruction i in exc's traceback, and
// chains exc to the exception being handled (__context__).
func (st *State) addTraceback(exc *object.Exception, f *Frame, i int) {
	code := f.code
	p := code.Positions[i]
	exc.AddTraceback(object.TracebackEntry{
		Filename: code.Filename, Name: code.Name, Line: p.Line,
		Col: p.Col, EndLine: p.EndLine, EndCol: p.EndCol,
		Lasti: 2 * i, Frame: st.frameObject(f, st),
	})
	st.chainContext(exc)
}

// chainContext sets exc.__context__ to the exception being handled, if
// any, avoiding cycles as CPython does.
func (st *State) chainContext(exc *object.Exception) {
	h := st.handled
	if h == nil && len(st.outerHandled) > 0 {
		h = st.topHandled()
	}
	if h == nil || h == exc.Obj() || exc.Context != nil || exc.NoContext {
		return
	}
	// Break a cycle: if exc is already in h's context chain, cut it there.
	// The chain may itself hold a cycle that exc is not part of (user
	// code can set __context__ freely): slow walks at half speed and the
	// walk stops when o meets it, so the loop ends either way.
	slow, moveSlow := h, false
	for o := h; o != nil; {
		e := object.Cast[object.Exception](o)
		if e.Context == exc.Obj() {
			old := e.Context
			e.Context = nil
			st.t.Decref(old)
			break
		}
		o = e.Context
		if o == slow {
			break
		}
		if moveSlow {
			slow = object.Cast[object.Exception](slow).Context
		}
		moveSlow = !moveSlow
	}
	exc.Context = st.t.NewRef(h)
}
