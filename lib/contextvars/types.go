package contextvars

import (
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func noneRef(t *object.Thread) *object.Object { return t.NewRef(object.None) }

func varRepr(t *object.Thread, o *object.Object) (string, error) {
	v := asVar(o)
	name, err := object.ReprString(t, v.name)
	if err != nil {
		return "", err
	}
	s := "<ContextVar name=" + name
	if v.def != nil {
		d, err := object.ReprString(t, v.def)
		if err != nil {
			return "", err
		}
		s += " default=" + d
	}
	return s + " at " + vm.Addr(o) + ">", nil
}

func tokenRepr(t *object.Thread, o *object.Object) (string, error) {
	tok := asToken(o)
	vr, err := varRepr(t, tok.v)
	if err != nil {
		return "", err
	}
	used := ""
	if tok.used.Load() {
		used = " used"
	}
	return "<Token" + used + " var=" + vr + " at " + vm.Addr(o) + ">", nil
}

// tokenError is a ValueError or RuntimeError naming the token.
func tokenError(t *object.Thread, typ *object.Type, tok *object.Object, what string) error {
	r, err := tokenRepr(t, tok)
	if err != nil {
		return err
	}
	return t.Errorf(typ, "%s %s", r, what)
}

func checkVar(t *object.Thread, key *object.Object) error {
	if key.Type() != varType {
		r, err := object.ReprString(t, key)
		if err != nil {
			return err
		}
		return t.Errorf(object.TypeErrorType, "a ContextVar key was expected, got %s", r)
	}
	return nil
}

func varGet(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "get", args, kw, 0, 1); err != nil {
		return nil, err
	}
	if v := current(t).lookup(t, self); v != nil {
		return v, nil
	}
	if len(args) == 1 {
		return t.NewRef(args[0]), nil
	}
	if d := asVar(self).def; d != nil {
		return t.NewRef(d), nil
	}
	r, err := varRepr(t, self)
	if err != nil {
		return nil, err
	}
	return nil, t.NewException(object.LookupErrorType, object.NewStr(t, r))
}

func varSet(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "set", args, kw, 1, 1); err != nil {
		return nil, err
	}
	c := current(t)
	m := c.snapshot(t)
	var old *object.Object
	if x, ok := m[self]; ok {
		old = t.NewRef(x)
		t.Decref(x)
		m[self] = t.NewRef(args[0]) // the key keeps the snapshot's reference
	} else {
		m[t.NewRef(self)] = t.NewRef(args[0])
	}
	c.replace(t, m)
	tok := &Token{ctx: t.NewRef(&c.Object), v: t.NewRef(self), old: old}
	t.Init(&tok.Object, tokenType)
	t.Track(&tok.Object)
	return &tok.Object, nil
}

func varReset(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "reset", args, kw, 1, 1); err != nil {
		return nil, err
	}
	if args[0].Type() != tokenType {
		return nil, t.Errorf(object.TypeErrorType, "expected an instance of Token, got %s", args[0].Type().Name)
	}
	tok := asToken(args[0])
	if tok.used.Load() {
		return nil, tokenError(t, object.RuntimeErrorType, args[0], "has already been used once")
	}
	if tok.v != self {
		return nil, tokenError(t, object.ValueErrorType, args[0], "was created by a different ContextVar")
	}
	c := current(t)
	if tok.ctx != &c.Object {
		return nil, tokenError(t, object.ValueErrorType, args[0], "was created in a different Context")
	}
	tok.used.Store(true)
	m := c.snapshot(t)
	if x, ok := m[self]; ok {
		t.Decref(x)
		if tok.old != nil {
			m[self] = t.NewRef(tok.old)
		} else {
			delete(m, self)
			t.Decref(self)
		}
	} else if tok.old != nil {
		m[t.NewRef(self)] = t.NewRef(tok.old)
	}
	c.replace(t, m)
	return noneRef(t), nil
}

