// This file connects str.encode and bytes.decode to the interpreter's
// codec registry (codecs.register, codecs.register_error) for the
// encodings and error handlers the Go codecs of lib/codecs lack, as
// CPython's _PyCodec_EncodeText and the error handler callbacks do.

package object

import (
	"strings"

	"github.com/ftpy/ftpy/lib/codecs"
)

// CodecHost is what the interpreter running on a thread (Thread.VM)
// offers the codecs: its registry of search functions and error
// handlers (package vm implements it).
type CodecHost interface {
	// LookupCodec returns a new reference to codecs.lookup(encoding).
	LookupCodec(encoding string) (*Object, error)
	// LookupErrorHandler returns a new reference to the handler
	// registered under name, or nil.
	LookupErrorHandler(name string) *Object
}

func codecHost(t *Thread) CodecHost {
	h, _ := t.VM.(CodecHost)
	return h
}

// CodecHandlers returns what the Go codecs ask for an error handler
// name that is not a standard one: the registry's, called as Python
// calls it.
func CodecHandlers(t *Thread) codecs.Handlers { return pyHandlers{t} }

type pyHandlers struct{ t *Thread }

func (p pyHandlers) ErrorHandler(name string) (codecs.Handler, error) {
	fn := p.lookup(name)
	if fn == nil {
		return nil, &codecs.LookupError{Msg: "unknown error handler name '" + name + "'"}
	}
	return pyHandler{p.t, fn}, nil
}

func (p pyHandlers) lookup(name string) *Object {
	if h := codecHost(p.t); h != nil {
		return h.LookupErrorHandler(name)
	}
	return nil
}

// pyHandler is a handler function; the codec call that asked for it
// holds it until it returns, so the reference it has is never dropped
// (a registered handler lives as long as the interpreter anyway).
type pyHandler struct {
	t  *Thread
	fn *Object
}

// Handle calls the handler with a UnicodeEncodeError or
// UnicodeDecodeError and checks its (replacement, position) result.
func (h pyHandler) Handle(e *codecs.Error) (string, bool, int, error) {
	t := h.t
	exc := CodecError(t, e, nil)
	excObj := &exceptionOf(exc).Object
	res, err := Call(t, h.fn, []*Object{excObj}, nil)
	t.Decref(excObj)
	if err != nil {
		return "", false, 0, err
	}
	defer t.Decref(res)
	tup, ok := ExactTuple(res)
	var repl, pos *Object
	if ok && len(tup.Items) == 2 {
		repl, pos = tup.Items[0], tup.Items[1]
	}
	isBytes := repl != nil && e.Encode && IsBytes(repl)
	if repl == nil || !(IsStr(repl) || isBytes) || !IsInt(pos) {
		if e.Encode {
			return "", false, 0, t.Errorf(TypeErrorType, "encoding error handler must return (str/bytes, int) tuple")
		}
		return "", false, 0, t.Errorf(TypeErrorType, "decoding error handler must return (str, int) tuple")
	}
	n := len(e.Bytes)
	if e.Encode {
		n = textLen(e.Str)
	}
	p, err := AsInt64(t, pos)
	if err != nil {
		t.DropError(err)
		p = -1 << 62
	}
	q := p
	if q < 0 {
		q += int64(n)
	}
	if q < 0 || q > int64(n) {
		return "", false, 0, t.Errorf(IndexErrorType, "position %d from error handler out of bounds", p)
	}
	if isBytes {
		return string(bytesOf(repl)), true, int(q), nil
	}
	return StrValue(repl), false, int(q), nil
}

// textLen counts the code points of str text.
func textLen(s string) int {
	n := 0
	for i := 0; i < len(s); n++ {
		_, w := codecs.DecodeRune(s[i:])
		i += w
	}
	return n
}

// unknownEncoding reports whether err is the Go codecs' not knowing an
// encoding, which the registry may know.
func unknownEncoding(err error) bool {
	le, ok := err.(*codecs.LookupError)
	return ok && le.NotText == "" && strings.HasPrefix(le.Msg, "unknown encoding: ")
}

