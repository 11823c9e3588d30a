// This file makes traceback objects from Python:
// types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno).

package vm

import (
	"math"

	"github.com/ftpy/ftpy/object"
)

func init() { object.TracebackNew = tracebackNew }

func tracebackNew(t *object.Thread, typ *object.Type, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
	var next, frame, lasti, lineno *object.Object
	if err := object.ParseArgs(t, "TracebackType", args, kwnames,
		[]string{"tb_next", "tb_frame", "tb_lasti", "tb_lineno"}, 4, &next, &frame, &lasti, &lineno); err != nil {
		return nil, err
	}
	if next == object.None {
		next = nil
	} else if next.Type() != object.TracebackType {
		return nil, t.Errorf(object.TypeErrorType, "expected traceback object or None, got '%s'", next.Type().Name)
	}
	if frame.Type() != FrameType {
		return nil, t.Errorf(object.TypeErrorType, "TracebackType() argument 'tb_frame' must be frame, not %s", frame.Type().Name)
	}
	ints := [2]int{}
	for i, o := range []*object.Object{lasti, lineno} {
		n, err := object.AsInt64(t, o)
		if err != nil && !object.ErrorMatches(err, object.OverflowErrorType) {
			return nil, err
		}
		if err != nil || n > math.MaxInt32 || n < math.MinInt32 {
			t.DropError(err)
			return nil, t.Errorf(object.OverflowErrorType, "Python int too large to convert to C int")
		}
		ints[i] = int(n)
	}
	code := asFrameObject(frame).code
	entry := object.TracebackEntry{
		Filename: code.Filename, Name: code.Name, Line: ints[1], Lasti: ints[0],
		Col: -1, Frame: t.NewRef(frame),
	}
	return object.NewTraceback(t, next, entry), nil
}
