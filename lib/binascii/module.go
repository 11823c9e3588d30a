// Package binascii implements CPython's binascii module: conversions
// between binary data and ASCII encodings (hex, base64, quoted-printable,
// uuencode) and the crc32 and crc_hqx checksums, which base64.py,
// quopri.py, uu.py, email and zipfile build on.
package binascii

import (
	"hash/crc32"

	"github.com/ftpy/ftpy/lib/internal/bytesarg"
	"github.com/ftpy/ftpy/lib/internal/errclass"
	"github.com/ftpy/ftpy/lib/internal/intarg"
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() { vm.RegisterModule("binascii", newModule) }

var (
	errError      = errclass.New("binascii.Error", object.ValueErrorType)
	errIncomplete = errclass.New("binascii.Incomplete")
)

type fn = func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error)

var funcs = []object.MethodDef{
	{Name: "hexlify", Fn: hexlify("hexlify")},
	{Name: "b2a_hex", Fn: hexlify("b2a_hex")},
	{Name: "unhexlify", Fn: unhexlify("unhexlify")},
	{Name: "a2b_hex", Fn: unhexlify("a2b_hex")},
	{Name: "b2a_base64", Fn: b2aBase64},
	{Name: "a2b_base64", Fn: a2bBase64},
	{Name: "crc32", Fn: crc32Func},
	{Name: "crc_hqx", Fn: crcHqx},
	{Name: "b2a_qp", Fn: b2aQP},
	{Name: "a2b_qp", Fn: a2bQP},
	{Name: "b2a_uu", Fn: b2aUU},
	{Name: "a2b_uu", Fn: a2bUU},
}

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("binascii")
	for i := range funcs {
		m.Dict.SetStr(t, object.Intern(funcs[i].Name), object.NewStaticBuiltin(&funcs[i]))
	}
	object.ClaimModuleFunctions(m.Dict, "binascii")
	for name, c := range map[string]*errclass.Class{"Error": errError, "Incomplete": errIncomplete} {
		typ, err := c.Get(t)
		if err != nil {
			return nil, err
		}
		m.Dict.SetStr(t, object.Intern(name), typ)
	}
	return m.Obj(), nil
}

// flag reads an optional boolean argument.
func flag(t *object.Thread, o *object.Object, def bool) (bool, error) {
	if o == nil {
		return def, nil
	}
	return object.IsTrue(t, o)
}

func crc32Func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "crc32", args, kw, 1, 2); err != nil {
		return nil, err
	}
	data, err := bytesarg.Get(t, args[0])
	if err != nil {
		return nil, err
	}
	var crc uint32
	if len(args) > 1 {
		if crc, err = intarg.Uint32Mask(t, args[1]); err != nil {
			return nil, err
		}
	}
	return object.NewInt(t, int64(crc32.Update(crc, crc32.IEEETable, data))), nil
}

// crcHqxTable is CRC-CCITT (polynomial 0x1021, not reflected) a byte at
// a time.
var crcHqxTable = func() (tab [256]uint16) {
	for i := range tab {
		c := uint16(i) << 8
		for k := 0; k < 8; k++ {
			if c&0x8000 != 0 {
				c = c<<1 ^ 0x1021
			} else {
				c <<= 1
			}
		}
		tab[i] = c
	}
	return
}()

func crcHqx(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "crc_hqx", args, kw, 2, 2); err != nil {
		return nil, err
	}
	data, err := bytesarg.Get(t, args[0])
	if err != nil {
		return nil, err
	}
	c32, err := intarg.Uint32Mask(t, args[1])
	if err != nil {
		return nil, err
	}
	crc := uint16(c32)
	for _, b := range data {
		crc = crc<<8 ^ crcHqxTable[byte(crc>>8)^b]
	}
	return object.NewInt(t, int64(crc)), nil
}