// codecViaRegistry finds the encoding in the registry, refusing a codec
// that is not a text encoding (CodecInfo._is_text_encoding false).
func codecViaRegistry(t *Thread, encoding, verb string) (*Object, error) {
	h := codecHost(t)
	if h == nil {
		return nil, t.Errorf(LookupErrorType, "unknown encoding: %s", encoding)
	}
	info, err := h.LookupCodec(encoding)
	if err != nil {
		return nil, err
	}
	if flag, err := GetAttrString(t, info, "_is_text_encoding"); err == nil {
		text, err := IsTrue(t, flag)
		t.Decref(flag)
		if err != nil {
			t.Decref(info)
			return nil, err
		}
		if !text {
			t.Decref(info)
			return nil, t.Errorf(LookupErrorType, "'%s' is not a text encoding; use codecs.%s() to handle arbitrary codecs", encoding, verb)
		}
	} else {
		t.DropError(err)
	}
	return info, nil
}

// CallCodec calls a codec function (item which of the CodecInfo info)
// on obj as codecs.encode and codecs.decode do: errors is passed only
// when given, the result must be a (object, length) tuple, and a plain
// exception the codec raises is wrapped in one of its type that names
// the codec. It returns a new reference to the object.
func CallCodec(t *Thread, info *Object, which int, obj *Object, encoding string, errors *Object) (*Object, error) {
	tup := Cast[Tuple](info)
	args := []*Object{obj}
	if errors != nil {
		args = append(args, errors)
	}
	verb := "encoding"
	if which == 1 {
		verb = "decoding"
	}
	res, err := Call(t, tup.Items[which], args, nil)
	if err != nil {
		return nil, wrapCodecError(t, err, verb, encoding)
	}
	rt, ok := ExactTuple(res)
	if !ok || len(rt.Items) != 2 {
		t.Decref(res)
		return nil, t.Errorf(TypeErrorType, "%s must return a tuple (object, integer)", strings.TrimSuffix(verb, "ing")+"er")
	}
	v := t.NewRef(rt.Items[0])
	t.Decref(res)
	return v, nil
}

// wrapCodecError gives an exception a codec raised a message naming the
// codec, as CPython 3.11's wrap_codec_error does, for the exceptions
// whose type and arguments make that safe: built-in types taking one
// message, no attributes set.
func wrapCodecError(t *Thread, err error, verb, encoding string) error {
	e := exceptionOf(err)
	if e == nil || e.typ.IsHeapType() || (e.Dict != nil && e.Dict.Len() > 0) || e.Args == nil || len(e.Args.Items) > 1 {
		return err
	}
	for _, special := range []*Type{UnicodeErrorType, OSErrorType, ImportErrorType, SyntaxErrorType, StopIterationType, SystemExitType} {
		if IsSubtype(e.typ, special) {
			return err // their constructors take more than a message
		}
	}
	msg, serr := StrOf(t, &e.Object)
	if serr != nil {
		t.DropError(serr)
		return err
	}
	w := t.NewException(e.typ, NewStr(t, verb+" with '"+encoding+"' codec failed ("+e.typ.Name+": "+StrValue(msg)+")"))
	t.Decref(msg)
	w.Cause = &e.Object
	w.SuppressContext = true
	return w
}

// encodeViaRegistry is str.encode for an encoding only the registry
// knows.
func encodeViaRegistry(t *Thread, s *Str, encoding, errors string, errorsGiven bool) ([]byte, error) {
	info, err := codecViaRegistry(t, encoding, "encode")
	if err != nil {
		return nil, err
	}
	defer t.Decref(info)
	var errs *Object
	if errorsGiven {
		errs = NewStr(t, errors)
		defer t.Decref(errs)
	}
	v, err := CallCodec(t, info, 0, &s.Object, encoding, errs)
	if err != nil {
		return nil, err
	}
	defer t.Decref(v)
	if !IsBytes(v) {
		return nil, t.Errorf(TypeErrorType, "'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() to encode to arbitrary types", encoding, v.typ.Name)
	}
	return BytesValue(v), nil
}

// decodeViaRegistry is bytes.decode for an encoding only the registry
// knows.
func decodeViaRegistry(t *Thread, b []byte, encoding, errors string, errorsGiven bool) (*Object, error) {
	info, err := codecViaRegistry(t, encoding, "decode")
	if err != nil {
		return nil, err
	}
	defer t.Decref(info)
	var errs *Object
	if errorsGiven {
		errs = NewStr(t, errors)
		defer t.Decref(errs)
	}
	data := NewBytes(t, b)
	defer t.Decref(data)
	v, err := CallCodec(t, info, 1, data, encoding, errs)
	if err != nil {
		return nil, err
	}
	if !IsStr(v) {
		t.Decref(v)
		return nil, t.Errorf(TypeErrorType, "'%s' decoder returned '%s' instead of 'str'; use codecs.decode() to decode to arbitrary types", encoding, v.typ.Name)
	}
	return v, nil
}
