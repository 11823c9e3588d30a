// This file defines code objects' attributes (co_*), their repr,
// equality and hash.
//
// co_code is ftpy's own bytecode, not CPython's: two bytes per
// instruction, the opcode (compile/opcodes.go) and the low byte of its
// argument. Every offset a program sees (f_lasti, tb_lasti, co_lines,
// co_positions) counts in those two-byte units, so they agree with one
// another, but dis cannot decode co_code. co_linetable and
// co_exceptiontable are stable encodings of ftpy's line and exception
// tables (see linetable and exceptionTable), not CPython's formats.

package compile

import (
	"fmt"

	"github.com/ftpy/ftpy/object"
)

func codeOf(o *object.Object) *Code { return object.Cast[Code](o) }

func intAttr(get func(c *Code) int) func(t *object.Thread, o *object.Object) (*object.Object, error) {
	return func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewInt(t, int64(get(codeOf(o)))), nil
	}
}

// PyFlags is co_flags: the code's flags as CPython 3.11 sets them, which
// has no CO_NOFREE any more.
func (c *Code) PyFlags() int { return c.Flags &^ FlagNoFree }

// Bytecode is co_code.
func (c *Code) Bytecode() []byte {
	b := make([]byte, 2*len(c.Instrs))
	for i, ins := range c.Instrs {
		b[2*i], b[2*i+1] = byte(ins), byte(ins>>8)
	}
	return b
}

// appendVarint appends v zigzag-encoded in 7-bit groups, low first.
func appendVarint(b []byte, v int) []byte {
	u := uint64(v<<1) ^ uint64(v>>63)
	for u >= 0x80 {
		b = append(b, byte(u)|0x80)
		u >>= 7
	}
	return append(b, byte(u))
}

// linetable is co_linetable: per instruction, its line, end line, column
// and end column, each a varint of the difference from the previous
// instruction's.
func (c *Code) linetable() []byte {
	var b []byte
	var prev [4]int
	prev[0] = c.FirstLine
	for _, p := range c.Positions {
		cur := [4]int{p.Line, p.EndLine, p.Col, p.EndCol}
		for k := range cur {
			b = appendVarint(b, cur[k]-prev[k])
		}
		prev = cur
	}
	return b
}

// exceptionTable is co_exceptiontable: per entry, start, end, target
// (instruction indexes), depth and lasti (0 or 1), as varints.
func (c *Code) exceptionTable() []byte {
	var b []byte
	for _, e := range c.ExceptionTable {
		lasti := 0
		if e.Lasti {
			lasti = 1
		}
		for _, v := range []int{e.Start, e.End, e.Target, e.Depth, lasti} {
			b = appendVarint(b, v)
		}
	}
	return b
}

func strTuple(t *object.Thread, names []string) *object.Object {
	items := make([]*object.Object, len(names))
	for i, n := range names {
		items[i] = object.NewStr(t, n)
	}
	return object.NewTuple(t, items).Obj()
}

var codeGetSets = []object.GetSetDef{
	{Name: "co_name", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewStr(t, codeOf(o).Name), nil
	}},
	{Name: "co_qualname", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewStr(t, codeOf(o).QualName), nil
	}},
	{Name: "co_filename", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewStr(t, codeOf(o).Filename), nil
	}},
	{Name: "co_firstlineno", Get: intAttr(func(c *Code) int { return c.FirstLine })},
	{Name: "co_argcount", Get: intAttr(func(c *Code) int { return c.ArgCount })},
	{Name: "co_posonlyargcount", Get: intAttr(func(c *Code) int { return c.PosOnlyArgCount })},
	{Name: "co_kwonlyargcount", Get: intAttr(func(c *Code) int { return c.KwOnlyArgCount })},
	{Name: "co_nlocals", Get: intAttr(func(c *Code) int { return len(c.LocalNames) })},
	{Name: "co_stacksize", Get: intAttr(func(c *Code) int { return c.StackSize })},
	{Name: "co_flags", Get: intAttr((*Code).PyFlags)},
	{Name: "co_varnames", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return strTuple(t, codeOf(o).LocalNames), nil
	}},
	{Name: "co_cellvars", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return strTuple(t, codeOf(o).CellNames), nil
	}},
	{Name: "co_freevars", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return strTuple(t, codeOf(o).FreeNames), nil
	}},
	{Name: "co_names", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		names := codeOf(o).Names
		items := make([]*object.Object, len(names))
		for i, n := range names {
			items[i] = t.NewRef(n.Obj())
		}
		return object.NewTuple(t, items).Obj(), nil
	}},
	{Name: "co_consts", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewTupleRefs(t, codeOf(o).Consts...).Obj(), nil
	}},
	{Name: "co_code", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewBytes(t, codeOf(o).Bytecode()), nil
	}},
	{Name: "_co_code_adaptive", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewBytes(t, codeOf(o).Bytecode()), nil
	}},
	{Name: "co_linetable", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewBytes(t, codeOf(o).linetable()), nil
	}},
	{Name: "co_exceptiontable", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewBytes(t, codeOf(o).exceptionTable()), nil
	}},
}

