package collections

import (
	"fmt"
	"sync"

	"github.com/ftpy/ftpy/object"
)

// tupleGetter is _collections._tuplegetter(index, doc): the descriptor
// collections.namedtuple puts in a class for each field, reading item
// index of the tuple it is fetched from.
type tupleGetter struct {
	object.Object
	index int
	mu    sync.Mutex
	doc   *object.Object // owned; __doc__ is writable
}

var tupleGetterType = object.NewStaticType(&object.Type{Name: "_tuplegetter", Module: "_collections", Flags: object.FlagGC})

func asTupleGetter(o *object.Object) *tupleGetter { return object.Cast[tupleGetter](o) }

func (g *tupleGetter) getDoc(t *object.Thread) *object.Object {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.doc == nil {
		return nil
	}
	return t.NewRef(g.doc)
}

func init() {
	typ := tupleGetterType
	typ.New = func(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.NoKeywords(t, "_tuplegetter", kw); err != nil {
			return nil, err
		}
		if len(args) != 2 {
			return nil, t.Errorf(object.TypeErrorType, "_tuplegetter expected 2 arguments, got %d", len(args))
		}
		i, err := object.AsInt64(t, args[0])
		if err != nil {
			return nil, err
		}
		g := &tupleGetter{index: int(i), doc: t.NewRef(args[1])}
		t.Init(&g.Object, typ)
		t.Track(&g.Object)
		return &g.Object, nil
	}
	typ.DescrGet = func(t *object.Thread, d, obj *object.Object, _ *object.Type) (*object.Object, error) {
		g := asTupleGetter(d)
		if obj == nil || obj == object.None {
			return t.NewRef(d), nil
		}
		if !object.IsTuple(obj) {
			return nil, t.Errorf(object.TypeErrorType, "descriptor for index '%d' for tuple subclasses doesn't apply to '%s' object", g.index, obj.Type().Name)
		}
		items := object.AsTuple(obj).Items
		if g.index < 0 || g.index >= len(items) {
			return nil, t.Errorf(object.IndexErrorType, "tuple index out of range")
		}
		return t.NewRef(items[g.index]), nil
	}
	typ.DescrSet = func(t *object.Thread, d, obj, v *object.Object) error {
		if v == nil {
			return t.Errorf(object.AttributeErrorType, "can't delete attribute")
		}
		return t.Errorf(object.AttributeErrorType, "can't set attribute")
	}
	typ.Repr = func(t *object.Thread, o *object.Object) (*object.Object, error) {
		g := asTupleGetter(o)
		doc := g.getDoc(t)
		if doc == nil {
			doc = t.NewRef(object.None)
		}
		defer t.Decref(doc)
		r, err := object.ReprString(t, doc)
		if err != nil {
			return nil, err
		}
		return object.NewStr(t, fmt.Sprintf("%s(%d, %s)", o.Type().Name, g.index, r)), nil
	}
	typ.Traverse = func(o *object.Object, visit object.Visitor) {
		if d := asTupleGetter(o).doc; d != nil {
			visit(d)
		}
	}
	typ.Clear = func(t *object.Thread, o *object.Object) {
		g := asTupleGetter(o)
		g.mu.Lock()
		d := g.doc
		g.doc = nil
		g.mu.Unlock()
		t.XDecref(d)
	}
	typ.Dealloc = typ.Clear
	object.ReadyType(typ, []object.MethodDef{{Name: "__reduce__",
		Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			if err := object.CheckArgCount(t, "__reduce__", args, kw, 0, 0); err != nil {
				return nil, err
			}
			g := asTupleGetter(self)
			doc := g.getDoc(t)
			if doc == nil {
				doc = t.NewRef(object.None)
			}
			inner := object.NewTuple(t, []*object.Object{object.NewInt(t, int64(g.index)), doc})
			return object.NewTuple(t, []*object.Object{t.NewRef(typ.Obj()), inner.Obj()}).Obj(), nil
		}}}, []object.GetSetDef{{Name: "__doc__",
		Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
			if d := asTupleGetter(o).getDoc(t); d != nil {
				return d, nil
			}
			return t.NewRef(object.None), nil
		},
		Set: func(t *object.Thread, o, v *object.Object) error {
			g := asTupleGetter(o)
			if v != nil {
				t.Incref(v)
			}
			g.mu.Lock()
			old := g.doc
			g.doc = v
			g.mu.Unlock()
			t.XDecref(old)
			return nil
		}}})
}
