// This file implements generators: a generator's frame lives on the heap
// between runs; run returns at each YIELD_VALUE and resumes where it
// stopped.
//
// While a generator runs, its frame's slots are registered as a root, as
// for any frame. While it is suspended, every slot holds a counted
// reference (uncounted ones are converted when it yields), so the
// generator's Traverse reports exactly what it owns.

package vm

import (
	"github.com/ftpy/ftpy/compile"
	"github.com/ftpy/ftpy/object"
	"sync/atomic"
)

// Generator is a generator object.
type Generator struct {
	object.Object
	frame *Frame    // nil once finished
	fn    *Function // owned: keeps the frame's globals and code alive
	// running is 1 while a thread runs the frame: the compare-and-swap
	// that sets it (claim) makes two threads resuming one generator fail
	// with "generator already executing" rather than share the frame, and
	// hands the frame's state from the last thread that ran it (release).
	running uint32
	started bool
	// handled is the exception the generator was handling when it
	// yielded inside an except block (owned), restored when it resumes.
	handled *object.Object
}

// GeneratorType is the type of generators.
var GeneratorType = object.NewStaticType(&object.Type{
	Name:     "generator",
	Flags:    object.FlagGC | object.FlagWeakrefable,
	Traverse: generatorTraverse,
	Clear:    generatorClear,
	Dealloc:  generatorClear,
	Iter:     func(t *object.Thread, o *object.Object) (*object.Object, error) { return t.NewRef(o), nil },
})

// claim marks g running, if no thread is running it.
func (g *Generator) claim() bool { return atomic.CompareAndSwapUint32(&g.running, 0, 1) }

// release ends a claim; the frame's state goes with it to the next claim.
func (g *Generator) release() { object.StoreRelease32(&g.running, 0) }

func (g *Generator) isRunning() bool { return atomic.LoadUint32(&g.running) != 0 }

// kind names what g is in messages: "generator", "coroutine" or "async
// generator".
func (g *Generator) kind() string {
	switch g.Type() {
	case CoroutineType:
		return "coroutine"
	case AsyncGeneratorType:
		return "async generator"
	}
	return "generator"
}

func generatorTraverse(o *object.Object, visit object.Visitor) {
	g := object.Cast[Generator](o)
	if g.fn != nil {
		visit(&g.fn.Object)
	}
	if f := g.frame; f != nil && !g.isRunning() {
		for _, r := range f.slots {
			if !r.IsNull() && r.IsCounted() {
				visit(r.Obj())
			}
		}
		if g.handled != nil {
			visit(g.handled)
		}
		if f.obj != nil {
			visit(&f.obj.Object)
		}
	}
}

func generatorClear(t *object.Thread, o *object.Object) {
	g := object.Cast[Generator](o)
	if f := g.frame; f != nil && !g.isRunning() {
		if h := g.handled; h != nil {
			g.handled = nil
			t.Decref(h)
		}
		g.frame = nil
		st := stateOf(t)
		if f.obj != nil {
			st.detachFrame(f)
		}
		st.clearSlots(f)
		if f.locals != nil {
			t.Decref(f.locals)
		}
	}
	if fn := g.fn; fn != nil {
		g.fn = nil
		t.Decref(&fn.Object)
	}
}

// newGenerator moves the frame f, just set up for fn on the data stack,
// into a new generator.
func (st *State) newGenerator(fn *Function, f *Frame) (*object.Object, error) {
	t := st.t
	hf := &Frame{code: f.code, globals: f.globals, builtins: f.builtins, slots: make([]object.StackRef, len(f.slots)),
		sp: f.sp, heap: true}
	for i, r := range f.slots {
		if !r.IsNull() {
			hf.slots[i] = object.RefSteal(t.AsSteal(r))
			f.slots[i] = object.Null
		}
	}
	st.popFrame(f)
	var g *Generator
	typ := GeneratorType
	switch {
	case f.code.Flags&compile.FlagCoroutine != 0:
		g, typ = &Generator{}, CoroutineType
	case f.code.Flags&compile.FlagAsyncGenerator != 0:
		g, typ = &(&AsyncGenerator{}).Generator, AsyncGeneratorType
	default:
		g = &Generator{}
	}
	g.frame, g.fn = hf, fn
	hf.generator = g
	t.Incref(&fn.Object)
	hf.fn = fn
	t.Init(&g.Object, typ)
	t.Track(&g.Object)
	return &g.Object, nil
}

