// This file prepares the interpreter as CPython's start-up does: the
// environment variables it honours, sys.path, the import system from
// CPython's Lib, and the site module; and runs a module as __main__ (-m)
// through the Lib's runpy.

package main

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

// getenv reads a PYTHON* variable, unless -E or -I said to ignore them.
func (p *program) getenv(name string) string {
	if p.flags.IgnoreEnvironment || p.flags.Isolated {
		return ""
	}
	return os.Getenv(name)
}

// readEnvironment applies the environment variables that stand for
// command-line flags (PYTHONUNBUFFERED for -u, and so on); the command
// line's warning options come before PYTHONWARNINGS'.
func (p *program) readEnvironment() {
	f := &p.flags
	if p.getenv("PYTHONUNBUFFERED") != "" {
		f.Unbuffered = true
	}
	if p.getenv("PYTHONSAFEPATH") != "" {
		f.SafePath = true
	}
	if p.getenv("PYTHONNOUSERSITE") != "" {
		f.NoUserSite = true
	}
	if p.getenv("PYTHONDONTWRITEBYTECODE") != "" {
		f.DontWriteBytecode = true
	}
	if w := p.getenv("PYTHONWARNINGS"); w != "" {
		var env []string
		for _, o := range strings.Split(w, ",") {
			if o = strings.TrimSpace(o); o != "" {
				env = append(env, o)
			}
		}
		f.WarnOptions = append(env, f.WarnOptions...)
	}
}

// useLib reports whether this run imports through CPython's Lib and its
// import system, as every run does unless -X importlib=0 or
// FTPY_IMPORTLIB=0 asks for built-in modules alone.
func (p *program) useLib() bool {
	return p.xopts["importlib"] != "0" && os.Getenv("FTPY_IMPORTLIB") != "0"
}

// setPath sets the interpreter's Lib and sys.path as CPython builds it:
// the script's directory (” for -c and standard input, the working
// directory for -m) unless -P or -I, then PYTHONPATH, then the Lib.
func (p *program) setPath(in *vm.Interp) {
	if !p.useLib() {
		dir := p.scriptDir
		if dir == "" {
			dir = "."
		}
		in.Path = []string{dir}
		return
	}
	var getenv func(string) string
	if !p.flags.IgnoreEnvironment && !p.flags.Isolated {
		getenv = os.Getenv
	}
	in.Stdlib = vm.FindStdlib(getenv)
	in.StdlibMissing = in.Stdlib == ""
	var path []string
	if !p.flags.SafePath && !p.flags.Isolated {
		// The script's directory goes in front once site has run, as
		// CPython inserts it (site makes the entries it sees absolute).
		p.path0 = p.scriptDir
		if p.module != "" {
			if wd, err := os.Getwd(); err == nil {
				p.path0 = wd
			}
		}
		p.hasPath0 = true
	}
	for _, d := range filepath.SplitList(p.getenv("PYTHONPATH")) {
		if d != "" {
			path = append(path, d)
		}
	}
	if in.Stdlib != "" {
		path = append(path, in.Stdlib)
	}
	in.Path = path
}

// startImports installs CPython's import system from the Lib and
// imports site (unless -S), as CPython does before running anything.
func (p *program) startImports(st *vm.State) error {
	in := st.Interp()
	if in.Stdlib == "" {
		return nil
	}
	if err := st.InitImport(); err != nil {
		return err
	}
	if !p.flags.NoSite {
		m, err := st.Import("site")
		if err != nil {
			return err
		}
		st.Thread().Decref(m)
	}
	if !p.hasPath0 {
		return nil
	}
	return p.insertPath0(st)
}

// insertPath0 puts the script's directory (or ”) in front of sys.path.
func (p *program) insertPath0(st *vm.State) error {
	t := st.Thread()
	sys, err := st.Import("sys")
	if err != nil {
		return err
	}
	defer t.Decref(sys)
	path, err := object.GetAttrString(t, sys, "path")
	if err != nil {
		return err
	}
	defer t.Decref(path)
	dir := object.FSDecode(t, p.path0)
	defer t.Decref(dir)
	r, err := vm.CallMethod(t, path, "insert", object.SmallInt(0), dir)
	if err != nil {
		return err
	}
	t.Decref(r)
	return nil
}

// runModule runs module p.module as __main__ through the Lib's
// runpy._run_module_as_main, as python -m does.
func (p *program) runModule(st *vm.State) int {
	t := st.Thread()
	if st.Interp().Stdlib == "" {
		return p.finish(st, t.Errorf(object.ModuleNotFoundErrorType, "No module named runpy (%s)", vm.StdlibHint))
	}
	// runpy runs the module in the __main__ module start-up made, as
	// CPython's.
	if _, err := st.NewMainModule("<string>"); err != nil {
		return p.finish(st, err)
	}
	runpy, err := st.Import("runpy")
	if err != nil {
		return p.finish(st, err)
	}
	defer t.Decref(runpy)
	run, err := object.GetAttrString(t, runpy, "_run_module_as_main")
	if err != nil {
		return p.finish(st, err)
	}
	defer t.Decref(run)
	name := object.NewStr(t, p.module)
	defer t.Decref(name)
	r, err := object.Call(t, run, []*object.Object{name, object.True}, nil)
	if err == nil {
		t.Decref(r)
	}
	return p.finish(st, err)
}
