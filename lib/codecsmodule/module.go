// Package codecsmodule implements CPython's _codecs module, the C side of
// codecs.py and the encodings package: the codec registry (register,
// lookup, encode, decode), the error handler registry (register_error,
// lookup_error and the standard handlers), and the codec functions the
// encodings modules call (utf_8_encode, charmap_decode, ...). The codecs
// themselves are in package lib/codecs, apart from those only this
// module offers (charmap, the escape codecs, utf-7).
package codecsmodule

import (
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() { vm.RegisterModule("_codecs", newModule) }

type fn = func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error)

// funcs are the module's functions; the codec functions are added from
// codecFuncs (unicode.go, charmap.go, escape.go, utf7.go).
var funcs = []object.MethodDef{
	{Name: "register", Fn: register},
	{Name: "unregister", Fn: unregister},
	{Name: "lookup", Fn: lookup},
	{Name: "encode", Fn: encodeOrDecode("encode", 0)},
	{Name: "decode", Fn: encodeOrDecode("decode", 1)},
	{Name: "register_error", Fn: registerError},
	{Name: "lookup_error", Fn: lookupError},
}

var allFuncs = func() []object.MethodDef {
	all := append([]object.MethodDef(nil), funcs...)
	all = append(all, unicodeFuncs...)
	all = append(all, charmapFuncs...)
	all = append(all, escapeFuncs...)
	all = append(all, utf7Funcs...)
	return all
}()

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("_codecs")
	for i := range allFuncs {
		m.Dict.SetStr(t, object.Intern(allFuncs[i].Name), object.NewStaticBuiltin(&allFuncs[i]))
	}
	object.ClaimModuleFunctions(m.Dict, "_codecs")
	return m.Obj(), nil
}

func register(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "register", args, kw, 1, 1); err != nil {
		return nil, err
	}
	if !object.IsCallable(args[0]) {
		return nil, t.Errorf(object.TypeErrorType, "argument must be callable")
	}
	vm.StateOf(t).RegisterCodecSearch(args[0])
	return object.None, nil
}

func unregister(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "unregister", args, kw, 1, 1); err != nil {
		return nil, err
	}
	vm.StateOf(t).UnregisterCodecSearch(args[0])
	return object.None, nil
}

// strArg is argument n (1-based) of fname, which must be a str.
func strArg(t *object.Thread, fname string, n int, o *object.Object) (string, error) {
	if !object.IsStr(o) {
		return "", t.Errorf(object.TypeErrorType, "%s() argument %d must be str, not %s", fname, n, o.Type().Name)
	}
	return object.StrValue(o), nil
}

func lookup(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "lookup", args, kw, 1, 1); err != nil {
		return nil, err
	}
	if !object.IsStr(args[0]) {
		return nil, t.Errorf(object.TypeErrorType, "lookup() argument must be str, not %s", args[0].Type().Name)
	}
	return vm.StateOf(t).LookupCodec(object.StrValue(args[0]))
}

var encodeParams = []string{"obj", "encoding", "errors"}

// encodeOrDecode is codecs.encode (which 0) or codecs.decode (which 1):
// any codec, any object, through the registry.
func encodeOrDecode(name string, which int) fn {
	return func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		var obj, enc, errs *object.Object
		if err := object.ParseArgs(t, name, args, kw, encodeParams, 1, &obj, &enc, &errs); err != nil {
			return nil, err
		}
		encoding := "utf-8"
		if enc != nil {
			s, err := strArg(t, name, 2, enc)
			if err != nil {
				return nil, err
			}
			encoding = s
		}
		if errs != nil {
			if _, err := strArg(t, name, 3, errs); err != nil {
				return nil, err
			}
		}
		info, err := vm.StateOf(t).LookupCodec(encoding)
		if err != nil {
			return nil, err
		}
		defer t.Decref(info)
		return object.CallCodec(t, info, which, obj, encoding, errs)
	}
}

func registerError(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "register_error", args, kw, 2, 2); err != nil {
		return nil, err
	}
	name, err := strArg(t, "register_error", 1, args[0])
	if err != nil {
		return nil, err
	}
	if !object.IsCallable(args[1]) {
		return nil, t.Errorf(object.TypeErrorType, "handler must be callable")
	}
	vm.StateOf(t).RegisterErrorHandler(name, args[1])
	return object.None, nil
}

func lookupError(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "lookup_error", args, kw, 1, 1); err != nil {
		return nil, err
	}
	name, err := strArg(t, "lookup_error", 1, args[0])
	if err != nil {
		return nil, err
	}
	if h := vm.StateOf(t).LookupErrorHandler(name); h != nil {
		return h, nil
	}
	if h := standardHandler(name); h != nil {
		return h, nil
	}
	return nil, t.Errorf(object.LookupErrorType, "unknown error handler name '%s'", name)
}