// resume runs g until it yields (done false) or finishes (done true, with
// its return value), sending sent or throwing exc into it.
func (st *State) resume(g *Generator, sent *object.Object, exc error) (r *object.Object, done bool, err error) {
	if !g.claim() {
		return nil, false, st.t.Errorf(object.ValueErrorType, "%s already executing", g.kind())
	}
	r, done, err = st.resumeRunning(g, sent, exc)
	g.release()
	return r, done, err
}

// resumeRunning is resume once this thread has claimed the generator.
func (st *State) resumeRunning(g *Generator, sent *object.Object, exc error) (r *object.Object, done bool, err error) {
	t := st.t
	f := g.frame
	if f == nil {
		if g.Type() == CoroutineType {
			// An awaited coroutine cannot run again (closing it is
			// silent: closeGenerator does not come here).
			if exc != nil {
				t.DropError(exc)
			}
			return nil, false, t.Errorf(object.RuntimeErrorType, "cannot reuse already awaited coroutine")
		}
		if exc != nil {
			return nil, false, exc
		}
		return object.None, true, nil
	}
	if !g.started {
		if exc != nil {
			return nil, false, st.throwUnstarted(g, exc)
		}
		if sent != nil && sent != object.None {
			return nil, false, t.Errorf(object.TypeErrorType, "can't send non-None value to a just-started %s", g.kind())
		}
		g.started = true
	} else if exc == nil {
		if sent == nil {
			sent = object.None
		}
		f.slots[f.sp] = t.RefFromNew(sent)
		f.sp++
	}
	if int64(st.t.Depth) >= st.interp.recursionLimit.Load() {
		return nil, false, t.Errorf(object.RecursionErrorType, "maximum recursion depth exceeded")
	}
	f.throwing = exc
	t.PushRoots(f.slots)
	st.t.Depth++
	st.enterGenExc(g)
	r, err = st.run(f)
	st.t.Depth--
	t.PopRoots()
	if f.yielded {
		f.yielded = false
		st.leaveGenExc(g, false)
		ownSlots(t, f)
		return r, false, nil
	}
	st.leaveGenExc(g, true)
	g.frame = nil
	if err != nil {
		return nil, false, g.escaped(t, err)
	}
	return r, true, nil
}

// throwUnstarted raises exc in g before its first instruction, as
// CPython does for throw() on a generator not yet started: the exception
// leaves at the def line (no handler can cover it) and g is finished.
func (st *State) throwUnstarted(g *Generator, exc error) error {
	t := st.t
	f := g.frame
	g.started = true
	g.frame = nil
	// The traceback's frame: at no instruction yet (f.ip is 0).
	fo := st.frameObject(f, nil)
	f.lasti = -1
	st.detachFrame(f)
	st.clearSlots(f)
	if f.locals != nil {
		t.Decref(f.locals)
		f.locals = nil
	}
	e := t.AsException(exc)
	e.AddTraceback(object.TracebackEntry{
		Filename: f.code.Filename, Name: f.code.Name, Line: f.code.FirstLine,
		Frame: fo,
	})
	st.chainContext(e)
	return g.escaped(t, e)
}

// enterGenExc makes g's exception state the thread's as g resumes: the
// caller's moves to outerHandled (where sys.exc_info() still finds it
// while g handles nothing).
func (st *State) enterGenExc(g *Generator) {
	st.outerHandled = append(st.outerHandled, st.handled)
	st.handled = g.handled
	g.handled = nil
}

// leaveGenExc restores the caller's exception state as g yields (keeping
// g's own for its next run) or finishes (dropping it).
func (st *State) leaveGenExc(g *Generator, finished bool) {
	if h := st.handled; h != nil {
		if finished {
			st.t.Decref(h)
		} else {
			g.handled = h
		}
	}
	n := len(st.outerHandled) - 1
	st.handled = st.outerHandled[n]
	st.outerHandled[n] = nil
	st.outerHandled = st.outerHandled[:n]
}

