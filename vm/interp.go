// This file defines Interp, one interpreter: its builtins, its modules and
// its settings, and State, the part of it each thread owns.

package vm

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/ftpy/ftpy/object"
)

// Interp is an interpreter. Several threads may run code in it at once,
// each with its own State.
type Interp struct {
	Builtins *object.Dict // the builtins module's dict (immortal)
	Modules  *object.Dict // sys.modules (immortal)
	Stdout   io.Writer
	Stderr   io.Writer
	Stdin    io.Reader
	// StdioFDs says that Stdin, Stdout and Stderr lead to the process's
	// descriptors 0, 1 and 2 (the command sets it; an embedding's own
	// writers do not): sys.stdout.buffer.raw is then a FileIO over 1.
	StdioFDs bool
	// recursionLimit bounds the depth of Python calls
	// (sys.setrecursionlimit). Atomic: every thread reads it at each
	// call while any thread may set it.
	recursionLimit atomic.Int64
	// Path lists the directories searched for .py modules (sys.path),
	// and Argv is sys.argv: both as the OS gives them (bytes, which sys
	// decodes as os.fsdecode does).
	Path []string
	Argv []string
	// XOptions are the -X options (sys._xoptions); "" stands for an
	// option given without a value.
	XOptions map[string]string

	// Stdlib is the directory of the CPython 3.11 Lib the interpreter
	// runs (FindStdlib), "" for none: then only built-in modules and
	// the .py files on Path import.
	Stdlib string
	// StdlibMissing says the Lib was looked for and not found: a missing
	// module's ImportError then says how to install it.
	StdlibMissing bool
	// StdlibFS, when set, holds the Lib instead of a directory (a Go
	// program's embedded copy): Stdlib is then StdlibFSRoot, the name
	// its modules' paths start with, and an importer of ftpy's own
	// (stdlibfs.go) reads them from it.
	StdlibFS fs.FS
	// Flags are the command-line settings sys.flags shows.
	Flags Flags

	// imports is CPython's import system once InitImport installed it
	// (nil without a Lib). Set once at start-up, before other threads.
	imports *importSystem
	impLock globalImportLock // _imp.acquire_lock's, guarded by mu

	mu        sync.Mutex
	nativeMod map[string]NativeModule
	importing map[string]*importLock // modules being imported (lockImport)
	stdinOnce sync.Once
	stdinIR   io.Reader   // Stdin made interruptible (StdinReader)
	atexit    atexitState // atexit.register's calls, guarded by mu
	codecs    codecRegistry

	// mainState is the main thread (signal.go): the one that runs
	// signal handlers; signalRunner is the signal module's, and
	// claimedSignals the signals it handles (a bit per number).
	mainState      atomic.Pointer[State]
	signalRunner   atomic.Pointer[SignalRunner]
	claimedSignals atomic.Uint64
}

// NativeModule creates a module written in Go when it is first imported.
type NativeModule func(st *State) (*object.Object, error)

// NewInterp returns an interpreter with the builtins installed. The
// caller's thread t must be attached.
func NewInterp(t *object.Thread) *Interp {
	in := &Interp{
		Stdout:    os.Stdout,
		Stderr:    os.Stderr,
		Stdin:     os.Stdin,
		nativeMod: map[string]NativeModule{},
	}
	in.recursionLimit.Store(1000)
	in.Builtins = object.NewModuleDict(t)
	t.MakeImmortal(in.Builtins.Obj())
	in.Modules = object.NewDict(t)
	t.MakeImmortal(in.Modules.Obj())
	st := in.Attach(t)
	installBuiltins(st)
	for name, m := range registeredModules {
		in.nativeMod[name] = m
	}
	return in
}

// registeredModules are the Go modules every interpreter offers.
var registeredModules = map[string]NativeModule{}

