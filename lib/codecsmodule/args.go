// This file parses the codec functions' arguments, which are
// positional-only as in CPython: (str, errors=None, ...) for encoders,
// (data, errors=None, ..., final=False) for decoders.

package codecsmodule

import (
	"github.com/ftpy/ftpy/lib/internal/bytesarg"
	"github.com/ftpy/ftpy/object"
)

// errorsArg reads an errors argument: None (or absent) is "strict".
func errorsArg(t *object.Thread, fname string, n int, args []*object.Object) (string, error) {
	if len(args) < n || args[n-1] == object.None {
		return "strict", nil
	}
	o := args[n-1]
	if !object.IsStr(o) {
		return "", t.Errorf(object.TypeErrorType, "%s() argument %d must be str or None, not %s", fname, n, o.Type().Name)
	}
	return object.StrValue(o), nil
}

// intArg reads an optional integer argument n (1-based), def if absent.
func intArg(t *object.Thread, args []*object.Object, n int, def int64) (int64, error) {
	if len(args) < n {
		return def, nil
	}
	if object.IsFloat(args[n-1]) {
		return 0, t.Errorf(object.TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	return object.AsInt64(t, args[n-1])
}

// textArg reads argument 1 of an encoder, a str.
func textArg(t *object.Thread, fname string, args []*object.Object) (*object.Object, error) {
	if !object.IsStr(args[0]) {
		return nil, t.Errorf(object.TypeErrorType, "%s() argument 1 must be str, not %s", fname, args[0].Type().Name)
	}
	return args[0], nil
}

// dataArg reads argument 1 of a decoder, bytes-like.
func dataArg(t *object.Thread, args []*object.Object) ([]byte, error) {
	return bytesarg.Get(t, args[0])
}

// pair returns the (result, length) tuple the codec functions return;
// it takes over r.
func pair(t *object.Thread, r *object.Object, n int) *object.Object {
	return object.NewTuple(t, []*object.Object{r, object.NewInt(t, int64(n))}).Obj()
}

// strLen is len() of a str.
func strLen(o *object.Object) int { return object.Cast[object.Str](o).Len() }
