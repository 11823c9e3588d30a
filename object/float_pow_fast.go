// The fast first try of pow: table-driven log and exp with short
// polynomials, y*log(x) kept to about 2**-72 relative. It gives up (and
// powFinite goes on to the slower double-double and math/big paths)
// when the result lies so near a rounding boundary that this error
// could change it: about once in 10**4 calls for results of moderate
// size, more for results near overflow or underflow.

package object

import (
	"math"
	"math/big"
	"sync"
)

const (
	powLogBits = 9 // the log table has 2**powLogBits entries
	powExpBits = 8 // the exp table has 2**powExpBits entries
	// powLogOff is about sqrt(1/2): log's argument is reduced to
	// z = x/2**e in [powLogOff, 2*powLogOff), around 1.
	powLogOff = 0x3fe6a00000000000
)

// The log table: for each interval of z, invc is about 1/c for its
// midpoint c (1 exactly for the intervals at 1, so that log(x) for x
// near 1 keeps its relative precision), and logc = -log(invc) in
// double-double. The exp table holds 2**(j/256) in double-double.
var (
	powTablesOnce sync.Once
	powInvC       [1 << powLogBits]float64
	powLogC       [1 << powLogBits]dd
	powExp2       [1 << powExpBits]dd
)

func initPowTables() {
	for i := range powInvC {
		// The interval's ends, from the bit patterns that index it.
		lo := math.Float64frombits(uint64(powLogOff) + uint64(i)<<(52-powLogBits))
		hi := math.Float64frombits(uint64(powLogOff) + uint64(i+1)<<(52-powLogBits))
		c := (lo + hi) / 2
		if lo == 1 || hi == 1 {
			powInvC[i] = 1
			continue
		}
		powInvC[i] = 1 / c
		powLogC[i] = logDD(powInvC[i]).neg()
	}
	for j := range powExp2 {
		v := new(big.Float).SetPrec(200).SetInt(new(big.Int).Lsh(big.NewInt(1), uint(j)))
		for i := 0; i < powExpBits; i++ {
			v.Sqrt(v)
		}
		h, _ := v.Float64()
		l, _ := v.Sub(v, new(big.Float).SetFloat64(h)).Float64()
		powExp2[j] = dd{h, l}
	}
}

// ln2 in three parts (hi has 33 significant bits, so that its products
// with exponents and with n < 2**19 are exact), and ln2/256 likewise.
const (
	ln2Hi     = 0x1.62e42fefp-1
	ln2Lo     = 0x1.473de6af278edp-34  // ln2 - ln2Hi, rounded
	ln2Lo2    = -0x1.9ff0342542fc3p-90 // ln2 - ln2Hi - ln2Lo, rounded
	ln2By256A = ln2Hi / 256
	ln2By256B = ln2Lo / 256
	ln2By256C = ln2Lo2 / 256
	invLn2    = 1 / math.Ln2
)

