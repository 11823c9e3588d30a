// This file defines sqlite3.Row, the row_factory whose rows index by
// position and by column name (without regard to ASCII case).

package sqlite3

import "github.com/ftpy/ftpy/object"

type row struct {
	object.Object
	dict        *object.Dict
	data        *object.Object // a tuple, owned
	description *object.Object // the cursor's description, owned
}

var rowType = object.NewStaticType(&object.Type{
	Name:         "Row",
	Module:       "sqlite3",
	Flags:        object.FlagGC | object.FlagBaseType,
	SubclassDict: func(o *object.Object) **object.Dict { return &asRow(o).dict },
})

func asRow(o *object.Object) *row { return object.Cast[row](o) }

func rowNew(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if typ == rowType {
		if err := object.NoKeywords(t, "Row", kw); err != nil {
			return nil, err
		}
	}
	var cur, data *object.Object
	if err := object.ParseArgs(t, "Row", args, kw, []string{"/cursor", "/data"}, 2, &cur, &data); err != nil {
		return nil, err
	}
	if !object.IsInstance(cur, cursorType) {
		return nil, t.Errorf(object.TypeErrorType, "Row() argument 1 must be sqlite3.Cursor, not %s", cur.Type().Name)
	}
	if !object.IsTuple(data) {
		return nil, t.Errorf(object.TypeErrorType, "Row() argument 2 must be tuple, not %s", data.Type().Name)
	}
	cu := asCursor(cur)
	var desc *object.Object
	if cu.conn != nil {
		c := cu.connection()
		c.lock(t)
		desc = t.NewRef(cu.description)
		c.unlock()
	} else {
		desc = t.NewRef(cu.description)
	}
	r := &row{data: t.NewRef(data), description: desc}
	t.Init(&r.Object, typ)
	t.Track(&r.Object)
	return &r.Object, nil
}

func (r *row) items() []*object.Object {
	if r.data == nil || !object.IsTuple(r.data) {
		return nil
	}
	return object.Cast[object.Tuple](r.data).Items
}

// names returns the column names from the description.
func (r *row) names() []*object.Object {
	if !object.IsTuple(r.description) {
		return nil
	}
	var out []*object.Object
	for _, d := range object.Cast[object.Tuple](r.description).Items {
		if object.IsTuple(d) && len(object.Cast[object.Tuple](d).Items) > 0 {
			out = append(out, object.Cast[object.Tuple](d).Items[0])
		}
	}
	return out
}

func rowGetItem(t *object.Thread, o, key *object.Object) (*object.Object, error) {
	r := asRow(o)
	items := r.items()
	switch {
	case object.IsInt(key):
		i, err := object.AsInt64(t, key)
		if err != nil {
			if object.ErrorMatches(err, object.OverflowErrorType) {
				t.DropError(err)
				return nil, t.Errorf(object.IndexErrorType, "cannot fit 'int' into an index-sized integer")
			}
			return nil, err
		}
		if i < 0 {
			i += int64(len(items))
		}
		if i < 0 || i >= int64(len(items)) {
			return nil, t.Errorf(object.IndexErrorType, "tuple index out of range")
		}
		return t.NewRef(items[i]), nil
	case object.IsStr(key):
		k := object.StrValue(key)
		for i, n := range r.names() {
			if object.IsStr(n) && asciiEqualFold(object.StrValue(n), k) {
				return t.NewRef(items[i]), nil
			}
		}
		return nil, t.Errorf(object.IndexErrorType, "No item with that key")
	case key.Type() == object.SliceType:
		return object.GetItem(t, r.data, key)
	}
	return nil, t.Errorf(object.IndexErrorType, "Index must be int or string")
}

// asciiEqualFold compares names as CPython's Row does: only ASCII
// letters fold.
func asciiEqualFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

var rowMethods = []object.MethodDef{
	{Name: "keys", Doc: "Returns the keys of the row.", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := noArgs(t, "keys", args, kw); err != nil {
			return nil, err
		}
		names := asRow(self).names()
		for _, n := range names {
			t.Incref(n)
		}
		return object.NewList(t, names).Obj(), nil
	}},
}

func init() {
	typ := rowType
	typ.New = rowNew
	typ.GetItem = rowGetItem
	typ.Len = func(t *object.Thread, o *object.Object) (int, error) { return len(asRow(o).items()), nil }
	typ.Iter = func(t *object.Thread, o *object.Object) (*object.Object, error) { return object.Iter(t, asRow(o).data) }
	typ.Hash = func(t *object.Thread, o *object.Object) (int64, error) {
		r := asRow(o)
		h1, err := object.Hash(t, r.description)
		if err != nil {
			return 0, err
		}
		h2, err := object.Hash(t, r.data)
		if err != nil {
			return 0, err
		}
		h := h1 ^ h2
		if h == -1 {
			h = -2
		}
		return h, nil
	}
	typ.Compare = func(t *object.Thread, a, b *object.Object, op object.CompareOp) (*object.Object, error) {
		if (op != object.EQ && op != object.NE) || !object.IsInstance(b, rowType) {
			return t.NewRef(object.NotImplemented), nil
		}
		ra, rb := asRow(a), asRow(b)
		eq, err := object.RichCompare(t, ra.description, rb.description, object.EQ)
		if err != nil {
			return nil, err
		}
		same, err := object.IsTrue(t, eq)
		t.Decref(eq)
		if err != nil {
			return nil, err
		}
		if same {
			eq, err = object.RichCompare(t, ra.data, rb.data, object.EQ)
			if err != nil {
				return nil, err
			}
			same, err = object.IsTrue(t, eq)
			t.Decref(eq)
			if err != nil {
				return nil, err
			}
		}
		return object.NewBool(same == (op == object.EQ)), nil
	}
	typ.Traverse = func(o *object.Object, visit object.Visitor) {
		r := asRow(o)
		visit(r.data)
		visit(r.description)
		if r.dict != nil {
			visit(r.dict.Obj())
		}
	}
	typ.Clear = func(t *object.Thread, o *object.Object) {
		r := asRow(o)
		for _, p := range []**object.Object{&r.data, &r.description} {
			if v := *p; v != nil && v != object.None {
				*p = object.None
				t.Decref(v)
			}
		}
		if d := r.dict; d != nil {
			r.dict = nil
			t.Decref(d.Obj())
		}
	}
	typ.Dealloc = typ.Clear
	object.ReadyType(typ, rowMethods, nil)
}