// ownSlots makes every slot of f, a generator frame being suspended, own
// its reference: what it borrowed may be gone when it resumes.
func ownSlots(t *object.Thread, f *Frame) {
	// Slots at and above the stack top are null (eval.go's invariant).
	for i, s := range f.slots[:f.sp] {
		if !s.IsNull() && !s.IsCounted() {
			f.slots[i] = object.RefSteal(t.AsSteal(s))
		}
	}
}

// escapedGenerator is the exception a caller sees for err raised out of a
// generator's frame: the same, except that a StopIteration becomes a
// RuntimeError (PEP 479: StopIteration escaping a generator is a bug).
func escapedGenerator(t *object.Thread, err error) error {
	return escapedAs(t, err, "generator")
}

// escaped is escapedGenerator for g's kind; an async generator's frame
// may not raise StopAsyncIteration either (PEP 525).
func (g *Generator) escaped(t *object.Thread, err error) error {
	if g.Type() == GeneratorType {
		return escapedAs(t, err, "generator")
	}
	if g.Type() == AsyncGeneratorType && object.ErrorMatches(err, object.StopAsyncIterationType) {
		cause := t.AsException(err)
		e := t.NewException(object.RuntimeErrorType, object.NewStr(t, "async generator raised StopAsyncIteration"))
		e.Cause = cause.Obj()
		e.Context = t.NewRef(cause.Obj())
		return e
	}
	return escapedAs(t, err, g.kind())
}

func escapedAs(t *object.Thread, err error, kind string) error {
	if !object.ErrorMatches(err, object.StopIterationType) {
		return err
	}
	cause := t.AsException(err)
	e := t.NewException(object.RuntimeErrorType, object.NewStr(t, kind+" raised StopIteration"))
	e.Cause = cause.Obj()
	e.Context = t.NewRef(cause.Obj())
	return e
}

// A generator iterated by a for loop runs inside the eval loop of the
// frame that iterates it (CPython's FOR_ITER_GEN): FOR_ITER links the
// generator's frame above the loop's frame and jumps into it, YIELD_VALUE
// jumps back with the value, and a return or an exception leaves the
// loop, with no Go call and no run per item. Frame.gen marks such a
// frame. The steps around the jumps are resumeRunning's, split in three.

// enterInline claims g and prepares its frame to run inline from FOR_ITER
// (next(g): nothing sent), or returns nil when the generic path must run
// instead (g finished, already running, or the recursion limit reached,
// which it reports). unique tells that the loop's ref to g is its only
// reference (Thread.IsUniqueLocal): then no other thread can reach g, not
// even through a weak reference (which would have made its shared count
// nonzero), and the claim needs no compare-and-swap (as in CPython's
// gen_try_set_executing).
func (st *State) enterInline(g *Generator, unique bool) *Frame {
	if int64(st.t.Depth) >= st.interp.recursionLimit.Load() || st.hooked {
		return nil
	}
	if unique {
		if g.isRunning() {
			return nil
		}
		object.StoreRelease32(&g.running, 1)
	} else if !g.claim() {
		return nil
	}
	f := g.frame
	if f == nil {
		g.release()
		return nil
	}
	switch {
	case !g.started:
		g.started = true
	case compile.Opcode(f.code.Instrs[f.ip]) == compile.POP_TOP:
		// `yield x` as a statement: the value sent, None, would be
		// dropped at once.
		f.ip++
	default:
		f.slots[f.sp] = object.RefBorrow(object.None)
		f.sp++
	}
	f.throwing, f.entry, f.gen = nil, false, g
	st.t.PushRoots(f.slots)
	st.t.Depth++
	st.enterGenExc(g)
	return f
}

// suspendInline is the end of an inline run at a yield: f's generator
// is released with its frame suspended.
func (st *State) suspendInline(f *Frame) {
	g := f.gen
	f.gen = nil
	st.leaveGenExc(g, false)
	ownSlots(st.t, f)
	st.t.PopRoots()
	st.t.Depth--
	st.frame = f.back
	g.release()
}

// finishInline is the end of an inline run when f, already left, returned
// (err nil) or raised err: the generator is finished. It returns the
// exception to raise in the loop's frame, if any.
func (st *State) finishInline(f *Frame, err error) error {
	g := f.gen
	f.gen = nil
	g.frame = nil
	st.leaveGenExc(g, true)
	st.t.PopRoots()
	st.t.Depth--
	g.release()
	if err != nil {
		return escapedGenerator(st.t, err)
	}
	return nil
}

