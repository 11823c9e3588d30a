// Package codecs stands for CPython's _codecs C module: the built-in text
// codecs (utf-8, utf-8-sig, utf-16 and utf-32 in their three forms,
// latin-1, ascii, cp1252), their lookup by normalised name and alias, the
// standard error handlers and incremental decoders and encoders for
// streams. It works on Go values only, so that object (str.encode,
// bytes.decode) and vm (text files, source files) can both use it; a
// module exposing it to Python's codecs.py should live in a package of
// its own that imports this one.
//
// Text is ftpy's str representation: UTF-8, with a lone surrogate
// (U+D800..U+DFFF, which surrogateescape and surrogatepass produce)
// spelled as the three bytes UTF-8 would give it (ED A0..BF 80..BF).
// Encoders accept such text; decoders produce it.
package codecs

import (
	"strings"
	"unicode/utf8"
)

// Codec is one text encoding.
type Codec struct {
	// Name is the codec's canonical name, codecs.lookup(x).name.
	Name string
	// encName and decName are the names errors quote ('charmap' for
	// cp1252, 'utf-8' for utf-8-sig, 'utf-16' vs 'utf-16-le').
	encName, decName string
	kind             kind
}

type kind uint8

const (
	kUTF8 kind = iota
	kUTF8Sig
	kUTF16 // BOM decides the order; writes a native (little-endian) BOM
	kUTF16LE
	kUTF16BE
	kUTF32
	kUTF32LE
	kUTF32BE
	kLatin1
	kASCII
	kCP1252
)

// The codecs, by the module name CPython's encodings package gives them.
var (
	UTF8    = &Codec{Name: "utf-8", encName: "utf-8", decName: "utf-8", kind: kUTF8}
	UTF8Sig = &Codec{Name: "utf-8-sig", encName: "utf-8", decName: "utf-8", kind: kUTF8Sig}
	UTF16   = &Codec{Name: "utf-16", encName: "utf-16", decName: "utf-16-le", kind: kUTF16}
	UTF16LE = &Codec{Name: "utf-16-le", encName: "utf-16-le", decName: "utf-16-le", kind: kUTF16LE}
	UTF16BE = &Codec{Name: "utf-16-be", encName: "utf-16-be", decName: "utf-16-be", kind: kUTF16BE}
	UTF32   = &Codec{Name: "utf-32", encName: "utf-32", decName: "utf-32-le", kind: kUTF32}
	UTF32LE = &Codec{Name: "utf-32-le", encName: "utf-32-le", decName: "utf-32-le", kind: kUTF32LE}
	UTF32BE = &Codec{Name: "utf-32-be", encName: "utf-32-be", decName: "utf-32-be", kind: kUTF32BE}
	Latin1  = &Codec{Name: "iso8859-1", encName: "latin-1", decName: "latin-1", kind: kLatin1}
	ASCII   = &Codec{Name: "ascii", encName: "ascii", decName: "ascii", kind: kASCII}
	CP1252  = &Codec{Name: "cp1252", encName: "charmap", decName: "charmap", kind: kCP1252}
)

// modules maps the names of CPython's encodings modules to the codecs
// here, and aliases the normalised aliases of encodings/aliases.py.
var modules = map[string]*Codec{
	"utf_8": UTF8, "utf_8_sig": UTF8Sig, "utf_16": UTF16, "utf_16_le": UTF16LE, "utf_16_be": UTF16BE,
	"utf_32": UTF32, "utf_32_le": UTF32LE, "utf_32_be": UTF32BE, "latin_1": Latin1, "ascii": ASCII,
	"cp1252": CP1252,
}

var aliases = map[string]*Codec{
	"utf8": UTF8, "u8": UTF8, "utf": UTF8, "utf8_ucs2": UTF8, "utf8_ucs4": UTF8, "cp65001": UTF8,
	"utf16": UTF16, "u16": UTF16,
	"utf_16le": UTF16LE, "unicodelittleunmarked": UTF16LE,
	"utf_16be": UTF16BE, "unicodebigunmarked": UTF16BE,
	"utf32": UTF32, "u32": UTF32, "utf_32le": UTF32LE, "utf_32be": UTF32BE,
	"latin1": Latin1, "latin": Latin1, "l1": Latin1, "8859": Latin1, "cp819": Latin1,
	"csisolatin1": Latin1, "ibm819": Latin1, "iso8859": Latin1, "iso8859_1": Latin1, "iso_8859_1": Latin1,
	"iso_8859_1_1987": Latin1, "iso_ir_100": Latin1,
	"646": ASCII, "ansi_x3.4_1968": ASCII, "ansi_x3_4_1968": ASCII, "ansi_x3.4_1986": ASCII,
	"cp367": ASCII, "csascii": ASCII, "ibm367": ASCII, "iso646_us": ASCII, "iso_646.irv_1991": ASCII,
	"iso_ir_6": ASCII, "us": ASCII, "us_ascii": ASCII,
	"1252": CP1252, "windows_1252": CP1252,
}

