// This file holds memoryview's methods and attributes, and readies the
// type.

package object

func init() {
	mt := MemoryViewType
	mt.New = memoryViewNew
	mt.Repr = memoryViewRepr
	mt.Hash = memoryViewHash
	mt.Compare = memoryViewCompare
	mt.Len = memoryViewLen
	mt.GetItem = memoryViewGetItem
	mt.SetItem = memoryViewSetItem
	mt.Iter = memoryViewIterSlot
	mt.GetBuffer = memoryViewGetBuffer
	mt.Dealloc = func(t *Thread, o *Object) {
		m := Cast[MemoryView](o)
		v := m.v
		m.v = nil
		v.Release(t)
	}
	ReadyType(mt, memoryViewMethods, memoryViewGetSets)
	ReadyType(MemoryViewIterType, nil, nil)
}

// mvMethod wraps a method that needs the live view and takes no
// arguments.
func mvMethod(name string, f func(t *Thread, m *MemoryView, v *Buffer) (*Object, error)) CFunc {
	return func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
		if err := CheckArgCount(t, name, args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		m := Cast[MemoryView](self)
		v, err := m.view(t)
		if err != nil {
			return nil, err
		}
		return f(t, m, v)
	}
}

var memoryViewMethods = []MethodDef{
	{Name: "tobytes", Fn: func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
		var order *Object
		if err := parseClinic(t, "tobytes", args, kwnames, []string{"order"}, 0, &order); err != nil {
			return nil, err
		}
		if order != nil && order != None {
			if !IsStr(order) {
				return nil, t.Errorf(TypeErrorType, "tobytes() argument 'order' must be str or None, not %s", order.typ.Name)
			}
			switch StrValue(order) {
			case "C", "F", "A":
			default:
				return nil, t.Errorf(ValueErrorType, "order must be 'C', 'F' or 'A'")
			}
		}
		_, data, err := Cast[MemoryView](self).items(t)
		if err != nil {
			return nil, err
		}
		if order != nil && order != None && StrValue(order) == "F" {
			v, _ := Cast[MemoryView](self).view(t)
			if v != nil && len(v.Shape) > 1 {
				data = fortranOrder(v, data)
			}
		}
		return newBytesOwned(t, data), nil
	}},
	{Name: "tolist", Fn: mvMethod("tolist", func(t *Thread, m *MemoryView, v *Buffer) (*Object, error) {
		code, err := itemCode(t, v)
		if err != nil {
			return nil, err
		}
		v, data, err := m.items(t)
		if err != nil {
			return nil, err
		}
		return toList(t, code, v.ItemSize, v.Shape, data), nil
	})},
	{Name: "hex", Fn: func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
		var sepO, perO *Object
		if err := parseClinic(t, "hex", args, kwnames, []string{"sep", "bytes_per_sep"}, 0, &sepO, &perO); err != nil {
			return nil, err
		}
		_, data, err := Cast[MemoryView](self).items(t)
		if err != nil {
			return nil, err
		}
		return hexString(t, data, sepO, perO)
	}},
	{Name: "release", Fn: func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
		if err := CheckArgCount(t, "release", args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		if err := Cast[MemoryView](self).Release(t); err != nil {
			return nil, err
		}
		return None, nil
	}},
	{Name: "toreadonly", Fn: mvMethod("toreadonly", func(t *Thread, m *MemoryView, v *Buffer) (*Object, error) {
		nv, err := m.derive(t)
		if err != nil {
			return nil, err
		}
		nv.Readonly = true
		return newMemoryViewOf(t, nv), nil
	})},
	{Name: "cast", Fn: memoryViewCast},
	{Name: "__enter__", Fn: mvMethod("__enter__", func(t *Thread, m *MemoryView, v *Buffer) (*Object, error) {
		return t.NewRef(&m.Object), nil
	})},
	{Name: "__exit__", Fn: func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
		if err := NoKeywords(t, "__exit__", kwnames); err != nil {
			return nil, err
		}
		if err := Cast[MemoryView](self).Release(t); err != nil {
			return nil, err
		}
		return None, nil
	}},
}

// fortranOrder reorders C-ordered items column-major.
func fortranOrder(v *Buffer, data []byte) []byte {
	out := make([]byte, 0, len(data))
	n := len(v.Shape)
	idx := make([]int, n)
	cstride := make([]int, n)
	s := v.ItemSize
	for i := n - 1; i >= 0; i-- {
		cstride[i] = s
		s *= v.Shape[i]
	}
	for count := len(data) / v.ItemSize; count > 0; count-- {
		off := 0
		for i := range idx {
			off += idx[i] * cstride[i]
		}
		out = append(out, data[off:off+v.ItemSize]...)
		for i := 0; i < n; i++ {
			idx[i]++
			if idx[i] < v.Shape[i] {
				break
			}
			idx[i] = 0
		}
	}
	return out
}

// mvAttr wraps an attribute getter that needs the live view.
func mvAttr(f func(t *Thread, v *Buffer) *Object) func(t *Thread, o *Object) (*Object, error) {
	return func(t *Thread, o *Object) (*Object, error) {
		v, err := Cast[MemoryView](o).view(t)
		if err != nil {
			return nil, err
		}
		return f(t, v), nil
	}
}

func intsTuple(t *Thread, xs []int) *Object {
	items := make([]*Object, len(xs))
	for i, x := range xs {
		items[i] = NewInt(t, int64(x))
	}
	return &NewTuple(t, items).Object
}

var memoryViewGetSets = []GetSetDef{
	{Name: "obj", Get: mvAttr(func(t *Thread, v *Buffer) *Object { return t.NewRef(v.Obj) })},
	{Name: "nbytes", Get: mvAttr(func(t *Thread, v *Buffer) *Object { return NewInt(t, int64(v.Len)) })},
	{Name: "readonly", Get: mvAttr(func(t *Thread, v *Buffer) *Object { return NewBool(v.Readonly) })},
	{Name: "itemsize", Get: mvAttr(func(t *Thread, v *Buffer) *Object { return NewInt(t, int64(v.ItemSize)) })},
	{Name: "format", Get: mvAttr(func(t *Thread, v *Buffer) *Object { return NewStr(t, v.Format) })},
	{Name: "ndim", Get: mvAttr(func(t *Thread, v *Buffer) *Object { return NewInt(t, int64(len(v.Shape))) })},
	{Name: "shape", Get: mvAttr(func(t *Thread, v *Buffer) *Object { return intsTuple(t, v.Shape) })},
	{Name: "strides", Get: mvAttr(func(t *Thread, v *Buffer) *Object { return intsTuple(t, v.Strides) })},
	{Name: "suboffsets", Get: mvAttr(func(t *Thread, v *Buffer) *Object { return intsTuple(t, nil) })},
	{Name: "c_contiguous", Get: mvAttr(func(t *Thread, v *Buffer) *Object { return NewBool(v.IsCContiguous()) })},
	{Name: "f_contiguous", Get: mvAttr(func(t *Thread, v *Buffer) *Object { return NewBool(v.IsFContiguous()) })},
	{Name: "contiguous", Get: mvAttr(func(t *Thread, v *Buffer) *Object {
		return NewBool(v.IsCContiguous() || v.IsFContiguous())
	})},
}