// send implements SEND for yield from: (value, done).
func (st *State) send(it, v *object.Object) (*object.Object, bool, error) {
	t := st.t
	if typ := it.Type(); typ == GeneratorType || typ == CoroutineType {
		return st.resume(object.Cast[Generator](it), v, nil)
	}
	var r *object.Object
	var err error
	if v == object.None {
		// The Next slot itself, not object.Next, which would drop the
		// StopIteration that carries the delegate's return value; a
		// class's __next__ is called directly, as its slot drops it too.
		if typ := it.Type(); typ.IsHeapType() && typ.Next != nil {
			r, err = callSlot(t, it, strNext)
		} else if next := typ.Next; next != nil {
			r, err = next(t, it)
		} else {
			r, err = object.Next(t, it)
		}
		if err == nil && r == nil {
			return object.None, true, nil
		}
	} else {
		r, err = callMethod(t, it, "send", v)
	}
	if err != nil {
		if object.ErrorMatches(err, object.StopIterationType) {
			return stopValue(t, err), true, nil
		}
		return nil, false, err
	}
	return r, false, nil
}

// stopValue extracts StopIteration.value from err and releases err.
func stopValue(t *object.Thread, err error) *object.Object {
	e := t.AsException(err)
	defer t.Decref(e.Obj())
	if e.Args != nil && len(e.Args.Items) > 0 {
		return t.NewRef(e.Args.Items[0])
	}
	return object.None
}

// CallMethod calls o.name(args...) and returns the result.
func CallMethod(t *object.Thread, o *object.Object, name string, args ...*object.Object) (*object.Object, error) {
	return callMethod(t, o, name, args...)
}

func callMethod(t *object.Thread, o *object.Object, name string, args ...*object.Object) (*object.Object, error) {
	m, err := object.GetAttrString(t, o, name)
	if err != nil {
		return nil, err
	}
	defer t.Decref(m)
	return object.Call(t, m, args, nil)
}

func generatorNext(t *object.Thread, o *object.Object) (*object.Object, error) {
	r, done, err := stateOf(t).resume(object.Cast[Generator](o), nil, nil)
	if err != nil {
		return nil, err
	}
	if done {
		if r != object.None {
			return nil, stopIteration(t, r) // next() shows the return value
		}
		return nil, nil
	}
	return r, nil
}

// stopIteration returns StopIteration(value), consuming value.
func stopIteration(t *object.Thread, value *object.Object) error {
	if value == object.None {
		return t.NewException(object.StopIterationType)
	}
	return t.NewException(object.StopIterationType, value)
}

// generatorMethods are send, throw and close (coroutine.go, shared with
// coroutines) and __next__.
var generatorMethods = append(generatorLikeMethods("generator", selfGenerator), object.MethodDef{
	Name: "__next__", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		r, err := GeneratorType.Next(t, self)
		if err == nil && r == nil {
			return nil, t.NewException(object.StopIterationType)
		}
		return r, err
	}})

// closeGenerator throws GeneratorExit into a suspended generator.
func (st *State) closeGenerator(g *Generator) error {
	t := st.t
	if g.frame == nil || !g.started {
		if g.frame != nil && !g.isRunning() {
			f := g.frame
			g.frame = nil
			st.clearSlots(f)
		}
		return nil
	}
	r, done, err := st.throw(g, t.NewException(object.GeneratorExitType), nil)
	if err != nil {
		if object.ErrorMatches(err, object.GeneratorExitType) || object.ErrorMatches(err, object.StopIterationType) {
			t.DropError(err)
			return nil
		}
		return err
	}
	t.Decref(r)
	if !done {
		return t.Errorf(object.RuntimeErrorType, "%s ignored GeneratorExit", g.kind())
	}
	return nil
}

