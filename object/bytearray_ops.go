// This file implements bytearray's slots and its own methods: the
// constructor, indexing and slice assignment, concatenation, the
// mutators (append, extend, insert, pop, remove, ...) and pickling.

package object

import "bytes"

func init() {
	ba := ByteArrayType
	ba.New = func(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
		o := allocByteArray(typ)
		t.Init(&o.Object, typ)
		return &o.Object, nil
	}
	ba.Init = byteArrayInit
	ba.Repr = byteArrayRepr
	ba.Str = byteArrayRepr
	ba.Compare = byteArrayCompare
	ba.Len = func(t *Thread, o *Object) (int, error) { return Cast[ByteArray](o).Len(), nil }
	ba.GetItem = byteArrayGetItem
	ba.SetItem = byteArraySetItem
	ba.Contains = func(t *Thread, o, v *Object) (bool, error) {
		if p, ok, err := readBytes(t, v); ok || err != nil {
			return err == nil && bytes.Contains(Cast[ByteArray](o).snapshot(), p), err
		}
		if !IsInt(v) && (v.typ.Number == nil || v.typ.Number.Index == nil) {
			return false, t.Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", v.typ.Name)
		}
		c, err := byteArg(t, v)
		if err != nil {
			return false, err
		}
		b := Cast[ByteArray](o)
		b.mu.Lock()
		found := bytes.IndexByte(b.b, c) >= 0
		b.mu.Unlock()
		return found, nil
	}
	ba.Iter = byteArrayIterSlot
	ba.Concat = byteArrayConcat
	ba.Repeat = func(t *Thread, seq *Object, n int64) (*Object, error) {
		out, err := repeatBytes(t, Cast[ByteArray](seq).snapshot(), n)
		if err != nil {
			return nil, err
		}
		return newByteArrayOwned(t, out), nil
	}
	ba.GetBuffer = byteArrayGetBuffer
	ba.Number = &NumberMethods{
		Mod: func(t *Thread, a, b *Object) (*Object, error) {
			if !IsByteArray(a) {
				return t.NewRef(NotImplemented), nil
			}
			return BytesPercentFormat(t, a, b)
		},
		InplaceAdd: byteArrayInplaceAdd,
		InplaceMul: byteArrayInplaceMul,
	}
	ReadyType(ba, byteArrayMethods(), nil)
	ReadyType(ByteArrayIterType, byteArrayIterPickling, nil)
}

// allocByteArray returns a bytearray, inside a subclass layout when typ is
// not bytearray itself.
func allocByteArray(typ *Type) *ByteArray {
	if typ == ByteArrayType {
		return &ByteArray{}
	}
	return &(&byteArraySubclass{}).ByteArray
}

// byteArrayInit is bytearray.__init__(source, encoding, errors): it
// replaces the contents.
func byteArrayInit(t *Thread, self *Object, args []*Object, kwnames *Tuple) error {
	var src, enc, errs *Object
	if err := parseClinic(t, "bytearray", args, kwnames, []string{"source", "encoding", "errors"}, 0, &src, &enc, &errs); err != nil {
		return err
	}
	b, err := byteArrayInitBytes(t, src, enc, errs)
	if err != nil {
		return err
	}
	ba := Cast[ByteArray](self)
	ba.mu.Lock()
	defer ba.mu.Unlock()
	if len(ba.b) != 0 || len(b) != 0 {
		if err := ba.resizeCheck(t); err != nil {
			return err
		}
	}
	ba.b, ba.sharedLen = b, 0
	return nil
}

