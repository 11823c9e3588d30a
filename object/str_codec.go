// This file connects str.encode, bytes.decode and str(b, encoding,
// errors) to the codecs (package lib/codecs), and turns the codecs'
// errors into Python exceptions.

package object

import (
	"strings"
	"unicode/utf8"

	"github.com/ftpy/ftpy/lib/codecs"
)

// EncodeStr encodes s with the named codec and error handler.
func EncodeStr(t *Thread, s *Str, encoding, errors string) ([]byte, error) {
	c, err := codecs.Lookup(encoding)
	if err != nil {
		if unknownEncoding(err) {
			return encodeViaRegistry(t, s, encoding, errors, errors != "strict")
		}
		return nil, CodecError(t, err, &s.Object)
	}
	if c.IsUTF8() && (s.ascii || strings.IndexByte(s.s, 0xED) < 0) {
		return []byte(s.s), nil // without surrogates, str text is its UTF-8
	}
	if s.ascii && c != codecs.UTF16 && c != codecs.UTF32 && c != codecs.UTF8Sig &&
		c != codecs.UTF16LE && c != codecs.UTF16BE && c != codecs.UTF32LE && c != codecs.UTF32BE {
		return []byte(s.s), nil // every other codec here spells ASCII as itself
	}
	b, err := c.EncodeWith(s.s, errors, pyHandlers{t})
	if err != nil {
		return nil, CodecError(t, err, &s.Object)
	}
	return b, nil
}

// DecodeBytes decodes b with the named codec and error handler into a
// new str.
func DecodeBytes(t *Thread, b []byte, encoding, errors string) (*Object, error) {
	c, err := codecs.Lookup(encoding)
	if err != nil {
		if unknownEncoding(err) {
			return decodeViaRegistry(t, b, encoding, errors, errors != "strict")
		}
		if le, ok := err.(*codecs.LookupError); ok {
			err = le.ForDecode()
		}
		return nil, CodecError(t, err, nil)
	}
	if c.IsUTF8() || c == codecs.ASCII || c == codecs.Latin1 || c == codecs.CP1252 {
		ascii := true
		for _, x := range b {
			if x >= 0x80 {
				ascii = false
				break
			}
		}
		if ascii {
			return newStrASCII(t, string(b)), nil
		}
		if c.IsUTF8() && utf8.Valid(b) {
			return NewStr(t, string(b)), nil
		}
	}
	s, err := c.DecodeWith(b, errors, pyHandlers{t})
	if err != nil {
		return nil, CodecError(t, err, nil)
	}
	return NewStr(t, s), nil
}

// CodecError turns an error from package codecs into the Python
// exception: UnicodeEncodeError (whose object is the str src when given),
// UnicodeDecodeError, LookupError, TypeError or ValueError.
func CodecError(t *Thread, err error, src *Object) error {
	switch e := err.(type) {
	case *codecs.Error:
		var obj *Object
		typ := UnicodeDecodeErrorType
		if e.Encode {
			typ = UnicodeEncodeErrorType
			if src != nil {
				obj = t.NewRef(src)
			} else {
				obj = NewStr(t, e.Str)
			}
		} else {
			obj = NewBytes(t, e.Bytes)
		}
		return NewUnicodeError(t, typ, e.Encoding, obj, e.Start, e.End, e.Reason)
	case *codecs.LookupError:
		return t.Errorf(LookupErrorType, "%s", e.Msg)
	case *codecs.TypeError:
		return t.Errorf(TypeErrorType, "%s", e.Msg)
	case *codecs.ValueError:
		return t.Errorf(ValueErrorType, "%s", e.Msg)
	}
	return err
}
