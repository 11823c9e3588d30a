// This file holds the elementary functions that complex powers and
// cmath use. CPython calls the C library; glibc's exp, log, pow, atan2,
// sin, cos and tan are correctly rounded in all but rare cases, while
// Go's math is only within an ulp or two, so results would differ from
// CPython's in the last digits. Here those are evaluated in double-double
// arithmetic (about 100 bits) and rounded once, which gives the correctly
// rounded result unless the true value lies within about 2**-100 of a
// rounding boundary. glibc's sinh, cosh, tanh and asinh are fdlibm's
// algorithms, which are reproduced on top of these.

package object

import (
	"math"
	"math/big"
)

// dd is an unevaluated sum hi + lo with |lo| <= ulp(hi)/2.
type dd struct{ hi, lo float64 }

// fastTwoSum returns a+b exactly as a double-double, for |a| >= |b|.
func fastTwoSum(a, b float64) dd {
	s := a + b
	return dd{s, b - (s - a)}
}

// twoProd returns a*b exactly as a double-double.
func twoProd(a, b float64) dd {
	p := a * b
	return dd{p, math.FMA(a, b, -p)}
}

func ddAdd(a, b dd) dd {
	s, e := twoSum(a.hi, b.hi)
	t, f := twoSum(a.lo, b.lo)
	r := fastTwoSum(s, e+t)
	return fastTwoSum(r.hi, r.lo+f)
}

func ddMul(a, b dd) dd {
	p := twoProd(a.hi, b.hi)
	return fastTwoSum(p.hi, p.lo+(a.hi*b.lo+a.lo*b.hi))
}

func ddMulF(a dd, b float64) dd {
	p := twoProd(a.hi, b)
	return fastTwoSum(p.hi, p.lo+a.lo*b)
}

func ddDiv(a, b dd) dd {
	q1 := a.hi / b.hi
	r := ddAdd(a, ddMulF(b, -q1))
	q2 := r.hi / b.hi
	r = ddAdd(r, ddMulF(b, -q2))
	q3 := r.hi / b.hi
	q := fastTwoSum(q1, q2)
	return ddAdd(q, dd{q3, 0})
}

func (a dd) neg() dd        { return dd{-a.hi, -a.lo} }
func (a dd) value() float64 { return a.hi + a.lo }

// Constants to 106 bits.
var (
	ddLn2    = dd{0x1.62e42fefa39efp-1, 0x1.abc9e3b39803fp-56}
	ddPi     = dd{0x1.921fb54442d18p+1, 0x1.1a62633145c07p-53}
	ddHalfPi = dd{0x1.921fb54442d18p+0, 0x1.1a62633145c07p-54}
	// atanEighths[k] is atan(k/8).
	atanEighths = [9]dd{
		{0, 0},
		{0x1.fd5ba9aac2f6ep-4, -0x1.cd37686760c17p-59},
		{0x1.f5b75f92c80ddp-3, 0x1.8ab6e3cf7afbdp-57},
		{0x1.6f61941e4def1p-2, -0x1.c63aae6f6e918p-56},
		{0x1.dac670561bb4fp-2, 0x1.a2b7f222f65e2p-56},
		{0x1.1e00babdefeb4p-1, -0x1.928df287a668fp-58},
		{0x1.4978fa3269ee1p-1, 0x1.2419a87f2a458p-56},
		{0x1.700a7c5784634p-1, -0x1.8c34d25aadef6p-56},
		{0x1.921fb54442d18p-1, 0x1.1a62633145c07p-55},
	}
)

// ddRatio returns num/den as a double-double.
func ddRatio(num, den int64) dd {
	r := new(big.Float).SetPrec(200).Quo(new(big.Float).SetPrec(200).SetInt64(num), new(big.Float).SetPrec(200).SetInt64(den))
	hi, _ := r.Float64()
	lo, _ := r.Sub(r, new(big.Float).SetFloat64(hi)).Float64()
	return dd{hi, lo}
}

