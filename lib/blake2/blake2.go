// This file implements BLAKE2b and BLAKE2s (RFC 7693) with the whole
// parameter block (salt, personalisation, tree parameters), which
// CPython's _blake2 offers and golang.org/x/crypto's packages do not.

package blake2

import (
	"encoding/binary"
	"hash"
	"math/bits"
)

var sigma = [10][16]uint8{
	{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
	{14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
	{11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
	{7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
	{9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
	{2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
	{12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
	{13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
	{6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
	{10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
}

var ivB = [8]uint64{
	0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
	0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
}

var ivS = [8]uint32{
	0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
}

// params are the parameter block's fields.
type params struct {
	digestSize, fanout, depth int
	leafSize                  uint32
	nodeOffset                uint64
	nodeDepth, innerSize      int
	key, salt, person         []byte
	lastNode                  bool
}

// stateB is a BLAKE2b hash in progress.
type stateB struct {
	h        [8]uint64
	t        [2]uint64
	buf      [128]byte
	n        int
	size     int
	lastNode bool
}

func newB(p *params) *stateB {
	var block [64]byte
	block[0], block[1], block[2], block[3] = byte(p.digestSize), byte(len(p.key)), byte(p.fanout), byte(p.depth)
	binary.LittleEndian.PutUint32(block[4:], p.leafSize)
	binary.LittleEndian.PutUint64(block[8:], p.nodeOffset)
	block[16], block[17] = byte(p.nodeDepth), byte(p.innerSize)
	copy(block[32:48], p.salt)
	copy(block[48:64], p.person)
	s := &stateB{size: p.digestSize, lastNode: p.lastNode}
	for i := range s.h {
		s.h[i] = ivB[i] ^ binary.LittleEndian.Uint64(block[8*i:])
	}
	if len(p.key) > 0 {
		copy(s.buf[:], p.key)
		s.n = len(s.buf)
	}
	return s
}

func (s *stateB) compress(block []byte, final bool) {
	var m [16]uint64
	for i := range m {
		m[i] = binary.LittleEndian.Uint64(block[8*i:])
	}
	v := [16]uint64{}
	copy(v[:8], s.h[:])
	copy(v[8:], ivB[:])
	v[12] ^= s.t[0]
	v[13] ^= s.t[1]
	if final {
		v[14] = ^v[14]
		if s.lastNode {
			v[15] = ^v[15]
		}
	}
	g := func(a, b, c, d int, x, y uint64) {
		v[a] += v[b] + x
		v[d] = bits.RotateLeft64(v[d]^v[a], -32)
		v[c] += v[d]
		v[b] = bits.RotateLeft64(v[b]^v[c], -24)
		v[a] += v[b] + y
		v[d] = bits.RotateLeft64(v[d]^v[a], -16)
		v[c] += v[d]
		v[b] = bits.RotateLeft64(v[b]^v[c], -63)
	}
	for r := 0; r < 12; r++ {
		sg := &sigma[r%10]
		g(0, 4, 8, 12, m[sg[0]], m[sg[1]])
		g(1, 5, 9, 13, m[sg[2]], m[sg[3]])
		g(2, 6, 10, 14, m[sg[4]], m[sg[5]])
		g(3, 7, 11, 15, m[sg[6]], m[sg[7]])
		g(0, 5, 10, 15, m[sg[8]], m[sg[9]])
		g(1, 6, 11, 12, m[sg[10]], m[sg[11]])
		g(2, 7, 8, 13, m[sg[12]], m[sg[13]])
		g(3, 4, 9, 14, m[sg[14]], m[sg[15]])
	}
	for i := range s.h {
		s.h[i] ^= v[i] ^ v[i+8]
	}
}

func (s *stateB) addCount(n int) {
	s.t[0] += uint64(n)
	if s.t[0] < uint64(n) {
		s.t[1]++
	}
}

// Write hashes p; a full buffer is compressed only once more data
// follows, since the last block is compressed differently.
func (s *stateB) Write(p []byte) (int, error) {
	total := len(p)
	for len(p) > 0 {
		if s.n == len(s.buf) {
			s.addCount(len(s.buf))
			s.compress(s.buf[:], false)
			s.n = 0
		}
		k := copy(s.buf[s.n:], p)
		s.n += k
		p = p[k:]
	}
	return total, nil
}

func (s *stateB) Sum(b []byte) []byte {
	c := *s
	clear(c.buf[c.n:])
	c.addCount(c.n)
	c.compress(c.buf[:], true)
	var out [64]byte
	for i, w := range c.h {
		binary.LittleEndian.PutUint64(out[8*i:], w)
	}
	return append(b, out[:c.size]...)
}

// Reset is not used: hash objects never restart.
func (s *stateB) Reset()         {}
func (s *stateB) Size() int      { return s.size }
func (s *stateB) BlockSize() int { return 128 }
func (s *stateB) Clone() any     { c := *s; return &c }

// stateS is a BLAKE2s hash in progress.
type stateS struct {
	h        [8]uint32
	t        [2]uint32
	buf      [64]byte
	n        int
	size     int
	lastNode bool
}

func newS(p *params) *stateS {
	var block [32]byte
	block[0], block[1], block[2], block[3] = byte(p.digestSize), byte(len(p.key)), byte(p.fanout), byte(p.depth)
	binary.LittleEndian.PutUint32(block[4:], p.leafSize)
	var off [8]byte
	binary.LittleEndian.PutUint64(off[:], p.nodeOffset)
	copy(block[8:14], off[:6])
	block[14], block[15] = byte(p.nodeDepth), byte(p.innerSize)
	copy(block[16:24], p.salt)
	copy(block[24:32], p.person)
	s := &stateS{size: p.digestSize, lastNode: p.lastNode}
	for i := range s.h {
		s.h[i] = ivS[i] ^ binary.LittleEndian.Uint32(block[4*i:])
	}
	if len(p.key) > 0 {
		copy(s.buf[:], p.key)
		s.n = len(s.buf)
	}
	return s
}

func (s *stateS) compress(block []byte, final bool) {
	var m [16]uint32
	for i := range m {
		m[i] = binary.LittleEndian.Uint32(block[4*i:])
	}
	v := [16]uint32{}
	copy(v[:8], s.h[:])
	copy(v[8:], ivS[:])
	v[12] ^= s.t[0]
	v[13] ^= s.t[1]
	if final {
		v[14] = ^v[14]
		if s.lastNode {
			v[15] = ^v[15]
		}
	}
	g := func(a, b, c, d int, x, y uint32) {
		v[a] += v[b] + x
		v[d] = bits.RotateLeft32(v[d]^v[a], -16)
		v[c] += v[d]
		v[b] = bits.RotateLeft32(v[b]^v[c], -12)
		v[a] += v[b] + y
		v[d] = bits.RotateLeft32(v[d]^v[a], -8)
		v[c] += v[d]
		v[b] = bits.RotateLeft32(v[b]^v[c], -7)
	}
	for r := 0; r < 10; r++ {
		sg := &sigma[r]
		g(0, 4, 8, 12, m[sg[0]], m[sg[1]])
		g(1, 5, 9, 13, m[sg[2]], m[sg[3]])
		g(2, 6, 10, 14, m[sg[4]], m[sg[5]])
		g(3, 7, 11, 15, m[sg[6]], m[sg[7]])
		g(0, 5, 10, 15, m[sg[8]], m[sg[9]])
		g(1, 6, 11, 12, m[sg[10]], m[sg[11]])
		g(2, 7, 8, 13, m[sg[12]], m[sg[13]])
		g(3, 4, 9, 14, m[sg[14]], m[sg[15]])
	}
	for i := range s.h {
		s.h[i] ^= v[i] ^ v[i+8]
	}
}

func (s *stateS) addCount(n int) {
	s.t[0] += uint32(n)
	if s.t[0] < uint32(n) {
		s.t[1]++
	}
}

func (s *stateS) Write(p []byte) (int, error) {
	total := len(p)
	for len(p) > 0 {
		if s.n == len(s.buf) {
			s.addCount(len(s.buf))
			s.compress(s.buf[:], false)
			s.n = 0
		}
		k := copy(s.buf[s.n:], p)
		s.n += k
		p = p[k:]
	}
	return total, nil
}

func (s *stateS) Sum(b []byte) []byte {
	c := *s
	clear(c.buf[c.n:])
	c.addCount(c.n)
	c.compress(c.buf[:], true)
	var out [32]byte
	for i, w := range c.h {
		binary.LittleEndian.PutUint32(out[4*i:], w)
	}
	return append(b, out[:c.size]...)
}

func (s *stateS) Reset()         {}
func (s *stateS) Size() int      { return s.size }
func (s *stateS) BlockSize() int { return 64 }
func (s *stateS) Clone() any     { c := *s; return &c }

var (
	_ hash.Hash = (*stateB)(nil)
	_ hash.Hash = (*stateS)(nil)
)
