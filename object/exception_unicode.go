// This file gives UnicodeEncodeError and UnicodeDecodeError their
// constructor (encoding, object, start, end, reason), their attributes
// and their message, as CPython's do.

package object

import "github.com/ftpy/ftpy/lib/codecs"

// UnicodeEncodeErrorType and UnicodeDecodeErrorType are raised by the
// codecs.
var (
	UnicodeEncodeErrorType = newExceptionType("UnicodeEncodeError", UnicodeErrorType, "Unicode encoding error.")
	UnicodeDecodeErrorType = newExceptionType("UnicodeDecodeError", UnicodeErrorType, "Unicode decoding error.")
)

// The attributes live in the instance dict, apart from args: setting
// e.start changes str(e) but not e.args, as in CPython.
var (
	ueEncoding = Intern("encoding")
	ueObject   = Intern("object")
	ueStart    = Intern("start")
	ueEnd      = Intern("end")
	ueReason   = Intern("reason")
)

// NewUnicodeError returns a UnicodeEncodeError or UnicodeDecodeError;
// it takes over the reference to obj.
func NewUnicodeError(t *Thread, typ *Type, encoding string, obj *Object, start, end int, reason string) *Exception {
	e := t.NewException(typ, NewStr(t, encoding), obj, NewInt(t, int64(start)), NewInt(t, int64(end)), NewStr(t, reason))
	setUnicodeErrorAttrs(t, e, e.Args.Items)
	return e
}

func setUnicodeErrorAttrs(t *Thread, e *Exception, items []*Object) {
	if e.Dict == nil {
		e.Dict = NewDict(t)
	}
	for i, k := range []*Str{ueEncoding, ueObject, ueStart, ueEnd, ueReason} {
		e.Dict.SetStr(t, k, items[i])
	}
}

// unicodeErrorInit checks and stores the five arguments.
func unicodeErrorInit(t *Thread, self *Object, args []*Object, kwnames *Tuple) error {
	if err := exceptionInit(t, self, args, kwnames); err != nil {
		return err
	}
	e := Cast[Exception](self)
	items := e.Args.Items
	if len(items) != 5 {
		return t.Errorf(TypeErrorType, "function takes exactly 5 arguments (%d given)", len(items))
	}
	for _, i := range []int{0, 4} {
		if !IsStr(items[i]) {
			return t.Errorf(TypeErrorType, "argument %d must be str, not %s", i+1, items[i].typ.Name)
		}
	}
	obj := items[1]
	if IsSubtype(e.typ, UnicodeEncodeErrorType) {
		if !IsStr(obj) {
			return t.Errorf(TypeErrorType, "argument 2 must be str, not %s", obj.typ.Name)
		}
		obj = t.NewRef(obj)
	} else {
		b, err := bytesLike(t, obj)
		if err != nil {
			return err
		}
		obj = NewBytes(t, b)
	}
	defer t.Decref(obj)
	vals := []*Object{items[0], obj, nil, nil, items[4]}
	for _, i := range []int{2, 3} {
		n, err := Index(t, items[i])
		if err != nil {
			return err
		}
		defer t.Decref(n)
		vals[i] = n
	}
	setUnicodeErrorAttrs(t, e, vals)
	return nil
}

// bytesLike returns the contents of a bytes-like object.
func bytesLike(t *Thread, o *Object) ([]byte, error) {
	if IsBytes(o) {
		return bytesOf(o), nil
	}
	return BytesLikeCopy(t, o)
}

// unicodeErrorMessage renders str(e) from the attributes; ok is false
// when they are missing or of the wrong types (str(e) then falls back to
// BaseException's).
func unicodeErrorMessage(e *Exception) (string, bool) {
	d := e.Dict
	if d == nil {
		return "", false
	}
	enc, obj, start, end, reason := d.GetStr(ueEncoding), d.GetStr(ueObject), d.GetStr(ueStart), d.GetStr(ueEnd), d.GetStr(ueReason)
	if enc == nil || obj == nil || start == nil || end == nil || reason == nil ||
		!IsStr(enc) || !IsStr(reason) || !IsInt(start) || !IsInt(end) {
		return "", false
	}
	si, ei := Cast[Int](start), Cast[Int](end)
	if si.big != nil || ei.big != nil {
		return "", false
	}
	if IsStr(obj) {
		return codecs.EncodeErrorMessage(StrValue(enc), StrValue(obj), int(si.v), int(ei.v), StrValue(reason)), true
	}
	if IsBytes(obj) {
		return codecs.DecodeErrorMessage(StrValue(enc), bytesOf(obj), int(si.v), int(ei.v), StrValue(reason)), true
	}
	return "", false
}

func unicodeErrorStr(t *Thread, o *Object) (*Object, error) {
	if msg, ok := unicodeErrorMessage(Cast[Exception](o)); ok {
		return NewStr(t, msg), nil
	}
	return exceptionStr(t, o)
}

// unicodeErrorGetSets read and write the attributes; start and end must
// be ints.
var unicodeErrorGetSets = func() []GetSetDef {
	var defs []GetSetDef
	for _, key := range []*Str{ueEncoding, ueObject, ueStart, ueEnd, ueReason} {
		defs = append(defs, GetSetDef{Name: key.s,
			Get: func(t *Thread, o *Object) (*Object, error) {
				if d := Cast[Exception](o).Dict; d != nil {
					if v := d.GetStr(key); v != nil {
						return t.NewRef(v), nil
					}
				}
				return None, nil
			},
			Set: func(t *Thread, o, v *Object) error {
				if v == nil {
					return t.Errorf(TypeErrorType, "can't delete attribute")
				}
				if (key == ueStart || key == ueEnd) && !IsInt(v) {
					return t.Errorf(TypeErrorType, "an integer is required")
				}
				e := Cast[Exception](o)
				if e.Dict == nil {
					e.Dict = NewDict(t)
				}
				e.Dict.SetStr(t, key, v)
				return nil
			}})
	}
	return defs
}()

func setupUnicodeErrorTypes() {
	for _, typ := range []*Type{UnicodeEncodeErrorType, UnicodeDecodeErrorType} {
		typ.Init = unicodeErrorInit
		typ.Str = unicodeErrorStr
	}
}
