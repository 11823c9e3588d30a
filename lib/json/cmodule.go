// Package json implements _json, CPython's C module under the json
// package: the scanner, the encoder and the string escaping.
package json

import (
	"strings"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

// This file is _json, CPython's C module under json.decoder and
// json.encoder: scanstring, the Scanner made by make_scanner(context),
// the Encoder made by make_encoder(...), and the two string encoders.

func init() { vm.RegisterModule("_json", newCModule) }

func newCModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("_json")
	m.Dict.SetStr(t, object.Intern("scanstring"), object.NewStaticBuiltin(&cFuncs[0]))
	m.Dict.SetStr(t, object.Intern("encode_basestring_ascii"), encodeASCIIObj)
	m.Dict.SetStr(t, object.Intern("encode_basestring"), encodeObj)
	m.Dict.SetStr(t, object.Intern("make_scanner"), scannerType.Obj())
	m.Dict.SetStr(t, object.Intern("make_encoder"), encoderType.Obj())
	object.ClaimModuleFunctions(m.Dict, "_json")
	return m.Obj(), nil
}

// decodeErrorType returns json.decoder.JSONDecodeError (a new
// reference), what CPython's _json raises; ValueError when the json
// package cannot be imported.
func decodeErrorType(t *object.Thread) *object.Object {
	st := vm.StateOf(t)
	for _, mod := range []string{"json.decoder", "json"} {
		m, err := st.Import(mod)
		if err != nil {
			t.DropError(err)
			continue
		}
		cls, err := object.GetAttrString(t, m, "JSONDecodeError")
		t.Decref(m)
		if err != nil {
			t.DropError(err)
			continue
		}
		return cls
	}
	return t.NewRef(object.ValueErrorType.Obj())
}

// newDecoder returns a decoder of the str doc; the caller drops errType.
func newDecoder(t *object.Thread, doc *object.Object, strict bool) *decoder {
	return &decoder{t: t, doc: doc, s: object.StrValue(doc), errType: decodeErrorType(t), strict: strict,
		limit: vm.StateOf(t).Interp().RecursionLimit(), stop: true}
}

func strFirst(t *object.Thread, o *object.Object) error {
	if !object.IsStr(o) {
		return t.Errorf(object.TypeErrorType, "first argument must be a string, not %s", o.Type().Name)
	}
	return nil
}

// scanstring(s, end, strict=True) decodes the string literal whose
// opening quote is just before end: (text, index after the closing quote).
func scanstring(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "scanstring", args, kw, 2, 3); err != nil {
		return nil, err
	}
	if err := strFirst(t, args[0]); err != nil {
		return nil, err
	}
	end, err := object.AsInt64(t, args[1])
	if err != nil {
		return nil, err
	}
	strict := true
	if len(args) == 3 {
		if strict, err = object.IsTrue(t, args[2]); err != nil {
			return nil, err
		}
	}
	d := newDecoder(t, args[0], strict)
	defer t.Decref(d.errType)
	pos := byteOffset(d.s, end)
	if end < 0 || pos < 0 || pos >= len(d.s) {
		return nil, t.Errorf(object.ValueErrorType, "end is out of bounds")
	}
	s, after, err := d.str(pos)
	if err != nil {
		return nil, err
	}
	return object.NewTuple(t, []*object.Object{object.NewStr(t, s), object.NewInt(t, int64(d.charPos(after)))}).Obj(), nil
}

// scanner is _json.Scanner: make_scanner(context) keeps the context's
// options; calling it scans one value at an index.
type scanner struct {
	object.Object
	strict                                      bool
	objectHook, pairsHook, parseFloat, parseInt *object.Object // owned, nil for none
	parseConstant                               *object.Object
}

var scannerType = object.NewStaticType(&object.Type{Name: "Scanner", Module: "_json", Flags: object.FlagGC,
	Doc: "JSON scanner object"})

func (s *scanner) refs() []**object.Object {
	return []**object.Object{&s.objectHook, &s.pairsHook, &s.parseFloat, &s.parseInt, &s.parseConstant}
}

func scannerNew(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var ctx *object.Object
	if err := object.ParseArgs(t, "make_scanner", args, kw, []string{"context"}, 1, &ctx); err != nil {
		return nil, err
	}
	sc := &scanner{}
	t.Init(&sc.Object, typ)
	t.Track(&sc.Object)
	strict, err := object.GetAttrString(t, ctx, "strict")
	if err != nil {
		t.Decref(&sc.Object)
		return nil, err
	}
	sc.strict, err = object.IsTrue(t, strict)
	t.Decref(strict)
	if err != nil {
		t.Decref(&sc.Object)
		return nil, err
	}
	names := []string{"object_hook", "object_pairs_hook", "parse_float", "parse_int", "parse_constant"}
	for i, p := range sc.refs() {
		v, err := object.GetAttrString(t, ctx, names[i])
		if err != nil {
			t.Decref(&sc.Object)
			return nil, err
		}
		// No hook for None (only the object hooks may be None, as in
		// CPython); float and int are what the scanner does anyway.
		if (i < 2 && v == object.None) || (i == 2 && v == object.FloatType.Obj()) || (i == 3 && v == object.IntType.Obj()) {
			t.Decref(v)
			continue
		}
		*p = v
	}
	return &sc.Object, nil
}

