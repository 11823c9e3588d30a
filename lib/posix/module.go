// Package posix implements CPython's posix module (Modules/posixmodule.c)
// for Linux: the operating-system calls that the Lib's os.py re-exports
// (from posix import *), with CPython's names, signatures (dir_fd and
// follow_symlinks where it takes them), results (os.stat_result and the
// other struct sequences) and errors (the OSError subclass for each
// errno, naming the files involved).
//
// _have_functions lists the HAVE_* names of the *at and f* variants that
// are implemented here, so that os.supports_dir_fd, supports_fd and
// supports_follow_symlinks hold the functions that take those arguments.
package posix

import (
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() { vm.RegisterModule("posix", newModule) }

// platformFuncs are functions only some systems have, added by their
// files' init functions.
var platformFuncs []object.MethodDef

// haveFunctions are the HAVE_* capabilities os.py reads.
var haveFunctions = []string{
	"HAVE_FACCESSAT", "HAVE_FCHDIR", "HAVE_FCHMOD", "HAVE_FCHMODAT", "HAVE_FCHOWN",
	"HAVE_FCHOWNAT", "HAVE_FDOPENDIR", "HAVE_FSTATAT", "HAVE_FSTATVFS", "HAVE_FTRUNCATE", "HAVE_FUTIMENS",
	"HAVE_LINKAT", "HAVE_LCHOWN", "HAVE_LSTAT", "HAVE_MKDIRAT", "HAVE_MKFIFOAT", "HAVE_MKNODAT",
	"HAVE_OPENAT", "HAVE_READLINKAT", "HAVE_RENAMEAT", "HAVE_SYMLINKAT", "HAVE_UNLINKAT",
	"HAVE_UTIMENSAT",
}

// moduleFuncs returns every function of the module.
func moduleFuncs() [][]object.MethodDef {
	return [][]object.MethodDef{statFuncs, fdFuncs, fileFuncs, procFuncs, envFuncs, moreFuncs, platformFuncs,
		{fn("listdir", listdir), fn("scandir", scandir)}}
}

// moduleTypes returns the module's types by name.
func moduleTypes() map[string]*object.Type {
	return map[string]*object.Type{
		"stat_result": statResultType, "uname_result": unameResultType, "times_result": timesResultType,
		"terminal_size": terminalSizeType, "statvfs_result": statvfsResultType, "DirEntry": dirEntryType,
	}
}

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("posix")
	d := m.Dict
	set := func(name string, v *object.Object) {
		d.SetStr(t, object.Intern(name), v)
		t.Decref(v)
	}
	for _, defs := range moduleFuncs() {
		for i := range defs {
			d.SetStr(t, object.Intern(defs[i].Name), object.NewStaticBuiltin(&defs[i]))
		}
	}
	object.ClaimModuleFunctions(d, "posix")
	for name, typ := range moduleTypes() {
		d.SetStr(t, object.Intern(name), typ.Obj())
	}
	d.SetStr(t, object.Intern("error"), object.OSErrorType.Obj())
	for _, c := range intConstants {
		set(c.name, object.NewInt(t, int64(c.value)))
	}
	have := make([]*object.Object, len(haveFunctions))
	for i, h := range haveFunctions {
		have[i] = object.NewStrStatic(h)
	}
	set("_have_functions", object.NewList(t, have).Obj())
	names := object.NewDict(t)
	for name, c := range sysconfNames {
		v := object.NewInt(t, int64(c.code))
		names.SetItem(t, object.Intern(name).Obj(), v)
		t.Decref(v)
	}
	set("sysconf_names", names.Obj())
	env, err := newEnviron(t)
	if err != nil {
		t.Decref(m.Obj())
		return nil, err
	}
	set("environ", env.Obj())
	return m.Obj(), nil
}
