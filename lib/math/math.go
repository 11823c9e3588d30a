// Package math implements the math module: the floating-point functions
// with CPython's domain and range errors, and the integer functions
// (factorial, gcd, lcm, comb, perm, isqrt) on arbitrary-precision ints.
package math

import (
	gomath "math"
	"math/big"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() { vm.RegisterModule("math", newModule) }

func domainError(t *object.Thread) error {
	return t.Errorf(object.ValueErrorType, "math domain error")
}

func rangeError(t *object.Thread) error {
	return t.Errorf(object.OverflowErrorType, "math range error")
}

// toFloat converts a real number to a float64 (PyFloat_AsDouble): floats,
// ints, objects with __float__ or __index__.
func toFloat(t *object.Thread, o *object.Object) (float64, error) {
	if object.IsFloat(o) {
		return object.FloatValue(o), nil
	}
	if object.IsInt(o) {
		return intToFloat(t, object.AsInt(o))
	}
	// Classes get every number slot, so look the methods up by name.
	if o.Type().Lookup(object.Intern("__float__")) != nil {
		r, err := object.FloatOf(t, o)
		if err != nil {
			return 0, err
		}
		v := object.FloatValue(r)
		t.Decref(r)
		return v, nil
	}
	if o.Type().Lookup(object.Intern("__index__")) != nil {
		r, err := object.Index(t, o)
		if err != nil {
			return 0, err
		}
		defer t.Decref(r)
		if !object.IsInt(r) {
			return 0, t.Errorf(object.TypeErrorType, "__index__ returned non-int (type %s)", r.Type().Name)
		}
		return intToFloat(t, object.AsInt(r))
	}
	return 0, t.Errorf(object.TypeErrorType, "must be real number, not %s", o.Type().Name)
}

func intToFloat(t *object.Thread, i *object.Int) (float64, error) {
	if v, ok := i.Int64(); ok {
		return float64(v), nil
	}
	f, _ := new(big.Float).SetInt(i.Big()).Float64()
	if gomath.IsInf(f, 0) {
		return 0, t.Errorf(object.OverflowErrorType, "int too large to convert to float")
	}
	return f, nil
}

// floatToInt converts an integral float to an int.
func floatToInt(t *object.Thread, v float64) (*object.Object, error) {
	if v != v {
		return nil, t.Errorf(object.ValueErrorType, "cannot convert float NaN to integer")
	}
	if gomath.IsInf(v, 0) {
		return nil, t.Errorf(object.OverflowErrorType, "cannot convert float infinity to integer")
	}
	if v > -(1<<63) && v < 1<<63 {
		return object.NewInt(t, int64(v)), nil
	}
	b, _ := new(big.Float).SetFloat64(v).Int(nil)
	return object.NewIntBig(t, b), nil
}

// toBigInt converts o with __index__ to a big.Int.
func toBigInt(t *object.Thread, o *object.Object) (*big.Int, error) {
	r, err := object.Index(t, o)
	if err != nil {
		return nil, err
	}
	b := object.AsInt(r).Big()
	t.Decref(r)
	return b, nil
}

// oneArg is a METH_O function: "math.name() takes exactly one argument".
func oneArg(name string, f func(t *object.Thread, x *object.Object) (*object.Object, error)) object.MethodDef {
	qual := "math." + name // built once, not on every call
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, qual, args, kw, 1, 1); err != nil {
			return nil, err
		}
		return f(t, args[0])
	}}
}

// float1 wraps a function of one float. A NaN result from a non-NaN
// argument is a domain error; an infinite result from a finite argument
// is a range error when canOverflow, else a domain error.
func float1(name string, f func(float64) float64, canOverflow bool) object.MethodDef {
	return oneArg(name, func(t *object.Thread, o *object.Object) (*object.Object, error) {
		x, err := toFloat(t, o)
		if err != nil {
			return nil, err
		}
		r := f(x)
		if r != r && x == x {
			return nil, domainError(t)
		}
		if gomath.IsInf(r, 0) && !gomath.IsInf(x, 0) && x == x {
			if canOverflow {
				return nil, rangeError(t)
			}
			return nil, domainError(t)
		}
		return object.NewFloat(t, r), nil
	})
}

