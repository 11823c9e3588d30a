// This file holds the codec functions of the codecs package lib/codecs
// implements: utf-8, utf-16 and utf-32 in their three forms, latin-1 and
// ascii.

package codecsmodule

import (
	"bytes"

	"github.com/ftpy/ftpy/lib/codecs"
	"github.com/ftpy/ftpy/object"
)

var unicodeFuncs = []object.MethodDef{
	encoderFunc("utf_8_encode", codecs.UTF8, false),
	decoderFunc("utf_8_decode", codecs.UTF8, true),
	encoderFunc("utf_16_encode", codecs.UTF16, true),
	decoderFunc("utf_16_decode", codecs.UTF16, true),
	encoderFunc("utf_16_le_encode", codecs.UTF16LE, false),
	decoderFunc("utf_16_le_decode", codecs.UTF16LE, true),
	encoderFunc("utf_16_be_encode", codecs.UTF16BE, false),
	decoderFunc("utf_16_be_decode", codecs.UTF16BE, true),
	exDecoderFunc("utf_16_ex_decode", codecs.UTF16, codecs.UTF16LE, codecs.UTF16BE),
	encoderFunc("utf_32_encode", codecs.UTF32, true),
	decoderFunc("utf_32_decode", codecs.UTF32, true),
	encoderFunc("utf_32_le_encode", codecs.UTF32LE, false),
	decoderFunc("utf_32_le_decode", codecs.UTF32LE, true),
	encoderFunc("utf_32_be_encode", codecs.UTF32BE, false),
	decoderFunc("utf_32_be_decode", codecs.UTF32BE, true),
	exDecoderFunc("utf_32_ex_decode", codecs.UTF32, codecs.UTF32LE, codecs.UTF32BE),
	encoderFunc("latin_1_encode", codecs.Latin1, false),
	decoderFunc("latin_1_decode", codecs.Latin1, false),
	encoderFunc("ascii_encode", codecs.ASCII, false),
	decoderFunc("ascii_decode", codecs.ASCII, false),
	{Name: "readbuffer_encode", Fn: readbufferEncode},
}

// byteOrderCodec picks the codec for utf-16/utf-32's byteorder argument:
// 0 writes a BOM and the native (little-endian) order.
func byteOrderCodec(c *codecs.Codec, order int64) *codecs.Codec {
	switch {
	case order < 0 && c == codecs.UTF16:
		return codecs.UTF16LE
	case order > 0 && c == codecs.UTF16:
		return codecs.UTF16BE
	case order < 0 && c == codecs.UTF32:
		return codecs.UTF32LE
	case order > 0 && c == codecs.UTF32:
		return codecs.UTF32BE
	}
	return c
}

// encoderFunc is NAME(str, errors=None[, byteorder=0]) -> (bytes, len).
func encoderFunc(name string, c *codecs.Codec, byteorder bool) object.MethodDef {
	max := 2
	if byteorder {
		max = 3
	}
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, name, args, kw, 1, max); err != nil {
			return nil, err
		}
		s, err := textArg(t, name, args)
		if err != nil {
			return nil, err
		}
		errors, err := errorsArg(t, name, 2, args)
		if err != nil {
			return nil, err
		}
		codec := c
		if byteorder {
			order, err := intArg(t, args, 3, 0)
			if err != nil {
				return nil, err
			}
			codec = byteOrderCodec(c, order)
		}
		out, err := codec.NewEncoderWith(errors, object.CodecHandlers(t)).Encode(nil, object.StrValue(s))
		if err != nil {
			return nil, object.CodecError(t, err, s)
		}
		return pair(t, object.NewBytesOwned(t, out), strLen(s)), nil
	}}
}

// decoderFunc is NAME(data, errors=None[, final=False]) -> (str, consumed).
func decoderFunc(name string, c *codecs.Codec, final bool) object.MethodDef {
	max := 2
	if final {
		max = 3
	}
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, name, args, kw, 1, max); err != nil {
			return nil, err
		}
		data, err := dataArg(t, args)
		if err != nil {
			return nil, err
		}
		errors, err := errorsArg(t, name, 2, args)
		if err != nil {
			return nil, err
		}
		isFinal := !final
		if final {
			f, err := intArg(t, args, 3, 0)
			if err != nil {
				return nil, err
			}
			isFinal = f != 0
		}
		s, n, err := decode(t, c, data, errors, isFinal)
		if err != nil {
			return nil, err
		}
		return pair(t, s, n), nil
	}}
}

// decode decodes data, holding back an incomplete sequence at the end
// unless final; it returns the str and the bytes consumed.
func decode(t *object.Thread, c *codecs.Codec, data []byte, errors string, final bool) (*object.Object, int, error) {
	d := c.NewDecoderWith(errors, object.CodecHandlers(t))
	out, err := d.Decode(nil, data, final)
	if err != nil {
		return nil, 0, object.CodecError(t, err, nil)
	}
	return object.NewStr(t, string(out)), len(data) - d.Pending(), nil
}

// exDecoderFunc is utf_16_ex_decode/utf_32_ex_decode(data, errors=None,
// byteorder=0, final=False) -> (str, consumed, byteorder): byteorder 0
// reads a BOM and reports the order it gave (0 without one).
func exDecoderFunc(name string, c, le, be *codecs.Codec) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, name, args, kw, 1, 4); err != nil {
			return nil, err
		}
		data, err := dataArg(t, args)
		if err != nil {
			return nil, err
		}
		errors, err := errorsArg(t, name, 2, args)
		if err != nil {
			return nil, err
		}
		order, err := intArg(t, args, 3, 0)
		if err != nil {
			return nil, err
		}
		f, err := intArg(t, args, 4, 0)
		if err != nil {
			return nil, err
		}
		codec := c
		switch {
		case order < 0:
			codec, order = le, -1
		case order > 0:
			codec, order = be, 1
		default:
			bomLE, bomBE := []byte{0xFF, 0xFE}, []byte{0xFE, 0xFF}
			if c == codecs.UTF32 {
				bomLE, bomBE = []byte{0xFF, 0xFE, 0, 0}, []byte{0, 0, 0xFE, 0xFF}
			}
			if bytes.HasPrefix(data, bomLE) {
				order = -1
			} else if bytes.HasPrefix(data, bomBE) {
				order = 1
			}
		}
		s, n, err := decode(t, codec, data, errors, f != 0)
		if err != nil {
			return nil, err
		}
		return object.NewTuple(t, []*object.Object{s, object.NewInt(t, int64(n)), object.NewInt(t, order)}).Obj(), nil
	}}
}

// readbufferEncode is readbuffer_encode(data, errors=None): the bytes of
// a bytes-like object or the UTF-8 of a str.
func readbufferEncode(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "readbuffer_encode", args, kw, 1, 2); err != nil {
		return nil, err
	}
	var data []byte
	if object.IsStr(args[0]) {
		b, err := object.EncodeStr(t, object.Cast[object.Str](args[0]), "utf-8", "strict")
		if err != nil {
			return nil, err
		}
		data = b
	} else {
		b, err := dataArg(t, args)
		if err != nil {
			return nil, err
		}
		data = b
	}
	if _, err := errorsArg(t, "readbuffer_encode", 2, args); err != nil {
		return nil, err
	}
	return pair(t, object.NewBytes(t, data), len(data)), nil
}
