// This file defines module objects and the import system: modules written
// in Go (registered with RegisterModule) and .py files found on the
// interpreter's path.

package vm

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/ftpy/ftpy/compile"
	"github.com/ftpy/ftpy/lib/codecs"
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/syntax"
)

// Module is a module object.
type Module struct {
	object.Object
	Dict *object.Dict // the module's globals; owned
}

// ModuleType is the type of modules.
var ModuleType = object.NewStaticType(&object.Type{
	Name:  "module",
	Flags: object.FlagGC | object.FlagWeakrefable | object.FlagBaseType,
	Traverse: func(o *object.Object, visit object.Visitor) {
		if d := object.Cast[Module](o).Dict; d != nil {
			visit(d.Obj())
		}
	},
	Clear: moduleClear, Dealloc: moduleClear,
	DictPtr:      func(o *object.Object) **object.Dict { return &object.Cast[Module](o).Dict },
	SubclassDict: func(o *object.Object) **object.Dict { return &object.Cast[Module](o).Dict },
	GetAttr: func(t *object.Thread, o *object.Object, name *object.Str) (*object.Object, error) {
		m := object.Cast[Module](o)
		if v := m.Dict.GetStrRef(t, name); v != nil {
			return v, nil
		}
		r, err := object.GenericGetAttr(t, o, name)
		if err != nil && object.ErrorMatches(err, object.AttributeErrorType) {
			t.DropError(err)
			// PEP 562: a module-level __getattr__ answers for names the
			// module does not have.
			if f := m.Dict.GetStrRef(t, strGetattr); f != nil {
				defer t.Decref(f)
				return object.Call(t, f, []*object.Object{name.Obj()}, nil)
			}
			return nil, moduleAttributeError(t, m, name)
		}
		return r, err
	},
	Repr: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		m := object.Cast[Module](o)
		if f := m.Dict.GetStr(strFile); f != nil && object.IsStr(f) {
			return object.NewStr(t, "<module '"+m.Name()+"' from '"+object.StrValue(f)+"'>"), nil
		}
		if m.Dict.GetStr(strSpec) == object.None {
			// Made by types.ModuleType: no spec, so not built-in.
			return object.NewStr(t, "<module '"+m.Name()+"'>"), nil
		}
		return object.NewStr(t, "<module '"+m.Name()+"' (built-in)>"), nil
	},
})

// moduleAttributeError is the error for a name a module lacks. While the
// module is still running its body (its spec's _initializing is true) the
// likely cause is a circular import, which CPython's message says.
func moduleAttributeError(t *object.Thread, m *Module, name *object.Str) error {
	n := m.Dict.GetStr(strName)
	if n == nil || !object.IsStr(n) {
		return t.Errorf(object.AttributeErrorType, "module has no attribute '%s'", name)
	}
	if spec := m.Dict.GetStrRef(t, strSpec); spec != nil {
		initializing := false
		if v, err := object.GetAttr(t, spec, strInitializing); err == nil {
			initializing, err = object.IsTrue(t, v)
			t.Decref(v)
			if err != nil {
				t.DropError(err)
			}
		} else {
			t.DropError(err)
		}
		t.Decref(spec)
		if initializing {
			return t.Errorf(object.AttributeErrorType,
				"partially initialized module '%s' has no attribute '%s' (most likely due to a circular import)", object.StrValue(n), name)
		}
	}
	return t.Errorf(object.AttributeErrorType, "module '%s' has no attribute '%s'", object.StrValue(n), name)
}

// moduleNew makes the empty module that moduleInit fills.
func moduleNew(t *object.Thread, typ *object.Type, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
	m := &Module{Dict: object.NewModuleDict(t)}
	t.Init(&m.Object, typ)
	t.Track(&m.Object)
	// Deferred as NewModule's: every function defined in the module
	// references its globals from many threads.
	t.SetDeferred(&m.Object)
	return &m.Object, nil
}

// moduleInit is types.ModuleType(name, doc=None).
func moduleInit(t *object.Thread, self *object.Object, args []*object.Object, kwnames *object.Tuple) error {
	var name, doc *object.Object
	if err := object.ParseArgs(t, "module", args, kwnames, []string{"name", "doc"}, 1, &name, &doc); err != nil {
		return err
	}
	if !object.IsStr(name) {
		return t.Errorf(object.TypeErrorType, "module() argument 'name' must be str, not %s", name.Type().Name)
	}
	if doc == nil {
		doc = object.None
	}
	d := object.Cast[Module](self).Dict
	for _, kv := range []struct {
		k string
		v *object.Object
	}{{"__name__", name}, {"__doc__", doc}, {"__package__", object.None}, {"__loader__", object.None}, {"__spec__", object.None}} {
		d.SetStr(t, object.Intern(kv.k), kv.v)
	}
	return nil
}