// twoArgs is a two-argument positional function.
func twoArgs(name string, f func(t *object.Thread, a, b *object.Object) (*object.Object, error)) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, name, args, kw, 2, 2); err != nil {
			return nil, err
		}
		return f(t, args[0], args[1])
	}}
}

func float2(name string, f func(t *object.Thread, x, y float64) (float64, error)) object.MethodDef {
	return twoArgs(name, func(t *object.Thread, a, b *object.Object) (*object.Object, error) {
		x, err := toFloat(t, a)
		if err != nil {
			return nil, err
		}
		y, err := toFloat(t, b)
		if err != nil {
			return nil, err
		}
		r, err := f(t, x, y)
		if err != nil {
			return nil, err
		}
		return object.NewFloat(t, r), nil
	})
}

func isFinite(x float64) bool { return !gomath.IsInf(x, 0) && x == x }

// logOf returns the natural logarithm of a number; ints too large for a
// float are handled through their bit length.
func logOf(t *object.Thread, o *object.Object, f func(float64) float64) (float64, error) {
	if object.IsInt(o) {
		i := object.AsInt(o)
		if i.Sign() <= 0 {
			return 0, domainError(t)
		}
		if _, ok := i.Int64(); !ok {
			b := i.Big()
			if x, _ := new(big.Float).SetInt(b).Float64(); gomath.IsInf(x, 0) {
				// b = m * 2**e with m in [0.5, 1).
				mant := new(big.Float)
				e := new(big.Float).SetInt(b).MantExp(mant)
				m, _ := mant.Float64()
				return f(m) + float64(e)*f(2), nil
			}
		}
	}
	x, err := toFloat(t, o)
	if err != nil {
		return 0, err
	}
	if x != x {
		return x, nil
	}
	if x <= 0 {
		return 0, domainError(t)
	}
	return f(x), nil
}

func logFunc(name string, f func(float64) float64) object.MethodDef {
	return oneArg(name, func(t *object.Thread, o *object.Object) (*object.Object, error) {
		r, err := logOf(t, o, f)
		if err != nil {
			return nil, err
		}
		return object.NewFloat(t, r), nil
	})
}

// roundingMethod implements floor and ceil: ints are returned unchanged,
// floats rounded, other types use their __floor__/__ceil__ or float().
func roundingMethod(name string, f func(float64) float64) object.MethodDef {
	dunder := object.Intern("__" + name + "__")
	return oneArg(name, func(t *object.Thread, o *object.Object) (*object.Object, error) {
		switch o.Type() {
		case object.FloatType:
			return floatToInt(t, f(object.FloatValue(o)))
		case object.IntType:
			return t.NewRef(o), nil
		}
		if r, found, err := t.CallTypeAttr(o.Type(), dunder, []*object.Object{o}); found {
			return r, err
		}
		x, err := toFloat(t, o)
		if err != nil {
			return nil, err
		}
		return floatToInt(t, f(x))
	})
}

func trunc(t *object.Thread, o *object.Object) (*object.Object, error) {
	if o.Type() == object.FloatType {
		return floatToInt(t, gomath.Trunc(object.FloatValue(o)))
	}
	r, found, err := t.CallTypeAttr(o.Type(), object.Intern("__trunc__"), []*object.Object{o})
	if !found {
		return nil, t.Errorf(object.TypeErrorType, "type %s doesn't define __trunc__ method", o.Type().Name)
	}
	return r, err
}

func pow(t *object.Thread, x, y float64) (float64, error) {
	if !isFinite(x) || !isFinite(y) {
		switch {
		case x != x:
			if y == 0 {
				return 1, nil
			}
			return x, nil
		case y != y:
			if x == 1 {
				return 1, nil
			}
			return y, nil
		}
		return object.Pow(x, y), nil
	}
	r := object.Pow(x, y)
	if r != r {
		return 0, domainError(t)
	}
	if gomath.IsInf(r, 0) {
		if x == 0 {
			return 0, domainError(t)
		}
		return 0, rangeError(t)
	}
	return r, nil
}

