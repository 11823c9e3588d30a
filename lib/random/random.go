// Package random implements _random, CPython's C module under random.py:
// the Random base class, on a Mersenne Twister that is seeded and sampled
// as CPython's is, so that seeded sequences match python3's. Each
// instance guards its generator with a mutex: random.py's module-level
// functions share one instance across threads.
package random

import (
	crand "crypto/rand"
	"encoding/binary"
	"math/big"
	"sync"

	"github.com/ftpy/ftpy/object"
)

// Random is a generator with its own state.
type Random struct {
	object.Object
	mu   sync.Mutex
	mt   mt19937
	dict *object.Dict // attributes of a Python subclass's instance
}

func rnd(o *object.Object) *Random { return object.Cast[Random](o) }

// float returns random() in [0, 1).
func (r *Random) float() float64 {
	r.mu.Lock()
	v := r.mt.float53()
	r.mu.Unlock()
	return v
}

// wordsToBig makes an int of little-endian 32-bit words.
func wordsToBig(w []uint32) *big.Int {
	b := make([]byte, 4*len(w))
	for i, x := range w {
		binary.BigEndian.PutUint32(b[4*(len(w)-1-i):], x)
	}
	return new(big.Int).SetBytes(b)
}

// seed seeds the generator from a, an int (by its absolute value) or
// nil/None (from the operating system's entropy).
func (r *Random) seed(t *object.Thread, a *object.Object) error {
	var key []uint32
	if a == nil || a == object.None {
		key = make([]uint32, mtN)
		var buf [4 * mtN]byte
		if _, err := crand.Read(buf[:]); err != nil {
			return t.Errorf(object.OSErrorType, "%v", err)
		}
		for i := range key {
			key[i] = binary.LittleEndian.Uint32(buf[4*i:])
		}
	} else {
		key = intKey(object.AsInt(a).Big())
	}
	r.mu.Lock()
	r.mt.initByArray(key)
	r.mu.Unlock()
	return nil
}

// intKey splits |n| into little-endian 32-bit words, at least one.
func intKey(n *big.Int) []uint32 {
	n = new(big.Int).Abs(n)
	nw := (n.BitLen() + 31) / 32
	if nw == 0 {
		return []uint32{0}
	}
	b := n.FillBytes(make([]byte, 4*nw))
	key := make([]uint32, nw)
	for i := range key {
		key[i] = binary.BigEndian.Uint32(b[4*(nw-1-i):])
	}
	return key
}
