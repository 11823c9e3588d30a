// This file delivers the events of sys.settrace and sys.setprofile, as
// CPython 3.11 does, to the functions one thread sets.
//
// What a program without hooks pays: nothing per instruction. A frame
// whose events someone hears runs a copy of its code's instructions in
// which the opcodes to report are TRACE (compile.TRACE, the argument
// kept): every one of them while a trace function hears the frame's
// lines (traceAll), only the returns and yields while just a profile
// function hears the frame end (traceExits). The eval loop's TRACE case
// calls traceInstr, then runs the original instruction. The loop picks
// the copy where it loads a frame (its reload label: a call, a return, a
// resumed generator), from Frame.traced; a frame whose mode changes while
// it runs (bdb's set_trace sets f_trace on the frames below it, then
// sys.settrace) is marked retrace, and its loop reloads at its next safe
// point (a backward jump) or when a call through Go returns to it.
//
// Calls: while any hook is set on a thread (State.hooked), its Python
// calls are not run inline in the caller's loop but each through run,
// which reports 'call' (runHooked), and calls of built-in functions go
// through callProfiled, which reports 'c_call', 'c_return' and
// 'c_exception'. 'exception' is reported where the loop records a frame
// in a traceback (frameRaised).
//
// While a hook runs, the thread reports nothing (State.inHook), as
// CPython's tstate->tracing: the hook's own calls are not traced. A hook
// that raises is unset, and its exception propagates from where the
// event happened.

package vm

import (
	"sync"

	"github.com/ftpy/ftpy/compile"
	"github.com/ftpy/ftpy/object"
)

// The trace modes of a frame (Frame.traced).
const (
	tracePlain uint8 = iota // the code's own instructions
	traceExits              // returns and yields report (a profile function)
	traceAll                // every instruction reports (a trace function)
)

// BreakerRetrace asks the eval loop to reload its frame at its next safe
// point: the frame's trace mode changed while it ran.
const BreakerRetrace = object.BreakerUser << 1

// The events, as the hooks receive them.
var (
	evCall       = object.Intern("call").Obj()
	evLine       = object.Intern("line").Obj()
	evReturn     = object.Intern("return").Obj()
	evException  = object.Intern("exception").Obj()
	evOpcode     = object.Intern("opcode").Obj()
	evCCall      = object.Intern("c_call").Obj()
	evCReturn    = object.Intern("c_return").Obj()
	evCException = object.Intern("c_exception").Obj()
)

// tracedCode holds a code object's instruction copies for the two trace
// modes; code objects are immortal, and so are their copies, made on
// first use.
type tracedCode struct{ all, exits []uint32 }

var tracedCopies sync.Map // *compile.Code → *tracedCode

func tracedCopy(code *compile.Code) *tracedCode {
	if v, ok := tracedCopies.Load(code); ok {
		return v.(*tracedCode)
	}
	tc := &tracedCode{all: make([]uint32, len(code.Instrs)), exits: make([]uint32, len(code.Instrs))}
	for i, ins := range code.Instrs {
		traced := ins&^0xff | uint32(compile.TRACE)
		tc.all[i], tc.exits[i] = traced, ins
		switch compile.Opcode(ins) {
		case compile.RETURN_VALUE, compile.RETURN_CONST, compile.YIELD_VALUE:
			tc.exits[i] = traced
		}
	}
	v, _ := tracedCopies.LoadOrStore(code, tc)
	return v.(*tracedCode)
}

// tracedInstrs is the eval loop's choice of instructions for a frame
// whose trace mode is not plain.
func (st *State) tracedInstrs(f *Frame) []uint32 {
	f.retrace = false
	switch f.traced {
	case traceAll:
		return tracedCopy(f.code).all
	case traceExits:
		return tracedCopy(f.code).exits
	}
	return f.code.Instrs
}

// updateHooked recomputes whether any hook is set on the thread.
func (st *State) updateHooked() {
	st.hooked = st.profiler != nil || st.traceFunc != nil || st.profileFunc != nil
}