// throwArgs builds the exception that generator.throw(typ[, val[, tb]])
// raises, checking its arguments as CPython does.
func (st *State) throwArgs(args []*object.Object) (*object.Exception, error) {
	t := st.t
	typ := args[0]
	var val, tb *object.Object
	if len(args) > 1 && args[1] != object.None {
		val = args[1]
	}
	if len(args) > 2 && args[2] != object.None {
		tb = args[2]
		if tb.Type() != object.TracebackType {
			return nil, t.Errorf(object.TypeErrorType, "throw() third argument must be a traceback object")
		}
	}
	switch {
	case object.IsType(typ) && object.IsSubtype(object.AsType(typ), object.BaseExceptionType):
		if val == nil {
			return st.makeException(typ)
		}
		if object.IsInstance(val, object.AsType(typ)) {
			return object.Cast[object.Exception](t.NewRef(val)), nil
		}
		var cargs []*object.Object
		if object.IsTuple(val) {
			cargs = object.AsTuple(val).Items
		} else {
			cargs = []*object.Object{val}
		}
		r, err := object.Call(t, typ, cargs, nil)
		if err != nil {
			return nil, err
		}
		if !object.IsInstance(r, object.BaseExceptionType) {
			t.Decref(r)
			return nil, t.Errorf(object.TypeErrorType, "calling %s should have returned an instance of BaseException, not %s",
				object.AsType(typ).Name, r.Type().Name)
		}
		return object.Cast[object.Exception](r), nil
	case object.IsInstance(typ, object.BaseExceptionType):
		if val != nil {
			return nil, t.Errorf(object.TypeErrorType, "instance exception may not have a separate value")
		}
		return object.Cast[object.Exception](t.NewRef(typ)), nil
	}
	return nil, t.Errorf(object.TypeErrorType, "exceptions must be classes or instances deriving from BaseException, not %s", typ.Type().Name)
}

// delegate returns the iterator g's frame delegates to with yield from
// while suspended in it, or nil: the frame then stopped at the
// YIELD_VALUE that follows a SEND, with the iterator on its stack top.
func (g *Generator) delegate() *object.Object {
	f := g.frame
	if f == nil || !g.started || f.ip < 2 || f.sp == 0 {
		return nil
	}
	instrs := f.code.Instrs
	if compile.Opcode(instrs[f.ip-1]) != compile.YIELD_VALUE || compile.Opcode(instrs[f.ip-2]) != compile.SEND {
		return nil
	}
	return f.slots[f.sp-1].Obj()
}

// throw raises exc (owned) in g, as generator.throw does: into the
// iterator g delegates to first, if any. args are throw's arguments,
// passed on to a delegate's own throw method (nil for close).
func (st *State) throw(g *Generator, exc *object.Exception, args []*object.Object) (r *object.Object, done bool, err error) {
	if !g.claim() {
		st.t.Decref(exc.Obj())
		return nil, false, st.t.Errorf(object.ValueErrorType, "%s already executing", g.kind())
	}
	r, done, err = st.throwRunning(g, exc, args)
	g.release()
	return r, done, err
}

func (st *State) throwRunning(g *Generator, exc *object.Exception, args []*object.Object) (*object.Object, bool, error) {
	t := st.t
	yf := g.delegate()
	if yf == nil {
		return st.resumeRunning(g, nil, exc)
	}
	t.Incref(yf)
	defer t.Decref(yf)
	if object.IsInstance(exc.Obj(), object.GeneratorExitType) {
		// close(): close the delegate, then raise GeneratorExit here
		// (or what closing the delegate raised).
		if err := st.closeIter(yf); err != nil {
			t.Decref(exc.Obj())
			return st.resumeRunning(g, nil, err)
		}
		return st.resumeRunning(g, nil, exc)
	}
	var r *object.Object
	var err error
	if typ := yf.Type(); typ == GeneratorType || typ == CoroutineType {
		var done bool
		r, done, err = st.throw(object.Cast[Generator](yf), exc, args)
		if err == nil {
			if !done {
				return r, false, nil
			}
			return st.finishDelegation(g, r)
		}
	} else {
		m, e := object.GetAttrString(t, yf, "throw")
		if e != nil {
			if !object.ErrorMatches(e, object.AttributeErrorType) {
				t.Decref(exc.Obj())
				return st.resumeRunning(g, nil, e)
			}
			t.DropError(e)
			return st.resumeRunning(g, nil, exc)
		}
		if args == nil {
			args = []*object.Object{exc.Obj()}
		}
		r, err = object.Call(t, m, args, nil)
		t.Decref(m)
		t.Decref(exc.Obj())
		if err == nil {
			return r, false, nil
		}
	}
	if object.ErrorMatches(err, object.StopIterationType) {
		return st.finishDelegation(g, stopValue(t, err))
	}
	return st.resumeRunning(g, nil, err)
}