// binaryModules are CPython's bytes-to-bytes and str-to-str codecs, which
// str.encode and bytes.decode refuse with their own message.
var binaryModules = map[string]bool{
	"base64_codec": true, "base64": true, "base_64": true, "bz2_codec": true, "bz2": true,
	"hex_codec": true, "hex": true, "quopri_codec": true, "quopri": true, "quoted_printable": true,
	"quotedprintable": true, "rot_13": true, "rot13": true, "uu_codec": true, "uu": true,
	"zlib_codec": true, "zip": true, "zlib": true,
}

// Normalize is the encodings package's normalize_encoding after the
// registry's lower-casing: runs of characters other than ASCII letters,
// digits and '.' become one '_', none at either end.
func Normalize(name string) string {
	var b strings.Builder
	punct := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '.' {
			if punct && b.Len() > 0 {
				b.WriteByte('_')
			}
			b.WriteByte(c)
			punct = false
		} else {
			punct = true
		}
	}
	return b.String()
}

// LookupError is Python's LookupError (an unknown encoding or error
// handler, or a codec that is not a text encoding).
type LookupError struct {
	Msg string
	// NotText is the name of a codec that exists but is not a text
	// encoding; its message depends on the direction (ForDecode).
	NotText string
}

func (e *LookupError) Error() string { return e.Msg }

// ForDecode returns the error as bytes.decode words it.
func (e *LookupError) ForDecode() *LookupError {
	if e.NotText == "" {
		return e
	}
	return &LookupError{Msg: "'" + e.NotText + "' is not a text encoding; use codecs.decode() to handle arbitrary codecs", NotText: e.NotText}
}

// TypeError is the TypeError an error handler raises when it cannot
// handle the kind of error it is given (xmlcharrefreplace on a decode).
type TypeError struct{ Msg string }

func (e *TypeError) Error() string { return e.Msg }

// ValueError is the ValueError of an encoding name with a NUL in it.
type ValueError struct{ Msg string }

func (e *ValueError) Error() string { return e.Msg }

// Lookup finds the codec for an encoding name as str.encode does.
func Lookup(name string) (*Codec, error) {
	switch name { // the usual spellings, without normalising
	case "utf-8", "utf8", "UTF-8":
		return UTF8, nil
	case "latin-1", "latin1":
		return Latin1, nil
	case "ascii":
		return ASCII, nil
	}
	if strings.IndexByte(name, 0) >= 0 {
		return nil, &ValueError{"embedded null character"}
	}
	// As encodings.search_function: an alias, also with '.' read as '_',
	// else a module name, which has no '.'.
	n := Normalize(name)
	if c := aliases[n]; c != nil {
		return c, nil
	}
	if c := aliases[strings.ReplaceAll(n, ".", "_")]; c != nil {
		return c, nil
	}
	if c := modules[n]; c != nil {
		return c, nil
	}
	if binaryModules[n] || binaryModules[strings.ReplaceAll(n, ".", "_")] {
		return nil, &LookupError{Msg: "'" + name + "' is not a text encoding; use codecs.encode() to handle arbitrary codecs", NotText: name}
	}
	return nil, &LookupError{Msg: "unknown encoding: " + name}
}

// IsUTF8 reports whether c is plain utf-8, for callers' fast paths.
func (c *Codec) IsUTF8() bool { return c.kind == kUTF8 }

// Encode encodes s (ftpy's str text) with the named codec.
func Encode(s, encoding, errors string) ([]byte, error) {
	c, err := Lookup(encoding)
	if err != nil {
		return nil, err
	}
	return c.Encode(s, errors)
}

// Decode decodes b with the named codec into str text.
func Decode(b []byte, encoding, errors string) (string, error) {
	c, err := Lookup(encoding)
	if err != nil {
		if le, ok := err.(*LookupError); ok {
			return "", le.ForDecode()
		}
		return "", err
	}
	return c.Decode(b, errors)
}

// Encode encodes all of s, with the BOM of a codec that writes one.
func (c *Codec) Encode(s, errors string) ([]byte, error) {
	e := Encoder{c: c, errors: errorMode{name: errors}}
	return e.Encode(nil, s)
}

// Decode decodes all of b.
func (c *Codec) Decode(b []byte, errors string) (string, error) {
	if c.kind == kUTF8 && utf8.Valid(b) {
		return string(b), nil
	}
	out, err := c.NewDecoder(errors).Decode(nil, b, true)
	return string(out), err
}

// EncodeWith is Encode with an error handler that may be one registered
// from Python, which custom resolves.
func (c *Codec) EncodeWith(s, errors string, custom Handlers) ([]byte, error) {
	return c.NewEncoderWith(errors, custom).Encode(nil, s)
}

// DecodeWith is Decode with an error handler that may be one registered
// from Python, which custom resolves.
func (c *Codec) DecodeWith(b []byte, errors string, custom Handlers) (string, error) {
	out, err := c.NewDecoderWith(errors, custom).Decode(nil, b, true)
	return string(out), err
}