// byteArrayInitBytes computes the new contents of bytearray(source,
// encoding, errors); unlike bytes(), bytearray() does not ask __bytes__.
func byteArrayInitBytes(t *Thread, src, enc, errs *Object) ([]byte, error) {
	if enc != nil && !IsStr(enc) {
		return nil, t.Errorf(TypeErrorType, "bytearray() argument 'encoding' must be str, not %s", enc.typ.Name)
	}
	if errs != nil && !IsStr(errs) {
		return nil, t.Errorf(TypeErrorType, "bytearray() argument 'errors' must be str, not %s", errs.typ.Name)
	}
	switch {
	case src == nil:
		if enc != nil {
			return nil, t.Errorf(TypeErrorType, "encoding without a string argument")
		}
		if errs != nil {
			return nil, t.Errorf(TypeErrorType, "errors without a string argument")
		}
		return nil, nil
	case IsStr(src):
		if enc == nil {
			return nil, t.Errorf(TypeErrorType, "string argument without an encoding")
		}
		encoding, errors, err := codecArgs(t, "bytearray", enc, errs)
		if err != nil {
			return nil, err
		}
		return EncodeStr(t, AsStr(src), encoding, errors)
	case enc != nil:
		return nil, t.Errorf(TypeErrorType, "encoding without a string argument")
	case errs != nil:
		return nil, t.Errorf(TypeErrorType, "errors without a string argument")
	case IsInt(src) || (src.typ.Number != nil && src.typ.Number.Index != nil):
		n, err := AsInt64(t, src)
		if err != nil {
			if ErrorMatches(err, OverflowErrorType) {
				t.DropError(err)
				err = t.Errorf(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
			}
			return nil, err
		}
		if n < 0 {
			return nil, t.Errorf(ValueErrorType, "negative count")
		}
		if err := t.CheckAlloc(n); err != nil {
			return nil, err
		}
		return make([]byte, n), nil
	case CheckBuffer(src):
		return BytesLikeCopy(t, src)
	case src.typ.Iter == nil && src.typ.GetItem == nil:
		return nil, t.Errorf(TypeErrorType, "cannot convert '%s' object to bytearray", src.typ.Name)
	}
	return intsToBytes(t, src)
}

// intsToBytes collects an iterable of ints in range(256).
func intsToBytes(t *Thread, src *Object) ([]byte, error) {
	var out []byte
	err := Iterate(t, src, func(x *Object) error {
		c, err := itemByte(t, x)
		if err != nil {
			return err
		}
		out = append(out, c)
		return nil
	})
	return out, err
}

// itemByte converts an item of an iterable of ints, with bytearray's
// messages.
func itemByte(t *Thread, x *Object) (byte, error) {
	if !IsInt(x) && (x.typ.Number == nil || x.typ.Number.Index == nil) {
		return 0, t.Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", x.typ.Name)
	}
	return byteArg(t, x)
}

func byteArrayGetItem(t *Thread, o, key *Object) (*Object, error) {
	ba := Cast[ByteArray](o)
	if IsSlice(key) {
		// Indices may run __index__: resolve them against the length,
		// then copy under the lock, clamping to a length that changed.
		n := ba.Len()
		start, _, step, count, err := AsSlice(key).Indices(t, n)
		if err != nil {
			return nil, err
		}
		ba.mu.Lock()
		out := make([]byte, 0, max(count, 0))
		for k, i := 0, start; k < count && i >= 0 && i < len(ba.b); k, i = k+1, i+step {
			out = append(out, ba.b[i])
		}
		ba.mu.Unlock()
		return newByteArrayOwned(t, out), nil
	}
	i, err := byteArrayIndex(t, key)
	if err != nil {
		return nil, err
	}
	ba.mu.Lock()
	if i < 0 {
		i += len(ba.b)
	}
	if i < 0 || i >= len(ba.b) {
		ba.mu.Unlock()
		return nil, t.Errorf(IndexErrorType, "bytearray index out of range")
	}
	c := ba.b[i]
	ba.mu.Unlock()
	return SmallInt(int64(c)), nil
}

// byteArrayIndex converts a subscript that is not a slice.
func byteArrayIndex(t *Thread, key *Object) (int, error) {
	if !IsInt(key) && (key.typ.Number == nil || key.typ.Number.Index == nil) {
		return 0, t.Errorf(TypeErrorType, "bytearray indices must be integers or slices, not %s", key.typ.Name)
	}
	i, err := AsInt64(t, key)
	if err != nil {
		if ErrorMatches(err, OverflowErrorType) {
			t.DropError(err)
			return 0, t.Errorf(IndexErrorType, "cannot fit '%s' into an index-sized integer", key.typ.Name)
		}
		return 0, err
	}
	if i > maxIndex || i < -maxIndex {
		return 0, t.Errorf(IndexErrorType, "bytearray index out of range")
	}
	return int(i), nil
}

// assignedBytes converts the value of a slice assignment.
func assignedBytes(t *Thread, v *Object) ([]byte, error) {
	if p, ok, err := readBytes(t, v); ok || err != nil {
		return p, err
	}
	if IsInt(v) || (v.typ.Number != nil && v.typ.Number.Index != nil) || IsStr(v) ||
		(v.typ.Iter == nil && v.typ.GetItem == nil) {
		return nil, t.Errorf(TypeErrorType, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
	}
	return intsToBytes(t, v)
}

func byteArraySetItem(t *Thread, o, key, v *Object) error {
	ba := Cast[ByteArray](o)
	if !IsSlice(key) {
		i, err := byteArrayIndex(t, key)
		if err != nil {
			return err
		}
		var c byte
		if v != nil {
			if c, err = itemByte(t, v); err != nil {
				return err
			}
		}
		return ba.mutate(t, func(b []byte) ([]byte, error) {
			if i < 0 {
				i += len(b)
			}
			if i < 0 || i >= len(b) {
				return nil, t.Errorf(IndexErrorType, "bytearray index out of range")
			}
			if v != nil {
				b[i] = c
				return b, nil
			}
			return append(b[:i], b[i+1:]...), nil
		})
	}
	var p []byte
	if v != nil {
		var err error
		if p, err = assignedBytes(t, v); err != nil {
			return err
		}
	}
	start, stop, step, count, err := AsSlice(key).Indices(t, ba.Len())
	if err != nil {
		return err
	}
	return ba.mutate(t, func(b []byte) ([]byte, error) {
		// The length may have changed since the indices were resolved.
		start, stop = min(start, len(b)), min(stop, len(b))
		if step == 1 {
			count = max(stop-start, 0)
		} else if count > 0 {
			last := start + (count-1)*step
			if start >= len(b) || last < 0 || last >= len(b) {
				count = 0
			}
		}
		if step == 1 {
			if len(p) == count {
				copy(b[start:], p)
				return b, nil
			}
			out := make([]byte, 0, len(b)-count+len(p))
			out = append(out, b[:start]...)
			out = append(out, p...)
			return append(out, b[start+count:]...), nil
		}
		if v == nil {
			drop := make([]bool, len(b))
			for k, i := 0, start; k < count; k, i = k+1, i+step {
				drop[i] = true
			}
			out := b[:0]
			for i, c := range b {
				if !drop[i] {
					out = append(out, c)
				}
			}
			return out, nil
		}
		if len(p) != count {
			return nil, t.Errorf(ValueErrorType, "attempt to assign bytes of size %d to extended slice of size %d", len(p), count)
		}
		for k, i := 0, start; k < count; k, i = k+1, i+step {
			b[i] = p[k]
		}
		return b, nil
	})
}

func byteArrayConcat(t *Thread, a, b *Object) (*Object, error) {
	y, ok, err := readBytes(t, b)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, t.Errorf(TypeErrorType, "can't concat %s to %s", b.typ.Name, a.typ.Name)
	}
	x := Cast[ByteArray](a).snapshot()
	if err := t.CheckAlloc(int64(len(x)) + int64(len(y))); err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(x)+len(y))
	return newByteArrayOwned(t, append(append(out, x...), y...)), nil
}

