// Package cmath implements the cmath module: the elementary functions on
// complex numbers with CPython 3.11's branch cuts, signed zeros and
// special values (C99 Annex G), and its errors: ValueError "math domain
// error" and OverflowError "math range error".
package cmath

import (
	gomath "math"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() { vm.RegisterModule("cmath", newModule) }

// raise turns a fault into CPython's exception.
func raise(t *object.Thread, f fault) error {
	if f == domainFault {
		return t.Errorf(object.ValueErrorType, "math domain error")
	}
	return t.Errorf(object.OverflowErrorType, "math range error")
}

func arg(t *object.Thread, o *object.Object) (value, error) {
	re, im, err := object.AsComplex(t, o)
	return value{re, im}, err
}

// oneArg wraps a function of one complex argument, as CPython's METH_O
// functions take it.
func oneArg(name, doc string, f func(t *object.Thread, z value) (*object.Object, error)) object.MethodDef {
	qual := "cmath." + name
	return object.MethodDef{Name: name, Doc: doc, Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, qual, args, kw, 1, 1); err != nil {
			return nil, err
		}
		z, err := arg(t, args[0])
		if err != nil {
			return nil, err
		}
		return f(t, z)
	}}
}

// complexFunc wraps a complex function that may fault.
func complexFunc(name, doc string, f func(value) (value, fault)) object.MethodDef {
	return oneArg(name, doc, func(t *object.Thread, z value) (*object.Object, error) {
		r, fl := f(z)
		if fl != noFault {
			return nil, raise(t, fl)
		}
		return object.NewComplex(t, r.re, r.im), nil
	})
}

func predicate(name, doc string, f func(z value) bool) object.MethodDef {
	return oneArg(name, doc, func(t *object.Thread, z value) (*object.Object, error) {
		return object.NewBool(f(z)), nil
	})
}

// logFn is log(z[, base]). Like CPython it keeps only the last error of
// the two logarithms (log(0, 2) is (-inf+nanj)), and a zero log(base)
// is a domain error.
func logFn(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.NoKeywords(t, "cmath.log", kw); err != nil {
		return nil, err
	}
	switch {
	case len(args) < 1:
		return nil, t.Errorf(object.TypeErrorType, "log expected at least 1 argument, got %d", len(args))
	case len(args) > 2:
		return nil, t.Errorf(object.TypeErrorType, "log expected at most 2 arguments, got %d", len(args))
	}
	z, err := arg(t, args[0])
	if err != nil {
		return nil, err
	}
	r, f := log(z)
	if len(args) == 2 {
		b, err := arg(t, args[1])
		if err != nil {
			return nil, err
		}
		var lb value
		lb, f = log(b)
		re, im, ok := object.ComplexQuot(r.re, r.im, lb.re, lb.im)
		if !ok {
			f = domainFault
		}
		r = value{re, im}
	}
	if f != noFault {
		return nil, raise(t, f)
	}
	return object.NewComplex(t, r.re, r.im), nil
}

// realArg converts a float argument (PyFloat_AsDouble): a float, or an
// object with __float__ or __index__.
func realArg(t *object.Thread, o *object.Object) (float64, error) {
	if object.IsFloat(o) {
		return object.FloatValue(o), nil
	}
	if n := o.Type().Number; n != nil && (n.Float != nil || n.Index != nil) && !object.IsStr(o) {
		f, err := object.FloatOf(t, o)
		if err != nil {
			return 0, err
		}
		v := object.FloatValue(f)
		t.Decref(f)
		return v, nil
	}
	return 0, t.Errorf(object.TypeErrorType, "must be real number, not %s", o.Type().Name)
}

func rectFn(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.NoKeywords(t, "cmath.rect", kw); err != nil {
		return nil, err
	}
	if len(args) != 2 {
		return nil, t.Errorf(object.TypeErrorType, "rect expected 2 arguments, got %d", len(args))
	}
	r, err := realArg(t, args[0])
	if err != nil {
		return nil, err
	}
	phi, err := realArg(t, args[1])
	if err != nil {
		return nil, err
	}
	z, f := rect(r, phi)
	if f != noFault {
		return nil, raise(t, f)
	}
	return object.NewComplex(t, z.re, z.im), nil
}

func iscloseFn(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	npos := len(args)
	if kw != nil {
		npos -= len(kw.Items)
		for _, k := range kw.Items {
			if name := object.StrValue(k); name != "a" && name != "b" && name != "rel_tol" && name != "abs_tol" {
				return nil, t.Errorf(object.TypeErrorType, "'%s' is an invalid keyword argument for isclose()", name)
			}
		}
	}
	if npos > 2 {
		return nil, t.Errorf(object.TypeErrorType, "isclose() takes exactly 2 positional arguments (%d given)", npos)
	}
	var ao, bo, relo, abso *object.Object
	if err := object.ParseArgs(t, "isclose", args, kw, []string{"a", "b", "$rel_tol", "$abs_tol"}, 2, &ao, &bo, &relo, &abso); err != nil {
		return nil, err
	}
	a, err := arg(t, ao)
	if err != nil {
		return nil, err
	}
	b, err := arg(t, bo)
	if err != nil {
		return nil, err
	}
	rel, abs := 1e-09, 0.0
	if relo != nil {
		if rel, err = realArg(t, relo); err != nil {
			return nil, err
		}
	}
	if abso != nil {
		if abs, err = realArg(t, abso); err != nil {
			return nil, err
		}
	}
	if rel < 0 || abs < 0 {
		return nil, t.Errorf(object.ValueErrorType, "tolerances must be non-negative")
	}
	if a.re == b.re && a.im == b.im {
		// Catches two equal infinities.
		return object.True, nil
	}
	if gomath.IsInf(a.re, 0) || gomath.IsInf(a.im, 0) || gomath.IsInf(b.re, 0) || gomath.IsInf(b.im, 0) {
		return object.False, nil
	}
	diff, _ := object.ComplexAbs(a.re-b.re, a.im-b.im)
	absA, _ := object.ComplexAbs(a.re, a.im)
	absB, _ := object.ComplexAbs(b.re, b.im)
	return object.NewBool(diff <= rel*absB || diff <= rel*absA || diff <= abs), nil
}