// Series coefficients: 1/n! (expm1), (-1)^n/(2n+1)! and (-1)^n/(2n)!
// (sin, cos), 1/(2n+1) (log's atanh series) and (-1)^n/(2n+1) (atan).
var expCoef, sinCoef, cosCoef, oddRecip, atanCoef = func() (e [14]dd, s, c [15]dd, o [24]dd, a [16]dd) {
	fact := big.NewInt(1)
	facts := []*big.Int{new(big.Int).Set(fact)}
	for n := int64(1); n <= 31; n++ {
		fact.Mul(fact, big.NewInt(n))
		facts = append(facts, new(big.Int).Set(fact))
	}
	ratio := func(sign int64, den *big.Int) dd {
		r := new(big.Float).SetPrec(200).Quo(new(big.Float).SetPrec(200).SetInt64(sign), new(big.Float).SetPrec(200).SetInt(den))
		hi, _ := r.Float64()
		lo, _ := r.Sub(r, new(big.Float).SetFloat64(hi)).Float64()
		return dd{hi, lo}
	}
	for n := range e {
		e[n] = ratio(1, facts[n+1])
	}
	sign := int64(1)
	for n := range s {
		s[n] = ratio(sign, facts[2*n+1])
		c[n] = ratio(sign, facts[2*n])
		sign = -sign
	}
	for n := range o {
		o[n] = ddRatio(1, int64(2*n+1))
	}
	sign = 1
	for n := range a {
		a[n] = ddRatio(sign, int64(2*n+1))
		sign = -sign
	}
	return
}()

// horner evaluates sum coef[i] * z**i: the terms from exact on in
// plain doubles (they are small enough that their rounding errors stay
// below 2**-104), the first ones in double-double.
func horner(coef []dd, z dd, exact int) dd {
	t := coef[len(coef)-1].hi
	for i := len(coef) - 2; i >= exact; i-- {
		t = t*z.hi + coef[i].hi
	}
	r := dd{t, 0}
	for i := exact - 1; i >= 0; i-- {
		r = ddAdd(ddMul(r, z), coef[i])
	}
	return r
}

const (
	expOverflow  = 709.782712893384   // above: exp overflows
	expUnderflow = -745.1332191019412 // below: exp is 0
)

// exp2Fractions[j] is 2**(j/32), for exp's table-driven reduction.
var exp2Fractions = func() (t [32]dd) {
	for j := range t {
		v := new(big.Float).SetPrec(200).SetInt64(1 << j)
		for i := 0; i < 5; i++ {
			v.Sqrt(v)
		}
		hi, _ := v.Float64()
		lo, _ := v.Sub(v, new(big.Float).SetFloat64(hi)).Float64()
		t[j] = dd{hi, lo}
	}
	return t
}()

// expReduced splits exp(a) = 2**k * 2**(j/32) * (1 + m) for finite a in
// exp's range: a = (32k + j) * ln2/32 + r, |r| <= ln2/64, and m =
// expm1(r) by its series.
func expReduced(a dd) (m dd, k, j int) {
	n := math.RoundToEven(a.hi * (32 / math.Ln2))
	r := ddAdd(a, ddMulF(dd{ddLn2.hi / 32, ddLn2.lo / 32}, -n))
	m = ddMul(r, horner(expCoef[:13], r, 9))
	ni := int(n)
	return m, ni >> 5, ni & 31
}

// highWord is the upper 32 bits of |x|'s representation, which
// fdlibm's algorithms compare against thresholds.
func highWord(x float64) uint32 { return uint32(math.Float64bits(x)>>32) & 0x7fffffff }

// Sinh, Cosh, Tanh and Asinh follow fdlibm's algorithms, as glibc does,
// on Go's expm1 and log1p (ports of fdlibm's) and the exp and log above
// (glibc's are correctly rounded in all but rare cases): so they give
// glibc's results, which are not always correctly rounded.