func byteArrayInplaceAdd(t *Thread, a, b *Object) (*Object, error) {
	ba := Cast[ByteArray](a)
	if a == b {
		// CPython holds a view of the operand while it resizes: b += b
		// fails unless b is empty.
		if ba.Len() != 0 {
			return nil, errExports(t)
		}
		return t.NewRef(a), nil
	}
	y, ok, err := readBytes(t, b)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, t.Errorf(TypeErrorType, "can't concat %s to %s", b.typ.Name, a.typ.Name)
	}
	if err := ba.AppendBytes(t, y); err != nil {
		return nil, err
	}
	return t.NewRef(a), nil
}

// repeatBytes returns v repeated n times, or MemoryError / OverflowError.
func repeatBytes(t *Thread, v []byte, n int64) ([]byte, error) {
	if n <= 0 || len(v) == 0 {
		return []byte{}, nil
	}
	if int64(len(v)) > maxIndex/n {
		return nil, t.NewException(MemoryErrorType)
	}
	if err := t.CheckAlloc(int64(len(v)) * n); err != nil {
		return nil, err
	}
	return bytes.Repeat(v, int(n)), nil
}

func byteArrayInplaceMul(t *Thread, a, b *Object) (*Object, error) {
	count, ok, err := repeatCount(t, b)
	if err != nil {
		return nil, err
	}
	if !ok {
		return t.NewRef(NotImplemented), nil
	}
	ba := Cast[ByteArray](a)
	err = ba.mutate(t, func(v []byte) ([]byte, error) {
		if count == 1 {
			return v, nil
		}
		return repeatBytes(t, v, count)
	})
	if err != nil {
		return nil, err
	}
	return t.NewRef(a), nil
}

