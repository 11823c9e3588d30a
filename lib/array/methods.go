// This file holds array.array's methods and attributes, pickling
// (__reduce_ex__ and _array_reconstructor) and the module object.

package array

import (
	"encoding/binary"
	"math"
	"unsafe"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

type cfunc = func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error)

// noArgs wraps a method that takes no arguments.
func noArgs(name string, f func(t *object.Thread, a *array) (*object.Object, error)) cfunc {
	return func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "array."+name, args, kw, 0, 0); err != nil {
			return nil, err
		}
		return f(t, asArray(self))
	}
}

// oneArg wraps a method that takes one positional argument.
func oneArg(name string, f func(t *object.Thread, a *array, x *object.Object) (*object.Object, error)) cfunc {
	return func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, name, args, kw, 1, 1); err != nil {
			return nil, err
		}
		return f(t, asArray(self), args[0])
	}
}

var arrayMethods = []object.MethodDef{
	{Name: "append", Fn: oneArg("append", func(t *object.Thread, a *array, x *object.Object) (*object.Object, error) {
		p, err := a.tc.encode(t, x, nil)
		if err != nil {
			return nil, err
		}
		return object.None, a.appendBytes(t, p)
	})},
	{Name: "extend", Fn: oneArg("extend", func(t *object.Thread, a *array, x *object.Object) (*object.Object, error) {
		if isArray(x) {
			return object.None, extendArray(t, a, asArray(x))
		}
		var p []byte
		err := object.Iterate(t, x, func(item *object.Object) error {
			var err error
			p, err = a.tc.encode(t, item, p)
			return err
		})
		if err != nil {
			return nil, err
		}
		return object.None, a.appendBytes(t, p)
	})},
	{Name: "insert", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "insert", args, kw, 2, 2); err != nil {
			return nil, err
		}
		a := asArray(self)
		i, err := indexArg(t, args[0])
		if err != nil {
			return nil, err
		}
		p, err := a.tc.encode(t, args[1], nil)
		if err != nil {
			return nil, err
		}
		a.mu.Lock()
		defer a.mu.Unlock()
		if a.exports > 0 {
			return nil, errExports(t)
		}
		n := int64(len(a.b) / a.tc.size)
		if i < 0 {
			i = max(i+n, 0)
		}
		at := int(min(i, n)) * a.tc.size
		a.b = append(a.b[:at], append(p, a.b[at:]...)...)
		return object.None, nil
	}},
	{Name: "pop", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "pop", args, kw, 0, 1); err != nil {
			return nil, err
		}
		i := int64(-1)
		if len(args) == 1 {
			var err error
			if i, err = indexArg(t, args[0]); err != nil {
				return nil, err
			}
		}
		a := asArray(self)
		size := a.tc.size
		a.mu.Lock()
		n := int64(len(a.b) / size)
		if n == 0 {
			a.mu.Unlock()
			return nil, t.Errorf(object.IndexErrorType, "pop from empty array")
		}
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			a.mu.Unlock()
			return nil, t.Errorf(object.IndexErrorType, "pop index out of range")
		}
		if a.exports > 0 {
			a.mu.Unlock()
			return nil, errExports(t)
		}
		at := int(i) * size
		item := append([]byte(nil), a.b[at:at+size]...)
		a.b = append(a.b[:at], a.b[at+size:]...)
		a.mu.Unlock()
		return a.tc.decode(t, item), nil
	}},
	{Name: "remove", Fn: oneArg("remove", func(t *object.Thread, a *array, x *object.Object) (*object.Object, error) {
		i, err := find(t, a, x, 0, math.MaxInt)
		if err != nil {
			return nil, err
		}
		if i < 0 {
			return nil, t.Errorf(object.ValueErrorType, "array.remove(x): x not in array")
		}
		return object.None, a.mutate(t, func(b []byte) ([]byte, error) {
			at := i * a.tc.size
			if at+a.tc.size > len(b) {
				return b, nil // shrunk meanwhile
			}
			return append(b[:at], b[at+a.tc.size:]...), nil
		})
	})},
	{Name: "index", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "index", args, kw, 1, 3); err != nil {
			return nil, err
		}
		a := asArray(self)
		n := a.length()
		lo, hi := 0, n
		bound := func(o *object.Object) (int, error) {
			v, err := indexArg(t, o)
			if err != nil {
				if !object.ErrorMatches(err, object.OverflowErrorType) {
					return 0, err
				}
				// Huge bounds clamp, as CPython's slice-index converter does.
				t.DropError(err)
				v = math.MaxInt64
				if neg, _ := object.RichCompareBool(t, o, object.SmallInt(0), object.LT); neg {
					v = math.MinInt64 + int64(n)
				}
			}
			if v < 0 {
				v = max(v+int64(n), 0)
			}
			return int(min(v, int64(n))), nil
		}
		var err error
		if len(args) > 1 {
			if lo, err = bound(args[1]); err != nil {
				return nil, err
			}
		}
		if len(args) > 2 {
			if hi, err = bound(args[2]); err != nil {
				return nil, err
			}
		}
		i, err := find(t, a, args[0], lo, hi)
		if err != nil {
			return nil, err
		}
		if i < 0 {
			return nil, t.Errorf(object.ValueErrorType, "array.index(x): x not in array")
		}
		return object.NewInt(t, int64(i)), nil
	}},
	{Name: "count", Fn: oneArg("count", func(t *object.Thread, a *array, x *object.Object) (*object.Object, error) {
		count := 0
		for _, v := range a.tc.items(t, a.snapshot()) {
			eq, err := object.RichCompareBool(t, v, x, object.EQ)
			t.Decref(v)
			if err != nil {
				return nil, err
			}
			if eq {
				count++
			}
		}
		return object.NewInt(t, int64(count)), nil
	})},
	{Name: "reverse", Fn: noArgs("reverse", func(t *object.Thread, a *array) (*object.Object, error) {
		size := a.tc.size
		a.mu.Lock()
		b := a.b
		tmp := make([]byte, size)
		for l, r := 0, len(b)/size-1; l < r; l, r = l+1, r-1 {
			copy(tmp, b[l*size:(l+1)*size])
			copy(b[l*size:], b[r*size:(r+1)*size])
			copy(b[r*size:], tmp)
		}
		a.mu.Unlock()
		return object.None, nil
	})},
	{Name: "byteswap", Fn: noArgs("byteswap", func(t *object.Thread, a *array) (*object.Object, error) {
		size := a.tc.size
		a.mu.Lock()
		for i := 0; i+size <= len(a.b); i += size {
			item := a.b[i : i+size]
			for l, r := 0, size-1; l < r; l, r = l+1, r-1 {
				item[l], item[r] = item[r], item[l]
			}
		}
		a.mu.Unlock()
		return object.None, nil
	})},
	{Name: "buffer_info", Fn: noArgs("buffer_info", func(t *object.Thread, a *array) (*object.Object, error) {
		a.mu.Lock()
		var addr uintptr
		if cap(a.b) > 0 {
			addr = uintptr(unsafe.Pointer(unsafe.SliceData(a.b)))
		}
		n := len(a.b) / a.tc.size
		a.mu.Unlock()
		return object.NewTuple(t, []*object.Object{object.NewInt(t, int64(addr)), object.NewInt(t, int64(n))}).Obj(), nil
	})},
	{Name: "tobytes", Fn: noArgs("tobytes", func(t *object.Thread, a *array) (*object.Object, error) {
		return object.NewBytes(t, a.snapshot()), nil
	})},
	{Name: "frombytes", Fn: oneArg("frombytes", func(t *object.Thread, a *array, x *object.Object) (*object.Object, error) {
		b, release, err := object.BytesLike(t, x)
		if err != nil {
			return nil, err
		}
		p := append([]byte(nil), b...)
		release()
		if len(p)%a.tc.size != 0 {
			return nil, t.Errorf(object.ValueErrorType, "bytes length not a multiple of item size")
		}
		return object.None, a.appendBytes(t, p)
	})},
	{Name: "tolist", Fn: noArgs("tolist", func(t *object.Thread, a *array) (*object.Object, error) {
		return object.NewList(t, a.tc.items(t, a.snapshot())).Obj(), nil
	})},
	{Name: "fromlist", Fn: oneArg("fromlist", func(t *object.Thread, a *array, x *object.Object) (*object.Object, error) {
		if !object.IsList(x) {
			return nil, t.Errorf(object.TypeErrorType, "arg must be list")
		}
		items, err := object.SequenceItems(t, x)
		if err != nil {
			return nil, err
		}
		defer func() {
			for _, it := range items {
				t.Decref(it)
			}
		}()
		p, err := a.tc.encodeAll(t, items)
		if err != nil {
			return nil, err
		}
		return object.None, a.appendBytes(t, p)
	})},
	{Name: "tounicode", Fn: noArgs("tounicode", func(t *object.Thread, a *array) (*object.Object, error) {
		if a.tc.code != 'u' {
			return nil, t.Errorf(object.ValueErrorType, "tounicode() may only be called on unicode type arrays")
		}
		return object.NewStr(t, unicodeOf(a.snapshot())), nil
	})},
	{Name: "fromunicode", Fn: oneArg("fromunicode", func(t *object.Thread, a *array, x *object.Object) (*object.Object, error) {
		if !object.IsStr(x) {
			return nil, t.Errorf(object.TypeErrorType, "fromunicode() argument must be str, not %s", x.Type().Name)
		}
		if a.tc.code != 'u' {
			return nil, t.Errorf(object.ValueErrorType, "fromunicode() may only be called on unicode type arrays")
		}
		var p []byte
		for _, r := range object.StrValue(x) {
			p = appendRune(p, r)
		}
		return object.None, a.appendBytes(t, p)
	})},
	{Name: "tofile", Fn: oneArg("tofile", func(t *object.Thread, a *array, f *object.Object) (*object.Object, error) {
		b := a.snapshot()
		// CPython writes in blocks of 64 KiB.
		const block = 64 * 1024
		for i := 0; i < len(b) || i == 0; i += block {
			if len(b) == 0 {
				break
			}
			chunk := object.NewBytes(t, b[i:min(i+block, len(b))])
			r, err := callMethod(t, f, "write", chunk)
			t.Decref(chunk)
			if err != nil {
				return nil, err
			}
			t.Decref(r)
		}
		return object.None, nil
	})},
	{Name: "fromfile", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "fromfile", args, kw, 2, 2); err != nil {
			return nil, err
		}
		a := asArray(self)
		n, err := indexArg(t, args[1])
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, t.Errorf(object.ValueErrorType, "negative count")
		}
		want := n * int64(a.tc.size)
		r, err := callMethod(t, args[0], "read", object.NewInt(t, want))
		if err != nil {
			return nil, err
		}
		defer t.Decref(r)
		if !object.IsBytes(r) {
			return nil, t.Errorf(object.TypeErrorType, "read() didn't return bytes")
		}
		b := object.BytesValue(r)
		whole := len(b) / a.tc.size * a.tc.size
		if err := a.appendBytes(t, b[:whole]); err != nil {
			return nil, err
		}
		if int64(len(b)) != want {
			return nil, t.Errorf(object.EOFErrorType, "read() didn't return enough bytes")
		}
		return object.None, nil
	}},
	{Name: "__copy__", Fn: noArgs("__copy__", func(t *object.Thread, a *array) (*object.Object, error) {
		return newArray(t, arrayType, a.tc, a.snapshot()), nil
	})},
	{Name: "__deepcopy__", Fn: oneArg("__deepcopy__", func(t *object.Thread, a *array, _ *object.Object) (*object.Object, error) {
		return newArray(t, arrayType, a.tc, a.snapshot()), nil
	})},
	{Name: "__sizeof__", Fn: noArgs("__sizeof__", func(t *object.Thread, a *array) (*object.Object, error) {
		a.mu.Lock()
		n := cap(a.b)
		a.mu.Unlock()
		// CPython's array header is 64 bytes, plus the allocation.
		return object.NewInt(t, int64(64+n)), nil
	})},
	{Name: "__reduce_ex__", Fn: oneArg("__reduce_ex__", arrayReduceEx)},
}

