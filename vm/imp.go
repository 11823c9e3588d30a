// This file is the _imp module (CPython's Python/import.c functions that
// importlib's _bootstrap calls): the global import lock, and creating
// the modules built into the binary. ftpy freezes nothing and loads no
// extension modules, so those parts answer "none".

package vm

import (
	"hash/fnv"

	"github.com/ftpy/ftpy/object"
)

func init() { RegisterModule("_imp", newImpModule) }

// globalImportLock is _imp.acquire_lock's lock: reentrant, owned by one
// thread at a time. importlib takes it briefly around its module-lock
// table and around fork-sensitive sections.
type globalImportLock struct {
	owner uint64 // thread ident; 0 when free
	depth int
	free  chan struct{} // closed and replaced when released
}

func (in *Interp) acquireImportLock(st *State) {
	me := st.t.ID()
	for {
		in.mu.Lock()
		l := &in.impLock
		if l.owner == 0 || l.owner == me {
			l.owner = me
			l.depth++
			in.mu.Unlock()
			return
		}
		if l.free == nil {
			l.free = make(chan struct{})
		}
		wait := l.free
		in.mu.Unlock()
		st.t.Detach()
		<-wait
		st.t.Attach()
	}
}

func (in *Interp) releaseImportLock(st *State) bool {
	in.mu.Lock()
	defer in.mu.Unlock()
	l := &in.impLock
	if l.owner != st.t.ID() {
		return false
	}
	if l.depth--; l.depth == 0 {
		l.owner = 0
		if l.free != nil {
			close(l.free)
			l.free = nil
		}
	}
	return true
}

func impFn(name string, min, max int, f func(t *object.Thread, st *State, args []*object.Object) (*object.Object, error)) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, name, args, kw, min, max); err != nil {
			return nil, err
		}
		return f(t, stateOf(t), args)
	}}
}

// strArg returns args[i] as a Go string, or CPython's TypeError.
func strArg(t *object.Thread, fname string, args []*object.Object, i int) (string, error) {
	if !object.IsStr(args[i]) {
		return "", t.Errorf(object.TypeErrorType, "%s() argument %d must be str, not %s", fname, i+1, args[i].Type().Name)
	}
	return object.StrValue(args[i]), nil
}

var impFuncs = []object.MethodDef{
	impFn("lock_held", 0, 0, func(t *object.Thread, st *State, _ []*object.Object) (*object.Object, error) {
		in := st.interp
		in.mu.Lock()
		held := in.impLock.owner != 0
		in.mu.Unlock()
		return object.NewBool(held), nil
	}),
	impFn("acquire_lock", 0, 0, func(t *object.Thread, st *State, _ []*object.Object) (*object.Object, error) {
		st.interp.acquireImportLock(st)
		return object.None, nil
	}),
	impFn("release_lock", 0, 0, func(t *object.Thread, st *State, _ []*object.Object) (*object.Object, error) {
		if !st.interp.releaseImportLock(st) {
			return nil, t.Errorf(object.RuntimeErrorType, "not holding the import lock")
		}
		return object.None, nil
	}),
	impFn("is_builtin", 1, 1, func(t *object.Thread, st *State, args []*object.Object) (*object.Object, error) {
		name, err := strArg(t, "is_builtin", args, 0)
		if err != nil {
			return nil, err
		}
		switch {
		case name == "sys" || name == "builtins":
			return object.NewInt(t, -1), nil // cannot be initialised twice
		case st.interp.isBuiltin(name):
			return object.NewInt(t, 1), nil
		}
		return object.NewInt(t, 0), nil
	}),
	impFn("create_builtin", 1, 1, impCreateBuiltin),
	impFn("exec_builtin", 1, 1, func(t *object.Thread, st *State, _ []*object.Object) (*object.Object, error) {
		return object.NewInt(t, 0), nil // Go modules are made whole by create_builtin
	}),
	impFn("exec_dynamic", 1, 1, func(t *object.Thread, st *State, _ []*object.Object) (*object.Object, error) {
		return object.NewInt(t, 0), nil
	}),
	impFn("create_dynamic", 1, 2, func(t *object.Thread, st *State, args []*object.Object) (*object.Object, error) {
		return nil, t.Errorf(object.ImportErrorType, "ftpy cannot load C extension modules")
	}),
	impFn("extension_suffixes", 0, 0, func(t *object.Thread, st *State, _ []*object.Object) (*object.Object, error) {
		return object.NewList(t, nil).Obj(), nil
	}),
	impFn("is_frozen", 1, 1, func(t *object.Thread, st *State, args []*object.Object) (*object.Object, error) {
		if _, err := strArg(t, "is_frozen", args, 0); err != nil {
			return nil, err
		}
		return object.False, nil
	}),
	impFn("is_frozen_package", 1, 1, func(t *object.Thread, st *State, args []*object.Object) (*object.Object, error) {
		if _, err := strArg(t, "is_frozen_package", args, 0); err != nil {
			return nil, err
		}
		return object.False, nil
	}),
	impFn("find_frozen", 1, 2, func(t *object.Thread, st *State, args []*object.Object) (*object.Object, error) {
		if _, err := strArg(t, "find_frozen", args, 0); err != nil {
			return nil, err
		}
		return object.None, nil
	}),
	impFn("get_frozen_object", 1, 2, noFrozen),
	impFn("init_frozen", 1, 1, noFrozen),
	impFn("_frozen_module_names", 0, 0, func(t *object.Thread, st *State, _ []*object.Object) (*object.Object, error) {
		return object.NewTupleRefs(t).Obj(), nil
	}),
	impFn("_override_frozen_modules_for_tests", 1, 1, func(t *object.Thread, st *State, _ []*object.Object) (*object.Object, error) {
		return object.None, nil
	}),
	// Code objects are only ever compiled from their source file, whose
	// name they carry already: there is no cached code to rename.
	impFn("_fix_co_filename", 2, 2, func(t *object.Thread, st *State, _ []*object.Object) (*object.Object, error) {
		return object.None, nil
	}),
	impFn("source_hash", 2, 2, impSourceHash),
}