var (
	strSpec         = object.Intern("__spec__")
	strInitializing = object.Intern("_initializing")
)

func moduleClear(t *object.Thread, o *object.Object) {
	m := object.Cast[Module](o)
	if d := m.Dict; d != nil {
		m.Dict = nil
		t.Decref(d.Obj())
	}
}

func init() {
	ModuleType.New, ModuleType.Init = moduleNew, moduleInit
	object.ReadyType(ModuleType, nil, nil)
}

// Obj returns the object header.
func (m *Module) Obj() *object.Object { return &m.Object }

// Name returns the module's __name__.
func (m *Module) Name() string {
	if m.Dict != nil {
		if n := m.Dict.GetStr(strName); n != nil && object.IsStr(n) {
			return object.StrValue(n)
		}
	}
	return "?"
}

// NewModule returns a new module named name with an empty globals dict
// holding __name__ and __builtins__. Modules and their dicts are deferred,
// as in CPython.
func (st *State) NewModule(name string) *Module {
	t := st.t
	m := &Module{Dict: object.NewModuleDict(t)}
	t.Init(&m.Object, ModuleType)
	// An interned, immortal name: every function defined in the module
	// references it (__module__), and threads creating closures there
	// must not contend on its count.
	m.Dict.SetStr(t, object.Intern("__name__"), object.Intern(name).Obj())
	m.Dict.SetStr(t, object.Intern("__doc__"), object.None)
	m.Dict.SetStr(t, object.Intern("__builtins__"), st.interp.Builtins.Obj())
	t.Track(&m.Object)
	t.SetDeferred(&m.Object)
	return m
}

// importName implements IMPORT_NAME: import the module (and its parents,
// for a dotted name) and return the top-level package, or the module
// itself when there is a from-list.
func (st *State) importName(f *Frame, name *object.Str, fromlist, level *object.Object) (*object.Object, error) {
	if in := st.interp; in.imports != nil && f.builtins != nil && object.IsDict(f.builtins) {
		// A program that replaced builtins.__import__ gets its own
		// function called, as CPython's import_name does.
		if imp := object.AsDict(f.builtins).GetStr(strImport); imp != nil && imp != in.imports.importFunc {
			locals := f.locals
			if locals == nil {
				locals = object.None
			}
			return object.Call(st.t, imp, []*object.Object{name.Obj(), f.globals.Obj(), locals, fromlist, level}, nil)
		}
	}
	lv, _ := object.AsInt(level).Int64()
	return st.importModuleLevel(name.String(), f.globals, fromlist, lv, false)
}

var strImport = object.Intern("__import__")

// importModuleLevel is __import__(name, globals, None, fromlist, level):
// a relative name (level > 0) is resolved against the package globals
// belongs to; the result is the top-level package of name, or with a
// from-list the module itself, whose submodules named there (handle:
// __import__'s own from-list, not IMPORT_FROM's) are imported.
func (st *State) importModuleLevel(name string, globals *object.Dict, fromlist *object.Object, level int64, handle bool) (*object.Object, error) {
	t := st.t
	full := name
	if level > 0 {
		pkg, err := st.callerPackage(globals)
		if err != nil {
			return nil, err
		}
		if full, err = st.resolveName(name, pkg, level); err != nil {
			return nil, err
		}
	} else if name == "" {
		return nil, t.Errorf(object.ValueErrorType, "Empty module name")
	}
	var m *object.Object
	if st.interp.imports != nil {
		// importlib imports the parents itself, on a miss.
		var err error
		if m, err = st.Import(full); err != nil {
			return nil, err
		}
	} else {
		parts := strings.Split(full, ".")
		for i := range parts {
			if m != nil {
				t.Decref(m)
			}
			var err error
			if m, err = st.Import(strings.Join(parts[:i+1], ".")); err != nil {
				return nil, err
			}
		}
	}
	hasFrom := fromlist != nil && fromlist != object.None
	if hasFrom {
		ok, err := object.IsTrue(t, fromlist)
		if err != nil {
			t.Decref(m)
			return nil, err
		}
		hasFrom = ok
	}
	if hasFrom {
		if is := st.interp.imports; is != nil {
			// A package's from-list names submodules to import too
			// (_bootstrap._handle_fromlist), whoever imports.
			if IsModule(m) && object.Cast[Module](m).Dict.GetStr(object.Intern("__path__")) != nil {
				r, err := object.Call(t, is.handleFromlist, []*object.Object{m, fromlist, is.importFunc}, nil)
				t.Decref(m)
				return r, err
			}
			return m, nil
		}
		if handle {
			if err := st.handleFromlist(m, fromlist); err != nil {
				t.Decref(m)
				return nil, err
			}
		}
		return m, nil
	}
	// No from-list: the top-level package of name as written (for a
	// relative import, the package that name's first part is in).
	first := name
	if i := strings.IndexByte(name, '.'); i >= 0 {
		first = name[:i]
	}
	if level > 0 && name == "" {
		return m, nil
	}
	topName := full[:len(full)-(len(name)-len(first))]
	if topName == full {
		return m, nil
	}
	t.Decref(m)
	return st.Import(topName)
}

