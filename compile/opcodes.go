// This file declares the opcodes, once, with their stack effects.
//
// An instruction is a uint32: the opcode in the low 8 bits and its
// argument in the upper 24. Jump arguments are absolute instruction
// indexes. Names follow CPython 3.13 where the operation is the same.

package compile

// Opcode is a bytecode operation.
type Opcode uint8

// The stack effect of each opcode is written as "before -- after".
const (
	NOP       Opcode = iota //  --
	POP_TOP                 // x --
	PUSH_NULL               //  -- null
	COPY                    // x[arg] ... -- x[arg] ... x[arg]   (COPY 1 duplicates the top)
	SWAP                    // a ... b -- b ... a                  (swap top with item arg)

	LOAD_CONST       //  -- consts[arg]
	LOAD_FAST        //  -- locals[arg]           (UnboundLocalError if unset)
	LOAD_FAST_BORROW //  -- locals[arg], uncounted (only for a value the next instruction consumes)
	STORE_FAST       // x --
	DELETE_FAST      //  --
	LOAD_NAME        //  -- value                 (locals, globals, builtins)
	STORE_NAME       // x --
	DELETE_NAME      //  --
	LOAD_GLOBAL      //  -- value [null]          (names[arg>>1]; arg&1 pushes a null after it)
	STORE_GLOBAL     // x --
	DELETE_GLOBAL
	LOAD_DEREF      //  -- cell contents       (cells and free vars, after the locals)
	STORE_DEREF     // x --
	DELETE_DEREF    //  --
	LOAD_CLOSURE    //  -- cell
	LOAD_CLASSDEREF //  -- value             (class body: locals dict, then the cell)
	MAKE_CELL       //  --                    (locals[arg] = cell(locals[arg]))

	LOAD_ATTR   // obj -- attr  or  obj -- method self|null   (names[arg>>1]; arg&1 = method form)
	STORE_ATTR  // value obj --
	DELETE_ATTR // obj --

	BINARY_OP      // a b -- a op b         (arg: object.BinaryOp; +inplaceFlag for a op= b)
	COMPARE_OP     // a b -- a cmp b        (arg: object.CompareOp)
	IS_OP          // a b -- bool           (arg 1: is not)
	CONTAINS_OP    // a b -- bool           (arg 1: not in)
	UNARY_NEGATIVE // x -- -x
	UNARY_POSITIVE // x -- +x
	UNARY_INVERT   // x -- ~x
	UNARY_NOT      // x -- not x
	BINARY_SUBSCR  // container key -- item
	STORE_SUBSCR   // value container key --
	DELETE_SUBSCR  // container key --
	BUILD_SLICE    // start stop [step] -- slice   (arg 2 or 3)

	BUILD_TUPLE     // x1..xn -- tuple
	BUILD_LIST      // x1..xn -- list
	BUILD_SET       // x1..xn -- set
	BUILD_MAP       // k1 v1 .. kn vn -- dict
	BUILD_STRING    // s1..sn -- str
	LIST_APPEND     // list ... x -- list ...          (list at arg below x)
	SET_ADD         // set ... x -- set ...
	MAP_ADD         // dict ... k v -- dict ...
	LIST_EXTEND     // list ... it -- list ...
	SET_UPDATE      // set ... it -- set ...
	DICT_UPDATE     // dict ... m -- dict ...
	DICT_MERGE      // dict ... m -- dict ...  (call ** unpacking: duplicate keys are errors)
	LIST_TO_TUPLE   // list -- tuple
	FORMAT_VALUE    // x [spec] -- str     (arg&3: conversion none/str/repr/ascii; arg&4: spec present)
	UNPACK_SEQUENCE // seq -- xn..x1
	UNPACK_EX       // seq -- xn..x1       (arg: before | after<<8)

	JUMP_FORWARD         //  --                 (to arg)
	JUMP_BACKWARD        //  --                 (to arg; a safe point)
	POP_JUMP_IF_FALSE    // x --
	POP_JUMP_IF_TRUE     // x --
	POP_JUMP_IF_NONE     // x --
	POP_JUMP_IF_NOT_NONE // x --
	JUMP_IF_FALSE_OR_POP // x -- x | --
	JUMP_IF_TRUE_OR_POP  // x -- x | --
	GET_ITER             // iterable -- iterator
	FOR_ITER             // iterator -- iterator next | -- (exhausted: pop, jump to arg)

	CALL             // callable self|null a1..an -- result
	CALL_KW          // callable self|null a1..an kwnames -- result  (last len(kwnames) args are keyword values)
	CALL_FUNCTION_EX // callable null args [kwargs] -- result         (arg&1: kwargs present)
	RETURN_VALUE     // x --
	RETURN_CONST     //  --
	MAKE_FUNCTION    // [defaults] [kwdefaults] [annotations] [closure] code -- function  (arg flags)
	LOAD_BUILD_CLASS //  -- __build_class__
	IMPORT_NAME      // level fromlist -- module
	IMPORT_FROM      // module -- module attr
	IMPORT_STAR      // module --

	RAISE_VARARGS        // [exc [cause]] --               (arg 0: re-raise the handled exception)
	RERAISE              // exc --                         (arg 1: keep the traceback position)
	PUSH_EXC_INFO        // exc -- prev exc                (the handled exception becomes exc; arg 1: except clauses follow)
	POP_EXCEPT           // prev --                        (restores the handled exception)
	CHECK_EXC_MATCH      // exc type -- exc bool
	LOAD_ASSERTION_ERROR //  -- AssertionError
	BEFORE_WITH          // mgr -- exit enter_result
	WITH_EXCEPT_START    // exit lasti prev exc -- exit lasti prev exc result
	SETUP_ANNOTATIONS    //  --
	YIELD_VALUE          // x -- sent
	GET_YIELD_FROM_ITER  // iterable -- iterator
	SEND                 // iterator value -- iterator result | (done: iterator value, jump to arg)
	RETURN_GENERATOR     //  --                          (first instruction of a generator)
	LOAD_LOCALS          //  -- locals dict
	PRINT_EXPR           // x --                    (the REPL: print repr(x) unless None)

	// The match statement's tests (match.go).
	MATCH_MAPPING  // subject -- subject bool                 (a mapping, as collections.abc.Mapping)
	MATCH_SEQUENCE // subject -- subject bool                 (a sequence other than str, bytes, bytearray)
	GET_LEN        // x -- x len(x)
	MATCH_KEYS     // subject keys -- subject keys values|None (values: tuple of subject[key])
	MATCH_CLASS    // subject cls names -- attrs|None          (arg: number of positional sub-patterns)

	// Coroutines and async generators (PEP 492, 525). An await is
	// GET_AWAITABLE then the SEND/YIELD_VALUE loop of yield from.
	GET_AWAITABLE     // x -- awaitable              (arg 1: from __aenter__, 2: from __aexit__, for the error message)
	GET_AITER         // x -- aiter                  (x.__aiter__())
	GET_ANEXT         // aiter -- aiter awaitable    (awaitable of aiter.__anext__())
	END_ASYNC_FOR     // aiter exc --                (the handler of async for: StopAsyncIteration ends the loop, else re-raise)
	BEFORE_ASYNC_WITH // mgr -- aexit aenter_result
	ASYNC_GEN_WRAP    // x -- wrapped                (an async generator's yield: marks the value as the generator's own)

	// The except* statement (PEP 654).
	CHECK_EG_MATCH    // exc type -- rest match       (match None: exc None; the handled exception becomes match)
	PREP_RERAISE_STAR // orig list -- exc|None        (what the clauses raised and left, combined)

	numOpcodes
)

