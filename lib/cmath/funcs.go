package cmath

import (
	gomath "math"

	"github.com/ftpy/ftpy/object"
)

// fault is the floating-point error a function reports, as C's errno
// tells it in CPython: a domain error (ValueError "math domain error")
// or a range error (OverflowError "math range error").
type fault uint8

const (
	noFault fault = iota
	domainFault
	rangeFault
)

const (
	dblMax  = gomath.MaxFloat64
	dblMin  = 0x1p-1022 // the smallest normal double
	mantDig = 53
	ln2     = gomath.Ln2
	ln10    = gomath.Ln10
	// scaleUp makes a subnormal normal; scaleDown undoes half of it, for
	// square roots.
	scaleUp   = 2*(mantDig/2) + 1
	scaleDown = -(scaleUp + 1) / 2
)

// Thresholds beyond which the functions switch to forms that cannot
// overflow in their intermediate steps.
var (
	largeDouble     = dblMax / 4
	sqrtLargeDouble = gomath.Sqrt(largeDouble)
	logLargeDouble  = object.Log(largeDouble)
	sqrtDblMin      = gomath.Sqrt(dblMin)
)

func neg(z value) value { return value{-z.re, -z.im} }

// overflowed is the range error of a result with an infinite part.
func overflowed(r value) fault {
	if gomath.IsInf(r.re, 0) || gomath.IsInf(r.im, 0) {
		return rangeFault
	}
	return noFault
}

func sqrt(z value) (value, fault) {
	if special(z) {
		return sqrtTable.lookup(z), noFault
	}
	if z.re == 0 && z.im == 0 {
		return value{0, z.im}, noFault
	}
	ax, ay := gomath.Abs(z.re), gomath.Abs(z.im)
	var s float64
	if ax < dblMin && ay < dblMin {
		// Scale subnormals up, so that hypot keeps its precision.
		ax = gomath.Ldexp(ax, scaleUp)
		s = gomath.Ldexp(gomath.Sqrt(ax+object.Hypot(ax, gomath.Ldexp(ay, scaleUp))), scaleDown)
	} else {
		// (x + hypot(x, y))/2 computed as 4*(x/8 + hypot(x/8, y/8)),
		// which cannot overflow.
		ax /= 8
		s = 2 * gomath.Sqrt(ax+object.Hypot(ax, ay/8))
	}
	d := ay / (2 * s)
	if z.re >= 0 {
		return value{s, gomath.Copysign(d, z.im)}, noFault
	}
	return value{d, gomath.Copysign(s, z.im)}, noFault
}

func exp(z value) (value, fault) {
	if special(z) {
		var r value
		if gomath.IsInf(z.re, 0) && isFinite(z.im) && z.im != 0 {
			if z.re > 0 {
				r = value{gomath.Copysign(inf, object.Cos(z.im)), gomath.Copysign(inf, object.Sin(z.im))}
			} else {
				r = value{gomath.Copysign(0, object.Cos(z.im)), gomath.Copysign(0, object.Sin(z.im))}
			}
		} else {
			r = expTable.lookup(z)
		}
		if gomath.IsInf(z.im, 0) && (isFinite(z.re) || gomath.IsInf(z.re, 1)) {
			return r, domainFault
		}
		return r, noFault
	}
	var r value
	sin, cos := object.SinCos(z.im)
	if z.re > logLargeDouble {
		l := object.Exp(z.re - 1)
		r = value{l * cos * gomath.E, l * sin * gomath.E}
	} else {
		l := object.Exp(z.re)
		r = value{l * cos, l * sin}
	}
	return r, overflowed(r)
}

// log is the natural logarithm, accurate near |z| == 1 and for tiny and
// huge |z|.
func log(z value) (value, fault) {
	if special(z) {
		return logTable.lookup(z), noFault
	}
	ax, ay := gomath.Abs(z.re), gomath.Abs(z.im)
	var re float64
	switch {
	case ax > largeDouble || ay > largeDouble:
		re = object.Log(object.Hypot(ax/2, ay/2)) + ln2
	case ax < dblMin && ay < dblMin:
		if ax == 0 && ay == 0 {
			return value{-inf, object.Atan2(z.im, z.re)}, domainFault
		}
		re = object.Log(object.Hypot(gomath.Ldexp(ax, mantDig), gomath.Ldexp(ay, mantDig))) - mantDig*ln2
	default:
		h := object.Hypot(ax, ay)
		if 0.71 <= h && h <= 1.73 {
			am, an := max(ax, ay), min(ax, ay)
			re = gomath.Log1p(float64((am-1)*(am+1))+float64(an*an)) / 2
		} else {
			re = object.Log(h)
		}
	}
	return value{re, object.Atan2(z.im, z.re)}, noFault
}

func log10(z value) (value, fault) {
	r, f := log(z)
	return value{r.re / ln10, r.im / ln10}, f
}