// callerPackage is the package a relative import in a module with
// globals is relative to: __package__, or __name__ (less its last part
// unless the module is a package, with __path__).
func (st *State) callerPackage(globals *object.Dict) (string, error) {
	t := st.t
	if globals == nil {
		return "", t.Errorf(object.KeyErrorType, "'__name__' not in globals")
	}
	if p := globals.GetStr(object.Intern("__package__")); p != nil && p != object.None {
		if !object.IsStr(p) {
			return "", t.Errorf(object.TypeErrorType, "package must be a string")
		}
		return object.StrValue(p), nil
	}
	n := globals.GetStr(strName)
	if n == nil {
		return "", t.Errorf(object.KeyErrorType, "'__name__' not in globals")
	}
	if !object.IsStr(n) {
		return "", t.Errorf(object.TypeErrorType, "__name__ must be a string")
	}
	pkg := object.StrValue(n)
	if globals.GetStr(object.Intern("__path__")) == nil {
		if i := strings.LastIndexByte(pkg, '.'); i >= 0 {
			pkg = pkg[:i]
		} else {
			pkg = ""
		}
	}
	return pkg, nil
}

// resolveName makes the relative name at level absolute within pkg.
func (st *State) resolveName(name, pkg string, level int64) (string, error) {
	t := st.t
	if pkg == "" {
		return "", t.Errorf(object.ImportErrorType, "attempted relative import with no known parent package")
	}
	base := pkg
	for i := int64(1); i < level; i++ {
		j := strings.LastIndexByte(base, '.')
		if j < 0 {
			return "", t.Errorf(object.ImportErrorType, "attempted relative import beyond top-level package")
		}
		base = base[:j]
	}
	if name == "" {
		return base, nil
	}
	return base + "." + name, nil
}

// handleFromlist imports the submodules of package m that __import__'s
// from-list names and m lacks as attributes ('*' stands for __all__).
func (st *State) handleFromlist(m, fromlist *object.Object) error {
	t := st.t
	if !IsModule(m) {
		return nil
	}
	mod := object.Cast[Module](m)
	if mod.Dict.GetStr(object.Intern("__path__")) == nil {
		return nil // not a package
	}
	return object.Iterate(t, fromlist, func(x *object.Object) error {
		if !object.IsStr(x) {
			return t.Errorf(object.TypeErrorType, "Item in %s.__all__ must be str, not %s", mod.Name(), x.Type().Name)
		}
		n := object.StrValue(x)
		if n == "*" {
			if all := mod.Dict.GetStr(object.Intern("__all__")); all != nil {
				return st.handleFromlist(m, all)
			}
			return nil
		}
		if mod.Dict.GetStr(object.AsStr(x)) != nil {
			return nil
		}
		sub, err := st.Import(mod.Name() + "." + n)
		if err != nil {
			if object.ErrorMatches(err, object.ModuleNotFoundErrorType) {
				t.DropError(err)
				return nil
			}
			return err
		}
		t.Decref(sub)
		return nil
	})
}