func codeRepr(t *object.Thread, o *object.Object) (*object.Object, error) {
	c := codeOf(o)
	return object.NewStr(t, fmt.Sprintf("<code object %s at %p, file \"%s\", line %d>",
		c.Name, object.Pointer(o), c.Filename, c.FirstLine)), nil
}

func sameStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// codeEqual compares what CPython's code equality compares: names,
// counts, flags, first line, instructions, constants, names of the
// variables, and the line table.
func codeEqual(t *object.Thread, a, b *Code) (bool, error) {
	if a == b {
		return true, nil
	}
	if a.Name != b.Name || a.ArgCount != b.ArgCount || a.PosOnlyArgCount != b.PosOnlyArgCount ||
		a.KwOnlyArgCount != b.KwOnlyArgCount || a.Flags != b.Flags || a.FirstLine != b.FirstLine ||
		len(a.Instrs) != len(b.Instrs) || len(a.Consts) != len(b.Consts) || len(a.Names) != len(b.Names) ||
		!sameStrings(a.LocalNames, b.LocalNames) || !sameStrings(a.CellNames, b.CellNames) ||
		!sameStrings(a.FreeNames, b.FreeNames) || len(a.Positions) != len(b.Positions) {
		return false, nil
	}
	for i := range a.Instrs {
		if a.Instrs[i] != b.Instrs[i] {
			return false, nil
		}
	}
	for i := range a.Names {
		if object.StrValue(a.Names[i].Obj()) != object.StrValue(b.Names[i].Obj()) {
			return false, nil
		}
	}
	for i := range a.Positions {
		if a.Positions[i] != b.Positions[i] {
			return false, nil
		}
	}
	for i := range a.Consts {
		x, y := a.Consts[i], b.Consts[i]
		if x == y {
			continue
		}
		// 1 == 1.0 == True, but they are different constants.
		if x.Type() != y.Type() {
			return false, nil
		}
		eq, err := object.RichCompareBool(t, x, y, object.EQ)
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

func codeCompare(t *object.Thread, a, b *object.Object, op object.CompareOp) (*object.Object, error) {
	if b.Type() != CodeType || (op != object.EQ && op != object.NE) {
		return object.NotImplemented, nil
	}
	eq, err := codeEqual(t, codeOf(a), codeOf(b))
	if err != nil {
		return nil, err
	}
	return object.NewBool(eq == (op == object.EQ)), nil
}

func codeHash(t *object.Thread, o *object.Object) (int64, error) {
	c := codeOf(o)
	h := uint64(14695981039346656037)
	mix := func(v uint64) { h = (h ^ v) * 1099511628211 }
	for _, ch := range []byte(c.Name) {
		mix(uint64(ch))
	}
	for _, v := range []int{c.ArgCount, c.PosOnlyArgCount, c.KwOnlyArgCount, c.Flags, c.FirstLine, len(c.Instrs), len(c.Consts)} {
		mix(uint64(v))
	}
	for _, ins := range c.Instrs {
		mix(uint64(ins))
	}
	r := int64(h >> 1)
	if r == -1 {
		r = -2
	}
	return r, nil
}

func init() {
	CodeType.Repr = codeRepr
	CodeType.Compare = codeCompare
	CodeType.Hash = codeHash
	object.ReadyType(CodeType, codeMethods, codeGetSets)
}