// localTrace returns a new reference to fo's f_trace, or nil.
func (fo *FrameObject) localTrace(t *object.Thread) *object.Object {
	fo.mu.Lock()
	defer fo.mu.Unlock()
	if fo.trace != nil {
		t.Incref(fo.trace)
	}
	return fo.trace
}

// setLocalTrace makes v (a reference it takes over, or nil) fo's f_trace.
func (fo *FrameObject) setLocalTrace(t *object.Thread, v *object.Object) {
	fo.mu.Lock()
	old := fo.trace
	fo.trace = v
	fo.mu.Unlock()
	t.XDecref(old)
}

func (fo *FrameObject) hasLocalTrace() bool {
	fo.mu.Lock()
	defer fo.mu.Unlock()
	return fo.trace != nil
}

// traceModeOf is the mode f should run in now.
func (st *State) traceModeOf(f *Frame) uint8 {
	if st.traceFunc != nil && f.obj != nil && f.obj.hasLocalTrace() {
		return traceAll
	}
	if st.profileFunc != nil {
		return traceExits
	}
	return tracePlain
}

// retraceChain brings the trace mode of every frame the thread runs up
// to date, as a hook is set: their loops reload at their next safe point.
func (st *State) retraceChain() {
	for f := st.frame; f != nil; f = f.back {
		st.retraceFrame(f)
	}
}

// retraceFrame brings f's trace mode up to date; f runs on st's thread.
func (st *State) retraceFrame(f *Frame) {
	mode := st.traceModeOf(f)
	if mode == f.traced {
		return
	}
	if mode == traceAll {
		f.tracePrev, f.traceSkip = f.lasti, false
	}
	f.traced = mode
	f.retrace = true
	st.t.SetBreaker(BreakerRetrace)
}

// pollLoop is the eval loop's safe point at a backward jump (f.sp and
// f.ip saved): the pending requests, then a reload if f's trace mode
// changed.
func (st *State) pollLoop(f *Frame) error {
	if err := st.handlePending(); err != nil {
		return err
	}
	if st.t.Poll()&BreakerRetrace != 0 {
		st.t.ClearBreaker(BreakerRetrace)
		if f.retrace {
			return st.reloadLoop()
		}
	}
	return nil
}

// reloadLoop makes the eval loop reload its frame from f.sp and f.ip.
func (st *State) reloadLoop() error {
	st.coldErr, st.coldReraise = nil, false
	return errColdOp
}

// retraceAfterCall is callFromStack's end when the caller's trace mode
// changed during the call: the result goes on the caller's stack, and the
// loop reloads the caller after its call instruction.
func (st *State) retraceAfterCall(s []object.StackRef, base int, r *object.Object, err error) (*object.Object, error) {
	if err != nil {
		return nil, err
	}
	f := st.frame
	s[base] = object.RefSteal(r)
	f.sp, f.ip = base+1, f.lasti+1
	return nil, st.reloadLoop()
}

// callHook calls hook fn with frame fo, event and arg, nothing reported
// meanwhile. As CPython 3.11, a function frame's f_locals, if a program
// made it, is brought up to date before and written back to the fast
// locals after, so that a debugger can change a local.
func (st *State) callHook(fn *object.Object, fo *FrameObject, event, arg *object.Object) (*object.Object, error) {
	t := st.t
	st.inHook++
	prevEvent, prevFrame := st.hookEvent, st.hookFrame
	st.hookEvent, st.hookFrame = event, fo.frame.Load()
	defer func() {
		st.inHook--
		st.hookEvent, st.hookFrame = prevEvent, prevFrame
	}()
	if arg == nil {
		arg = object.None
	}
	synced := fo.ns == nil && fo.hasLocalsDict()
	if synced {
		if d, err := frameLocals(t, &fo.Object); err == nil {
			t.Decref(d)
		} else {
			t.DropError(err)
			synced = false
		}
	}
	r, err := object.Call(t, fn, []*object.Object{&fo.Object, event, arg}, nil)
	if synced || fo.ns == nil && fo.hasLocalsDict() {
		st.localsToFast(fo)
	}
	return r, err
}

