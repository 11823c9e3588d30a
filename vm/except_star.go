// This file runs the two opcodes of the except* statement (cold_ops.go
// dispatches them): CHECK_EG_MATCH splits the exception a clause sees,
// and PREP_RERAISE_STAR combines what the clauses raised and left. The
// work on the groups themselves is object's (exception_star.go).

package vm

import (
	"github.com/ftpy/ftpy/compile"
	"github.com/ftpy/ftpy/object"
)

// runExceptStarOp runs op on the value stack s whose top is sp and
// returns the new top.
func (st *State) runExceptStarOp(op compile.Opcode, s []object.StackRef, sp int) (int, error) {
	t := st.t
	switch op {
	case compile.CHECK_EG_MATCH:
		// exc type -- rest match, or exc None when nothing matches.
		typ := s[sp-1]
		if err := object.CheckExceptStarType(t, typ.Obj()); err != nil {
			return sp, err
		}
		match, rest, err := object.ExceptionGroupMatch(t, s[sp-2].Obj(), typ.Obj())
		if err != nil {
			return sp, err
		}
		t.Close(typ)
		if rest == nil {
			s[sp-1] = object.RefSteal(match)
			return sp, nil
		}
		exc := s[sp-2]
		s[sp-2] = object.RefSteal(rest)
		t.Close(exc)
		s[sp-1] = object.RefSteal(match)
		// The clause's body handles the matched part: a bare raise
		// re-raises it, and what it raises has it as context.
		old := st.handled
		st.handled = t.NewRef(match)
		t.XDecref(old)
		return sp, nil
	case compile.PREP_RERAISE_STAR:
		// orig list -- exc|None
		orig, list := s[sp-2], s[sp-1]
		r, err := object.PrepReraiseStar(t, orig.Obj(), object.AsList(list.Obj()).PrivateItems())
		if err != nil {
			return sp, err
		}
		sp = st.popN(s, sp, 2)
		s[sp] = object.RefSteal(r)
		return sp + 1, nil
	}
	return sp, t.Errorf(object.SystemErrorType, "unknown opcode %d", op)
}
