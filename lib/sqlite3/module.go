// Package sqlite3 implements _sqlite3, the module under the Lib's sqlite3
// package (CPython's Modules/_sqlite/). CPython links the SQLite C
// library; this package calls the same C API as translated to Go by
// modernc.org/sqlite/lib (with modernc.org/libc's TLS), so statements,
// transactions, user functions and the other hooks behave as SQLite
// itself does, and the Python layer on top follows CPython 3.11's.
//
// Threads: a Connection serialises every call into SQLite on its own
// lock (conn.go), as SQLite's serialized threading mode does, so one
// connection may be shared by threads when check_same_thread is False.
package sqlite3

import (
	"strings"
	"sync"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
	"modernc.org/libc"
	lib "modernc.org/sqlite/lib"
)

func init() { vm.RegisterModule("_sqlite3", newModule) }

// The detect_types flags.
const (
	parseDecltypes = 1
	parseColnames  = 2
)

// registries are the module's adapters and converters dicts, shared by
// every import (CPython keeps them in the module state).
var registries struct {
	once       sync.Once
	adapters   *object.Dict
	converters *object.Dict
	// baseTypeAdapted: an adapter was registered for int, float, str or
	// bytearray, so even those values go through adapt().
	baseTypeAdapted bool
	mu              sync.Mutex
}

func initRegistries(t *object.Thread) {
	registries.once.Do(func() {
		registries.adapters = object.NewDict(t)
		registries.converters = object.NewDict(t)
		t.MakeImmortal(registries.adapters.Obj())
		t.MakeImmortal(registries.converters.Obj())
	})
}

// prepareProtocolType is PrepareProtocol, the protocol adapters are
// registered for.
var prepareProtocolType = object.NewStaticType(&object.Type{
	Name:   "PrepareProtocol",
	Module: "sqlite3",
	Flags:  object.FlagBaseType,
	Doc:    "PEP 246 style object adaption protocol type.",
})

func init() {
	prepareProtocolType.New = func(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		o := &object.Object{}
		t.Init(o, typ)
		return o, nil
	}
	object.ReadyType(prepareProtocolType, nil, nil)
}

// needAdapt reports whether v must go through adapt() before binding.
func needAdapt(v *object.Object) bool {
	registries.mu.Lock()
	base := registries.baseTypeAdapted
	registries.mu.Unlock()
	if base {
		return true
	}
	switch v.Type() {
	case object.IntType, object.FloatType, object.StrType, object.ByteArrayType:
		return false
	}
	return true
}

// adapt is PEP 246 adaption as CPython's microprotocols do it: the
// registry, then proto.__adapt__(obj), then obj.__conform__(proto), then
// alt (nil: ProgrammingError).
func adapt(t *object.Thread, obj, proto, alt *object.Object) (*object.Object, error) {
	initRegistries(t)
	key := object.NewTuple(t, []*object.Object{t.NewRef(obj.Type().Obj()), t.NewRef(proto)})
	adapter, err := registries.adapters.GetItemRef(t, key.Obj())
	t.Decref(key.Obj())
	if err != nil {
		return nil, err
	}
	if adapter != nil {
		defer t.Decref(adapter)
		return object.Call(t, adapter, []*object.Object{obj}, nil)
	}
	try := func(o *object.Object, name string, arg *object.Object) (*object.Object, error) {
		m, err := object.GetAttr(t, o, object.Intern(name))
		if err != nil {
			if object.ErrorMatches(err, object.AttributeErrorType) {
				t.DropError(err)
				return nil, nil
			}
			return nil, err
		}
		r, err := object.Call(t, m, []*object.Object{arg}, nil)
		t.Decref(m)
		if err != nil {
			if object.ErrorMatches(err, object.TypeErrorType) {
				t.DropError(err)
				return nil, nil
			}
			return nil, err
		}
		if r == object.None {
			t.Decref(r)
			return nil, nil
		}
		return r, nil
	}
	if r, err := try(proto, "__adapt__", obj); r != nil || err != nil {
		return r, err
	}
	if r, err := try(obj, "__conform__", proto); r != nil || err != nil {
		return r, err
	}
	if alt != nil {
		return t.NewRef(alt), nil
	}
	return nil, programmingError(t, "can't adapt")
}

