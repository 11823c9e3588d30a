// This file defines frames and the per-thread data stack their slots
// come from.
//
// A frame's slots (fast locals, cells, free variables, then the value
// stack) are a window of a chunk of stack refs owned by the State. Each
// chunk is registered once with the collector as a root, so a frame costs
// no registration; in exchange, every slot not in use must be Null, which
// the eval loop keeps true by clearing what it pops.

package vm

import (
	"github.com/ftpy/ftpy/compile"
	"github.com/ftpy/ftpy/object"
)

// Frame is the execution state of one code object.
type Frame struct {
	code    *compile.Code
	fn      *Function    // borrowed: the caller keeps it alive; nil for module code
	globals *object.Dict // borrowed from fn or the module
	// locals is the namespace of module and class bodies and exec'd
	// code (LOAD_NAME): usually a dict, but any mapping (exec's locals,
	// a metaclass's __prepare__); owned; nil for functions.
	locals *object.Object
	// builtins is where global lookups fall back to (Function.Builtins,
	// or the globals' __builtins__ for module code); borrowed from fn or
	// held by whoever runs module code. Every maker of a frame sets it.
	builtins *object.Object
	slots    []object.StackRef
	sp       int // value stack top, an index into slots
	ip       int // next instruction
	lasti    int // the instruction running, for tracebacks
	back     *Frame
	chunk    int // where the slots came from, to release them
	base     int
	// entry marks the frame run was called with; the frames of Python
	// calls it made inline return to their caller within the same run.
	entry bool
	// Generator frames live on the heap, not on the data stack.
	heap     bool
	yielded  bool  // set by YIELD_VALUE when run returns a yielded value
	throwing error // an exception to raise at the yield when resumed (generator.throw)
	// gen is the generator whose frame this is while a for loop runs it
	// inline (enterInline); nil otherwise.
	gen *Generator
	// initSelf is the instance an __init__ frame entered by enterInit
	// initialises, counted: the call returns it.
	initSelf *object.Object
	// obj is the frame's Python frame object, made when a program asks
	// for it (frameobject.go); nil otherwise. Owned.
	obj *FrameObject
	// generator is the generator a heap frame belongs to; nil for the
	// frames of the data stack.
	generator *Generator
	// The trace state (trace.go), left as it is when a frame is recycled:
	// traceInstr corrects a stale mode at the frame's first instruction.
	// traced is the mode, retrace asks the frame's loop to reload for a
	// new mode, tracePrev is the last instruction reported, traceSkip
	// skips the report of the next (a jump's target), and jumpTo is the
	// target a trace function set through f_lineno (-1: none).
	traced    uint8
	retrace   bool
	traceSkip bool
	tracePrev int
	jumpTo    int
	// jumpDepth and jumpKinds are the jump's target stack depth and the
	// kinds of the stack it cuts (trace_jump.go).
	jumpDepth int
	jumpKinds []stackKind
}

const chunkSize = 1 << 14

// dataStack hands out frame slots in LIFO order from chunks.
type dataStack struct {
	chunks [][]object.StackRef
	cur    int // index of the chunk in use
	top    int // first free slot of that chunk
	frames []*Frame
}

// pushFrame allocates a frame for code from the data stack.
func (st *State) pushFrame(code *compile.Code) *Frame {
	ds := &st.stack
	n := code.NumSlots() + code.StackSize
	if len(ds.chunks) == 0 || ds.top+n > len(ds.chunks[ds.cur]) {
		st.nextChunk(n)
	}
	var f *Frame
	if k := len(ds.frames); k > 0 {
		f = ds.frames[k-1]
		ds.frames = ds.frames[:k-1]
	} else {
		f = &Frame{}
	}
	chunk := ds.chunks[ds.cur]
	// Every field is set: popFrame does not clear recycled frames.
	f.code, f.fn, f.globals, f.locals = code, nil, nil, nil
	f.slots = chunk[ds.top : ds.top+n : ds.top+n]
	f.sp, f.ip, f.lasti, f.back = code.NumSlots(), 0, 0, nil
	f.chunk, f.base = ds.cur, ds.top
	f.entry, f.heap, f.yielded, f.throwing, f.gen, f.initSelf = false, false, false, nil, nil, nil
	ds.top += n
	return f
}

// nextChunk moves to a later chunk with room for n slots, allocating
// one (and registering it with the collector) when there is none. Chunks
// after the current one hold no frames.
func (st *State) nextChunk(n int) {
	ds := &st.stack
	start := 0
	if len(ds.chunks) > 0 {
		start = ds.cur + 1
	}
	for i := start; i < len(ds.chunks); i++ {
		if len(ds.chunks[i]) >= n {
			ds.cur, ds.top = i, 0
			return
		}
	}
	chunk := make([]object.StackRef, max(chunkSize, n))
	st.t.PushRoots(chunk)
	ds.chunks = append(ds.chunks, chunk)
	ds.cur, ds.top = len(ds.chunks)-1, 0
}

// popFrame releases f's slots, which must all be Null, and recycles f.
func (st *State) popFrame(f *Frame) {
	ds := &st.stack
	ds.cur, ds.top = f.chunk, f.base
	ds.frames = append(ds.frames, f)
}

// clearSlots closes every slot of f: its locals, and its value stack up
// to the saved top (the eval loop leaves the slots above the top null).
func (st *State) clearSlots(f *Frame) {
	t := st.t
	n := max(f.code.NumSlots(), f.sp)
	for i, r := range f.slots[:n] {
		if !r.IsNull() {
			t.Close(r)
			f.slots[i] = object.Null
		}
	}
}
