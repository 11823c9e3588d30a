// This file holds the charmap codec, which the encodings modules of the
// one-byte code pages (cp437, koi8_r, ...) use with their tables:
// charmap_decode with a str (byte i decodes to its i'th character) or a
// mapping, charmap_encode with a mapping from code points to bytes, and
// charmap_build, which makes that mapping from a decoding table.

package codecsmodule

import (
	"github.com/ftpy/ftpy/lib/codecs"
	"github.com/ftpy/ftpy/object"
)

var charmapFuncs = []object.MethodDef{
	{Name: "charmap_decode", Fn: charmapDecode},
	{Name: "charmap_encode", Fn: charmapEncode},
	{Name: "charmap_build", Fn: charmapBuild},
}

const undefinedReason = "character maps to <undefined>"

// mapDecodeTable reads a str decoding table as runes.
func mapDecodeTable(s string) []rune {
	var table []rune
	for i := 0; i < len(s); {
		r, n := codecs.DecodeRune(s[i:])
		table = append(table, r)
		i += n
	}
	return table
}

func charmapDecode(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "charmap_decode", args, kw, 1, 3); err != nil {
		return nil, err
	}
	data, err := dataArg(t, args)
	if err != nil {
		return nil, err
	}
	errors, err := errorsArg(t, "charmap_decode", 2, args)
	if err != nil {
		return nil, err
	}
	if len(args) < 3 || args[2] == object.None {
		s, n, err := decode(t, codecs.Latin1, data, errors, true)
		if err != nil {
			return nil, err
		}
		return pair(t, s, n), nil
	}
	mapping := args[2]
	var table []rune
	if object.IsStr(mapping) {
		table = mapDecodeTable(object.StrValue(mapping))
	}
	handlers := object.CodecHandlers(t)
	out := make([]byte, 0, len(data))
	for i := 0; i < len(data); {
		var text string
		var ok bool
		if table != nil {
			if int(data[i]) < len(table) && table[data[i]] != 0xFFFE {
				text, ok = string(codecs.AppendRune(nil, table[data[i]])), true
			}
		} else {
			text, ok, err = decodeByMapping(t, mapping, data[i])
			if err != nil {
				return nil, err
			}
		}
		if ok {
			out = append(out, text...)
			i++
			continue
		}
		out, i, err = codecs.HandleDecodeError(out, errors, handlers, "charmap", data, i, i+1, undefinedReason)
		if err != nil {
			return nil, object.CodecError(t, err, nil)
		}
	}
	return pair(t, object.NewStr(t, string(out)), len(data)), nil
}

// decodeByMapping looks byte b up in a decoding mapping: an int (a code
// point), a str, or None or a missing key for an undefined byte.
func decodeByMapping(t *object.Thread, mapping *object.Object, b byte) (string, bool, error) {
	key := object.NewInt(t, int64(b))
	v, err := object.GetItem(t, mapping, key)
	t.Decref(key)
	if err != nil {
		if object.ErrorMatches(err, object.LookupErrorType) {
			t.DropError(err)
			return "", false, nil
		}
		return "", false, err
	}
	defer t.Decref(v)
	switch {
	case v == object.None:
		return "", false, nil
	case object.IsInt(v):
		n, err := object.AsInt64(t, v)
		if err != nil || n < 0 || n > 0x10FFFF {
			if err != nil {
				t.DropError(err)
			}
			return "", false, t.Errorf(object.TypeErrorType, "character mapping must be in range(0x110000)")
		}
		if n == 0xFFFE {
			return "", false, nil
		}
		return string(codecs.AppendRune(nil, rune(n))), true, nil
	case object.IsStr(v):
		s := object.StrValue(v)
		if s == "\uFFFE" {
			return "", false, nil
		}
		return s, true, nil
	}
	return "", false, t.Errorf(object.TypeErrorType, "character mapping must return integer, None or str")
}