// traceEvent reports event with arg to the trace function hearing f:
// the thread's for 'call', f_trace for the others. A result other than
// None becomes f_trace. A trace function that raises is unset, thread's
// and frame's.
func (st *State) traceEvent(f *Frame, fo *FrameObject, event, arg *object.Object) error {
	t := st.t
	if st.traceFunc == nil {
		return nil // unset: no frame hears anything (CPython's trampoline is gone)
	}
	var fn *object.Object
	if event == evCall {
		if fn = st.traceFunc; fn != nil {
			t.Incref(fn)
		}
	} else {
		fn = fo.localTrace(t)
	}
	if fn == nil {
		return nil
	}
	r, err := st.callHook(fn, fo, event, arg)
	t.Decref(fn)
	if err != nil {
		_ = st.setTraceFunc(nil) // fails only while one is installed
		fo.setLocalTrace(t, nil)
		return err
	}
	if r != object.None {
		fo.setLocalTrace(t, r)
	} else {
		t.Decref(r)
	}
	return nil
}

// profileEvent reports event with arg to the thread's profile function,
// which is unset if it raises.
func (st *State) profileEvent(fo *FrameObject, event, arg *object.Object) error {
	fn := st.profileFunc
	if fn == nil {
		return nil
	}
	t := st.t
	t.Incref(fn)
	r, err := st.callHook(fn, fo, event, arg)
	t.Decref(fn)
	if err != nil {
		_ = st.setProfileFunc(nil) // fails only while one is installed
		return err
	}
	t.Decref(r)
	return nil
}

// runHooked is run's loop while a hook is set on the thread: 'call'
// before the frame runs (its first instruction, or where a generator
// resumes), 'return' with None when it ends by an exception (returns and
// yields report at their instruction, traceInstr), and the Go profiler's
// calls around it.
func (st *State) runHooked(f *Frame) (result *object.Object, err error) {
	if st.inHook != 0 {
		return st.runLoop(f)
	}
	if p := st.profiler; p != nil {
		key := &f.code.Object
		p.Enter(st.t, key)
		defer func() {
			if st.profiler == p {
				p.Leave(st.t, key)
			}
		}()
	}
	if st.traceFunc == nil && st.profileFunc == nil {
		return st.runLoop(f)
	}
	t := st.t
	// The frame is linked for its 'call' event (f_back), then unlinked
	// again for runLoop, which links it.
	f.back = st.frame
	st.frame = f
	fo := object.Cast[FrameObject](st.frameObject(f, st))
	defer t.Decref(&fo.Object)
	if f.ip == 0 {
		f.lasti = -1 // 'call' is at the def line
	} else {
		f.lasti = f.ip - 1 // a generator resumed at its yield
	}
	f.tracePrev, f.traceSkip = f.lasti, false
	if st.traceFunc != nil {
		err = st.traceEvent(f, fo, evCall, nil)
	}
	if err == nil {
		err = st.profileEvent(fo, evCall, nil)
	}
	if err != nil {
		st.leave(f)
		return nil, err
	}
	st.frame = f.back
	f.traced, f.retrace = st.traceModeOf(f), false
	result, err = st.runLoop(f)
	if err != nil && st.inHook == 0 {
		// Unwound by an exception: 'return' with None. A hook that
		// raises replaces the exception.
		if e := st.traceEvent(f, fo, evReturn, nil); e != nil {
			t.DropError(err)
			err = e
		}
		if e := st.profileEvent(fo, evReturn, nil); e != nil {
			t.DropError(err)
			err = e
		}
	}
	return result, err
}

