// This file implements the generic operations on objects (CPython's
// Objects/abstract.c and object.c): repr, str, hash, comparison, truth,
// attributes, calls, items, iteration and arithmetic, each dispatching
// through type slots with Python's fallbacks and error messages.

package object

import "math/big"

// Repr returns repr(o).
func Repr(t *Thread, o *Object) (*Object, error) {
	f := o.typ.Repr
	if f == nil {
		return objectRepr(t, o)
	}
	if !t.EnterRecursive() {
		return nil, t.RecursionError(" while getting the repr of an object")
	}
	r, err := f(t, o)
	t.LeaveRecursive()
	return r, err
}

// ReprString returns repr(o) as a Go string.
func ReprString(t *Thread, o *Object) (string, error) {
	r, err := Repr(t, o)
	if err != nil {
		return "", err
	}
	s := StrValue(r)
	t.Decref(r)
	return s, nil
}

// StrOf returns str(o).
func StrOf(t *Thread, o *Object) (*Object, error) {
	if o.typ == StrType {
		return t.NewRef(o), nil
	}
	if f := o.typ.Str; f != nil {
		if !t.EnterRecursive() {
			return nil, t.RecursionError(" while getting the str of an object")
		}
		r, err := f(t, o)
		t.LeaveRecursive()
		return r, err
	}
	return Repr(t, o)
}

// StrString returns str(o) as a Go string.
func StrString(t *Thread, o *Object) (string, error) {
	r, err := StrOf(t, o)
	if err != nil {
		return "", err
	}
	s := StrValue(r)
	t.Decref(r)
	return s, nil
}

// Hash returns hash(o).
func Hash(t *Thread, o *Object) (int64, error) {
	switch o.typ {
	case StrType:
		return Cast[Str](o).Hash(), nil
	case IntType, BoolType:
		return Cast[Int](o).Hash(), nil
	}
	if f := o.typ.Hash; f != nil {
		return f(t, o)
	}
	return 0, t.Errorf(TypeErrorType, "unhashable type: '%s'", o.typ.FullName())
}

// RichCompare returns the result of a op b (PyObject_RichCompare): the
// reflected method of b's type first if it is a proper subtype of a's,
// then a's method, then b's; == and != fall back to identity.
func RichCompare(t *Thread, a, b *Object, op CompareOp) (*Object, error) {
	if at := a.typ; at == b.typ && (at == IntType || at == StrType || at == FloatType) {
		// Leaves, the common case of sorts and searches: their
		// comparison calls nothing, so it needs no recursion count.
		return at.Compare(t, a, b, op)
	}
	if !t.EnterRecursive() {
		return nil, t.RecursionError(" in comparison")
	}
	r, err := richCompare(t, a, b, op)
	t.LeaveRecursive()
	return r, err
}

