// This file turns a unit into a Code: it resolves labels to instruction
// indexes, builds the exception table from the handler in force at each
// instruction, and computes the maximum stack depth by following every
// path through the code with each opcode's stack effect.

package compile

import (
	"fmt"
	"math"
	"strconv"
	"sync/atomic"
)

func floatBits(v float64) string { return strconv.FormatUint(math.Float64bits(v), 16) }

// assemble finishes u's code object.
func (u *unit) assemble() (*Code, error) {
	code := u.code
	// Resolve jump labels.
	for i, ins := range u.instrs {
		op, arg := Decode(ins)
		if op.HasJump() {
			target := u.labels[arg]
			if target < 0 {
				return nil, fmt.Errorf("compile: unplaced label %d in %s", arg, code.Name)
			}
			u.instrs[i] = Instr(op, target)
		}
	}
	code.Instrs = u.instrs
	code.numSlots = len(code.LocalNames) + len(code.CellNames) + len(code.FreeNames)
	code.Positions = u.pos
	code.Caches = make([]atomic.Pointer[InlineCache], len(u.instrs))
	base, err := u.stackDepths()
	if err != nil {
		return nil, err
	}
	// Exception table: one entry per run of instructions sharing a
	// handler, with the handler's base depth: the stack depth where its
	// protected region was set up (see unit.setups). Not the depth of the
	// first instruction it covers: that one may be unreachable (the jump
	// over an inlined finally body after a raise), or be cleanup code of
	// an inner handler, which runs with more on the stack.
	for i := 0; i < len(u.handlers); {
		h := u.handlers[i]
		j := i
		for j < len(u.handlers) && u.handlers[j] == h {
			j++
		}
		if h >= 0 {
			d := base[h]
			code.ExceptionTable = append(code.ExceptionTable, ExceptionEntry{
				Start: i, End: j, Target: u.labels[h], Depth: d,
			})
		}
		i = j
	}
	return code, nil
}

// stackDepths computes the code's StackSize and returns each handler's
// base depth, the stack depth at its region's setup point. A handler
// whose setup point is unreachable is never entered (base 0).
func (u *unit) stackDepths() (map[label]int, error) {
	n := len(u.instrs)
	depths := make([]int, n)
	for i := range depths {
		depths[i] = -1
	}
	maxd := 0
	var work []int
	visit := func(i, d int) {
		if i >= n {
			return
		}
		if depths[i] < 0 {
			depths[i] = d
			work = append(work, i)
		}
	}
	visit(0, 0)
	// A handler is entered with its region's base depth plus the
	// exception; regions are processed as their first instruction is
	// reached.
	base := map[label]int{}
	for len(work) > 0 {
		i := work[len(work)-1]
		work = work[:len(work)-1]
		d := depths[i]
		for ; i < n; i++ {
			depths[i] = d
			if h := u.handlers[i]; h >= 0 {
				if _, seen := base[h]; !seen {
					// The setup point precedes every instruction of
					// the region, so its depth is known by now.
					b := 0
					if s := u.setups[h]; s >= 0 && s < n && depths[s] >= 0 {
						b = depths[s]
					}
					base[h] = b
					visit(u.labels[h], b+1)
				}
			}
			op, arg := Decode(u.instrs[i])
			d += stackEffect(op, arg, false)
			if d < 0 {
				return nil, fmt.Errorf("compile: stack underflow at %d (%s) in %s", i, op, u.code.Name)
			}
			maxd = max(maxd, d)
			if op.HasJump() {
				jd := depths[i] + stackEffect(op, arg, true)
				maxd = max(maxd, jd)
				visit(arg, jd)
			}
			if op == JUMP_FORWARD || op == JUMP_BACKWARD || op == RETURN_VALUE || op == RETURN_CONST ||
				op == RAISE_VARARGS || op == RERAISE {
				break
			}
			if i+1 < n && depths[i+1] >= 0 {
				break
			}
		}
	}
	u.code.StackSize = maxd + 2
	return base, nil
}

// stackEffect is the change in stack depth an instruction makes; jump
// selects the effect when the jump is taken.
func stackEffect(op Opcode, arg int, jump bool) int {
	switch op {
	case NOP, JUMP_FORWARD, JUMP_BACKWARD, DELETE_FAST, DELETE_NAME, DELETE_GLOBAL, DELETE_DEREF,
		MAKE_CELL, SETUP_ANNOTATIONS, RETURN_GENERATOR, RETURN_CONST:
		return 0
	case POP_TOP, STORE_FAST, STORE_NAME, STORE_GLOBAL, STORE_DEREF, DELETE_ATTR,
		POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE,
		LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE, IMPORT_STAR,
		POP_EXCEPT, RETURN_VALUE, PRINT_EXPR, PREP_RERAISE_STAR, BINARY_OP, COMPARE_OP, IS_OP, CONTAINS_OP, BINARY_SUBSCR, IMPORT_NAME:
		return -1
	case PUSH_NULL, COPY, LOAD_CONST, LOAD_FAST, LOAD_FAST_BORROW, LOAD_NAME, LOAD_DEREF, LOAD_CLOSURE, LOAD_CLASSDEREF,
		LOAD_BUILD_CLASS, LOAD_ASSERTION_ERROR, IMPORT_FROM, LOAD_LOCALS, PUSH_EXC_INFO, BEFORE_WITH,
		GET_ANEXT, BEFORE_ASYNC_WITH:
		return 1
	case SWAP, UNARY_NEGATIVE, UNARY_POSITIVE, UNARY_INVERT, UNARY_NOT, LIST_TO_TUPLE, GET_ITER,
		GET_YIELD_FROM_ITER, YIELD_VALUE, CHECK_EXC_MATCH, CHECK_EG_MATCH, GET_AWAITABLE, GET_AITER, ASYNC_GEN_WRAP:
		return 0
	case MATCH_MAPPING, MATCH_SEQUENCE, GET_LEN, MATCH_KEYS:
		return 1
	case MATCH_CLASS, END_ASYNC_FOR:
		return -2
	case LOAD_GLOBAL:
		return 1 + arg&1
	case LOAD_ATTR:
		return arg & 1
	case STORE_ATTR, DELETE_SUBSCR, MAP_ADD:
		return -2
	case STORE_SUBSCR:
		return -3
	case BUILD_SLICE:
		return 1 - arg
	case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING:
		return 1 - arg
	case BUILD_MAP:
		return 1 - 2*arg
	case FORMAT_VALUE:
		if arg&4 != 0 {
			return -1
		}
		return 0
	case UNPACK_SEQUENCE:
		return arg - 1
	case UNPACK_EX:
		return (arg & 0xff) + (arg >> 8)
	case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP:
		if jump {
			return 0
		}
		return -1
	case FOR_ITER:
		if jump {
			return -1
		}
		return 1
	case SEND:
		if jump {
			return 0
		}
		return 0
	case CALL:
		return -1 - arg
	case CALL_KW:
		return -2 - arg
	case CALL_FUNCTION_EX:
		return -2 - arg&1
	case MAKE_FUNCTION:
		n := 0
		for f := arg; f != 0; f &= f - 1 {
			n++
		}
		return -n
	case RAISE_VARARGS:
		return -arg
	case RERAISE:
		return -1
	case WITH_EXCEPT_START:
		return 1
	}
	panic("compile: no stack effect for " + op.String())
}

// StackEffect is the change in stack depth instruction op with arg
// makes, the jump taken or not (a debugger's jump checks the stacks of
// its source and target with it).
func StackEffect(op Opcode, arg int, jump bool) int { return stackEffect(op, arg, jump) }
