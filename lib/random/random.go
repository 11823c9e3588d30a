// Package random implements _random (CPython's C module under
// random.py: the Random base class) and ftpy's old random module, on a
// Mersenne Twister that is seeded and sampled as CPython does, so seeded
// sequences match python3's. Each Random instance guards its generator with a mutex: the
// module-level functions share one instance across threads.
package random

import (
	crand "crypto/rand"
	"crypto/sha512"
	"encoding/binary"
	"math"
	"math/big"
	"math/bits"
	"sync"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() { vm.RegisterModule("random", newModule) }

// Random is a generator with its own state.
type Random struct {
	object.Object
	mu        sync.Mutex
	mt        mt19937
	gaussNext float64
	hasGauss  bool
	dict      *object.Dict // attributes of a Python subclass's instance
}

// RandomType is random.Random.
var RandomType = object.NewStaticType(&object.Type{
	Name:         "Random",
	Flags:        object.FlagBaseType,
	Doc:          "Random number generator base class used by bound module functions.",
	SubclassDict: func(o *object.Object) **object.Dict { return &object.Cast[Random](o).dict },
	New: func(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		r := &Random{}
		t.Init(&r.Object, typ)
		return &r.Object, nil
	},
	Init: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) error {
		var x *object.Object
		if err := object.ParseArgs(t, "Random", args, kw, []string{"x"}, 0, &x); err != nil {
			return err
		}
		return rnd(self).seed(t, x)
	},
})

func rnd(o *object.Object) *Random { return object.Cast[Random](o) }

func newRandom(t *object.Thread) *Random {
	r := &Random{}
	t.Init(&r.Object, RandomType)
	return r
}

// float returns random() in [0, 1).
func (r *Random) float() float64 {
	r.mu.Lock()
	v := r.mt.float53()
	r.mu.Unlock()
	return v
}

// below returns a uniform integer in [0, n), n > 0, by rejection
// sampling of getrandbits(n.bit_length()).
func (r *Random) below(n uint64) uint64 {
	if n == 0 {
		return 0
	}
	k := bits.Len64(n)
	r.mu.Lock()
	v := r.mt.bits64(k)
	for v >= n {
		v = r.mt.bits64(k)
	}
	r.mu.Unlock()
	return v
}

func wordsToBig(w []uint32) *big.Int {
	b := make([]byte, 4*len(w))
	for i, x := range w {
		binary.BigEndian.PutUint32(b[4*(len(w)-1-i):], x)
	}
	return new(big.Int).SetBytes(b)
}

// belowBig is below for any positive n.
func (r *Random) belowBig(n *big.Int) *big.Int {
	if n.IsUint64() {
		return new(big.Int).SetUint64(r.below(n.Uint64()))
	}
	k := n.BitLen()
	r.mu.Lock()
	defer r.mu.Unlock()
	for {
		v := wordsToBig(r.mt.words(k))
		if v.Cmp(n) < 0 {
			return v
		}
	}
}

// seed implements Random.seed(a) for version 2.
func (r *Random) seed(t *object.Thread, a *object.Object) error {
	var key []uint32
	switch {
	case a == nil || a == object.None:
		key = make([]uint32, mtN)
		var buf [4 * mtN]byte
		if _, err := crand.Read(buf[:]); err != nil {
			return t.Errorf(object.OSErrorType, "%v", err)
		}
		for i := range key {
			key[i] = binary.LittleEndian.Uint32(buf[4*i:])
		}
	case object.IsInt(a):
		key = intKey(object.AsInt(a).Big())
	case object.IsFloat(a):
		h, err := object.Hash(t, a)
		if err != nil {
			return err
		}
		key = intKey(big.NewInt(h))
	case object.IsStr(a) || object.IsBytes(a):
		var b []byte
		if object.IsStr(a) {
			b = []byte(object.StrValue(a))
		} else {
			b = object.BytesValue(a)
		}
		sum := sha512.Sum512(b)
		key = intKey(new(big.Int).SetBytes(append(b, sum[:]...)))
	default:
		return t.Errorf(object.TypeErrorType, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
	}
	r.mu.Lock()
	r.mt.initByArray(key)
	r.hasGauss = false
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

func fn(name string, f object.CFunc) object.MethodDef { return object.MethodDef{Name: name, Fn: f} }

func noArgs(name string, f func(t *object.Thread, r *Random) (*object.Object, error)) object.MethodDef {
	return fn(name, func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, name, args, kw, 0, 0); err != nil {
			return nil, err
		}
		return f(t, rnd(self))
	})
}

// pyFloat returns a float argument's value, or TypeError.
func pyFloat(t *object.Thread, o *object.Object) (float64, error) {
	f, err := object.FloatOf(t, o)
	if err != nil {
		return 0, err
	}
	v := object.FloatValue(f)
	t.Decref(f)
	return v, nil
}

// isPlainNumber reports whether o is an int that converts exactly to a
// float64, or a float.
func plainNumber(o *object.Object) (float64, bool) {
	if o.Type() == object.FloatType {
		return object.FloatValue(o), true
	}
	if o.Type() == object.IntType || o.Type() == object.BoolType {
		if v, ok := object.AsInt(o).Int64(); ok && v > -(1<<53) && v < 1<<53 {
			return float64(v), true
		}
	}
	return 0, false
}

// affine returns a + x*b with Python arithmetic (mu + z*sigma).
func affine(t *object.Thread, a *object.Object, x float64, b *object.Object) (*object.Object, error) {
	if av, ok := plainNumber(a); ok {
		if bv, ok := plainNumber(b); ok {
			return object.NewFloat(t, av+x*bv), nil
		}
	}
	xo := object.NewFloat(t, x)
	p, err := object.BinaryOperation(t, xo, b, object.OpMul)
	t.Decref(xo)
	if err != nil {
		return nil, err
	}
	defer t.Decref(p)
	return object.BinaryOperation(t, a, p, object.OpAdd)
}

