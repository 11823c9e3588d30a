// This file defines the code object: compiled bytecode with everything
// the eval loop needs to run it.

package compile

import (
	"sync/atomic"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/syntax"
)

// Code is a code object (types.CodeType). It is immutable once built.
type Code struct {
	object.Object
	Name, QualName string
	// NameObj and QualNameObj are Name and QualName as interned strs,
	// made once: each function made from the code shares them.
	NameObj, QualNameObj *object.Str
	// LocalNameObjs are LocalNames as interned strs, for binding keyword
	// arguments (whose names are interned constants) by identity first.
	LocalNameObjs []*object.Str
	Filename      string
	FirstLine     int
	Flags         int

	ArgCount, PosOnlyArgCount, KwOnlyArgCount int

	Instrs []uint32
	// Positions gives each instruction's source extent, for line numbers
	// in tracebacks and the caret under the failing expression.
	Positions []syntax.Pos
	Consts    []*object.Object // immortal
	Names     []*object.Str    // attribute, global and module-level names

	// The frame's fast slots: LocalNames, then CellNames (locals captured
	// by inner functions that are not parameters), then FreeNames
	// (captured from the enclosing function).
	LocalNames []string
	CellNames  []string
	FreeNames  []string
	// Cell2Arg maps a cell to the parameter it is initialised from, or -1.
	Cell2Arg []int

	StackSize      int
	numSlots       int // len(LocalNames) + len(CellNames) + len(FreeNames), set by assemble
	ExceptionTable []ExceptionEntry

	// Caches holds, per instruction, what LOAD_GLOBAL or LOAD_ATTR
	// learned the last time they ran (the eval loop fills it lazily).
	Caches []atomic.Pointer[InlineCache]

	// SimpleParams: only positional parameters (no keyword-only ones, no
	// *args or **kwargs), so a call with as many positional arguments
	// just moves them into place.
	SimpleParams bool
}

// InlineCache is what one instruction learned the last time it ran. It is
// immutable (an instruction that learns something new stores a new one),
// so threads share it without locks.
//
// LOAD_GLOBAL: its name was at Index of Dict's entries; the next run that
// finds the same key there reads the value without hashing. With Builtin
// set, the name was not in Dict (the globals) when Dict had had Epoch
// keys added (object.Dict.KeysAdded), and was at Index of the entries of
// Builtins, the builtins dict of the frame that looked: while no key is
// added to the globals, a frame with the same builtins (the usual case:
// the interpreter's) reads that entry directly; code run with other
// builtins (exec with its own __builtins__) looks up again.
//
// LOAD_ATTR's method form: Type's attribute was Method, a deferred
// function or method descriptor, while the type epoch was Epoch
// (object.TypeEpoch); the next run on an instance of Type at that epoch
// takes it without a lookup.
type InlineCache struct {
	Dict     *object.Dict
	Builtins *object.Dict
	Index    int
	Builtin  bool
	Type     *object.Type
	Epoch    uint32
	Method   *object.Object
}

// ExceptionEntry says where to go when an instruction in [Start, End)
// raises: unwind the value stack to Depth items, push the exception (and
// before it the index of the raising instruction when Lasti), and jump to
// Target.
type ExceptionEntry struct {
	Start, End, Target, Depth int
	Lasti                     bool
}

// CodeType is the type of code objects.
var CodeType = object.NewStaticType(&object.Type{Name: "code", Flags: object.FlagWeakrefable})

// NumLocals returns the number of plain local slots.
func (c *Code) NumLocals() int { return len(c.LocalNames) }

// NumSlots returns the number of fast slots: locals, cells and free
// variables.
func (c *Code) NumSlots() int { return c.numSlots }

// Line returns the source line of instruction i.
func (c *Code) Line(i int) int {
	if i >= 0 && i < len(c.Positions) {
		return c.Positions[i].Line
	}
	return c.FirstLine
}

// Handler returns the exception table entry covering instruction i.
func (c *Code) Handler(i int) (ExceptionEntry, bool) {
	for _, e := range c.ExceptionTable {
		if i >= e.Start && i < e.End {
			return e, true
		}
	}
	return ExceptionEntry{}, false
}

// IsGenerator reports whether calling the code's function makes a
// generator, a coroutine or an async generator: an object that runs the
// frame on demand.
func (c *Code) IsGenerator() bool {
	return c.Flags&(FlagGenerator|FlagCoroutine|FlagAsyncGenerator) != 0
}
