// This file holds the xmlparser type: its handler attributes, settings
// and methods, and the calls from the parser into Python.

package pyexpat

import (
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/ftpy/ftpy/lib/internal/errclass"
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

// handlerNames are the handler attributes, indexed by hkind.
var handlerNames = [numHandlers]string{
	hStartElement:          "StartElementHandler",
	hEndElement:            "EndElementHandler",
	hProcessingInstruction: "ProcessingInstructionHandler",
	hCharacterData:         "CharacterDataHandler",
	hUnparsedEntityDecl:    "UnparsedEntityDeclHandler",
	hNotationDecl:          "NotationDeclHandler",
	hStartNamespaceDecl:    "StartNamespaceDeclHandler",
	hEndNamespaceDecl:      "EndNamespaceDeclHandler",
	hComment:               "CommentHandler",
	hStartCdataSection:     "StartCdataSectionHandler",
	hEndCdataSection:       "EndCdataSectionHandler",
	hDefault:               "DefaultHandler",
	hDefaultExpand:         "DefaultHandlerExpand",
	hNotStandalone:         "NotStandaloneHandler",
	hExternalEntityRef:     "ExternalEntityRefHandler",
	hStartDoctypeDecl:      "StartDoctypeDeclHandler",
	hEndDoctypeDecl:        "EndDoctypeDeclHandler",
	hEntityDecl:            "EntityDeclHandler",
	hXmlDecl:               "XmlDeclHandler",
	hElementDecl:           "ElementDeclHandler",
	hAttlistDecl:           "AttlistDeclHandler",
	hSkippedEntity:         "SkippedEntityHandler",
}

var expatError = errclass.New("xml.parsers.expat.ExpatError")

// xmlparser is pyexpat.xmlparser.
type xmlparser struct {
	object.Object
	mu    sync.Mutex
	owner atomic.Pointer[object.Thread] // the thread holding mu
	p     *Parser
	t     *object.Thread // the thread running Parse, for the handlers

	handlers [numHandlers]*object.Object
	// activeDefault is the default handler expat would call: the one of
	// DefaultHandler and DefaultHandlerExpand set last, or -1.
	activeDefault hkind
	intern        *object.Object // a dict, or nil

	bufferText bool
	bufferSize int
	buffer     []byte

	ordered, specified bool
}

// lock takes the parser for thread t; a handler calling back into its
// parser on the same thread already holds it.
func (x *xmlparser) lock(t *object.Thread) func() {
	if x.owner.Load() == t {
		return func() {}
	}
	if !x.mu.TryLock() {
		t.Detach()
		x.mu.Lock()
		t.Attach()
	}
	x.owner.Store(t)
	return func() {
		x.owner.Store(nil)
		x.mu.Unlock()
	}
}

var xmlparserType = object.NewStaticType(&object.Type{
	Name:     "xmlparser",
	Module:   "pyexpat",
	Flags:    object.FlagGC,
	Traverse: xmlparserTraverse,
	Clear:    xmlparserClear,
	Dealloc:  xmlparserClear,
})

func xmlparserTraverse(o *object.Object, visit object.Visitor) {
	x := object.Cast[xmlparser](o)
	for _, h := range x.handlers {
		if h != nil {
			visit(h)
		}
	}
	if x.intern != nil {
		visit(x.intern)
	}
}

func xmlparserClear(t *object.Thread, o *object.Object) {
	x := object.Cast[xmlparser](o)
	for i, h := range x.handlers {
		if h != nil {
			x.handlers[i] = nil
			t.Decref(h)
		}
	}
	if in := x.intern; in != nil {
		x.intern = nil
		t.Decref(in)
	}
}

func newXMLParser(t *object.Thread, encoding string, ns bool, sep string, intern *object.Object) *xmlparser {
	x := &xmlparser{bufferSize: 8192, activeDefault: -1}
	x.p = newParser(x, encoding, ns, sep)
	if intern != nil {
		x.intern = t.NewRef(intern)
	}
	t.Init(&x.Object, xmlparserType)
	t.Track(&x.Object)
	return x
}

// has implements sink.
func (x *xmlparser) has(k hkind) bool {
	if k == hDefault {
		return x.activeDefault >= 0
	}
	return x.handlers[k] != nil
}

func (x *xmlparser) defaultExpands() bool { return x.activeDefault == hDefaultExpand }

// call implements sink: it converts the arguments and calls the handler,
// flushing buffered character data first.
func (x *xmlparser) call(k hkind, args ...any) (bool, error) {
	t := x.t
	if k == hDefault {
		k = x.activeDefault
	}
	h := x.handlers[k]
	if h == nil {
		return false, nil
	}
	if k == hCharacterData && x.bufferText {
		return false, x.bufferData(t, args[0].(string))
	}
	if err := x.flush(t); err != nil {
		return false, err
	}
	h = x.handlers[k]
	if h == nil {
		return false, nil
	}
	objs := make([]*object.Object, len(args))
	for i, a := range args {
		objs[i] = x.convert(t, k, i, a)
	}
	t.Incref(h)
	r, err := object.Call(t, h, objs, nil)
	t.Decref(h)
	for _, o := range objs {
		t.Decref(o)
	}
	if err != nil {
		return false, err
	}
	defer t.Decref(r)
	if k == hNotStandalone || k == hExternalEntityRef {
		n, err := object.AsInt64(t, r)
		return n != 0, err
	}
	return false, nil
}

// interned says which arguments of each handler (a bit per position) go
// through the intern dict: names, URIs and identifiers, as pyexpat does.
var interned = [numHandlers]uint{
	hStartElement:          1 << 0,
	hEndElement:            1 << 0,
	hProcessingInstruction: 1 << 0,
	hUnparsedEntityDecl:    1<<0 | 1<<1 | 1<<2 | 1<<3 | 1<<4,
	hNotationDecl:          1<<0 | 1<<1 | 1<<2 | 1<<3,
	hStartNamespaceDecl:    1<<0 | 1<<1,
	hEndNamespaceDecl:      1 << 0,
	hExternalEntityRef:     1<<1 | 1<<2 | 1<<3,
	hStartDoctypeDecl:      1<<0 | 1<<1 | 1<<2,
	hEntityDecl:            1<<0 | 1<<3 | 1<<4 | 1<<5 | 1<<6,
	hElementDecl:           1 << 0,
	hAttlistDecl:           1<<0 | 1<<1,
	hSkippedEntity:         1 << 0,
}

// convert makes the Python value of a handler argument.
func (x *xmlparser) convert(t *object.Thread, k hkind, i int, a any) *object.Object {
	intern := interned[k]&(1<<i) != 0
	switch v := a.(type) {
	case string:
		if intern {
			return x.internStr(t, v)
		}
		return object.NewStr(t, v)
	case *string:
		if v == nil {
			if intern && x.intern != nil {
				// pyexpat interns None too.
				_ = object.AsDict(x.intern).SetItem(t, object.None, object.None)
			}
			return object.None
		}
		if intern {
			return x.internStr(t, *v)
		}
		return object.NewStr(t, *v)
	case int:
		return object.NewInt(t, int64(v))
	case bool:
		if v {
			return object.NewInt(t, 1)
		}
		return object.NewInt(t, 0)
	case []attr:
		return x.attrs(t, v)
	case *contentModel:
		return modelTuple(t, v)
	}
	panic(fmt.Sprintf("pyexpat: handler argument of type %T", a))
}

func modelTuple(t *object.Thread, m *contentModel) *object.Object {
	kids := make([]*object.Object, len(m.children))
	for i, c := range m.children {
		kids[i] = modelTuple(t, c)
	}
	name := object.None
	if m.name != nil {
		name = object.NewStr(t, *m.name)
	}
	return object.NewTuple(t, []*object.Object{object.NewInt(t, int64(m.typ)), object.NewInt(t, int64(m.quant)), name, object.NewTuple(t, kids).Obj()}).Obj()
}

// attrs makes StartElementHandler's attributes: a dict, or a list of
// names and values with ordered_attributes.
func (x *xmlparser) attrs(t *object.Thread, as []attr) *object.Object {
	if x.ordered {
		items := make([]*object.Object, 0, 2*len(as))
		for _, a := range as {
			if x.specified && !a.specified {
				continue
			}
			items = append(items, x.internStr(t, a.name), object.NewStr(t, a.value))
		}
		return object.NewList(t, items).Obj()
	}
	d := object.NewDict(t)
	for _, a := range as {
		if x.specified && !a.specified {
			continue
		}
		k, v := x.internStr(t, a.name), object.NewStr(t, a.value)
		_ = d.SetItem(t, k, v) // str keys cannot fail
		t.Decref(k)
		t.Decref(v)
	}
	return d.Obj()
}

// internStr returns the str s, the same object each time when the parser
// interns names.
func (x *xmlparser) internStr(t *object.Thread, s string) *object.Object {
	o := object.NewStr(t, s)
	if x.intern == nil {
		return o
	}
	d := object.AsDict(x.intern)
	if v, err := d.GetItem(t, o); err == nil && v != nil {
		t.Decref(o)
		return t.NewRef(v)
	}
	_ = d.SetItem(t, o, o)
	return o
}

// bufferData keeps character data for one call with all of it, as
// buffer_text asks.
func (x *xmlparser) bufferData(t *object.Thread, s string) error {
	if len(x.buffer)+len(s) > x.bufferSize {
		if err := x.flush(t); err != nil {
			return err
		}
		if x.handlers[hCharacterData] == nil {
			return nil
		}
	}
	if len(s) > x.bufferSize {
		return x.callData(t, s)
	}
	x.buffer = append(x.buffer, s...)
	return nil
}

// flush gives the buffered character data to CharacterDataHandler.
func (x *xmlparser) flush(t *object.Thread) error {
	if len(x.buffer) == 0 {
		return nil
	}
	s := string(x.buffer)
	x.buffer = x.buffer[:0]
	return x.callData(t, s)
}

func (x *xmlparser) callData(t *object.Thread, s string) error {
	h := x.handlers[hCharacterData]
	if h == nil {
		return nil
	}
	arg := object.NewStr(t, s)
	t.Incref(h)
	r, err := object.Call(t, h, []*object.Object{arg}, nil)
	t.Decref(h)
	t.Decref(arg)
	if err != nil {
		return err
	}
	t.Decref(r)
	return nil
}

// unknownEncoding implements sink: it decodes the 256 bytes with the
// Python codec, which must give one character for each.
func (x *xmlparser) unknownEncoding(name string) (*[256]rune, bool, error) {
	t := x.t
	all := make([]byte, 256)
	for i := range all {
		all[i] = byte(i)
	}
	b := object.NewBytes(t, all)
	defer t.Decref(b)
	encName := object.NewStr(t, name)
	defer t.Decref(encName)
	repl := object.NewStr(t, "replace")
	defer t.Decref(repl)
	s, err := vm.CallMethod(t, b, "decode", encName, repl)
	if err != nil {
		return nil, false, err
	}
	defer t.Decref(s)
	if !object.IsStr(s) {
		return nil, false, nil
	}
	rs := []rune(object.StrValue(s))
	if len(rs) != 256 {
		return nil, false, t.Errorf(object.ValueErrorType, "multi-byte encodings are not supported")
	}
	var table [256]rune
	for i, r := range rs {
		if r == 0xFFFD {
			r = -1
		}
		table[i] = r
	}
	return &table, true, nil
}

// raise turns a parse error into the exception Parse raises.
func (x *xmlparser) raise(t *object.Thread, err error) error {
	xe, ok := err.(*xmlError)
	if !ok {
		return err
	}
	return newExpatError(t, xe.code, xe.line, xe.col)
}

func newExpatError(t *object.Thread, code, line, col int) error {
	cls, err := expatError.Get(t)
	if err != nil {
		return err
	}
	e := t.NewException(object.Cast[object.Type](cls), object.NewStr(t, fmt.Sprintf("%s: line %d, column %d", errorMessages[code], line, col)))
	for _, kv := range []struct {
		name string
		v    int
	}{{"code", code}, {"lineno", line}, {"offset", col}} {
		v := object.NewInt(t, int64(kv.v))
		err := object.SetAttr(t, &e.Object, object.Intern(kv.name), v)
		t.Decref(v)
		if err != nil {
			return err
		}
	}
	return e
}

// feed runs the parser on data for Parse and ParseFile.
func (x *xmlparser) feed(t *object.Thread, data []byte, final bool) error {
	prev := x.t
	x.t = t
	err := x.p.Feed(data, final)
	x.t = prev
	if err != nil {
		return x.raise(t, err)
	}
	return x.flush(t)
}