func fmod(t *object.Thread, x, y float64) (float64, error) {
	if gomath.IsInf(y, 0) && isFinite(x) {
		return x, nil
	}
	r := gomath.Mod(x, y)
	if r != r && x == x && y == y {
		return 0, domainError(t)
	}
	return r, nil
}

func remainder(t *object.Thread, x, y float64) (float64, error) {
	if x != x || y != y {
		return gomath.NaN(), nil
	}
	if gomath.IsInf(x, 0) || y == 0 {
		return 0, domainError(t)
	}
	if gomath.IsInf(y, 0) {
		return x, nil
	}
	return gomath.Remainder(x, y), nil
}

func gamma(x float64) float64 {
	if x == 0 || (x < 0 && x == gomath.Trunc(x)) || gomath.IsInf(x, -1) {
		return gomath.NaN()
	}
	return gomath.Gamma(x)
}

func lgamma(x float64) float64 {
	if x <= 0 && x == gomath.Trunc(x) {
		return gomath.Inf(1) // domain error: infinite from a finite argument
	}
	r, _ := gomath.Lgamma(x)
	return r
}

// lgammaDef reports a pole as a domain error and a too large result as a
// range error.
func lgammaDef() object.MethodDef {
	return oneArg("lgamma", func(t *object.Thread, o *object.Object) (*object.Object, error) {
		x, err := toFloat(t, o)
		if err != nil {
			return nil, err
		}
		if x <= 0 && x == gomath.Trunc(x) {
			return nil, domainError(t)
		}
		r := lgamma(x)
		if gomath.IsInf(r, 0) && isFinite(x) {
			return nil, rangeError(t)
		}
		return object.NewFloat(t, r), nil
	})
}

func hypot(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.NoKeywords(t, "hypot", kw); err != nil {
		return nil, err
	}
	vals := make([]float64, len(args))
	for i, a := range args {
		x, err := toFloat(t, a)
		if err != nil {
			return nil, err
		}
		vals[i] = x
	}
	return object.NewFloat(t, vectorNorm(vals)), nil
}

// vectorNorm returns the Euclidean norm, scaled to avoid overflow; any
// infinity wins over NaN.
func vectorNorm(vals []float64) float64 {
	maxv := 0.0
	nan := false
	for _, x := range vals {
		x = gomath.Abs(x)
		if gomath.IsInf(x, 0) {
			return x
		}
		if x != x {
			nan = true
		}
		if x > maxv {
			maxv = x
		}
	}
	if nan {
		return gomath.NaN()
	}
	if maxv == 0 || len(vals) <= 1 {
		return maxv
	}
	if len(vals) == 2 {
		return object.Hypot(vals[0], vals[1])
	}
	// Exact sum of the squares of the scaled values, rounded once.
	sum := new(big.Float).SetPrec(2200)
	for _, x := range vals {
		s := new(big.Float).SetPrec(2200).SetFloat64(x / maxv)
		s.Mul(s, s)
		sum.Add(sum, s)
	}
	r := new(big.Float).SetPrec(2200).Sqrt(sum)
	f, _ := r.Float64()
	return f * maxv
}

func dist(t *object.Thread, a, b *object.Object) (*object.Object, error) {
	p, err := object.SequenceItems(t, a)
	if err != nil {
		return nil, err
	}
	defer decrefAll(t, p)
	q, err := object.SequenceItems(t, b)
	if err != nil {
		return nil, err
	}
	defer decrefAll(t, q)
	if len(p) != len(q) {
		return nil, t.Errorf(object.ValueErrorType, "both points must have the same number of dimensions")
	}
	diffs := make([]float64, len(p))
	for i := range p {
		x, err := toFloat(t, p[i])
		if err != nil {
			return nil, err
		}
		y, err := toFloat(t, q[i])
		if err != nil {
			return nil, err
		}
		diffs[i] = x - y
	}
	return object.NewFloat(t, vectorNorm(diffs)), nil
}

