package cmath

import gomath "math"

// Special values: the results C99 Annex G gives (and CPython's cmath
// returns) for arguments with an infinite or NaN part, by the class of
// the real part (row) and of the imaginary part (column). The cells of
// two finite parts are never used (the functions compute those).

// class is the kind of a float, in the order of the tables' rows and
// columns.
type class int

const (
	negInf class = iota
	negFinite
	negZero
	posZero
	posFinite
	posInf
	notANumber
)

func classOf(x float64) class {
	switch {
	case x != x:
		return notANumber
	case gomath.IsInf(x, 1):
		return posInf
	case gomath.IsInf(x, -1):
		return negInf
	case x == 0 && gomath.Signbit(x):
		return negZero
	case x == 0:
		return posZero
	case x < 0:
		return negFinite
	}
	return posFinite
}

// value is a complex result.
type value struct{ re, im float64 }

type table [7][7]value

// lookup returns the table's value for z.
func (tb *table) lookup(z value) value { return tb[classOf(z.re)][classOf(z.im)] }

func isFinite(x float64) bool { return !gomath.IsInf(x, 0) && x == x }

// special reports whether z has an infinite or NaN part.
func special(z value) bool { return !isFinite(z.re) || !isFinite(z.im) }

var (
	inf = gomath.Inf(1)
	nan = gomath.NaN()
	pi  = gomath.Pi
	p12 = gomath.Pi / 2
	p14 = gomath.Pi / 4
	p34 = 3 * gomath.Pi / 4
	nz  = gomath.Copysign(0, -1)
	u   = value{nan, nan} // a cell the functions never read
)

var acosTable = table{
	{{p34, inf}, {pi, inf}, {pi, inf}, {pi, -inf}, {pi, -inf}, {p34, -inf}, {nan, inf}},
	{{p12, inf}, u, u, u, u, {p12, -inf}, {nan, nan}},
	{{p12, inf}, u, {p12, 0}, {p12, nz}, u, {p12, -inf}, {p12, nan}},
	{{p12, inf}, u, {p12, 0}, {p12, nz}, u, {p12, -inf}, {p12, nan}},
	{{p12, inf}, u, u, u, u, {p12, -inf}, {nan, nan}},
	{{p14, inf}, {0, inf}, {0, inf}, {0, -inf}, {0, -inf}, {p14, -inf}, {nan, inf}},
	{{nan, inf}, {nan, nan}, {nan, nan}, {nan, nan}, {nan, nan}, {nan, -inf}, {nan, nan}},
}

var acoshTable = table{
	{{inf, -p34}, {inf, -pi}, {inf, -pi}, {inf, pi}, {inf, pi}, {inf, p34}, {inf, nan}},
	{{inf, -p12}, u, u, u, u, {inf, p12}, {nan, nan}},
	{{inf, -p12}, u, {0, -p12}, {0, p12}, u, {inf, p12}, {nan, nan}},
	{{inf, -p12}, u, {0, -p12}, {0, p12}, u, {inf, p12}, {nan, nan}},
	{{inf, -p12}, u, u, u, u, {inf, p12}, {nan, nan}},
	{{inf, -p14}, {inf, nz}, {inf, nz}, {inf, 0}, {inf, 0}, {inf, p14}, {inf, nan}},
	{{inf, nan}, {nan, nan}, {nan, nan}, {nan, nan}, {nan, nan}, {inf, nan}, {nan, nan}},
}

var asinhTable = table{
	{{-inf, -p14}, {-inf, nz}, {-inf, nz}, {-inf, 0}, {-inf, 0}, {-inf, p14}, {-inf, nan}},
	{{-inf, -p12}, u, u, u, u, {-inf, p12}, {nan, nan}},
	{{-inf, -p12}, u, {nz, nz}, {nz, 0}, u, {-inf, p12}, {nan, nan}},
	{{inf, -p12}, u, {0, nz}, {0, 0}, u, {inf, p12}, {nan, nan}},
	{{inf, -p12}, u, u, u, u, {inf, p12}, {nan, nan}},
	{{inf, -p14}, {inf, nz}, {inf, nz}, {inf, 0}, {inf, 0}, {inf, p14}, {inf, nan}},
	{{inf, nan}, {nan, nan}, {nan, nz}, {nan, 0}, {nan, nan}, {inf, nan}, {nan, nan}},
}

var atanhTable = table{
	{{nz, -p12}, {nz, -p12}, {nz, -p12}, {nz, p12}, {nz, p12}, {nz, p12}, {nz, nan}},
	{{nz, -p12}, u, u, u, u, {nz, p12}, {nan, nan}},
	{{nz, -p12}, u, {nz, nz}, {nz, 0}, u, {nz, p12}, {nz, nan}},
	{{0, -p12}, u, {0, nz}, {0, 0}, u, {0, p12}, {0, nan}},
	{{0, -p12}, u, u, u, u, {0, p12}, {nan, nan}},
	{{0, -p12}, {0, -p12}, {0, -p12}, {0, p12}, {0, p12}, {0, p12}, {0, nan}},
	{{0, -p12}, {nan, nan}, {nan, nan}, {nan, nan}, {nan, nan}, {0, p12}, {nan, nan}},
}

var coshTable = table{
	{{inf, nan}, u, {inf, 0}, {inf, nz}, u, {inf, nan}, {inf, nan}},
	{{nan, nan}, u, u, u, u, {nan, nan}, {nan, nan}},
	{{nan, 0}, u, {1, 0}, {1, nz}, u, {nan, 0}, {nan, 0}},
	{{nan, 0}, u, {1, nz}, {1, 0}, u, {nan, 0}, {nan, 0}},
	{{nan, nan}, u, u, u, u, {nan, nan}, {nan, nan}},
	{{inf, nan}, u, {inf, nz}, {inf, 0}, u, {inf, nan}, {inf, nan}},
	{{nan, nan}, {nan, nan}, {nan, 0}, {nan, 0}, {nan, nan}, {nan, nan}, {nan, nan}},
}

