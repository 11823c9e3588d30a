// This file implements the disassembler (`ftpy dis`).

package compile

import (
	"fmt"
	"io"
	"strings"

	"github.com/ftpy/ftpy/object"
)

// Dis writes a listing of code and of the code objects among its
// constants.
func Dis(w io.Writer, code *Code) {
	fmt.Fprintf(w, "Disassembly of <code object %s, file %q, line %d>:\n", code.Name, code.Filename, code.FirstLine)
	targets := map[int]bool{}
	for _, ins := range code.Instrs {
		if op, arg := Decode(ins); op.HasJump() {
			targets[arg] = true
		}
	}
	lastLine := -1
	for i, ins := range code.Instrs {
		op, arg := Decode(ins)
		line := "    "
		if l := code.Line(i); l != lastLine {
			line = fmt.Sprintf("%4d", l)
			lastLine = l
		}
		mark := "  "
		if targets[i] {
			mark = ">>"
		}
		fmt.Fprintf(w, "%s %s %4d %-20s %s\n", line, mark, i, op, strings.TrimSpace(argRepr(code, op, arg)))
	}
	if len(code.ExceptionTable) > 0 {
		fmt.Fprintln(w, "ExceptionTable:")
		for _, e := range code.ExceptionTable {
			fmt.Fprintf(w, "  %d to %d -> %d [%d]\n", e.Start, e.End, e.Target, e.Depth)
		}
	}
	for _, k := range code.Consts {
		if k.Type() == CodeType {
			fmt.Fprintln(w)
			Dis(w, object.Cast[Code](k))
		}
	}
}

func argRepr(code *Code, op Opcode, arg int) string {
	slotName := func(i int) string {
		all := append(append(append([]string{}, code.LocalNames...), code.CellNames...), code.FreeNames...)
		if i < len(all) {
			return all[i]
		}
		return "?"
	}
	switch op {
	case LOAD_CONST, RETURN_CONST:
		return fmt.Sprintf("%d (%s)", arg, constRepr(code.Consts[arg]))
	case LOAD_FAST, LOAD_FAST_BORROW, STORE_FAST, DELETE_FAST, LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLOSURE,
		LOAD_CLASSDEREF, MAKE_CELL:
		return fmt.Sprintf("%d (%s)", arg, slotName(arg))
	case LOAD_NAME, STORE_NAME, DELETE_NAME, STORE_GLOBAL, DELETE_GLOBAL, STORE_ATTR, DELETE_ATTR,
		IMPORT_NAME, IMPORT_FROM:
		return fmt.Sprintf("%d (%s)", arg, code.Names[arg])
	case LOAD_GLOBAL:
		s := fmt.Sprintf("%d (%s)", arg, code.Names[arg>>1])
		if arg&1 != 0 {
			s = fmt.Sprintf("%d (%s + NULL)", arg, code.Names[arg>>1])
		}
		return s
	case LOAD_ATTR:
		if arg&1 != 0 {
			return fmt.Sprintf("%d (%s + NULL|self)", arg, code.Names[arg>>1])
		}
		return fmt.Sprintf("%d (%s)", arg, code.Names[arg>>1])
	case BINARY_OP:
		s := object.BinaryOp(arg &^ inplaceFlag).Symbol()
		if arg&inplaceFlag != 0 {
			s += "="
		}
		return fmt.Sprintf("%d (%s)", arg, s)
	case COMPARE_OP:
		return fmt.Sprintf("%d (%s)", arg, object.CompareOp(arg).Symbol())
	}
	if op.HasJump() {
		return fmt.Sprintf("%d (to %d)", arg, arg)
	}
	switch op {
	case NOP, POP_TOP, PUSH_NULL, RETURN_VALUE, GET_ITER, BINARY_SUBSCR, STORE_SUBSCR, DELETE_SUBSCR,
		PUSH_EXC_INFO, POP_EXCEPT, CHECK_EXC_MATCH, LOAD_ASSERTION_ERROR, LOAD_BUILD_CLASS,
		BEFORE_WITH, WITH_EXCEPT_START, UNARY_NEGATIVE, UNARY_NOT, UNARY_INVERT, UNARY_POSITIVE,
		LIST_TO_TUPLE, SETUP_ANNOTATIONS, RETURN_GENERATOR, GET_YIELD_FROM_ITER, IMPORT_STAR, LOAD_LOCALS,
		PRINT_EXPR, GET_AITER, GET_ANEXT, END_ASYNC_FOR, BEFORE_ASYNC_WITH, ASYNC_GEN_WRAP,
		CHECK_EG_MATCH, PREP_RERAISE_STAR:
		return ""
	}
	return fmt.Sprint(arg)
}

func constRepr(o *object.Object) string {
	switch {
	case o.Type() == CodeType:
		c := object.Cast[Code](o)
		return fmt.Sprintf("<code object %s, file %q, line %d>", c.Name, c.Filename, c.FirstLine)
	case object.IsStr(o):
		return fmt.Sprintf("%q", object.StrValue(o))
	case o == object.None:
		return "None"
	case o == object.True:
		return "True"
	case o == object.False:
		return "False"
	case object.IsInt(o):
		return object.AsInt(o).String()
	case object.IsFloat(o):
		return fmt.Sprint(object.FloatValue(o))
	case object.IsComplex(o):
		return object.ComplexAsString(o)
	case object.IsTuple(o):
		parts := []string{}
		for _, x := range object.AsTuple(o).Items {
			parts = append(parts, constRepr(x))
		}
		return "(" + strings.Join(parts, ", ") + ")"
	}
	return "<" + o.Type().Name + ">"
}
