// This file defines what Python sees of cells (types.CellType): the
// cell_contents attribute, cell([contents]), repr and comparison; and
// the __code__ setter of functions, whose closure cells it checks.

package vm

import (
	"fmt"

	"github.com/ftpy/ftpy/compile"
	"github.com/ftpy/ftpy/object"
)

var cellGetSets = []object.GetSetDef{
	{Name: "cell_contents", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		r := object.Cast[Cell](o).load(t)
		if r.IsNull() {
			return nil, t.Errorf(object.ValueErrorType, "Cell is empty")
		}
		return t.AsSteal(r), nil
	}, Set: func(t *object.Thread, o, v *object.Object) error {
		if v != nil {
			t.Incref(v)
		}
		t.XDecref(object.Cast[Cell](o).swap(v))
		return nil
	}},
}

func cellNew(t *object.Thread, _ *object.Type, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if kw != nil && len(kw.Items) > 0 {
		return nil, t.Errorf(object.TypeErrorType, "cell() takes no keyword arguments")
	}
	if len(args) > 1 {
		return nil, t.Errorf(object.TypeErrorType, "cell expected at most 1 argument, got %d", len(args))
	}
	var v *object.Object
	if len(args) == 1 {
		v = t.NewRef(args[0])
	}
	return &newCell(t, v).Object, nil
}

func cellRepr(t *object.Thread, o *object.Object) (*object.Object, error) {
	r := object.Cast[Cell](o).load(t)
	if r.IsNull() {
		return object.NewStr(t, fmt.Sprintf("<cell at %s: empty>", Addr(o))), nil
	}
	v := r.Obj()
	s := fmt.Sprintf("<cell at %s: %s object at %s>", Addr(o), v.Type().Name, Addr(v))
	t.Close(r)
	return object.NewStr(t, s), nil
}

// cellCompare compares contents; an empty cell is less than a full one.
func cellCompare(t *object.Thread, a, b *object.Object, op object.CompareOp) (*object.Object, error) {
	if b.Type() != CellType {
		return object.NotImplemented, nil
	}
	ra, rb := object.Cast[Cell](a).load(t), object.Cast[Cell](b).load(t)
	defer t.Close(ra)
	defer t.Close(rb)
	if !ra.IsNull() && !rb.IsNull() {
		return object.RichCompare(t, ra.Obj(), rb.Obj(), op)
	}
	// Compare fullness: 0 for empty, 1 for full.
	x, y := 0, 0
	if !ra.IsNull() {
		x = 1
	}
	if !rb.IsNull() {
		y = 1
	}
	var res bool
	switch op {
	case object.LT:
		res = x < y
	case object.LE:
		res = x <= y
	case object.EQ:
		res = x == y
	case object.NE:
		res = x != y
	case object.GT:
		res = x > y
	case object.GE:
		res = x >= y
	}
	return object.NewBool(res), nil
}

func init() {
	CellType.New = cellNew
	CellType.Repr = cellRepr
	CellType.Compare = cellCompare
}

// setFunctionCode is the __code__ setter: any code object with as many
// free variables as the function has cells. Code objects are immortal,
// so the old one needs no release. A thread calling the function while
// another assigns races as in CPython: it runs the old code or the new.
func setFunctionCode(t *object.Thread, o, v *object.Object) error {
	if v == nil || v.Type() != compile.CodeType {
		return t.Errorf(object.TypeErrorType, "__code__ must be set to a code object")
	}
	fn := object.Cast[Function](o)
	code := object.Cast[compile.Code](v)
	nclosure := 0
	if fn.Closure != nil {
		nclosure = len(fn.Closure.Items)
	}
	if len(code.FreeNames) != nclosure {
		return t.Errorf(object.ValueErrorType, "%s() requires a code object with %d free vars, not %d",
			object.StrValue(fn.Name), nclosure, len(code.FreeNames))
	}
	fn.Code = code
	return nil
}
