// This file implements the delta filter: each byte is stored as its
// difference from the byte dist positions before it.

package lzma

// deltaCoder holds the last 256 bytes of the original data.
type deltaCoder struct {
	dist uint8 // the distance, modulo 256 (256 is 0)
	hist [256]byte
	pos  uint8
}

func newDeltaCoder(dist uint32) *deltaCoder { return &deltaCoder{dist: uint8(dist)} }

// deltaCoders makes the coders of the delta filters of a chain (the
// chain's other non-last filters were refused before).
func deltaCoders(chain []filter) []*deltaCoder {
	var cs []*deltaCoder
	for _, f := range chain {
		if f.id == filterDelta {
			cs = append(cs, newDeltaCoder(f.dist))
		}
	}
	return cs
}

// encode replaces p's bytes with their differences, in place.
func (d *deltaCoder) encode(p []byte) {
	for i, b := range p {
		p[i] = b - d.hist[d.pos-d.dist]
		d.hist[d.pos] = b
		d.pos++
	}
}

// decode undoes encode, in place.
func (d *deltaCoder) decode(p []byte) {
	for i, b := range p {
		v := b + d.hist[d.pos-d.dist]
		p[i] = v
		d.hist[d.pos] = v
		d.pos++
	}
}
