// This file emits bytecode for the match statement (PEP 634).
//
// Each case copies the subject and runs its pattern on the copy. A
// pattern consumes the value on top of the stack; when it fails it jumps
// to a failure label that pops whatever the pattern left on the stack
// above the case's starting point, so that the next case finds the
// subject on top. Captured names are stored as soon as their
// sub-pattern matches, which PEP 634 allows: a case that fails later may
// leave some of its names bound (CPython binds them only once the whole
// pattern matched).

package compile

import (
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/syntax"
)

// patternContext tracks, while a pattern is compiled, how many values
// it has on the stack above its base (onTop), and the failure labels:
// fails[n] is jumped to with n values above the base, pops them and
// reaches the code after the pattern's failure chain.
type patternContext struct {
	onTop int
	fails []label
}

// fail returns the failure label for the current stack height.
func (u *unit) failLabel(pc *patternContext) label {
	for len(pc.fails) <= pc.onTop {
		pc.fails = append(pc.fails, -1)
	}
	if pc.fails[pc.onTop] < 0 {
		pc.fails[pc.onTop] = u.newLabel()
	}
	return pc.fails[pc.onTop]
}

// jumpToFail emits op (a conditional jump that pops its operand, already
// taken off onTop) to the failure label for the current height.
func (u *unit) jumpToFail(op Opcode, pc *patternContext) {
	u.emitJump(op, u.failLabel(pc))
}

// placeFails emits the failure chain: each label pops its values and
// falls into the next lower one; label 0 is placed last.
func (u *unit) placeFails(pc *patternContext) {
	for n := len(pc.fails) - 1; n >= 0; n-- {
		if pc.fails[n] >= 0 {
			u.place(pc.fails[n])
		}
		if n > 0 {
			u.emit(POP_TOP, 0)
		}
	}
}

func (u *unit) matchStmt(s *syntax.Match) {
	end := u.newLabel()
	u.expr(s.Subject)
	for i, c := range s.Cases {
		last := i == len(s.Cases)-1
		if !last {
			u.emit(COPY, 1)
		}
		pc := &patternContext{onTop: 1}
		u.setPos(c.Pattern)
		u.pattern(c.Pattern, pc)
		if c.Guard != nil {
			u.jumpIf(c.Guard, false, u.failLabel(pc))
		}
		if !last {
			u.emit(POP_TOP, 0) // the subject, kept for the next case
		}
		u.stmts(c.Body)
		u.emitJump(JUMP_FORWARD, end)
		u.placeFails(pc)
	}
	u.place(end)
}

// pattern emits the test of pattern p against the value on top of the
// stack, which it consumes.
func (u *unit) pattern(p syntax.Pattern, pc *patternContext) {
	u.setPos(p)
	switch p := p.(type) {
	case *syntax.MatchValue:
		u.expr(p.Value)
		u.emit(COMPARE_OP, int(object.EQ))
		pc.onTop--
		u.jumpToFail(POP_JUMP_IF_FALSE, pc)
	case *syntax.MatchSingleton:
		u.emit(LOAD_CONST, u.constValue(p.Value))
		u.emit(IS_OP, 0)
		pc.onTop--
		u.jumpToFail(POP_JUMP_IF_FALSE, pc)
	case *syntax.MatchAs:
		if p.Pattern != nil {
			u.emit(COPY, 1)
			pc.onTop++
			u.pattern(p.Pattern, pc)
		}
		u.capture(p.Name, pc)
	case *syntax.MatchStar:
		u.capture(p.Name, pc)
	case *syntax.MatchOr:
		u.orPattern(p, pc)
	case *syntax.MatchSequence:
		u.sequencePattern(p, pc)
	case *syntax.MatchMapping:
		u.mappingPattern(p, pc)
	case *syntax.MatchClass:
		u.classPattern(p, pc)
	}
}

// capture stores the value on top in name, or drops it for "_".
func (u *unit) capture(name string, pc *patternContext) {
	if name == "" {
		u.emit(POP_TOP, 0)
	} else {
		u.storeName(name)
	}
	pc.onTop--
}

// orPattern tries each alternative on a copy of the subject; the last
// one consumes the subject itself.
func (u *unit) orPattern(p *syntax.MatchOr, pc *patternContext) {
	matched := u.newLabel()
	for _, alt := range p.Patterns[:len(p.Patterns)-1] {
		u.emit(COPY, 1)
		sub := &patternContext{onTop: 1}
		u.pattern(alt, sub)
		u.emit(POP_TOP, 0) // the subject: this alternative matched
		u.emitJump(JUMP_FORWARD, matched)
		u.placeFails(sub)
	}
	u.pattern(p.Patterns[len(p.Patterns)-1], pc)
	u.place(matched)
}

