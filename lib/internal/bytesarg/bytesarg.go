// Package bytesarg reads the bytes-like arguments of the binary modules
// (_codecs, _struct, binascii, zlib, the hashes): CPython's Py_buffer
// arguments. Today only bytes objects qualify; bytearray and memoryview
// join here, in one place, when ftpy has them.
package bytesarg

import "github.com/ftpy/ftpy/object"

// Get returns the contents of a bytes-like object, borrowed: the caller
// must not modify them nor keep them past the object's lifetime.
func Get(t *object.Thread, o *object.Object) ([]byte, error) {
	if object.IsBytes(o) {
		return object.BytesData(o), nil
	}
	return nil, t.Errorf(object.TypeErrorType, "a bytes-like object is required, not '%s'", o.Type().Name)
}

// Is reports whether o is bytes-like.
func Is(o *object.Object) bool { return object.IsBytes(o) }

// GetOrASCII is Get that also takes a str of ASCII characters, as
// binascii's a2b functions and a few others do; err is nil on success.
func GetOrASCII(t *object.Thread, o *object.Object) ([]byte, error) {
	if object.IsStr(o) {
		s := object.StrValue(o)
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				return nil, t.Errorf(object.ValueErrorType, "string argument should contain only ASCII characters")
			}
		}
		return []byte(s), nil
	}
	if Is(o) {
		return object.BytesData(o), nil
	}
	return nil, t.Errorf(object.TypeErrorType, "argument should be bytes, buffer or ASCII string, not '%s'", o.Type().Name)
}

// Writable returns the contents of a writable bytes-like object, which
// the caller may modify in place (struct.pack_into, readinto). No type
// ftpy has today qualifies; bytearray will.
func Writable(t *object.Thread, o *object.Object) ([]byte, error) {
	return nil, t.Errorf(object.TypeErrorType, "argument must be read-write bytes-like object, not %s", o.Type().Name)
}

// MustGet returns the contents of an object Is reported bytes-like.
func MustGet(o *object.Object) []byte { return object.BytesData(o) }
