// This file is sys.get_int_max_str_digits and sys.set_int_max_str_digits:
// the limit on decimal int<->str conversions (object/maxstrdigits.go).

package sys

import "github.com/ftpy/ftpy/object"

var intDigitsFuncs = []object.MethodDef{
	fn("get_int_max_str_digits", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if len(args) > 0 || (kw != nil && len(kw.Items) > 0) {
			return nil, t.Errorf(object.TypeErrorType, "sys.get_int_max_str_digits() takes no arguments (%d given)", len(args))
		}
		return object.NewInt(t, int64(object.MaxStrDigits())), nil
	}),
	fn("set_int_max_str_digits", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		var limit *object.Object
		if len(args) > 1 {
			return nil, t.Errorf(object.TypeErrorType, "set_int_max_str_digits() takes at most 1 argument (%d given)", len(args))
		}
		if err := object.ParseArgs(t, "set_int_max_str_digits", args, kw, []string{"maxdigits"}, 1, &limit); err != nil {
			return nil, err
		}
		n, err := asCInt(t, limit)
		if err != nil {
			return nil, err
		}
		if n != 0 && n < object.MaxStrDigitsThreshold {
			return nil, t.Errorf(object.ValueErrorType, "maxdigits must be 0 or larger than %d", object.MaxStrDigitsThreshold)
		}
		object.SetMaxStrDigits(int(n))
		return object.None, nil
	}),
}
