// This file implements search: trying the code at successive positions,
// with the shortcuts the INFO block allows (a literal prefix found with
// its overlap table, or a set the first character must be in).

package sre

// matchHere matches at s.start (Pattern.match and fullmatch).
func (s *state[C]) matchHere(matchAll bool) (bool, error) {
	s.matchAll = matchAll
	s.ptr = s.start
	return s.match(0, true)
}

// search finds the first match at or after s.start.
func (s *state[C]) search() (bool, error) {
	s.matchAll = false
	code, str := s.code, s.str
	ptr := s.start
	end := s.end
	if ptr > end {
		return false, nil
	}
	pc := 0
	var (
		flags      uint32
		prefixLen  int
		prefixSkip int
		prefix     int // index of the prefix in code
		overlap    int
		charset    = -1
	)
	if code[0] == opINFO {
		// <INFO> <skip> <flags> <min> <max> <prefix info>
		flags = code[2]
		if code[3] != 0 && int64(end-ptr) < int64(code[3]) {
			return false, nil
		}
		if code[3] > 1 {
			// The match cannot start in the last min-1 characters
			// (the general loop below uses this end).
			end -= int(code[3]) - 1
			if end <= ptr {
				end = ptr
			}
		}
		if flags&infoPREFIX != 0 {
			prefixLen = int(code[5])
			prefixSkip = int(code[6])
			prefix = 7
			overlap = prefix + prefixLen - 1
		} else if flags&infoCHARSET != 0 {
			charset = 5
		}
		pc = 1 + int(code[1])
	}

	if prefixLen == 1 {
		// The pattern starts with one literal character.
		c := code[prefix]
		if uint32(C(c)) != c {
			return false, nil // wider than the subject's characters
		}
		end = s.end
		s.mustAdvance = false
		for ptr < end {
			for uint32(str[ptr]) != c {
				ptr++
				if ptr >= end {
					return false, nil
				}
			}
			s.start = ptr
			s.ptr = ptr + prefixSkip
			if flags&infoLITERAL != 0 {
				return true, nil
			}
			ok, err := s.match(pc+2*prefixSkip, false)
			if ok || err != nil {
				return ok, err
			}
			ptr++
			s.lastmark, s.lastindex = -1, -1
		}
		return false, nil
	}

	if prefixLen > 1 {
		// A literal prefix: scan for it, using the overlap table to
		// resume after a partial match (Knuth-Morris-Pratt).
		end = s.end
		if prefixLen > end-ptr {
			return false, nil
		}
		for i := 0; i < prefixLen; i++ {
			if uint32(C(code[prefix+i])) != code[prefix+i] {
				return false, nil
			}
		}
		first := code[prefix]
		for ptr < end {
			for uint32(str[ptr]) != first {
				ptr++
				if ptr >= end {
					return false, nil
				}
			}
			ptr++
			if ptr >= end {
				return false, nil
			}
			i := 1
			s.mustAdvance = false
			for {
				if uint32(str[ptr]) == code[prefix+i] {
					i++
					if i != prefixLen {
						ptr++
						if ptr >= end {
							return false, nil
						}
						continue
					}
					// The whole prefix is here.
					s.start = ptr - (prefixLen - 1)
					s.ptr = ptr - (prefixLen - prefixSkip - 1)
					if flags&infoLITERAL != 0 {
						return true, nil
					}
					ok, err := s.match(pc+2*prefixSkip, false)
					if ok || err != nil {
						return ok, err
					}
					ptr++
					if ptr >= end {
						return false, nil
					}
					s.lastmark, s.lastindex = -1, -1
				}
				i = int(code[overlap+i])
				if i == 0 {
					break
				}
			}
		}
		return false, nil
	}

	if charset >= 0 {
		// The first character must be in a known set.
		end = s.end
		s.mustAdvance = false
		bits := s.prog.bits(charset)
		for {
			for ptr < end {
				c := uint32(str[ptr])
				if c < 256 && bits != nil {
					if bits[c>>6]&(1<<(c&63)) != 0 {
						break
					}
				} else if s.prog.in(charset, c) {
					break
				}
				ptr++
			}
			if ptr >= end {
				return false, nil
			}
			s.start = ptr
			s.ptr = ptr
			ok, err := s.match(pc, false)
			if ok || err != nil {
				return ok, err
			}
			ptr++
			s.lastmark, s.lastindex = -1, -1
		}
	}

	// The general case: try every position.
	s.start, s.ptr = ptr, ptr
	ok, err := s.match(pc, true)
	s.mustAdvance = false
	if ok || err != nil {
		return ok, err
	}
	if code[pc] == opAT && (code[pc+1] == atBEGINNING || code[pc+1] == atBEGINNING_STRING) {
		// Anchored at the start: no other position can match.
		s.start, s.ptr = s.end, s.end
		return false, nil
	}
	for ptr < end {
		ptr++
		s.lastmark, s.lastindex = -1, -1
		s.start, s.ptr = ptr, ptr
		ok, err = s.match(pc, false)
		if ok || err != nil {
			return ok, err
		}
	}
	return false, nil
}