// lookupConverter returns the converter registered for a type name (in
// upper case) as a new reference, or nil.
func lookupConverter(t *object.Thread, name string) (*object.Object, error) {
	initRegistries(t)
	key := object.NewStr(t, strings.ToUpper(name))
	defer t.Decref(key)
	v, err := registries.converters.GetItemRef(t, key)
	return v, err
}

func moduleConnect(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	factory := connectionType.Obj()
	if kw != nil {
		npos := len(args) - len(kw.Items)
		for i, k := range kw.Items {
			if object.StrValue(k) == "factory" {
				factory = args[npos+i]
			}
		}
	}
	if len(args)-kwLen(kw) >= 6 {
		factory = args[5]
	}
	return object.Call(t, factory, args, kw)
}

func kwLen(kw *object.Tuple) int {
	if kw == nil {
		return 0
	}
	return len(kw.Items)
}

var funcs = []object.MethodDef{
	{Name: "connect", Fn: moduleConnect, Doc: "connect(database[, timeout, detect_types, isolation_level,\n        check_same_thread, factory, cached_statements, uri])\n\nOpens a connection to the SQLite database file database. You can use\n\":memory:\" to open a database connection to a database that resides in\nRAM instead of on disk."},
	{Name: "complete_statement", Doc: "Checks if a string contains a complete SQL statement.", Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		var s *object.Object
		if err := object.ParseArgs(t, "complete_statement", args, kw, []string{"statement"}, 1, &s); err != nil {
			return nil, err
		}
		if !object.IsStr(s) {
			return nil, t.Errorf(object.TypeErrorType, "complete_statement() argument 'statement' must be str, not %s", s.Type().Name)
		}
		text, err := utf8Of(t, s)
		if err != nil {
			return nil, err
		}
		if strings.IndexByte(text, 0) >= 0 {
			return nil, t.Errorf(object.ValueErrorType, "embedded null character")
		}
		tls := libc.NewTLS()
		defer tls.Close()
		z := cBytes(tls, text)
		ok := lib.Xsqlite3_complete(tls, z) != 0
		libc.Xfree(tls, z)
		return object.NewBool(ok), nil
	}},
	{Name: "register_adapter", Doc: "Register a function to adapt Python objects to SQLite values.", Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "register_adapter", args, kw, 2, 2); err != nil {
			return nil, err
		}
		initRegistries(t)
		switch args[0] {
		case object.IntType.Obj(), object.FloatType.Obj(), object.StrType.Obj(), object.ByteArrayType.Obj():
			registries.mu.Lock()
			registries.baseTypeAdapted = true
			registries.mu.Unlock()
		}
		key := object.NewTuple(t, []*object.Object{t.NewRef(args[0]), t.NewRef(prepareProtocolType.Obj())})
		err := registries.adapters.SetItem(t, key.Obj(), args[1])
		t.Decref(key.Obj())
		if err != nil {
			return nil, err
		}
		return object.None, nil
	}},
	{Name: "register_converter", Doc: "Register a function to convert SQLite values to Python objects.", Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "register_converter", args, kw, 2, 2); err != nil {
			return nil, err
		}
		if !object.IsStr(args[0]) {
			return nil, t.Errorf(object.TypeErrorType, "register_converter() argument 1 must be str, not %s", args[0].Type().Name)
		}
		initRegistries(t)
		upper, err := vm.CallMethod(t, args[0], "upper")
		if err != nil {
			return nil, err
		}
		err = registries.converters.SetItem(t, upper, args[1])
		t.Decref(upper)
		if err != nil {
			return nil, err
		}
		return object.None, nil
	}},
	{Name: "adapt", Doc: "Adapt given object to given protocol.", Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "adapt", args, kw, 1, 3); err != nil {
			return nil, err
		}
		proto := prepareProtocolType.Obj()
		var alt *object.Object
		if len(args) > 1 {
			proto = args[1]
		}
		if len(args) > 2 {
			alt = args[2]
		}
		return adapt(t, args[0], proto, alt)
	}},
	{Name: "enable_callback_tracebacks", Doc: "Enable or disable callback functions throwing errors to stderr.", Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		var v *object.Object
		if err := object.ParseArgs(t, "enable_callback_tracebacks", args, kw, []string{"/enable"}, 1, &v); err != nil {
			return nil, err
		}
		n, err := cInt(t, v)
		if err != nil {
			return nil, err
		}
		callbackTracebacks.Store(n != 0)
		return object.None, nil
	}},
	{Name: "enable_shared_cache", Doc: "Enable or disable shared cache mode for the calling thread.", Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		var v *object.Object
		if err := object.ParseArgs(t, "enable_shared_cache", args, kw, []string{"do_enable"}, 1, &v); err != nil {
			return nil, err
		}
		n, err := cInt(t, v)
		if err != nil {
			return nil, err
		}
		if err := warnDeprecated(t, "enable_shared_cache is deprecated and will be removed in Python 3.12. Shared cache is strongly discouraged by the SQLite 3 documentation. If shared cache must be used, open the database in URI mode usingthe cache=shared query parameter."); err != nil {
			return nil, err
		}
		if err := makeExceptions(t); err != nil {
			return nil, err
		}
		tls := libc.NewTLS()
		defer tls.Close()
		if rc := lib.Xsqlite3_enable_shared_cache(tls, int32(n)); rc != lib.SQLITE_OK {
			return nil, operationalError(t, "Changing the shared_cache flag failed")
		}
		return object.None, nil
	}},
}

