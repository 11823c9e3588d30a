// Package intarg reads integer arguments the way CPython's C converters
// do: a C int ("i"), and where Python's int does not fit plainly
// (checksums' unsigned int).
package intarg

import (
	"math"

	"github.com/ftpy/ftpy/object"
)

// CInt converts o with __index__ to a C int, failing as CPython's "i"
// converter does with "Python int too large to convert to C int".
func CInt(t *object.Thread, o *object.Object) (int, error) {
	v, err := object.AsInt64(t, o)
	if err != nil {
		if object.ErrorMatches(err, object.OverflowErrorType) {
			t.DropError(err)
			return 0, t.Errorf(object.OverflowErrorType, "Python int too large to convert to C int")
		}
		return 0, err
	}
	if v > math.MaxInt32 || v < math.MinInt32 {
		return 0, t.Errorf(object.OverflowErrorType, "Python int too large to convert to C int")
	}
	return int(v), nil
}

// Uint32Mask reads an int (or an object with __index__) modulo 2**32, as
// the C conversion to unsigned int does for crc32's and adler32's
// starting value.
func Uint32Mask(t *object.Thread, o *object.Object) (uint32, error) {
	if !object.IsInt(o) {
		if object.IsFloat(o) {
			return 0, t.Errorf(object.TypeErrorType, "'float' object cannot be interpreted as an integer")
		}
		n, err := object.Index(t, o)
		if err != nil {
			return 0, err
		}
		defer t.Decref(n)
		o = n
	}
	b := object.AsInt(o).Big()
	words := b.Bits() // the magnitude, least significant word first
	var low uint32
	if len(words) > 0 {
		low = uint32(words[0])
	}
	if b.Sign() < 0 {
		low = -low
	}
	return low, nil
}
