// This file holds the per-code-object state of the compiler: the
// instructions being emitted, labels, constants and names, the stack of
// enclosing blocks (loops, try/finally) that break, continue and return
// must unwind, and the exception handler in force for each instruction.

package compile

import (
	"math/big"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/syntax"
)

// label is a jump target, resolved to an instruction index by assemble.
type label int

// unit compiles one code object.
type unit struct {
	c     *compiler
	scope *scope
	code  *Code

	instrs   []uint32
	pos      []syntax.Pos
	handlers []label // the handler label in force for each instruction (-1: none)
	labels   []int   // instruction index of each label (-1 until placed)
	placedAt int     // the index the last placed label points to
	// setups holds, for each label used as an exception handler, the
	// index of the instruction where its protected region begins (like
	// CPython's SETUP_FINALLY pseudo-instruction): the stack depth there
	// is the depth the handler unwinds to. -1 for other labels.
	setups []int

	consts   map[constKey]int
	names    map[string]int
	fast     map[string]int // slot of each local, cell and free variable
	curPos   syntax.Pos
	handler  label // current exception handler, -1 for none
	fblocks  []fblock
	isClass  bool
	isModule bool
}

// fblock is an enclosing block that control flow must leave properly.
type fblock struct {
	kind fblockKind
	// For loops: where continue and break go.
	continueTo, breakTo label
	// For finally blocks: the exception handler outside the try.
	outerHandler label
	// For finally blocks: the statements to run on the way out.
	finally []syntax.Stmt
	// For except handlers with a name: the name to delete on the way out.
	name string
	// For with blocks: async with, whose __aexit__ result is awaited.
	async bool
}

type fblockKind uint8

const (
	fbWhile fblockKind = iota
	fbFor
	fbTryExcept  // the body of a try with handlers: leaving needs nothing
	fbFinallyTry // the body of a try/finally: leaving runs the finally statements
	fbFinallyEnd // the finally statements themselves on the exception path
	fbHandler    // an except handler: leaving pops the previous exception
	fbWith       // a with body: leaving calls __exit__(None, None, None)
	fbPopValue   // a value on the stack to pop when leaving (a return value while a finally body runs)
)

// constKey makes constants that differ in type distinct keys (1, 1.0 and
// True are different constants).
type constKey struct {
	kind byte
	s    string
	f    float64
	i    int64
	p    *object.Object
}

func newUnit(c *compiler, s *scope, name string, firstLine int) *unit {
	u := &unit{
		c: c, scope: s,
		code:    &Code{Name: name, QualName: name, Filename: c.filename, FirstLine: firstLine},
		consts:  map[constKey]int{},
		names:   map[string]int{},
		fast:    map[string]int{},
		handler: -1,
	}
	return u
}

// emit appends an instruction at the current source position.
func (u *unit) emit(op Opcode, arg int) int {
	u.instrs = append(u.instrs, Instr(op, arg))
	u.pos = append(u.pos, u.curPos)
	u.handlers = append(u.handlers, u.handler)
	return len(u.instrs) - 1
}

// emitArtificial emits an instruction of no source line (CPython's
// artificial instructions: the jump over an else, a function's implicit
// return): a tracer reports no line for it, and co_lines gives None.
func (u *unit) emitArtificial(op Opcode, arg int) int {
	saved := u.curPos
	u.curPos = syntax.Pos{}
	i := u.emit(op, arg)
	u.curPos = saved
	return i
}

// emitJump emits a jump to l.
func (u *unit) emitJump(op Opcode, l label) {
	if op == JUMP_BACKWARD && u.endsWithLineNop() {
		// The loop's back edge takes the place and the line of a NOP
		// that only marked a line (a body ending in pass): CPython's
		// optimiser drops that NOP too, and the loop runs one dispatch
		// fewer per iteration. A tracer still hears the line, now at
		// the jump.
		u.instrs[len(u.instrs)-1] = Instr(op, int(l))
		return
	}
	u.emit(op, int(l))
}