var arrayGetSets = []object.GetSetDef{
	{Name: "typecode", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewStr(t, string(asArray(o).tc.code)), nil
	}},
	{Name: "itemsize", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewInt(t, int64(asArray(o).tc.size)), nil
	}},
}

// indexArg converts an int argument, refusing non-integers with
// CPython's message.
func indexArg(t *object.Thread, o *object.Object) (int64, error) {
	if !object.IsInt(o) && (o.Type().Number == nil || o.Type().Number.Index == nil) {
		return 0, t.Errorf(object.TypeErrorType, "'%s' object cannot be interpreted as an integer", o.Type().Name)
	}
	return object.AsInt64(t, o)
}

// find returns the index of the first item in [lo, hi) equal to x, or -1.
func find(t *object.Thread, a *array, x *object.Object, lo, hi int) (int, error) {
	b := a.snapshot()
	size := a.tc.size
	for i := lo; i < hi && (i+1)*size <= len(b); i++ {
		v := a.tc.decode(t, b[i*size:(i+1)*size])
		eq, err := object.RichCompareBool(t, v, x, object.EQ)
		t.Decref(v)
		if err != nil {
			return 0, err
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

func callMethod(t *object.Thread, o *object.Object, name string, args ...*object.Object) (*object.Object, error) {
	m, err := object.GetAttrString(t, o, name)
	if err != nil {
		return nil, err
	}
	defer t.Decref(m)
	return object.Call(t, m, args, nil)
}

// arrayReduceEx pickles as CPython does: before protocol 3 as (class,
// (typecode, list)); from 3 through _array_reconstructor with the raw
// bytes and their machine format.
func arrayReduceEx(t *object.Thread, a *array, protoO *object.Object) (*object.Object, error) {
	proto, err := indexArg(t, protoO)
	if err != nil {
		return nil, err
	}
	state, err := instanceState(t, &a.Object)
	if err != nil {
		return nil, err
	}
	cls := t.NewRef(a.Type().Obj())
	b := a.snapshot()
	var call, args *object.Object
	if proto < 3 {
		call = cls
		list := object.NewList(t, a.tc.items(t, b)).Obj()
		args = object.NewTuple(t, []*object.Object{object.NewStr(t, string(a.tc.code)), list}).Obj()
	} else {
		call = reconstructor
		args = object.NewTuple(t, []*object.Object{cls, object.NewStr(t, string(a.tc.code)),
			object.NewInt(t, int64(a.tc.mformat)), object.NewBytes(t, b)}).Obj()
	}
	return object.NewTuple(t, []*object.Object{call, args, state}).Obj(), nil
}

// instanceState is object.__getstate__ for an array: its attribute dict
// when not empty, else None.
func instanceState(t *object.Thread, o *object.Object) (*object.Object, error) {
	d, err := object.GetAttrString(t, o, "__dict__")
	if err != nil {
		if object.ErrorMatches(err, object.AttributeErrorType) {
			t.DropError(err)
			return object.None, nil
		}
		return nil, err
	}
	if n, err := object.Len(t, d); err != nil || n == 0 {
		if err != nil {
			t.DropError(err)
		}
		t.Decref(d)
		return object.None, nil
	}
	return d, nil
}

// machineFormat describes one of the machine format codes pickles carry.
type machineFormat struct {
	size            int
	signed, bigEnd  bool
	float, utf16, u bool // u: UTF-32
}

var machineFormats = func() map[int]machineFormat {
	m := map[int]machineFormat{}
	code := 0
	for _, size := range []int{1, 2, 4, 8} {
		for _, signed := range []bool{false, true} {
			if size == 1 {
				m[code] = machineFormat{size: 1, signed: signed}
				code++
				continue
			}
			for _, be := range []bool{false, true} {
				m[code] = machineFormat{size: size, signed: signed, bigEnd: be}
				code++
			}
		}
	}
	// 14..17 floats and doubles, 18..21 UTF-16 and UTF-32, each LE then BE.
	m[14], m[15] = machineFormat{size: 4, float: true}, machineFormat{size: 4, float: true, bigEnd: true}
	m[16], m[17] = machineFormat{size: 8, float: true}, machineFormat{size: 8, float: true, bigEnd: true}
	m[18], m[19] = machineFormat{size: 2, utf16: true}, machineFormat{size: 2, utf16: true, bigEnd: true}
	m[20], m[21] = machineFormat{size: 4, u: true}, machineFormat{size: 4, u: true, bigEnd: true}
	return m
}()

// integerCode returns the typecode for integers of size bytes.
func integerCode(size int, signed bool) *typeCode {
	c := map[int]byte{1: 'B', 2: 'H', 4: 'I', 8: 'Q'}[size]
	if signed {
		c += 'a' - 'A' // the signed code is the lower-case letter
	}
	return codes[c]
}

// decodeMachine returns the values of b in machine format mf.
func decodeMachine(t *object.Thread, mf machineFormat, b []byte) ([]*object.Object, error) {
	var order binary.ByteOrder = binary.LittleEndian
	if mf.bigEnd {
		order = binary.BigEndian
	}
	if mf.utf16 {
		units := make([]uint16, len(b)/2)
		for i := range units {
			units[i] = order.Uint16(b[2*i:])
		}
		var out []*object.Object
		for i := 0; i < len(units); i++ {
			r := rune(units[i])
			if r >= 0xd800 && r < 0xdc00 && i+1 < len(units) && units[i+1] >= 0xdc00 && units[i+1] < 0xe000 {
				r = 0x10000 + (r-0xd800)<<10 + rune(units[i+1]-0xdc00)
				i++
			}
			out = append(out, object.NewStr(t, object.RuneStr(r)))
		}
		return out, nil
	}
	out := make([]*object.Object, 0, len(b)/mf.size)
	for i := 0; i+mf.size <= len(b); i += mf.size {
		p := b[i : i+mf.size]
		var u uint64
		switch mf.size {
		case 1:
			u = uint64(p[0])
		case 2:
			u = uint64(order.Uint16(p))
		case 4:
			u = uint64(order.Uint32(p))
		default:
			u = order.Uint64(p)
		}
		switch {
		case mf.u:
			out = append(out, object.NewStr(t, object.RuneStr(rune(u))))
		case mf.float && mf.size == 4:
			out = append(out, object.NewFloat(t, float64(math.Float32frombits(uint32(u)))))
		case mf.float:
			out = append(out, object.NewFloat(t, math.Float64frombits(u)))
		case mf.signed:
			shift := 64 - 8*uint(mf.size)
			out = append(out, object.NewInt(t, int64(u<<shift)>>shift))
		default:
			item := make([]byte, 8)
			binary.LittleEndian.PutUint64(item, u)
			out = append(out, codes['Q'].decode(t, item))
		}
	}
	return out, nil
}

var reconstructorDef = object.MethodDef{Name: "_array_reconstructor", Fn: arrayReconstructor,
	Doc: "Internal. Used for pickling support."}

// reconstructor is the module's one _array_reconstructor, which pickles
// name.
var reconstructor = object.NewStaticBuiltin(&reconstructorDef)

// arrayReconstructor is _array_reconstructor(arraytype, typecode,
// mformat_code, items).
func arrayReconstructor(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "_array_reconstructor", args, kw, 4, 4); err != nil {
		return nil, err
	}
	if !object.IsType(args[0]) {
		return nil, t.Errorf(object.TypeErrorType, "first argument must be a type object, not %s", args[0].Type().Name)
	}
	typ := object.AsType(args[0])
	if !object.IsSubtype(typ, arrayType) {
		return nil, t.Errorf(object.TypeErrorType, "%s is not a subtype of array.array", typ.Name)
	}
	if !object.IsStr(args[1]) || len([]rune(object.StrValue(args[1]))) != 1 {
		return nil, t.Errorf(object.TypeErrorType, "_array_reconstructor() argument 2 must be a unicode character, not %s", args[1].Type().Name)
	}
	tc := codes[object.StrValue(args[1])[0]]
	if tc == nil || len(object.StrValue(args[1])) != 1 {
		return nil, t.Errorf(object.ValueErrorType, "second argument must be a valid type code")
	}
	code, err := indexArg(t, args[2])
	if err != nil {
		return nil, err
	}
	mf, ok := machineFormats[int(code)]
	if !ok || code < 0 {
		return nil, t.Errorf(object.ValueErrorType, "third argument must be a valid machine format code.")
	}
	if !object.IsBytes(args[3]) {
		return nil, t.Errorf(object.TypeErrorType, "fourth argument should be bytes, not %s", args[3].Type().Name)
	}
	b := object.BytesValue(args[3])
	if len(b)%mf.size != 0 {
		return nil, t.Errorf(object.ValueErrorType, "bytes length not a multiple of item size")
	}
	if int(code) == tc.mformat {
		return newArray(t, typ, tc, b), nil
	}
	if !mf.float && !mf.utf16 && !mf.u {
		// Integers come back in the widest-named typecode of their size
		// and sign, whatever typecode was asked for, as CPython does.
		tc = integerCode(mf.size, mf.signed)
	}
	items, err := decodeMachine(t, mf, b)
	if err != nil {
		return nil, err
	}
	defer func() {
		for _, it := range items {
			t.Decref(it)
		}
	}()
	p, err := tc.encodeAll(t, items)
	if err != nil {
		return nil, err
	}
	return newArray(t, typ, tc, p), nil
}

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("array")
	d := m.Dict
	d.SetStr(t, object.Intern("array"), arrayType.Obj())
	d.SetStr(t, object.Intern("ArrayType"), arrayType.Obj())
	d.SetStr(t, object.Intern("typecodes"), object.NewStrStatic(typecodes))
	d.SetStr(t, object.Intern("_array_reconstructor"), reconstructor)
	return m.Obj(), nil
}
