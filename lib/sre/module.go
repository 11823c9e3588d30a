// Package sre implements CPython's _sre module, the regular expression
// engine under the Lib's re package: _sre.compile turns the code list
// re._compiler emits into a re.Pattern, whose methods run the engine
// (engine.go) over str or bytes subjects and return re.Match objects.
package sre

import (
	"math"
	bigpkg "math/big"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() {
	vm.RegisterModule("_sre", newModule)
	pollThread = func(t *object.Thread) error {
		if t.Poll() != 0 {
			return vm.StateOf(t).PendingInterrupt()
		}
		return nil
	}
}

// callRe calls re.<name>(args...): the parts of _sre that CPython, too,
// leaves to the Python module (replacement templates).
func callRe(t *object.Thread, name string, args ...*object.Object) (*object.Object, error) {
	mod, err := vm.StateOf(t).Import("re")
	if err != nil {
		return nil, err
	}
	defer t.Decref(mod)
	f, err := object.GetAttrString(t, mod, name)
	if err != nil {
		return nil, err
	}
	defer t.Decref(f)
	return object.Call(t, f, args, nil)
}

// callIter returns iter(fn, sentinel), a callable_iterator.
func callIter(t *object.Thread, fn, sentinel *object.Object) (*object.Object, error) {
	b, err := vm.StateOf(t).Import("builtins")
	if err != nil {
		return nil, err
	}
	defer t.Decref(b)
	it, err := object.GetAttrString(t, b, "iter")
	if err != nil {
		return nil, err
	}
	defer t.Decref(it)
	return object.Call(t, it, []*object.Object{fn, sentinel}, nil)
}

func badArg(t *object.Thread, arg, want string, o *object.Object) error {
	return t.Errorf(object.TypeErrorType, "compile() argument '%s' must be %s, not %.50s", arg, want, o.Type().Name)
}

// asCInt converts o as CPython's "i" format does.
func asCInt(t *object.Thread, o *object.Object) (int64, error) {
	v, err := object.AsInt64(t, o)
	if err != nil {
		if object.ErrorMatches(err, object.OverflowErrorType) {
			t.DropError(err)
			return 0, t.Errorf(object.OverflowErrorType, "Python int too large to convert to C int")
		}
		return 0, err
	}
	if v > math.MaxInt32 {
		return 0, t.Errorf(object.OverflowErrorType, "Python int too large to convert to C int")
	}
	if v < math.MinInt32 {
		return 0, t.Errorf(object.OverflowErrorType, "Python int too small to convert to C int")
	}
	return v, nil
}

func compileFn(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var src, fo, co, go_, gi, ig *object.Object
	if err := object.ParseArgs(t, "compile", args, kw, []string{"pattern", "flags", "code", "groups", "groupindex", "indexgroup"}, 6,
		&src, &fo, &co, &go_, &gi, &ig); err != nil {
		return nil, err
	}
	flags, err := asCInt(t, fo)
	if err != nil {
		return nil, err
	}
	if !object.IsList(co) {
		return nil, badArg(t, "code", "list", co)
	}
	groups, err := object.AsInt64(t, go_)
	if err != nil {
		return nil, err
	}
	if !object.IsDict(gi) {
		return nil, badArg(t, "groupindex", "dict", gi)
	}
	if !object.IsTuple(ig) {
		return nil, badArg(t, "indexgroup", "tuple", ig)
	}
	items := object.AsList(co).Snapshot(t)
	defer decrefAll(t, items)
	code := make([]uint32, len(items))
	for i, x := range items {
		if !object.IsInt(x) {
			return nil, t.Errorf(object.TypeErrorType, "an integer is required")
		}
		v, err := object.AsInt64(t, x)
		if err != nil {
			if object.ErrorMatches(err, object.OverflowErrorType) {
				t.DropError(err)
				// Beyond int64: CPython's PyLong_AsUnsignedLong fails
				// first, with its own messages.
				neg, _ := object.RichCompareBool(t, x, object.SmallInt(0), object.LT)
				if neg {
					return nil, t.Errorf(object.OverflowErrorType, "can't convert negative value to unsigned int")
				}
				big := object.NewIntBig(t, new(bigpkg.Int).SetUint64(math.MaxUint64))
				over, _ := object.RichCompareBool(t, x, big, object.GT)
				t.Decref(big)
				if over {
					return nil, t.Errorf(object.OverflowErrorType, "Python int too large to convert to C unsigned long")
				}
				return nil, t.Errorf(object.OverflowErrorType, "regular expression code size limit exceeded")
			}
			return nil, err
		}
		if v < 0 {
			return nil, t.Errorf(object.OverflowErrorType, "can't convert negative value to unsigned int")
		}
		if v > maxCodeWord {
			return nil, t.Errorf(object.OverflowErrorType, "regular expression code size limit exceeded")
		}
		code[i] = uint32(v)
	}
	if groups < 0 || groups > maxGroups {
		return nil, t.Errorf(object.RuntimeErrorType, "invalid SRE code")
	}
	return newPattern(t, src, flags, code, int(groups), gi, ig)
}

// charArg converts a character code as the "i" format does.
func charArg(t *object.Thread, name string, args []*object.Object, kw *object.Tuple) (int64, error) {
	if err := object.CheckArgCount(t, "_sre."+name, args, kw, 1, 1); err != nil {
		return 0, err
	}
	return asCInt(t, args[0])
}

func charFunc(name string, f func(t *object.Thread, ch int64) *object.Object) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		ch, err := charArg(t, name, args, kw)
		if err != nil {
			return nil, err
		}
		return f(t, ch), nil
	}}
}

// toCode is the character as the engine's unsigned code (C's cast).
func toCode(ch int64) uint32 { return uint32(ch) }

var funcs = []object.MethodDef{
	{Name: "compile", Fn: compileFn},
	{Name: "getcodesize", Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "_sre.getcodesize", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return object.NewInt(t, codeSize), nil
	}},
	charFunc("ascii_iscased", func(t *object.Thread, ch int64) *object.Object {
		return object.NewBool(ch >= 0 && ch < 128 && asciiClass[ch]&clAlpha != 0)
	}),
	charFunc("unicode_iscased", func(t *object.Thread, ch int64) *object.Object {
		c := toCode(ch)
		return object.NewBool(c != lowerUnicode(c) || c != upperUnicode(c))
	}),
	charFunc("ascii_tolower", func(t *object.Thread, ch int64) *object.Object {
		return object.NewInt(t, int64(int32(lowerASCII(toCode(ch)))))
	}),
	charFunc("unicode_tolower", func(t *object.Thread, ch int64) *object.Object {
		return object.NewInt(t, int64(int32(lowerUnicode(toCode(ch)))))
	}),
}

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("_sre")
	for i := range funcs {
		m.Dict.SetStr(t, object.Intern(funcs[i].Name), object.NewStaticBuiltin(&funcs[i]))
	}
	object.ClaimModuleFunctions(m.Dict, "_sre")
	for _, c := range []struct {
		name string
		v    int64
	}{{"MAGIC", magic}, {"CODESIZE", codeSize}, {"MAXREPEAT", maxRepeat}, {"MAXGROUPS", maxGroups}} {
		v := object.NewInt(t, c.v)
		m.Dict.SetStr(t, object.Intern(c.name), v)
		t.Decref(v)
	}
	cr := object.NewStr(t, " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ")
	m.Dict.SetStr(t, object.Intern("copyright"), cr)
	t.Decref(cr)
	return m.Obj(), nil
}