// forByteArray runs a shared method on a snapshot of the receiver.
func forByteArray(f bmethod) CFunc {
	return func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
		return f(t, bself{o: self, b: Cast[ByteArray](self).snapshot(), ba: true}, args, kwnames)
	}
}

func byteArrayMethods() []MethodDef {
	var defs []MethodDef
	for _, m := range sharedMethods {
		defs = append(defs, MethodDef{Name: m.name, Fn: forByteArray(m.fn)})
	}
	return append(defs,
		MethodDef{Name: "fromhex", Fn: byteArrayFromHex, Kind: ClassMethod},
		MethodDef{Name: "maketrans", Fn: bytesMakeTrans, Kind: StaticMethod},
		MethodDef{Name: "append", Fn: byteArrayAppend},
		MethodDef{Name: "extend", Fn: byteArrayExtend},
		MethodDef{Name: "insert", Fn: byteArrayInsert},
		MethodDef{Name: "pop", Fn: byteArrayPop},
		MethodDef{Name: "remove", Fn: byteArrayRemove},
		MethodDef{Name: "reverse", Fn: byteArrayReverse},
		MethodDef{Name: "clear", Fn: byteArrayClear},
		MethodDef{Name: "copy", Fn: byteArrayCopy},
		MethodDef{Name: "__alloc__", Fn: byteArrayAlloc},
		MethodDef{Name: "__sizeof__", Fn: byteArraySizeof},
		MethodDef{Name: "__reduce__", Fn: byteArrayReduce},
		MethodDef{Name: "__reduce_ex__", Fn: byteArrayReduceEx},
	)
}

func byteArrayFromHex(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	out, err := parseHex(t, "bytearray.fromhex", args, kwnames)
	if err != nil {
		return nil, err
	}
	r := newByteArrayOwned(t, out)
	if self != nil && IsType(self) && AsType(self) != ByteArrayType {
		defer t.Decref(r)
		return Call(t, self, []*Object{r}, nil)
	}
	return r, nil
}

func byteArrayAppend(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "append", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	c, err := itemByte(t, args[0])
	if err != nil {
		return nil, err
	}
	if err := Cast[ByteArray](self).Append(t, c); err != nil {
		return nil, err
	}
	return None, nil
}

func byteArrayExtend(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "extend", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	src := args[0]
	p, ok, err := readBytes(t, src)
	if err != nil {
		return nil, err
	}
	if !ok {
		if src.typ.Iter == nil && src.typ.GetItem == nil {
			return nil, t.Errorf(TypeErrorType, "can't extend bytearray with %s", src.typ.Name)
		}
		if p, err = intsToBytes(t, src); err != nil {
			return nil, err
		}
	}
	if err := Cast[ByteArray](self).AppendBytes(t, p); err != nil {
		return nil, err
	}
	return None, nil
}

func byteArrayInsert(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "insert", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	i, err := indexArg(t, args[0])
	if err != nil {
		return nil, err
	}
	c, err := itemByte(t, args[1])
	if err != nil {
		return nil, err
	}
	ba := Cast[ByteArray](self)
	ba.mu.Lock()
	defer ba.mu.Unlock()
	if err := ba.resizeCheck(t); err != nil {
		return nil, err
	}
	n := int64(len(ba.b))
	if i < 0 {
		i = max(i+n, 0)
	}
	i = min(i, n)
	ba.own()
	ba.b = append(ba.b, 0)
	copy(ba.b[i+1:], ba.b[i:])
	ba.b[i] = c
	return None, nil
}

func byteArrayPop(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "pop", args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	i := int64(-1)
	if len(args) == 1 {
		var err error
		if i, err = indexArg(t, args[0]); err != nil {
			return nil, err
		}
	}
	ba := Cast[ByteArray](self)
	ba.mu.Lock()
	defer ba.mu.Unlock()
	n := int64(len(ba.b))
	if n == 0 {
		return nil, t.Errorf(IndexErrorType, "pop from empty bytearray")
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return nil, t.Errorf(IndexErrorType, "pop index out of range")
	}
	if err := ba.resizeCheck(t); err != nil {
		return nil, err
	}
	c := ba.b[i]
	ba.own()
	ba.b = append(ba.b[:i], ba.b[i+1:]...)
	return SmallInt(int64(c)), nil
}

