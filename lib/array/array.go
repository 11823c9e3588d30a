// Package array implements CPython's array module (Modules/arraymodule.c):
// array.array, a mutable sequence of machine values of one C type named
// by a typecode, stored packed in this machine's layout and exported
// through the buffer protocol; the typecodes string; and
// _array_reconstructor, which pickles use.
//
// Concurrency: an array's mutex guards its bytes and export count, and is
// never held while Python code runs (items are converted before it is
// taken), as bytearray does (object/bytearray.go).
package array

import (
	"encoding/binary"
	"math"
	"math/big"
	"sync"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() { vm.RegisterModule("array", newModule) }

// typeCode describes one typecode.
type typeCode struct {
	code    byte
	size    int
	signed  bool // an integer type with a sign
	float   bool
	mformat int // the machine format code pickles carry
	// min and max bound an integer code's values, and the messages say
	// what CPython says beyond them.
	min, max         *big.Int
	tooSmall, tooBig string
}

// The typecodes in the order array.typecodes lists them.
const typecodes = "bBuhHiIlLqQfd"

var codes = map[byte]*typeCode{}

func init() {
	ints := func(code byte, size int, signed bool, mformat int, tooSmall, tooBig string) {
		tc := &typeCode{code: code, size: size, signed: signed, mformat: mformat, tooSmall: tooSmall, tooBig: tooBig}
		bits := uint(8 * size)
		if signed {
			tc.max = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), bits-1), big.NewInt(1))
			tc.min = new(big.Int).Neg(new(big.Int).Lsh(big.NewInt(1), bits-1))
		} else {
			tc.max = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), bits), big.NewInt(1))
			tc.min = new(big.Int)
		}
		codes[code] = tc
	}
	ints('b', 1, true, 1, "signed char is less than minimum", "signed char is greater than maximum")
	ints('B', 1, false, 0, "unsigned byte integer is less than minimum", "unsigned byte integer is greater than maximum")
	ints('h', 2, true, 4, "signed short integer is less than minimum", "signed short integer is greater than maximum")
	ints('H', 2, false, 2, "unsigned short is less than minimum", "unsigned short is greater than maximum")
	ints('i', 4, true, 8, "signed integer is less than minimum", "signed integer is greater than maximum")
	ints('I', 4, false, 6, "can't convert negative value to unsigned int", "unsigned int is greater than maximum")
	ints('l', 8, true, 12, "Python int too large to convert to C long", "Python int too large to convert to C long")
	ints('L', 8, false, 10, "can't convert negative value to unsigned int", "Python int too large to convert to C unsigned long")
	ints('q', 8, true, 12, "int too big to convert", "int too big to convert")
	ints('Q', 8, false, 10, "can't convert negative int to unsigned", "int too big to convert")
	codes['u'] = &typeCode{code: 'u', size: 4, mformat: 20}
	codes['f'] = &typeCode{code: 'f', size: 4, float: true, mformat: 14}
	codes['d'] = &typeCode{code: 'd', size: 8, float: true, mformat: 16}
}

// array is an array.array object.
type array struct {
	object.Object
	mu      sync.Mutex
	tc      *typeCode
	b       []byte // the items, packed; guarded by mu, never moved while exports > 0
	exports int    // live buffer views; guarded by mu
	dict    *object.Dict
}

var arrayType = object.NewStaticType(&object.Type{Name: "array", Module: "array", Flags: object.FlagBaseType | object.FlagWeakrefable,
	Doc:          "array(typecode [, initializer]) -> array\n\nReturn a new array whose items are restricted by typecode, and\ninitialized from the optional initializer value, which must be a list,\nstring or iterable over elements of the appropriate type.",
	SubclassDict: func(o *object.Object) **object.Dict { return &asArray(o).dict }})

func asArray(o *object.Object) *array { return object.Cast[array](o) }

func isArray(o *object.Object) bool {
	return o.Type() == arrayType || object.IsSubtype(o.Type(), arrayType)
}

// newArray returns an array of typ holding b (which it takes over).
func newArray(t *object.Thread, typ *object.Type, tc *typeCode, b []byte) *object.Object {
	a := &array{tc: tc, b: b}
	t.Init(&a.Object, typ)
	return &a.Object
}

// snapshot returns a copy of the items' bytes.
func (a *array) snapshot() []byte {
	a.mu.Lock()
	b := append([]byte(nil), a.b...)
	a.mu.Unlock()
	return b
}

func (a *array) length() int {
	a.mu.Lock()
	n := len(a.b) / a.tc.size
	a.mu.Unlock()
	return n
}

func errExports(t *object.Thread) error {
	return t.Errorf(object.BufferErrorType, "cannot resize an array that is exporting buffers")
}

