// Package ftpy embeds the ftpy runtime, a free-threaded Python 3, in Go
// programs: create an Interpreter, run Python source in it, move values
// between Go and Python, call Python functions, from as many goroutines
// as you like at once.
//
// Each call runs on the calling goroutine with a thread state of its own
// (CPython's PyThreadState), so calls from several goroutines run in
// parallel, as Python threads do. Nothing a script does exits the
// process: SystemExit is an *Error too.
//
// # Stopping a call
//
// The context.Context given to a call stops it once the context is done:
// a hard stop, the counterpart of goja's Runtime.Interrupt. The Python
// code raises KeyboardInterrupt (TimeoutError when the context's
// deadline passed) at its next safe point (a loop's backward jump, a
// call), or at once if it waits in a blocking call (time.sleep, a lock,
// Thread.join, queue.Queue.get, a read from standard input, input()).
// Python code cannot catch this exception: except clauses, bare ones
// included, let it pass, and a with statement's __exit__ runs but cannot
// suppress it. finally blocks and __exit__ methods run once each as it
// unwinds, to completion (a finally block that never ends keeps the call
// running). Code that swallows it anyway, with a return or break in a
// finally block, gets it again at its next safe point, so even
//
//	while True:
//	    try:
//	        time.sleep(1)
//	    except BaseException:
//	        pass
//
// ends. The call then returns an *Error whose Err is the context's error,
// so errors.Is(err, context.DeadlineExceeded) (or context.Canceled)
// holds. The stop belongs to that call alone: other calls running at the
// same time, and threads the code started, go on, and the interpreter
// serves the next call as before.
//
// Extension modules written in Go (package ext) are importable from every
// interpreter created after their registration.
package ftpy

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/ftpy/ftpy/compile"
	"github.com/ftpy/ftpy/ext"
	_ "github.com/ftpy/ftpy/lib/all" // the standard modules
	"github.com/ftpy/ftpy/lib/codecs"
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/syntax"
	"github.com/ftpy/ftpy/vm"
)

// Options configure an interpreter.
type Options struct {
	// GIL runs the process's runtime with a global interpreter lock (as
	// ftpy -X gil=1). The mode is per process and is fixed once threads
	// exist: every interpreter of a process must ask for the same one.
	GIL bool
	// RecursionLimit bounds the depth of Python calls (default 1000).
	RecursionLimit int
	// Stdout and Stderr receive print() and tracebacks (default: the
	// process's); Stdin feeds input() (default: none).
	Stdout, Stderr io.Writer
	Stdin          io.Reader
	// Path lists the directories import searches for .py modules
	// before the standard library (the front of sys.path).
	Path []string
	// Argv is sys.argv.
	Argv []string
	// Stdlib is the directory of the CPython 3.11 Lib the interpreter
	// takes its standard library from ("/usr/lib/python3.11"); "" looks
	// for one as the ftpy command does (FTPY_STDLIB, then the usual
	// install locations). NoStdlib leaves it out: then only the modules
	// built into the binary import, besides those on Path.
	Stdlib   string
	NoStdlib bool
	// StdlibFS, when set, is the Lib to use instead of a directory: an
	// fs.FS with the Lib's files at its root (os.py, json/, ...), such as
	// an embed.FS of a copy a program ships in its binary. Its modules
	// import as from disk, named "/<ftpy-stdlib>/json/__init__.py" and so
	// on; like zipimport's, they have no files for open() to read.
	StdlibFS fs.FS
	// Site imports the site module at start, which puts site-packages
	// on sys.path, as the ftpy command does unless -S.
	Site bool
}

// ErrNoStdlib is returned by New when Options.Stdlib names a directory,
// or Options.StdlibFS is an FS, that holds no CPython Lib.
var ErrNoStdlib = errors.New("ftpy: Options.Stdlib or StdlibFS holds no CPython " + vm.StdlibVersion + " standard library")

// Interpreter is a Python interpreter: its modules, its __main__
// namespace and its settings. Its methods may be called from any number
// of goroutines at once.
type Interpreter struct {
	in   *vm.Interp
	main *object.Dict // __main__'s globals (immortal)
}