func acos(z value) (value, fault) {
	if special(z) {
		return acosTable.lookup(z), noFault
	}
	var r value
	if gomath.Abs(z.re) > largeDouble || gomath.Abs(z.im) > largeDouble {
		r.re = object.Atan2(gomath.Abs(z.im), z.re)
		l := object.Log(object.Hypot(z.re/2, z.im/2)) + ln2*2
		if z.re < 0 {
			r.im = -gomath.Copysign(l, z.im)
		} else {
			r.im = gomath.Copysign(l, -z.im)
		}
	} else {
		s1, _ := sqrt(value{1 - z.re, -z.im})
		s2, _ := sqrt(value{1 + z.re, z.im})
		r.re = 2 * object.Atan2(s1.re, s2.re)
		r.im = object.Asinh(float64(s2.re*s1.im) - float64(s2.im*s1.re))
	}
	return r, noFault
}

func acosh(z value) (value, fault) {
	if special(z) {
		return acoshTable.lookup(z), noFault
	}
	if gomath.Abs(z.re) > largeDouble || gomath.Abs(z.im) > largeDouble {
		return value{object.Log(object.Hypot(z.re/2, z.im/2)) + ln2*2, object.Atan2(z.im, z.re)}, noFault
	}
	s1, _ := sqrt(value{z.re - 1, z.im})
	s2, _ := sqrt(value{z.re + 1, z.im})
	return value{object.Asinh(float64(s1.re*s2.re) + float64(s1.im*s2.im)), 2 * object.Atan2(s1.im, s2.re)}, noFault
}

func asinh(z value) (value, fault) {
	if special(z) {
		return asinhTable.lookup(z), noFault
	}
	var r value
	if gomath.Abs(z.re) > largeDouble || gomath.Abs(z.im) > largeDouble {
		l := object.Log(object.Hypot(z.re/2, z.im/2)) + ln2*2
		if z.im >= 0 {
			r.re = gomath.Copysign(l, z.re)
		} else {
			r.re = -gomath.Copysign(l, -z.re)
		}
		r.im = object.Atan2(z.im, gomath.Abs(z.re))
	} else {
		s1, _ := sqrt(value{1 + z.im, -z.re})
		s2, _ := sqrt(value{1 - z.im, z.re})
		r.re = object.Asinh(float64(s1.re*s2.im) - float64(s2.re*s1.im))
		r.im = object.Atan2(z.im, float64(s1.re*s2.re)-float64(s1.im*s2.im))
	}
	return r, noFault
}

// rotate turns a function of i*z back: f(z) = -i g(iz) for asin, atan,
// sin and tan from asinh, atanh, sinh and tanh.
func rotate(g func(value) (value, fault)) func(value) (value, fault) {
	return func(z value) (value, fault) {
		s, f := g(value{-z.im, z.re})
		return value{s.im, -s.re}, f
	}
}

var (
	asin = rotate(asinh)
	atan = rotate(atanh)
	sin  = rotate(sinh)
	tan  = rotate(tanh)
)

func atanh(z value) (value, fault) {
	if special(z) {
		return atanhTable.lookup(z), noFault
	}
	if z.re < 0 {
		// atanh(z) = -atanh(-z): reduce to a non-negative real part.
		r, f := atanh(neg(z))
		return neg(r), f
	}
	ay := gomath.Abs(z.im)
	switch {
	case z.re > sqrtLargeDouble || ay > sqrtLargeDouble:
		// Large |z|: atanh(z) ~ 1/z ± i*pi/2.
		h := object.Hypot(z.re/2, z.im/2)
		return value{z.re / 4 / h / h, -gomath.Copysign(gomath.Pi/2, -z.im)}, noFault
	case z.re == 1 && ay < sqrtDblMin:
		if ay == 0 {
			return value{inf, z.im}, domainFault
		}
		return value{-object.Log(gomath.Sqrt(ay) / gomath.Sqrt(object.Hypot(ay, 2))),
			gomath.Copysign(object.Atan2(2, -ay)/2, z.im)}, noFault
	}
	one := 1 - z.re
	return value{gomath.Log1p(4*z.re/(float64(one*one)+float64(ay*ay))) / 4,
		-object.Atan2(-2*z.im, float64(one*(1+z.re))-float64(ay*ay)) / 2}, noFault
}

func cos(z value) (value, fault) { return cosh(value{-z.im, z.re}) }

