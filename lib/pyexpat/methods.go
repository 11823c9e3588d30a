// This file holds xmlparser's methods and attributes.

package pyexpat

import (
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func asParser(o *object.Object) *xmlparser { return object.Cast[xmlparser](o) }

func parseMethod(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var data, isFinal *object.Object
	if len(args) == 0 {
		return nil, t.Errorf(object.TypeErrorType, "Parse() takes at least 1 positional argument (0 given)")
	}
	if err := object.ParseArgs(t, "Parse", args, kw, []string{"/data", "/isfinal"}, 1, &data, &isFinal); err != nil {
		return nil, err
	}
	final := false
	if isFinal != nil {
		n, err := object.AsInt64(t, isFinal)
		if err != nil {
			return nil, err
		}
		final = n != 0
	}
	x := asParser(self)
	unlock := x.lock(t)
	defer unlock()
	var b []byte
	if object.IsStr(data) {
		b = []byte(object.StrValue(data))
		if !x.p.detected {
			x.p.protoEnc = "utf-8"
		}
	} else {
		mem, release, err := object.BytesLike(t, data)
		if err != nil {
			return nil, err
		}
		b = append([]byte(nil), mem...)
		release()
	}
	if err := x.feed(t, b, final); err != nil {
		return nil, err
	}
	return object.NewInt(t, 1), nil
}

// parseFileChunk is what ParseFile asks read() for at a time.
const parseFileChunk = 2048

func parseFileMethod(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var file *object.Object
	if err := object.ParseArgs(t, "ParseFile", args, kw, []string{"/file"}, 1, &file); err != nil {
		return nil, err
	}
	read, err := object.GetAttrString(t, file, "read")
	if err != nil {
		if object.ErrorMatches(err, object.AttributeErrorType) {
			return nil, t.Errorf(object.TypeErrorType, "argument must have 'read' attribute")
		}
		return nil, err
	}
	defer t.Decref(read)
	x := asParser(self)
	unlock := x.lock(t)
	defer unlock()
	size := object.NewInt(t, parseFileChunk)
	defer t.Decref(size)
	for {
		chunk, err := object.Call(t, read, []*object.Object{size}, nil)
		if err != nil {
			return nil, err
		}
		if !object.IsBytes(chunk) {
			name := chunk.Type().Name
			t.Decref(chunk)
			return nil, t.Errorf(object.TypeErrorType, "read() did not return a bytes object (type=%s)", name)
		}
		data := append([]byte(nil), object.BytesData(chunk)...)
		t.Decref(chunk)
		if err := x.feed(t, data, len(data) == 0); err != nil {
			return nil, err
		}
		if len(data) == 0 {
			return object.NewInt(t, 1), nil
		}
	}
}

func setBaseMethod(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var base *object.Object
	if err := object.ParseArgs(t, "SetBase", args, kw, []string{"/base"}, 1, &base); err != nil {
		return nil, err
	}
	if !object.IsStr(base) {
		return nil, t.Errorf(object.TypeErrorType, "SetBase() argument must be str, not %s", base.Type().Name)
	}
	x := asParser(self)
	unlock := x.lock(t)
	defer unlock()
	s := object.StrValue(base)
	x.p.baseURI = &s
	return object.None, nil
}

func getBaseMethod(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "GetBase", args, kw, 0, 0); err != nil {
		return nil, err
	}
	x := asParser(self)
	unlock := x.lock(t)
	defer unlock()
	if x.p.baseURI == nil {
		return object.None, nil
	}
	return object.NewStr(t, *x.p.baseURI), nil
}

func getInputContextMethod(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "GetInputContext", args, kw, 0, 0); err != nil {
		return nil, err
	}
	x := asParser(self)
	unlock := x.lock(t)
	defer unlock()
	ctx := x.p.InputContext()
	if ctx == nil {
		return object.None, nil
	}
	return object.NewBytes(t, ctx), nil
}

func setParamEntityParsingMethod(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var flag *object.Object
	if err := object.ParseArgs(t, "SetParamEntityParsing", args, kw, []string{"/flag"}, 1, &flag); err != nil {
		return nil, err
	}
	n, err := object.AsInt64(t, flag)
	if err != nil {
		return nil, err
	}
	x := asParser(self)
	unlock := x.lock(t)
	defer unlock()
	if x.p.started() {
		return object.NewInt(t, 0), nil
	}
	x.p.paramEntityParsing = int(n)
	return object.NewInt(t, 1), nil
}