// ErrMode is returned by New when the process's runtime already runs in
// the other mode (GIL or free-threaded).
var ErrMode = errors.New("ftpy: the runtime already runs in the other mode (GIL or free-threaded)")

// New creates an interpreter.
func New(opts Options) (*Interpreter, error) {
	if object.GILEnabled() != opts.GIL {
		cfg := object.CurrentConfig()
		cfg.GIL = opts.GIL
		if err := object.Configure(cfg); err != nil {
			return nil, ErrMode
		}
	}
	t := object.NewThread()
	t.Attach()
	defer t.Exit()
	in := vm.NewInterp(t)
	stdout, stderr := opts.Stdout, opts.Stderr
	if stdout == nil {
		stdout = os.Stdout
	}
	if stderr == nil {
		stderr = os.Stderr
	}
	stdin := opts.Stdin
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	in.Stdout, in.Stderr, in.Stdin = vm.NewSyncWriter(stdout), vm.NewSyncWriter(stderr), stdin
	if opts.RecursionLimit > 0 {
		in.SetRecursionLimit(opts.RecursionLimit)
	}
	in.Path = append([]string(nil), opts.Path...)
	in.Argv = append([]string{""}, opts.Argv...)
	if len(opts.Argv) > 0 {
		in.Argv = append([]string(nil), opts.Argv...)
	}
	switch {
	case opts.NoStdlib:
	case opts.StdlibFS != nil:
		if !vm.IsStdlibFS(opts.StdlibFS) {
			return nil, ErrNoStdlib
		}
		in.Stdlib, in.StdlibFS = vm.StdlibFSRoot, opts.StdlibFS
		in.Path = append(in.Path, vm.StdlibFSRoot)
	default:
		lib := opts.Stdlib
		if lib == "" {
			lib = vm.FindStdlib(os.Getenv)
		} else if !vm.IsStdlib(lib) {
			return nil, ErrNoStdlib
		}
		in.Stdlib, in.StdlibMissing = lib, lib == ""
		if lib != "" {
			in.Path = append(in.Path, lib)
		}
	}
	st := in.Attach(t)
	if err := st.InitImport(); err != nil {
		return nil, newError(st, err)
	}
	if opts.Site && in.Stdlib != "" {
		m, err := st.Import("site")
		if err != nil {
			return nil, newError(st, err)
		}
		t.Decref(m)
	}
	m, err := st.NewMainModule("<string>")
	if err != nil {
		return nil, newError(st, err)
	}
	t.MakeImmortal(m.Obj())
	t.MakeImmortal(m.Dict.Obj())
	return &Interpreter{in: in, main: m.Dict}, nil
}

// Error is a Python exception that a call let escape.
type Error struct {
	Type      string // the exception's class name, e.g. "ValueError"
	Message   string // str() of the exception
	Traceback string // the traceback as CPython prints it
	// Err is the call's context's error (context.Canceled or
	// context.DeadlineExceeded) when the context stopped the call, else
	// nil. errors.Is sees it through the *Error.
	Err error
}

// Unwrap returns Err.
func (e *Error) Unwrap() error { return e.Err }

func (e *Error) Error() string {
	if e.Message == "" {
		return e.Type
	}
	return e.Type + ": " + e.Message
}

// do runs f on the calling goroutine with a thread state of its own,
// stopped when ctx is done, and turns a Python exception into *Error.
// A nil ctx is context.Background().
func (i *Interpreter) do(ctx context.Context, f func(st *vm.State) error) error {
	if ctx == nil {
		ctx = context.Background()
	}
	t := object.NewThread()
	t.Attach()
	defer t.Exit()
	st := i.in.Attach(t)
	defer st.DropLocals() // before Exit: the call's threading.local attributes
	// The first of concurrent calls is the main thread, which runs
	// signal handlers, for its duration.
	if i.in.ClaimMainState(st) {
		defer i.in.ReleaseMainState(st)
	}
	if done := ctx.Done(); done != nil {
		finished, watched := make(chan struct{}), make(chan struct{})
		defer func() {
			close(finished)
			<-watched // no stop may reach st once the call is over
		}()
		go func() {
			defer close(watched)
			select {
			case <-done:
				if errors.Is(ctx.Err(), context.DeadlineExceeded) {
					st.Stop(object.TimeoutErrorType, "the call's deadline passed", ctx.Err())
				} else {
					st.Stop(object.KeyboardInterruptType, "", ctx.Err())
				}
			case <-finished:
			}
		}()
	}
	err := t.Recovering(func() error { return f(st) })
	defer st.ReleaseStop()
	if err == nil {
		return nil
	}
	return newError(st, err)
}

