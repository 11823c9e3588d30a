// This file is object.__sizeof__ and sys.getsizeof. ftpy's objects are Go
// structs whose sizes say little to a Python program, so __sizeof__
// reports what the object would take in CPython 3.11's layout (a 16-byte
// header, 8-byte pointers, 30-bit int digits, compact strings, the dict
// and set tables): the same object always gets the same size, bigger
// contents a bigger one, and code that budgets memory by getsizeof
// behaves as it does under CPython.

package vm

import (
	"math/bits"

	"github.com/ftpy/ftpy/object"
)

var strSizeof = object.Intern("__sizeof__")

// gcHeaderSize is what getsizeof adds for an object the collector
// tracks (CPython's PyGC_Head), and dictPointerSize what an instance with
// an attribute dict adds before it (CPython 3.11's managed dict).
const (
	gcHeaderSize    = 16
	dictPointerSize = 16
)

func objectSizeof(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "__sizeof__", args, kw, 0, 0); err != nil {
		return nil, err
	}
	return object.NewInt(t, sizeOf(self)), nil
}

// sizeOf is o's size in CPython 3.11's layout: its built-in part, then
// the slots and weak reference pointer its classes add.
func sizeOf(o *object.Object) int64 {
	size := builtinSize(o)
	for _, c := range o.Type().MRO {
		if !c.IsHeapType() || c.Dict == nil {
			continue
		}
		for pos := 0; ; {
			var v *object.Object
			var ok bool
			pos, _, v, ok = c.Dict.Next(pos)
			if !ok {
				break
			}
			if v.Type() == memberType {
				size += 8 // a __slots__ member
			}
		}
	}
	if typ := o.Type(); typ.IsHeapType() && typ.Flags&object.FlagWeakrefable != 0 && !builtinWeakrefable(typ) {
		size += 8 // the weak reference list a class adds
	}
	return size
}

// builtinWeakrefable reports whether the built-in base of typ already
// has a weak reference list.
func builtinWeakrefable(typ *object.Type) bool {
	for _, c := range typ.MRO {
		if !c.IsHeapType() {
			return c.Flags&object.FlagWeakrefable != 0
		}
	}
	return false
}

// builtinSize is the size of o's built-in layout.
func builtinSize(o *object.Object) int64 {
	switch {
	case o == object.None:
		return 16
	case object.IsInt(o):
		i := object.AsInt(o)
		digits := int64(1)
		if v, ok := i.Int64(); ok {
			if v < 0 {
				v = -v
			}
			digits = max(1, int64(bits.Len64(uint64(v))+29)/30)
		} else {
			digits = int64(i.Big().BitLen()+29) / 30
		}
		return 24 + 4*digits
	case object.IsFloat(o):
		return 24
	case object.IsComplex(o):
		return 32
	case object.IsStr(o):
		return strSize(object.StrValue(o))
	case object.IsBytes(o):
		return 33 + int64(len(object.BytesValue(o)))
	case object.IsTuple(o):
		return 24 + 8*int64(len(object.AsTuple(o).Items))
	case object.IsList(o):
		return 40 + 8*int64(object.Cast[object.List](o).Len())
	case object.IsDict(o):
		return dictSize(object.AsDict(o).Len())
	case object.IsAnySet(o):
		return setSize(object.AsSet(o).Len())
	case object.IsType(o):
		if object.AsType(o).IsHeapType() {
			return 1672
		}
		return 408
	case o.Type() == object.RangeType:
		return 48
	case o.Type() == FunctionType:
		return 136
	}
	return 16
}

// strSize is a compact str's size: a header, then one, two or four bytes
// a character by the widest one, and a terminator.
func strSize(s string) int64 {
	n, widest := int64(0), rune(0)
	for _, r := range s {
		n++
		widest = max(widest, r)
	}
	switch {
	case widest < 0x80:
		return 49 + n
	case widest < 0x100:
		return 73 + n
	case widest < 0x10000:
		return 74 + 2*n
	}
	return 76 + 4*n
}

// dictSize is a dict of n items: the object, then (when not empty) a keys
// table whose size keeps it at most two thirds full, with one-byte
// indices for small tables and 24-byte entries.
func dictSize(n int) int64 {
	if n == 0 {
		return 48
	}
	size := int64(8)
	for size*2/3 < int64(n) {
		size *= 2
	}
	index := int64(1)
	switch {
	case size > 1<<16:
		index = 4
	case size > 1<<8:
		index = 2
	}
	return 48 + 32 + size*index + (size*2/3)*24
}

// setSize is a set of n items: the object with its table of eight
// 16-byte entries, and a table of its own once those are three fifths
// full.
func setSize(n int) int64 {
	size := int64(8)
	for int64(n)*5 >= (size-1)*3 {
		size *= 2
	}
	if size == 8 {
		return 200
	}
	return 200 + 16*size
}

// GetSizeOf is sys.getsizeof(object[, default]): the object's
// __sizeof__, plus the collector's header for a tracked object; default
// stands for the size of an object whose __sizeof__ raises TypeError.
func GetSizeOf(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var o, dflt *object.Object
	if err := object.ParseArgs(t, "getsizeof", args, kw, []string{"object", "default"}, 1, &o, &dflt); err != nil {
		return nil, err
	}
	size, err := sizeofOf(t, o)
	if err != nil {
		if dflt != nil && object.ErrorMatches(err, object.TypeErrorType) {
			t.DropError(err)
			return t.NewRef(dflt), nil
		}
		return nil, err
	}
	if typ := o.Type(); typ.Flags&object.FlagGC != 0 {
		size += gcHeaderSize
		if typ.IsHeapType() && typ.Flags&object.FlagSlots == 0 {
			size += dictPointerSize
		}
	}
	return object.NewInt(t, size), nil
}

// sizeofOf calls o's __sizeof__ and checks its result as CPython does.
func sizeofOf(t *object.Thread, o *object.Object) (int64, error) {
	st := stateOf(t)
	m, err := st.lookupSpecial(o, strSizeof)
	if err != nil {
		return 0, err
	}
	if m == nil {
		return 0, t.Errorf(object.TypeErrorType, "Type %s doesn't define __sizeof__", o.Type().Name)
	}
	r, err := object.Call(t, m, nil, nil)
	t.Decref(m)
	if err != nil {
		return 0, err
	}
	defer t.Decref(r)
	if !object.IsInt(r) {
		return 0, t.Errorf(object.TypeErrorType, "an integer is required")
	}
	v, ok := object.AsInt(r).Int64()
	if !ok {
		if object.AsInt(r).Sign() < 0 {
			return 0, t.Errorf(object.ValueErrorType, "__sizeof__() should return >= 0")
		}
		return 0, t.Errorf(object.OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	if v < 0 {
		return 0, t.Errorf(object.ValueErrorType, "__sizeof__() should return >= 0")
	}
	return v, nil
}
