// This file is where bytes from the operating system become str and str
// goes back to the operating system: file names, environment variables,
// command-line arguments. Every such site uses FSDecode and FSEncode
// (utf-8 with surrogateescape, as CPython's os.fsdecode and os.fsencode),
// so a name that is not valid UTF-8 round-trips and no str ever holds
// bytes that are not str text.

package object

import "github.com/ftpy/ftpy/lib/codecs"

// FSDecode returns a new str for OS bytes b (os.fsdecode).
func FSDecode(t *Thread, b string) *Object { return NewStr(t, codecs.FSDecode(b)) }

// FSEncode returns the OS bytes of str o (os.fsencode): '\udcff' gives
// byte 0xff; another lone surrogate raises UnicodeEncodeError.
func FSEncode(t *Thread, o *Object) (string, error) {
	b, err := codecs.FSEncode(StrValue(o))
	if err != nil {
		return "", CodecError(t, err, o)
	}
	return b, nil
}

// FSPath returns the OS bytes of a path given as str, bytes or an
// os.PathLike object, and whether it was bytes (os.fspath, then
// os.fsencode). ok is false, with no error, for any other object.
func FSPath(t *Thread, o *Object) (p string, isBytes, ok bool, err error) {
	r, err := FSPathObject(t, o)
	if r == nil {
		return "", false, false, err
	}
	defer t.Decref(r)
	if IsBytes(r) {
		return string(BytesValue(r)), true, true, nil
	}
	p, err = FSEncode(t, r)
	return p, false, err == nil, err
}

// FSPathObject is os.fspath: a new reference to o when it is a str or
// bytes, else to what its __fspath__ returns, which must be one of them
// (a TypeError otherwise). It returns nil, with no error, for an object
// without __fspath__.
func FSPathObject(t *Thread, o *Object) (*Object, error) {
	if IsStr(o) || IsBytes(o) {
		return t.NewRef(o), nil
	}
	f, err := GetAttrString(t, o, "__fspath__")
	if err != nil {
		if ErrorMatches(err, AttributeErrorType) {
			t.DropError(err)
			err = nil
		}
		return nil, err
	}
	r, err := Call(t, f, nil, nil)
	t.Decref(f)
	if err != nil {
		return nil, err
	}
	if !IsStr(r) && !IsBytes(r) {
		err := t.Errorf(TypeErrorType, "expected %s.__fspath__() to return str or bytes, not %s", o.Type().Name, r.Type().Name)
		t.Decref(r)
		return nil, err
	}
	return r, nil
}

// NewOSName returns OS bytes p as the object a path function returns: a
// bytes object when its argument was bytes, else a str.
func NewOSName(t *Thread, p string, isBytes bool) *Object {
	if isBytes {
		return NewBytes(t, []byte(p))
	}
	return FSDecode(t, p)
}