// Sinh returns sinh(x).
func Sinh(x float64) float64 {
	ix := highWord(x)
	h := 0.5
	if x < 0 {
		h = -h
	}
	ax := math.Abs(x)
	switch {
	case ix >= 0x7ff00000 || ix < 0x3e300000: // inf, nan, |x| < 2**-28
		return x
	case ix < 0x40360000: // |x| < 22
		t := math.Expm1(ax)
		if ix < 0x3ff00000 {
			return h * (2*t - t*t/(t+1))
		}
		return h * (t + t/(t+1))
	case ix < 0x40862e42: // |x| < log(DBL_MAX)
		return h * Exp(ax)
	}
	w := Exp(0.5 * ax)
	return h * w * w
}

// Cosh returns cosh(x).
func Cosh(x float64) float64 {
	ix := highWord(x)
	ax := math.Abs(x)
	switch {
	case ix >= 0x7ff00000:
		return x * x
	case ix < 0x3fd62e43: // |x| < ln2/2
		t := math.Expm1(ax)
		w := 1 + t
		if ix < 0x3c800000 {
			return w
		}
		return 1 + (t*t)/(w+w)
	case ix < 0x40360000: // |x| < 22
		t := Exp(ax)
		return 0.5*t + 0.5/t
	case ix < 0x40862e42:
		return 0.5 * Exp(ax)
	}
	w := Exp(0.5 * ax)
	return 0.5 * w * w
}

// Tanh returns tanh(x).
func Tanh(x float64) float64 {
	ix := highWord(x)
	var z float64
	switch {
	case ix >= 0x7ff00000:
		if x != x {
			return x
		}
		return math.Copysign(1, x)
	case ix < 0x3c800000: // |x| < 2**-55
		return x * (1 + x)
	case ix < 0x40360000: // |x| < 22
		ax := math.Abs(x)
		if ix >= 0x3ff00000 {
			t := math.Expm1(2 * ax)
			z = 1 - 2/(t+2)
		} else {
			t := math.Expm1(-2 * ax)
			z = -t / (t + 2)
		}
	default:
		z = 1
	}
	return math.Copysign(z, x)
}

// Asinh returns asinh(x).
func Asinh(x float64) float64 {
	ix := highWord(x)
	ax := math.Abs(x)
	var w float64
	switch {
	case ix >= 0x7ff00000 || ix < 0x3e300000: // inf, nan, |x| < 2**-28
		return x
	case ix > 0x41b00000: // |x| > 2**28
		w = Log(ax) + math.Ln2
	case ix > 0x40000000: // |x| > 2
		w = Log(2*ax + 1/(math.Sqrt(x*x+1)+ax))
	default:
		t := x * x
		w = math.Log1p(ax + t/(1+math.Sqrt(1+t)))
	}
	return math.Copysign(w, x)
}

// expDD returns exp(a), correctly rounded in all but rare cases.
func expDD(a dd) float64 {
	switch {
	case a.hi != a.hi:
		return a.hi
	case a.hi > expOverflow:
		return math.Inf(1)
	case a.hi < expUnderflow:
		return 0
	}
	m, k, j := expReduced(a)
	t := exp2Fractions[j]
	v := ddAdd(t, ddMul(t, m))
	if k < -1021 {
		// Subnormal result: scale in two steps so that only the last
		// rounds.
		return math.Ldexp(math.Ldexp(v.hi, k+600)+math.Ldexp(v.lo, k+600), -600)
	}
	return math.Ldexp(v.value(), k)
}

// Exp returns e**x as the C library does.
func Exp(x float64) float64 { return expDD(dd{x, 0}) }

// logDD returns log(x) for finite x > 0 as a double-double.
func logDD(x float64) dd {
	m, e := math.Frexp(x)
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	// log(m) = 2 atanh(s), s = (m-1)/(m+1), |s| < 0.172.
	den, err := twoSum(m, 1)
	s := ddDiv(dd{m - 1, 0}, dd{den, err})
	l := ddMul(ddMulF(s, 2), horner(oddRecip[:], ddMul(s, s), 10))
	if e == 0 {
		return l
	}
	return ddAdd(ddMulF(ddLn2, float64(e)), l)
}

