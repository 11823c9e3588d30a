// Package marshal implements CPython's marshal module (Python/marshal.c)
// for the values it serialises other than code objects: None, booleans,
// Ellipsis, StopIteration, int, float, complex, str, bytes, tuple, list,
// dict, set and frozenset, in CPython's format (version 4), so that data
// written by either reads back in the other. ftpy has no .pyc files, so
// code objects are "unmarshallable" here.
//
// dumps never marks objects for back-references (FLAG_REF): CPython sets
// it only for objects referenced more than once, which readers treat as
// optional, so the output is valid for every reader and may be longer
// than CPython's; loads follows the references CPython's data has.
package marshal

import (
	"encoding/binary"
	"math"
	"math/big"
	"strconv"
	"unicode/utf8"

	"github.com/ftpy/ftpy/lib/codecs"
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() { vm.RegisterModule("marshal", newModule) }

// version is marshal.version.
const version = 4

// maxDepth bounds the nesting marshal walks, as CPython's MAX_MARSHAL_STACK_DEPTH.
const maxDepth = 2000

// Type codes.
const (
	typeNull          = '0'
	typeNone          = 'N'
	typeFalse         = 'F'
	typeTrue          = 'T'
	typeStopIter      = 'S'
	typeEllipsis      = '.'
	typeInt           = 'i'
	typeLong          = 'l'
	typeFloat         = 'f'
	typeBinaryFloat   = 'g'
	typeComplex       = 'x'
	typeBinaryComplex = 'y'
	typeString        = 's'
	typeInterned      = 't'
	typeRef           = 'r'
	typeTuple         = '('
	typeList          = '['
	typeDict          = '{'
	typeCode          = 'c'
	typeUnicode       = 'u'
	typeSet           = '<'
	typeFrozenSet     = '>'
	typeASCII         = 'a'
	typeASCIIInterned = 'A'
	typeSmallTuple    = ')'
	typeShortASCII    = 'z'
	typeShortASCIIInt = 'Z'
	flagRef           = 0x80
)

type encoder struct {
	t       *object.Thread
	buf     []byte
	version int
	depth   int
}

func (e *encoder) u32(n uint32) { e.buf = binary.LittleEndian.AppendUint32(e.buf, n) }

func (e *encoder) float(f float64) {
	if e.version > 1 {
		e.buf = binary.LittleEndian.AppendUint64(e.buf, math.Float64bits(f))
		return
	}
	s := strconv.FormatFloat(f, 'g', 17, 64)
	e.buf = append(e.buf, byte(len(s)))
	e.buf = append(e.buf, s...)
}

func (e *encoder) unmarshallable() error {
	return e.t.Errorf(object.ValueErrorType, "unmarshallable object")
}

// write appends the marshal form of o.
func (e *encoder) write(o *object.Object) error {
	t := e.t
	e.depth++
	defer func() { e.depth-- }()
	if e.depth > maxDepth {
		return t.Errorf(object.ValueErrorType, "object too deeply nested to marshal")
	}
	switch {
	case o == object.None:
		e.buf = append(e.buf, typeNone)
	case o == object.True:
		e.buf = append(e.buf, typeTrue)
	case o == object.False:
		e.buf = append(e.buf, typeFalse)
	case o == object.Ellipsis:
		e.buf = append(e.buf, typeEllipsis)
	case o == object.StopIterationType.Obj():
		e.buf = append(e.buf, typeStopIter)
	case o.Type() == object.IntType:
		e.writeInt(object.AsInt(o).Big())
	case o.Type() == object.FloatType:
		if e.version > 1 {
			e.buf = append(e.buf, typeBinaryFloat)
		} else {
			e.buf = append(e.buf, typeFloat)
		}
		e.float(object.FloatValue(o))
	case o.Type() == object.ComplexType:
		re, im := object.ComplexParts(o)
		if e.version > 1 {
			e.buf = append(e.buf, typeBinaryComplex)
		} else {
			e.buf = append(e.buf, typeComplex)
		}
		e.float(re)
		e.float(im)
	case o.Type() == object.StrType:
		s := object.StrValue(o)
		ascii := object.AsStr(o).IsASCII()
		switch {
		case e.version >= 4 && ascii && len(s) < 256:
			e.buf = append(e.buf, typeShortASCII, byte(len(s)))
		case e.version >= 4 && ascii:
			e.buf = append(e.buf, typeASCII)
			e.u32(uint32(len(s)))
		default:
			// ftpy's str text holds lone surrogates in their 3-byte
			// form, which is CPython's "surrogatepass" UTF-8.
			e.buf = append(e.buf, typeUnicode)
			e.u32(uint32(len(s)))
		}
		e.buf = append(e.buf, s...)
	case o.Type() == object.BytesType:
		b := object.BytesValue(o)
		e.buf = append(e.buf, typeString)
		e.u32(uint32(len(b)))
		e.buf = append(e.buf, b...)
	case o.Type() == object.TupleType:
		items := object.AsTuple(o).Items
		if e.version >= 4 && len(items) < 256 {
			e.buf = append(e.buf, typeSmallTuple, byte(len(items)))
		} else {
			e.buf = append(e.buf, typeTuple)
			e.u32(uint32(len(items)))
		}
		return e.writeAll(items)
	case o.Type() == object.ListType:
		items := object.AsList(o).Snapshot(t)
		defer decrefAll(t, items)
		e.buf = append(e.buf, typeList)
		e.u32(uint32(len(items)))
		return e.writeAll(items)
	case o.Type() == object.DictType:
		e.buf = append(e.buf, typeDict)
		d := object.AsDict(o)
		for pos := 0; ; {
			var k, v *object.Object
			var ok bool
			if pos, k, v, ok = d.Next(pos); !ok {
				break
			}
			if err := e.write(k); err != nil {
				return err
			}
			if err := e.write(v); err != nil {
				return err
			}
		}
		e.buf = append(e.buf, typeNull)
	case o.Type() == object.SetType || o.Type() == object.FrozenSetType:
		var items []*object.Object
		if err := object.Iterate(t, o, func(x *object.Object) error {
			items = append(items, t.NewRef(x))
			return nil
		}); err != nil {
			return err
		}
		defer decrefAll(t, items)
		if o.Type() == object.SetType {
			e.buf = append(e.buf, typeSet)
		} else {
			e.buf = append(e.buf, typeFrozenSet)
		}
		e.u32(uint32(len(items)))
		return e.writeAll(items)
	default:
		return e.unmarshallable()
	}
	return nil
}

func decrefAll(t *object.Thread, items []*object.Object) {
	for _, x := range items {
		t.Decref(x)
	}
}

func (e *encoder) writeAll(items []*object.Object) error {
	for _, x := range items {
		if err := e.write(x); err != nil {
			return err
		}
	}
	return nil
}

// writeInt writes an int: 32-bit when it fits, else as CPython's long,
// a signed count of 15-bit digits, least significant first.
func (e *encoder) writeInt(v *big.Int) {
	if v.IsInt64() && v.Int64() >= math.MinInt32 && v.Int64() <= math.MaxInt32 {
		e.buf = append(e.buf, typeInt)
		e.u32(uint32(int32(v.Int64())))
		return
	}
	e.buf = append(e.buf, typeLong)
	mag := new(big.Int).Abs(v)
	var digits []uint16
	mask := big.NewInt(1<<15 - 1)
	for mag.Sign() > 0 {
		digits = append(digits, uint16(new(big.Int).And(mag, mask).Uint64()))
		mag.Rsh(mag, 15)
	}
	n := int32(len(digits))
	if v.Sign() < 0 {
		n = -n
	}
	e.u32(uint32(n))
	for _, d := range digits {
		e.buf = binary.LittleEndian.AppendUint16(e.buf, d)
	}
}

type decoder struct {
	t     *object.Thread
	data  []byte
	pos   int
	refs  []*object.Object // borrowed: each is owned by the result being built
	depth int
}

func (d *decoder) eof() error {
	return d.t.Errorf(object.EOFErrorType, "marshal data too short")
}

func (d *decoder) bad(msg string) error {
	return d.t.Errorf(object.ValueErrorType, "bad marshal data (%s)", msg)
}

func (d *decoder) byte() (byte, error) {
	if d.pos >= len(d.data) {
		return 0, d.eof()
	}
	b := d.data[d.pos]
	d.pos++
	return b, nil
}

func (d *decoder) bytes(n int) ([]byte, error) {
	if n < 0 || n > len(d.data)-d.pos {
		return nil, d.eof()
	}
	b := d.data[d.pos : d.pos+n]
	d.pos += n
	return b, nil
}

func (d *decoder) u32() (uint32, error) {
	b, err := d.bytes(4)
	if err != nil {
		return 0, err
	}
	return binary.LittleEndian.Uint32(b), nil
}

// size reads a non-negative 32-bit length.
func (d *decoder) size(what string) (int, error) {
	n, err := d.u32()
	if err != nil {
		return 0, err
	}
	if int32(n) < 0 {
		return 0, d.bad(what + " size out of range")
	}
	return int(n), nil
}

func (d *decoder) binaryFloat() (float64, error) {
	b, err := d.bytes(8)
	if err != nil {
		return 0, err
	}
	return math.Float64frombits(binary.LittleEndian.Uint64(b)), nil
}

func (d *decoder) textFloat() (float64, error) {
	n, err := d.byte()
	if err != nil {
		return 0, err
	}
	b, err := d.bytes(int(n))
	if err != nil {
		return 0, err
	}
	f, perr := strconv.ParseFloat(string(b), 64)
	if perr != nil {
		return 0, d.bad("float")
	}
	return f, nil
}

// read returns the next object, a new reference.
func (d *decoder) read() (*object.Object, error) {
	d.depth++
	defer func() { d.depth-- }()
	if d.depth > maxDepth {
		return nil, d.bad("recursion limit exceeded")
	}
	code, err := d.byte()
	if err != nil {
		return nil, err
	}
	flag := code&flagRef != 0
	code &^= flagRef
	// A flagged object takes its reference slot before its contents
	// are read, so that a container's items number after it.
	slot := -1
	if flag {
		slot = len(d.refs)
		d.refs = append(d.refs, nil)
	}
	o, err := d.readValue(code)
	if err != nil {
		return nil, err
	}
	if flag {
		d.refs[slot] = o
	}
	return o, nil
}

func (d *decoder) readValue(code byte) (*object.Object, error) {
	t := d.t
	switch code {
	case typeNone:
		return object.None, nil
	case typeTrue:
		return object.True, nil
	case typeFalse:
		return object.False, nil
	case typeEllipsis:
		return object.Ellipsis, nil
	case typeStopIter:
		return t.NewRef(object.StopIterationType.Obj()), nil
	case typeNull:
		return nil, d.bad("NULL object in marshal data for object")
	case typeInt:
		n, err := d.u32()
		if err != nil {
			return nil, err
		}
		return object.NewInt(t, int64(int32(n))), nil
	case typeLong:
		n, err := d.u32()
		if err != nil {
			return nil, err
		}
		count := int64(int32(n))
		neg := count < 0
		if neg {
			count = -count
		}
		if count > int64(len(d.data)) {
			return nil, d.bad("long size out of range")
		}
		v := new(big.Int)
		for i := int64(0); i < count; i++ {
			b, err := d.bytes(2)
			if err != nil {
				return nil, err
			}
			digit := binary.LittleEndian.Uint16(b)
			if digit >= 1<<15 {
				return nil, d.bad("digit out of range in long")
			}
			v.Or(v, new(big.Int).Lsh(big.NewInt(int64(digit)), uint(15*i)))
		}
		if neg {
			v.Neg(v)
		}
		return object.NewIntBig(t, v), nil
	case typeBinaryFloat:
		f, err := d.binaryFloat()
		if err != nil {
			return nil, err
		}
		return object.NewFloat(t, f), nil
	case typeFloat:
		f, err := d.textFloat()
		if err != nil {
			return nil, err
		}
		return object.NewFloat(t, f), nil
	case typeBinaryComplex, typeComplex:
		read := d.binaryFloat
		if code == typeComplex {
			read = d.textFloat
		}
		re, err := read()
		if err != nil {
			return nil, err
		}
		im, err := read()
		if err != nil {
			return nil, err
		}
		return object.NewComplex(t, re, im), nil
	case typeString:
		n, err := d.size("bytes object")
		if err != nil {
			return nil, err
		}
		b, err := d.bytes(n)
		if err != nil {
			return nil, err
		}
		return object.NewBytes(t, b), nil
	case typeUnicode, typeInterned, typeASCII, typeASCIIInterned, typeShortASCII, typeShortASCIIInt:
		var n int
		if code == typeShortASCII || code == typeShortASCIIInt {
			c, err := d.byte()
			if err != nil {
				return nil, err
			}
			n = int(c)
		} else {
			var err error
			if n, err = d.size("string"); err != nil {
				return nil, err
			}
		}
		b, err := d.bytes(n)
		if err != nil {
			return nil, err
		}
		if utf8.Valid(b) {
			return object.NewStr(t, string(b)), nil
		}
		s, derr := codecs.UTF8.Decode(b, "surrogatepass")
		if derr != nil {
			return nil, d.bad("string")
		}
		return object.NewStr(t, s), nil
	case typeTuple, typeSmallTuple, typeList, typeSet, typeFrozenSet:
		var n int
		if code == typeSmallTuple {
			c, err := d.byte()
			if err != nil {
				return nil, err
			}
			n = int(c)
		} else {
			var err error
			if n, err = d.size("tuple"); err != nil {
				return nil, err
			}
		}
		if n > len(d.data)-d.pos {
			return nil, d.eof()
		}
		items := make([]*object.Object, 0, n)
		for i := 0; i < n; i++ {
			x, err := d.read()
			if err != nil {
				decrefAll(t, items)
				return nil, err
			}
			items = append(items, x)
		}
		switch code {
		case typeList:
			return object.NewList(t, items).Obj(), nil
		case typeSet, typeFrozenSet:
			defer decrefAll(t, items)
			if code == typeFrozenSet {
				fs, err := object.NewFrozenSet(t, items)
				if err != nil {
					return nil, err
				}
				return fs.Obj(), nil
			}
			s := object.NewSet(t)
			for _, x := range items {
				if err := s.Add(t, x); err != nil {
					t.Decref(s.Obj())
					return nil, err
				}
			}
			return s.Obj(), nil
		}
		return object.NewTuple(t, items).Obj(), nil
	case typeDict:
		dict := object.NewDict(t)
		for {
			if d.pos < len(d.data) && d.data[d.pos] == typeNull {
				d.pos++
				return dict.Obj(), nil
			}
			k, err := d.read()
			if err != nil {
				t.Decref(dict.Obj())
				return nil, err
			}
			v, err := d.read()
			if err != nil {
				t.Decref(k)
				t.Decref(dict.Obj())
				return nil, err
			}
			err = dict.SetItem(t, k, v)
			t.Decref(k)
			t.Decref(v)
			if err != nil {
				t.Decref(dict.Obj())
				return nil, err
			}
		}
	case typeRef:
		n, err := d.u32()
		if err != nil {
			return nil, err
		}
		if int(n) >= len(d.refs) || d.refs[n] == nil {
			return nil, d.bad("invalid reference")
		}
		return t.NewRef(d.refs[n]), nil
	case typeCode:
		return nil, d.bad("code objects are not supported by ftpy")
	}
	return nil, d.bad("unknown type code")
}

func dumps(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var value, ver *object.Object
	if err := object.ParseArgs(t, "dumps", args, kw, []string{"value", "version"}, 1, &value, &ver); err != nil {
		return nil, err
	}
	e := &encoder{t: t, version: version}
	if ver != nil {
		v, err := object.AsInt64(t, ver)
		if err != nil {
			return nil, err
		}
		e.version = int(v)
	}
	if err := e.write(value); err != nil {
		return nil, err
	}
	return object.NewBytes(t, e.buf), nil
}

func loads(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "loads", args, kw, 1, 1); err != nil {
		return nil, err
	}
	b, err := bytesArg(t, args[0])
	if err != nil {
		return nil, err
	}
	return (&decoder{t: t, data: b}).read()
}