func noFrozen(t *object.Thread, st *State, args []*object.Object) (*object.Object, error) {
	name, err := strArg(t, "get_frozen_object", args, 0)
	if err != nil {
		return nil, err
	}
	e := t.Errorf(object.ImportErrorType, "No such frozen object named '%s'", name)
	return nil, withImportName(t, e, name)
}

// impCreateBuiltin is _imp.create_builtin(spec): the Go module named
// spec.name, made by its constructor (or the one already in sys.modules,
// as sys and builtins always are).
func impCreateBuiltin(t *object.Thread, st *State, args []*object.Object) (*object.Object, error) {
	nameObj, err := object.GetAttrString(t, args[0], "name")
	if err != nil {
		return nil, err
	}
	defer t.Decref(nameObj)
	if !object.IsStr(nameObj) {
		return nil, t.Errorf(object.TypeErrorType, "name must be string, not %s", nameObj.Type().Name)
	}
	name := object.StrValue(nameObj)
	in := st.interp
	if m, _ := in.Modules.GetItemRef(t, nameObj); m != nil {
		if IsModule(m) && (name == "sys" || name == "builtins" || in.madeNative(name, m)) {
			return m, nil
		}
		t.Decref(m)
	}
	in.mu.Lock()
	native := in.nativeMod[name]
	in.mu.Unlock()
	if native == nil {
		return nil, withImportName(t, t.Errorf(object.ImportErrorType, "no built-in module named %s", name), name)
	}
	m, err := native(st)
	if err != nil {
		return nil, err
	}
	if IsModule(m) {
		object.ClaimModuleFunctions(object.Cast[Module](m).Dict, name)
	}
	return m, nil
}

// madeNative reports whether m, found in sys.modules under name, is the
// Go module of that name (imported before the import system was
// installed), which create_builtin hands back instead of making another.
func (in *Interp) madeNative(name string, m *object.Object) bool {
	return in.isBuiltin(name) && object.Cast[Module](m).Dict.GetStr(object.Intern("__file__")) == nil
}

// impSourceHash is _imp.source_hash(key, source): the 8-byte hash a
// hash-based .pyc stores. ftpy reads and writes no .pyc files; the value
// is deterministic for a key and a source, not CPython's SipHash.
func impSourceHash(t *object.Thread, st *State, args []*object.Object) (*object.Object, error) {
	key, err := object.AsInt64(t, args[0])
	if err != nil {
		return nil, err
	}
	if !object.IsBytes(args[1]) {
		return nil, t.Errorf(object.TypeErrorType, "a bytes-like object is required, not '%s'", args[1].Type().Name)
	}
	h := fnv.New64a()
	var k [8]byte
	for i := range k {
		k[i] = byte(uint64(key) >> (8 * i))
	}
	h.Write(k[:])
	h.Write(object.BytesValue(args[1]))
	return object.NewBytes(t, h.Sum(nil)), nil
}

func newImpModule(st *State) (*object.Object, error) {
	t := st.t
	m := st.NewModule("_imp")
	for i := range impFuncs {
		m.Dict.SetStr(t, object.Intern(impFuncs[i].Name), object.NewStaticBuiltin(&impFuncs[i]))
	}
	v := object.NewStr(t, "default")
	m.Dict.SetStr(t, object.Intern("check_hash_based_pycs"), v)
	t.Decref(v)
	return m.Obj(), nil
}