// endsWithLineNop reports whether the last instruction is a NOP that the
// next one may replace: no label points past it and it is under the
// same exception handler.
func (u *unit) endsWithLineNop() bool {
	n := len(u.instrs)
	if n == 0 || u.placedAt == n || u.handlers[n-1] != u.handler {
		return false
	}
	op, _ := Decode(u.instrs[n-1])
	return op == NOP
}

func (u *unit) newLabel() label {
	u.labels = append(u.labels, -1)
	u.setups = append(u.setups, -1)
	return label(len(u.labels) - 1)
}

// place binds l to the next instruction.
func (u *unit) place(l label) {
	u.labels[l] = len(u.instrs)
	u.placedAt = len(u.instrs)
}

// protect makes h the handler of the instructions emitted next, the
// start of its protected region. (Restoring an enclosing handler is a
// plain assignment to u.handler: its region began earlier.)
func (u *unit) protect(h label) {
	u.handler = h
	if u.setups[h] < 0 {
		u.setups[h] = len(u.instrs)
	}
}

// setPos sets the source position of the instructions emitted next.
func (u *unit) setPos(n syntax.Node) {
	if p := n.Span(); p.Line > 0 {
		u.curPos = p
	}
}

// constIndex returns the index of an immortal constant.
func (u *unit) addConst(key constKey, make func() *object.Object) int {
	if i, ok := u.consts[key]; ok {
		return i
	}
	u.code.Consts = append(u.code.Consts, make())
	i := len(u.code.Consts) - 1
	u.consts[key] = i
	return i
}

// constValue returns the constant index of a syntax.Constant value.
func (u *unit) constValue(v any) int {
	switch v := v.(type) {
	case syntax.NoneType:
		return u.addConst(constKey{kind: 'N'}, func() *object.Object { return object.None })
	case syntax.EllipsisType:
		return u.addConst(constKey{kind: 'E'}, func() *object.Object { return object.Ellipsis })
	case bool:
		return u.addConst(constKey{kind: 'b', i: b2i(v)}, func() *object.Object { return object.NewBool(v) })
	case int64:
		return u.addConst(constKey{kind: 'i', i: v}, func() *object.Object { return u.c.immortal(object.NewInt(u.c.t, v)) })
	case *big.Int:
		return u.addConst(constKey{kind: 'I', s: v.String()}, func() *object.Object {
			return u.c.immortal(object.NewIntBig(u.c.t, new(big.Int).Set(v)))
		})
	case float64:
		return u.addConst(constKey{kind: 'f', f: v, s: floatBits(v)}, func() *object.Object {
			return u.c.immortal(object.NewFloat(u.c.t, v))
		})
	case string:
		return u.addConst(constKey{kind: 's', s: v}, func() *object.Object { return object.NewStrStatic(v) })
	case []byte:
		return u.addConst(constKey{kind: 'B', s: string(v)}, func() *object.Object {
			return u.c.bytesConst(v)
		})
	case complex128:
		// Keyed by the parts' bits: 0j and -0j are different constants.
		return u.addConst(constKey{kind: 'c', s: floatBits(real(v)) + "," + floatBits(imag(v))}, func() *object.Object {
			return u.c.immortal(object.NewComplex(u.c.t, real(v), imag(v)))
		})
	}
	panic("compile: unknown constant type")
}

// objConst returns the constant index of an object (a code object or a
// tuple of names), which must be immortal.
func (u *unit) objConst(o *object.Object) int {
	return u.addConst(constKey{kind: 'o', p: o}, func() *object.Object { return o })
}

// name returns the index in co_names of n, mangled as every name an
// instruction takes is (attributes and imported names included, as in
// CPython).
func (u *unit) name(n string) int {
	n = u.mangle(n)
	if i, ok := u.names[n]; ok {
		return i
	}
	u.code.Names = append(u.code.Names, object.Intern(n))
	u.names[n] = len(u.code.Names) - 1
	return len(u.code.Names) - 1
}

func (u *unit) pushBlock(b fblock) { u.fblocks = append(u.fblocks, b) }
func (u *unit) popBlock()          { u.fblocks = u.fblocks[:len(u.fblocks)-1] }

func b2i(b bool) int64 {
	if b {
		return 1
	}
	return 0
}