func useForeignDTDMethod(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var flag *object.Object
	if err := object.ParseArgs(t, "UseForeignDTD", args, kw, []string{"/flag"}, 0, &flag); err != nil {
		return nil, err
	}
	use := true
	if flag != nil {
		var err error
		if use, err = object.IsTrue(t, flag); err != nil {
			return nil, err
		}
	}
	x := asParser(self)
	unlock := x.lock(t)
	defer unlock()
	if x.p.started() {
		line, col, _ := x.p.Position()
		return nil, newExpatError(t, 26, line, col)
	}
	x.p.foreignDTD = use
	return object.None, nil
}

// externalEntityParserCreate makes a parser for an external entity the
// parser met: it shares the DTD, handlers and settings, and parses a
// parsed entity (context given) or an external DTD subset (None).
func externalEntityParserCreateMethod(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var ctxObj, encObj *object.Object
	if err := object.ParseArgs(t, "ExternalEntityParserCreate", args, kw, []string{"/context", "/encoding"}, 1, &ctxObj, &encObj); err != nil {
		return nil, err
	}
	if ctxObj != object.None && !object.IsStr(ctxObj) {
		return nil, t.Errorf(object.TypeErrorType, "ExternalEntityParserCreate() argument 1 must be str or None, not %s", ctxObj.Type().Name)
	}
	enc := ""
	if encObj != nil {
		if !object.IsStr(encObj) {
			return nil, t.Errorf(object.TypeErrorType, "ExternalEntityParserCreate() argument 2 must be str, not %s", encObj.Type().Name)
		}
		enc = object.StrValue(encObj)
	}
	x := asParser(self)
	unlock := x.lock(t)
	defer unlock()
	sub := newXMLParser(t, enc, x.p.ns, x.p.sep, x.intern)
	sp := sub.p
	sp.triplets = x.p.triplets
	sp.dtd = x.p.dtd
	sp.baseURI = x.p.baseURI
	sp.standalone = x.p.standalone
	sp.paramEntityParsing = x.p.paramEntityParsing
	sp.bindings = map[string][]string{}
	for k, v := range x.p.bindings {
		sp.bindings[k] = append([]string(nil), v...)
	}
	if ctxObj == object.None {
		sp.ext = extSubset
	} else {
		sp.ext = extContent
	}
	sub.bufferText, sub.bufferSize = x.bufferText, x.bufferSize
	sub.ordered, sub.specified = x.ordered, x.specified
	sub.activeDefault = x.activeDefault
	for i, h := range x.handlers {
		if h != nil {
			sub.handlers[i] = t.NewRef(h)
		}
	}
	return &sub.Object, nil
}

var xmlparserMethods = []object.MethodDef{
	{Name: "Parse", Fn: parseMethod},
	{Name: "ParseFile", Fn: parseFileMethod},
	{Name: "SetBase", Fn: setBaseMethod},
	{Name: "GetBase", Fn: getBaseMethod},
	{Name: "GetInputContext", Fn: getInputContextMethod},
	{Name: "ExternalEntityParserCreate", Fn: externalEntityParserCreateMethod},
	{Name: "SetParamEntityParsing", Fn: setParamEntityParsingMethod},
	{Name: "UseForeignDTD", Fn: useForeignDTDMethod},
}

// handlerGetSet is the attribute of handler k.
func handlerGetSet(k hkind) object.GetSetDef {
	return object.GetSetDef{
		Name: handlerNames[k],
		Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
			x := asParser(o)
			unlock := x.lock(t)
			defer unlock()
			if h := x.handlers[k]; h != nil {
				return t.NewRef(h), nil
			}
			return object.None, nil
		},
		Set: func(t *object.Thread, o, v *object.Object) error {
			if v == nil {
				return t.Errorf(object.RuntimeErrorType, "Cannot delete attribute")
			}
			x := asParser(o)
			unlock := x.lock(t)
			defer unlock()
			if k == hCharacterData {
				// Data buffered for the old handler goes to it.
				prev := x.t
				x.t = t
				err := x.flush(t)
				x.t = prev
				if err != nil {
					return err
				}
			}
			old := x.handlers[k]
			if v == object.None {
				x.handlers[k] = nil
			} else {
				x.handlers[k] = t.NewRef(v)
			}
			if k == hDefault || k == hDefaultExpand {
				if v == object.None {
					x.activeDefault = -1
				} else {
					x.activeDefault = k
				}
			}
			if old != nil {
				t.Decref(old)
			}
			return nil
		},
	}
}

