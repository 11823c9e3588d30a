// This file tests characters against the pieces of compiled code that
// describe one character: sets (IN's LITERAL/RANGE/CHARSET/BIGCHARSET/
// CATEGORY/NEGATE list), single-character items, and positions (AT).

package sre

// inSet reports whether ch is in the set whose items start at code[pc]
// and end with FAILURE.
func inSet(code []uint32, pc int, ch uint32) bool {
	ok := true
	for {
		switch code[pc] {
		case opFAILURE:
			return !ok
		case opLITERAL:
			if ch == code[pc+1] {
				return ok
			}
			pc += 2
		case opCATEGORY:
			if category(code[pc+1], ch) {
				return ok
			}
			pc += 2
		case opCHARSET:
			if ch < 256 && code[pc+1+int(ch>>5)]&(1<<(ch&31)) != 0 {
				return ok
			}
			pc += 1 + 8
		case opRANGE:
			if code[pc+1] <= ch && ch <= code[pc+2] {
				return ok
			}
			pc += 3
		case opRANGE_UNI_IGNORE:
			// ch is already lowercased.
			if code[pc+1] <= ch && ch <= code[pc+2] {
				return ok
			}
			if u := upperUnicode(ch); code[pc+1] <= u && u <= code[pc+2] {
				return ok
			}
			pc += 3
		case opNEGATE:
			ok = !ok
			pc++
		case opBIGCHARSET:
			// <BIGCHARSET> <count> <256 block numbers, 4 per word> <blocks>
			count := int(code[pc+1])
			pc += 2
			if ch < 0x10000 {
				hi := ch >> 8
				block := int(code[pc+int(hi>>2)]>>((hi&3)*8)) & 0xff
				bit := block*256 + int(ch&255)
				if code[pc+64+(bit>>5)]&(1<<(bit&31)) != 0 {
					return ok
				}
			}
			pc += 64 + count*8
		default:
			return false
		}
	}
}

// inSetLocIgnore is IN_LOC_IGNORE's test: ch in either case.
func inSetLocIgnore(p *program, pc int, ch uint32) bool {
	lo := lowerLocale(ch)
	if p.in(pc, lo) {
		return true
	}
	up := upperLocale(ch)
	return up != lo && p.in(pc, up)
}

// unit reports whether ch matches the single-character item at code[pc]
// (the body of a REPEAT_ONE-style repeat).
func unit(p *program, pc int, ch uint32) bool {
	code := p.code
	switch code[pc] {
	case opANY:
		return ch != '\n'
	case opANY_ALL:
		return true
	case opIN:
		return p.in(pc+2, ch)
	case opIN_IGNORE:
		return p.in(pc+2, lowerASCII(ch))
	case opIN_UNI_IGNORE:
		return p.in(pc+2, lowerUnicode(ch))
	case opIN_LOC_IGNORE:
		return inSetLocIgnore(p, pc+2, ch)
	case opLITERAL:
		return ch == code[pc+1]
	case opNOT_LITERAL:
		return ch != code[pc+1]
	case opLITERAL_IGNORE:
		return lowerASCII(ch) == code[pc+1]
	case opNOT_LITERAL_IGNORE:
		return lowerASCII(ch) != code[pc+1]
	case opLITERAL_UNI_IGNORE:
		return lowerUnicode(ch) == code[pc+1]
	case opNOT_LITERAL_UNI_IGNORE:
		return lowerUnicode(ch) != code[pc+1]
	case opLITERAL_LOC_IGNORE:
		return charLocIgnore(code[pc+1], ch)
	case opNOT_LITERAL_LOC_IGNORE:
		return !charLocIgnore(code[pc+1], ch)
	case opCATEGORY:
		return category(code[pc+1], ch)
	}
	return false
}

// count returns how many times, up to maxcount, the single-character
// item at code[pc] matches from s.ptr on.
func (s *state[C]) count(pc int, maxcount uint32) int {
	code, str := s.code, s.str
	ptr := s.ptr
	end := s.end
	if maxcount != maxRepeat && int64(maxcount) < int64(end-ptr) {
		end = ptr + int(maxcount)
	}
	switch code[pc] {
	case opIN:
		if bits := s.prog.bits(pc + 2); bits != nil {
			// The common case, \w+ or [^"]*: test Latin-1 characters
			// against the bitmap here, in the loop.
			for ptr < end {
				c := uint32(str[ptr])
				if c < 256 {
					if bits[c>>6]&(1<<(c&63)) == 0 {
						break
					}
				} else if !inSet(code, pc+2, c) {
					break
				}
				ptr++
			}
			break
		}
		for ptr < end && s.prog.in(pc+2, uint32(str[ptr])) {
			ptr++
		}
	case opANY:
		for ptr < end && str[ptr] != '\n' {
			ptr++
		}
	case opANY_ALL:
		ptr = end
	case opLITERAL:
		c := code[pc+1]
		for ptr < end && uint32(str[ptr]) == c {
			ptr++
		}
	case opNOT_LITERAL:
		c := code[pc+1]
		for ptr < end && uint32(str[ptr]) != c {
			ptr++
		}
	default:
		for ptr < end && unit(s.prog, pc, uint32(str[ptr])) {
			ptr++
		}
	}
	return ptr - s.ptr
}

// at reports whether position ptr satisfies the AT code at.
func (s *state[C]) at(ptr int, at uint32) bool {
	str := s.str
	end := s.end
	switch at {
	case atBEGINNING, atBEGINNING_STRING:
		return ptr == 0
	case atBEGINNING_LINE:
		return ptr == 0 || str[ptr-1] == '\n'
	case atEND:
		return (end-ptr == 1 && str[ptr] == '\n') || ptr == end
	case atEND_LINE:
		// Past endpos (pos > endpos), CPython reads the character
		// there too; past the string, its NUL terminator.
		return ptr == end || (ptr < len(str) && str[ptr] == '\n')
	case atEND_STRING:
		return ptr == end
	}
	var word func(uint32) bool
	switch at {
	case atBOUNDARY, atNON_BOUNDARY:
		word = isWord
	case atLOC_BOUNDARY, atLOC_NON_BOUNDARY:
		word = isLocWord
	case atUNI_BOUNDARY, atUNI_NON_BOUNDARY:
		word = isUniWord
	default:
		return false
	}
	if end == 0 {
		return false
	}
	before := ptr > 0 && word(uint32(str[ptr-1]))
	here := ptr < end && word(uint32(str[ptr]))
	switch at {
	case atBOUNDARY, atLOC_BOUNDARY, atUNI_BOUNDARY:
		return before != here
	}
	return before == here
}