// Import returns the module named name, importing it on first use:
// sys.modules, then Go modules, then name.py on the path.
func (st *State) Import(name string) (*object.Object, error) {
	t := st.t
	in := st.interp
	key := object.NewStr(t, name)
	defer t.Decref(key)
	if m, _ := in.Modules.GetItemRef(t, key); m != nil {
		if m == object.None {
			t.Decref(m)
			e := t.Errorf(object.ModuleNotFoundErrorType, "import of %s halted; None in sys.modules", name)
			return nil, withImportName(t, e, name)
		}
		if in.imports != nil {
			if err := st.ensureInitialized(m, name); err != nil {
				t.Decref(m)
				return nil, err
			}
			return m, nil
		}
		// sys.modules holds a module while its code runs: if another
		// thread is still running it, wait until it has finished.
		if st.importingElsewhere(name) {
			st.lockImport(name)()
		}
		return m, nil
	}
	if in.imports != nil {
		return st.findAndLoad(name)
	}
	// One thread imports a module while others wanting it wait: the
	// module's code runs once, and nobody sees it half-made by another
	// thread (CPython's per-module import locks).
	defer st.lockImport(name)()
	if m, _ := in.Modules.GetItemRef(t, key); m != nil {
		return m, nil
	}
	in.mu.Lock()
	native := in.nativeMod[name]
	in.mu.Unlock()
	if native != nil {
		m, err := native(st)
		if err != nil {
			return nil, err
		}
		if IsModule(m) {
			object.ClaimModuleFunctions(object.Cast[Module](m).Dict, name)
		}
		if err := in.Modules.SetItem(t, key, m); err != nil {
			t.Decref(m)
			return nil, err
		}
		return m, nil
	}
	rel := strings.ReplaceAll(name, ".", string(filepath.Separator))
	for _, dir := range st.searchPath() {
		dir = importDir(dir)
		for _, cand := range []string{dir + rel + ".py", dir + filepath.Join(rel, "__init__.py")} {
			src, err := os.ReadFile(cand)
			if err != nil {
				continue
			}
			// cand is OS bytes; __file__ and tracebacks show its str.
			m, err := st.execModule(name, codecs.FSDecode(cand), src, key)
			if err == nil {
				st.bindToParent(name, m)
			}
			return m, err
		}
	}
	return nil, st.moduleNotFound(name)
}

// importDir is a sys.path entry as the directory prefix of the files
// found there, made absolute as CPython's path finder does ("" and "."
// are the working directory, a relative entry is joined to it unchanged),
// so that a module's __file__ and its tracebacks show absolute paths.
func importDir(dir string) string {
	if dir == "" || dir == "." || !filepath.IsAbs(dir) {
		wd, err := os.Getwd()
		if err != nil {
			wd = "."
		}
		if dir != "" && dir != "." {
			wd = strings.TrimSuffix(wd, "/") + "/" + dir
		}
		dir = wd
	}
	return strings.TrimSuffix(dir, "/") + "/"
}

// bindToParent makes a submodule an attribute of its package, as the
// import system does (pkg.sub after "import pkg.sub").
func (st *State) bindToParent(name string, m *object.Object) {
	i := strings.LastIndexByte(name, '.')
	if i < 0 {
		return
	}
	parent, _ := st.interp.Modules.GetItem(st.t, object.NewStrStatic(name[:i]))
	if parent != nil && IsModule(parent) {
		object.Cast[Module](parent).Dict.SetStr(st.t, object.Intern(name[i+1:]), m)
	}
}

// searchPath returns sys.path when the sys module was imported (a program
// may have changed it), else the interpreter's initial path, as OS bytes.
func (st *State) searchPath() []string {
	if sys, _ := st.interp.Modules.GetItem(st.t, object.NewStrStatic("sys")); sys != nil && IsModule(sys) {
		if p := object.Cast[Module](sys).Dict.GetStr(object.Intern("path")); p != nil && object.IsList(p) {
			var dirs []string
			items := object.AsList(p).Snapshot(st.t)
			for _, d := range items {
				if object.IsStr(d) {
					// As os.fsencode; an entry no OS path can spell
					// (a surrogate that is no escaped byte) holds nothing.
					if dir, err := codecs.FSEncode(object.StrValue(d)); err == nil {
						dirs = append(dirs, dir)
					}
				}
				st.t.Decref(d)
			}
			return dirs
		}
	}
	return st.interp.Path
}

