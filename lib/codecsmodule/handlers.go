// This file holds the standard error handlers as Python sees them
// (codecs.lookup_error('replace') and the others): functions taking a
// UnicodeEncodeError or UnicodeDecodeError and returning the
// (replacement, position) pair. The codecs themselves apply these
// handlers without calling them.

package codecsmodule

import (
	"github.com/ftpy/ftpy/lib/codecs"
	"github.com/ftpy/ftpy/object"
)

// handlerNames are the standard handlers, with the name their function
// has (lookup_error('strict').__name__ is 'strict_errors').
var handlerNames = [][2]string{
	{"strict", "strict_errors"},
	{"ignore", "ignore_errors"},
	{"replace", "replace_errors"},
	{"xmlcharrefreplace", "xmlcharrefreplace_errors"},
	{"backslashreplace", "backslashreplace_errors"},
	{"namereplace", "namereplace_errors"},
	{"surrogateescape", "surrogateescape"},
	{"surrogatepass", "surrogatepass"},
}

var handlerDefs = func() []object.MethodDef {
	defs := make([]object.MethodDef, len(handlerNames))
	for i, n := range handlerNames {
		handler := n[0]
		defs[i] = object.MethodDef{Name: n[1], Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			if err := object.CheckArgCount(t, n[1], args, kw, 1, 1); err != nil {
				return nil, err
			}
			return callStandard(t, handler, args[0])
		}}
	}
	return defs
}()

var handlerObjs = func() map[string]*object.Object {
	m := map[string]*object.Object{}
	for i := range handlerDefs {
		f := object.NewStaticBuiltin(&handlerDefs[i])
		m[handlerNames[i][0]] = f
	}
	return m
}()

// standardHandler returns the function of a standard handler, or nil.
func standardHandler(name string) *object.Object { return handlerObjs[name] }

// callStandard runs a standard handler on the exception exc.
func callStandard(t *object.Thread, name string, exc *object.Object) (*object.Object, error) {
	typ := exc.Type()
	encode := object.IsSubtype(typ, object.UnicodeEncodeErrorType)
	if name == "strict" {
		if object.IsSubtype(typ, object.BaseExceptionType) {
			return nil, object.Cast[object.Exception](t.NewRef(exc))
		}
		return nil, t.Errorf(object.TypeErrorType, "codec must pass exception instance")
	}
	if !encode && !object.IsSubtype(typ, object.UnicodeDecodeErrorType) {
		return nil, t.Errorf(object.TypeErrorType, "don't know how to handle %s in error callback", typ.Name)
	}
	e, err := errorOf(t, exc, encode)
	if err != nil {
		return nil, err
	}
	repl, isBytes, pos, err := codecs.StandardReplacement(name, e)
	if err != nil {
		if err == error(e) {
			return nil, object.Cast[object.Exception](t.NewRef(exc))
		}
		return nil, object.CodecError(t, err, nil)
	}
	var r *object.Object
	if isBytes {
		r = object.NewBytes(t, []byte(repl))
	} else {
		r = object.NewStr(t, repl)
	}
	return object.NewTuple(t, []*object.Object{r, object.NewInt(t, int64(pos))}).Obj(), nil
}

// errorOf reads a UnicodeEncodeError's or UnicodeDecodeError's
// attributes into a codecs.Error.
func errorOf(t *object.Thread, exc *object.Object, encode bool) (*codecs.Error, error) {
	attr := func(name string) (*object.Object, error) { return object.GetAttrString(t, exc, name) }
	e := &codecs.Error{Encode: encode}
	obj, err := attr("object")
	if err != nil {
		return nil, err
	}
	defer t.Decref(obj)
	if encode {
		if !object.IsStr(obj) {
			return nil, t.Errorf(object.TypeErrorType, "object attribute must be unicode")
		}
		e.Str = object.StrValue(obj)
	} else {
		if !object.IsBytes(obj) {
			return nil, t.Errorf(object.TypeErrorType, "object attribute must be bytes")
		}
		e.Bytes = object.BytesValue(obj)
	}
	for _, f := range []struct {
		name string
		dst  *int
	}{{"start", &e.Start}, {"end", &e.End}} {
		v, err := attr(f.name)
		if err != nil {
			return nil, err
		}
		n, err := object.AsInt64(t, v)
		t.Decref(v)
		if err != nil {
			return nil, err
		}
		*f.dst = int(n)
	}
	for _, f := range []struct {
		name string
		dst  *string
	}{{"encoding", &e.Encoding}, {"reason", &e.Reason}} {
		v, err := attr(f.name)
		if err != nil {
			return nil, err
		}
		if object.IsStr(v) {
			*f.dst = object.StrValue(v)
		}
		t.Decref(v)
	}
	return e, nil
}
