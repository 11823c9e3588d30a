package random

// The Mersenne Twister MT19937 (Matsumoto and Nishimura, 1998), seeded
// the way CPython's random module seeds it, so that the same seed gives
// the same sequence as python3.

const (
	mtN       = 624
	mtM       = 397
	matrixA   = 0x9908b0df
	upperMask = 0x80000000
	lowerMask = 0x7fffffff
)

type mt19937 struct {
	state [mtN]uint32
	index int
}

func (m *mt19937) initGenrand(s uint32) {
	m.state[0] = s
	for i := 1; i < mtN; i++ {
		prev := m.state[i-1]
		m.state[i] = 1812433253*(prev^(prev>>30)) + uint32(i)
	}
	m.index = mtN
}

func (m *mt19937) initByArray(key []uint32) {
	if len(key) == 0 {
		key = []uint32{0}
	}
	m.initGenrand(19650218)
	s := &m.state
	i, j := 1, 0
	k := mtN
	if len(key) > k {
		k = len(key)
	}
	for ; k > 0; k-- {
		prev := s[i-1]
		s[i] = (s[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			s[0] = s[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		prev := s[i-1]
		s[i] = (s[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= mtN {
			s[0] = s[mtN-1]
			i = 1
		}
	}
	s[0] = 0x80000000
	m.index = mtN
}

func mix(a, b, c uint32) uint32 {
	y := (a & upperMask) | (b & lowerMask)
	r := c ^ (y >> 1)
	if y&1 != 0 {
		r ^= matrixA
	}
	return r
}

func (m *mt19937) twist() {
	s := &m.state
	kk := 0
	for ; kk < mtN-mtM; kk++ {
		s[kk] = mix(s[kk], s[kk+1], s[kk+mtM])
	}
	for ; kk < mtN-1; kk++ {
		s[kk] = mix(s[kk], s[kk+1], s[kk+mtM-mtN])
	}
	s[mtN-1] = mix(s[mtN-1], s[0], s[mtM-1])
	m.index = 0
}

// next returns the next 32-bit output.
func (m *mt19937) next() uint32 {
	if m.index >= mtN {
		m.twist()
	}
	y := m.state[m.index]
	m.index++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// float53 returns a float in [0, 1) from two outputs, as random() does.
func (m *mt19937) float53() float64 {
	a := m.next() >> 5
	b := m.next() >> 6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// bits64 returns k (0..64) random bits: the first output gives the low
// word.
func (m *mt19937) bits64(k int) uint64 {
	if k <= 32 {
		if k == 0 {
			return 0
		}
		return uint64(m.next() >> (32 - k))
	}
	lo := uint64(m.next())
	hi := uint64(m.next() >> (64 - k))
	return hi<<32 | lo
}

// words returns k > 0 random bits as little-endian 32-bit words.
func (m *mt19937) words(k int) []uint32 {
	n := (k + 31) / 32
	w := make([]uint32, n)
	for i := range w {
		r := m.next()
		if k < 32 {
			r >>= 32 - k
		}
		w[i] = r
		k -= 32
	}
	return w
}
