// This file adds the sys attributes CPython's Lib reads: the import
// system's lists (meta_path, path_hooks, path_importer_cache), where the
// library lives (prefix and friends), sys.implementation, and the small
// functions modules call at import time.

package sys

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

// hexVersion is sys.hexversion for version 3.11.0 final.
const hexVersion = 3<<24 | 11<<16 | 0<<8 | 0xf<<4

func noArgs(name string, f func(t *object.Thread) (*object.Object, error)) object.MethodDef {
	return fn(name, func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, name, args, kw, 0, 0); err != nil {
			return nil, err
		}
		return f(t)
	})
}

var libFuncs = []object.MethodDef{
	noArgs("getfilesystemencoding", func(t *object.Thread) (*object.Object, error) { return object.NewStrStatic("utf-8"), nil }),
	noArgs("getfilesystemencodeerrors", func(t *object.Thread) (*object.Object, error) {
		return object.NewStrStatic("surrogateescape"), nil
	}),
	noArgs("getdefaultencoding", func(t *object.Thread) (*object.Object, error) { return object.NewStrStatic("utf-8"), nil }),
	noArgs("is_finalizing", func(t *object.Thread) (*object.Object, error) { return object.False, nil }),
	noArgs("exception", func(t *object.Thread) (*object.Object, error) {
		if h := vm.StateOf(t).Handled(); h != nil {
			return t.NewRef(h), nil
		}
		return object.None, nil
	}),
	// Audit hooks: ftpy raises no audit events, so a hook is never
	// called; addaudithook accepts one as CPython does.
	fn("audit", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if len(args) == 0 {
			return nil, t.Errorf(object.TypeErrorType, "audit() missing 1 required positional argument: 'event'")
		}
		if !object.IsStr(args[0]) {
			return nil, t.Errorf(object.TypeErrorType, "expected str for argument 'event', not %s", args[0].Type().Name)
		}
		return object.None, nil
	}),
	fn("addaudithook", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "addaudithook", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return object.None, nil
	}),
}

// setLibAttrs sets the attributes of sys that CPython's Lib reads.
func setLibAttrs(st *vm.State, d *object.Dict) {
	t := st.Thread()
	in := st.Interp()
	set := func(name string, v *object.Object) {
		d.SetStr(t, object.Intern(name), v)
		t.Decref(v)
	}
	str := func(s string) *object.Object { return object.NewStr(t, s) }
	for i := range libFuncs {
		d.SetStr(t, object.Intern(libFuncs[i].Name), object.NewStaticBuiltin(&libFuncs[i]))
	}
	set("meta_path", object.NewList(t, nil).Obj())
	set("path_hooks", object.NewList(t, nil).Obj())
	set("path_importer_cache", object.NewDict(t).Obj())
	set("dont_write_bytecode", t.NewRef(object.True))
	set("pycache_prefix", t.NewRef(object.None))
	var names []*object.Object
	for _, name := range vm.ModuleNames() {
		names = append(names, str(name))
	}
	set("builtin_module_names", object.NewTuple(t, names).Obj())
	set("stdlib_module_names", stdlibModuleNames(t, in))

	prefix := "/usr/local"
	if in.Stdlib != "" {
		prefix = vm.StdlibPrefix(in.Stdlib)
	}
	for _, name := range []string{"prefix", "base_prefix", "exec_prefix", "base_exec_prefix"} {
		set(name, str(prefix))
	}
	set("platlibdir", str("lib"))
	exe, err := os.Executable()
	if err != nil {
		exe = ""
	}
	set("executable", str(exe))
	set("_base_executable", str(exe))
	set("hexversion", object.NewInt(t, hexVersion))
	set("api_version", object.NewInt(t, 1013))
	set("abiflags", str(""))
	set("float_repr_style", str("short"))
	set("_git", object.NewTupleRefs(t, str("ftpy"), str(""), str("")).Obj())
	set("_framework", str(""))
	fi, ii, hi := numberInfo(t)
	set("float_info", fi)
	set("int_info", ii)
	set("hash_info", hi)
	set("copyright", str("Copyright (c) the ftpy authors.\nPython's standard library: Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved."))
	warn := make([]*object.Object, len(in.Flags.WarnOptions))
	for i, w := range in.Flags.WarnOptions {
		warn[i] = str(w)
	}
	set("warnoptions", object.NewList(t, warn).Obj())
	orig := []*object.Object{str(filepath.Base(exe))}
	for _, a := range in.Argv {
		orig = append(orig, object.FSDecode(t, a))
	}
	set("orig_argv", object.NewList(t, orig).Obj())

	version := object.NewTupleRefs(t, object.NewInt(t, 3), object.NewInt(t, 11), object.SmallInt(0),
		object.NewStrStatic("final"), object.SmallInt(0))
	set("implementation", object.NewNamespace(t,
		[]string{"name", "cache_tag", "version", "hexversion", "_multiarch"},
		[]*object.Object{str("ftpy"), t.NewRef(object.None), version.Obj(), object.NewInt(t, hexVersion), str(multiarch())}))
}

// multiarch is sys.implementation._multiarch, the platform triplet
// sysconfig names the Lib's build data after.
func multiarch() string {
	arch := map[string]string{"amd64": "x86_64", "arm64": "aarch64", "386": "i386"}[runtime.GOARCH]
	if arch == "" {
		arch = runtime.GOARCH
	}
	if runtime.GOOS == "darwin" {
		return "darwin"
	}
	return arch + "-" + runtime.GOOS + "-gnu"
}

// stdlibModuleNames is sys.stdlib_module_names: the built-in modules and
// the top-level modules and packages of the Lib.
func stdlibModuleNames(t *object.Thread, in *vm.Interp) *object.Object {
	names := slices.Clone(vm.ModuleNames())
	if lib := in.StdlibFiles(); lib != nil {
		entries, _ := fs.ReadDir(lib, ".")
		for _, e := range entries {
			n := e.Name()
			switch {
			case e.IsDir() && !strings.ContainsAny(n, ".-") && n != "site-packages" && n != "__pycache__":
				if _, err := fs.Stat(lib, n+"/__init__.py"); err == nil {
					names = append(names, n)
				}
			case strings.HasSuffix(n, ".py"):
				names = append(names, strings.TrimSuffix(n, ".py"))
			}
		}
	}
	items := make([]*object.Object, len(names))
	for i, n := range names {
		items[i] = object.NewStr(t, n)
	}
	fs, err := object.NewFrozenSet(t, items)
	for _, it := range items {
		t.Decref(it)
	}
	if err != nil { // str hashing cannot fail
		panic(err)
	}
	return fs.Obj()
}
