// This file runs Python programs: a file, -c code, or standard input.

package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/ftpy/ftpy/compile"
	"github.com/ftpy/ftpy/lib/codecs"
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/syntax"
	"github.com/ftpy/ftpy/vm"
)

// program is one run of a Python program.
type program struct {
	filename  string
	src       []byte
	argv      []string
	scriptDir string
	stdout    io.Writer
	stderr    io.Writer
	stdin     io.Reader
	dis       bool // print the bytecode instead of running
	// interrupts routes Ctrl-C to the program as KeyboardInterrupt.
	interrupts bool
	xopts      map[string]string // -X options, for sys._xoptions
	flags      vm.Flags          // the command line's flags (sys.flags)
	module     string            // -m: the module to run as __main__
	// path0 is what goes in front of sys.path once site has run (the
	// script's directory, '' or the working directory), if hasPath0.
	path0    string
	hasPath0 bool
}

// run runs the program as the __main__ module and returns the process
// exit code: 0, 1 after an uncaught exception (its traceback printed to
// stderr), the code given to sys.exit, exitSIGINT after an uncaught
// KeyboardInterrupt, or 120 when standard output cannot be flushed at
// exit, as CPython's codes.
func (p *program) run() int {
	t := object.NewThread()
	t.Attach()
	defer t.Exit()
	p.readEnvironment()
	bufSize := 64 << 10
	if p.flags.Unbuffered {
		bufSize = 0
	}
	out := newOutBuffer(p.stdout, bufSize)
	in := vm.NewInterp(t)
	// Threads print concurrently: the streams serialise their writes.
	stdout := vm.NewSyncWriter(out)
	in.Stdout, in.Stderr, in.Stdin = stdout, vm.NewSyncWriter(p.stderr), p.stdin
	in.StdioFDs = p.stdout == os.Stdout && p.stderr == os.Stderr && p.stdin == os.Stdin
	in.Argv = p.argv
	in.XOptions = p.xopts
	in.Flags = p.flags
	p.setPath(in)
	st := in.Attach(t)
	in.SetMainState(st) // the thread signal handlers run in
	if p.interrupts {
		defer handleInterrupts(st)()
	}
	var code int
	if err := p.startImports(st); err != nil {
		code = p.report(st, err)
	} else if p.module != "" {
		code = p.runModule(st)
	} else {
		code = p.runMain(st, out)
	}
	if err := stdout.Flush(); err != nil {
		// CPython reports the failed flush of sys.stdout at exit (its
		// reader is gone, say) as an unraisable exception, and exits
		// with 120 whatever the program's status.
		exc := t.AsException(object.OSErrorFromGo(t, err))
		msg, serr := object.StrString(t, exc.Obj())
		if serr != nil {
			t.DropError(serr)
		}
		fmt.Fprintf(in.Stderr, "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n%s: %s\n", exc.Type().Name, msg)
		t.Decref(exc.Obj())
		if code != exitSIGINT {
			code = 120
		}
	}
	return code
}

// exitSIGINT is run's code for a program that an uncaught
// KeyboardInterrupt ended: the process ends killed by SIGINT (exit).
const exitSIGINT = 1<<16 | 2

// runMain compiles and runs the program's code, then waits for its
// threads, and returns its exit code.
func (p *program) runMain(st *vm.State, out io.Writer) int {
	t := st.Thread()
	// The script's name is OS bytes; __file__ and tracebacks show its str.
	filename := codecs.FSDecode(p.filename)
	code, err := compileFile(t, filename, p.src)
	if err != nil {
		se, ok := err.(*syntax.Error)
		if !ok {
			return p.report(st, err) // an error of the compiler itself
		}
		if p.filename == "<string>" {
			se.FromString() // -c source goes through CPython's string tokenizer
		}
		fmt.Fprint(p.stderr, strings.TrimSuffix(se.Format(), "\n")+"\n")
		return 1
	}
	if p.dis {
		compile.Dis(out, code)
		return 0
	}
	m, err := st.NewMainModule(filename)
	if err != nil {
		return p.report(st, err)
	}
	r, err := st.RunCode(code, m.Dict, nil)
	// As CPython, the program's threads finish before it exits, whether
	// or not the main module raised, then the atexit calls run, then the
	// standard streams are flushed (a failure there exits with 120).
	if err == nil {
		t.Decref(r)
	}
	return p.finish(st, err)
}

// finish reports how the main module ended, waits for the program's
// threads, runs the atexit calls and flushes the standard streams, and
// returns the exit code.
func (p *program) finish(st *vm.State, err error) int {
	exit := p.report(st, err)
	st.WaitForThreads()
	st.RunAtexit()
	if !st.FlushStdFiles() {
		return 120
	}
	return exit
}

// report shows how the main module ended and returns the exit code: 0,
// 1 after an uncaught exception (its traceback printed to stderr), or
// the code given to sys.exit.
func (p *program) report(st *vm.State, err error) int {
	t, in := st.Thread(), st.Interp()
	if err != nil {
		in.Flush()
		exc := t.AsException(err)
		defer t.Decref(exc.Obj())
		if code, ok := st.SystemExitCode(exc); ok {
			return code
		}
		st.ReportUncaught(in.Stderr, exc)
		if object.IsInstance(exc.Obj(), object.KeyboardInterruptType) {
			return exitSIGINT
		}
		return 1
	}
	return 0
}

func compileFile(t *object.Thread, filename string, src []byte) (*compile.Code, error) {
	src, err := syntax.DecodeSource(filename, src, true)
	if err != nil {
		return nil, err
	}
	mod, err := syntax.ParseFile(filename, src)
	if err != nil {
		return nil, err
	}
	return compile.File(t, filename, mod, compile.ExecMode)
}

// readSource reads a script, or standard input for "-".
func readSource(path string) ([]byte, string, error) {
	if path == "-" {
		b, err := io.ReadAll(os.Stdin)
		return b, "<stdin>", err
	}
	b, err := os.ReadFile(path)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			return nil, path, fmt.Errorf("can't open file '%s': [Errno 2] No such file or directory", absPath(path))
		}
		return nil, path, err
	}
	return b, path, nil
}

// absPath makes a script's path absolute as CPython does: the working
// directory joined to it as written, "." and ".." kept ("/w/./t.py").
func absPath(p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	wd, err := os.Getwd()
	if err != nil {
		return p
	}
	return strings.TrimSuffix(wd, "/") + "/" + p
}