func scannerCall(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var str, idxObj *object.Object
	if err := object.ParseArgs(t, "scan_once", args, kw, []string{"string", "idx"}, 2, &str, &idxObj); err != nil {
		return nil, err
	}
	if err := strFirst(t, str); err != nil {
		return nil, err
	}
	idx, err := object.AsInt64(t, idxObj)
	if err != nil {
		return nil, err
	}
	if idx < 0 {
		return nil, t.Errorf(object.ValueErrorType, "idx cannot be negative")
	}
	sc := object.Cast[scanner](self)
	d := newDecoder(t, str, sc.strict)
	defer t.Decref(d.errType)
	d.objectHook, d.pairsHook, d.parseFloat, d.parseInt, d.parseConstant = sc.objectHook, sc.pairsHook, sc.parseFloat, sc.parseInt, sc.parseConstant
	pos := byteOffset(d.s, idx)
	if pos < 0 || pos >= len(d.s) {
		return nil, stopIterationAt(t, idx)
	}
	v, end, err := d.value(pos)
	if err == errNoValue {
		return nil, stopIterationAt(t, idx)
	}
	if si, ok := err.(*stopIteration); ok {
		return nil, stopIterationAt(t, int64(d.charPos(si.pos)))
	}
	if err != nil {
		return nil, err
	}
	return object.NewTuple(t, []*object.Object{v, object.NewInt(t, int64(d.charPos(end)))}).Obj(), nil
}

func stopIterationAt(t *object.Thread, idx int64) error {
	i := object.NewInt(t, idx)
	defer t.Decref(i)
	return t.NewException(object.StopIterationType, i)
}

// jsonEncoder is _json.Encoder: make_encoder(markers, default, encoder,
// indent, key_separator, item_separator, sort_keys, skipkeys,
// allow_nan); calling it with (obj, _current_indent_level) returns a
// list holding the JSON text.
type jsonEncoder struct {
	object.Object
	markers, def, strFn, indent  *object.Object // owned
	keySep, itemSep              string
	sortKeys, skipKeys, allowNaN bool
}

var encoderType = object.NewStaticType(&object.Type{Name: "Encoder", Module: "_json", Flags: object.FlagGC,
	Doc: "Encoder(markers, default, encoder, indent, key_separator, item_separator, sort_keys, skipkeys, allow_nan)"})

func (e *jsonEncoder) refs() []**object.Object {
	return []**object.Object{&e.markers, &e.def, &e.strFn, &e.indent}
}

var encoderParams = []string{"markers", "default", "encoder", "indent", "key_separator", "item_separator", "sort_keys", "skipkeys", "allow_nan"}

func encoderNew(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	v := make([]*object.Object, 9)
	ptrs := make([]**object.Object, 9)
	for i := range v {
		ptrs[i] = &v[i]
	}
	if err := object.ParseArgs(t, "make_encoder", args, kw, encoderParams, 9, ptrs...); err != nil {
		return nil, err
	}
	if v[0] != object.None && !object.IsDict(v[0]) {
		return nil, t.Errorf(object.TypeErrorType, "make_encoder() argument 1 must be dict or None, not %s", v[0].Type().Name)
	}
	for i := 4; i <= 5; i++ {
		if !object.IsStr(v[i]) {
			return nil, t.Errorf(object.TypeErrorType, "make_encoder() argument %d must be str, not %s", i+1, v[i].Type().Name)
		}
	}
	flags := make([]bool, 3)
	for i := range flags {
		b, err := object.IsTrue(t, v[6+i])
		if err != nil {
			return nil, err
		}
		flags[i] = b
	}
	e := &jsonEncoder{keySep: object.StrValue(v[4]), itemSep: object.StrValue(v[5]),
		sortKeys: flags[0], skipKeys: flags[1], allowNaN: flags[2]}
	for i, p := range e.refs() {
		*p = t.NewRef(v[i])
	}
	t.Init(&e.Object, typ)
	t.Track(&e.Object)
	return &e.Object, nil
}