func cosh(z value) (value, fault) {
	if special(z) {
		var r value
		if gomath.IsInf(z.re, 0) && isFinite(z.im) && z.im != 0 {
			r.re = gomath.Copysign(inf, object.Cos(z.im))
			r.im = gomath.Copysign(inf, object.Sin(z.im))
			if z.re < 0 {
				r.im = -r.im
			}
		} else {
			r = coshTable.lookup(z)
		}
		if gomath.IsInf(z.im, 0) && z.re == z.re {
			return r, domainFault
		}
		return r, noFault
	}
	var r value
	sin, cos := object.SinCos(z.im)
	if gomath.Abs(z.re) > logLargeDouble {
		// cosh(x) overflows before cosh(z) does: scale by e.
		x1 := z.re - gomath.Copysign(1, z.re)
		r = value{cos * object.Cosh(x1) * gomath.E, sin * object.Sinh(x1) * gomath.E}
	} else {
		r = value{cos * object.Cosh(z.re), sin * object.Sinh(z.re)}
	}
	return r, overflowed(r)
}

func sinh(z value) (value, fault) {
	if special(z) {
		var r value
		if gomath.IsInf(z.re, 0) && isFinite(z.im) && z.im != 0 {
			r.re = gomath.Copysign(inf, object.Cos(z.im))
			r.im = gomath.Copysign(inf, object.Sin(z.im))
			if z.re < 0 {
				r.re = -r.re
			}
		} else {
			r = sinhTable.lookup(z)
		}
		if gomath.IsInf(z.im, 0) && z.re == z.re {
			return r, domainFault
		}
		return r, noFault
	}
	var r value
	sin, cos := object.SinCos(z.im)
	if gomath.Abs(z.re) > logLargeDouble {
		x1 := z.re - gomath.Copysign(1, z.re)
		r = value{cos * object.Sinh(x1) * gomath.E, sin * object.Cosh(x1) * gomath.E}
	} else {
		r = value{cos * object.Sinh(z.re), sin * object.Cosh(z.re)}
	}
	return r, overflowed(r)
}

// tanh uses tanh(x+iy) = (tanh(x)(1+tan(y)^2) + i tan(y)(1-tanh(x)^2)) /
// (1 + tan(y)^2 tanh(x)^2), with 1-tanh(x)^2 as 1/cosh(x)^2, or about
// 4 exp(-2|x|) when cosh(x) would overflow.
func tanh(z value) (value, fault) {
	if special(z) {
		var r value
		if gomath.IsInf(z.re, 0) && isFinite(z.im) && z.im != 0 {
			r = value{gomath.Copysign(1, z.re), gomath.Copysign(0, 2*object.Sin(z.im)*object.Cos(z.im))}
		} else {
			r = tanhTable.lookup(z)
		}
		if gomath.IsInf(z.im, 0) && isFinite(z.re) {
			return r, domainFault
		}
		return r, noFault
	}
	if gomath.Abs(z.re) > logLargeDouble {
		return value{gomath.Copysign(1, z.re),
			4 * object.Sin(z.im) * object.Cos(z.im) * object.Exp(-2*gomath.Abs(z.re))}, noFault
	}
	tx := object.Tanh(z.re)
	ty := object.Tan(z.im)
	cx := 1 / object.Cosh(z.re)
	txty := tx * ty
	denom := 1 + float64(txty*txty)
	return value{tx * (1 + float64(ty*ty)) / denom, ((ty / denom) * cx) * cx}, noFault
}

// phase is the argument of z, with C99's atan2 special cases spelled out
// (CPython's c_atan2).
func phase(z value) float64 {
	switch {
	case z.re != z.re || z.im != z.im:
		return nan
	case gomath.IsInf(z.im, 0):
		switch {
		case gomath.IsInf(z.re, 1):
			return gomath.Copysign(p14, z.im)
		case gomath.IsInf(z.re, -1):
			return gomath.Copysign(p34, z.im)
		}
		return gomath.Copysign(p12, z.im)
	case gomath.IsInf(z.re, 0) || z.im == 0:
		if !gomath.Signbit(z.re) {
			return gomath.Copysign(0, z.im)
		}
		return gomath.Copysign(pi, z.im)
	}
	return object.Atan2(z.im, z.re)
}

// rect is r * (cos(phi) + i sin(phi)), with special values in the spirit
// of C99 (rectTable).
func rect(r, phi float64) (value, fault) {
	switch {
	case !isFinite(r) || !isFinite(phi):
		var z value
		if gomath.IsInf(r, 0) && isFinite(phi) && phi != 0 {
			z = value{gomath.Copysign(inf, object.Cos(phi)), gomath.Copysign(inf, object.Sin(phi))}
			if r < 0 {
				z = neg(z)
			}
		} else {
			z = rectTable[classOf(r)][classOf(phi)]
		}
		if r != 0 && r == r && gomath.IsInf(phi, 0) {
			return z, domainFault
		}
		return z, noFault
	case phi == 0:
		// r * phi keeps phi's sign: rect(1, -0.0) is (1-0j).
		return value{r, r * phi}, noFault
	}
	sin, cos := object.SinCos(phi)
	return value{r * cos, r * sin}, noFault
}