var funcs = []object.MethodDef{
	complexFunc("acos", "Return the arc cosine of z.", acos),
	complexFunc("acosh", "Return the inverse hyperbolic cosine of z.", acosh),
	complexFunc("asin", "Return the arc sine of z.", asin),
	complexFunc("asinh", "Return the inverse hyperbolic sine of z.", asinh),
	complexFunc("atan", "Return the arc tangent of z.", atan),
	complexFunc("atanh", "Return the inverse hyperbolic tangent of z.", atanh),
	complexFunc("cos", "Return the cosine of z.", cos),
	complexFunc("cosh", "Return the hyperbolic cosine of z.", cosh),
	complexFunc("exp", "Return the exponential value e**z.", exp),
	{Name: "isclose", Fn: iscloseFn, Doc: "Determine whether two complex numbers are close in value.\n\n" +
		"  rel_tol\n    maximum difference for being considered \"close\", relative to the\n    magnitude of the input values\n" +
		"  abs_tol\n    maximum difference for being considered \"close\", regardless of the\n    magnitude of the input values\n\n" +
		"Return True if a is close in value to b, and False otherwise.\n\n" +
		"For the values to be considered close, the difference between them must be\nsmaller than at least one of the tolerances.\n\n" +
		"-inf, inf and NaN behave similarly to the IEEE 754 Standard. That is, NaN is\n" +
		"not close to anything, even itself. inf and -inf are only close to themselves."},
	predicate("isfinite", "Return True if both the real and imaginary parts of z are finite, else False.",
		func(z value) bool { return isFinite(z.re) && isFinite(z.im) }),
	predicate("isinf", "Checks if the real or imaginary part of z is infinite.",
		func(z value) bool { return gomath.IsInf(z.re, 0) || gomath.IsInf(z.im, 0) }),
	predicate("isnan", "Checks if the real or imaginary part of z not a number (NaN).",
		func(z value) bool { return z.re != z.re || z.im != z.im }),
	{Name: "log", Fn: logFn, Doc: "log(z[, base]) -> the logarithm of z to the given base.\n\n" +
		"If the base is not specified, returns the natural logarithm (base e) of z."},
	complexFunc("log10", "Return the base-10 logarithm of z.", log10),
	oneArg("phase", "Return argument, also known as the phase angle, of a complex.", func(t *object.Thread, z value) (*object.Object, error) {
		return object.NewFloat(t, phase(z)), nil
	}),
	oneArg("polar", "Convert a complex from rectangular coordinates to polar coordinates.\n\nr is the distance from 0 and phi the phase angle.",
		func(t *object.Thread, z value) (*object.Object, error) {
			phi := phase(z)
			r, overflow := object.ComplexAbs(z.re, z.im)
			if overflow {
				return nil, raise(t, rangeFault)
			}
			return object.NewTuple(t, []*object.Object{object.NewFloat(t, r), object.NewFloat(t, phi)}).Obj(), nil
		}),
	{Name: "rect", Fn: rectFn, Doc: "Convert from polar coordinates to rectangular coordinates."},
	complexFunc("sin", "Return the sine of z.", sin),
	complexFunc("sinh", "Return the hyperbolic sine of z.", sinh),
	complexFunc("sqrt", "Return the square root of z.", sqrt),
	complexFunc("tan", "Return the tangent of z.", tan),
	complexFunc("tanh", "Return the hyperbolic tangent of z.", tanh),
}

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("cmath")
	m.Dict.SetStr(t, object.Intern("__doc__"), object.NewStr(t, "This module provides access to mathematical functions for complex\nnumbers."))
	for i := range funcs {
		m.Dict.SetStr(t, object.Intern(funcs[i].Name), object.NewStaticBuiltin(&funcs[i]))
	}
	for _, c := range []struct {
		name   string
		re, im float64
		isReal bool
	}{
		{"pi", gomath.Pi, 0, true}, {"e", gomath.E, 0, true}, {"tau", 2 * gomath.Pi, 0, true},
		{"inf", inf, 0, true}, {"nan", nan, 0, true}, {"infj", 0, inf, false}, {"nanj", 0, nan, false},
	} {
		var v *object.Object
		if c.isReal {
			v = object.NewFloat(t, c.re)
		} else {
			v = object.NewComplex(t, c.re, c.im)
		}
		m.Dict.SetStr(t, object.Intern(c.name), v)
		t.Decref(v)
	}
	return m.Obj(), nil
}