// ModuleNames returns the names of the top-level modules built into the
// binary, sorted (sys.builtin_module_names).
func ModuleNames() []string {
	names := make([]string, 0, len(registeredModules))
	for name := range registeredModules {
		if !strings.Contains(name, ".") {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	return names
}

// RegisterModule makes a Go module importable by name in every
// interpreter created afterwards. Call it from init functions.
func RegisterModule(name string, m NativeModule) { registeredModules[name] = m }

// State is one thread's part of an interpreter (CPython's thread state,
// above the object core's Thread).
type State struct {
	t      *object.Thread
	interp *Interp
	frame  *Frame // innermost running frame
	// handled is the exception being handled (sys.exc_info()[1]), owned.
	// While a generator runs, it is the generator's own (nil outside its
	// except blocks), and outerHandled holds its callers', owned, which
	// sys.exc_info() and chaining fall back to (CPython's exc_info chain).
	handled      *object.Object
	outerHandled []*object.Object
	stack        dataStack
	interrupted  atomic.Bool // Ctrl-C arrived (interrupt.go)
	// pendingSignals holds a bit per signal whose Python handler is to
	// run (signal.go).
	pendingSignals atomic.Uint64
	// interruptType is what the pending interrupt raises (nil:
	// KeyboardInterrupt).
	interruptType atomic.Pointer[pendingInterrupt]
	// stop is the embedder's hard stop (Stop), nil until asked for;
	// stopExc is the exception it raised last (owned), which except
	// clauses do not catch.
	stop    atomic.Pointer[pendingInterrupt]
	stopExc *object.Object
	// wake receives a token when an interrupt or stop is asked for:
	// blocking calls wait on it (block.go).
	wake chan struct{}
	// argBuf is a LIFO buffer for the borrowed argument arrays of calls
	// from the eval loop to non-Python callables.
	argBuf []*object.Object
	// refBuf is the same for the stack refs of calls from Go to Python
	// functions.
	refBuf []object.StackRef
	// LocalSlots holds this thread's attributes of each thread-local
	// object (_thread._local), by the object's serial number: a map only
	// this thread touches, so reading a local shares no memory.
	LocalSlots map[uint64]*LocalSlot

	// Last, away from the fields the eval loop uses at every call:
	// asyncGenFirstIter and asyncGenFinalizer are this thread's
	// sys.set_asyncgen_hooks hooks (owned; nil when unset).
	asyncGenFirstIter, asyncGenFinalizer *object.Object
	// coldErr and coldReraise are the outcome of the last opcode the
	// eval loop left to coldOp.
	coldErr     error
	coldReraise bool
	// coroOriginDepth is sys.set_coroutine_origin_tracking_depth's
	// value, kept for its getter (no origin is recorded).
	coroOriginDepth int
	// profiler is the profiler set on this thread, or nil (profile.go).
	profiler Profiler
	// traceFunc and profileFunc are this thread's sys.settrace and
	// sys.setprofile functions (owned, or nil); trace.go calls them.
	traceFunc, profileFunc *object.Object
	// hooked is set while any of the three is; inHook counts the hooks
	// running, during which nothing is reported (trace.go).
	hooked bool
	inHook int
	// installingTrace and installingProfile are set while the old
	// function of sys.settrace or sys.setprofile is dropped.
	installingTrace, installingProfile bool
	// hookEvent and hookFrame are the event and frame of the innermost
	// hook running (f_lineno's setter checks them).
	hookEvent *object.Object
	hookFrame *Frame
}

// DropLocals releases this thread's attributes of every thread-local
// object, as the thread finishes: whatever runs Python on a thread state
// of its own (a _thread thread, an embedding call) calls it before the
// state's Exit.
func (st *State) DropLocals() {
	// The thread's sys.settrace and sys.setprofile functions go too.
	trace, profile := st.traceFunc, st.profileFunc
	st.traceFunc, st.profileFunc = nil, nil
	st.updateHooked()
	st.t.XDecref(trace)
	st.t.XDecref(profile)
	slots := st.LocalSlots
	st.LocalSlots = nil
	for _, slot := range slots {
		// The local may be dying on another thread and emptying this slot
		// too: whoever swaps the dict out drops it.
		if d := slot.Dict.Swap(nil); d != nil {
			st.t.Decref(d.Obj())
		}
	}
}

// LocalSlot holds one thread's attribute dict of one thread-local object.
// The thread reads it; the local object, when it dies on any thread,
// empties it, which is why the pointer is atomic. The padding keeps each
// slot on a cache line of its own.
type LocalSlot struct {
	Dict atomic.Pointer[object.Dict]
	_    [56]byte
}

// Attach returns t's State in in, creating it on first use.
func (in *Interp) Attach(t *object.Thread) *State {
	if st, ok := t.VM.(*State); ok && st.interp == in {
		return st
	}
	st := &State{t: t, interp: in, wake: make(chan struct{}, 1)}
	t.VM = st
	t.SetRecursionLimitSource(&in.recursionLimit)
	return st
}

// RecursionLimit returns the bound on the depth of Python calls.
func (in *Interp) RecursionLimit() int { return int(in.recursionLimit.Load()) }

// SetRecursionLimit sets the bound on the depth of Python calls for every
// thread of in; threads running see it at their next call.
func (in *Interp) SetRecursionLimit(n int) { in.recursionLimit.Store(int64(n)) }

// stateOf returns the State of the interpreter running on t.
func stateOf(t *object.Thread) *State { return t.VM.(*State) }

// Thread returns the object core's thread.
func (st *State) Thread() *object.Thread { return st.t }

// Interp returns the interpreter.
func (st *State) Interp() *Interp { return st.interp }

func sprintf(format string, args ...any) string { return fmt.Sprintf(format, args...) }

// StateOf returns the interpreter state of the thread t, which must be
// running Python code.
func StateOf(t *object.Thread) *State { return stateOf(t) }

// Handled returns the exception being handled (sys.exc_info), borrowed,
// or nil.
func (st *State) Handled() *object.Object { return st.topHandled() }

// topHandled is the exception being handled: the innermost running
// frame's, else the nearest caller's across running generators.
func (st *State) topHandled() *object.Object {
	if st.handled != nil {
		return st.handled
	}
	for i := len(st.outerHandled) - 1; i >= 0; i-- {
		if h := st.outerHandled[i]; h != nil {
			return h
		}
	}
	return nil
}
