// This file is the jump a trace function makes by setting f_lineno in a
// 'line' event (pdb's jump command), with CPython 3.11's checks: the
// target line's instruction must be reachable with a stack the current
// one can be cut down to (no jump into a for loop's body, or into an
// except block from outside it).

package vm

import (
	"github.com/ftpy/ftpy/compile"
	"github.com/ftpy/ftpy/object"
)

// What a value stack slot holds, for the jump's checks.
type stackKind uint8

const (
	kindObject stackKind = iota
	kindNull
	kindIterator
	kindExcept
	kindLasti
)

// stackKinds returns the kinds of the value stack before each
// instruction of code, nil where the instruction is unreachable.
func stackKinds(code *compile.Code) [][]stackKind {
	n := len(code.Instrs)
	stacks := make([][]stackKind, n)
	stacks[0] = []stackKind{}
	work := []int{0}
	push := func(i int, st []stackKind) {
		if i < n && stacks[i] == nil {
			stacks[i] = st
			work = append(work, i)
		}
	}
	for len(work) > 0 {
		i := work[len(work)-1]
		work = work[:len(work)-1]
		st := stacks[i]
		if h, ok := code.Handler(i); ok && h.Depth <= len(st) {
			hs := append([]stackKind{}, st[:h.Depth]...)
			if h.Lasti {
				hs = append(hs, kindLasti)
			}
			push(h.Target, append(hs, kindExcept))
		}
		op, arg := compile.Decode(code.Instrs[i])
		after := func(jump bool) []stackKind {
			out := append([]stackKind{}, st...)
			switch {
			case op == compile.GET_ITER || op == compile.GET_AITER:
				if len(out) > 0 {
					out[len(out)-1] = kindIterator
				}
				return out
			case op == compile.FOR_ITER && !jump:
				return append(out, kindObject)
			case op == compile.PUSH_NULL:
				return append(out, kindNull)
			case op == compile.PUSH_EXC_INFO:
				if len(out) > 0 {
					out[len(out)-1] = kindExcept // the exception handled before
				}
				return append(out, kindExcept)
			case op == compile.LOAD_GLOBAL && arg&1 != 0:
				return append(out, kindObject, kindNull)
			case op == compile.LOAD_ATTR && arg&1 != 0:
				// The method form leaves [method, self] or [attribute,
				// Null]: the second slot may be Null, so no jump may
				// land where an object is needed there.
				if len(out) > 0 {
					out[len(out)-1] = kindObject
				}
				return append(out, kindNull)
			}
			d := compile.StackEffect(op, arg, jump)
			if d < 0 {
				if -d > len(out) {
					return out[:0]
				}
				return out[:len(out)+d]
			}
			for range d {
				out = append(out, kindObject)
			}
			return out
		}
		if op.HasJump() {
			push(arg, after(true))
		}
		switch op {
		case compile.JUMP_FORWARD, compile.JUMP_BACKWARD, compile.RETURN_VALUE, compile.RETURN_CONST,
			compile.RAISE_VARARGS, compile.RERAISE:
			continue
		}
		push(i+1, after(false))
	}
	return stacks
}

// compatibleStack reports whether a frame whose stack is from can jump
// to an instruction whose stack is to: from cut down to to's depth must
// be to, a Null accepting anything and an Object anything but a Null.
func compatibleStack(from, to []stackKind) bool {
	if from == nil || to == nil || len(to) > len(from) {
		return false
	}
	for i, k := range to {
		f := from[i]
		if f != k && !(k == kindObject && f != kindNull) && k != kindNull {
			return false
		}
	}
	return true
}

// explainIncompatible is CPython's message for a target whose stack
// does not fit.
func explainIncompatible(to []stackKind) string {
	if to == nil {
		return "can't jump into an exception handler, or code may be unreachable"
	}
	if len(to) == 0 {
		return "incompatible stacks"
	}
	switch to[len(to)-1] {
	case kindExcept:
		return "can't jump into an 'except' block as there's no exception"
	case kindLasti:
		return "can't jump into a re-raising block as there's no location"
	case kindIterator:
		return "can't jump into the body of a for loop"
	}
	return "incompatible stacks"
}