func intObj(t *object.Thread, v *big.Int) *object.Object { return object.NewIntBig(t, v) }

// rangeArg converts a randrange argument to an int, accepting integral
// floats as python3 does (with its deprecation) and naming the culprit
// otherwise.
func rangeArg(t *object.Thread, o *object.Object, what string) (*big.Int, error) {
	if object.IsInt(o) {
		return object.AsInt(o).Big(), nil
	}
	if n := o.Type().Number; n != nil && n.Index != nil {
		i, err := object.Index(t, o)
		if err != nil {
			return nil, err
		}
		defer t.Decref(i)
		return object.AsInt(i).Big(), nil
	}
	i, err := object.Call(t, object.IntType.Obj(), []*object.Object{o}, nil)
	if err != nil {
		return nil, err
	}
	defer t.Decref(i)
	ne, err := object.RichCompareBool(t, i, o, object.NE)
	if err != nil {
		return nil, err
	}
	if ne {
		return nil, t.Errorf(object.ValueErrorType, "non-integer %s for randrange()", what)
	}
	return object.AsInt(i).Big(), nil
}

func (r *Random) randrange(t *object.Thread, start, stop, step *object.Object) (*object.Object, error) {
	istart, err := rangeArg(t, start, "arg 1")
	if err != nil {
		return nil, err
	}
	if stop == nil || stop == object.None {
		if step != nil && !(object.IsInt(step) && object.AsInt(step).Big().Cmp(big.NewInt(1)) == 0) {
			return nil, t.Errorf(object.TypeErrorType, "Missing a non-None stop argument")
		}
		if istart.Sign() > 0 {
			return intObj(t, r.belowBig(istart)), nil
		}
		return nil, t.Errorf(object.ValueErrorType, "empty range for randrange()")
	}
	istop, err := rangeArg(t, stop, "stop")
	if err != nil {
		return nil, err
	}
	istep := big.NewInt(1)
	if step != nil {
		if istep, err = rangeArg(t, step, "step"); err != nil {
			return nil, err
		}
	}
	width := new(big.Int).Sub(istop, istart)
	if istep.IsInt64() && istep.Int64() == 1 {
		if width.Sign() > 0 {
			return intObj(t, width.Add(istart, r.belowBig(width))), nil
		}
		return nil, t.Errorf(object.ValueErrorType, "empty range for randrange() (%s, %s, %s)", istart, istop, width)
	}
	var n *big.Int
	switch istep.Sign() {
	case 0:
		return nil, t.Errorf(object.ValueErrorType, "zero step for randrange()")
	case 1:
		n = new(big.Int).Add(width, istep)
		n.Sub(n, big.NewInt(1))
	default:
		n = new(big.Int).Add(width, istep)
		n.Add(n, big.NewInt(1))
	}
	// Floor division.
	q, m := new(big.Int).DivMod(n, istep, new(big.Int))
	if m.Sign() != 0 && istep.Sign() < 0 {
		// DivMod is Euclidean; floor differs for a negative divisor.
		q.Add(q, big.NewInt(1))
	}
	if q.Sign() <= 0 {
		return nil, t.Errorf(object.ValueErrorType, "empty range for randrange()")
	}
	v := r.belowBig(q)
	v.Mul(v, istep)
	return intObj(t, v.Add(v, istart)), nil
}

// randrangeFast handles randrange on small ints without big.Int.
func (r *Random) randrangeFast(start, stop int64) (int64, bool) {
	const lim = 1 << 62
	if start <= -lim || start >= lim || stop <= -lim || stop >= lim || stop <= start {
		return 0, false
	}
	return start + int64(r.below(uint64(stop-start))), true
}

func smallInt(o *object.Object) (int64, bool) {
	if o == nil || (o.Type() != object.IntType && o.Type() != object.BoolType) {
		return 0, false
	}
	return object.AsInt(o).Int64()
}

func isSequence(o *object.Object) bool {
	return o.Type().GetItem != nil && o.Type().Len != nil && !object.IsDict(o) && !object.IsAnySet(o)
}

func (r *Random) gauss() float64 {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.hasGauss {
		r.hasGauss = false
		return r.gaussNext
	}
	x2pi := r.mt.float53() * 2 * math.Pi
	g2rad := math.Sqrt(-2.0 * math.Log(1.0-r.mt.float53()))
	r.gaussNext = math.Sin(x2pi) * g2rad
	r.hasGauss = true
	return math.Cos(x2pi) * g2rad
}

var nvMagic = 4 * math.Exp(-0.5) / math.Sqrt(2.0)

func (r *Random) normal() float64 {
	for {
		u1 := r.float()
		u2 := 1.0 - r.float()
		z := nvMagic * (u1 - 0.5) / u2
		if z*z/4.0 <= -math.Log(u2) {
			return z
		}
	}
}

// muSigma parses (mu=0.0, sigma=1.0); the results are new references.
func muSigma(t *object.Thread, name string, args []*object.Object, kw *object.Tuple, required int) (*object.Object, *object.Object, error) {
	var mu, sigma *object.Object
	if err := object.ParseArgs(t, name, args, kw, []string{"mu", "sigma"}, required, &mu, &sigma); err != nil {
		return nil, nil, err
	}
	if mu == nil {
		mu = object.NewFloat(t, 0.0)
	} else {
		mu = t.NewRef(mu)
	}
	if sigma == nil {
		sigma = object.NewFloat(t, 1.0)
	} else {
		sigma = t.NewRef(sigma)
	}
	return mu, sigma, nil
}