func byteArrayRemove(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "remove", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	c, err := itemByte(t, args[0])
	if err != nil {
		return nil, err
	}
	ba := Cast[ByteArray](self)
	ba.mu.Lock()
	defer ba.mu.Unlock()
	i := bytes.IndexByte(ba.b, c)
	if i < 0 {
		return nil, t.Errorf(ValueErrorType, "value not found in bytearray")
	}
	if err := ba.resizeCheck(t); err != nil {
		return nil, err
	}
	ba.own()
	ba.b = append(ba.b[:i], ba.b[i+1:]...)
	return None, nil
}

func byteArrayReverse(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "bytearray.reverse", args, kwnames, 0, 0); err != nil {
		return nil, err
	}
	ba := Cast[ByteArray](self)
	ba.mu.Lock()
	ba.own()
	b := ba.b
	for l, r := 0, len(b)-1; l < r; l, r = l+1, r-1 {
		b[l], b[r] = b[r], b[l]
	}
	ba.mu.Unlock()
	return None, nil
}

func byteArrayClear(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "bytearray.clear", args, kwnames, 0, 0); err != nil {
		return nil, err
	}
	ba := Cast[ByteArray](self)
	ba.mu.Lock()
	defer ba.mu.Unlock()
	if len(ba.b) != 0 {
		if err := ba.resizeCheck(t); err != nil {
			return nil, err
		}
	}
	ba.b, ba.sharedLen = nil, 0
	return None, nil
}

func byteArrayCopy(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "bytearray.copy", args, kwnames, 0, 0); err != nil {
		return nil, err
	}
	return newByteArrayShared(t, Cast[ByteArray](self).snapshot()), nil
}

func byteArrayAlloc(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "bytearray.__alloc__", args, kwnames, 0, 0); err != nil {
		return nil, err
	}
	ba := Cast[ByteArray](self)
	ba.mu.Lock()
	n := len(ba.b)
	if n > 0 {
		// CPython reports the allocation, which includes the trailing NUL.
		n = cap(ba.b) + 1
	}
	ba.mu.Unlock()
	return NewInt(t, int64(n)), nil
}

func byteArraySizeof(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "bytearray.__sizeof__", args, kwnames, 0, 0); err != nil {
		return nil, err
	}
	ba := Cast[ByteArray](self)
	ba.mu.Lock()
	n := cap(ba.b)
	ba.mu.Unlock()
	if n > 0 {
		n++
	}
	// The size of CPython's bytearray header, plus the allocation.
	return NewInt(t, int64(56+n)), nil
}

func byteArrayReduce(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "bytearray.__reduce__", args, kwnames, 0, 0); err != nil {
		return nil, err
	}
	return byteArrayReduceProto(t, self, 2)
}

func byteArrayReduceEx(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "__reduce_ex__", args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	proto := int64(0)
	if len(args) == 1 {
		var err error
		if proto, err = indexArg(t, args[0]); err != nil {
			return nil, err
		}
	}
	return byteArrayReduceProto(t, self, proto)
}

// byteArrayReduceProto is the pickle reduction: protocols before 3 have
// no bytes, so the contents travel as a latin-1 str.
func byteArrayReduceProto(t *Thread, self *Object, proto int64) (*Object, error) {
	state, err := instanceState(t, self)
	if err != nil {
		return nil, err
	}
	b := Cast[ByteArray](self).snapshot()
	var ctorArgs *Object
	switch {
	case len(b) == 0:
		ctorArgs = &emptyTuple.Object
	case proto < 3:
		s, err := DecodeBytes(t, b, "latin-1", "strict")
		if err != nil {
			t.Decref(state)
			return nil, err
		}
		ctorArgs = &NewTuple(t, []*Object{s, NewStrStatic("latin-1")}).Object
	default:
		ctorArgs = &NewTuple(t, []*Object{newBytesOwned(t, b)}).Object
	}
	return &NewTuple(t, []*Object{t.NewRef(&self.typ.Object), ctorArgs, state}).Object, nil
}

// instanceState is what object.__getstate__ gives for an instance of a
// built-in type: its attribute dict if it has a non-empty one, else None.
func instanceState(t *Thread, self *Object) (*Object, error) {
	d, err := GetAttrString(t, self, "__dict__")
	if err != nil {
		if ErrorMatches(err, AttributeErrorType) {
			t.DropError(err)
			return None, nil
		}
		return nil, err
	}
	if n, err := Len(t, d); err == nil && n == 0 {
		t.Decref(d)
		return None, nil
	} else if err != nil {
		t.DropError(err)
	}
	return d, nil
}