// decode returns the value of the item p.
func (tc *typeCode) decode(t *object.Thread, p []byte) *object.Object {
	switch tc.code {
	case 'u':
		return object.NewStr(t, object.RuneStr(rune(binary.LittleEndian.Uint32(p))))
	case 'f':
		return object.NewFloat(t, float64(math.Float32frombits(binary.LittleEndian.Uint32(p))))
	case 'd':
		return object.NewFloat(t, math.Float64frombits(binary.LittleEndian.Uint64(p)))
	}
	var u uint64
	switch tc.size {
	case 1:
		u = uint64(p[0])
	case 2:
		u = uint64(binary.LittleEndian.Uint16(p))
	case 4:
		u = uint64(binary.LittleEndian.Uint32(p))
	default:
		u = binary.LittleEndian.Uint64(p)
	}
	if tc.signed {
		shift := 64 - 8*uint(tc.size)
		return object.NewInt(t, int64(u<<shift)>>shift)
	}
	if u > math.MaxInt64 {
		return object.NewIntBig(t, new(big.Int).SetUint64(u))
	}
	return object.NewInt(t, int64(u))
}

// encode converts v to an item, appended to dst, with CPython's errors.
func (tc *typeCode) encode(t *object.Thread, v *object.Object, dst []byte) ([]byte, error) {
	switch {
	case tc.code == 'u':
		if !object.IsStr(v) {
			return nil, t.Errorf(object.TypeErrorType, "array item must be unicode character")
		}
		r := []rune(object.StrValue(v))
		if len(r) != 1 {
			return nil, t.Errorf(object.TypeErrorType, "array item must be unicode character")
		}
		return binary.LittleEndian.AppendUint32(dst, uint32(r[0])), nil
	case tc.float:
		x, err := realValue(t, v)
		if err != nil {
			return nil, err
		}
		if tc.code == 'f' {
			return binary.LittleEndian.AppendUint32(dst, math.Float32bits(float32(x))), nil
		}
		return binary.LittleEndian.AppendUint64(dst, math.Float64bits(x)), nil
	}
	iv, err := object.Index(t, v)
	if err != nil {
		return nil, err
	}
	n := object.AsInt(iv).Big()
	t.Decref(iv)
	if n.Cmp(tc.min) < 0 {
		return nil, t.Errorf(object.OverflowErrorType, "%s", tc.tooSmall)
	}
	if n.Cmp(tc.max) > 0 {
		return nil, t.Errorf(object.OverflowErrorType, "%s", tc.tooBig)
	}
	var u uint64
	if n.Sign() < 0 {
		u = uint64(n.Int64())
	} else {
		u = n.Uint64()
	}
	switch tc.size {
	case 1:
		return append(dst, byte(u)), nil
	case 2:
		return binary.LittleEndian.AppendUint16(dst, uint16(u)), nil
	case 4:
		return binary.LittleEndian.AppendUint32(dst, uint32(u)), nil
	}
	return binary.LittleEndian.AppendUint64(dst, u), nil
}

// realValue is PyFloat_AsDouble for a float item.
func realValue(t *object.Thread, v *object.Object) (float64, error) {
	switch {
	case object.IsFloat(v):
		return object.FloatValue(v), nil
	case object.IsInt(v):
		f, _ := new(big.Float).SetInt(object.AsInt(v).Big()).Float64()
		if math.IsInf(f, 0) {
			return 0, t.Errorf(object.OverflowErrorType, "int too large to convert to float")
		}
		return f, nil
	}
	if object.IsStr(v) {
		return 0, t.Errorf(object.TypeErrorType, "must be real number, not %s", v.Type().Name)
	}
	r, err := object.FloatOf(t, v)
	if err != nil {
		if !object.ErrorMatches(err, object.TypeErrorType) {
			return 0, err
		}
		t.DropError(err)
		return 0, t.Errorf(object.TypeErrorType, "must be real number, not %s", v.Type().Name)
	}
	f := object.FloatValue(r)
	t.Decref(r)
	return f, nil
}

// encodeAll converts every item of items.
func (tc *typeCode) encodeAll(t *object.Thread, items []*object.Object) ([]byte, error) {
	out := make([]byte, 0, len(items)*tc.size)
	for _, x := range items {
		var err error
		if out, err = tc.encode(t, x, out); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// items returns the values of packed bytes b.
func (tc *typeCode) items(t *object.Thread, b []byte) []*object.Object {
	out := make([]*object.Object, len(b)/tc.size)
	for i := range out {
		out[i] = tc.decode(t, b[i*tc.size:(i+1)*tc.size])
	}
	return out
}
