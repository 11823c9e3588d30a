// This file defines _io.IncrementalNewlineDecoder: it wraps another
// incremental decoder (or none, for text given as str) and translates
// \r\n and \r to \n, holding back a final \r until the next call shows
// whether \n follows. StringIO uses its translation on every write.

package io

import (
	"strings"
	"sync"

	"github.com/ftpy/ftpy/object"
)

// Newline kinds seen (CPython's bits, which order the newlines tuple).
const (
	seenLF   = 1
	seenCR   = 2
	seenCRLF = 4
)

// newlineState is the translation state shared with StringIO.
type newlineState struct {
	translate bool
	pendingCR bool
	seen      int
}

// feed translates a piece of text.
func (n *newlineState) feed(text string, final bool) string {
	if n.pendingCR && (text != "" || final) {
		text = "\r" + text
		n.pendingCR = false
	}
	if !final && strings.HasSuffix(text, "\r") {
		text = text[:len(text)-1]
		n.pendingCR = true
	}
	crlf := strings.Count(text, "\r\n")
	cr := strings.Count(text, "\r") - crlf
	lf := strings.Count(text, "\n") - crlf
	if crlf > 0 {
		n.seen |= seenCRLF
	}
	if cr > 0 {
		n.seen |= seenCR
	}
	if lf > 0 {
		n.seen |= seenLF
	}
	if n.translate && cr+crlf > 0 {
		text = strings.ReplaceAll(text, "\r\n", "\n")
		text = strings.ReplaceAll(text, "\r", "\n")
	}
	return text
}

// newlines is the newlines attribute for the kinds seen.
func newlinesValue(t *object.Thread, seen int) *object.Object {
	var kinds []*object.Object
	for _, k := range []struct {
		bit int
		s   string
	}{{seenCR, "\r"}, {seenLF, "\n"}, {seenCRLF, "\r\n"}} {
		if seen&k.bit != 0 {
			kinds = append(kinds, object.NewStr(t, k.s))
		}
	}
	switch len(kinds) {
	case 0:
		return object.None
	case 1:
		return kinds[0]
	}
	return object.NewTuple(t, kinds).Obj()
}

type newlineDecoder struct {
	object.Object
	dict    *object.Dict
	decoder *object.Object // owned; nil for None
	errors  *object.Object // owned
	// mu guards state: threads may share a decoder. The wrapped
	// decoder's calls run outside it.
	mu    sync.Mutex
	state newlineState
	ready bool
}

func asNLDecoder(o *object.Object) *newlineDecoder { return object.Cast[newlineDecoder](o) }

var newlineDecoderType = object.NewStaticType(&object.Type{
	Name:         "IncrementalNewlineDecoder",
	Module:       "_io",
	Flags:        object.FlagBaseType | object.FlagGC,
	SubclassDict: func(o *object.Object) **object.Dict { return &asNLDecoder(o).dict },
	New: func(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		d := &newlineDecoder{}
		t.Init(&d.Object, typ)
		t.Track(&d.Object)
		return &d.Object, nil
	},
	Init: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) error {
		var decoder, translate, errs *object.Object
		if err := object.ParseArgs(t, "IncrementalNewlineDecoder", args, kw, []string{"decoder", "translate", "errors"}, 2, &decoder, &translate, &errs); err != nil {
			return err
		}
		tr, err := object.IsTrue(t, translate)
		if err != nil {
			return err
		}
		d := asNLDecoder(self)
		d.clear(t)
		if decoder != object.None {
			d.decoder = t.NewRef(decoder)
		}
		if errs == nil {
			errs = object.NewStrStatic("strict")
		}
		d.errors = t.NewRef(errs)
		d.mu.Lock()
		d.state = newlineState{translate: tr}
		d.mu.Unlock()
		d.ready = true
		return nil
	},
	Traverse: func(o *object.Object, visit object.Visitor) {
		d := asNLDecoder(o)
		for _, r := range []*object.Object{d.decoder, d.errors} {
			if r != nil {
				visit(r)
			}
		}
		if d.dict != nil {
			visit(d.dict.Obj())
		}
	},
	Clear:   func(t *object.Thread, o *object.Object) { asNLDecoder(o).clear(t) },
	Dealloc: func(t *object.Thread, o *object.Object) { asNLDecoder(o).clear(t) },
})

func (d *newlineDecoder) clear(t *object.Thread) {
	for _, r := range []**object.Object{&d.decoder, &d.errors} {
		if *r != nil {
			x := *r
			*r = nil
			t.Decref(x)
		}
	}
	if d.dict != nil {
		x := d.dict
		d.dict = nil
		t.Decref(x.Obj())
	}
}

func (d *newlineDecoder) check(t *object.Thread) error {
	if !d.ready {
		return t.Errorf(object.ValueErrorType, "IncrementalNewlineDecoder.__init__() not called")
	}
	return nil
}