func (st *State) moduleNotFound(name string) error {
	t := st.t
	msg := "No module named '" + name + "'"
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		// A submodule of a module that is not a package (os.nosuch).
		parentKey := object.NewStr(t, name[:i])
		parent, _ := st.interp.Modules.GetItemRef(t, parentKey)
		t.Decref(parentKey)
		if parent != nil {
			if IsModule(parent) && object.Cast[Module](parent).Dict.GetStr(object.Intern("__path__")) == nil {
				msg += "; '" + name[:i] + "' is not a package"
			}
			t.Decref(parent)
		}
	}
	if st.interp.StdlibMissing {
		msg += " (" + StdlibHint + ")"
	}
	return withImportName(t, t.NewException(object.ModuleNotFoundErrorType, object.NewStr(t, msg)), name)
}

// execModule compiles and runs a .py module, registering it in
// sys.modules first so that circular imports see the partial module.
func (st *State) execModule(name, path string, src []byte, key *object.Object) (*object.Object, error) {
	t := st.t
	src, err := syntax.DecodeSource(path, src, false)
	if err != nil {
		return nil, st.syntaxError(err)
	}
	mod, err := syntax.ParseFile(path, src)
	if err != nil {
		return nil, st.syntaxError(err)
	}
	code, err := compile.File(t, path, mod, compile.ExecMode)
	if err != nil {
		return nil, st.syntaxError(err)
	}
	m := st.NewModule(name)
	m.Dict.SetStr(t, object.Intern("__file__"), object.NewStr(t, path))
	// A package (its __init__.py) has __path__ and is its own
	// __package__; a plain module's package is its parent.
	pkg := name
	if filepath.Base(path) == "__init__.py" {
		p := object.NewList(t, []*object.Object{object.NewStr(t, filepath.Dir(path))})
		m.Dict.SetStr(t, object.Intern("__path__"), p.Obj())
		t.Decref(p.Obj())
	} else if i := strings.LastIndexByte(name, '.'); i >= 0 {
		pkg = name[:i]
	} else {
		pkg = ""
	}
	pkgStr := object.NewStr(t, pkg)
	m.Dict.SetStr(t, object.Intern("__package__"), pkgStr)
	t.Decref(pkgStr)
	if err := st.interp.Modules.SetItem(t, key, m.Obj()); err != nil {
		t.Decref(m.Obj())
		return nil, err
	}
	if _, err := st.RunCode(code, m.Dict, nil); err != nil {
		st.interp.Modules.DelItem(t, key)
		t.Decref(m.Obj())
		return nil, err
	}
	return m.Obj(), nil
}

// importing reports whether module name is being imported (its code is
// still running, on this thread or another).
func (st *State) importing(name string) bool {
	in := st.interp
	in.mu.Lock()
	defer in.mu.Unlock()
	return in.importing[name] != nil
}

// withImportName sets ImportError.name on the error e.
func withImportName(t *object.Thread, e error, name string) error {
	exc := t.AsException(e)
	n := object.NewStr(t, name)
	t.SetImportErrorAttrs(exc, n, nil)
	t.Decref(n)
	return exc
}

// importFrom implements IMPORT_FROM.
func (st *State) importFrom(mod *object.Object, name *object.Str) (*object.Object, error) {
	t := st.t
	v, err := object.GetAttr(t, mod, name)
	if err == nil {
		return v, nil
	}
	if !object.ErrorMatches(err, object.AttributeErrorType) {
		return nil, err
	}
	t.DropError(err)
	modName := "?"
	where := ""
	var path *object.Object // the module's __file__, ImportError.path
	if IsModule(mod) {
		// A submodule not yet imported as an attribute.
		modName = object.Cast[Module](mod).Name()
		if sub, err := st.Import(modName + "." + name.String()); err == nil {
			return sub, nil
		} else {
			t.DropError(err)
		}
		d := object.Cast[Module](mod).Dict
		if f := d.GetStr(object.Intern("__file__")); f != nil && object.IsStr(f) {
			where = " (" + object.StrValue(f) + ")"
			path = f
		}
		if st.importing(modName) || st.specInitializing(mod) {
			e := t.Errorf(object.ImportErrorType, "cannot import name '%s' from partially initialized module '%s' (most likely due to a circular import)%s", name, modName, where)
			t.SetImportErrorAttrs(t.AsException(e), nil, path)
			return nil, withImportName(t, e, modName)
		}
	}
	e := t.Errorf(object.ImportErrorType, "cannot import name '%s' from '%s'%s", name, modName, where)
	t.SetImportErrorAttrs(t.AsException(e), nil, path)
	return nil, withImportName(t, e, modName)
}

