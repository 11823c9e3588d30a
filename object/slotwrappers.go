// This file exposes a static type's slots as methods in its dict
// (CPython's slot wrappers, add_operators): list.__len__, int.__add__,
// BaseException.__init__. Python code calls them directly and through
// super(), e.g. super().__init__(msg) in an exception subclass.

package object

// addSlotWrappers adds a method for each slot typ defines itself (before
// inheriting its base's) that its dict does not already name.
func addSlotWrappers(typ *Type) {
	add := func(name string, kind MethodKind, fn CFunc) {
		key := Intern(name)
		if typ.Dict.GetStr(key) != nil {
			return
		}
		def := &MethodDef{Name: name, Fn: fn, Kind: kind, slot: true}
		typ.Dict.SetStr(nil, key, newMethodDescr(typ, def))
	}
	unary := func(name string, f func(t *Thread, o *Object) (*Object, error)) {
		add(name, InstanceMethod, func(t *Thread, self *Object, args []*Object, kw *Tuple) (*Object, error) {
			if err := wrapperArgCount(t, name, args, kw, 0); err != nil {
				return nil, err
			}
			return f(t, self)
		})
	}
	binary := func(name string, f func(t *Thread, a, b *Object) (*Object, error), reflected bool) {
		if f == nil {
			return
		}
		add(name, InstanceMethod, func(t *Thread, self *Object, args []*Object, kw *Tuple) (*Object, error) {
			if err := wrapperArgCount(t, name, args, kw, 1); err != nil {
				return nil, err
			}
			if reflected {
				return f(t, args[0], self)
			}
			return f(t, self, args[0])
		})
	}
	if f := typ.Init; f != nil {
		add("__init__", InstanceMethod, func(t *Thread, self *Object, args []*Object, kw *Tuple) (*Object, error) {
			return None, f(t, self, args, kw)
		})
	}
	if f := typ.New; f != nil {
		add("__new__", StaticMethod, func(t *Thread, _ *Object, args []*Object, kw *Tuple) (*Object, error) {
			if len(args) == 0 {
				return nil, t.Errorf(TypeErrorType, "%s.__new__(): not enough arguments", typ.Name)
			}
			if !IsType(args[0]) {
				return nil, t.Errorf(TypeErrorType, "%s.__new__(X): X is not a type object (%s)", typ.Name, args[0].typ.Name)
			}
			sub := AsType(args[0])
			if !IsSubtype(sub, typ) {
				return nil, t.Errorf(TypeErrorType, "%s.__new__(%s): %s is not a subtype of %s", typ.Name, sub.Name, sub.Name, typ.Name)
			}
			if err := CheckNewSafe(t, typ, sub, f); err != nil {
				return nil, err
			}
			return f(t, sub, args[1:], kw)
		})
	}
	if f := typ.Repr; f != nil {
		unary("__repr__", f)
	}
	if f := typ.Str; f != nil {
		unary("__str__", f)
	}
	if f := typ.Hash; f != nil {
		unary("__hash__", func(t *Thread, o *Object) (*Object, error) {
			h, err := f(t, o)
			if err != nil {
				return nil, err
			}
			return NewInt(t, h), nil
		})
	}
	if f := typ.Len; f != nil {
		unary("__len__", func(t *Thread, o *Object) (*Object, error) {
			n, err := f(t, o)
			if err != nil {
				return nil, err
			}
			return NewInt(t, int64(n)), nil
		})
	}
	if f := typ.Bool; f != nil {
		unary("__bool__", func(t *Thread, o *Object) (*Object, error) {
			b, err := f(t, o)
			return NewBool(b), err
		})
	}
	if f := typ.Iter; f != nil {
		unary("__iter__", f)
	}
	if f := typ.Next; f != nil {
		unary("__next__", func(t *Thread, o *Object) (*Object, error) {
			v, err := f(t, o)
			if err == nil && v == nil {
				return nil, t.NewException(StopIterationType)
			}
			return v, err
		})
	}
	if f := typ.GetItem; f != nil {
		binary("__getitem__", f, false)
	}
	// setAndDelete adds the wrappers of a slot that stores (v) or deletes
	// (nil): __setitem__/__delitem__, __set__/__delete__.
	setAndDelete := func(set, del string, f func(t *Thread, o, a, v *Object) error) {
		add(set, InstanceMethod, func(t *Thread, self *Object, args []*Object, kw *Tuple) (*Object, error) {
			if err := wrapperArgCount(t, set, args, kw, 2); err != nil {
				return nil, err
			}
			return None, f(t, self, args[0], args[1])
		})
		add(del, InstanceMethod, func(t *Thread, self *Object, args []*Object, kw *Tuple) (*Object, error) {
			if err := wrapperArgCount(t, del, args, kw, 1); err != nil {
				return nil, err
			}
			return None, f(t, self, args[0], nil)
		})
	}
	if f := typ.SetItem; f != nil {
		setAndDelete("__setitem__", "__delitem__", f)
	}
	if f := typ.Contains; f != nil {
		add("__contains__", InstanceMethod, func(t *Thread, self *Object, args []*Object, kw *Tuple) (*Object, error) {
			if err := wrapperArgCount(t, "__contains__", args, kw, 1); err != nil {
				return nil, err
			}
			b, err := f(t, self, args[0])
			return NewBool(b), err
		})
	}
	if f := typ.Call; f != nil {
		add("__call__", InstanceMethod, func(t *Thread, self *Object, args []*Object, kw *Tuple) (*Object, error) {
			return f(t, self, args, kw)
		})
	}
	if f := typ.DescrGet; f != nil {
		add("__get__", InstanceMethod, func(t *Thread, self *Object, args []*Object, kw *Tuple) (*Object, error) {
			if err := NoKeywords(t, "wrapper __get__", kw); err != nil {
				return nil, err
			}
			switch {
			case len(args) < 1:
				return nil, t.Errorf(TypeErrorType, " expected at least 1 argument, got %d", len(args))
			case len(args) > 2:
				return nil, t.Errorf(TypeErrorType, " expected at most 2 arguments, got %d", len(args))
			}
			obj := args[0]
			if obj == None {
				obj = nil
			}
			var owner *Type
			if len(args) == 2 && args[1] != None {
				if !IsType(args[1]) {
					return nil, t.Errorf(TypeErrorType, "__get__(None, None) is invalid")
				}
				owner = AsType(args[1])
			}
			if obj == nil && owner == nil {
				return nil, t.Errorf(TypeErrorType, "__get__(None, None) is invalid")
			}
			if owner == nil {
				// CPython passes a NULL type; the descriptors here
				// expect one, and every one of them would use the
				// instance's.
				owner = obj.typ
			}
			return f(t, self, obj, owner)
		})
	}
	if f := typ.DescrSet; f != nil {
		setAndDelete("__set__", "__delete__", f)
	}
	if f := typ.Compare; f != nil {
		for op, name := range []string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"} {
			op := CompareOp(op)
			binary(name, func(t *Thread, a, b *Object) (*Object, error) { return f(t, a, b, op) }, false)
		}
	}
	if f := typ.Concat; f != nil {
		binary("__add__", f, false)
	}
	if f := typ.Repeat; f != nil {
		// The wrapper is the static type's: a subclass instance reaches
		// it through list.__mul__ whatever the subclass's own slots.
		repeat := func(t *Thread, a, b *Object) (*Object, error) { return sequenceRepeat(t, f, a, b) }
		binary("__mul__", repeat, false)
		binary("__rmul__", repeat, false)
	}
	if n := typ.Number; n != nil {
		ops := []struct {
			name, rname string
			f           func(t *Thread, a, b *Object) (*Object, error)
		}{
			{"__add__", "__radd__", n.Add}, {"__sub__", "__rsub__", n.Sub}, {"__mul__", "__rmul__", n.Mul},
			{"__truediv__", "__rtruediv__", n.TrueDiv}, {"__floordiv__", "__rfloordiv__", n.FloorDiv},
			{"__mod__", "__rmod__", n.Mod}, {"__pow__", "__rpow__", n.Pow}, {"__lshift__", "__rlshift__", n.LShift},
			{"__rshift__", "__rrshift__", n.RShift}, {"__and__", "__rand__", n.And}, {"__or__", "__ror__", n.Or},
			{"__xor__", "__rxor__", n.Xor}, {"__divmod__", "__rdivmod__", n.DivMod}, {"__matmul__", "__rmatmul__", n.MatMul},
		}
		for _, op := range ops {
			if op.name == "__pow__" && n.Pow3 != nil {
				continue
			}
			binary(op.name, op.f, false)
			binary(op.rname, op.f, true)
		}
		// In-place operators: a subclass's += reaches them through these
		// (list.__iadd__ extends the instance itself).
		for _, op := range []struct {
			name string
			f    func(t *Thread, a, b *Object) (*Object, error)
		}{
			{"__iadd__", n.InplaceAdd}, {"__isub__", n.InplaceSub}, {"__imul__", n.InplaceMul},
			{"__ior__", n.InplaceOr}, {"__iand__", n.InplaceAnd}, {"__ixor__", n.InplaceXor},
			{"__imatmul__", n.InplaceMatMul}, {"__itruediv__", n.InplaceTrueDiv}, {"__ifloordiv__", n.InplaceFloorDiv},
			{"__imod__", n.InplaceMod}, {"__ipow__", n.InplacePow}, {"__ilshift__", n.InplaceLShift},
			{"__irshift__", n.InplaceRShift},
		} {
			if op.f != nil {
				binary(op.name, op.f, false)
			}
		}
		if pow, pow3 := n.Pow, n.Pow3; pow != nil && pow3 != nil {
			// __pow__ and __rpow__ take an optional modulus.
			ternary := func(name string, reflected bool) {
				add(name, InstanceMethod, func(t *Thread, self *Object, args []*Object, kw *Tuple) (*Object, error) {
					if err := NoKeywords(t, "wrapper "+name, kw); err != nil {
						return nil, err
					}
					switch {
					case len(args) < 1:
						return nil, t.Errorf(TypeErrorType, " expected at least 1 argument, got %d", len(args))
					case len(args) > 2:
						return nil, t.Errorf(TypeErrorType, " expected at most 2 arguments, got %d", len(args))
					}
					a, b := self, args[0]
					if reflected {
						a, b = b, a
					}
					if len(args) == 2 && args[1] != None {
						return pow3(t, a, b, args[1])
					}
					return pow(t, a, b)
				})
			}
			ternary("__pow__", false)
			ternary("__rpow__", true)
		}
		for name, f := range map[string]func(t *Thread, a *Object) (*Object, error){
			"__neg__": n.Neg, "__pos__": n.Pos, "__abs__": n.Abs, "__invert__": n.Invert,
			"__index__": n.Index, "__int__": n.Int, "__float__": n.Float,
		} {
			if f != nil {
				unary(name, f)
			}
		}
	}
}

// wrapperArgCount checks the arguments of a slot wrapper that takes n
// positional arguments, with CPython's messages.
func wrapperArgCount(t *Thread, name string, args []*Object, kw *Tuple, n int) error {
	if err := NoKeywords(t, "wrapper "+name, kw); err != nil {
		return err
	}
	if len(args) == n {
		return nil
	}
	if name == "__setitem__" || name == "__set__" {
		// Unpacked like a tuple with an empty function name.
		return t.Errorf(TypeErrorType, " expected %d argument%s, got %d", n, plural(n), len(args))
	}
	return t.Errorf(TypeErrorType, "expected %d argument%s, got %d", n, plural(n), len(args))
}
