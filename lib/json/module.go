// Package json implements _json, CPython's C module under the json
// package (scanner, encoder, string escaping), and ftpy's old json
// module: the scanner and the formatter in Go, the Python-facing API
// (dumps, loads, JSONEncoder, JSONDecoder, JSONDecodeError) in json.py.
package json

import (
	_ "embed"
	"strings"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

//go:embed json.py
var source []byte

func init() { vm.RegisterModule("json", newModule) }

func truth(t *object.Thread, o *object.Object) (bool, error) { return object.IsTrue(t, o) }

func orNil(o *object.Object) *object.Object {
	if o == nil || o == object.None {
		return nil
	}
	return o
}

var encodeDef = object.MethodDef{Name: "_encode", Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "_encode", args, kw, 10, 10); err != nil {
		return nil, err
	}
	e := &encoder{t: t, def: orNil(args[9]), limit: vm.StateOf(t).Interp().RecursionLimit()}
	flags := []*bool{&e.skipKeys, &e.ensureASCII, nil, &e.allowNaN, &e.sortKeys}
	for i, f := range flags {
		v, err := truth(t, args[1+i])
		if err != nil {
			return nil, err
		}
		if f != nil {
			*f = v
		} else if v {
			e.markers = map[*object.Object]bool{}
		}
	}
	switch ind := args[6]; {
	case ind == object.None:
	case object.IsStr(ind):
		s := object.StrValue(ind)
		e.indent = &s
	case object.IsInt(ind):
		n, err := object.AsInt64(t, ind)
		if err != nil {
			return nil, err
		}
		s := strings.Repeat(" ", int(max(n, 0)))
		e.indent = &s
	default:
		return nil, t.Errorf(object.TypeErrorType, "can't multiply sequence by non-int of type '%s'", ind.Type().Name)
	}
	for i, p := range []*string{&e.itemSep, &e.keySep} {
		o := args[7+i]
		if !object.IsStr(o) {
			return nil, t.Errorf(object.TypeErrorType, "make_encoder() argument %d must be str, not %s", 6+i, o.Type().Name)
		}
		*p = object.StrValue(o)
	}
	if err := e.encode(args[0]); err != nil {
		return nil, err
	}
	return object.NewStr(t, e.b.String()), nil
}}

// decodeDef is bound to the module's JSONDecodeError class.
var decodeDef = object.MethodDef{Name: "_decode", Fn: func(t *object.Thread, errType *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "_decode", args, kw, 7, 8); err != nil {
		return nil, err
	}
	doc := args[0]
	if !object.IsStr(doc) {
		return nil, t.Errorf(object.TypeErrorType, "the JSON object must be str, bytes or bytearray, not %s", doc.Type().Name)
	}
	strict, err := truth(t, args[5])
	if err != nil {
		return nil, err
	}
	d := &decoder{t: t, doc: doc, s: object.StrValue(doc), errType: errType,
		objectHook: orNil(args[1]), parseFloat: orNil(args[2]), parseInt: orNil(args[3]),
		parseConstant: orNil(args[4]), strict: strict, pairsHook: orNil(args[6]),
		limit: vm.StateOf(t).Interp().RecursionLimit()}
	if len(args) == 8 {
		// raw_decode(s, idx): no whitespace skipped, the end returned.
		idx, err := object.AsInt64(t, args[7])
		if err != nil {
			return nil, err
		}
		pos := byteOffset(d.s, idx)
		if idx < 0 || pos < 0 {
			return nil, d.fail("Expecting value", len(d.s))
		}
		v, end, err := d.value(pos)
		if err == errNoValue {
			return nil, d.fail("Expecting value", pos)
		}
		if err != nil {
			return nil, err
		}
		return object.NewTupleRefs(t, v, object.NewInt(t, int64(d.charPos(end)))).Obj(), nil
	}
	pos := d.skipWS(0)
	v, end, err := d.value(pos)
	if err == errNoValue {
		return nil, d.fail("Expecting value", pos)
	}
	if err != nil {
		return nil, err
	}
	end = d.skipWS(end)
	if end != len(d.s) {
		t.Decref(v)
		return nil, d.fail("Extra data", end)
	}
	return v, nil
}}

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

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("json")
	d := m.Dict
	d.SetStr(t, object.Intern("_encode"), object.NewStaticBuiltin(&encodeDef))
	if err := st.RunFrozen("json", source, d); err != nil {
		t.Decref(m.Obj())
		return nil, err
	}
	cls := d.GetStr(object.Intern("JSONDecodeError"))
	f := object.NewBuiltinFunction(t, &decodeDef, cls)
	d.SetStr(t, object.Intern("_decode"), &f.Object)
	t.Decref(&f.Object)
	return m.Obj(), nil
}