func setInt(t *object.Thread, d *object.Dict, name string, v int64) {
	o := object.NewInt(t, v)
	d.SetStr(t, object.Intern(name), o)
	t.Decref(o)
}

func setStr(t *object.Thread, d *object.Dict, name, v string) {
	o := object.NewStr(t, v)
	d.SetStr(t, object.Intern(name), o)
	t.Decref(o)
}

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	if err := makeExceptions(t); err != nil {
		return nil, err
	}
	initRegistries(t)
	m := st.NewModule("_sqlite3")
	d := m.Dict
	for i := range funcs {
		d.SetStr(t, object.Intern(funcs[i].Name), object.NewStaticBuiltin(&funcs[i]))
	}
	object.ClaimModuleFunctions(d, "_sqlite3")
	for _, e := range excNames {
		d.SetStr(t, object.Intern(e.name), (*e.typ).Obj())
	}
	d.SetStr(t, object.Intern("Connection"), connectionType.Obj())
	d.SetStr(t, object.Intern("Cursor"), cursorType.Obj())
	d.SetStr(t, object.Intern("Row"), rowType.Obj())
	d.SetStr(t, object.Intern("Blob"), blobType.Obj())
	d.SetStr(t, object.Intern("PrepareProtocol"), prepareProtocolType.Obj())
	d.SetStr(t, object.Intern("adapters"), registries.adapters.Obj())
	d.SetStr(t, object.Intern("converters"), registries.converters.Obj())
	for _, tab := range [][]constant{resultCodes, authorizerCodes, limitCodes} {
		for _, c := range tab {
			setInt(t, d, c.name, c.value)
		}
	}
	setInt(t, d, "PARSE_DECLTYPES", parseDecltypes)
	setInt(t, d, "PARSE_COLNAMES", parseColnames)
	// SQLite is built thread-safe (serialized), which DB-API calls
	// threadsafety 3: threads may share the module, connections and
	// cursors.
	setInt(t, d, "threadsafety", 3)
	setStr(t, d, "version", "2.6.0")
	tls := libc.NewTLS()
	setStr(t, d, "sqlite_version", libc.GoString(lib.Xsqlite3_libversion(tls)))
	tls.Close()
	return m.Obj(), nil
}

// warnDeprecated issues a DeprecationWarning through the warnings module.
func warnDeprecated(t *object.Thread, msg string) error {
	w, err := vm.StateOf(t).Import("warnings")
	if err != nil {
		return err
	}
	defer t.Decref(w)
	m := object.NewStr(t, msg)
	defer t.Decref(m)
	r, err := vm.CallMethod(t, w, "warn", m, object.DeprecationWarningType.Obj())
	if err != nil {
		return err
	}
	t.Decref(r)
	return nil
}
