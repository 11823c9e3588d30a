// This file implements bool's behaviour on top of int's: its repr, the
// bitwise operators that keep bools bool, and bool().

package object

var boolNumber = func() NumberMethods {
	n := intNumber
	n.And = boolAnd
	n.Or = boolOr
	n.Xor = boolXor
	return n
}()

func init() {
	BoolType.Base = IntType
	BoolType.Doc = "bool(x) -> bool"
	BoolType.Repr = boolRepr
	BoolType.New = boolNew
	BoolType.Number = &boolNumber
	ReadyType(BoolType, nil, nil)
}

var (
	trueStr  = NewStrStatic("True")
	falseStr = NewStrStatic("False")
)

func boolRepr(t *Thread, o *Object) (*Object, error) {
	if o == True {
		return trueStr, nil
	}
	return falseStr, nil
}

func boolAnd(t *Thread, a, b *Object) (*Object, error) {
	if a.typ == BoolType && b.typ == BoolType {
		return NewBool(a == True && b == True), nil
	}
	return intAnd(t, a, b)
}

func boolOr(t *Thread, a, b *Object) (*Object, error) {
	if a.typ == BoolType && b.typ == BoolType {
		return NewBool(a == True || b == True), nil
	}
	return intOr(t, a, b)
}

func boolXor(t *Thread, a, b *Object) (*Object, error) {
	if a.typ == BoolType && b.typ == BoolType {
		return NewBool((a == True) != (b == True)), nil
	}
	return intXor(t, a, b)
}

// boolNew is bool(): bool() and bool(x).
func boolNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := NoKeywords(t, "bool", kwnames); err != nil {
		return nil, err
	}
	if len(args) > 1 {
		return nil, t.Errorf(TypeErrorType, "bool expected at most 1 argument, got %d", len(args))
	}
	if len(args) == 0 {
		return False, nil
	}
	b, err := IsTrue(t, args[0])
	if err != nil {
		return nil, err
	}
	return NewBool(b), nil
}