// newError converts an error a call let escape into an *Error.
func newError(st *vm.State, err error) error {
	t := st.Thread()
	if se, ok := err.(*syntax.Error); ok {
		return &Error{Type: se.Kind, Message: se.Msg, Traceback: se.Format()}
	}
	exc := t.AsException(err)
	defer t.Decref(exc.Obj())
	var tb strings.Builder
	st.WriteTraceback(&tb, exc)
	msg, serr := object.StrString(t, exc.Obj())
	if serr != nil {
		t.DropError(serr)
	}
	return &Error{Type: exc.Type().Name, Message: msg, Traceback: tb.String(), Err: st.Stopped()}
}

// Exec runs Python source (statements) in the __main__ namespace. name
// is the file name tracebacks show, as the OS spells it (bytes that are
// not UTF-8 read as os.fsdecode reads them). The run is interrupted when
// ctx is done; a nil ctx stands for context.Background().
func (i *Interpreter) Exec(ctx context.Context, name, src string) error {
	name = codecs.FSDecode(name)
	return i.do(ctx, func(st *vm.State) error {
		t := st.Thread()
		mod, err := syntax.ParseFile(name, []byte(src))
		if err != nil {
			return err
		}
		code, err := compile.File(t, name, mod, compile.ExecMode)
		if err != nil {
			return err
		}
		r, err := st.RunCode(code, i.main, nil)
		if err == nil {
			t.Decref(r)
		}
		return err
	})
}

// ExecFile runs the Python file at path in the __main__ namespace (a nil
// ctx stands for context.Background()).
func (i *Interpreter) ExecFile(ctx context.Context, path string) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	return i.Exec(ctx, path, string(src))
}

// Get returns the value of a global of __main__, converted to Go (see
// ext.ToGo: ints, floats, strs, bytes, bools, None, lists, tuples, dicts;
// a list or dict that contains itself gives a ValueError).
func (i *Interpreter) Get(name string) (any, error) {
	var out any
	err := i.do(context.Background(), func(st *vm.State) error {
		t := st.Thread()
		v := i.main.GetStrRef(t, object.Intern(name))
		if v == nil {
			return t.Errorf(object.NameErrorType, "name '%s' is not defined", name)
		}
		defer t.Decref(v)
		var err error
		out, err = ext.ToGo[any](t, v)
		return err
	})
	return out, err
}

// Set stores a Go value (converted with ext.FromGo) as a global of
// __main__.
func (i *Interpreter) Set(name string, v any) error {
	return i.do(context.Background(), func(st *vm.State) error {
		t := st.Thread()
		o, err := ext.FromGo(t, v)
		if err != nil {
			return err
		}
		i.main.SetStr(t, object.Intern(name), o)
		t.Decref(o)
		return nil
	})
}

// Call calls the global function (or any callable) name of __main__
// with args converted from Go, and returns its result converted to Go.
// The call is interrupted when ctx is done; a nil ctx stands for
// context.Background(). An argument or result that contains itself (a
// slice, map, list or dict) is an error (ValueError), not an endless
// conversion.
func (i *Interpreter) Call(ctx context.Context, name string, args ...any) (any, error) {
	var out any
	err := i.do(ctx, func(st *vm.State) error {
		t := st.Thread()
		fn := i.main.GetStrRef(t, object.Intern(name))
		if fn == nil {
			return t.Errorf(object.NameErrorType, "name '%s' is not defined", name)
		}
		defer t.Decref(fn)
		r, err := ext.CallObject(t, fn, args...)
		if err != nil {
			return err
		}
		defer t.Decref(r)
		out, err = ext.ToGo[any](t, r)
		return err
	})
	return out, err
}