// frameSetLineno is f_lineno's setter: a jump, from a 'line' event of
// the frame's trace function, to the first instruction of a line.
func frameSetLineno(t *object.Thread, o, v *object.Object) error {
	if v == nil {
		return t.Errorf(object.AttributeErrorType, "cannot delete attribute")
	}
	if v.Type() != object.IntType {
		return t.Errorf(object.ValueErrorType, "lineno must be an integer")
	}
	fo := asFrameObject(o)
	st := stateOf(t)
	f := fo.frame.Load()
	// The checks of CPython, on the event being reported (none counts as
	// a 'call'), then that the event is this frame's.
	switch st.hookEvent {
	case nil, evCall:
		return t.Errorf(object.ValueErrorType, "can't jump from the 'call' trace event of a new frame")
	case evLine:
	default:
		return t.Errorf(object.ValueErrorType, "can only jump from a 'line' trace event")
	}
	if !fo.hasLocalTrace() {
		return t.Errorf(object.ValueErrorType, "f_lineno can only be set by a trace function")
	}
	if st.inHook == 0 || f == nil || f != st.hookFrame {
		return t.Errorf(object.ValueErrorType, "can only jump from a 'line' trace event")
	}
	n, err := object.AsInt64(t, v)
	if err != nil || n > 1<<31-1 || n < -1<<31 {
		if err != nil {
			t.DropError(err)
		}
		return t.Errorf(object.ValueErrorType, "lineno out of range")
	}
	code := f.code
	line := int(n)
	if line < code.FirstLine {
		return t.Errorf(object.ValueErrorType, "line %d comes before the current code block", line)
	}
	// The line starts: where the line changes, in instruction order.
	starts := make([]int, len(code.Instrs))
	last, best := -1, -1
	for i := range code.Instrs {
		starts[i] = -1
		if l := code.Line(i); l != last {
			starts[i], last = l, l
			if l >= line && (best < 0 || l < best) {
				best = l
			}
		}
	}
	if best < 0 {
		return t.Errorf(object.ValueErrorType, "line %d comes after the current code block", line)
	}
	line = best
	stacks := stackKinds(code)
	from := stacks[f.lasti]
	target, msg := -1, "cannot find bytecode for specified line"
	for i, l := range starts {
		if l != line {
			continue
		}
		if compatibleStack(from, stacks[i]) {
			if target < 0 || len(stacks[i]) > len(stacks[target]) {
				target = i
			}
		} else if target < 0 {
			if from == nil {
				msg = "can't jump from unreachable code"
			} else {
				msg = explainIncompatible(stacks[i])
			}
		}
	}
	if target < 0 {
		return t.Errorf(object.ValueErrorType, "%s", msg)
	}
	f.jumpTo, f.jumpDepth = target, len(stacks[target])
	f.jumpKinds = from
	return nil
}

// jump moves f to the instruction a trace function chose (f.jumpTo),
// cutting its value stack down to the target's; an except block's
// saved exception, popped, is the handled one again.
func (st *State) jump(f *Frame) {
	t := st.t
	base := f.code.NumSlots()
	for f.sp > base+f.jumpDepth {
		f.sp--
		v := f.slots[f.sp]
		f.slots[f.sp] = object.Null
		if k := f.sp - base; k < len(f.jumpKinds) && f.jumpKinds[k] == kindExcept {
			prev := t.AsSteal(v)
			if prev == object.None {
				t.Decref(prev)
				prev = nil
			}
			old := st.handled
			st.handled = prev
			t.XDecref(old)
			continue
		}
		t.Close(v)
	}
	f.ip, f.jumpTo, f.jumpKinds = f.jumpTo, -1, nil
	f.tracePrev, f.traceSkip = f.ip, true
}