func decrefAll(t *object.Thread, items []*object.Object) {
	for _, x := range items {
		t.Decref(x)
	}
}

// fsum adds exactly with a big.Float wide enough for any sum of doubles,
// then rounds once.
func fsum(t *object.Thread, iterable *object.Object) (*object.Object, error) {
	sum := new(big.Float).SetPrec(4200)
	var specialSum float64
	special, inf := false, false
	err := object.Iterate(t, iterable, func(item *object.Object) error {
		x, err := toFloat(t, item)
		if err != nil {
			return err
		}
		if !isFinite(x) {
			if gomath.IsInf(x, 0) {
				inf = true
			}
			if !special {
				specialSum = x
			} else {
				specialSum += x
			}
			special = true
			return nil
		}
		sum.Add(sum, new(big.Float).SetFloat64(x))
		// CPython's partial sums overflow when the running sum does.
		if r, _ := sum.Float64(); gomath.IsInf(r, 0) {
			return t.Errorf(object.OverflowErrorType, "intermediate overflow in fsum")
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if special {
		if specialSum != specialSum && inf {
			return nil, t.Errorf(object.ValueErrorType, "-inf + inf in fsum")
		}
		return object.NewFloat(t, specialSum), nil
	}
	r, _ := sum.Float64()
	if gomath.IsInf(r, 0) {
		return nil, t.Errorf(object.OverflowErrorType, "intermediate overflow in fsum")
	}
	return object.NewFloat(t, r), nil
}

func prod(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var iterable, start *object.Object
	npos := len(args)
	if kw != nil {
		npos -= len(kw.Items)
	}
	if npos > 1 {
		return nil, t.Errorf(object.TypeErrorType, "prod() takes exactly 1 positional argument (%d given)", npos)
	}
	if err := object.ParseArgs(t, "prod", args, kw, []string{"/iterable", "$start"}, 1, &iterable, &start); err != nil {
		return nil, err
	}
	var acc *object.Object
	if start == nil {
		acc = object.SmallInt(1)
	} else {
		acc = t.NewRef(start)
	}
	return object.FoldBinary(t, iterable, acc, object.OpMul)
}

func isclose(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var a, b, relTol, absTol *object.Object
	npos := len(args)
	if kw != nil {
		npos -= len(kw.Items)
	}
	if npos > 2 {
		return nil, t.Errorf(object.TypeErrorType, "isclose() takes exactly 2 positional arguments (%d given)", npos)
	}
	if err := object.ParseArgs(t, "isclose", args, kw, []string{"a", "b", "$rel_tol", "$abs_tol"}, 2, &a, &b, &relTol, &absTol); err != nil {
		return nil, err
	}
	x, err := toFloat(t, a)
	if err != nil {
		return nil, err
	}
	y, err := toFloat(t, b)
	if err != nil {
		return nil, err
	}
	rel, abs := 1e-09, 0.0
	if relTol != nil {
		if rel, err = toFloat(t, relTol); err != nil {
			return nil, err
		}
	}
	if absTol != nil {
		if abs, err = toFloat(t, absTol); err != nil {
			return nil, err
		}
	}
	if rel < 0 || abs < 0 {
		return nil, t.Errorf(object.ValueErrorType, "tolerances must be non-negative")
	}
	if x == y {
		return object.True, nil
	}
	if gomath.IsInf(x, 0) || gomath.IsInf(y, 0) {
		return object.False, nil
	}
	diff := gomath.Abs(y - x)
	ok := diff <= gomath.Abs(rel*y) || diff <= gomath.Abs(rel*x) || diff <= abs
	return object.NewBool(ok), nil
}

func logFn(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.NoKeywords(t, "log", kw); err != nil {
		return nil, err
	}
	if len(args) < 1 || len(args) > 2 {
		return nil, t.Errorf(object.TypeErrorType, "math.log requires 1 to 2 arguments")
	}
	num, err := logOf(t, args[0], object.Log)
	if err != nil {
		return nil, err
	}
	if len(args) == 2 {
		den, err := logOf(t, args[1], object.Log)
		if err != nil {
			return nil, err
		}
		if den == 0 {
			return nil, t.Errorf(object.ZeroDivisionErrorType, "float division by zero")
		}
		num /= den
	}
	return object.NewFloat(t, num), nil
}

func ldexp(t *object.Thread, a, b *object.Object) (*object.Object, error) {
	x, err := toFloat(t, a)
	if err != nil {
		return nil, err
	}
	if !object.IsInt(b) {
		return nil, t.Errorf(object.TypeErrorType, "Expected an int as second argument to ldexp.")
	}
	e, ok := object.AsInt(b).Int64()
	if !ok {
		if object.AsInt(b).Sign() > 0 {
			e = 1 << 20
		} else {
			e = -1 << 20
		}
	}
	if x == 0 || !isFinite(x) {
		return object.NewFloat(t, x), nil
	}
	if e > 1<<20 {
		e = 1 << 20
	} else if e < -1<<20 {
		e = -1 << 20
	}
	r := gomath.Ldexp(x, int(e))
	if gomath.IsInf(r, 0) {
		return nil, rangeError(t)
	}
	return object.NewFloat(t, r), nil
}

func factorial(t *object.Thread, o *object.Object) (*object.Object, error) {
	if object.IsFloat(o) {
		return nil, t.Errorf(object.TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	b, err := toBigInt(t, o)
	if err != nil {
		return nil, err
	}
	if !b.IsInt64() {
		if b.Sign() < 0 {
			return nil, t.Errorf(object.ValueErrorType, "factorial() not defined for negative values")
		}
		return nil, t.Errorf(object.OverflowErrorType, "factorial() argument should not exceed %d", int64(gomath.MaxInt64))
	}
	n := b.Int64()
	if n < 0 {
		return nil, t.Errorf(object.ValueErrorType, "factorial() not defined for negative values")
	}
	if n < 2 {
		return object.SmallInt(1), nil
	}
	return object.NewIntBig(t, new(big.Int).MulRange(1, n)), nil
}

func gcdFn(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.NoKeywords(t, "gcd", kw); err != nil {
		return nil, err
	}
	g := new(big.Int)
	for _, a := range args {
		b, err := toBigInt(t, a)
		if err != nil {
			return nil, err
		}
		g.GCD(nil, nil, g, b.Abs(b))
	}
	return object.NewIntBig(t, g), nil
}

func lcmFn(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.NoKeywords(t, "lcm", kw); err != nil {
		return nil, err
	}
	l := big.NewInt(1)
	for _, a := range args {
		b, err := toBigInt(t, a)
		if err != nil {
			return nil, err
		}
		b.Abs(b)
		if b.Sign() == 0 || l.Sign() == 0 {
			l.SetInt64(0)
			continue
		}
		g := new(big.Int).GCD(nil, nil, l, b)
		l.Mul(l, b.Quo(b, g))
	}
	return object.NewIntBig(t, l), nil
}

// combArgs converts n and k, which must be non-negative ints.
func combArgs(t *object.Thread, a, b *object.Object) (n, k *big.Int, err error) {
	if n, err = toBigInt(t, a); err != nil {
		return nil, nil, err
	}
	if k, err = toBigInt(t, b); err != nil {
		return nil, nil, err
	}
	if n.Sign() < 0 {
		return nil, nil, t.Errorf(object.ValueErrorType, "n must be a non-negative integer")
	}
	if k.Sign() < 0 {
		return nil, nil, t.Errorf(object.ValueErrorType, "k must be a non-negative integer")
	}
	return n, k, nil
}

// fallingFactorial returns n*(n-1)*...*(n-k+1).
func fallingFactorial(n, k *big.Int) *big.Int {
	r := big.NewInt(1)
	if n.IsInt64() && k.IsInt64() {
		nn, kk := n.Int64(), k.Int64()
		if kk == 0 {
			return r
		}
		return r.MulRange(nn-kk+1, nn)
	}
	i := new(big.Int).Set(n)
	one := big.NewInt(1)
	for c := new(big.Int); c.Cmp(k) < 0; c.Add(c, one) {
		r.Mul(r, i)
		i.Sub(i, one)
	}
	return r
}

func comb(t *object.Thread, a, b *object.Object) (*object.Object, error) {
	n, k, err := combArgs(t, a, b)
	if err != nil {
		return nil, err
	}
	if k.Cmp(n) > 0 {
		return object.SmallInt(0), nil
	}
	// comb(n, k) == comb(n, n-k): use the smaller.
	if nk := new(big.Int).Sub(n, k); nk.Cmp(k) < 0 {
		k = nk
	}
	if !k.IsInt64() || k.Int64() > 1<<26 {
		return nil, t.Errorf(object.OverflowErrorType, "min(n - k, k) must not exceed %d", int64(gomath.MaxInt64))
	}
	num := fallingFactorial(n, k)
	den := new(big.Int).MulRange(1, k.Int64())
	if k.Sign() == 0 {
		den.SetInt64(1)
	}
	return object.NewIntBig(t, num.Quo(num, den)), nil
}

func perm(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "perm", args, kw, 1, 2); err != nil {
		return nil, err
	}
	if len(args) == 1 || args[1] == object.None {
		return factorial(t, args[0])
	}
	n, k, err := combArgs(t, args[0], args[1])
	if err != nil {
		return nil, err
	}
	if k.Cmp(n) > 0 {
		return object.SmallInt(0), nil
	}
	if !k.IsInt64() || k.Int64() > 1<<26 {
		return nil, t.Errorf(object.OverflowErrorType, "k must not exceed %d", int64(gomath.MaxInt64))
	}
	return object.NewIntBig(t, fallingFactorial(n, k)), nil
}

func isqrt(t *object.Thread, o *object.Object) (*object.Object, error) {
	b, err := toBigInt(t, o)
	if err != nil {
		return nil, err
	}
	if b.Sign() < 0 {
		return nil, t.Errorf(object.ValueErrorType, "isqrt() argument must be nonnegative")
	}
	return object.NewIntBig(t, b.Sqrt(b)), nil
}

func predicate(name string, f func(float64) bool) object.MethodDef {
	return oneArg(name, func(t *object.Thread, o *object.Object) (*object.Object, error) {
		x, err := toFloat(t, o)
		if err != nil {
			return nil, err
		}
		return object.NewBool(f(x)), nil
	})
}

// scale multiplies by a constant, without range checks.
func scale(name string, k float64) object.MethodDef {
	return oneArg(name, func(t *object.Thread, o *object.Object) (*object.Object, error) {
		x, err := toFloat(t, o)
		if err != nil {
			return nil, err
		}
		return object.NewFloat(t, x*k), nil
	})
}

func floatTuple(t *object.Thread, a, b *object.Object) *object.Object {
	return object.NewTuple(t, []*object.Object{a, b}).Obj()
}

var funcs = []object.MethodDef{
	float1("sqrt", gomath.Sqrt, false),
	float1("cbrt", gomath.Cbrt, false),
	float1("exp", object.Exp, true),
	float1("exp2", object.Exp2, true),
	float1("expm1", gomath.Expm1, true),
	float1("fabs", gomath.Abs, false),
	float1("sin", object.Sin, false),
	float1("cos", object.Cos, false),
	float1("tan", object.Tan, false),
	float1("asin", object.Asin, false),
	float1("acos", object.Acos, false),
	float1("atan", object.Atan, false),
	float1("sinh", object.Sinh, true),
	float1("cosh", object.Cosh, true),
	float1("tanh", object.Tanh, false),
	float1("asinh", object.Asinh, false),
	float1("acosh", object.Acosh, false),
	float1("atanh", gomath.Atanh, false),
	float1("erf", gomath.Erf, false),
	float1("erfc", gomath.Erfc, false),
	float1("gamma", gamma, true),
	lgammaDef(),
	scale("degrees", 180/gomath.Pi),
	scale("radians", gomath.Pi/180),
	float1("log1p", func(x float64) float64 {
		if x == -1 {
			return gomath.Inf(-1)
		}
		return gomath.Log1p(x)
	}, false),
	{Name: "log", Fn: logFn},
	logFunc("log2", object.Log2),
	logFunc("log10", object.Log10),
	float2("pow", pow),
	float2("atan2", func(t *object.Thread, y, x float64) (float64, error) { return object.Atan2(y, x), nil }),
	float2("copysign", func(t *object.Thread, x, y float64) (float64, error) { return gomath.Copysign(x, y), nil }),
	float2("fmod", fmod),
	float2("remainder", remainder),
	float2("nextafter", func(t *object.Thread, x, y float64) (float64, error) { return gomath.Nextafter(x, y), nil }),
	oneArg("ulp", func(t *object.Thread, o *object.Object) (*object.Object, error) {
		x, err := toFloat(t, o)
		if err != nil {
			return nil, err
		}
		switch {
		case x != x:
			return object.NewFloat(t, x), nil
		case gomath.IsInf(x, 0):
			return object.NewFloat(t, gomath.Inf(1)), nil
		}
		x = gomath.Abs(x)
		if x == gomath.MaxFloat64 {
			return object.NewFloat(t, x-gomath.Nextafter(x, 0)), nil
		}
		return object.NewFloat(t, gomath.Nextafter(x, gomath.Inf(1))-x), nil
	}),
	{Name: "hypot", Fn: hypot},
	twoArgs("dist", dist),
	roundingMethod("floor", gomath.Floor),
	roundingMethod("ceil", gomath.Ceil),
	oneArg("trunc", trunc),
	oneArg("factorial", factorial),
	{Name: "gcd", Fn: gcdFn},
	{Name: "lcm", Fn: lcmFn},
	twoArgs("comb", comb),
	{Name: "perm", Fn: perm},
	oneArg("isqrt", isqrt),
	{Name: "isclose", Fn: isclose},
	predicate("isfinite", isFinite),
	predicate("isinf", func(x float64) bool { return gomath.IsInf(x, 0) }),
	predicate("isnan", func(x float64) bool { return x != x }),
	oneArg("modf", func(t *object.Thread, o *object.Object) (*object.Object, error) {
		x, err := toFloat(t, o)
		if err != nil {
			return nil, err
		}
		if gomath.IsInf(x, 0) {
			return floatTuple(t, object.NewFloat(t, gomath.Copysign(0, x)), object.NewFloat(t, x)), nil
		}
		i, f := gomath.Modf(x)
		return floatTuple(t, object.NewFloat(t, f), object.NewFloat(t, i)), nil
	}),
	oneArg("frexp", func(t *object.Thread, o *object.Object) (*object.Object, error) {
		x, err := toFloat(t, o)
		if err != nil {
			return nil, err
		}
		if !isFinite(x) || x == 0 {
			return floatTuple(t, object.NewFloat(t, x), object.SmallInt(0)), nil
		}
		m, e := gomath.Frexp(x)
		return floatTuple(t, object.NewFloat(t, m), object.NewInt(t, int64(e))), nil
	}),
	twoArgs("ldexp", ldexp),
	oneArg("fsum", fsum),
	{Name: "prod", Fn: prod},
}

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("math")
	for i := range funcs {
		m.Dict.SetStr(t, object.Intern(funcs[i].Name), object.NewStaticBuiltin(&funcs[i]))
	}
	for _, c := range []struct {
		name string
		v    float64
	}{{"pi", gomath.Pi}, {"e", gomath.E}, {"tau", 2 * gomath.Pi}, {"inf", gomath.Inf(1)}, {"nan", gomath.NaN()}} {
		f := object.NewFloat(t, c.v)
		m.Dict.SetStr(t, object.Intern(c.name), f)
		t.Decref(f)
	}
	return m.Obj(), nil
}
