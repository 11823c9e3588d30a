// Package bytesarg reads the bytes-like arguments of the binary modules
// (_codecs, _struct, binascii, zlib, the hashes, posix): CPython's
// Py_buffer arguments, from any object with the buffer protocol (bytes,
// bytearray, memoryview, array).
package bytesarg

import "github.com/ftpy/ftpy/object"

// Get returns the contents of a bytes-like object: a bytes object's own
// memory, which the caller must not modify nor keep past the object's
// lifetime, or a copy of another exporter's (a bytearray may be resized
// by another thread while the caller works on it).
func Get(t *object.Thread, o *object.Object) ([]byte, error) {
	if object.IsBytes(o) {
		return object.BytesData(o), nil
	}
	if object.CheckBuffer(o) {
		return object.BytesLikeCopy(t, o)
	}
	return nil, t.Errorf(object.TypeErrorType, "a bytes-like object is required, not '%s'", o.Type().Name)
}

// Is reports whether o is bytes-like.
func Is(o *object.Object) bool { return object.CheckBuffer(o) }

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
		return Get(t, o)
	}
	return nil, t.Errorf(object.TypeErrorType, "argument should be bytes, buffer or ASCII string, not '%s'", o.Type().Name)
}

// Writable returns the memory of a writable bytes-like object, which the
// caller may modify in place (struct.pack_into, readinto), with the
// function that releases it (call it once, when done).
func Writable(t *object.Thread, o *object.Object) ([]byte, func(), error) {
	return object.WritableBytes(t, o)
}

// DecompressArgs reads the arguments of a decompressor's
// decompress(data, max_length=-1) (_bz2's and _lzma's): the data, and
// the limit, -1 when not given.
func DecompressArgs(t *object.Thread, args []*object.Object, kw *object.Tuple) ([]byte, int64, error) {
	var dataObj, maxObj *object.Object
	if err := object.ParseArgs(t, "decompress", args, kw, []string{"data", "max_length"}, 1, &dataObj, &maxObj); err != nil {
		return nil, 0, err
	}
	data, err := Get(t, dataObj)
	if err != nil {
		return nil, 0, err
	}
	limit := int64(-1)
	if maxObj != nil {
		if limit, err = object.AsInt64(t, maxObj); err != nil {
			return nil, 0, err
		}
	}
	return data, limit, nil
}