// flagGetSet is a boolean setting.
func flagGetSet(name string, field func(x *xmlparser) *bool, onSet func(t *object.Thread, x *xmlparser) error) object.GetSetDef {
	return object.GetSetDef{
		Name: name,
		Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
			x := asParser(o)
			unlock := x.lock(t)
			defer unlock()
			return object.NewBool(*field(x)), nil
		},
		Set: func(t *object.Thread, o, v *object.Object) error {
			if v == nil {
				return t.Errorf(object.RuntimeErrorType, "Cannot delete attribute")
			}
			b, err := object.IsTrue(t, v)
			if err != nil {
				return err
			}
			x := asParser(o)
			unlock := x.lock(t)
			defer unlock()
			if onSet != nil {
				if err := onSet(t, x); err != nil {
					return err
				}
			}
			*field(x) = b
			return nil
		},
	}
}

func flushFor(t *object.Thread, x *xmlparser) error {
	prev := x.t
	x.t = t
	err := x.flush(t)
	x.t = prev
	return err
}

// intGetSet is a read-only number.
func intGetSet(name string, get func(x *xmlparser) int) object.GetSetDef {
	return object.GetSetDef{
		Name: name,
		Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
			x := asParser(o)
			unlock := x.lock(t)
			defer unlock()
			return object.NewInt(t, int64(get(x))), nil
		},
	}
}

func position(x *xmlparser, which int) int {
	l, c, b := x.p.Position()
	return [3]int{l, c, b}[which]
}

func xmlparserGetSets() []object.GetSetDef {
	var gs []object.GetSetDef
	for k := hkind(0); k < numHandlers; k++ {
		gs = append(gs, handlerGetSet(k))
	}
	gs = append(gs,
		flagGetSet("buffer_text", func(x *xmlparser) *bool { return &x.bufferText }, flushFor),
		flagGetSet("ordered_attributes", func(x *xmlparser) *bool { return &x.ordered }, nil),
		flagGetSet("specified_attributes", func(x *xmlparser) *bool { return &x.specified }, nil),
		flagGetSet("namespace_prefixes", func(x *xmlparser) *bool { return &x.p.triplets }, nil),
		object.GetSetDef{
			Name: "buffer_size",
			Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
				return object.NewInt(t, int64(asParser(o).bufferSize)), nil
			},
			Set: func(t *object.Thread, o, v *object.Object) error {
				if v == nil {
					return t.Errorf(object.RuntimeErrorType, "Cannot delete attribute")
				}
				if !object.IsInt(v) {
					return t.Errorf(object.TypeErrorType, "buffer_size must be an integer")
				}
				n, err := object.AsInt64(t, v)
				if err != nil {
					return err
				}
				if n <= 0 {
					return t.Errorf(object.ValueErrorType, "buffer_size must be greater than zero")
				}
				if n > 1<<31-1 {
					return t.Errorf(object.ValueErrorType, "buffer_size must not be greater than %d", 1<<31-1)
				}
				x := asParser(o)
				unlock := x.lock(t)
				defer unlock()
				if err := flushFor(t, x); err != nil {
					return err
				}
				x.bufferSize = int(n)
				return nil
			},
		},
		intGetSet("buffer_used", func(x *xmlparser) int { return len(x.buffer) }),
		object.GetSetDef{
			Name: "intern",
			Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
				if in := asParser(o).intern; in != nil {
					return t.NewRef(in), nil
				}
				return object.None, nil
			},
		},
		intGetSet("ErrorCode", func(x *xmlparser) int {
			if x.p.err == nil {
				return 0
			}
			return x.p.err.code
		}),
		intGetSet("ErrorLineNumber", func(x *xmlparser) int { return position(x, 0) }),
		intGetSet("ErrorColumnNumber", func(x *xmlparser) int { return position(x, 1) }),
		intGetSet("ErrorByteIndex", func(x *xmlparser) int { return position(x, 2) }),
		intGetSet("CurrentLineNumber", func(x *xmlparser) int { return position(x, 0) }),
		intGetSet("CurrentColumnNumber", func(x *xmlparser) int { return position(x, 1) }),
		intGetSet("CurrentByteIndex", func(x *xmlparser) int { return position(x, 2) }),
	)
	return gs
}

func init() {
	object.ReadyType(xmlparserType, xmlparserMethods, xmlparserGetSets())
}

var _ = vm.CallMethod
