// Package opcodemodule implements _opcode, CPython's C module under
// opcode.py and dis.py: stack_effect, which tells how an instruction of
// CPython 3.11's bytecode changes the depth of the value stack, and
// get_specialization_stats, which is None (as in a CPython built without
// specialization statistics).
//
// The opcodes are CPython 3.11's, as opcode.py numbers them: ftpy's own
// bytecode is different (compile/opcodes.go), and dis cannot decode it.
package opcodemodule

import (
	"math"
	"math/bits"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() { vm.RegisterModule("_opcode", newModule) }

// haveArgument is the first opcode that takes an argument (opcode.py's
// HAVE_ARGUMENT).
const haveArgument = 90

// fixedEffect holds the opcodes whose effect depends neither on their
// argument nor on whether they jump.
var fixedEffect = map[int]int{
	0:   0,  // CACHE
	1:   -1, // POP_TOP
	2:   1,  // PUSH_NULL
	9:   0,  // NOP
	10:  0,  // UNARY_POSITIVE
	11:  0,  // UNARY_NEGATIVE
	12:  0,  // UNARY_NOT
	15:  0,  // UNARY_INVERT
	25:  -1, // BINARY_SUBSCR
	30:  1,  // GET_LEN
	31:  1,  // MATCH_MAPPING
	32:  1,  // MATCH_SEQUENCE
	33:  1,  // MATCH_KEYS
	35:  1,  // PUSH_EXC_INFO
	36:  0,  // CHECK_EXC_MATCH
	37:  0,  // CHECK_EG_MATCH
	49:  1,  // WITH_EXCEPT_START
	50:  0,  // GET_AITER
	51:  1,  // GET_ANEXT
	52:  1,  // BEFORE_ASYNC_WITH
	53:  1,  // BEFORE_WITH
	54:  -2, // END_ASYNC_FOR
	60:  -3, // STORE_SUBSCR
	61:  -2, // DELETE_SUBSCR
	68:  0,  // GET_ITER
	69:  0,  // GET_YIELD_FROM_ITER
	70:  -1, // PRINT_EXPR
	71:  1,  // LOAD_BUILD_CLASS
	74:  1,  // LOAD_ASSERTION_ERROR
	75:  0,  // RETURN_GENERATOR
	82:  0,  // LIST_TO_TUPLE
	83:  -1, // RETURN_VALUE
	84:  -1, // IMPORT_STAR
	85:  0,  // SETUP_ANNOTATIONS
	86:  0,  // YIELD_VALUE
	87:  0,  // ASYNC_GEN_WRAP
	88:  -1, // PREP_RERAISE_STAR
	89:  -1, // POP_EXCEPT
	90:  -1, // STORE_NAME
	91:  0,  // DELETE_NAME
	95:  -2, // STORE_ATTR
	96:  -1, // DELETE_ATTR
	97:  -1, // STORE_GLOBAL
	98:  0,  // DELETE_GLOBAL
	99:  0,  // SWAP
	100: 1,  // LOAD_CONST
	101: 1,  // LOAD_NAME
	106: 0,  // LOAD_ATTR
	107: -1, // COMPARE_OP
	108: -1, // IMPORT_NAME
	109: 1,  // IMPORT_FROM
	110: 0,  // JUMP_FORWARD
	114: -1, // POP_JUMP_FORWARD_IF_FALSE
	115: -1, // POP_JUMP_FORWARD_IF_TRUE
	117: -1, // IS_OP
	118: -1, // CONTAINS_OP
	119: -1, // RERAISE
	120: 1,  // COPY
	122: -1, // BINARY_OP
	124: 1,  // LOAD_FAST
	125: -1, // STORE_FAST
	126: 0,  // DELETE_FAST
	128: -1, // POP_JUMP_FORWARD_IF_NOT_NONE
	129: -1, // POP_JUMP_FORWARD_IF_NONE
	131: 0,  // GET_AWAITABLE
	134: 0,  // JUMP_BACKWARD_NO_INTERRUPT
	135: 0,  // MAKE_CELL
	136: 1,  // LOAD_CLOSURE
	137: 1,  // LOAD_DEREF
	138: -1, // STORE_DEREF
	139: 0,  // DELETE_DEREF
	140: 0,  // JUMP_BACKWARD
	144: 0,  // EXTENDED_ARG
	145: -1, // LIST_APPEND
	146: -1, // SET_ADD
	147: -2, // MAP_ADD
	148: 1,  // LOAD_CLASSDEREF
	149: 0,  // COPY_FREE_VARS
	151: 0,  // RESUME
	152: -2, // MATCH_CLASS
	160: 1,  // LOAD_METHOD
	162: -1, // LIST_EXTEND
	163: -1, // SET_UPDATE
	164: -1, // DICT_MERGE
	165: -1, // DICT_UPDATE
	171: -1, // CALL
	172: 0,  // KW_NAMES
	173: -1, // POP_JUMP_BACKWARD_IF_NOT_NONE
	174: -1, // POP_JUMP_BACKWARD_IF_NONE
	175: -1, // POP_JUMP_BACKWARD_IF_FALSE
	176: -1, // POP_JUMP_BACKWARD_IF_TRUE
}

// effect returns the stack effect of op with oparg, when it jumps or
// when it does not, and whether op is a valid opcode.
func effect(op, oparg int, jump bool) (int, bool) {
	if e, ok := fixedEffect[op]; ok {
		return e, true
	}
	switch op {
	case 92: // UNPACK_SEQUENCE
		return oparg - 1, true
	case 94: // UNPACK_EX: the counts before and after the starred target
		return (oparg & 0xFF) + (oparg >> 8), true
	case 93: // FOR_ITER: pushes the next value, or pops the iterator
		if jump {
			return -1, true
		}
		return 1, true
	case 123: // SEND
		if jump {
			return -1, true
		}
		return 0, true
	case 111, 112: // JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP
		if jump {
			return 0, true
		}
		return -1, true
	case 102, 103, 104, 157: // BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING
		return 1 - oparg, true
	case 105: // BUILD_MAP: oparg key-value pairs
		return 1 - 2*oparg, true
	case 116: // LOAD_GLOBAL: the low bit pushes a NULL too
		return 1 + oparg&1, true
	case 130, 156, 166: // RAISE_VARARGS, BUILD_CONST_KEY_MAP, PRECALL
		return -oparg, true
	case 132: // MAKE_FUNCTION: one value popped per flag in the low four bits
		return -bits.OnesCount(uint(oparg & 0xF)), true
	case 133: // BUILD_SLICE
		if oparg == 3 {
			return -2, true
		}
		return -1, true
	case 142: // CALL_FUNCTION_EX: the low bit says there are keywords
		return -2 - oparg&1, true
	case 155: // FORMAT_VALUE: bit 2 says there is a format spec
		if oparg&4 != 0 {
			return -1, true
		}
		return 0, true
	}
	return 0, false
}

var funcs = []object.MethodDef{
	{Name: "stack_effect", Fn: stackEffect},
	{Name: "get_specialization_stats", Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "get_specialization_stats", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		return object.None, nil
	}},
}

