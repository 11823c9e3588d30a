package object

import (
	"math"
	"testing"
)

// Values from CPython 3.11 on glibc (math.sin, math.cos, math.tan).
func TestSinCosNearMultiplesOfHalfPi(t *testing.T) {
	for _, c := range []struct{ x, sin, cos, tan float64 }{
		{math.Pi, 1.2246467991473532e-16, -1.0, -1.2246467991473532e-16},
		{1.5707963267948966, 1.0, 6.123233995736766e-17, 1.633123935319537e+16},
		{314.1592653589793, 1.964386723728472e-15, 1.0, 1.964386723728472e-15},
		{157079.63267948964, -1.6980326998151097e-11, 1.0, -1.6980326998151097e-11},
		{-4.71238898038469, 1.0, -1.8369701987210297e-16, -5443746451065123.0},
		{6.283185307179586, -2.4492935982947064e-16, 1.0, -2.4492935982947064e-16},
	} {
		s, co := SinCos(c.x)
		if s != c.sin || co != c.cos || Tan(c.x) != c.tan {
			t.Errorf("x=%v: sin, cos, tan = %v, %v, %v; want %v, %v, %v", c.x, s, co, Tan(c.x), c.sin, c.cos, c.tan)
		}
	}
}

// Values from CPython 3.11's abs() of complex numbers.
func TestHypot(t *testing.T) {
	for _, c := range []struct{ x, y, want float64 }{
		{3, 4, 5}, {1e308, 1e308, 1.4142135623730951e+308}, {5e-324, 5e-324, 5e-324},
		{1e-320, 1e-320, 1.414e-320}, {1.5, 2.5, 2.9154759474226504}, {-3, 0, 3},
		{math.Inf(-1), math.NaN(), math.Inf(1)}, {math.NaN(), math.Inf(1), math.Inf(1)},
	} {
		if got := Hypot(c.x, c.y); got != c.want {
			t.Errorf("Hypot(%v, %v) = %v, want %v", c.x, c.y, got, c.want)
		}
	}
	if !math.IsNaN(Hypot(math.NaN(), 1)) {
		t.Error("Hypot(nan, 1) is not nan")
	}
}

func TestComplexQuot(t *testing.T) {
	if _, _, ok := ComplexQuot(1, 1, 0, 0); ok {
		t.Error("division by 0j succeeded")
	}
	if re, im, ok := ComplexQuot(1, 0, 0, 2); !ok || re != 0 || im != -0.5 {
		t.Errorf("1/2j = %v%+vj, %v", re, im, ok)
	}
	if re, im, _ := ComplexQuot(1, 1, math.NaN(), 0); re == re || im == im {
		t.Errorf("(1+1j)/nan = %v%+vj, want nan parts", re, im)
	}
}

func TestParseComplexText(t *testing.T) {
	for _, c := range []struct {
		s      string
		re, im float64
		ok     bool
	}{
		{"1+2j", 1, 2, true}, {" ( -1.5e3-J ) ", -1500, -1, true}, {"j", 0, 1, true}, {"-j", 0, -1, true},
		{"infj", 0, math.Inf(1), true}, {"1e", 0, 0, false}, {"1+2", 0, 0, false}, {"(1+2j", 0, 0, false},
		{"1 +2j", 0, 0, false}, {"", 0, 0, false}, {".j", 0, 0, false}, {"5.j", 0, 5, true},
	} {
		re, im, ok := parseComplexText(c.s)
		if ok != c.ok || (ok && (re != c.re || im != c.im)) {
			t.Errorf("parseComplexText(%q) = %v, %v, %v; want %v, %v, %v", c.s, re, im, ok, c.re, c.im, c.ok)
		}
	}
}

func TestComplexFreeList(t *testing.T) {
	th := attached(t)
	live := liveDelta(ComplexType)
	for i := 0; i < 1000; i++ {
		z := NewComplex(th, float64(i), -1)
		if re, im := ComplexParts(z); re != float64(i) || im != -1 {
			t.Fatalf("parts %v %v", re, im)
		}
		th.Decref(z)
	}
	if d := live(); d != 0 {
		t.Errorf("complex live delta %d", d)
	}
}