// run is Context.run(callable, *args, **kwargs): callable runs with c
// as the thread's current context.
func contextRun(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	npos := len(args)
	if kw != nil {
		npos -= len(kw.Items)
	}
	if npos < 1 {
		return nil, t.Errorf(object.TypeErrorType, "run() missing 1 required positional argument")
	}
	c := asContext(self)
	if !c.entered.CompareAndSwap(false, true) {
		return nil, t.Errorf(object.RuntimeErrorType, "cannot enter context: <_contextvars.Context object at %s> is already entered", vm.Addr(self))
	}
	prev := t.NewRef(&current(t).Object)
	setCurrent(t, c)
	r, err := object.Call(t, args[0], args[1:], kw)
	setCurrent(t, asContext(prev))
	t.Decref(prev)
	c.entered.Store(false)
	return r, err
}

func contextGet(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var key, def *object.Object
	if err := object.ParseArgs(t, "get", args, kw, []string{"key", "default"}, 1, &key, &def); err != nil {
		return nil, err
	}
	if err := checkVar(t, key); err != nil {
		return nil, err
	}
	if v := asContext(self).lookup(t, key); v != nil {
		return v, nil
	}
	if def == nil {
		return noneRef(t), nil
	}
	return t.NewRef(def), nil
}

// listOf returns the context's keys, values or (key, value) pairs.
func listOf(t *object.Thread, c *Context, what int) *object.Object {
	m := c.snapshot(t)
	items := make([]*object.Object, 0, len(m))
	for k, v := range m {
		switch what {
		case 0:
			items = append(items, k)
			t.Decref(v)
		case 1:
			items = append(items, v)
			t.Decref(k)
		default:
			items = append(items, object.NewTuple(t, []*object.Object{k, v}).Obj())
		}
	}
	return object.NewList(t, items).Obj()
}

func view(name string, what int) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "Context."+name, args, kw, 0, 0); err != nil {
			return nil, err
		}
		l := listOf(t, asContext(self), what)
		defer t.Decref(l)
		return object.Iter(t, l)
	}}
}