// stackEffect is stack_effect(opcode, oparg=None, /, *, jump=None).
func stackEffect(t *object.Thread, _ *object.Object, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
	npos := len(args)
	var jumpArg *object.Object
	if kwnames != nil {
		npos -= len(kwnames.Items)
		for i, k := range kwnames.Items {
			if object.StrValue(k) != "jump" {
				return nil, t.Errorf(object.TypeErrorType, "'%s' is an invalid keyword argument for stack_effect()", object.StrValue(k))
			}
			jumpArg = args[npos+i]
		}
	}
	switch {
	case npos < 1:
		return nil, t.Errorf(object.TypeErrorType, "stack_effect() takes at least 1 positional argument (%d given)", npos)
	case npos > 2:
		return nil, t.Errorf(object.TypeErrorType, "stack_effect() takes at most 2 positional arguments (%d given)", npos)
	}
	op, err := cInt(t, args[0])
	if err != nil {
		return nil, err
	}
	oparg, hasArg := 0, npos == 2 && args[1] != object.None
	if hasArg {
		if oparg, err = cInt(t, args[1]); err != nil {
			return nil, err
		}
	}
	jumpMode := 0 // 0: either way (the larger effect), 1: jumping, -1: not
	if jumpArg != nil && jumpArg != object.None {
		switch jumpArg {
		case object.True:
			jumpMode = 1
		case object.False:
			jumpMode = -1
		default:
			return nil, t.Errorf(object.ValueErrorType, "stack_effect: jump must be False, True or None")
		}
	}
	switch {
	case op < haveArgument && hasArg:
		return nil, t.Errorf(object.ValueErrorType, "stack_effect: opcode does not permit oparg but oparg was specified")
	case op >= haveArgument && !hasArg:
		return nil, t.Errorf(object.ValueErrorType, "stack_effect: opcode requires oparg but oparg was not specified")
	}
	var e int
	var ok bool
	switch jumpMode {
	case 1:
		e, ok = effect(op, oparg, true)
	case -1:
		e, ok = effect(op, oparg, false)
	default:
		e, ok = effect(op, oparg, true)
		if n, _ := effect(op, oparg, false); n > e {
			e = n
		}
	}
	if !ok {
		return nil, t.Errorf(object.ValueErrorType, "invalid opcode or oparg")
	}
	return object.NewInt(t, int64(e)), nil
}

// cInt converts o to a C int, as CPython's "i" argument format does.
func cInt(t *object.Thread, o *object.Object) (int, error) {
	if object.IsFloat(o) {
		return 0, t.Errorf(object.TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	v, err := object.AsInt64(t, o)
	if err != nil {
		if !object.ErrorMatches(err, object.OverflowErrorType) {
			return 0, err
		}
		t.DropError(err)
		v = math.MaxInt64
	}
	if v > math.MaxInt32 || v < math.MinInt32 {
		return 0, t.Errorf(object.OverflowErrorType, "Python int too large to convert to C int")
	}
	return int(v), nil
}

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("_opcode")
	m.Dict.SetStr(t, object.Intern("__doc__"), object.NewStr(t, "Opcode support: stack effects of CPython 3.11's bytecode."))
	for i := range funcs {
		m.Dict.SetStr(t, object.Intern(funcs[i].Name), object.NewStaticBuiltin(&funcs[i]))
	}
	object.ClaimModuleFunctions(m.Dict, "_opcode")
	return m.Obj(), nil
}
