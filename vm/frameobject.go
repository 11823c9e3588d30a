// This file defines frame objects (types.FrameType): what
// sys._getframe, a traceback's tb_frame and a generator's gi_frame give a
// program.
//
// Calls do not make them. A Frame (frame.go) is the eval loop's and
// lives on the data stack, recycled call after call; a FrameObject is
// made for it only when a program asks, and the Frame keeps a counted
// reference to it (Frame.obj) while it runs. When the frame returns,
// leave detaches the object: if nothing else holds it, it simply goes;
// otherwise it takes what it must answer for afterwards (its last
// instruction, its caller's frame object, and for a function its fast
// locals, as counted references) and forgets the Frame, which is reused.
//
// Threads. The Frame is written by the thread running it, without
// locks. Its own thread reads it freely (the eval loop is stopped in the
// call that reads). Any other thread that holds the object reads a live
// Frame only with the world stopped, which also makes the Frame pointer
// stable: the owner cannot return from it meanwhile.
//
// What a live frame reports as its instruction is the last one that
// stored it: a call, a raise, or a generator's yield. A frame that called
// into Go from another instruction (an operator's special method, a
// property) reports its last call's line.

package vm

import (
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/ftpy/ftpy/compile"
	"github.com/ftpy/ftpy/object"
)

// FrameObject is a frame object.
type FrameObject struct {
	object.Object
	// frame is the running frame, nil once it returned (detached).
	frame atomic.Pointer[Frame]
	// owner is the thread whose data stack holds a function or module
	// frame; nil for a generator's frame, which any thread may run.
	owner *State
	code  *compile.Code // immortal
	// globals, builtins (or nil) and ns, the namespace of a module or
	// class body (f_locals; nil for a function's frame), are borrowed
	// from the frame while it runs, and owned once detached (owned).
	globals  *object.Dict
	builtins *object.Object
	ns       *object.Object
	owned    bool

	mu sync.Mutex // guards the fields below
	// Kept at detach: the instruction the frame was at (-1: none ran),
	// its caller's frame object (owned, or nil) and its fast slots
	// (owned values and cells, nil where unbound).
	lasti int
	back  *object.Object
	slots []*object.Object
	// locals is a function frame's f_locals dict, made on first read and
	// refreshed from the slots on each (owned).
	locals                   *object.Dict
	trace                    *object.Object // f_trace, owned, or nil
	traceLines, traceOpcodes bool
}

// FrameType is the type of frame objects.
var FrameType = object.NewStaticType(&object.Type{
	Name:     "frame",
	Flags:    object.FlagGC,
	Traverse: frameObjectTraverse,
	Clear:    frameObjectClear,
	Dealloc:  frameObjectDealloc,
	Repr:     frameObjectRepr,
})

// frameObject returns a new reference to f's frame object, making it on
// first use. f runs on st's thread, or the world is stopped.
func (st *State) frameObject(f *Frame, owner *State) *object.Object {
	t := st.t
	if fo := f.obj; fo != nil {
		t.Incref(&fo.Object)
		return &fo.Object
	}
	var fo *FrameObject
	if o := t.Reuse(FrameType); o != nil {
		// Dealloc left the references nil; the rest is set here.
		fo = object.Cast[FrameObject](o)
		fo.owner, fo.lasti, fo.traceOpcodes, fo.owned = nil, 0, false, false
	} else {
		fo = &FrameObject{}
	}
	fo.code, fo.globals, fo.builtins, fo.ns, fo.traceLines = f.code, f.globals, f.builtins, f.locals, true
	if fo.ns == nil && f.code.Flags&compile.FlagOptimized == 0 && f.globals != nil {
		fo.ns = f.globals.Obj() // module code runs in its globals
	}
	if !f.heap {
		fo.owner = owner
	}
	fo.frame.Store(f)
	// Not tracked by the collector yet: while f runs, f's own reference
	// keeps the object alive, and most die with f (an exception caught
	// where it was raised made them), costing the collector nothing.
	// detachFrame tracks those that outlive f.
	t.Init(&fo.Object, FrameType)
	f.obj = fo // the frame's reference
	t.Incref(&fo.Object)
	return &fo.Object
}

// currentInstr is the instruction f is at: the last one that stored it
// while f runs, the yield of a suspended generator, -1 for a generator
// that has not started.
func currentInstr(f *Frame) int {
	if g := f.generator; g != nil && f.gen == nil && !g.isRunning() {
		return f.ip - 1
	}
	return f.lasti
}

// lineOf is the line of instruction i of code, the def line before the
// first instruction (an unstarted generator).
func lineOf(code *compile.Code, i int) int {
	if i < 0 {
		return code.FirstLine
	}
	// An artificial instruction (an implicit return) has no line: the
	// line before it stands for it.
	for j := i; j >= 0; j-- {
		if l := code.Line(j); l > 0 {
			return l
		}
	}
	return code.Line(i)
}

