// This file defines program, compiled code prepared for the engine:
// the code words, and for every character set in them a bitmap of its
// members below 256, so that testing a Latin-1 character against a set
// (the common case: \w, [a-z], [^"\\]) is one lookup instead of a walk
// over the set's items.

package sre

type program struct {
	code    []uint32
	setIdx  []int32     // for a pc where a set's items start: its bitmap's index, else -1
	setBits [][4]uint64 // members below 256 of each set
}

// newProgram prepares validated code; sets lists where its sets start.
func newProgram(code []uint32, sets []int) *program {
	p := &program{code: code}
	if len(sets) == 0 {
		return p
	}
	p.setIdx = make([]int32, len(code))
	for i := range p.setIdx {
		p.setIdx[i] = -1
	}
	for _, pc := range sets {
		if p.setIdx[pc] >= 0 {
			continue
		}
		var bits [4]uint64
		for ch := uint32(0); ch < 256; ch++ {
			if inSet(code, pc, ch) {
				bits[ch>>6] |= 1 << (ch & 63)
			}
		}
		p.setIdx[pc] = int32(len(p.setBits))
		p.setBits = append(p.setBits, bits)
	}
	return p
}

// bits returns the Latin-1 bitmap of the set whose items start at pc,
// or nil.
func (p *program) bits(pc int) *[4]uint64 {
	if p.setIdx == nil || p.setIdx[pc] < 0 {
		return nil
	}
	return &p.setBits[p.setIdx[pc]]
}

// in reports whether ch is in the set whose items start at pc.
func (p *program) in(pc int, ch uint32) bool {
	if ch < 256 && p.setIdx != nil {
		if i := p.setIdx[pc]; i >= 0 {
			return p.setBits[i][ch>>6]&(1<<(ch&63)) != 0
		}
	}
	return inSet(p.code, pc, ch)
}