// importStar implements "from m import *".
func (st *State) importStar(f *Frame, mod *object.Object) error {
	t := st.t
	if !IsModule(mod) {
		return t.Errorf(object.TypeErrorType, "import * requires a module")
	}
	src := object.Cast[Module](mod).Dict
	dst := f.locals
	if dst == nil {
		dst = f.globals.Obj()
	}
	if all := src.GetStr(strAll); all != nil {
		return object.Iterate(t, all, func(name *object.Object) error {
			v, err := object.GetItem(t, src.Obj(), name)
			if err != nil {
				return err
			}
			err = object.SetItem(t, dst, name, v)
			t.Decref(v)
			return err
		})
	}
	for pos := 0; ; {
		var k, v *object.Object
		var ok bool
		pos, k, v, ok = src.Next(pos)
		if !ok {
			return nil
		}
		if object.IsStr(k) && !strings.HasPrefix(object.StrValue(k), "_") {
			if err := object.SetItem(t, dst, k, v); err != nil {
				return err
			}
		}
	}
}

// RunCode runs module-level code with globals (and locals, which may be
// nil to use globals) and returns its result.
func (st *State) RunCode(code *compile.Code, globals, locals *object.Dict) (*object.Object, error) {
	var l *object.Object
	if locals != nil {
		l = locals.Obj()
	}
	return st.runCodeIn(code, globals, l, nil)
}

// runCodeIn is RunCode for any code object exec runs: a function's code
// gets its cells made and its free variables bound to closure (a tuple
// of as many cells, checked by the caller), as a call would. locals may be
// any mapping.
func (st *State) runCodeIn(code *compile.Code, globals *object.Dict, locals, closure *object.Object) (*object.Object, error) {
	builtins := st.t.NewRef(st.builtinsFor(globals))
	defer st.t.Decref(builtins) // the code may rebind its globals' __builtins__
	f := st.pushFrame(code)
	f.globals = globals
	f.builtins = builtins
	if locals != nil {
		f.locals = locals
		st.t.Incref(locals)
	}
	if len(code.CellNames) > 0 || closure != nil {
		t := st.t
		nl := len(code.LocalNames)
		for i := range code.CellNames {
			f.slots[nl+i] = object.RefSteal(&newCell(t, nil).Object)
		}
		if closure != nil {
			base := nl + len(code.CellNames)
			for i, c := range object.AsTuple(closure).Items {
				f.slots[base+i] = t.RefFromNew(c)
			}
		}
	}
	st.t.Depth++
	r, err := st.run(f)
	st.t.Depth--
	return r, err
}

// importLock is the lock of one module being imported. Its owner may take
// it again (a module whose code imports itself, directly or through a
// cycle, gets the partly made module from sys.modules as in CPython).
type importLock struct {
	owner uint64 // thread ident
	depth int
	done  chan struct{} // closed when released
}

// importingElsewhere reports whether another thread is importing name.
func (st *State) importingElsewhere(name string) bool {
	in := st.interp
	in.mu.Lock()
	l := in.importing[name]
	in.mu.Unlock()
	return l != nil && l.owner != st.t.ID()
}

// lockImport takes the import lock of module name and returns its
// release. A thread waiting for another's import is detached, so that a
// stop-the-world (or, in GIL mode, the importing thread) can proceed.
func (st *State) lockImport(name string) func() {
	in, me := st.interp, st.t.ID()
	for {
		in.mu.Lock()
		if in.importing == nil {
			in.importing = map[string]*importLock{}
		}
		l := in.importing[name]
		if l == nil {
			l = &importLock{owner: me, done: make(chan struct{})}
			in.importing[name] = l
		}
		if l.owner == me {
			l.depth++
			in.mu.Unlock()
			return func() {
				in.mu.Lock()
				if l.depth--; l.depth == 0 {
					delete(in.importing, name)
					close(l.done)
				}
				in.mu.Unlock()
			}
		}
		in.mu.Unlock()
		st.t.Detach()
		<-l.done
		st.t.Attach()
	}
}

// IsModule reports whether o is a module (of a class derived from
// types.ModuleType too).
func IsModule(o *object.Object) bool {
	return o.Type() == ModuleType || object.IsSubtype(o.Type(), ModuleType)
}
