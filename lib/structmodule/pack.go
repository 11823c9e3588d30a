// This file packs values into and unpacks them from bytes along a
// layout, with CPython's range checks and messages.

package structmodule

import (
	"encoding/binary"
	"math"
	"math/big"

	"github.com/ftpy/ftpy/lib/internal/bytesarg"
	"github.com/ftpy/ftpy/object"
)

func (l *layout) order() binary.ByteOrder {
	if l.big {
		return binary.BigEndian
	}
	return binary.LittleEndian
}

// pack writes values into buf, which has l.size bytes.
func (l *layout) pack(t *object.Thread, buf []byte, values []*object.Object) error {
	if len(values) != l.nitems {
		return structError.Errorf(t, "pack expected %d items for packing (got %d)", l.nitems, len(values))
	}
	k := 0
	for _, f := range l.fields {
		switch f.code {
		case 's', 'p':
			v := values[k]
			k++
			// As CPython: bytes and bytearray, no other exporter.
			if !object.IsBytes(v) && !object.IsByteArray(v) {
				return structError.Errorf(t, "argument for '%c' must be a bytes object", f.code)
			}
			b, err := bytesarg.Get(t, v)
			if err != nil {
				return err
			}
			dst := buf[f.offset : f.offset+f.count]
			if f.code == 's' {
				copy(dst, b)
				continue
			}
			if f.count == 0 {
				continue
			}
			// All that fits is copied; the length byte saturates at 255.
			n := min(len(b), f.count-1)
			copy(dst[1:], b[:n])
			dst[0] = byte(min(n, 255))
			continue
		}
		for j := 0; j < f.count; j++ {
			if err := l.packOne(t, f.code, buf[f.offset+j*f.size:], values[k]); err != nil {
				return err
			}
			k++
		}
	}
	return nil
}

// intValue reads an integer argument through __index__.
func intValue(t *object.Thread, v *object.Object) (*big.Int, error) {
	if !object.IsInt(v) {
		if object.IsFloat(v) || v.Type().Number == nil || v.Type().Number.Index == nil {
			return nil, structError.Errorf(t, "required argument is not an integer")
		}
	}
	n, err := object.Index(t, v)
	if err != nil {
		return nil, err
	}
	defer t.Decref(n)
	return object.AsInt(n).Big(), nil
}

var (
	minInt64  = big.NewInt(math.MinInt64)
	maxInt64  = big.NewInt(math.MaxInt64)
	maxUint64 = new(big.Int).SetUint64(math.MaxUint64)
)

// rangeNames are the words CPython's messages use for the small codes.
var rangeNames = map[byte]string{'b': "byte", 'B': "ubyte", 'h': "short", 'H': "ushort"}

func (l *layout) packOne(t *object.Thread, code byte, dst []byte, v *object.Object) error {
	order := l.order()
	switch code {
	case 'c':
		if !object.IsBytes(v) || len(object.BytesData(v)) != 1 {
			return structError.Errorf(t, "char format requires a bytes object of length 1")
		}
		dst[0] = object.BytesData(v)[0]
		return nil
	case '?':
		b, err := object.IsTrue(t, v)
		if err != nil {
			return err
		}
		dst[0] = 0
		if b {
			dst[0] = 1
		}
		return nil
	case 'e', 'f', 'd':
		return l.packFloat(t, code, dst, v)
	}
	n, err := intValue(t, v)
	if err != nil {
		return err
	}
	size := nativeSize[code]
	if !l.native {
		size = standardSize[code]
	}
	signed := code == 'b' || code == 'h' || code == 'i' || code == 'l' || code == 'q' || code == 'n'
	outOfRange := func() error { return structError.Errorf(t, "argument out of range") }
	var u uint64
	switch {
	case code == 'P':
		if n.Cmp(minInt64) < 0 || n.Cmp(maxUint64) > 0 {
			return structError.Errorf(t, "int too large to convert")
		}
		if n.Sign() < 0 {
			u = uint64(n.Int64())
		} else {
			u = n.Uint64()
		}
	case signed:
		if n.Cmp(minInt64) < 0 || n.Cmp(maxInt64) > 0 {
			return outOfRange()
		}
		x := n.Int64()
		if size < 8 {
			lo, hi := int64(-1)<<(8*size-1), int64(1)<<(8*size-1)-1
			if x < lo || x > hi {
				if name, ok := rangeNames[code]; ok {
					return structError.Errorf(t, "%s format requires %d <= number <= %d", name, lo, hi)
				}
				return structError.Errorf(t, "'%c' format requires %d <= number <= %d", code, lo, hi)
			}
		}
		u = uint64(x)
	default:
		// b, B, h, H read a C long first: a negative value gets the
		// range message; I and L read an unsigned long.
		small := code == 'B' || code == 'H'
		if small {
			if n.Cmp(minInt64) < 0 || n.Cmp(maxInt64) > 0 {
				return outOfRange()
			}
		} else if n.Sign() < 0 || n.Cmp(maxUint64) > 0 {
			return outOfRange()
		}
		if size < 8 {
			hi := uint64(1)<<(8*size) - 1
			if n.Sign() < 0 || n.Uint64() > hi {
				if name, ok := rangeNames[code]; ok {
					return structError.Errorf(t, "%s format requires 0 <= number <= %d", name, hi)
				}
				return structError.Errorf(t, "'%c' format requires 0 <= number <= %d", code, hi)
			}
		}
		u = n.Uint64()
	}
	switch size {
	case 1:
		dst[0] = byte(u)
	case 2:
		order.PutUint16(dst, uint16(u))
	case 4:
		order.PutUint32(dst, uint32(u))
	default:
		order.PutUint64(dst, u)
	}
	return nil
}