// bytesArg returns the bytes of a bytes-like argument.
func bytesArg(t *object.Thread, o *object.Object) ([]byte, error) {
	if object.IsBytes(o) {
		return object.BytesValue(o), nil
	}
	return nil, t.Errorf(object.TypeErrorType, "a bytes-like object is required, not '%s'", o.Type().Name)
}

// dump is marshal.dump(value, file, version=4): file.write(dumps(value)).
func dump(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if len(args) < 2 {
		return nil, t.Errorf(object.TypeErrorType, "dump() takes at least 2 arguments (%d given)", len(args))
	}
	rest := append([]*object.Object{args[0]}, args[2:]...)
	data, err := dumps(t, self, rest, kw)
	if err != nil {
		return nil, err
	}
	defer t.Decref(data)
	w, err := object.GetAttrString(t, args[1], "write")
	if err != nil {
		return nil, err
	}
	defer t.Decref(w)
	r, err := object.Call(t, w, []*object.Object{data}, nil)
	if err != nil {
		return nil, err
	}
	t.Decref(r)
	return object.None, nil
}

// load is marshal.load(file): it reads the rest of the file and decodes
// its first value (a file positioned after the value is not kept, unlike
// CPython, which reads just enough).
func load(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "load", args, kw, 1, 1); err != nil {
		return nil, err
	}
	rd, err := object.GetAttrString(t, args[0], "read")
	if err != nil {
		return nil, err
	}
	defer t.Decref(rd)
	data, err := object.Call(t, rd, nil, nil)
	if err != nil {
		return nil, err
	}
	defer t.Decref(data)
	if !object.IsBytes(data) {
		return nil, t.Errorf(object.TypeErrorType, "file.read() returned not bytes but %s", data.Type().Name)
	}
	if len(object.BytesValue(data)) == 0 {
		return nil, t.Errorf(object.EOFErrorType, "EOF read where object expected")
	}
	return loads(t, self, []*object.Object{data}, nil)
}

var funcs = []object.MethodDef{
	{Name: "dumps", Fn: dumps},
	{Name: "loads", Fn: loads},
	{Name: "dump", Fn: dump},
	{Name: "load", Fn: load},
}

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("marshal")
	for i := range funcs {
		m.Dict.SetStr(t, object.Intern(funcs[i].Name), object.NewStaticBuiltin(&funcs[i]))
	}
	v := object.NewInt(t, version)
	m.Dict.SetStr(t, object.Intern("version"), v)
	t.Decref(v)
	return m.Obj(), nil
}