func charmapEncode(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "charmap_encode", args, kw, 1, 3); err != nil {
		return nil, err
	}
	s, err := textArg(t, "charmap_encode", args)
	if err != nil {
		return nil, err
	}
	errors, err := errorsArg(t, "charmap_encode", 2, args)
	if err != nil {
		return nil, err
	}
	handlers := object.CodecHandlers(t)
	if len(args) < 3 || args[2] == object.None {
		out, err := codecs.Latin1.NewEncoderWith(errors, handlers).Encode(nil, object.StrValue(s))
		if err != nil {
			return nil, object.CodecError(t, err, s)
		}
		return pair(t, object.NewBytesOwned(t, out), strLen(s)), nil
	}
	mapping := args[2]
	text := object.StrValue(s)
	var callErr error
	lost := false
	put := func(out []byte, r rune) []byte {
		if callErr != nil {
			return out
		}
		enc, ok, err := encodeByMapping(t, mapping, r)
		if err != nil {
			callErr = err
		} else if !ok {
			lost = true
		}
		return append(out, enc...)
	}
	var out []byte
	for i, k := 0, 0; i < len(text); {
		r, n := codecs.DecodeRune(text[i:])
		enc, ok, err := encodeByMapping(t, mapping, r)
		if err != nil {
			return nil, err
		}
		if ok {
			out = append(out, enc...)
			i += n
			k++
			continue
		}
		// A run of characters the mapping lacks goes to the handler at once.
		j, m := i+n, k+1
		for j < len(text) {
			r2, n2 := codecs.DecodeRune(text[j:])
			_, ok2, err := encodeByMapping(t, mapping, r2)
			if err != nil {
				return nil, err
			}
			if ok2 {
				break
			}
			j += n2
			m++
		}
		var resume int
		out, resume, err = codecs.HandleEncodeError(out, errors, handlers, "charmap", text, i, j, k, m, undefinedReason, put)
		if err == nil {
			err = callErr
		}
		if err == nil && lost {
			err = &codecs.Error{Encode: true, Encoding: "charmap", Str: text, Start: k, End: m, Reason: undefinedReason}
		}
		if err != nil {
			return nil, object.CodecError(t, err, s)
		}
		if resume == m {
			i, k = j, m
		} else {
			i, k = codecs.ByteOffset(text, resume), resume
		}
	}
	return pair(t, object.NewBytesOwned(t, out), strLen(s)), nil
}

// encodeByMapping looks code point r up in an encoding mapping: an int
// (a byte), bytes, or None or a missing key for an unmapped character.
func encodeByMapping(t *object.Thread, mapping *object.Object, r rune) ([]byte, bool, error) {
	key := object.NewInt(t, int64(r))
	v, err := object.GetItem(t, mapping, key)
	t.Decref(key)
	if err != nil {
		if object.ErrorMatches(err, object.LookupErrorType) {
			t.DropError(err)
			return nil, false, nil
		}
		return nil, false, err
	}
	defer t.Decref(v)
	switch {
	case v == object.None:
		return nil, false, nil
	case object.IsInt(v):
		n, err := object.AsInt64(t, v)
		if err != nil || n < 0 || n > 255 {
			if err != nil {
				t.DropError(err)
			}
			return nil, false, t.Errorf(object.TypeErrorType, "character mapping must be in range(256)")
		}
		return []byte{byte(n)}, true, nil
	case object.IsBytes(v):
		return object.BytesValue(v), true, nil
	}
	return nil, false, t.Errorf(object.TypeErrorType, "character mapping must return integer, bytes or None, not %s", v.Type().Name)
}

// charmapBuild is charmap_build(decoding_table): the encoding mapping
// {code point: byte}. CPython returns an opaque EncodingMap for the
// usual 256-entry tables; a dict maps the same way.
func charmapBuild(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "charmap_build", args, kw, 1, 1); err != nil {
		return nil, err
	}
	s, err := textArg(t, "charmap_build", args)
	if err != nil {
		return nil, err
	}
	d := object.NewDict(t)
	for i, r := range mapDecodeTable(object.StrValue(s)) {
		k, v := object.NewInt(t, int64(r)), object.NewInt(t, int64(i))
		err := d.SetItem(t, k, v)
		t.Decref(k)
		t.Decref(v)
		if err != nil {
			t.Decref(d.Obj())
			return nil, err
		}
	}
	return d.Obj(), nil
}