// powFast returns x**y for finite x > 0 and finite y, and whether it is
// sure of the rounding.
func powFast(x, y float64) (float64, bool) {
	powTablesOnce.Do(initPowTables)
	ix := math.Float64bits(x)
	e := 0
	if ix < 1<<52 { // subnormal: normalize
		ix = math.Float64bits(x * 0x1p52)
		e = -52
	}
	tmp := ix - powLogOff
	i := (tmp >> (52 - powLogBits)) & (1<<powLogBits - 1)
	e += int(int64(tmp) >> 52)
	z := math.Float64frombits(ix - tmp&(0xfff<<52))

	// r = z*invc - 1 exactly, |r| < 2**-9.
	p := twoProd(z, powInvC[i])
	r := fastTwoSum(p.hi-1, p.lo)
	// log1p(r) = r - r*r/2 + r**3*(1/3 - r/4 + ...), the cubic and
	// higher terms in plain doubles.
	q := twoProd(r.hi, r.hi)
	q.lo += 2 * r.hi * r.lo
	rh := r.hi
	tail := rh * q.hi * (1.0/3 + rh*(-1.0/4+rh*(1.0/5+rh*(-1.0/6+rh*(1.0/7+rh*(-1.0/8+rh*(1.0/9+rh*(-1.0/10))))))))
	s, err := twoSum(r.hi, -0.5*q.hi)
	blo := err + (r.lo - 0.5*q.lo + tail)
	// log(x) = e*ln2 + logc + log1p(r)
	ef := float64(e)
	c := powLogC[i]
	a, aerr := twoSum(ef*ln2Hi, c.hi)
	l1, l1err := twoSum(a, s)
	lsum := fastTwoSum(l1, l1err+aerr+ef*ln2Lo+c.lo+blo)
	// t = y*log(x)
	t := twoProd(lsum.hi, y)
	t.lo += lsum.lo * y
	switch {
	case t.hi > 710:
		return math.Inf(1), true
	case t.hi < -746:
		return 0, true
	}

	// exp(t) = 2**(n/256) * exp(u), |u| <= ln2/512.
	n := math.RoundToEven(t.hi * (256 * invLn2))
	u0 := t.hi - n*ln2By256A // exact
	pb := twoProd(n, ln2By256B)
	uh, uerr := twoSum(u0, -pb.hi)
	u := fastTwoSum(uh, uerr+(t.lo-pb.lo-n*ln2By256C))
	// expm1(u) = u + u*u/2 + u**3*(1/6 + u/24 + ...)
	w := twoProd(u.hi, u.hi)
	w.lo += 2 * u.hi * u.lo
	uhh := u.hi
	etail := uhh * w.hi * (1.0/6 + uhh*(1.0/24+uhh*(1.0/120+uhh*(1.0/720+uhh*(1.0/5040+uhh*(1.0/40320))))))
	ms, merr := twoSum(u.hi, 0.5*w.hi)
	mlo := merr + (u.lo + 0.5*w.lo + etail)
	ni := int(n)
	tj := powExp2[ni&(1<<powExpBits-1)]
	k := ni >> powExpBits
	// v = tj * (1 + m)
	pm := twoProd(tj.hi, ms)
	vs, verr := twoSum(tj.hi, pm.hi)
	v := fastTwoSum(vs, verr+(tj.lo+pm.lo+tj.hi*mlo+tj.lo*ms))
	// y*log(x) is within about |y*log(x)| * 2**-71 of the truth, v
	// within 2**-78 of exp(y*log(x)).
	margin := math.Abs(v.hi) * (math.Abs(t.hi)*0x1p-68 + 0x1p-72)
	return roundScaled(v, k, margin)
}

// roundScaled returns v * 2**k rounded to a double, v in about [0.98,
// 2.03], and whether the rounding is the same for every value within
// margin of v.
func roundScaled(v dd, k int, margin float64) (float64, bool) {
	if _, ve := math.Frexp(v.hi); k+ve-1 >= -1022 {
		// Normal result: the rounding of v to 53 bits is the final one.
		up, down := v.hi+(v.lo+margin), v.hi+(v.lo-margin)
		if up != down {
			return 0, false
		}
		if k >= -1022 && k <= 1023 {
			return up * math.Float64frombits(uint64(k+1023)<<52), true // exact
		}
		return math.Ldexp(up, k), true
	}
	// Subnormal result: round v * 2**(k+1074) to an integer n, the
	// result being n * 2**-1074.
	s := dd{math.Ldexp(v.hi, k+1074), math.Ldexp(v.lo, k+1074)}
	margin = math.Ldexp(margin, k+1074)
	n := math.RoundToEven(s.hi)
	d := (s.hi - n) + s.lo
	switch {
	case math.Abs(d) < 0.5-margin:
	case d > 0.5+margin:
		n++
	case d < -0.5-margin:
		n--
	default:
		return 0, false
	}
	return math.Ldexp(n, -1074), true
}
