// The base-2 and base-10 exponential and logarithms for math.exp2, log2
// and log10, in double-double on top of complex_libm.go's exp and log,
// rounded once: correctly rounded but in rare cases, where Go's math is
// off by an ulp in up to a third of the inputs.

package object

import "math"

// Exp2 returns 2**x as the C library does.
func Exp2(x float64) float64 {
	if x != x || math.IsInf(x, 0) || x == math.Trunc(x) {
		return math.Exp2(x) // exact or a special case
	}
	return expDD(ddMulF(ddLn2, x))
}

// logSpecial is log's answer for x <= 0, infinities and NaN.
func logSpecial(x float64) (float64, bool) {
	switch {
	case x != x || math.IsInf(x, 1):
		return x, true
	case x < 0:
		return math.NaN(), true
	case x == 0:
		return math.Inf(-1), true
	}
	return 0, false
}

// Log2 returns the base-2 logarithm of x as the C library does.
func Log2(x float64) float64 {
	if r, ok := logSpecial(x); ok {
		return r
	}
	if m, e := math.Frexp(x); m == 0.5 {
		return float64(e - 1) // exact for powers of two
	}
	return ddDiv(logDD(x), ddLn2).value()
}

// Log10 returns the base-10 logarithm of x as the C library does:
// glibc's log10 is fdlibm's, k*log10(2) + log(m)/ln(10) for x = m*2**k
// (m in [1, 2), or [0.5, 1) when k < 0), which is not correctly
// rounded; this does the same on a correctly rounded log.
func Log10(x float64) float64 {
	if r, ok := logSpecial(x); ok {
		return r
	}
	const (
		invLn10  = 4.34294481903251816668e-01
		log10Of2 = 3.01029995663611771306e-01 // hi part
		log10Lo  = 3.69423907715893078616e-13 // log10(2) - log10Of2
	)
	m, e := math.Frexp(x) // x = m * 2**e, m in [0.5, 1)
	k := e - 1
	if k < 0 {
		k++ // keep m in [0.5, 1) below 1
	} else {
		m *= 2
	}
	if x < 0x1p-1022 { // subnormal: fdlibm scales by 2**54 first
		m, e = math.Frexp(x * 0x1p54)
		k = e - 1 - 54
		if k < 0 {
			k++
		} else {
			m *= 2
		}
	}
	y := float64(k)
	z := y*log10Lo + invLn10*Log(m)
	return z + y*log10Of2
}

// Atan returns the arc tangent of x as the C library does.
func Atan(x float64) float64 {
	if x != x || x == 0 {
		return x
	}
	return Atan2(x, 1)
}

// Acosh returns the inverse hyperbolic cosine of x, by fdlibm's
// algorithm as glibc's.
func Acosh(x float64) float64 {
	switch {
	case x < 1 || x != x:
		return math.NaN()
	case x >= 0x1p28:
		if math.IsInf(x, 1) {
			return x
		}
		return Log(x) + math.Ln2
	case x == 1:
		return 0
	case x > 2:
		t := x * x
		return Log(2*x - 1/(x+math.Sqrt(t-1)))
	}
	t := x - 1
	return math.Log1p(t + math.Sqrt(2*t+t*t))
}

// ddSqrt returns sqrt(a) for a > 0 to about 100 bits: one Newton
// correction of the double square root.
func ddSqrt(a dd) dd {
	s := math.Sqrt(a.hi)
	p := twoProd(s, s)
	return fastTwoSum(s, ((a.hi-p.hi)-p.lo+a.lo)/(2*s))
}

// atanRatio returns atan(y/x) for y, x >= 0, not both 0.
func atanRatio(y, x dd) dd {
	if y.hi <= x.hi {
		return atanDD(ddDiv(y, x))
	}
	return ddAdd(ddHalfPi, atanDD(ddDiv(x, y)).neg())
}

// sqrtOneMinusSquare returns sqrt(1 - x*x) for |x| <= 1.
func sqrtOneMinusSquare(x float64) dd {
	p := twoProd(x, x)
	s, e := twoSum(1, -p.hi)
	d := fastTwoSum(s, e-p.lo)
	if d.hi <= 0 {
		return dd{}
	}
	return ddSqrt(d)
}

// Asin returns the arc sine of x as the C library does (glibc's is
// correctly rounded): atan(x / sqrt(1 - x*x)) in double-double.
func Asin(x float64) float64 {
	ax := math.Abs(x)
	switch {
	case x != x || ax > 1:
		return math.NaN()
	case ax < 0x1p-26: // asin(x) = x(1 + x*x/6 + ...) rounds to x
		return x
	}
	return math.Copysign(atanRatio(dd{ax, 0}, sqrtOneMinusSquare(x)).value(), x)
}

// Acos returns the arc cosine of x as the C library does.
func Acos(x float64) float64 {
	ax := math.Abs(x)
	switch {
	case x != x || ax > 1:
		return math.NaN()
	case x == 1:
		return 0
	}
	a := atanRatio(sqrtOneMinusSquare(x), dd{ax, 0})
	if x < 0 {
		a = ddAdd(ddPi, a.neg())
	}
	return a.value()
}