func (l *layout) packFloat(t *object.Thread, code byte, dst []byte, v *object.Object) error {
	var x float64
	if object.IsFloat(v) {
		x = object.FloatValue(v)
	} else {
		if object.IsStr(v) || object.IsBytes(v) {
			return structError.Errorf(t, "required argument is not a float")
		}
		f, err := object.FloatOf(t, v)
		if err != nil {
			t.DropError(err)
			return structError.Errorf(t, "required argument is not a float")
		}
		x = object.FloatValue(f)
		t.Decref(f)
	}
	order := l.order()
	switch code {
	case 'd':
		order.PutUint64(dst, math.Float64bits(x))
	case 'f':
		y := float32(x)
		// Native mode is a C cast, which overflows to infinity; the
		// standard sizes refuse.
		if !l.native && math.IsInf(float64(y), 0) && !math.IsInf(x, 0) {
			return t.Errorf(object.OverflowErrorType, "float too large to pack with f format")
		}
		order.PutUint32(dst, math.Float32bits(y))
	case 'e':
		h, ok := halfBits(x)
		if !ok {
			return t.Errorf(object.OverflowErrorType, "float too large to pack with e format")
		}
		order.PutUint16(dst, h)
	}
	return nil
}

// halfBits rounds x to IEEE 754 binary16 (half to even); ok is false
// when a finite x is too large for it.
func halfBits(x float64) (uint16, bool) {
	var sign uint16
	if math.Signbit(x) {
		sign = 0x8000
		x = -x
	}
	switch {
	case math.IsNaN(x):
		return sign | 0x7E00, true
	case math.IsInf(x, 0):
		return sign | 0x7C00, true
	case x == 0:
		return sign, true
	}
	f, e := math.Frexp(x) // x = f * 2**e, 0.5 <= f < 1
	f, e = f*2, e-1       // 1 <= f < 2
	switch {
	case e >= 16:
		return 0, false
	case e < -25:
		f, e = 0, 0 // below half the smallest subnormal: zero
	case e < -14:
		f, e = math.Ldexp(f, 14+e), 0 // subnormal
	default:
		e += 15
		f--
	}
	f *= 1024
	bits := uint16(f)
	rest := f - float64(bits)
	if rest > 0.5 || rest == 0.5 && bits&1 == 1 {
		bits++
		if bits == 1024 {
			bits = 0
			e++
			if e == 31 {
				return 0, false
			}
		}
	}
	return sign | uint16(e)<<10 | bits, true
}

// halfValue is the float a binary16 value stands for.
func halfValue(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	e := int(h >> 10 & 0x1F)
	f := float64(h & 0x3FF)
	switch e {
	case 0x1F:
		if f == 0 {
			return math.Inf(int(sign))
		}
		return math.Copysign(math.NaN(), sign)
	case 0:
		return sign * math.Ldexp(f/1024, -14)
	}
	return sign * math.Ldexp(1+f/1024, e-15)
}

// unpack reads l.size bytes of data into a tuple.
func (l *layout) unpack(t *object.Thread, data []byte) *object.Object {
	items := make([]*object.Object, 0, l.nitems)
	order := l.order()
	for _, f := range l.fields {
		switch f.code {
		case 's':
			items = append(items, object.NewBytes(t, data[f.offset:f.offset+f.count]))
			continue
		case 'p':
			b := data[f.offset : f.offset+f.count]
			if len(b) == 0 {
				items = append(items, object.NewBytes(t, nil))
				continue
			}
			n := min(int(b[0]), len(b)-1)
			items = append(items, object.NewBytes(t, b[1:1+n]))
			continue
		}
		for j := 0; j < f.count; j++ {
			b := data[f.offset+j*f.size:]
			var v *object.Object
			switch f.code {
			case 'c':
				v = object.NewBytes(t, b[:1])
			case '?':
				v = object.NewBool(b[0] != 0)
			case 'b':
				v = object.NewInt(t, int64(int8(b[0])))
			case 'B':
				v = object.NewInt(t, int64(b[0]))
			case 'e':
				v = object.NewFloat(t, halfValue(order.Uint16(b)))
			case 'f':
				v = object.NewFloat(t, float64(math.Float32frombits(order.Uint32(b))))
			case 'd':
				v = object.NewFloat(t, math.Float64frombits(order.Uint64(b)))
			case 'h':
				v = object.NewInt(t, int64(int16(order.Uint16(b))))
			case 'H':
				v = object.NewInt(t, int64(order.Uint16(b)))
			default:
				var u uint64
				if f.size == 4 {
					u = uint64(order.Uint32(b))
				} else {
					u = order.Uint64(b)
				}
				switch {
				case f.code == 'i' || f.code == 'l' && f.size == 4:
					v = object.NewInt(t, int64(int32(u)))
				case f.size == 4:
					v = object.NewInt(t, int64(u))
				case f.code == 'l' || f.code == 'q' || f.code == 'n':
					v = object.NewInt(t, int64(u))
				case u > math.MaxInt64:
					v = object.NewIntBig(t, new(big.Int).SetUint64(u))
				default:
					v = object.NewInt(t, int64(u))
				}
			}
			items = append(items, v)
		}
	}
	return object.NewTuple(t, items).Obj()
}
