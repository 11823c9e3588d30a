// This file is the matching engine: a backtracking interpreter of the
// code Lib/re/_compiler.py emits, with CPython's semantics (the order in
// which alternatives and repeat counts are tried, how group marks are
// saved and restored, the zero-width guards of repeats).
//
// Where CPython's SRE(match) calls itself for a sub-match, this engine
// pushes a matchCtx on a heap stack and jumps back to the dispatch loop;
// when the sub-match ends, the suspended context resumes at the label
// its jump field names. The stack, not Go's, grows with the subject.

package sre

// match runs the code from pc against the subject from s.ptr. toplevel
// says whether SUCCESS must honour matchAll and mustAdvance. On success
// s.ptr is where the match ended.
func (s *state[C]) match(pc int, toplevel bool) (bool, error) {
	var (
		code = s.code
		str  = s.str
		end  = s.end
		// The context stack is a list of fixed-size chunks, so that it
		// grows without copying and ctx pointers stay valid: cur is
		// the current chunk (number ci), off the current context in it.
		cur   []matchCtx
		ci    int
		off   int
		ctx   *matchCtx
		ret   bool
		ptr   int
		op    uint32
		jump  uint8
		i, j  int
		next  int
		ntop  bool
		njump uint8
		err   error
		steps = s.steps // kept across calls: a search makes many
	)
	if cur, err = s.ctxChunk(0); err != nil {
		return false, err
	}
	cur[0] = matchCtx{jump: jNone, toplevel: toplevel, rep: -1}
	ctx = &cur[0]

entrance:
	ptr = s.ptr
	if code[pc] == opINFO {
		// <INFO> <skip> <flags> <min> ...: too few characters left.
		if code[pc+3] != 0 && uint64(end-ptr) < uint64(code[pc+3]) {
			goto failure
		}
		pc += int(code[pc+1]) + 1
	}

dispatch:
	op = code[pc]
	pc++
	switch op {
	case opMARK:
		i = int(code[pc])
		if i&1 != 0 {
			s.lastindex = i/2 + 1
		}
		if i > s.lastmark {
			// Marks between the old and the new highest were not set.
			for j = s.lastmark + 1; j < i; j++ {
				s.mark[j] = -1
			}
			s.lastmark = i
		}
		s.mark[i] = ptr
		pc++
		goto dispatch

	case opLITERAL:
		if ptr >= end || uint32(str[ptr]) != code[pc] {
			goto failure
		}
		pc++
		ptr++
		goto dispatch

	case opNOT_LITERAL:
		if ptr >= end || uint32(str[ptr]) == code[pc] {
			goto failure
		}
		pc++
		ptr++
		goto dispatch

	case opSUCCESS:
		if ctx.toplevel && ((s.matchAll && ptr != end) || (s.mustAdvance && ptr == s.start)) {
			goto failure
		}
		s.ptr = ptr
		goto success

	case opAT:
		if !s.at(ptr, code[pc]) {
			goto failure
		}
		pc++
		goto dispatch

	case opCATEGORY:
		if ptr >= end || !category(code[pc], uint32(str[ptr])) {
			goto failure
		}
		pc++
		ptr++
		goto dispatch

	case opANY:
		if ptr >= end || str[ptr] == '\n' {
			goto failure
		}
		ptr++
		goto dispatch

	case opANY_ALL:
		if ptr >= end {
			goto failure
		}
		ptr++
		goto dispatch

	case opIN:
		if ptr >= end || !s.prog.in(pc+1, uint32(str[ptr])) {
			goto failure
		}
		pc += int(code[pc])
		ptr++
		goto dispatch

	case opLITERAL_IGNORE:
		if ptr >= end || lowerASCII(uint32(str[ptr])) != code[pc] {
			goto failure
		}
		pc++
		ptr++
		goto dispatch

	case opLITERAL_UNI_IGNORE:
		if ptr >= end || lowerUnicode(uint32(str[ptr])) != code[pc] {
			goto failure
		}
		pc++
		ptr++
		goto dispatch

	case opLITERAL_LOC_IGNORE:
		if ptr >= end || !charLocIgnore(code[pc], uint32(str[ptr])) {
			goto failure
		}
		pc++
		ptr++
		goto dispatch

	case opNOT_LITERAL_IGNORE:
		if ptr >= end || lowerASCII(uint32(str[ptr])) == code[pc] {
			goto failure
		}
		pc++
		ptr++
		goto dispatch

	case opNOT_LITERAL_UNI_IGNORE:
		if ptr >= end || lowerUnicode(uint32(str[ptr])) == code[pc] {
			goto failure
		}
		pc++
		ptr++
		goto dispatch

	case opNOT_LITERAL_LOC_IGNORE:
		if ptr >= end || charLocIgnore(code[pc], uint32(str[ptr])) {
			goto failure
		}
		pc++
		ptr++
		goto dispatch

	case opIN_IGNORE:
		if ptr >= end || !s.prog.in(pc+1, lowerASCII(uint32(str[ptr]))) {
			goto failure
		}
		pc += int(code[pc])
		ptr++
		goto dispatch

	case opIN_UNI_IGNORE:
		if ptr >= end || !s.prog.in(pc+1, lowerUnicode(uint32(str[ptr]))) {
			goto failure
		}
		pc += int(code[pc])
		ptr++
		goto dispatch

	case opIN_LOC_IGNORE:
		if ptr >= end || !inSetLocIgnore(s.prog, pc+1, uint32(str[ptr])) {
			goto failure
		}
		pc += int(code[pc])
		ptr++
		goto dispatch

	case opJUMP, opINFO:
		pc += int(code[pc])
		goto dispatch

	case opBRANCH:
		// <BRANCH> <skip> code <JUMP> ... <0>
		ctx.lastmark, ctx.lastindex = int32(s.lastmark), int32(s.lastindex)
		if s.repeat >= 0 {
			if err = s.markPush(int(ctx.lastmark)); err != nil {
				goto fatal
			}
		}
		goto branchTry

	case opREPEAT_ONE:
		// <REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: the item
		// is one character wide, so count greedily and give back.
		if int64(code[pc+1]) > int64(end-ptr) {
			goto failure
		}
		s.ptr = ptr
		ctx.count = s.count(pc+3, code[pc+2])
		ptr += ctx.count
		if ctx.count < int(code[pc+1]) {
			goto failure
		}
		next = pc + int(code[pc])
		if code[next] == opSUCCESS && ptr == end && !(ctx.toplevel && s.mustAdvance && ptr == s.start) {
			// Nothing follows: done.
			s.ptr = ptr
			goto success
		}
		ctx.lastmark, ctx.lastindex = int32(s.lastmark), int32(s.lastindex)
		if s.repeat >= 0 {
			if err = s.markPush(int(ctx.lastmark)); err != nil {
				goto fatal
			}
		}
		if code[next] == opLITERAL {
			// The tail starts with a literal: skip the counts where it
			// cannot match.
			ctx.chr = code[next+1]
			goto repeatOneLiteral
		}
		goto repeatOneGeneral

	case opMIN_REPEAT_ONE:
		// <MIN_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail
		if int64(code[pc+1]) > int64(end-ptr) {
			goto failure
		}
		s.ptr = ptr
		if code[pc+1] == 0 {
			ctx.count = 0
		} else {
			i = s.count(pc+3, code[pc+1])
			if i < int(code[pc+1]) {
				goto failure
			}
			ctx.count = i
			ptr += i
		}
		if code[pc+int(code[pc])] == opSUCCESS &&
			!(ctx.toplevel && ((s.matchAll && ptr != end) || (s.mustAdvance && ptr == s.start))) {
			s.ptr = ptr
			goto success
		}
		ctx.lastmark, ctx.lastindex = int32(s.lastmark), int32(s.lastindex)
		if s.repeat >= 0 {
			if err = s.markPush(int(ctx.lastmark)); err != nil {
				goto fatal
			}
		}
		goto minRepeatOneLoop

	case opPOSSESSIVE_REPEAT_ONE:
		// <POSSESSIVE_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail
		if int64(code[pc+1]) > int64(end-ptr) {
			goto failure
		}
		s.ptr = ptr
		ctx.count = s.count(pc+3, code[pc+2])
		ptr += ctx.count
		if ctx.count < int(code[pc+1]) {
			goto failure
		}
		pc += int(code[pc])
		if code[pc] == opSUCCESS && ptr == end && !(ctx.toplevel && s.mustAdvance && ptr == s.start) {
			s.ptr = ptr
			goto success
		}
		goto dispatch

	case opREPEAT:
		// <REPEAT> <skip> <min> <max> item <UNTIL> tail: install a
		// repeat context; MAX_UNTIL/MIN_UNTIL do the work.
		ctx.rep = s.newRepeat(pc)
		s.repeat = ctx.rep
		s.ptr = ptr
		next, ntop, njump = pc+int(code[pc]), ctx.toplevel, jRepeat
		goto doJump

	case opMAX_UNTIL:
		ctx.rep = s.repeat
		if ctx.rep < 0 {
			err = engineError{}
			goto fatal
		}
		s.ptr = ptr
		{
			// rep stays valid until the next REPEAT appends to reps.
			rep := &s.reps[ctx.rep]
			ctx.count = rep.count + 1
			if ctx.count < int(code[rep.pc+1]) {
				// Not enough iterations yet.
				rep.count = ctx.count
				next, ntop, njump = rep.pc+3, ctx.toplevel, jMaxUntil1
				goto doJump
			}
			if (ctx.count < int(code[rep.pc+2]) || code[rep.pc+2] == maxRepeat) && ptr != rep.lastPtr {
				// Enough iterations, but try one more first.
				rep.count = ctx.count
				ctx.lastmark, ctx.lastindex = int32(s.lastmark), int32(s.lastindex)
				if err = s.markPush(int(ctx.lastmark)); err != nil {
					goto fatal
				}
				if err = s.pushData(rep.lastPtr); err != nil {
					goto fatal
				}
				rep.lastPtr = ptr
				next, ntop, njump = rep.pc+3, ctx.toplevel, jMaxUntil2
				goto doJump
			}
		}
		goto maxUntilTail

	case opMIN_UNTIL:
		ctx.rep = s.repeat
		if ctx.rep < 0 {
			err = engineError{}
			goto fatal
		}
		s.ptr = ptr
		ctx.count = s.reps[ctx.rep].count + 1
		if ctx.count < int(code[s.reps[ctx.rep].pc+1]) {
			s.reps[ctx.rep].count = ctx.count
			next, ntop, njump = s.reps[ctx.rep].pc+3, ctx.toplevel, jMinUntil1
			goto doJump
		}
		// Try the tail first.
		s.repeat = s.reps[ctx.rep].prev
		ctx.lastmark, ctx.lastindex = int32(s.lastmark), int32(s.lastindex)
		if s.repeat >= 0 {
			if err = s.markPush(int(ctx.lastmark)); err != nil {
				goto fatal
			}
		}
		next, ntop, njump = pc, ctx.toplevel, jMinUntil2
		goto doJump

	case opPOSSESSIVE_REPEAT:
		// <POSSESSIVE_REPEAT> <skip> <min> <max> item <SUCCESS> tail
		s.ptr = ptr
		ctx.count = 0
		goto possRepeatMin

	case opATOMIC_GROUP:
		// <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
		s.ptr = ptr
		next, ntop, njump = pc+1, false, jAtomicGroup
		goto doJump

	case opGROUPREF, opGROUPREF_IGNORE, opGROUPREF_UNI_IGNORE, opGROUPREF_LOC_IGNORE:
		i = int(code[pc]) * 2
		if i >= s.lastmark {
			goto failure
		}
		{
			p, e := s.mark[i], s.mark[i+1]
			if p < 0 || e < 0 || e < p {
				goto failure
			}
			if e-p > end-ptr {
				goto failure
			}
			switch op {
			case opGROUPREF:
				for ; p < e; p++ {
					if str[ptr] != str[p] {
						goto failure
					}
					ptr++
				}
			case opGROUPREF_IGNORE:
				for ; p < e; p++ {
					if lowerASCII(uint32(str[ptr])) != lowerASCII(uint32(str[p])) {
						goto failure
					}
					ptr++
				}
			case opGROUPREF_UNI_IGNORE:
				for ; p < e; p++ {
					if lowerUnicode(uint32(str[ptr])) != lowerUnicode(uint32(str[p])) {
						goto failure
					}
					ptr++
				}
			default:
				for ; p < e; p++ {
					if lowerLocale(uint32(str[ptr])) != lowerLocale(uint32(str[p])) {
						goto failure
					}
					ptr++
				}
			}
		}
		pc++
		goto dispatch

	case opGROUPREF_EXISTS:
		// <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno
		i = int(code[pc]) * 2
		if i >= s.lastmark || s.mark[i] < 0 || s.mark[i+1] < 0 || s.mark[i+1] < s.mark[i] {
			pc += int(code[pc+1])
			goto dispatch
		}
		pc += 2
		goto dispatch

	case opASSERT:
		// <ASSERT> <skip> <back> <pattern>
		if int64(ptr) < int64(code[pc+1]) {
			goto failure
		}
		s.ptr = ptr - int(code[pc+1])
		next, ntop, njump = pc+2, false, jAssert
		goto doJump

	case opASSERT_NOT:
		if int64(ptr) >= int64(code[pc+1]) {
			s.ptr = ptr - int(code[pc+1])
			ctx.lastmark, ctx.lastindex = int32(s.lastmark), int32(s.lastindex)
			if s.repeat >= 0 {
				if err = s.markPush(int(ctx.lastmark)); err != nil {
					goto fatal
				}
			}
			next, ntop, njump = pc+2, false, jAssertNot
			goto doJump
		}
		pc += int(code[pc])
		goto dispatch

	case opFAILURE:
		goto failure
	}
	// Opcodes that only appear inside sets, or none at all.
	err = engineError{}
	goto fatal

branchTry:
	// pc is at an alternative's skip word; 0 ends the list.
	if code[pc] == 0 {
		if s.repeat >= 0 {
			s.markPopDiscard(int(ctx.lastmark))
		}
		goto failure
	}
	if code[pc+1] == opLITERAL && (ptr >= end || uint32(str[ptr]) != code[pc+2]) {
		pc += int(code[pc])
		goto branchTry
	}
	if code[pc+1] == opIN && (ptr >= end || !s.prog.in(pc+3, uint32(str[ptr]))) {
		pc += int(code[pc])
		goto branchTry
	}
	s.ptr = ptr
	next, ntop, njump = pc+1, ctx.toplevel, jBranch
	goto doJump
resumeBranch:
	if ret {
		if s.repeat >= 0 {
			s.markPopDiscard(int(ctx.lastmark))
		}
		goto success
	}
	if s.repeat >= 0 {
		s.markPopKeep(int(ctx.lastmark))
	}
	s.lastmark, s.lastindex = int(ctx.lastmark), int(ctx.lastindex)
	pc += int(code[pc])
	goto branchTry

repeatOneLiteral:
	for ctx.count >= int(code[pc+1]) && (ptr >= end || uint32(str[ptr]) != ctx.chr) {
		ptr--
		ctx.count--
	}
	if ctx.count < int(code[pc+1]) {
		if s.repeat >= 0 {
			s.markPopDiscard(int(ctx.lastmark))
		}
		goto failure
	}
	s.ptr = ptr
	next, ntop, njump = pc+int(code[pc]), ctx.toplevel, jRepeatOne1
	goto doJump
resumeRepeatOne1:
	if ret {
		if s.repeat >= 0 {
			s.markPopDiscard(int(ctx.lastmark))
		}
		goto success
	}
	if s.repeat >= 0 {
		s.markPopKeep(int(ctx.lastmark))
	}
	s.lastmark, s.lastindex = int(ctx.lastmark), int(ctx.lastindex)
	ptr--
	ctx.count--
	goto repeatOneLiteral

repeatOneGeneral:
	if ctx.count < int(code[pc+1]) {
		if s.repeat >= 0 {
			s.markPopDiscard(int(ctx.lastmark))
		}
		goto failure
	}
	s.ptr = ptr
	next, ntop, njump = pc+int(code[pc]), ctx.toplevel, jRepeatOne2
	goto doJump
resumeRepeatOne2:
	if ret {
		if s.repeat >= 0 {
			s.markPopDiscard(int(ctx.lastmark))
		}
		goto success
	}
	if s.repeat >= 0 {
		s.markPopKeep(int(ctx.lastmark))
	}
	s.lastmark, s.lastindex = int(ctx.lastmark), int(ctx.lastindex)
	ptr--
	ctx.count--
	goto repeatOneGeneral

minRepeatOneLoop:
	if code[pc+2] != maxRepeat && ctx.count > int(code[pc+2]) {
		if s.repeat >= 0 {
			s.markPopDiscard(int(ctx.lastmark))
		}
		goto failure
	}
	s.ptr = ptr
	next, ntop, njump = pc+int(code[pc]), ctx.toplevel, jMinRepeatOne
	goto doJump
resumeMinRepeatOne:
	if ret {
		if s.repeat >= 0 {
			s.markPopDiscard(int(ctx.lastmark))
		}
		goto success
	}
	if s.repeat >= 0 {
		s.markPopKeep(int(ctx.lastmark))
	}
	s.lastmark, s.lastindex = int(ctx.lastmark), int(ctx.lastindex)
	s.ptr = ptr
	if s.count(pc+3, 1) == 0 {
		if s.repeat >= 0 {
			s.markPopDiscard(int(ctx.lastmark))
		}
		goto failure
	}
	ptr++
	ctx.count++
	goto minRepeatOneLoop

resumeRepeat:
	s.repeat = s.reps[ctx.rep].prev
	s.freeRepeat(ctx.rep)
	ctx.rep = -1
	if ret {
		goto success
	}
	goto failure

resumeMaxUntil1:
	if ret {
		goto success
	}
	s.reps[ctx.rep].count = ctx.count - 1
	s.ptr = ptr
	goto failure

resumeMaxUntil2:
	s.reps[ctx.rep].lastPtr = s.popData()
	if ret {
		s.markPopDiscard(int(ctx.lastmark))
		goto success
	}
	s.markPop(int(ctx.lastmark))
	s.lastmark, s.lastindex = int(ctx.lastmark), int(ctx.lastindex)
	s.reps[ctx.rep].count = ctx.count - 1
	s.ptr = ptr
maxUntilTail:
	// No more iterations here: the tail must match.
	s.repeat = s.reps[ctx.rep].prev
	next, ntop, njump = pc, ctx.toplevel, jMaxUntil3
	goto doJump
resumeMaxUntil3:
	s.repeat = ctx.rep
	if ret {
		goto success
	}
	s.ptr = ptr
	goto failure

resumeMinUntil1:
	if ret {
		goto success
	}
	s.reps[ctx.rep].count = ctx.count - 1
	s.ptr = ptr
	goto failure

resumeMinUntil2:
	{
		tailRepeat := s.repeat
		s.repeat = ctx.rep
		if ret {
			if tailRepeat >= 0 {
				s.markPopDiscard(int(ctx.lastmark))
			}
			goto success
		}
		if tailRepeat >= 0 {
			s.markPop(int(ctx.lastmark))
		}
	}
	s.lastmark, s.lastindex = int(ctx.lastmark), int(ctx.lastindex)
	s.ptr = ptr
	if (ctx.count >= int(code[s.reps[ctx.rep].pc+2]) && code[s.reps[ctx.rep].pc+2] != maxRepeat) || s.ptr == s.reps[ctx.rep].lastPtr {
		goto failure
	}
	// The tail failed: one more iteration.
	s.reps[ctx.rep].count = ctx.count
	if err = s.pushData(s.reps[ctx.rep].lastPtr); err != nil {
		goto fatal
	}
	s.reps[ctx.rep].lastPtr = s.ptr
	next, ntop, njump = s.reps[ctx.rep].pc+3, ctx.toplevel, jMinUntil3
	goto doJump
resumeMinUntil3:
	s.reps[ctx.rep].lastPtr = s.popData()
	if ret {
		goto success
	}
	s.reps[ctx.rep].count = ctx.count - 1
	s.ptr = ptr
	goto failure

possRepeatMin:
	if ctx.count < int(code[pc+1]) {
		next, ntop, njump = pc+3, false, jPossRepeat1
		goto doJump
	}
	// ptr now holds where the previous iteration started (-1: none yet),
	// the zero-width guard.
	ptr = -1
	goto possRepeatMore
resumePossRepeat1:
	if ret {
		ctx.count++
		goto possRepeatMin
	}
	s.ptr = ptr
	goto failure

possRepeatMore:
	if (ctx.count < int(code[pc+2]) || code[pc+2] == maxRepeat) && s.ptr != ptr {
		ctx.lastmark, ctx.lastindex = int32(s.lastmark), int32(s.lastindex)
		if err = s.markPush(int(ctx.lastmark)); err != nil {
			goto fatal
		}
		ptr = s.ptr
		next, ntop, njump = pc+3, false, jPossRepeat2
		goto doJump
	}
	goto possRepeatTail
resumePossRepeat2:
	if ret {
		s.markPopDiscard(int(ctx.lastmark))
		ctx.count++
		goto possRepeatMore
	}
	s.markPop(int(ctx.lastmark))
	s.lastmark, s.lastindex = int(ctx.lastmark), int(ctx.lastindex)
	s.ptr = ptr
possRepeatTail:
	pc += int(code[pc]) + 1
	ptr = s.ptr
	goto dispatch

resumeAtomicGroup:
	if !ret {
		s.ptr = ptr
		goto failure
	}
	pc += int(code[pc])
	ptr = s.ptr
	goto dispatch

resumeAssert:
	if !ret {
		goto failure
	}
	pc += int(code[pc])
	goto dispatch

resumeAssertNot:
	if ret {
		if s.repeat >= 0 {
			s.markPopDiscard(int(ctx.lastmark))
		}
		goto failure
	}
	if s.repeat >= 0 {
		s.markPop(int(ctx.lastmark))
	}
	s.lastmark, s.lastindex = int(ctx.lastmark), int(ctx.lastindex)
	pc += int(code[pc])
	goto dispatch

doJump:
	// Suspend the current context at (pc, ptr) and start a sub-match
	// at next; it resumes at njump's label.
	//
	// Code only jumps forward, so every unbounded amount of work
	// passes here: the place to poll for Ctrl-C and stop requests.
	steps++
	if steps&0xfff == 0 && s.t != nil {
		if err = pollThread(s.t); err != nil {
			goto fatal
		}
	}
	ctx.pc, ctx.ptr = int32(pc), ptr
	off++
	if off == len(cur) {
		if cur, err = s.ctxChunk(ci + 1); err != nil {
			goto fatal
		}
		ci++
		off = 0
	}
	// Only jump and toplevel are read before the new context's own ops
	// write its fields: the rest need no clearing.
	ctx = &cur[off]
	ctx.jump, ctx.toplevel = njump, ntop
	pc = next
	goto entrance

success:
	ret = true
	goto exit
failure:
	ret = false
exit:
	jump = ctx.jump
	off--
	if off < 0 {
		if ci == 0 {
			s.steps = steps
			return ret, nil
		}
		ci--
		cur = s.ctxs[ci]
		off = len(cur) - 1
	}
	ctx = &cur[off]
	pc, ptr = int(ctx.pc), ctx.ptr
	switch jump {
	case jBranch:
		goto resumeBranch
	case jRepeatOne1:
		goto resumeRepeatOne1
	case jRepeatOne2:
		goto resumeRepeatOne2
	case jMinRepeatOne:
		goto resumeMinRepeatOne
	case jRepeat:
		goto resumeRepeat
	case jMaxUntil1:
		goto resumeMaxUntil1
	case jMaxUntil2:
		goto resumeMaxUntil2
	case jMaxUntil3:
		goto resumeMaxUntil3
	case jMinUntil1:
		goto resumeMinUntil1
	case jMinUntil2:
		goto resumeMinUntil2
	case jMinUntil3:
		goto resumeMinUntil3
	case jPossRepeat1:
		goto resumePossRepeat1
	case jPossRepeat2:
		goto resumePossRepeat2
	case jAtomicGroup:
		goto resumeAtomicGroup
	case jAssert:
		goto resumeAssert
	case jAssertNot:
		goto resumeAssertNot
	}
	return ret, nil

fatal:
	s.steps = steps
	return false, err
}
