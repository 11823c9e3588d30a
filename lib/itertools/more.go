package itertools

import (
	"github.com/ftpy/ftpy/object"
)

// grab returns a new reference to *p, read under the object's lock, or
// nil.
func grab(t *object.Thread, self *itObj, p **object.Object) *object.Object {
	self.mu.Lock()
	defer self.mu.Unlock()
	if o := *p; o != nil {
		return t.NewRef(o)
	}
	return nil
}

// release drops *p under the object's lock (the decref happens after).
func release(t *object.Thread, self *itObj, p **object.Object) {
	self.mu.Lock()
	o := *p
	*p = nil
	self.mu.Unlock()
	t.XDecref(o)
}

// replace stores v (a new reference) in *p, dropping the old value.
func replace(t *object.Thread, self *itObj, p **object.Object, v *object.Object) {
	self.mu.Lock()
	o := *p
	*p = v
	self.mu.Unlock()
	t.XDecref(o)
}

func call1(t *object.Thread, fn, x *object.Object) (*object.Object, error) {
	return object.Call(t, fn, []*object.Object{x}, nil)
}

// ---- zip_longest ----

type zipLongestImpl struct {
	its    []*object.Object // nil entries are exhausted
	active int
	fill   *object.Object
}

var zipLongestType = newIterType("zip_longest", "Return a zip_longest object whose .__next__() method returns a tuple.",
	func(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (iterImpl, error) {
		var fill *object.Object
		if kw != nil {
			for k, kn := range kw.Items {
				if object.StrValue(kn) != "fillvalue" {
					return nil, t.Errorf(object.TypeErrorType, "zip_longest() got an unexpected keyword argument")
				}
				fill = args[npos(args, kw)+k]
			}
		}
		if fill == nil {
			fill = object.None
		}
		its, err := iterAll(t, args[:npos(args, kw)])
		if err != nil {
			return nil, err
		}
		return &zipLongestImpl{its: its, active: len(its), fill: t.NewRef(fill)}, nil
	})

func (z *zipLongestImpl) next(t *object.Thread, self *itObj) (*object.Object, error) {
	self.mu.Lock()
	if len(z.its) == 0 || z.active == 0 {
		self.mu.Unlock()
		return nil, nil
	}
	its := make([]*object.Object, len(z.its))
	for i, it := range z.its {
		if it != nil {
			its[i] = t.NewRef(it)
		}
	}
	fill := t.NewRef(z.fill)
	self.mu.Unlock()
	defer func() {
		for _, it := range its {
			t.XDecref(it)
		}
		t.Decref(fill)
	}()
	items := make([]*object.Object, len(its))
	fail := func() {
		for _, x := range items {
			t.XDecref(x)
		}
	}
	for i, it := range its {
		var v *object.Object
		if it != nil {
			var err error
			v, err = object.Next(t, it)
			if err != nil {
				fail()
				return nil, err
			}
			if v == nil {
				self.mu.Lock()
				old := z.its[i]
				if old != nil {
					z.its[i] = nil
					z.active--
				}
				active := z.active
				self.mu.Unlock()
				t.XDecref(old)
				if active == 0 {
					fail()
					return nil, nil
				}
			}
		}
		if v == nil {
			v = t.NewRef(fill)
		}
		items[i] = v
	}
	return newTuple(t, items), nil
}

func (z *zipLongestImpl) traverse(visit object.Visitor) {
	visitAll(z.its, visit)
	visitOpt(z.fill, visit)
}
func (z *zipLongestImpl) clear(t *object.Thread) {
	dropAll(t, &z.its)
	z.active = 0
	drop(t, &z.fill)
}

// ---- accumulate ----

type accumulateImpl struct {
	it, fn, total, initial *object.Object
}

var accumulateType = newIterType("accumulate", "Return series of accumulated sums (or other binary function results).",
	func(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (iterImpl, error) {
		if kw != nil {
			for _, k := range kw.Items {
				if s := object.StrValue(k); s != "iterable" && s != "func" && s != "initial" {
					return nil, t.Errorf(object.TypeErrorType, "'%s' is an invalid keyword argument for accumulate()", s)
				}
			}
		}
		var iterable, fn, initial *object.Object
		if err := object.ParseArgs(t, "accumulate", args, kw, []string{"iterable", "func", "$initial"}, 1, &iterable, &fn, &initial); err != nil {
			return nil, err
		}
		it, err := object.Iter(t, iterable)
		if err != nil {
			return nil, err
		}
		a := &accumulateImpl{it: it}
		if fn != nil && fn != object.None {
			a.fn = t.NewRef(fn)
		}
		if initial != nil && initial != object.None {
			a.initial = t.NewRef(initial)
		}
		return a, nil
	})

func (a *accumulateImpl) next(t *object.Thread, self *itObj) (*object.Object, error) {
	if init := grab(t, self, &a.initial); init != nil {
		release(t, self, &a.initial)
		replace(t, self, &a.total, t.NewRef(init))
		return init, nil
	}
	it := grab(t, self, &a.it)
	if it == nil {
		return nil, nil
	}
	v, err := object.Next(t, it)
	t.Decref(it)
	if err != nil || v == nil {
		if v == nil && err == nil {
			release(t, self, &a.it)
		}
		return nil, err
	}
	total := grab(t, self, &a.total)
	if total != nil {
		fn := grab(t, self, &a.fn)
		var nv *object.Object
		if fn != nil {
			nv, err = object.Call(t, fn, []*object.Object{total, v}, nil)
			t.Decref(fn)
		} else {
			nv, err = object.BinaryOperation(t, total, v, object.OpAdd)
		}
		t.Decref(total)
		t.Decref(v)
		if err != nil {
			return nil, err
		}
		v = nv
	}
	replace(t, self, &a.total, t.NewRef(v))
	return v, nil
}

func (a *accumulateImpl) traverse(visit object.Visitor) {
	visitOpt(a.it, visit)
	visitOpt(a.fn, visit)
	visitOpt(a.total, visit)
	visitOpt(a.initial, visit)
}
func (a *accumulateImpl) clear(t *object.Thread) {
	drop(t, &a.it)
	drop(t, &a.fn)
	drop(t, &a.total)
	drop(t, &a.initial)
}

// ---- starmap, takewhile, dropwhile, filterfalse, compress, pairwise ----

// predImpl is the state of the iterators made of a function and an
// iterator.
type predImpl struct {
	fn, it *object.Object
	flag   bool           // takewhile: stopped; dropwhile: done dropping
	kind   int            // which iterator
	sel    *object.Object // compress: the selectors iterator
	old    *object.Object // pairwise: the previous item
}

const (
	kStarmap = iota
	kTakewhile
	kDropwhile
	kFilterfalse
	kCompress
	kPairwise
)

func predNew(name string, kind int) newFunc {
	return func(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (iterImpl, error) {
		if err := object.NoKeywords(t, name, kw); err != nil {
			return nil, err
		}
		if err := object.CheckArgCount(t, name, args, nil, 2, 2); err != nil {
			return nil, err
		}
		it, err := object.Iter(t, args[1])
		if err != nil {
			return nil, err
		}
		return &predImpl{fn: t.NewRef(args[0]), it: it, kind: kind}, nil
	}
}

func (p *predImpl) truth(t *object.Thread, fn, v *object.Object) (bool, error) {
	if fn == object.None {
		return object.IsTrue(t, v)
	}
	r, err := call1(t, fn, v)
	if err != nil {
		return false, err
	}
	defer t.Decref(r)
	return object.IsTrue(t, r)
}

func (p *predImpl) next(t *object.Thread, self *itObj) (*object.Object, error) {
	it := grab(t, self, &p.it)
	if it == nil {
		return nil, nil
	}
	defer t.Decref(it)
	fn := grab(t, self, &p.fn)
	defer t.XDecref(fn)
	for {
		self.mu.Lock()
		flag := p.flag
		self.mu.Unlock()
		if p.kind == kTakewhile && flag {
			return nil, nil
		}
		v, err := object.Next(t, it)
		if err != nil {
			return nil, err
		}
		if v == nil {
			if p.kind == kPairwise {
				release(t, self, &p.old)
			}
			release(t, self, &p.it)
			return nil, nil
		}
		switch p.kind {
		case kStarmap:
			args, err := object.SequenceItems(t, v)
			t.Decref(v)
			if err != nil {
				return nil, err
			}
			r, err := object.Call(t, fn, args, nil)
			for _, a := range args {
				t.Decref(a)
			}
			return r, err
		case kTakewhile:
			ok, err := p.truth(t, fn, v)
			if err != nil || !ok {
				t.Decref(v)
				if err == nil {
					self.mu.Lock()
					p.flag = true
					self.mu.Unlock()
				}
				return nil, err
			}
			return v, nil
		case kDropwhile:
			if flag {
				return v, nil
			}
			ok, err := p.truth(t, fn, v)
			if err != nil {
				t.Decref(v)
				return nil, err
			}
			if !ok {
				self.mu.Lock()
				p.flag = true
				self.mu.Unlock()
				return v, nil
			}
			t.Decref(v)
		case kFilterfalse:
			ok, err := p.truth(t, fn, v)
			if err != nil {
				t.Decref(v)
				return nil, err
			}
			if !ok {
				return v, nil
			}
			t.Decref(v)
		case kCompress:
			sel := grab(t, self, &p.sel)
			if sel == nil {
				t.Decref(v)
				return nil, nil
			}
			s, err := object.Next(t, sel)
			t.Decref(sel)
			if err != nil || s == nil {
				t.Decref(v)
				if s == nil && err == nil {
					release(t, self, &p.it)
					release(t, self, &p.sel)
				}
				return nil, err
			}
			ok, err := object.IsTrue(t, s)
			t.Decref(s)
			if err != nil {
				t.Decref(v)
				return nil, err
			}
			if ok {
				return v, nil
			}
			t.Decref(v)
		case kPairwise:
			old := grab(t, self, &p.old)
			if old == nil {
				// First item: read one more.
				replace(t, self, &p.old, v)
				continue
			}
			replace(t, self, &p.old, t.NewRef(v))
			return newTuple(t, []*object.Object{old, v}), nil
		}
	}
}

func (p *predImpl) traverse(visit object.Visitor) {
	visitOpt(p.fn, visit)
	visitOpt(p.it, visit)
	visitOpt(p.sel, visit)
	visitOpt(p.old, visit)
}
func (p *predImpl) clear(t *object.Thread) {
	drop(t, &p.fn)
	drop(t, &p.it)
	drop(t, &p.sel)
	drop(t, &p.old)
}

var (
	starmapType = newIterType("starmap", "Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence.",
		predNew("starmap", kStarmap))
	takewhileType = newIterType("takewhile", "Return successive entries from an iterable as long as the predicate evaluates to true for each entry.",
		predNew("takewhile", kTakewhile))
	dropwhileType = newIterType("dropwhile", "Drop items from the iterable while predicate(item) is true.",
		predNew("dropwhile", kDropwhile))
	filterfalseType = newIterType("filterfalse", "Return those items of iterable for which function(item) is false.",
		predNew("filterfalse", kFilterfalse))
	compressType = newIterType("compress", "Return data elements corresponding to true selector elements.",
		func(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (iterImpl, error) {
			var data, sel *object.Object
			if err := object.ParseArgs(t, "compress", args, kw, []string{"data", "selectors"}, 2, &data, &sel); err != nil {
				return nil, err
			}
			it, err := object.Iter(t, data)
			if err != nil {
				return nil, err
			}
			st, err := object.Iter(t, sel)
			if err != nil {
				t.Decref(it)
				return nil, err
			}
			return &predImpl{it: it, sel: st, kind: kCompress}, nil
		})
	pairwiseType = newIterType("pairwise", "Return an iterator of overlapping pairs taken from the input iterator.",
		func(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (iterImpl, error) {
			if err := object.NoKeywords(t, "pairwise", kw); err != nil {
				return nil, err
			}
			if err := exactArgs(t, "pairwise", args, 1); err != nil {
				return nil, err
			}
			it, err := object.Iter(t, args[0])
			if err != nil {
				return nil, err
			}
			return &predImpl{it: it, kind: kPairwise}, nil
		})
)

func init() {
	for _, typ := range []*object.Type{zipLongestType, accumulateType, starmapType, takewhileType, dropwhileType, filterfalseType, compressType, pairwiseType} {
		object.ReadyType(typ, nil, nil)
	}
}