var expTable = table{
	{{0, 0}, u, {0, nz}, {0, 0}, u, {0, 0}, {0, 0}},
	{{nan, nan}, u, u, u, u, {nan, nan}, {nan, nan}},
	{{nan, nan}, u, {1, nz}, {1, 0}, u, {nan, nan}, {nan, nan}},
	{{nan, nan}, u, {1, nz}, {1, 0}, u, {nan, nan}, {nan, nan}},
	{{nan, nan}, u, u, u, u, {nan, nan}, {nan, nan}},
	{{inf, nan}, u, {inf, nz}, {inf, 0}, u, {inf, nan}, {inf, nan}},
	{{nan, nan}, {nan, nan}, {nan, nz}, {nan, 0}, {nan, nan}, {nan, nan}, {nan, nan}},
}

var logTable = table{
	{{inf, -p34}, {inf, -pi}, {inf, -pi}, {inf, pi}, {inf, pi}, {inf, p34}, {inf, nan}},
	{{inf, -p12}, u, u, u, u, {inf, p12}, {nan, nan}},
	{{inf, -p12}, u, {-inf, -pi}, {-inf, pi}, u, {inf, p12}, {nan, nan}},
	{{inf, -p12}, u, {-inf, nz}, {-inf, 0}, u, {inf, p12}, {nan, nan}},
	{{inf, -p12}, u, u, u, u, {inf, p12}, {nan, nan}},
	{{inf, -p14}, {inf, nz}, {inf, nz}, {inf, 0}, {inf, 0}, {inf, p14}, {inf, nan}},
	{{inf, nan}, {nan, nan}, {nan, nan}, {nan, nan}, {nan, nan}, {inf, nan}, {nan, nan}},
}

var sinhTable = table{
	{{inf, nan}, u, {-inf, nz}, {-inf, 0}, u, {inf, nan}, {inf, nan}},
	{{nan, nan}, u, u, u, u, {nan, nan}, {nan, nan}},
	{{0, nan}, u, {nz, nz}, {nz, 0}, u, {0, nan}, {0, nan}},
	{{0, nan}, u, {0, nz}, {0, 0}, u, {0, nan}, {0, nan}},
	{{nan, nan}, u, u, u, u, {nan, nan}, {nan, nan}},
	{{inf, nan}, u, {inf, nz}, {inf, 0}, u, {inf, nan}, {inf, nan}},
	{{nan, nan}, {nan, nan}, {nan, nz}, {nan, 0}, {nan, nan}, {nan, nan}, {nan, nan}},
}

var sqrtTable = table{
	{{inf, -inf}, {0, -inf}, {0, -inf}, {0, inf}, {0, inf}, {inf, inf}, {nan, inf}},
	{{inf, -inf}, u, u, u, u, {inf, inf}, {nan, nan}},
	{{inf, -inf}, u, {0, nz}, {0, 0}, u, {inf, inf}, {nan, nan}},
	{{inf, -inf}, u, {0, nz}, {0, 0}, u, {inf, inf}, {nan, nan}},
	{{inf, -inf}, u, u, u, u, {inf, inf}, {nan, nan}},
	{{inf, -inf}, {inf, nz}, {inf, nz}, {inf, 0}, {inf, 0}, {inf, inf}, {inf, nan}},
	{{inf, -inf}, {nan, nan}, {nan, nan}, {nan, nan}, {nan, nan}, {inf, inf}, {nan, nan}},
}

var tanhTable = table{
	{{-1, 0}, u, {-1, nz}, {-1, 0}, u, {-1, 0}, {-1, 0}},
	{{nan, nan}, u, u, u, u, {nan, nan}, {nan, nan}},
	{{nan, nan}, u, {nz, nz}, {nz, 0}, u, {nan, nan}, {nan, nan}},
	{{nan, nan}, u, {0, nz}, {0, 0}, u, {nan, nan}, {nan, nan}},
	{{nan, nan}, u, u, u, u, {nan, nan}, {nan, nan}},
	{{1, 0}, u, {1, nz}, {1, 0}, u, {1, 0}, {1, 0}},
	{{nan, nan}, {nan, nan}, {nan, nz}, {nan, 0}, {nan, nan}, {nan, nan}, {nan, nan}},
}

// rectTable is rect(r, phi)'s, by the classes of r and phi: rect(r, t)
// behaves like exp(log(r) + it) for positive-signed r and like
// -exp(log(-r) + it) for negative-signed r.
var rectTable = table{
	{{inf, nan}, u, {-inf, 0}, {-inf, nz}, u, {inf, nan}, {inf, nan}},
	{{nan, nan}, u, u, u, u, {nan, nan}, {nan, nan}},
	{{0, 0}, u, {nz, 0}, {nz, nz}, u, {0, 0}, {0, 0}},
	{{0, 0}, u, {0, nz}, {0, 0}, u, {0, 0}, {0, 0}},
	{{nan, nan}, u, u, u, u, {nan, nan}, {nan, nan}},
	{{inf, nan}, u, {inf, nz}, {inf, 0}, u, {inf, nan}, {inf, nan}},
	{{nan, nan}, {nan, nan}, {nan, 0}, {nan, 0}, {nan, nan}, {nan, nan}, {nan, nan}},
}