// traceInstr is the eval loop's TRACE: instruction f.ip-1 of a traced
// frame is about to run (f.sp saved). It reports what the frame's mode
// asks for and returns the original instruction; or errColdOp, with
// st.coldErr the hook's exception, or nil when the loop must reload the
// frame (its mode changed, or the trace function jumped).
func (st *State) traceInstr(f *Frame) (uint32, error) {
	i := f.ip - 1
	ins := f.code.Instrs[i]
	if st.inHook != 0 {
		return ins, nil
	}
	if mode := st.traceModeOf(f); mode != f.traced {
		if mode == traceAll {
			f.tracePrev, f.traceSkip = f.lasti, false
		}
		f.traced = mode
		f.ip = i
		return 0, st.reloadLoop()
	}
	fo := f.obj
	f.lasti = i
	var err error
	if f.traced == traceAll {
		if f.traceSkip {
			f.traceSkip, f.tracePrev = false, i
		} else {
			f.jumpTo = -1
			err = st.traceLine(f, fo, i, ins)
			if err == nil && f.jumpTo >= 0 {
				st.jump(f)
				return 0, st.reloadLoop()
			}
		}
	}
	if err == nil && f.traced == traceAll {
		switch compile.Opcode(ins) {
		case compile.FOR_ITER, compile.SEND:
			if handled, e := st.traceDelegate(f, fo, i, ins); handled {
				if e != nil {
					st.coldErr, st.coldReraise = e, false
					return 0, errColdOp
				}
				return 0, st.reloadLoop()
			}
		}
	}
	if err == nil {
		switch compile.Opcode(ins) {
		case compile.RETURN_VALUE, compile.YIELD_VALUE:
			err = st.traceExit(f, fo, f.slots[f.sp-1].Obj())
		case compile.RETURN_CONST:
			err = st.traceExit(f, fo, f.code.Consts[ins>>8])
		}
	}
	if err != nil {
		st.coldErr, st.coldReraise = err, false
		return 0, errColdOp
	}
	return ins, nil
}

// traceLine reports instruction i of f, ins, to its trace function:
// 'line' where a line starts (another line than the last instruction's,
// or a backward jump other than a yield from's loop), and 'opcode' for
// every instruction when f_trace_opcodes is set.
func (st *State) traceLine(f *Frame, fo *FrameObject, i int, ins uint32) error {
	prev := f.tracePrev
	if code := f.code; code.Line(i) <= 0 {
		// An artificial instruction (compile's emitArtificial): no line
		// of its own, so none to report, and f_lineno stays the last
		// line's.
		if prev >= 0 {
			f.lasti = prev
		}
		return nil
	}
	f.tracePrev = i
	fo.mu.Lock()
	lines, opcodes := fo.traceLines, fo.traceOpcodes
	fo.mu.Unlock()
	code := f.code
	if lines {
		last := -1
		if prev >= 0 {
			last = code.Line(prev)
		}
		// A loop's jump back to its line reports nothing: its target
		// does, as a backward jump (CPython's jump has that line, or
		// none, and the target is reached by a backward jump).
		line, op := code.Line(i), compile.Opcode(ins)
		if op == compile.JUMP_BACKWARD && line == code.Line(int(ins>>8)) {
			return st.traceOpcode(f, fo, opcodes)
		}
		if line != last || i < prev && op != compile.SEND {
			if err := st.traceEvent(f, fo, evLine, nil); err != nil {
				return err
			}
		}
	}
	return st.traceOpcode(f, fo, opcodes)
}

// traceOpcode reports 'opcode' when f_trace_opcodes is set (opcodes),
// unless the line's event jumped.
func (st *State) traceOpcode(f *Frame, fo *FrameObject, opcodes bool) error {
	if opcodes && f.jumpTo < 0 {
		return st.traceEvent(f, fo, evOpcode, nil)
	}
	return nil
}

// traceExit reports a return or a yield of value to the frame's trace
// function and the thread's profile function.
func (st *State) traceExit(f *Frame, fo *FrameObject, value *object.Object) error {
	if fo == nil {
		fo = object.Cast[FrameObject](st.frameObject(f, st))
		defer st.t.Decref(&fo.Object)
	}
	if st.traceFunc != nil {
		if err := st.traceEvent(f, fo, evReturn, value); err != nil {
			return err
		}
	}
	return st.profileEvent(fo, evReturn, value)
}