// finishDelegation resumes g past its yield from, whose delegate
// returned v (owned), as SEND does when the delegate is done.
func (st *State) finishDelegation(g *Generator, v *object.Object) (*object.Object, bool, error) {
	f := g.frame
	f.ip = int(f.code.Instrs[f.ip-2] >> 8)
	r, done, err := st.resumeRunning(g, v, nil)
	st.t.Decref(v)
	return r, done, err
}

// closeIter closes the iterator a closing generator delegates to: a
// generator's close, or the iterator's close method if it has one.
func (st *State) closeIter(yf *object.Object) error {
	t := st.t
	if typ := yf.Type(); typ == GeneratorType || typ == CoroutineType {
		return st.closeGenerator(object.Cast[Generator](yf))
	}
	m, err := object.GetAttrString(t, yf, "close")
	if err != nil {
		if object.ErrorMatches(err, object.AttributeErrorType) {
			t.DropError(err)
			return nil
		}
		return err
	}
	r, err := object.Call(t, m, nil, nil)
	t.Decref(m)
	if err != nil {
		return err
	}
	t.Decref(r)
	return nil
}

var generatorGetSets = []object.GetSetDef{
	{Name: "__name__", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewStr(t, generatorCode(o).Name), nil
	}},
	{Name: "__qualname__", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewStr(t, generatorCode(o).QualName), nil
	}},
	{Name: "gi_code", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return t.NewRef(&generatorCode(o).Object), nil
	}},
	{Name: "gi_yieldfrom", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		g := object.Cast[Generator](o)
		if g.isRunning() {
			return object.None, nil
		}
		if yf := g.delegate(); yf != nil {
			return t.NewRef(yf), nil
		}
		return object.None, nil
	}},
	{Name: "gi_frame", Get: generatorFrame},
	{Name: "gi_suspended", Get: generatorSuspended},
	{Name: "gi_running", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewBool(object.Cast[Generator](o).isRunning()), nil
	}},
	{Name: "gi_suspended", Get: genSuspendedGet},
}

// generatorFrame is gi_frame: the frame object of g's frame, None once g
// finished. g's frame is read directly when this thread runs it, and
// otherwise with the world stopped: a suspended g may be resumed by
// another thread at any moment, and claiming it for the read would make
// that resume fail ("generator already executing").
func generatorFrame(t *object.Thread, o *object.Object) (*object.Object, error) {
	g := object.Cast[Generator](o)
	st := stateOf(t)
	var fo *object.Object
	if st.runsGenerator(g) {
		if f := g.frame; f != nil {
			fo = st.frameObject(f, nil)
		}
	} else {
		t.StopTheWorld()
		if f := g.frame; f != nil {
			fo = st.frameObject(f, nil)
		}
		t.StartTheWorld()
	}
	if fo == nil {
		return object.None, nil
	}
	return fo, nil
}

// generatorSuspended is gi_suspended: g stopped at a yield.
func generatorSuspended(t *object.Thread, o *object.Object) (*object.Object, error) {
	g := object.Cast[Generator](o)
	st := stateOf(t)
	if st.runsGenerator(g) {
		return object.False, nil
	}
	t.StopTheWorld()
	suspended := g.frame != nil && g.started && !g.isRunning()
	t.StartTheWorld()
	return object.NewBool(suspended), nil
}

// runsGenerator reports whether g's frame is one of this thread's
// running frames.
func (st *State) runsGenerator(g *Generator) bool {
	for f := st.frame; f != nil; f = f.back {
		if f.generator == g {
			return true
		}
	}
	return false
}

func generatorCode(o *object.Object) *compile.Code { return object.Cast[Generator](o).fn.Code }

func init() {
	GeneratorType.Next = generatorNext
	GeneratorType.Finalize = func(t *object.Thread, o *object.Object) {
		st := stateOf(t)
		if err := st.closeGenerator(object.Cast[Generator](o)); err != nil {
			st.WriteUnraisable(err, "Exception ignored in", o)
		}
	}
	GeneratorType.Repr = func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewStr(t, sprintf("<generator object %s at %p>", generatorCode(o).QualName, o)), nil
	}
	object.ReadyType(GeneratorType, generatorMethods, generatorGetSets)
}
