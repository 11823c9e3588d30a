// This file installs CPython's import system, which is written in Python
// (the Lib's importlib/_bootstrap.py and _bootstrap_external.py, which
// CPython freezes into its binary as _frozen_importlib and
// _frozen_importlib_external), and routes imports through it as
// CPython's import.c does: the eval loop looks a module up in
// sys.modules itself, and only on a miss calls
// _bootstrap._find_and_load, which walks sys.meta_path (built-in modules,
// then sys.path through sys.path_hooks) and honours everything importlib
// offers. Without a Lib, the Go path in module.go imports the built-in
// modules alone.

package vm

import (
	"slices"

	"github.com/ftpy/ftpy/compile"
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/syntax"
)

// importSystem holds the Python functions of the installed import
// system (all immortal, as the modules holding them live as long as the
// interpreter).
type importSystem struct {
	findAndLoad    *object.Object // _bootstrap._find_and_load(name, import_)
	handleFromlist *object.Object // _bootstrap._handle_fromlist(module, fromlist, import_)
	lockUnlock     *object.Object // _bootstrap._lock_unlock_module(name)
	importFunc     *object.Object // builtins.__import__ as installed
}

// InitImport installs CPython's import system from the interpreter's
// Lib (in.Stdlib), as CPython's start-up does: _bootstrap._install,
// then _install_external_importers, so that sys.meta_path holds
// BuiltinImporter, FrozenImporter and PathFinder. Without a Lib it does
// nothing: only built-in modules import then.
func (st *State) InitImport() error {
	in := st.interp
	if in.Stdlib == "" || in.imports != nil {
		return nil
	}
	t := st.t
	sys, err := st.Import("sys")
	if err != nil {
		return err
	}
	defer t.Decref(sys)
	bi, err := st.Import("builtins")
	if err != nil {
		return err
	}
	t.Decref(bi)
	imp, err := st.Import("_imp")
	if err != nil {
		return err
	}
	defer t.Decref(imp)
	boot, err := st.runFrozenLib("_frozen_importlib", "importlib/_bootstrap.py", "<frozen importlib._bootstrap>")
	if err != nil {
		return err
	}
	if err := callDrop(t, boot, "_install", sys, imp); err != nil {
		return err
	}
	is := &importSystem{importFunc: in.Builtins.GetStr(object.Intern("__import__"))}
	for _, f := range []struct {
		name string
		dst  **object.Object
	}{{"_find_and_load", &is.findAndLoad}, {"_handle_fromlist", &is.handleFromlist}, {"_lock_unlock_module", &is.lockUnlock}} {
		v, err := object.GetAttrString(t, boot, f.name)
		if err != nil {
			return err
		}
		t.MakeImmortal(v)
		*f.dst = v
	}
	// From here on every import goes through importlib, including those
	// of _bootstrap_external itself (_io, marshal, posix: built-ins).
	in.imports = is
	if _, err := st.runFrozenLib("_frozen_importlib_external", "importlib/_bootstrap_external.py", "<frozen importlib._bootstrap_external>"); err != nil {
		return err
	}
	if err := callDrop(t, boot, "_install_external_importers"); err != nil {
		return err
	}
	if in.StdlibFS != nil {
		return st.installStdlibFSImporter()
	}
	return nil
}

// callDrop calls o.name(args...) and drops the result.
func callDrop(t *object.Thread, o *object.Object, name string, args ...*object.Object) error {
	r, err := callMethod(t, o, name, args...)
	if err != nil {
		return err
	}
	t.Decref(r)
	return nil
}

// runFrozenLib runs one of the Lib's import-system files as the module
// CPython freezes it into, registered in sys.modules first; tracebacks
// show it as CPython's do ("<frozen importlib._bootstrap>"). The module
// is immortal: the import system holds it for the interpreter's life.
func (st *State) runFrozenLib(name, rel, display string) (*object.Object, error) {
	t := st.t
	src, err := st.interp.readStdlib(rel)
	if err != nil {
		return nil, object.OSErrorFromGo(t, err)
	}
	mod, err := syntax.ParseFile(display, src)
	if err != nil {
		return nil, st.syntaxError(err)
	}
	code, err := compile.File(t, display, mod, compile.ExecMode)
	if err != nil {
		return nil, st.syntaxError(err)
	}
	m := st.NewModule(name)
	t.MakeImmortal(m.Obj())
	key := object.NewStr(t, name)
	defer t.Decref(key)
	if err := st.interp.Modules.SetItem(t, key, m.Obj()); err != nil {
		return nil, err
	}
	r, err := st.RunCode(code, m.Dict, nil)
	if err != nil {
		return nil, err
	}
	t.Decref(r)
	return m.Obj(), nil
}