func encoderCall(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var obj, level *object.Object
	if err := object.ParseArgs(t, "_iterencode", args, kw, []string{"obj", "_current_indent_level"}, 2, &obj, &level); err != nil {
		return nil, err
	}
	lvl, err := object.AsInt64(t, level)
	if err != nil {
		return nil, err
	}
	je := object.Cast[jsonEncoder](self)
	e := &encoder{t: t, skipKeys: je.skipKeys, allowNaN: je.allowNaN, sortKeys: je.sortKeys,
		itemSep: je.itemSep, keySep: je.keySep, def: orNil(je.def), limit: vm.StateOf(t).Interp().RecursionLimit()}
	if je.markers != object.None {
		e.markers = map[*object.Object]bool{}
	}
	switch {
	case je.strFn == encodeASCIIObj:
		e.ensureASCII = true
	case je.strFn == encodeObj:
	default:
		e.strFn = je.strFn
	}
	switch ind := je.indent; {
	case ind == object.None:
	case object.IsStr(ind):
		s := object.StrValue(ind)
		e.indent = &s
		e.depth = int(lvl)
	case object.IsInt(ind):
		n, err := object.AsInt64(t, ind)
		if err != nil {
			return nil, err
		}
		s := strings.Repeat(" ", int(max(n, 0)))
		e.indent = &s
		e.depth = int(lvl)
	}
	if err := e.encode(obj); err != nil {
		return nil, err
	}
	// CPython 3.11 returns its chunks joined into a list (of one item
	// unless the text is huge); json.encoder joins the list.
	return object.NewList(t, []*object.Object{object.NewStr(t, e.b.String())}).Obj(), nil
}

// encodeString returns the JSON literal of the str o.
func encodeString(t *object.Thread, o *object.Object, ascii bool) (*object.Object, error) {
	if !object.IsStr(o) {
		return nil, t.Errorf(object.TypeErrorType, "first argument must be a string, not %s", o.Type().Name)
	}
	e := &encoder{t: t, ensureASCII: ascii}
	e.str(object.StrValue(o))
	return object.NewStr(t, e.b.String()), nil
}

var cFuncs = []object.MethodDef{
	{Name: "scanstring", Fn: scanstring, Doc: "scanstring(string, end, strict=True) -> (string, end)\n\nScan the string s for a JSON string. End is the index of the\ncharacter in s after the quote that started the JSON string."},
	{Name: "encode_basestring_ascii", Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "encode_basestring_ascii", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return encodeString(t, args[0], true)
	}, Doc: "encode_basestring_ascii(string) -> string\n\nReturn an ASCII-only JSON representation of a Python string"},
	{Name: "encode_basestring", Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "encode_basestring", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return encodeString(t, args[0], false)
	}, Doc: "encode_basestring(string) -> string\n\nReturn a JSON representation of a Python string"},
}

// The module's string encoders, recognised by identity in make_encoder
// so that the Encoder formats strings itself.
var (
	encodeASCIIObj = object.NewStaticBuiltin(&cFuncs[1])
	encodeObj      = object.NewStaticBuiltin(&cFuncs[2])
)

func init() {
	scannerType.New = scannerNew
	scannerType.Call = scannerCall
	scannerType.Traverse = func(o *object.Object, visit object.Visitor) {
		for _, p := range object.Cast[scanner](o).refs() {
			if *p != nil {
				visit(*p)
			}
		}
	}
	scannerType.Clear = func(t *object.Thread, o *object.Object) {
		for _, p := range object.Cast[scanner](o).refs() {
			v := *p
			*p = nil
			t.XDecref(v)
		}
	}
	scannerType.Dealloc = scannerType.Clear
	object.ReadyType(scannerType, nil, nil)
	encoderType.New = encoderNew
	encoderType.Call = encoderCall
	encoderType.Traverse = func(o *object.Object, visit object.Visitor) {
		for _, p := range object.Cast[jsonEncoder](o).refs() {
			if *p != nil {
				visit(*p)
			}
		}
	}
	encoderType.Clear = func(t *object.Thread, o *object.Object) {
		for _, p := range object.Cast[jsonEncoder](o).refs() {
			v := *p
			*p = nil
			t.XDecref(v)
		}
	}
	encoderType.Dealloc = encoderType.Clear
	object.ReadyType(encoderType, nil, nil)
}

// orNil maps an absent or None argument to nil.
func orNil(o *object.Object) *object.Object {
	if o == nil || o == object.None {
		return nil
	}
	return o
}

// byteOffset converts a character index into s to a byte offset, -1
// when it is past the end.
func byteOffset(s string, idx int64) int {
	if idx < 0 {
		return -1
	}
	for i := range s {
		if idx == 0 {
			return i
		}
		idx--
	}
	if idx == 0 {
		return len(s)
	}
	return -1
}