// TRACE is no compiled opcode: a frame with a trace function runs a copy
// of its code's instructions in which every opcode is TRACE, the argument
// kept, so that the eval loop reports each instruction to the tracer
// before running the original (vm/trace.go).
const TRACE = numOpcodes

// inplaceFlag marks a BINARY_OP that is an augmented assignment.
const inplaceFlag = 32

// Function flags for MAKE_FUNCTION.
const (
	MakeDefaults    = 1
	MakeKwDefaults  = 2
	MakeAnnotations = 4
	MakeClosure     = 8
)

// Code flags (CPython's CO_*).
const (
	FlagOptimized = 1 << iota // fast locals
	FlagNewLocals
	FlagVarargs
	FlagVarKeywords
	FlagNested
	FlagGenerator
	FlagNoFree
	FlagCoroutine         // async def
	FlagIterableCoroutine // a generator usable in await (types.coroutine)
	FlagAsyncGenerator    // async def with yield
)

// FlagFutureAnnotations is CO_FUTURE_ANNOTATIONS: code compiled under
// `from __future__ import annotations`, whose annotations are strings.
const FlagFutureAnnotations = 0x1000000

// HasJump reports whether op's argument is a jump target.
func (op Opcode) HasJump() bool {
	switch op {
	case JUMP_FORWARD, JUMP_BACKWARD, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE,
		POP_JUMP_IF_NOT_NONE, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP, FOR_ITER, SEND:
		return true
	}
	return false
}

// Instr packs an opcode and its argument.
func Instr(op Opcode, arg int) uint32 { return uint32(op) | uint32(arg)<<8 }

// Decode unpacks an instruction.
func Decode(ins uint32) (Opcode, int) { return Opcode(ins & 0xff), int(ins >> 8) }
