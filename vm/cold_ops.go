// This file runs the opcodes the eval loop leaves to its error path: the
// async ones, the match ones, the deletions, star imports, annotations
// set-up, the REPL's PRINT_EXPR and except*'s two. Cases in the loop's switch cost even
// when they never run: past a size, Go's inliner treats the loop as a
// big function and stops inlining the reference-count helpers every
// other opcode calls (the loop then makes calls where it made none, and
// spills registers around them), so opcodes that ordinary code seldom
// runs live here.

package vm

import (
	"errors"

	"github.com/ftpy/ftpy/compile"
	"github.com/ftpy/ftpy/object"
)

// coldOp runs instruction ins on f's value stack (f.sp is its top, kept
// up to date). It always returns errColdOp, with the opcode's error in
// st.coldErr (nil when it succeeded) and st.coldReraise set for an
// exception re-raised with its traceback as it is (END_ASYNC_FOR's). An
// opcode that is not one of these is a SystemError.
func (st *State) coldOp(f *Frame, ins uint32) error {
	var err error
	op, arg := compile.Opcode(ins), int(ins>>8)
	switch op {
	case compile.MATCH_SEQUENCE, compile.MATCH_MAPPING, compile.GET_LEN, compile.MATCH_KEYS, compile.MATCH_CLASS:
		f.sp, err = st.runMatchOp(op, arg, f.slots, f.sp)
	case compile.DELETE_FAST, compile.DELETE_GLOBAL, compile.DELETE_NAME, compile.DELETE_DEREF,
		compile.LOAD_CLASSDEREF, compile.DELETE_ATTR, compile.DELETE_SUBSCR, compile.IMPORT_STAR,
		compile.SETUP_ANNOTATIONS, compile.PRINT_EXPR:
		f.sp, err = st.runNameOp(f, op, arg, f.sp)
	case compile.CHECK_EG_MATCH, compile.PREP_RERAISE_STAR:
		f.sp, err = st.runExceptStarOp(op, f.slots, f.sp)
	default:
		f.sp, err = st.runAsyncOp(op, arg, f.slots, f.sp)
	}
	st.coldErr = err
	st.coldReraise = err != nil && op == compile.END_ASYNC_FOR
	return errColdOp
}

// errColdOp is what coldOp returns: see st.coldErr.
var errColdOp = errors.New("cold opcode")

// runMatchOp runs op, one of the opcodes of the match statement, on the
// value stack s whose top is sp, and returns the new top.
func (st *State) runMatchOp(op compile.Opcode, arg int, s []object.StackRef, sp int) (int, error) {
	t := st.t
	var r *object.Object
	switch op {
	case compile.MATCH_SEQUENCE, compile.MATCH_MAPPING:
		flag := object.FlagSequence
		if op == compile.MATCH_MAPPING {
			flag = object.FlagMapping
		}
		ok, err := st.matchKind(s[sp-1].Obj(), flag)
		if err != nil {
			return sp, err
		}
		s[sp] = object.RefBorrow(object.NewBool(ok))
		return sp + 1, nil
	case compile.GET_LEN:
		n, err := object.Len(t, s[sp-1].Obj())
		if err != nil {
			return sp, err
		}
		s[sp] = object.RefSteal(object.NewInt(t, int64(n)))
		return sp + 1, nil
	case compile.MATCH_KEYS:
		var err error
		if r, err = st.matchKeys(s[sp-2].Obj(), s[sp-1].Obj()); err != nil {
			return sp, err
		}
	case compile.MATCH_CLASS:
		var err error
		if r, err = st.matchClass(s[sp-3].Obj(), s[sp-2].Obj(), s[sp-1].Obj(), arg); err != nil {
			return sp, err
		}
		sp = st.popN(s, sp, 3)
	}
	if r == nil {
		r = object.None
	}
	s[sp] = object.RefSteal(r)
	return sp + 1, nil
}

// runNameOp runs op, one of the deleting, star-importing, annotation and
// PRINT_EXPR opcodes, in frame f whose value stack's top is sp, and
// returns the new top.
func (st *State) runNameOp(f *Frame, op compile.Opcode, arg int, sp int) (int, error) {
	t, s, names := st.t, f.slots, f.code.Names
	switch op {
	case compile.DELETE_FAST:
		if s[arg].IsNull() {
			return sp, st.unboundLocal(f.code, arg)
		}
		t.Close(s[arg])
		s[arg] = object.Null
	case compile.DELETE_GLOBAL:
		if found, _ := f.globals.DelItem(t, names[arg].Obj()); !found {
			return sp, t.NameErrorf(names[arg], "name '%s' is not defined", names[arg])
		}
	case compile.DELETE_NAME:
		return sp, st.deleteName(f, names[arg])
	case compile.DELETE_DEREF:
		old := object.Cast[Cell](s[arg].Obj()).swap(nil)
		if old == nil {
			return sp, st.unboundFree(f.code, arg)
		}
		t.Decref(old)
	case compile.LOAD_CLASSDEREF:
		v, err := st.loadClassDeref(f, arg)
		if err != nil {
			return sp, err
		}
		s[sp] = object.RefSteal(v)
		return sp + 1, nil
	case compile.DELETE_ATTR:
		sp--
		obj := s[sp]
		s[sp] = object.Null
		err := object.SetAttr(t, obj.Obj(), names[arg], nil)
		t.Close(obj)
		return sp, err
	case compile.DELETE_SUBSCR:
		a, k := s[sp-2], s[sp-1]
		err := object.DelItem(t, a.Obj(), k.Obj())
		sp -= 2
		s[sp], s[sp+1] = object.Null, object.Null
		t.Close(a)
		t.Close(k)
		return sp, err
	case compile.IMPORT_STAR, compile.PRINT_EXPR:
		sp--
		var err error
		if op == compile.IMPORT_STAR {
			err = st.importStar(f, s[sp].Obj())
		} else {
			err = st.printExpr(s[sp].Obj())
		}
		t.Close(s[sp])
		s[sp] = object.Null
		return sp, err
	case compile.SETUP_ANNOTATIONS:
		return sp, st.setupAnnotations(f)
	}
	return sp, nil
}