// detachFrame is leave's step for a frame whose object exists: the
// object keeps what it answers for once f is gone. It runs on f's
// thread, before f's slots are cleared.
func (st *State) detachFrame(f *Frame) {
	t := st.t
	fo := f.obj
	f.obj = nil
	if t.IsUniquelyReferenced(&fo.Object) {
		// Only f held it: nobody can ask it anything again.
		fo.frame.Store(nil)
		t.Decref(&fo.Object)
		return
	}
	fo.own(t)
	fo.mu.Lock()
	fo.lasti = currentInstr(f)
	if fo.ns == nil {
		n := f.code.NumSlots()
		fo.slots = make([]*object.Object, n)
		for i, r := range f.slots[:n] {
			if !r.IsNull() {
				fo.slots[i] = t.NewRef(r.Obj())
			}
		}
	}
	// A generator's frame forgets who resumed it last, as CPython's does:
	// its f_back is None once it finished.
	if b := f.back; b != nil && f.generator == nil {
		fo.back = st.frameObject(b, st)
	}
	fo.mu.Unlock()
	fo.frame.Store(nil)
	t.Track(&fo.Object) // now it may sit in a cycle (its locals holding it)
	t.Decref(&fo.Object)
}

// own takes references to what fo borrowed from its frame, as the frame
// goes.
func (fo *FrameObject) own(t *object.Thread) {
	if fo.globals != nil {
		t.Incref(fo.globals.Obj())
	}
	if fo.builtins != nil {
		t.Incref(fo.builtins)
	}
	if fo.ns != nil {
		t.Incref(fo.ns)
	}
	fo.owned = true
}

// abandonFrameObject forgets f's object as a panic abandons f, leaking
// the frame's reference to it as the rest of f's references leak.
func abandonFrameObject(t *object.Thread, f *Frame) {
	if fo := f.obj; fo != nil {
		f.obj = nil
		fo.own(t)
		fo.mu.Lock()
		fo.lasti = f.lasti
		fo.mu.Unlock()
		fo.frame.Store(nil)
	}
}

// onChain reports whether f is one of the frames st's thread is running.
func (st *State) onChain(f *Frame) bool {
	for c := st.frame; c != nil; c = c.back {
		if c == f {
			return true
		}
	}
	return false
}

// inspect calls live with the running frame, or dead (under fo.mu) once
// it returned; owner is the State the frames on live's chain belong to,
// nil when unknown. A frame another thread runs is read with the world
// stopped.
func (fo *FrameObject) inspect(st *State, live func(f *Frame, owner *State), dead func()) {
	f := fo.frame.Load()
	if f != nil && (fo.owner == st || fo.owner == nil && st.onChain(f)) {
		live(f, st)
		return
	}
	if f != nil {
		t := st.t
		t.StopTheWorld()
		defer t.StartTheWorld()
		if f = fo.frame.Load(); f != nil {
			live(f, fo.owner)
			return
		}
	}
	fo.mu.Lock()
	defer fo.mu.Unlock()
	dead()
}

func frameObjectTraverse(o *object.Object, visit object.Visitor) {
	fo := object.Cast[FrameObject](o)
	if fo.owned {
		if fo.globals != nil {
			visit(fo.globals.Obj())
		}
		for _, x := range []*object.Object{fo.builtins, fo.ns} {
			if x != nil {
				visit(x)
			}
		}
	}
	for _, x := range []*object.Object{fo.back, fo.trace} {
		if x != nil {
			visit(x)
		}
	}
	if fo.locals != nil {
		visit(fo.locals.Obj())
	}
	for _, x := range fo.slots {
		if x != nil {
			visit(x)
		}
	}
}

// frameObjectClear drops what a returned frame kept (frame.clear() and
// the collector's tp_clear): its locals, its caller, its trace function.
func frameObjectClear(t *object.Thread, o *object.Object) {
	fo := object.Cast[FrameObject](o)
	fo.mu.Lock()
	back, slots, locals, trace := fo.back, fo.slots, fo.locals, fo.trace
	fo.back, fo.slots, fo.locals, fo.trace = nil, nil, nil, nil
	fo.mu.Unlock()
	t.XDecref(back)
	t.XDecref(trace)
	if locals != nil {
		t.Decref(locals.Obj())
	}
	for _, x := range slots {
		t.XDecref(x)
	}
}

// frameObjectDealloc releases what fo holds; nothing else holds fo, so
// no lock is needed.
func frameObjectDealloc(t *object.Thread, o *object.Object) {
	fo := object.Cast[FrameObject](o)
	if fo.back != nil || fo.slots != nil || fo.locals != nil || fo.trace != nil {
		frameObjectClear(t, o)
	}
	g, b, ns := fo.globals, fo.builtins, fo.ns
	fo.globals, fo.builtins, fo.ns = nil, nil, nil
	if !fo.owned {
		return
	}
	if g != nil {
		t.Decref(g.Obj())
	}
	t.XDecref(b)
	t.XDecref(ns)
}

func frameObjectRepr(t *object.Thread, o *object.Object) (*object.Object, error) {
	fo := object.Cast[FrameObject](o)
	line := 0
	fo.inspect(stateOf(t), func(f *Frame, _ *State) { line = lineOf(fo.code, currentInstr(f)) },
		func() { line = lineOf(fo.code, fo.lasti) })
	filename, err := object.Repr(t, object.NewStr(t, fo.code.Filename))
	if err != nil {
		return nil, err
	}
	defer t.Decref(filename)
	return object.NewStr(t, fmt.Sprintf("<frame at %s, file %s, line %d, code %s>",
		Addr(o), object.StrValue(filename), line, fo.code.Name)), nil
}
