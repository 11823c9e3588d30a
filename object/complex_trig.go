// This file reduces arguments of sines, cosines and tangents by pi/2
// for complex arithmetic and cmath. Go's math reduces arguments below
// 2**29 with pi/4 to about 80 bits, so near a multiple of pi/2 the small
// result loses most of its digits: Go's cos(pi/2) is
// 6.123233995736757e-17 where the C library, and so CPython, gives
// 6.123233995736766e-17, and (-1) ** 0.5 shows it. Here the argument is
// reduced with pi/2 to about 150 bits and carried as a double-double;
// the kernels (complex_libm.go, and Go's tan) see only |r| <= pi/4.

package object

import (
	"math"
	"math/big"
	"sync"
)

// halfPiParts splits pi/2 into three 33-bit pieces and a remainder: k
// times a piece is exact for |k| < 2**20.
var halfPiParts = func() [4]float64 {
	// pi/2 to 200 bits, from its hexadecimal expansion.
	const hexHalfPi = "0x1.921fb54442d18469898cc51701b839a252049c1114cf98e804177d4c76273644a29410f31c6809bbdf2a33679a748636605614dbe4be286e9fc26adadaa3848bc90b6aecc4bcfd8de8p+0"
	rem, _, err := big.ParseFloat(hexHalfPi, 0, 400, big.ToNearestEven)
	if err != nil {
		panic(err)
	}
	var parts [4]float64
	for i := 0; i < 3; i++ {
		p, _ := new(big.Float).SetPrec(33).Set(rem).Float64()
		parts[i] = p
		rem.Sub(rem, new(big.Float).SetPrec(400).SetFloat64(p))
	}
	parts[3], _ = rem.Float64()
	return parts
}()

// reducedRange bounds the arguments reduced here; others are Go's.
const reducedRange = 1 << 20

// twoSum returns a+b and the rounding error of that sum, exactly.
func twoSum(a, b float64) (s, e float64) {
	s = a + b
	bb := s - a
	e = (a - (s - bb)) + (b - bb)
	return s, e
}

// reduceHalfPi returns x - k*pi/2 as hi+lo (|hi| <= about pi/4) and
// k mod 4, for |x| < reducedRange.
func reduceHalfPi(x float64) (hi, lo float64, quadrant int) {
	k := math.RoundToEven(x * (2 / math.Pi))
	hi = x - k*halfPiParts[0] // exact: k*part has at most 53 bits
	for _, p := range halfPiParts[1:] {
		var e float64
		hi, e = twoSum(hi, -k*p)
		lo += e
	}
	hi, lo = twoSum(hi, lo)
	return hi, lo, int(int64(k) & 3)
}

// Sin returns sin(x).
func Sin(x float64) float64 {
	s, _ := SinCos(x)
	return s
}

// Cos returns cos(x).
func Cos(x float64) float64 {
	_, c := SinCos(x)
	return c
}

// bigHalfPi is pi/2 to 1300 bits, enough to reduce any double: made on
// first use, by Machin's formula pi/4 = 4 atan(1/5) - atan(1/239).
var bigHalfPi = sync.OnceValue(func() *big.Float {
	const prec = 1300
	atanInv := func(n int64) *big.Float {
		x := new(big.Float).SetPrec(prec).Quo(big.NewFloat(1).SetPrec(prec), new(big.Float).SetPrec(prec).SetInt64(n))
		x2 := new(big.Float).SetPrec(prec).Mul(x, x)
		sum := new(big.Float).SetPrec(prec).Set(x)
		term := new(big.Float).SetPrec(prec).Set(x)
		for k := int64(3); term.MantExp(nil) > -prec-16; k += 2 {
			term.Mul(term, x2)
			t := new(big.Float).SetPrec(prec).Quo(term, new(big.Float).SetPrec(prec).SetInt64(k))
			if k%4 == 3 {
				sum.Sub(sum, t)
			} else {
				sum.Add(sum, t)
			}
		}
		return sum
	}
	a := atanInv(5)
	a.Mul(a, new(big.Float).SetPrec(prec).SetInt64(8))
	b := atanInv(239)
	b.Mul(b, new(big.Float).SetPrec(prec).SetInt64(2))
	return a.Sub(a, b) // 2*(4 atan(1/5) - atan(1/239)) = pi/2
})

// reduceHalfPiBig is reduceHalfPi for large arguments, in big floats.
func reduceHalfPiBig(x float64) (dd, int) {
	_, e := math.Frexp(x)
	prec := uint(e + 200)
	bx := new(big.Float).SetPrec(prec).SetFloat64(x)
	hp := new(big.Float).SetPrec(prec).Set(bigHalfPi())
	q := new(big.Float).SetPrec(prec).Quo(bx, hp)
	// k = q rounded to the nearest integer.
	if q.Sign() >= 0 {
		q.Add(q, big.NewFloat(0.5))
	} else {
		q.Sub(q, big.NewFloat(0.5))
	}
	k, _ := q.Int(nil) // truncates toward zero
	r := bx.Sub(bx, hp.Mul(hp, new(big.Float).SetPrec(prec).SetInt(k)))
	hi, _ := r.Float64()
	lo, _ := r.Sub(r, new(big.Float).SetFloat64(hi)).Float64()
	return dd{hi, lo}, int(new(big.Int).And(k, big.NewInt(3)).Int64())
}