// isBuiltin reports whether name is a module built into the binary that
// the import system offers (BuiltinImporter's _imp.is_builtin).
func (in *Interp) isBuiltin(name string) bool {
	in.mu.Lock()
	defer in.mu.Unlock()
	return in.nativeMod[name] != nil
}

// findAndLoad imports the absolute module name through importlib
// (import.c's import_find_and_load).
func (st *State) findAndLoad(name string) (*object.Object, error) {
	t := st.t
	is := st.interp.imports
	n := object.NewStr(t, name)
	defer t.Decref(n)
	m, err := object.Call(t, is.findAndLoad, []*object.Object{n, is.importFunc}, nil)
	if err != nil {
		removeImportlibFrames(t, t.AsException(err))
		return nil, err
	}
	return m, nil
}

// isImportlibFile reports whether a traceback entry's file is the
// import system's own.
func isImportlibFile(name string) bool {
	return name == "<frozen importlib._bootstrap>" || name == "<frozen importlib._bootstrap_external>"
}

// removeImportlibFrames drops the import system's frames from the
// traceback of an exception an import raised, as CPython's import.c
// does: all of them for an ImportError, otherwise each run of them that
// ends in _call_with_frames_removed (the call into the module's code).
func removeImportlibFrames(t *object.Thread, exc *object.Exception) {
	always := object.IsInstance(exc.Obj(), object.ImportErrorType)
	exc.EditTraceback(t, func(entries []object.TracebackEntry) []object.TracebackEntry {
		var kept, run []object.TracebackEntry
		// The traceback lists the innermost frame first; CPython's walk
		// goes from the outermost.
		for i := len(entries) - 1; i >= 0; i-- {
			e := entries[i]
			if isImportlibFile(e.Filename) {
				run = append(run, e)
				if e.Name == "_call_with_frames_removed" {
					run = run[:0]
				}
				continue
			}
			if !always {
				kept = append(kept, run...)
			}
			run = run[:0]
			kept = append(kept, e)
		}
		if !always {
			kept = append(kept, run...)
		}
		slices.Reverse(kept)
		return kept
	})
}

// ensureInitialized waits, when module m is still being imported by
// another thread (its __spec__._initializing is true), until that import
// has finished (import.c's import_ensure_initialized).
func (st *State) ensureInitialized(m *object.Object, name string) error {
	t := st.t
	if !IsModule(m) {
		return nil
	}
	spec := object.Cast[Module](m).Dict.GetStrRef(t, strSpec)
	if spec == nil || spec == object.None {
		if spec != nil {
			t.Decref(spec)
		}
		return nil
	}
	defer t.Decref(spec)
	init, err := object.GetAttrString(t, spec, "_initializing")
	if err != nil {
		t.DropError(err)
		return nil
	}
	busy, err := object.IsTrue(t, init)
	t.Decref(init)
	if err != nil || !busy {
		return err
	}
	n := object.NewStr(t, name)
	defer t.Decref(n)
	r, err := object.Call(t, st.interp.imports.lockUnlock, []*object.Object{n}, nil)
	if err != nil {
		return err
	}
	t.Decref(r)
	return nil
}

// specInitializing reports whether module m's __spec__._initializing is
// true: importlib is still running its code.
func (st *State) specInitializing(m *object.Object) bool {
	t := st.t
	if st.interp.imports == nil || !IsModule(m) {
		return false
	}
	spec := object.Cast[Module](m).Dict.GetStrRef(t, strSpec)
	if spec == nil {
		return false
	}
	defer t.Decref(spec)
	v, err := object.GetAttrString(t, spec, "_initializing")
	if err != nil {
		t.DropError(err)
		return false
	}
	defer t.Decref(v)
	busy, err := object.IsTrue(t, v)
	if err != nil {
		t.DropError(err)
		return false
	}
	return busy
}