func nlMethod(name string, fn func(t *object.Thread, d *newlineDecoder, args []*object.Object, kw *object.Tuple) (*object.Object, error)) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		d := asNLDecoder(self)
		if err := d.check(t); err != nil {
			return nil, err
		}
		return fn(t, d, args, kw)
	}}
}

func callMethod(t *object.Thread, o *object.Object, name string, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	m, err := object.GetAttrString(t, o, name)
	if err != nil {
		return nil, err
	}
	defer t.Decref(m)
	return object.Call(t, m, args, kw)
}

var newlineDecoderMethods = []object.MethodDef{
	nlMethod("decode", func(t *object.Thread, d *newlineDecoder, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		var input, final *object.Object
		if err := object.ParseArgs(t, "decode", args, kw, []string{"input", "final"}, 1, &input, &final); err != nil {
			return nil, err
		}
		fin := false
		if final != nil {
			var err error
			if fin, err = object.IsTrue(t, final); err != nil {
				return nil, err
			}
		}
		out := input
		if d.decoder != nil {
			kwn := object.NewTupleRefs(t, object.NewStrStatic("final"))
			defer t.Decref(kwn.Obj())
			r, err := callMethod(t, d.decoder, "decode", []*object.Object{input, object.NewBool(fin)}, kwn)
			if err != nil {
				return nil, err
			}
			defer t.Decref(r)
			out = r
		}
		if !object.IsStr(out) {
			return nil, t.Errorf(object.TypeErrorType, "decoder should return a string result, not '%s'", out.Type().Name)
		}
		d.mu.Lock()
		text := d.state.feed(object.StrValue(out), fin)
		d.mu.Unlock()
		return object.NewStr(t, text), nil
	}),
	nlMethod("getstate", func(t *object.Thread, d *newlineDecoder, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "getstate", args, kw, 0, 0); err != nil {
			return nil, err
		}
		buf, flag := object.NewBytes(t, nil), int64(0)
		if d.decoder != nil {
			st, err := callMethod(t, d.decoder, "getstate", nil, nil)
			if err != nil {
				return nil, err
			}
			defer t.Decref(st)
			items, err := object.SequenceItems(t, st)
			if err != nil {
				return nil, err
			}
			if len(items) != 2 {
				for _, i := range items {
					t.Decref(i)
				}
				return nil, t.Errorf(object.TypeErrorType, "illegal decoder state")
			}
			t.Decref(buf)
			buf = items[0]
			f, err := object.AsInt64(t, items[1])
			t.Decref(items[1])
			if err != nil {
				t.Decref(buf)
				return nil, err
			}
			flag = f
		}
		flag <<= 1
		d.mu.Lock()
		if d.state.pendingCR {
			flag |= 1
		}
		d.mu.Unlock()
		return object.NewTupleRefs(t, buf, object.NewInt(t, flag)).Obj(), nil
	}),
	nlMethod("setstate", func(t *object.Thread, d *newlineDecoder, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "setstate", args, kw, 1, 1); err != nil {
			return nil, err
		}
		items, err := object.SequenceItems(t, args[0])
		if err != nil {
			return nil, err
		}
		defer func() {
			for _, i := range items {
				t.Decref(i)
			}
		}()
		if len(items) != 2 {
			return nil, t.Errorf(object.TypeErrorType, "state argument must be a tuple")
		}
		flag, err := object.AsInt64(t, items[1])
		if err != nil {
			return nil, err
		}
		d.mu.Lock()
		d.state.pendingCR = flag&1 != 0
		d.mu.Unlock()
		if d.decoder != nil {
			st := object.NewTupleRefs(t, t.NewRef(items[0]), object.NewInt(t, flag>>1))
			defer t.Decref(st.Obj())
			r, err := callMethod(t, d.decoder, "setstate", []*object.Object{st.Obj()}, nil)
			if err != nil {
				return nil, err
			}
			t.Decref(r)
		}
		return object.None, nil
	}),
	nlMethod("reset", func(t *object.Thread, d *newlineDecoder, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "reset", args, kw, 0, 0); err != nil {
			return nil, err
		}
		d.mu.Lock()
		d.state.seen, d.state.pendingCR = 0, false
		d.mu.Unlock()
		if d.decoder != nil {
			return callMethod(t, d.decoder, "reset", nil, nil)
		}
		return object.None, nil
	}),
}

var newlineDecoderGetSets = []object.GetSetDef{
	{Name: "newlines", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		d := asNLDecoder(o)
		if err := d.check(t); err != nil {
			return nil, err
		}
		d.mu.Lock()
		seen := d.state.seen
		d.mu.Unlock()
		return newlinesValue(t, seen), nil
	}},
}

func init() {
	object.ReadyType(newlineDecoderType, newlineDecoderMethods, newlineDecoderGetSets)
}