func richCompare(t *Thread, a, b *Object, op CompareOp) (*Object, error) {
	at, bt := a.typ, b.typ
	checkedReverse := false
	if at != bt && bt.Compare != nil && IsSubtype(bt, at) {
		checkedReverse = true
		r, err := bt.Compare(t, b, a, op.Reflected())
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if at.Compare != nil {
		r, err := at.Compare(t, a, b, op)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if !checkedReverse && bt.Compare != nil {
		r, err := bt.Compare(t, b, a, op.Reflected())
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	switch op {
	case EQ:
		return NewBool(a == b), nil
	case NE:
		return NewBool(a != b), nil
	}
	return nil, t.Errorf(TypeErrorType, "'%s' not supported between instances of '%s' and '%s'",
		op.Symbol(), at.Name, bt.Name)
}

// RichCompareBool returns bool(a op b); identity implies equality, as in
// CPython's PyObject_RichCompareBool.
func RichCompareBool(t *Thread, a, b *Object, op CompareOp) (bool, error) {
	if a == b {
		switch op {
		case EQ:
			return true, nil
		case NE:
			return false, nil
		}
	}
	r, err := RichCompare(t, a, b, op)
	if err != nil {
		return false, err
	}
	ok, err := IsTrue(t, r)
	t.Decref(r)
	return ok, err
}

// IsTrue returns bool(o).
func IsTrue(t *Thread, o *Object) (bool, error) {
	switch o {
	case True:
		return true, nil
	case False, None:
		return false, nil
	}
	if f := o.typ.Bool; f != nil {
		return f(t, o)
	}
	if f := o.typ.Len; f != nil {
		n, err := f(t, o)
		return n != 0, err
	}
	return true, nil
}

// GetAttr returns o.name.
func GetAttr(t *Thread, o *Object, name *Str) (*Object, error) {
	var v *Object
	var err error
	if f := o.typ.GetAttr; f != nil {
		v, err = f(t, o, name)
	} else {
		v, err = GenericGetAttr(t, o, name)
	}
	if err != nil {
		// Whatever raised an AttributeError (a __getattr__, a property, a
		// module), it gets the name and object, as in CPython.
		return nil, t.AddAttributeErrorContext(err, o, name)
	}
	return v, nil
}

// GetAttrString is GetAttr with a Go string name.
func GetAttrString(t *Thread, o *Object, name string) (*Object, error) {
	return GetAttr(t, o, Intern(name))
}

// SetAttr sets o.name = v, or deletes it when v is nil.
func SetAttr(t *Thread, o *Object, name *Str, v *Object) error {
	if f := o.typ.SetAttr; f != nil {
		return f(t, o, name, v)
	}
	return GenericSetAttr(t, o, name, v)
}

// Call calls callable with positional arguments followed by the values of
// the keyword arguments named in kwnames (nil for none).
func Call(t *Thread, callable *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if f := callable.typ.Call; f != nil {
		// Not counted here (recursion.go): callables that call an object
		// they hold (partial, staticmethod, bound methods, properties)
		// count a level themselves (CallHeld), and Python functions are
		// counted by the eval loop, so that map(abs, ...) or a key
		// function does not pay for a count per call.
		return f(t, callable, args, kwnames)
	}
	return nil, t.Errorf(TypeErrorType, "'%s' object is not callable", callable.typ.FullName())
}

// IsCallable reports whether o can be called.
func IsCallable(o *Object) bool { return o.typ.Call != nil }

// GetItem returns o[key].
func GetItem(t *Thread, o, key *Object) (*Object, error) {
	if f := o.typ.GetItem; f != nil {
		return f(t, o, key)
	}
	if IsType(o) {
		// cls[key] calls cls.__class_getitem__(key) (PEP 560).
		if v := t.LookupType(AsType(o), strClassGetItem); v != nil && v != None {
			m, err := GetAttr(t, o, strClassGetItem)
			if err != nil {
				return nil, err
			}
			defer t.Decref(m)
			return Call(t, m, []*Object{key}, nil)
		}
		return nil, t.Errorf(TypeErrorType, "type '%s' is not subscriptable", AsType(o).Name)
	}
	return nil, t.Errorf(TypeErrorType, "'%s' object is not subscriptable", o.typ.FullName())
}

// SetItem sets o[key] = v.
func SetItem(t *Thread, o, key, v *Object) error {
	if f := o.typ.SetItem; f != nil {
		return f(t, o, key, v)
	}
	return t.Errorf(TypeErrorType, "'%s' object does not support item assignment", o.typ.Name)
}

// DelItem deletes o[key].
func DelItem(t *Thread, o, key *Object) error {
	if f := o.typ.SetItem; f != nil {
		return f(t, o, key, nil)
	}
	return t.Errorf(TypeErrorType, "'%s' object does not support item deletion", o.typ.Name)
}

// Len returns len(o).
func Len(t *Thread, o *Object) (int, error) {
	if f := o.typ.Len; f != nil {
		return f(t, o)
	}
	return 0, t.Errorf(TypeErrorType, "object of type '%s' has no len()", o.typ.Name)
}

// Iter returns iter(o).
func Iter(t *Thread, o *Object) (*Object, error) {
	if f := o.typ.Iter; f != nil {
		return f(t, o)
	}
	if o.typ.GetItem != nil {
		return newSeqIter(t, o), nil
	}
	return nil, t.Errorf(TypeErrorType, "'%s' object is not iterable", o.typ.FullName())
}

// Next returns the next item of an iterator, or nil, nil at the end. A
// Next slot may also end by raising StopIteration (a generator does, to
// carry its return value to next()); Next turns that into the end too.
func Next(t *Thread, it *Object) (*Object, error) {
	if f := it.typ.Next; f != nil {
		// Not counted here (recursion.go): an iterator that wraps
		// iterators (map, zip, itertools') counts a level in its own Next
		// slot, and Python __next__ methods are counted as special-method
		// calls, so that a for loop over a list or a zip does not pay for
		// a count per item and per level.
		v, err := f(t, it)
		if err != nil && ErrorMatches(err, StopIterationType) {
			t.DropError(err)
			return nil, nil
		}
		return v, err
	}
	return nil, t.Errorf(TypeErrorType, "'%s' object is not an iterator", it.typ.Name)
}

// Contains returns v in o.
func Contains(t *Thread, o, v *Object) (bool, error) {
	if f := o.typ.Contains; f != nil {
		return f(t, o, v)
	}
	it, err := Iter(t, o)
	if err != nil {
		if ErrorMatches(err, TypeErrorType) {
			t.DropError(err)
			return false, t.Errorf(TypeErrorType, "argument of type '%s' is not iterable", o.typ.Name)
		}
		return false, err
	}
	defer t.Decref(it)
	for {
		x, err := Next(t, it)
		if err != nil || x == nil {
			return false, err
		}
		eq, err := RichCompareBool(t, x, v, EQ)
		t.Decref(x)
		if err != nil || eq {
			return eq, err
		}
	}
}

// BinaryOp identifies a binary operator for BinaryOperation.
type BinaryOp uint8

// Binary operators, in the order of the syntax package's Operator.
const (
	OpAdd BinaryOp = iota
	OpSub
	OpMul
	OpMatMul
	OpTrueDiv
	OpMod
	OpPow
	OpLShift
	OpRShift
	OpOr
	OpXor
	OpAnd
	OpFloorDiv
)

var binaryOpSymbols = [...]string{"+", "-", "*", "@", "/", "%", "** or pow()", "<<", ">>", "|", "^", "&", "//"}

// Symbol returns the operator as Python's error messages spell it.
func (op BinaryOp) Symbol() string { return binaryOpSymbols[op] }

func (n *NumberMethods) slot(op BinaryOp) func(t *Thread, a, b *Object) (*Object, error) {
	if n == nil {
		return nil
	}
	switch op {
	case OpAdd:
		return n.Add
	case OpSub:
		return n.Sub
	case OpMul:
		return n.Mul
	case OpMatMul:
		return n.MatMul
	case OpTrueDiv:
		return n.TrueDiv
	case OpMod:
		return n.Mod
	case OpPow:
		return n.Pow
	case OpLShift:
		return n.LShift
	case OpRShift:
		return n.RShift
	case OpOr:
		return n.Or
	case OpXor:
		return n.Xor
	case OpAnd:
		return n.And
	case OpFloorDiv:
		return n.FloorDiv
	}
	return nil
}

// BinaryOperation returns a op b (CPython's binary_op1): the right
// operand's slot first if its type is a proper subtype of the left's,
// then the left's, then the right's; NotImplemented from all of them is a
// TypeError. Sequence concatenation and repetition are the Add and Mul
// slots of the sequence types.
func BinaryOperation(t *Thread, a, b *Object, op BinaryOp) (*Object, error) {
	return binaryOperation(t, a, b, op, false)
}

// binaryOperation is a op b; inplace names the augmented operator (+=)
// in the error for unsupported operands.
func binaryOperation(t *Thread, a, b *Object, op BinaryOp, inplace bool) (*Object, error) {
	slotA := a.typ.Number.slot(op)
	var slotB func(t *Thread, a, b *Object) (*Object, error)
	// Types that share a slot table (bool and int, all classes) are
	// handled by the left operand's slot alone, as CPython skips the right
	// slot when it is the same function.
	if b.typ.Number != a.typ.Number {
		slotB = b.typ.Number.slot(op)
	}
	if slotB != nil && IsSubtype(b.typ, a.typ) {
		r, err := slotB(t, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
		slotB = nil
	}
	if slotA != nil {
		r, err := slotA(t, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if slotB != nil {
		r, err := slotB(t, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	switch {
	case op == OpAdd && a.typ.Concat != nil:
		return a.typ.Concat(t, a, b)
	case op == OpMul && a.typ.Repeat != nil:
		return sequenceRepeat(t, a.typ.Repeat, a, b)
	case op == OpMul && b.typ.Repeat != nil:
		return sequenceRepeat(t, b.typ.Repeat, b, a)
	}
	sym := op.Symbol()
	if inplace {
		sym = binaryOpInplaceSymbols[op]
	}
	return nil, t.Errorf(TypeErrorType, "unsupported operand type(s) for %s: '%s' and '%s'",
		sym, a.typ.FullName(), b.typ.FullName())
}

var binaryOpInplaceSymbols = [...]string{"+=", "-=", "*=", "@=", "/=", "%=", "**=", "<<=", ">>=", "|=", "^=", "&=", "//="}

// sequenceRepeat is seq * n for a sequence type's Repeat slot, repeat.
func sequenceRepeat(t *Thread, repeat func(t *Thread, seq *Object, n int64) (*Object, error), seq, n *Object) (*Object, error) {
	count, ok, err := repeatCount(t, n)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, t.Errorf(TypeErrorType, "can't multiply sequence by non-int of type '%s'", n.typ.Name)
	}
	return repeat(t, seq, max(count, 0))
}

// UnaryOp identifies a unary operator.
type UnaryOp uint8

// Unary operators.
const (
	OpNeg UnaryOp = iota
	OpPos
	OpInvert
)

// UnaryOperation returns -a, +a or ~a.
func UnaryOperation(t *Thread, a *Object, op UnaryOp) (*Object, error) {
	var f func(t *Thread, a *Object) (*Object, error)
	if n := a.typ.Number; n != nil {
		f = [...]func(t *Thread, a *Object) (*Object, error){n.Neg, n.Pos, n.Invert}[op]
	}
	if f == nil {
		return nil, t.Errorf(TypeErrorType, "bad operand type for unary %s: '%s'",
			[...]string{"-", "+", "~"}[op], a.typ.Name)
	}
	return f(t, a)
}

// Index returns o as an int (operator.index).
func Index(t *Thread, o *Object) (*Object, error) {
	if o.typ == IntType {
		return t.NewRef(o), nil
	}
	if IsInt(o) {
		// bool and int subclasses give a plain int, as in CPython.
		return exactInt(t, Cast[Int](o)), nil
	}
	if n := o.typ.Number; n != nil && n.Index != nil {
		r, err := n.Index(t, o)
		if err != nil || r.typ == IntType {
			return r, err
		}
		if !IsInt(r) {
			t.Decref(r)
			return nil, t.Errorf(TypeErrorType, "__index__ returned non-int (type %s)", r.typ.Name)
		}
		e := exactInt(t, Cast[Int](r))
		t.Decref(r)
		return e, nil
	}
	return nil, t.Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", o.typ.Name)
}

// AsInt64 converts o with __index__ to an int64, raising OverflowError
// if it does not fit.
func AsInt64(t *Thread, o *Object) (int64, error) {
	if !IsInt(o) {
		r, err := Index(t, o)
		if err != nil {
			return 0, err
		}
		defer t.Decref(r)
		o = r // an exact int
	}
	i := Cast[Int](o)
	if i.big == nil {
		return i.v, nil
	}
	return 0, t.Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
}

// exactInt returns an int (of type int itself) equal to i.
func exactInt(t *Thread, i *Int) *Object {
	if i.big != nil {
		return NewIntBig(t, new(big.Int).Set(i.big))
	}
	return NewInt(t, i.v)
}

// seqIter iterates over an object with GetItem and no Iter, by index.
// It keeps seq until it is itself freed (threads may share it: see
// listIter).
type seqIter struct {
	Object
	seq *Object
	i   relaxedInt64 // -1 once exhausted
}

var seqIterType = NewStaticType(&Type{
	Name:  "iterator",
	Flags: FlagGC,
	Iter:  func(t *Thread, o *Object) (*Object, error) { return t.NewRef(o), nil },
	Next: func(t *Thread, o *Object) (*Object, error) {
		it := Cast[seqIter](o)
		i := it.i.Load()
		if i < 0 {
			return nil, nil
		}
		idx := NewInt(t, i)
		v, err := GetItem(t, it.seq, idx)
		t.Decref(idx)
		if err != nil {
			if ErrorMatches(err, IndexErrorType) || ErrorMatches(err, StopIterationType) {
				t.DropError(err)
				it.i.Store(-1)
				return nil, nil
			}
			return nil, err
		}
		it.i.Store(i + 1)
		return v, nil
	},
	Traverse: func(o *Object, visit Visitor) {
		if s := Cast[seqIter](o).seq; s != nil {
			visit(s)
		}
	},
	Dealloc: func(t *Thread, o *Object) { t.XDecref(Cast[seqIter](o).seq) },
})

func newSeqIter(t *Thread, seq *Object) *Object {
	it := &seqIter{seq: t.NewRef(seq)}
	t.Init(&it.Object, seqIterType)
	t.Track(&it.Object)
	return &it.Object
}

// Format returns format(o, spec): o's __format__ method when its type
// defines one, else str(o) for an empty spec (object.__format__).
func Format(t *Thread, o *Object, spec string) (*Object, error) {
	if spec == "" && (o.typ == IntType || o.typ == FloatType || o.typ == BoolType || o.typ == StrType) {
		// format(x, "") is str(x) for these (f"{i}").
		return StrOf(t, o)
	}
	if m := o.typ.Lookup(strDunderFormat); m != nil && m.typ == MethodDescrType {
		md := Cast[MethodDescr](m)
		if md.Owner != ObjectType {
			s := NewStr(t, spec)
			defer t.Decref(s)
			return md.Def.Fn(t, o, []*Object{s}, nil)
		}
	} else if m != nil {
		f, err := GetAttrString(t, o, "__format__")
		if err != nil {
			return nil, err
		}
		defer t.Decref(f)
		s := NewStr(t, spec)
		defer t.Decref(s)
		r, err := Call(t, f, []*Object{s}, nil)
		if err != nil {
			return nil, err
		}
		if !IsStr(r) {
			t.Decref(r)
			return nil, t.Errorf(TypeErrorType, "__format__ must return a str, not %s", r.typ.Name)
		}
		return r, nil
	}
	if spec != "" {
		return nil, t.Errorf(TypeErrorType, "unsupported format string passed to %s.__format__", o.typ.Name)
	}
	return StrOf(t, o)
}

// InplaceOperation returns a op= b: the left operand's in-place slot when
// its type has one (list +=, set |=), else the binary operation.
func InplaceOperation(t *Thread, a, b *Object, op BinaryOp) (*Object, error) {
	if n := a.typ.Number; n != nil {
		var f func(t *Thread, a, b *Object) (*Object, error)
		switch op {
		case OpAdd:
			f = n.InplaceAdd
		case OpMul:
			f = n.InplaceMul
		case OpOr:
			f = n.InplaceOr
		case OpAnd:
			f = n.InplaceAnd
		case OpXor:
			f = n.InplaceXor
		case OpSub:
			f = n.InplaceSub
		case OpMatMul:
			f = n.InplaceMatMul
		case OpTrueDiv:
			f = n.InplaceTrueDiv
		case OpFloorDiv:
			f = n.InplaceFloorDiv
		case OpMod:
			f = n.InplaceMod
		case OpPow:
			f = n.InplacePow
		case OpLShift:
			f = n.InplaceLShift
		case OpRShift:
			f = n.InplaceRShift
		}
		if f != nil {
			r, err := f(t, a, b)
			if err != nil || r != NotImplemented {
				return r, err
			}
		}
	}
	return binaryOperation(t, a, b, op, true)
}

// FoldBinary combines acc with each item of iterable by op, left to
// right (sum() and math.prod()). It takes over the reference to acc and
// returns a new reference to the result.
func FoldBinary(t *Thread, iterable, acc *Object, op BinaryOp) (*Object, error) {
	it, err := Iter(t, iterable)
	if err != nil {
		t.Decref(acc)
		return nil, err
	}
	defer t.Decref(it)
	// sum() of ints: the running total stays a Go int64 (acc nil) until
	// an item that is not an int64-sized int, or an overflow, comes.
	var total int64
	if op == OpAdd && acc.typ == IntType && Cast[Int](acc).big == nil {
		total = Cast[Int](acc).v
		t.Decref(acc)
		acc = nil
	}
	for {
		x, err := Next(t, it)
		if err == nil && x == nil {
			break
		}
		if err != nil {
			t.XDecref(acc)
			return nil, err
		}
		if acc == nil {
			if x.typ == IntType && Cast[Int](x).big == nil {
				if v := Cast[Int](x).v; (total+v > total) == (v > 0) {
					total += v
					t.Decref(x)
					continue
				}
			}
			acc = NewInt(t, total)
		}
		r := FastBinary(t, acc, x, op)
		if r == nil {
			r, err = BinaryOperation(t, acc, x, op)
		}
		t.Decref(x)
		t.Decref(acc)
		if err != nil {
			return nil, err
		}
		acc = r
	}
	if acc == nil {
		return NewInt(t, total), nil
	}
	return acc, nil
}

// Iterate calls f with each item of iterable, borrowed for the duration
// of the call, stopping at the first error.
func Iterate(t *Thread, iterable *Object, f func(item *Object) error) error {
	it, err := Iter(t, iterable)
	if err != nil {
		return err
	}
	defer t.Decref(it)
	for {
		x, err := Next(t, it)
		if err != nil || x == nil {
			return err
		}
		err = f(x)
		t.Decref(x)
		if err != nil {
			return err
		}
	}
}

// SequenceItems returns new references to the items of iterable, with
// fast paths for lists and tuples. A list, set, frozenset, dict or dict
// view is copied whole under its lock (containerItems), as free-threaded
// CPython does, so another thread changing it cannot make the copy fail.
func SequenceItems(t *Thread, iterable *Object) ([]*Object, error) {
	var src []*Object
	switch iterable.typ {
	case ListType:
		return Cast[List](iterable).Snapshot(t), nil
	case TupleType:
		src = Cast[Tuple](iterable).Items
	default:
		if items, ok := containerItems(t, iterable); ok {
			return items, nil
		}
		if err := checkHintAlloc(t, iterable, 8); err != nil {
			return nil, err
		}
		var out []*Object
		err := Iterate(t, iterable, func(x *Object) error {
			out = append(out, t.NewRef(x))
			return nil
		})
		if err != nil {
			decrefAll(t, out)
			return nil, err
		}
		return out, nil
	}
	out := make([]*Object, len(src))
	for i, x := range src {
		out[i] = t.NewRef(x)
	}
	return out, nil
}

var strDunderFormat = Intern("__format__")
