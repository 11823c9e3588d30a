// This file holds x**y for floats as the C library's pow computes it.
// CPython's float ** float and math.pow call pow(), which glibc rounds
// correctly (but for exact halfway cases, see below). Go's math.Pow is
// within an ulp or two, so `8 ** (1/3)` came out as 1.9999999999999998
// instead of 2.0. Here y*log(x) is formed in double-double arithmetic
// (about 100 bits), exponentiated in double-double and rounded once; if
// the result lies so near a rounding boundary that the double-double
// error could decide the rounding (about one case in 2**25), it is
// recomputed with math/big at 400 bits.
//
// Exact halfway cases (x**y has exactly one bit more than a double
// holds, e.g. (2**27-1.0)**2): glibc's rounding of them depends on the
// sign of its own approximation error, which cannot be reproduced short
// of its algorithm; here they round half to even.

package object

import (
	"math"
	"math/big"
	"sync"
)

// powEps bounds the relative error of the double-double result: y*log(x)
// is within about 2**-90 of the truth (|y*log(x)| < 746 where the result
// neither overflows nor underflows, and log is kept to about 2**-100).
const powEps = 0x1p-78

// Pow returns x**y as the C library's pow does, with C99's special cases.
func Pow(x, y float64) float64 {
	if x > 0 && x <= math.MaxFloat64 && y != 0 && math.Abs(y) <= math.MaxFloat64 {
		return powFinite(x, y)
	}
	if x < 0 && x >= -math.MaxFloat64 && math.Abs(y) <= math.MaxFloat64 && y == math.Trunc(y) && y != 0 {
		r := powFinite(-x, y)
		if isOddInteger(y) {
			return -r
		}
		return r
	}
	return math.Pow(x, y)
}

// powFinite returns x**y for finite x > 0 and finite y != 0, correctly
// rounded.
func powFinite(x, y float64) float64 {
	switch {
	case x == 1 || y == 1:
		return x
	case y == 2:
		return x * x
	case y == -1:
		return 1 / x
	case y == 0.5:
		return math.Sqrt(x)
	}
	if r, ok := powFast(x, y); ok {
		return r
	}
	return powDDRounded(x, y)
}

// powDDRounded is powFinite's second try, with y*log(x) to about 2**-90.
func powDDRounded(x, y float64) float64 {
	if math.Abs(y) > 0x1p64 {
		// |y*log(x)| > 2000 for every x != 1.
		if (y > 0) == (x > 1) {
			return math.Inf(1)
		}
		return 0
	}
	l := ddMulF(logDD(x), y)
	switch {
	case l.hi > 710:
		return math.Inf(1)
	case l.hi < -746:
		return 0
	}
	m, k, j := expReduced(l)
	t := exp2Fractions[j]
	v := ddAdd(t, ddMul(t, m)) // x**y = v * 2**k, v in about [0.98, 2.03]
	if r, ok := roundScaled(v, k, math.Abs(v.hi)*powEps); ok {
		return r
	}
	return powBig(x, y)
}

// powPrec is the precision of powBig's arithmetic.
const powPrec = 400

// powBig returns x**y for finite x > 0 and finite y, rounded correctly,
// from a 400-bit approximation; a value within 2**-300 of a halfway
// point is taken to be the exact halfway point.
func powBig(x, y float64) float64 {
	a := bigLog(x)
	a.Mul(a, newBigFloat().SetFloat64(y))
	switch af, _ := a.Float64(); {
	case af > 710:
		return math.Inf(1)
	case af < -746:
		return 0
	}
	r := bigExp(a)
	if r.Sign() == 0 {
		return 0
	}
	h := new(big.Float).SetPrec(54).Set(r) // the nearest 54-bit value
	if h.MantExp(nil) > -1021 {
		diff := newBigFloat().Sub(r, h)
		if diff.Sign() == 0 || diff.MantExp(nil) < h.MantExp(nil)-300 {
			r = h
		}
	}
	f, _ := r.Float64()
	return f
}

func newBigFloat() *big.Float { return new(big.Float).SetPrec(powPrec) }

var (
	bigLn2Once sync.Once
	bigLn2Val  *big.Float
)

// bigLn2 returns ln 2 = 2 atanh(1/3) to powPrec bits.
func bigLn2() *big.Float {
	bigLn2Once.Do(func() {
		third := newBigFloat().Quo(newBigFloat().SetInt64(1), newBigFloat().SetInt64(3))
		bigLn2Val = bigAtanhDouble(third)
	})
	return bigLn2Val
}

// bigAtanhDouble returns 2 atanh(s) for |s| <= 1/3 by its series.
func bigAtanhDouble(s *big.Float) *big.Float {
	s2 := newBigFloat().Mul(s, s)
	sum := newBigFloat().Set(s)
	term := newBigFloat().Set(s)
	q := newBigFloat()
	for n := int64(1); ; n++ {
		term.Mul(term, s2)
		if term.Sign() == 0 || term.MantExp(nil) < sum.MantExp(nil)-powPrec-8 {
			break
		}
		sum.Add(sum, q.Quo(term, q.SetInt64(2*n+1)))
	}
	return sum.Add(sum, sum)
}

// bigLog returns log(x) for finite x > 0.
func bigLog(x float64) *big.Float {
	m, e := math.Frexp(x)
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	bm := newBigFloat().SetFloat64(m)
	one := newBigFloat().SetInt64(1)
	s := newBigFloat().Quo(newBigFloat().Sub(bm, one), newBigFloat().Add(bm, one))
	l := bigAtanhDouble(s)
	return l.Add(l, newBigFloat().Mul(bigLn2(), newBigFloat().SetInt64(int64(e))))
}

// bigExp returns exp(a) for |a| < 800: a = k ln2 + r, and exp(r) by the
// series of exp(r/256), squared eight times.
func bigExp(a *big.Float) *big.Float {
	ln2 := bigLn2()
	kf, _ := newBigFloat().Quo(a, ln2).Float64()
	k := math.RoundToEven(kf)
	r := newBigFloat().Sub(a, newBigFloat().Mul(ln2, newBigFloat().SetFloat64(k)))
	r.SetMantExp(r, -8)
	sum := newBigFloat().SetInt64(1)
	term := newBigFloat().SetInt64(1)
	q := newBigFloat()
	for n := int64(1); ; n++ {
		term.Mul(term, r)
		term.Quo(term, q.SetInt64(n))
		if term.Sign() == 0 || term.MantExp(nil) < -powPrec-8 {
			break
		}
		sum.Add(sum, term)
	}
	for i := 0; i < 8; i++ {
		sum.Mul(sum, sum)
	}
	return sum.SetMantExp(sum, int(k))
}
