// Package pyexpat implements CPython's pyexpat module (Modules/pyexpat.c),
// which the Lib's xml.parsers.expat, xml.etree.ElementTree, xml.dom and
// xml.sax parsers, plistlib and xmlrpc build on. CPython wraps the expat
// C library; ftpy has its own XML 1.0 parser here (engine.go and the
// scanners beside it) that reports the events, positions and errors
// expat 2.5.0 reports, so that Python code sees the same thing.
package pyexpat

import (
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() { vm.RegisterModule("pyexpat", newModule) }

func parserCreate(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var encObj, sepObj, internObj *object.Object
	if err := object.ParseArgs(t, "ParserCreate", args, kw, []string{"encoding", "namespace_separator", "intern"}, 0, &encObj, &sepObj, &internObj); err != nil {
		return nil, err
	}
	enc := ""
	if encObj != nil && encObj != object.None {
		if !object.IsStr(encObj) {
			return nil, t.Errorf(object.TypeErrorType, "ParserCreate() argument 'encoding' must be str or None, not %s", encObj.Type().Name)
		}
		enc = object.StrValue(encObj)
	}
	ns, sep := false, ""
	if sepObj != nil && sepObj != object.None {
		if !object.IsStr(sepObj) {
			return nil, t.Errorf(object.TypeErrorType, "ParserCreate() argument 'namespace_separator' must be str or None, not %s", sepObj.Type().Name)
		}
		sep = object.StrValue(sepObj)
		if len([]rune(sep)) > 1 {
			return nil, t.Errorf(object.ValueErrorType, "namespace_separator must be at most one character, omitted, or None")
		}
		ns = true
	}
	var intern *object.Object
	switch {
	case internObj == nil:
		d := object.NewDict(t)
		defer t.Decref(d.Obj())
		intern = d.Obj()
	case internObj == object.None:
	case object.IsDict(internObj):
		intern = internObj
	default:
		return nil, t.Errorf(object.TypeErrorType, "intern must be a dictionary")
	}
	return &newXMLParser(t, enc, ns, sep, intern).Object, nil
}

func errorString(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var codeObj *object.Object
	if err := object.ParseArgs(t, "ErrorString", args, kw, []string{"/code"}, 1, &codeObj); err != nil {
		return nil, err
	}
	code, err := object.AsInt64(t, codeObj)
	if err != nil {
		return nil, err
	}
	if code <= 0 || code >= int64(len(errorMessages)) {
		return object.None, nil
	}
	return object.NewStr(t, errorMessages[code]), nil
}

var functions = []object.MethodDef{
	{Name: "ParserCreate", Fn: parserCreate},
	{Name: "ErrorString", Fn: errorString},
}

func setInt(t *object.Thread, d *object.Dict, name string, v int64) {
	o := object.NewInt(t, v)
	d.SetStr(t, object.Intern(name), o)
	t.Decref(o)
}

func setStr(t *object.Thread, d *object.Dict, name, v string) {
	o := object.NewStr(t, v)
	d.SetStr(t, object.Intern(name), o)
	t.Decref(o)
}

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("pyexpat")
	d := m.Dict
	for i := range functions {
		d.SetStr(t, object.Intern(functions[i].Name), object.NewStaticBuiltin(&functions[i]))
	}
	cls, err := expatError.Get(t)
	if err != nil {
		return nil, err
	}
	d.SetStr(t, object.Intern("ExpatError"), cls)
	d.SetStr(t, object.Intern("error"), cls)
	d.SetStr(t, object.Intern("XMLParserType"), xmlparserType.Obj())
	setStr(t, d, "EXPAT_VERSION", "expat_2.5.0")
	setStr(t, d, "native_encoding", "UTF-8")
	ints := func(vs ...int64) []*object.Object {
		out := make([]*object.Object, len(vs))
		for i, v := range vs {
			out[i] = object.NewInt(t, v)
		}
		return out
	}
	vi := object.NewTuple(t, ints(2, 5, 0))
	d.SetStr(t, object.Intern("version_info"), vi.Obj())
	t.Decref(vi.Obj())
	// expat 2.5.0's XML_GetFeatureList, as Debian builds it.
	var feats []*object.Object
	for _, f := range []struct {
		name string
		v    int64
	}{{"sizeof(XML_Char)", 1}, {"sizeof(XML_LChar)", 1}, {"XML_DTD", 0}, {"XML_CONTEXT_BYTES", 1024}, {"XML_NS", 0}, {"XML_BLAP_MAX_AMP", 100}, {"XML_BLAP_ACT_THRES", 8388608}} {
		feats = append(feats, object.NewTuple(t, []*object.Object{object.NewStr(t, f.name), object.NewInt(t, f.v)}).Obj())
	}
	fl := object.NewList(t, feats)
	d.SetStr(t, object.Intern("features"), fl.Obj())
	t.Decref(fl.Obj())
	setInt(t, d, "XML_PARAM_ENTITY_PARSING_NEVER", 0)
	setInt(t, d, "XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE", 1)
	setInt(t, d, "XML_PARAM_ENTITY_PARSING_ALWAYS", 2)

	errs := st.NewModule("pyexpat.errors")
	codes := object.NewDict(t)
	messages := object.NewDict(t)
	for code := 1; code < len(errorMessages); code++ {
		msg := object.NewStr(t, errorMessages[code])
		c := object.NewInt(t, int64(code))
		errs.Dict.SetStr(t, object.Intern(errorNames[code]), msg)
		_ = codes.SetItem(t, msg, c)
		_ = messages.SetItem(t, c, msg)
		t.Decref(msg)
		t.Decref(c)
	}
	errs.Dict.SetStr(t, object.Intern("codes"), codes.Obj())
	errs.Dict.SetStr(t, object.Intern("messages"), messages.Obj())
	t.Decref(codes.Obj())
	t.Decref(messages.Obj())
	setStr(t, errs.Dict, "__doc__", "Constants used to describe error conditions.")
	d.SetStr(t, object.Intern("errors"), errs.Obj())
	t.Decref(errs.Obj())

	model := st.NewModule("pyexpat.model")
	for _, c := range []struct {
		name string
		v    int64
	}{{"XML_CTYPE_EMPTY", 1}, {"XML_CTYPE_ANY", 2}, {"XML_CTYPE_MIXED", 3}, {"XML_CTYPE_NAME", 4}, {"XML_CTYPE_CHOICE", 5}, {"XML_CTYPE_SEQ", 6},
		{"XML_CQUANT_NONE", 0}, {"XML_CQUANT_OPT", 1}, {"XML_CQUANT_REP", 2}, {"XML_CQUANT_PLUS", 3}} {
		setInt(t, model.Dict, c.name, c.v)
	}
	setStr(t, model.Dict, "__doc__", "Constants used to interpret content model information.")
	d.SetStr(t, object.Intern("model"), model.Obj())
	t.Decref(model.Obj())
	return m.Obj(), nil
}