// Log returns the natural logarithm of x as the C library does.
func Log(x float64) float64 {
	switch {
	case x != x || math.IsInf(x, 1):
		return x
	case x < 0:
		return math.NaN()
	case x == 0:
		return math.Inf(-1)
	}
	return logDD(x).value()
}

// sinCosDD returns sin and cos of the double-double r, |r| <= pi/4.
func sinCosDD(r dd) (sin, cos dd) {
	z := ddMul(r, r)
	return ddMul(r, horner(sinCoef[:], z, 8)), horner(cosCoef[:], z, 8)
}

// reduced returns x - k*pi/2 (|x| > pi/4, finite) and k mod 4.
func reduced(x float64) (dd, int) {
	if math.Abs(x) < reducedRange {
		hi, lo, q := reduceHalfPi(x)
		return dd{hi, lo}, q
	}
	return reduceHalfPiBig(x)
}

// SinCos returns sin(x) and cos(x) as the C library does.
func SinCos(x float64) (sin, cos float64) {
	switch {
	case x != x || math.IsInf(x, 0):
		return math.NaN(), math.NaN()
	case x == 0:
		return x, 1
	case math.Abs(x) <= math.Pi/4:
		s, c := sinCosDD(dd{x, 0})
		return s.value(), c.value()
	}
	r, q := reduced(x)
	s, c := sinCosDD(r)
	switch q {
	case 1:
		s, c = c, s.neg()
	case 2:
		s, c = s.neg(), c.neg()
	case 3:
		s, c = c.neg(), s
	}
	return s.value(), c.value()
}

// Tan returns tan(x) as the C library does.
func Tan(x float64) float64 {
	switch {
	case x != x || math.IsInf(x, 0):
		return math.NaN()
	case x == 0:
		return x
	case math.Abs(x) <= math.Pi/4:
		s, c := sinCosDD(dd{x, 0})
		return ddDiv(s, c).value()
	}
	r, q := reduced(x)
	s, c := sinCosDD(r)
	if q&1 == 1 {
		return ddDiv(c, s).neg().value()
	}
	return ddDiv(s, c).value()
}

// atanDD returns atan(u) for 0 <= u <= 1: atan(c) from the table for
// the nearest eighth c, plus the series of atan((u-c)/(1+u*c)).
func atanDD(u dd) dd {
	k := math.RoundToEven(u.hi * 8)
	c := k / 8
	v := ddDiv(ddAdd(u, dd{-c, 0}), ddAdd(dd{1, 0}, ddMulF(u, c)))
	return ddAdd(atanEighths[int(k)], ddMul(v, horner(atanCoef[:], ddMul(v, v), 7)))
}

// Atan2 returns the angle of (x, y) as the C library does.
func Atan2(y, x float64) float64 {
	if y != y || x != x || y == 0 || x == 0 || math.IsInf(x, 0) || math.IsInf(y, 0) {
		return math.Atan2(y, x) // C99's special cases
	}
	ay, ax := math.Abs(y), math.Abs(x)
	var a dd
	if ay <= ax {
		if ay < ax*0x1p-60 {
			// atan(t) = t to within far less than an ulp.
			a = ddDiv(dd{ay, 0}, dd{ax, 0})
		} else {
			a = atanDD(ddDiv(dd{ay, 0}, dd{ax, 0}))
		}
	} else {
		if ax < ay*0x1p-60 {
			a = ddAdd(ddHalfPi, ddDiv(dd{ax, 0}, dd{ay, 0}).neg())
		} else {
			a = ddAdd(ddHalfPi, atanDD(ddDiv(dd{ax, 0}, dd{ay, 0})).neg())
		}
	}
	if x < 0 {
		a = ddAdd(ddPi, a.neg())
	}
	r := a.value()
	if y < 0 {
		r = -r
	}
	return r
}