// traceDelegate runs FOR_ITER over a generator, or SEND (yield from,
// await), instruction i of f, for a frame whose trace function hears its
// lines: as in CPython 3.11 with a trace function, a delegate that ends
// by raising StopIteration (a generator returning a value, a send, a
// class's __next__) reports 'exception' StopIteration in this frame,
// which is how bdb stops in the caller after stepping out of a
// generator. handled is false when the loop is to run the instruction.
func (st *State) traceDelegate(f *Frame, fo *FrameObject, i int, ins uint32) (handled bool, err error) {
	t := st.t
	s, sp, arg := f.slots, f.sp, int(ins>>8)
	var r *object.Object
	var done, raised bool
	if compile.Opcode(ins) == compile.FOR_ITER {
		it := s[sp-1].Obj()
		if it.Type() != GeneratorType {
			return false, nil
		}
		if r, done, err = st.resume(object.Cast[Generator](it), nil, nil); err != nil {
			return true, err
		}
		if !done {
			s[sp] = object.RefSteal(r)
			f.sp, f.ip = sp+1, i+1
			return true, nil
		}
		raised = r != object.None
		defer t.Decref(r)
		f.sp = sp - 1
		t.Close(s[sp-1])
		s[sp-1] = object.Null
		f.ip = arg
	} else {
		recv, sent := s[sp-2].Obj(), s[sp-1].Obj()
		if r, done, err = st.send(recv, sent); err != nil {
			return true, err
		}
		typ := recv.Type()
		raised = done && (r != object.None || sent != object.None || typ == CoroutineType ||
			typ != GeneratorType && typ.IsHeapType())
		t.Close(s[sp-1])
		s[sp-1] = object.RefSteal(r)
		f.ip = i + 1
		if done {
			f.ip = arg
		}
		r = s[sp-1].Obj()
	}
	if !raised || st.traceFunc == nil || fo == nil || !fo.hasLocalTrace() {
		return true, nil
	}
	exc := t.NewException(object.StopIterationType) // a return of None: no args, as CPython's
	if r != object.None {
		t.DropError(exc)
		exc = t.NewException(object.StopIterationType, t.NewRef(r))
	}
	tb := object.ExceptionTraceback(t, exc)
	ev := object.NewTupleRefs(t, exc.Type().Obj(), &exc.Object, tb)
	t.Decref(tb)
	t.Decref(&exc.Object)
	err = st.traceEvent(f, fo, evException, ev.Obj())
	t.Decref(ev.Obj())
	return true, err
}

// frameRaised records f, at instruction i, in exc's traceback as an
// exception reaches it, and reports 'exception' to f's trace function.
// It returns the exception to go on with: the trace function's own if it
// raised.
func (st *State) frameRaised(exc *object.Exception, f *Frame, i int) *object.Exception {
	st.addTraceback(exc, f, i)
	if st.traceFunc == nil || st.inHook != 0 || f.obj == nil || !f.obj.hasLocalTrace() {
		return exc
	}
	t := st.t
	f.lasti = i
	tb := object.ExceptionTraceback(t, exc)
	arg := object.NewTupleRefs(t, exc.Type().Obj(), &exc.Object, tb)
	t.Decref(tb)
	err := st.traceEvent(f, f.obj, evException, arg.Obj())
	t.Decref(arg.Obj())
	if err != nil {
		t.Decref(&exc.Object)
		return t.AsException(err)
	}
	return exc
}

// callProfiled calls callable with args for the eval loop while a hook
// is set, telling the profilers of built-in callables.
func (st *State) callProfiled(callable *object.Object, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
	t := st.t
	if st.inHook != 0 || !profiledBuiltin(callable) {
		return object.Call(t, callable, args, kwnames)
	}
	if p := st.profiler; p != nil {
		p.Enter(t, callable)
		r, err := object.Call(t, callable, args, kwnames)
		if st.profiler == p {
			p.Leave(t, callable)
		}
		return r, err
	}
	if st.profileFunc == nil || st.frame == nil {
		return object.Call(t, callable, args, kwnames)
	}
	// The event's argument is the function called: for a method
	// descriptor, the method bound to the first argument.
	fn := t.NewRef(callable)
	if callable.Type() == object.MethodDescrType {
		if len(args) == 0 {
			t.Decref(fn)
			return object.Call(t, callable, args, kwnames)
		}
		self := args[0]
		bound, err := object.MethodDescrType.DescrGet(t, callable, self, self.Type())
		if err != nil {
			t.Decref(fn)
			return nil, err
		}
		t.Decref(fn)
		fn = bound
	}
	defer t.Decref(fn)
	fo := object.Cast[FrameObject](st.frameObject(st.frame, st))
	defer t.Decref(&fo.Object)
	if err := st.profileEvent(fo, evCCall, fn); err != nil {
		return nil, err
	}
	r, err := object.Call(t, callable, args, kwnames)
	if err != nil {
		if e := st.profileEvent(fo, evCException, fn); e != nil {
			t.DropError(err)
			return nil, e
		}
		return nil, err
	}
	if e := st.profileEvent(fo, evCReturn, fn); e != nil {
		t.Decref(r)
		return nil, e
	}
	return r, nil
}

