package itertools

import (
	"github.com/ftpy/ftpy/object"
)

// ---- groupby ----

type groupbyImpl struct {
	it, keyfunc              *object.Object
	tgtkey, currkey, currval *object.Object
	gen                      uint64 // the current grouper's generation
}

var groupbyType = newIterType("groupby", "make an iterator that returns consecutive keys and groups from the iterable",
	func(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (iterImpl, error) {
		var iterable, key *object.Object
		if err := object.ParseArgs(t, "groupby", args, kw, []string{"iterable", "key"}, 1, &iterable, &key); err != nil {
			return nil, err
		}
		it, err := object.Iter(t, iterable)
		if err != nil {
			return nil, err
		}
		g := &groupbyImpl{it: it}
		if key != nil && key != object.None {
			g.keyfunc = t.NewRef(key)
		}
		return g, nil
	})

// step reads the next value and its key; ok is false at the end.
func (g *groupbyImpl) step(t *object.Thread, self *itObj) (bool, error) {
	it := grab(t, self, &g.it)
	if it == nil {
		return false, nil
	}
	v, err := object.Next(t, it)
	t.Decref(it)
	if err != nil || v == nil {
		return false, err
	}
	key := t.NewRef(v)
	if kf := grab(t, self, &g.keyfunc); kf != nil {
		k, err := call1(t, kf, v)
		t.Decref(kf)
		t.Decref(key)
		if err != nil {
			t.Decref(v)
			return false, err
		}
		key = k
	}
	replace(t, self, &g.currval, v)
	replace(t, self, &g.currkey, key)
	return true, nil
}

func (g *groupbyImpl) next(t *object.Thread, self *itObj) (*object.Object, error) {
	self.mu.Lock()
	g.gen++
	self.mu.Unlock()
	for {
		ck := grab(t, self, &g.currkey)
		if ck != nil {
			tk := grab(t, self, &g.tgtkey)
			if tk == nil {
				t.Decref(ck)
				break
			}
			eq, err := object.RichCompareBool(t, tk, ck, object.EQ)
			t.Decref(tk)
			t.Decref(ck)
			if err != nil {
				return nil, err
			}
			if !eq {
				break
			}
		}
		ok, err := g.step(t, self)
		if err != nil || !ok {
			return nil, err
		}
	}
	ck := grab(t, self, &g.currkey)
	replace(t, self, &g.tgtkey, t.NewRef(ck))
	self.mu.Lock()
	gen := g.gen
	self.mu.Unlock()
	gr := newItObj(t, grouperType, &grouperImpl{parent: t.NewRef(&self.Object), tgtkey: t.NewRef(ck), gen: gen})
	return newTuple(t, []*object.Object{ck, gr}), nil
}

func (g *groupbyImpl) traverse(visit object.Visitor) {
	visitOpt(g.it, visit)
	visitOpt(g.keyfunc, visit)
	visitOpt(g.tgtkey, visit)
	visitOpt(g.currkey, visit)
	visitOpt(g.currval, visit)
}
func (g *groupbyImpl) clear(t *object.Thread) {
	drop(t, &g.it)
	drop(t, &g.keyfunc)
	drop(t, &g.tgtkey)
	drop(t, &g.currkey)
	drop(t, &g.currval)
}

type grouperImpl struct {
	parent, tgtkey *object.Object
	gen            uint64
}

var grouperType = newIterType("_grouper", "", nil)

func (gr *grouperImpl) next(t *object.Thread, self *itObj) (*object.Object, error) {
	parent := grab(t, self, &gr.parent)
	if parent == nil {
		return nil, nil
	}
	defer t.Decref(parent)
	po := object.Cast[itObj](parent)
	g := implOf[groupbyImpl](parent)
	po.mu.Lock()
	stale := g.gen != gr.gen
	po.mu.Unlock()
	if stale {
		return nil, nil
	}
	cv := grab(t, po, &g.currval)
	if cv == nil {
		ok, err := g.step(t, po)
		if err != nil || !ok {
			return nil, err
		}
	} else {
		t.Decref(cv)
	}
	ck := grab(t, po, &g.currkey)
	tk := grab(t, self, &gr.tgtkey)
	if ck == nil || tk == nil {
		t.XDecref(ck)
		t.XDecref(tk)
		return nil, nil
	}
	eq, err := object.RichCompareBool(t, tk, ck, object.EQ)
	t.Decref(tk)
	t.Decref(ck)
	if err != nil || !eq {
		return nil, err
	}
	po.mu.Lock()
	v := g.currval
	g.currval = nil
	po.mu.Unlock()
	return v, nil
}

func (gr *grouperImpl) traverse(visit object.Visitor) {
	visitOpt(gr.parent, visit)
	visitOpt(gr.tgtkey, visit)
}
func (gr *grouperImpl) clear(t *object.Thread) {
	drop(t, &gr.parent)
	drop(t, &gr.tgtkey)
}

// ---- tee ----

// teeDataImpl is the buffer tee iterators share: the items read from
// the source so far.
type teeDataImpl struct {
	it  *object.Object
	buf []*object.Object
	// running is set while one tee iterator reads the source: a second
	// reader (the same thread re-entering, or another thread) gets
	// RuntimeError, as in CPython, rather than reading the source out of
	// order or waiting on a source that waits on it.
	running bool
}

func (d *teeDataImpl) next(t *object.Thread, self *itObj) (*object.Object, error) { return nil, nil }
func (d *teeDataImpl) traverse(visit object.Visitor)                              { visitOpt(d.it, visit); visitAll(d.buf, visit) }
func (d *teeDataImpl) clear(t *object.Thread) {
	drop(t, &d.it)
	dropAll(t, &d.buf)
}

var teeDataType = newIterType("_tee_dataobject", "", nil)

type teeImpl struct {
	data  *object.Object
	index int
}

func newTeeFrom(t *object.Thread, iterable *object.Object) (*object.Object, error) {
	it, err := object.Iter(t, iterable)
	if err != nil {
		return nil, err
	}
	if it.Type() == teeType {
		return it, nil
	}
	data := newItObj(t, teeDataType, &teeDataImpl{it: it})
	return newItObj(t, teeType, &teeImpl{data: data}), nil
}

var teeType = newIterType("_tee", "Iterator wrapped to make it copyable.",
	func(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (iterImpl, error) {
		if err := object.NoKeywords(t, "_tee", kw); err != nil {
			return nil, err
		}
		if err := object.CheckArgCount(t, "_tee", args, nil, 1, 1); err != nil {
			return nil, err
		}
		it, err := object.Iter(t, args[0])
		if err != nil {
			return nil, err
		}
		data := newItObj(t, teeDataType, &teeDataImpl{it: it})
		return &teeImpl{data: data}, nil
	})

func (te *teeImpl) next(t *object.Thread, self *itObj) (*object.Object, error) {
	data := grab(t, self, &te.data)
	if data == nil {
		return nil, nil
	}
	defer t.Decref(data)
	do := object.Cast[itObj](data)
	d := implOf[teeDataImpl](data)
	self.mu.Lock()
	idx := te.index
	self.mu.Unlock()
	do.mu.Lock()
	if idx < len(d.buf) {
		v := t.NewRef(d.buf[idx])
		do.mu.Unlock()
		self.mu.Lock()
		te.index++
		self.mu.Unlock()
		return v, nil
	}
	if d.running {
		do.mu.Unlock()
		return nil, t.Errorf(object.RuntimeErrorType, "cannot re-enter the tee iterator")
	}
	it := d.it
	if it == nil {
		do.mu.Unlock()
		return nil, nil
	}
	t.Incref(it)
	d.running = true
	do.mu.Unlock()
	v, err := object.Next(t, it)
	t.Decref(it)
	do.mu.Lock()
	d.running = false
	if err != nil {
		do.mu.Unlock()
		return nil, err
	}
	if v == nil {
		it = d.it
		d.it = nil
		do.mu.Unlock()
		t.XDecref(it)
		return nil, nil
	}
	d.buf = append(d.buf, t.NewRef(v))
	do.mu.Unlock()
	self.mu.Lock()
	te.index++
	self.mu.Unlock()
	return v, nil
}

func (te *teeImpl) traverse(visit object.Visitor) { visitOpt(te.data, visit) }
func (te *teeImpl) clear(t *object.Thread)        { drop(t, &te.data) }

func teeCopy(t *object.Thread, o *object.Object) *object.Object {
	x := object.Cast[itObj](o)
	te := implOf[teeImpl](o)
	x.mu.Lock()
	data, idx := te.data, te.index
	if data != nil {
		t.Incref(data)
	}
	x.mu.Unlock()
	return newItObj(t, teeType, &teeImpl{data: data, index: idx})
}

func init() {
	object.ReadyType(groupbyType, nil, nil)
	object.ReadyType(grouperType, nil, nil)
	object.ReadyType(teeDataType, nil, nil)
	object.ReadyType(teeType, []object.MethodDef{{Name: "__copy__", Doc: "Returns an independent iterator.",
		Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			if err := object.CheckArgCount(t, "__copy__", args, kw, 0, 0); err != nil {
				return nil, err
			}
			return teeCopy(t, self), nil
		}}}, nil)
	funcs = append(funcs, object.MethodDef{Name: "tee", Doc: "Returns a tuple of n independent iterators.",
		Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			if err := object.CheckArgCount(t, "tee", args, kw, 1, 2); err != nil {
				return nil, err
			}
			n := int64(2)
			if len(args) == 2 {
				var err error
				if n, err = asIndex(t, args[1]); err != nil {
					return nil, err
				}
				if n < 0 {
					return nil, t.Errorf(object.ValueErrorType, "n must be >= 0")
				}
			}
			if n == 0 {
				return newTuple(t, nil), nil
			}
			first, err := newTeeFrom(t, args[0])
			if err != nil {
				return nil, err
			}
			items := []*object.Object{first}
			for i := int64(1); i < n; i++ {
				items = append(items, teeCopy(t, first))
			}
			return newTuple(t, items), nil
		}})
}