func init() {
	contextType.New = func(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if len(args) > 0 {
			return nil, t.Errorf(object.TypeErrorType, "Context() does not accept any arguments")
		}
		return &newContext(t, map[*object.Object]*object.Object{}).Object, nil
	}
	contextType.Hash = nil
	contextType.Len = func(t *object.Thread, o *object.Object) (int, error) {
		c := asContext(o)
		c.mu.Lock()
		defer c.mu.Unlock()
		return len(c.vars), nil
	}
	contextType.GetItem = func(t *object.Thread, o, key *object.Object) (*object.Object, error) {
		if err := checkVar(t, key); err != nil {
			return nil, err
		}
		if v := asContext(o).lookup(t, key); v != nil {
			return v, nil
		}
		return nil, t.KeyError(key)
	}
	contextType.Contains = func(t *object.Thread, o, key *object.Object) (bool, error) {
		if err := checkVar(t, key); err != nil {
			return false, err
		}
		v := asContext(o).lookup(t, key)
		t.XDecref(v)
		return v != nil, nil
	}
	contextType.Iter = func(t *object.Thread, o *object.Object) (*object.Object, error) {
		l := listOf(t, asContext(o), 0)
		defer t.Decref(l)
		return object.Iter(t, l)
	}
	contextType.Compare = func(t *object.Thread, a, b *object.Object, op object.CompareOp) (*object.Object, error) {
		if b.Type() != contextType || (op != object.EQ && op != object.NE) {
			return t.NewRef(object.NotImplemented), nil
		}
		x, y := asContext(a).snapshot(t), asContext(b).snapshot(t)
		defer dropMap(t, x)
		defer dropMap(t, y)
		eq := len(x) == len(y)
		for k, v := range x {
			if !eq {
				break
			}
			w, ok := y[k]
			if !ok {
				eq = false
				break
			}
			same, err := object.RichCompareBool(t, v, w, object.EQ)
			if err != nil {
				return nil, err
			}
			eq = same
		}
		return object.NewBool(eq == (op == object.EQ)), nil
	}
	contextType.Traverse = func(o *object.Object, visit object.Visitor) {
		for k, v := range asContext(o).vars {
			visit(k)
			visit(v)
		}
	}
	contextType.Clear = func(t *object.Thread, o *object.Object) { asContext(o).replace(t, nil) }
	contextType.Dealloc = contextType.Clear
	object.ReadyType(contextType, []object.MethodDef{
		{Name: "run", Fn: contextRun},
		{Name: "copy", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			if err := object.CheckArgCount(t, "Context.copy", args, kw, 0, 0); err != nil {
				return nil, err
			}
			return &newContext(t, asContext(self).snapshot(t)).Object, nil
		}},
		{Name: "get", Fn: contextGet},
		view("keys", 0), view("values", 1), view("items", 2),
	}, nil)

	varType.New = func(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		npos := len(args)
		if kw != nil {
			npos -= len(kw.Items)
		}
		if npos > 1 {
			return nil, t.Errorf(object.TypeErrorType, "ContextVar() takes at most 1 positional argument (%d given)", npos)
		}
		var name, def *object.Object
		if err := object.ParseArgs(t, "ContextVar", args, kw, []string{"name", "$default"}, 1, &name, &def); err != nil {
			return nil, err
		}
		if !object.IsStr(name) {
			return nil, t.Errorf(object.TypeErrorType, "context variable name must be a str")
		}
		v := &ContextVar{name: t.NewRef(name)}
		if def != nil {
			v.def = t.NewRef(def)
		}
		t.Init(&v.Object, typ)
		t.Track(&v.Object)
		return &v.Object, nil
	}
	varType.Repr = func(t *object.Thread, o *object.Object) (*object.Object, error) {
		s, err := varRepr(t, o)
		if err != nil {
			return nil, err
		}
		return object.NewStr(t, s), nil
	}
	varType.Traverse = func(o *object.Object, visit object.Visitor) {
		v := asVar(o)
		for _, x := range []*object.Object{v.name, v.def} {
			if x != nil {
				visit(x)
			}
		}
	}
	varType.Clear = func(t *object.Thread, o *object.Object) {
		v := asVar(o)
		n, d := v.name, v.def
		v.name, v.def = nil, nil
		t.XDecref(n)
		t.XDecref(d)
	}
	varType.Dealloc = varType.Clear
	object.ReadyType(varType, []object.MethodDef{
		{Name: "get", Fn: varGet}, {Name: "set", Fn: varSet}, {Name: "reset", Fn: varReset},
		object.ClassGetItemDef,
	}, []object.GetSetDef{{Name: "name", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return t.NewRef(asVar(o).name), nil
	}}})

	tokenType.New = func(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		return nil, t.Errorf(object.RuntimeErrorType, "Tokens can only be created by ContextVars")
	}
	tokenType.Repr = func(t *object.Thread, o *object.Object) (*object.Object, error) {
		s, err := tokenRepr(t, o)
		if err != nil {
			return nil, err
		}
		return object.NewStr(t, s), nil
	}
	tokenType.Traverse = func(o *object.Object, visit object.Visitor) {
		tok := asToken(o)
		for _, x := range []*object.Object{tok.ctx, tok.v, tok.old} {
			if x != nil {
				visit(x)
			}
		}
	}
	tokenType.Clear = func(t *object.Thread, o *object.Object) {
		tok := asToken(o)
		c, v, old := tok.ctx, tok.v, tok.old
		tok.ctx, tok.v, tok.old = nil, nil, nil
		t.XDecref(c)
		t.XDecref(v)
		t.XDecref(old)
	}
	tokenType.Dealloc = tokenType.Clear
	object.ReadyType(tokenType, []object.MethodDef{object.ClassGetItemDef}, []object.GetSetDef{
		{Name: "var", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) { return t.NewRef(asToken(o).v), nil }},
		{Name: "old_value", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
			if old := asToken(o).old; old != nil {
				return t.NewRef(old), nil
			}
			return t.NewRef(missing), nil
		}},
	})
	missingType.Repr = func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewStr(t, "<Token.MISSING>"), nil
	}
	object.ReadyType(missingType, nil, nil)
}