// setTraceFunc makes fn (a reference it takes over, or nil) the thread's
// trace function. The old one is dropped first, with no hook set; if
// that runs code (a __del__) that sets a trace function, that fails, as
// in CPython.
func (st *State) setTraceFunc(fn *object.Object) error {
	if st.installingTrace {
		st.t.XDecref(fn)
		return st.t.Errorf(object.RuntimeErrorType, "Cannot install a trace function while another trace function is being installed")
	}
	old := st.traceFunc
	st.traceFunc = nil
	st.updateHooked()
	st.installingTrace = true
	st.t.XDecref(old)
	st.installingTrace = false
	st.traceFunc = fn
	st.updateHooked()
	if fn != nil {
		st.retraceChain()
	}
	return nil
}

// setProfileFunc makes fn (a reference it takes over, or nil) the
// thread's profile function, as setTraceFunc. It replaces a Go profiler,
// as in CPython sys.setprofile replaces cProfile's.
func (st *State) setProfileFunc(fn *object.Object) error {
	if st.installingProfile {
		st.t.XDecref(fn)
		return st.t.Errorf(object.RuntimeErrorType, "Cannot install a profile function while another profile function is being installed")
	}
	old := st.profileFunc
	st.profileFunc = nil
	if fn != nil {
		st.profiler = nil
	}
	st.updateHooked()
	st.installingProfile = true
	st.t.XDecref(old)
	st.installingProfile = false
	st.profileFunc = fn
	st.updateHooked()
	if fn != nil {
		st.retraceChain()
	}
	return nil
}

// SetTrace is sys.settrace(function).
func SetTrace(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	fn, err := hookArg(t, "sys.settrace", args, kw)
	if err != nil {
		return nil, err
	}
	if err := stateOf(t).setTraceFunc(fn); err != nil {
		return nil, err
	}
	return object.None, nil
}

// SetProfile is sys.setprofile(function).
func SetProfile(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	fn, err := hookArg(t, "sys.setprofile", args, kw)
	if err != nil {
		return nil, err
	}
	if err := stateOf(t).setProfileFunc(fn); err != nil {
		return nil, err
	}
	return object.None, nil
}

// CallTracing is sys.call_tracing(func, args): func(*args) with the
// thread's hooks reporting even when called from a hook (pdb's debug
// command debugs an expression from inside its trace function).
func CallTracing(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if kw != nil && len(kw.Items) > 0 {
		return nil, t.Errorf(object.TypeErrorType, "call_tracing() takes no keyword arguments")
	}
	if len(args) != 2 {
		return nil, t.Errorf(object.TypeErrorType, "call_tracing expected 2 arguments, got %d", len(args))
	}
	tup, ok := object.ExactTuple(args[1])
	if !ok {
		return nil, t.Errorf(object.TypeErrorType, "call_tracing() argument 2 must be tuple, not %s", args[1].Type().Name)
	}
	st := stateOf(t)
	saved := st.inHook
	st.inHook = 0
	defer func() { st.inHook = saved }()
	return object.Call(t, args[0], tup.Items, nil)
}

// hookArg is the function sys.settrace or sys.setprofile was given, a new
// reference, or nil for None.
func hookArg(t *object.Thread, name string, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if kw != nil && len(kw.Items) > 0 {
		return nil, t.Errorf(object.TypeErrorType, "%s() takes no keyword arguments", name)
	}
	if len(args) != 1 {
		return nil, t.Errorf(object.TypeErrorType, "%s() takes exactly one argument (%d given)", name, len(args))
	}
	if args[0] == object.None {
		return nil, nil
	}
	return t.NewRef(args[0]), nil
}
