// This file converts between Python values and the items of a buffer in
// the struct module's native single-character formats (memoryview's item
// access, cast and tolist; array's typecodes). Native means this
// machine's byte order and sizes: little-endian, 64-bit long.

package object

import (
	"encoding/binary"
	"math"
	"math/big"
)

// NativeItemSize returns the size of one item of a native single-character
// struct format ("B", "@i", ...), and the format's character; ok is false
// for any other format.
func NativeItemSize(format string) (code byte, size int, ok bool) {
	if len(format) == 2 && format[0] == '@' {
		format = format[1:]
	}
	if len(format) != 1 {
		return 0, 0, false
	}
	switch c := format[0]; c {
	case 'b', 'B', 'c', '?':
		return c, 1, true
	case 'h', 'H':
		return c, 2, true
	case 'i', 'I', 'f':
		return c, 4, true
	case 'l', 'L', 'q', 'Q', 'n', 'N', 'd', 'P':
		return c, 8, true
	}
	return 0, 0, false
}

// isSignedCode reports whether an integer format is signed.
func isSignedCode(c byte) bool {
	switch c {
	case 'b', 'h', 'i', 'l', 'q', 'n':
		return true
	}
	return false
}

// UnpackItem returns the value of the item p (NativeItemSize(code) bytes).
func UnpackItem(t *Thread, code byte, p []byte) *Object {
	switch code {
	case 'c':
		return NewBytes(t, p[:1])
	case '?':
		return NewBool(p[0] != 0)
	case 'f':
		return NewFloat(t, float64(math.Float32frombits(binary.LittleEndian.Uint32(p))))
	case 'd':
		return NewFloat(t, math.Float64frombits(binary.LittleEndian.Uint64(p)))
	}
	var u uint64
	switch len(p) {
	case 1:
		u = uint64(p[0])
	case 2:
		u = uint64(binary.LittleEndian.Uint16(p))
	case 4:
		u = uint64(binary.LittleEndian.Uint32(p))
	default:
		u = binary.LittleEndian.Uint64(p)
	}
	if isSignedCode(code) {
		shift := 64 - 8*uint(len(p))
		return NewInt(t, int64(u<<shift)>>shift)
	}
	if u > math.MaxInt64 {
		return NewIntBig(t, new(big.Int).SetUint64(u))
	}
	return NewInt(t, int64(u))
}

// errInvalidItem marks a value a format cannot hold: badType says it was
// the wrong type (TypeError) rather than out of range (ValueError).
type errInvalidItem struct{ badType bool }

func (e errInvalidItem) Error() string { return "invalid item" }

// encodeItem writes v as an item of format code into p. It returns an
// errInvalidItem for a wrong type or value, or an exception raised by v's
// conversion methods.
func encodeItem(t *Thread, code byte, v *Object, p []byte) error {
	switch code {
	case 'c':
		if !IsBytes(v) {
			return errInvalidItem{badType: true}
		}
		if b := bytesOf(v); len(b) == 1 {
			p[0] = b[0]
			return nil
		}
		return errInvalidItem{}
	case '?':
		ok, err := IsTrue(t, v)
		if err != nil {
			return err
		}
		p[0] = 0
		if ok {
			p[0] = 1
		}
		return nil
	case 'f', 'd':
		var x float64
		switch {
		case IsFloat(v):
			x = FloatValue(v)
		case IsInt(v):
			f, err := intToFloat(t, AsInt(v))
			if err != nil {
				return err
			}
			x = f
		default:
			return errInvalidItem{badType: true}
		}
		switch code {
		case 'f':
			binary.LittleEndian.PutUint32(p, math.Float32bits(float32(x)))
		default:
			binary.LittleEndian.PutUint64(p, math.Float64bits(x))
		}
		return nil
	}
	if !IsInt(v) && (v.typ.Number == nil || v.typ.Number.Index == nil) {
		return errInvalidItem{badType: true}
	}
	iv, err := Index(t, v)
	if err != nil {
		return err
	}
	defer t.Decref(iv)
	n := AsInt(iv).Big()
	bits := 8 * uint(len(p))
	var lo, hi *big.Int
	if isSignedCode(code) {
		hi = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), bits-1), big.NewInt(1))
		lo = new(big.Int).Neg(new(big.Int).Lsh(big.NewInt(1), bits-1))
	} else {
		hi = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), bits), big.NewInt(1))
		lo = new(big.Int)
	}
	if n.Cmp(lo) < 0 || n.Cmp(hi) > 0 {
		return errInvalidItem{}
	}
	var u uint64
	if n.Sign() < 0 {
		u = uint64(n.Int64())
	} else {
		u = n.Uint64()
	}
	switch len(p) {
	case 1:
		p[0] = byte(u)
	case 2:
		binary.LittleEndian.PutUint16(p, uint16(u))
	case 4:
		binary.LittleEndian.PutUint32(p, uint32(u))
	default:
		binary.LittleEndian.PutUint64(p, u)
	}
	return nil
}