// sequencePattern checks the subject is a sequence of the right length,
// unpacks it and matches each item.
func (u *unit) sequencePattern(p *syntax.MatchSequence, pc *patternContext) {
	n := len(p.Patterns)
	star := -1
	for i, sub := range p.Patterns {
		if _, ok := sub.(*syntax.MatchStar); ok {
			star = i
		}
	}
	u.emit(MATCH_SEQUENCE, 0)
	u.jumpToFail(POP_JUMP_IF_FALSE, pc)
	if star < 0 || n > 1 {
		u.emit(GET_LEN, 0)
		op, want := object.EQ, n
		if star >= 0 {
			op, want = object.GE, n-1
		}
		u.emit(LOAD_CONST, u.constValue(int64(want)))
		u.emit(COMPARE_OP, int(op))
		u.jumpToFail(POP_JUMP_IF_FALSE, pc)
	}
	if n == 0 {
		u.emit(POP_TOP, 0)
		pc.onTop--
		return
	}
	if star >= 0 && p.Patterns[star].(*syntax.MatchStar).Name == "" {
		u.sequenceSubscr(p.Patterns, star, pc)
		return
	}
	if star < 0 {
		u.emit(UNPACK_SEQUENCE, n)
	} else {
		u.emit(UNPACK_EX, star|(n-star-1)<<8)
	}
	pc.onTop += n - 1
	for _, sub := range p.Patterns {
		u.pattern(sub, pc)
	}
}

// sequenceSubscr matches a sequence pattern whose star is "*_" by
// indexing the subject rather than unpacking it, as CPython does: the
// items the star skips are never read, so a sequence that cannot be
// iterated to its end (one whose __getitem__ never raises IndexError)
// still matches. Items after the star are read at len(subject)-k.
func (u *unit) sequenceSubscr(pats []syntax.Pattern, star int, pc *patternContext) {
	n := len(pats)
	for i, sub := range pats {
		if i == star {
			continue
		}
		u.emit(COPY, 1)
		if i < star {
			u.emit(LOAD_CONST, u.constValue(int64(i)))
		} else {
			u.emit(GET_LEN, 0)
			u.emit(LOAD_CONST, u.constValue(int64(n-i)))
			u.emit(BINARY_OP, int(object.OpSub))
		}
		u.emit(BINARY_SUBSCR, 0)
		pc.onTop++
		u.pattern(sub, pc)
	}
	u.emit(POP_TOP, 0) // the subject
	pc.onTop--
}

// mappingPattern checks the subject is a mapping holding the keys,
// matches their values, and collects the rest into a dict for **rest.
func (u *unit) mappingPattern(p *syntax.MatchMapping, pc *patternContext) {
	k := len(p.Keys)
	u.emit(MATCH_MAPPING, 0)
	u.jumpToFail(POP_JUMP_IF_FALSE, pc)
	if k == 0 && p.Rest == "" {
		u.emit(POP_TOP, 0)
		pc.onTop--
		return
	}
	if k > 0 {
		u.emit(GET_LEN, 0)
		u.emit(LOAD_CONST, u.constValue(int64(k)))
		u.emit(COMPARE_OP, int(object.GE))
		u.jumpToFail(POP_JUMP_IF_FALSE, pc)
		for _, key := range p.Keys {
			u.expr(key)
		}
		u.emit(BUILD_TUPLE, k)
		u.emit(MATCH_KEYS, 0) // subject keys -- subject keys values|None
		pc.onTop += 2
		u.emit(COPY, 1)
		u.jumpToFail(POP_JUMP_IF_NONE, pc)
		u.emit(UNPACK_SEQUENCE, k)
		pc.onTop += k - 1
		for _, sub := range p.Patterns {
			u.pattern(sub, pc)
		}
		// subject keys
	}
	if p.Rest == "" {
		u.emit(POP_TOP, 0) // the keys
		u.emit(POP_TOP, 0) // the subject
		pc.onTop -= 2
		return
	}
	// rest = dict(subject) less the keys matched.
	if k > 0 {
		u.emit(SWAP, 2) // keys subject
	}
	u.emit(BUILD_MAP, 0)
	u.emit(SWAP, 2)
	u.emit(DICT_UPDATE, 1) // [keys] rest
	if k > 0 {
		u.emit(SWAP, 2) // rest keys
		u.emit(UNPACK_SEQUENCE, k)
		for j := 0; j < k; j++ {
			u.emit(COPY, k-j+1) // the rest dict
			u.emit(SWAP, 2)
			u.emit(DELETE_SUBSCR, 0)
		}
		pc.onTop--
	}
	u.storeName(p.Rest)
	pc.onTop--
}

// classPattern calls MATCH_CLASS, which checks isinstance and gathers
// the positional and keyword attributes, then matches each.
func (u *unit) classPattern(p *syntax.MatchClass, pc *patternContext) {
	u.expr(p.Cls)
	names := make([]*object.Object, len(p.KwdAttrs))
	for i, a := range p.KwdAttrs {
		names[i] = object.NewStrStatic(a)
	}
	u.emit(LOAD_CONST, u.objConst(object.NewStaticTuple(names...).Obj()))
	u.setPos(p)
	u.emit(MATCH_CLASS, len(p.Patterns)) // subject cls names -- attrs|None
	u.emit(COPY, 1)
	u.jumpToFail(POP_JUMP_IF_NONE, pc)
	n := len(p.Patterns) + len(p.KwdPatterns)
	if n == 0 {
		u.emit(POP_TOP, 0)
		pc.onTop--
		return
	}
	u.emit(UNPACK_SEQUENCE, n)
	pc.onTop += n - 1
	for _, sub := range p.Patterns {
		u.pattern(sub, pc)
	}
	for _, sub := range p.KwdPatterns {
		u.pattern(sub, pc)
	}
}
