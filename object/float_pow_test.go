package object

import (
	"math"
	"math/big"
	"math/rand"
	"testing"
)

// exactPowRational returns x**(n/2) rounded to a double, from math/big:
// x**|n| is exact at the precision it is computed with, the square root
// and reciprocal are taken at 4000 bits, far beyond any rounding tie
// that is not exact.
func exactPowRational(x float64, n int) float64 {
	k := n
	if k < 0 {
		k = -k
	}
	p := new(big.Float).SetPrec(uint(53*k + 64)).SetInt64(1)
	bx := new(big.Float).SetFloat64(x)
	for i := 0; i < k; i++ {
		p.Mul(p, bx)
	}
	r := new(big.Float).SetPrec(4000).Sqrt(p)
	if n < 0 {
		r.Quo(new(big.Float).SetPrec(4000).SetInt64(1), r)
	}
	f, _ := r.Float64()
	return f
}

func randomDouble(rng *rand.Rand, minExp, maxExp int) float64 {
	m := 1 + float64(rng.Int63n(1<<52))/(1<<52)
	return math.Ldexp(m, minExp+rng.Intn(maxExp-minExp+1))
}

// TestPowIntegerAndHalfExponents checks x**n and x**(n+1/2) against the
// exact value, for the fast path and the 400-bit fallback alike.
func TestPowIntegerAndHalfExponents(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 20000; i++ {
		var x float64
		if i%4 == 0 {
			x = float64(rng.Intn(5000) + 2) // exact powers, halfway cases
		} else {
			x = randomDouble(rng, -40, 40)
		}
		n := rng.Intn(81) - 40 // y = n/2
		if n == 0 {
			continue
		}
		want := exactPowRational(x, n)
		y := float64(n) / 2
		if got := powFinite(x, y); got != want {
			t.Errorf("powFinite(%x, %v) = %x, want %x", x, y, got, want)
		}
		if i%10 == 0 {
			if got := powBig(x, y); got != want {
				t.Errorf("powBig(%x, %v) = %x, want %x", x, y, got, want)
			}
		}
	}
}

// TestPowSubnormalAndOverflow covers results near the ends of the range.
func TestPowSubnormalAndOverflow(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	for i := 0; i < 5000; i++ {
		x := randomDouble(rng, -60, -10)
		_, e := math.Frexp(x)
		// choose an even n with x**(n/2) about 2**-1022 .. 2**-1080
		n := 2 * ((1022 + rng.Intn(58)) / (1 - e))
		if i%2 == 1 { // near the top
			x = randomDouble(rng, 10, 60)
			_, e = math.Frexp(x)
			n = 2 * ((1020 + rng.Intn(8)) / (e - 1))
		}
		want := exactPowRational(x, n)
		if got := powFinite(x, float64(n)/2); got != want {
			t.Errorf("powFinite(%x, %v) = %x, want %x", x, float64(n)/2, got, want)
		}
	}
}

// TestPowFastPathAgreesWithBig compares the double-double path with the
// 400-bit one on random inputs of several shapes.
func TestPowFastPathAgreesWithBig(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	fallbacks := 0
	defer func() { t.Logf("powFast unsure in %d cases", fallbacks) }()
	for i := 0; i < 20000; i++ {
		var x, y float64
		switch i % 4 {
		case 0: // general
			x, y = randomDouble(rng, -60, 60), (rng.Float64()-0.5)*100
		case 1: // near 1, large exponents
			x = 1 + (rng.Float64()-0.5)*math.Ldexp(1, -rng.Intn(50))
			y = (rng.Float64() - 0.5) * math.Ldexp(1, rng.Intn(40))
		case 2: // tiny exponents
			x, y = randomDouble(rng, -1000, 1000), (rng.Float64()-0.5)*math.Ldexp(1, -rng.Intn(60))
		case 3: // subnormal bases
			x, y = randomDouble(rng, -1074, -1023), rng.Float64()-0.5
		}
		if y == 0 {
			continue
		}
		want := powBig(x, y)
		if got, ok := powFast(x, y); ok && got != want {
			t.Errorf("powFast(%x, %x) = %x, big %x", x, y, got, want)
		} else if !ok {
			fallbacks++
		}
		if got := powDDRounded(x, y); got != want {
			t.Errorf("powDDRounded(%x, %x) = %x, big %x", x, y, got, want)
		}
	}
}

func TestPowSpecialCases(t *testing.T) {
	for _, c := range []struct{ x, y, want float64 }{
		{8, 1.0 / 3, 2},
		{3, 1.0 / 3, 0x1.7137449123ef6p+0}, // ...083 as glibc
		{2, -1074, 0x1p-1074},
		{2, -1075, 0},
		{2, 1024, math.Inf(1)},
		{-2, 3, -8},
		{-2, 1025, math.Inf(-1)},
		{-0.5, 1075, math.Copysign(0, -1)},
		{1.0000001, 1e10, math.Inf(1)},
		{0.9999999, 1e10, 0},
		{1.5, 0x1p70, math.Inf(1)},
		{1.5, -0x1p70, 0},
	} {
		if got := Pow(c.x, c.y); got != c.want || math.Signbit(got) != math.Signbit(c.want) {
			t.Errorf("Pow(%v, %v) = %x, want %x", c.x, c.y, got, c.want)
		}
	}
}

var sink float64

func BenchmarkPow(b *testing.B) {
	xs := make([]float64, 1024)
	rng := rand.New(rand.NewSource(4))
	for i := range xs {
		xs[i] = randomDouble(rng, -10, 10)
	}
	b.ResetTimer()
	s := 0.0
	for i := 0; i < b.N; i++ {
		s += Pow(xs[i&1023], 0.4567)
	}
	sink = s
}

func BenchmarkGoMathPow(b *testing.B) {
	xs := make([]float64, 1024)
	rng := rand.New(rand.NewSource(4))
	for i := range xs {
		xs[i] = randomDouble(rng, -10, 10)
	}
	b.ResetTimer()
	s := 0.0
	for i := 0; i < b.N; i++ {
		s += math.Pow(xs[i&1023], 0.4567)
	}
	sink = s
}

// TestPowConcurrent calls Pow from several goroutines at once (the
// tables are built lazily on first use): every result must be the one a
// single goroutine computes.
func TestPowConcurrent(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	xs, ys := make([]float64, 500), make([]float64, 500)
	for i := range xs {
		xs[i], ys[i] = randomDouble(rng, -20, 20), (rng.Float64()-0.5)*40
	}
	want := make([]float64, len(xs))
	for i := range xs {
		want[i] = powBig(xs[i], ys[i])
	}
	done := make(chan int, 4)
	for g := 0; g < 4; g++ {
		go func() {
			bad := 0
			for i := range xs {
				if Pow(xs[i], ys[i]) != want[i] {
					bad++
				}
			}
			done <- bad
		}()
	}
	for g := 0; g < 4; g++ {
		if bad := <-done; bad != 0 {
			t.Errorf("%d wrong results", bad)
		}
	}
}
