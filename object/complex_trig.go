// This file gives complex arithmetic and cmath sines, cosines and
// tangents with a careful argument reduction. Go's math reduces
// arguments below 2**29 with pi/4 to about 80 bits, so near a multiple of
// pi/2 the small result loses most of its digits: Go's cos(pi/2) is
// 6.123233995736757e-17 where the C library, and so CPython, gives
// 6.123233995736766e-17, and (-1) ** 0.5 shows it. Here the argument is
// reduced with pi/2 to about 150 bits, carried as a double-double, and
// the kernels see only |r| <= pi/4, where Go's are accurate.

package object

import (
	"math"
	"math/big"
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

// SinCos returns sin(x) and cos(x).
func SinCos(x float64) (sin, cos float64) {
	ax := math.Abs(x)
	if ax <= math.Pi/4 || ax >= reducedRange || x != x {
		return math.Sin(x), math.Cos(x)
	}
	hi, lo, q := reduceHalfPi(x)
	sh, ch := math.Sin(hi), math.Cos(hi)
	// sin(hi+lo) = sin(hi) + lo*cos(hi) to first order; lo is tiny.
	s, c := sh+float64(lo*ch), ch-float64(lo*sh)
	switch q {
	case 1:
		s, c = c, -s
	case 2:
		s, c = -s, -c
	case 3:
		s, c = -c, s
	}
	return s, c
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

// Tan returns tan(x).
func Tan(x float64) float64 {
	ax := math.Abs(x)
	if ax <= math.Pi/4 || ax >= reducedRange || x != x {
		return math.Tan(x)
	}
	hi, lo, q := reduceHalfPi(x)
	t := math.Tan(hi)
	// tan(hi+lo) = tan(hi) + lo*(1 + tan(hi)**2) to first order.
	t += lo * (1 + float64(t*t))
	if q&1 == 1 {
		return -1 / t
	}
	return t
}
