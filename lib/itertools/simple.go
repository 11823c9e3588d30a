package itertools

import (
	"sync"

	"github.com/ftpy/ftpy/object"
)

// ---- count ----

type countImpl struct {
	mu        sync.Mutex
	cur, step *object.Object
}

func isNumber(o *object.Object) bool {
	if object.IsInt(o) || object.IsFloat(o) {
		return true
	}
	typ := o.Type()
	return typ.Number != nil && (typ.Number.Add != nil || typ.Number.Index != nil || typ.Number.Float != nil || typ.Number.Int != nil)
}

var countType = newIterType("count", "Return a count object whose .__next__() method returns consecutive values.",
	func(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (iterImpl, error) {
		if kw != nil {
			for _, k := range kw.Items {
				if s := object.StrValue(k); s != "start" && s != "step" {
					return nil, t.Errorf(object.TypeErrorType, "'%s' is an invalid keyword argument for count()", s)
				}
			}
		}
		var start, step *object.Object
		if err := object.ParseArgs(t, "count", args, kw, []string{"start", "step"}, 0, &start, &step); err != nil {
			return nil, err
		}
		if start == nil {
			start = object.SmallInt(0)
		}
		if step == nil {
			step = object.SmallInt(1)
		}
		if !isNumber(start) || !isNumber(step) {
			return nil, t.Errorf(object.TypeErrorType, "a number is required")
		}
		c := &countImpl{cur: t.NewRef(start), step: t.NewRef(step)}
		return c, nil
	})

func (c *countImpl) next(t *object.Thread, _ *itObj) (*object.Object, error) {
	c.mu.Lock()
	cur, step := c.cur, c.step
	if cur == nil {
		c.mu.Unlock()
		return nil, nil
	}
	t.Incref(cur)
	t.Incref(step)
	c.mu.Unlock()
	defer t.Decref(step)
	nv, err := object.BinaryOperation(t, cur, step, object.OpAdd)
	if err != nil {
		t.Decref(cur)
		return nil, err
	}
	c.mu.Lock()
	old := c.cur
	c.cur = nv
	c.mu.Unlock()
	if old != nil {
		t.Decref(old)
	}
	return cur, nil
}

func (c *countImpl) traverse(visit object.Visitor) { visitOpt(c.cur, visit); visitOpt(c.step, visit) }
func (c *countImpl) clear(t *object.Thread) {
	c.mu.Lock()
	cur, step := c.cur, c.step
	c.cur, c.step = nil, nil
	c.mu.Unlock()
	t.XDecref(cur)
	t.XDecref(step)
}

// ---- cycle ----

type cycleImpl struct {
	it    *object.Object
	saved []*object.Object
	index int
	done  bool // the iterator is exhausted; replay saved
}

var cycleType = newIterType("cycle", "Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely.",
	func(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (iterImpl, error) {
		if err := object.NoKeywords(t, "cycle", kw); err != nil {
			return nil, err
		}
		if err := exactArgs(t, "cycle", args, 1); err != nil {
			return nil, err
		}
		it, err := object.Iter(t, args[0])
		if err != nil {
			return nil, err
		}
		return &cycleImpl{it: it}, nil
	})

func (c *cycleImpl) next(t *object.Thread, self *itObj) (*object.Object, error) {
	self.mu.Lock()
	if !c.done && c.it != nil {
		it := t.NewRef(c.it)
		self.mu.Unlock()
		v, err := object.Next(t, it)
		t.Decref(it)
		if err != nil {
			return nil, err
		}
		self.mu.Lock()
		if v != nil {
			c.saved = append(c.saved, t.NewRef(v))
			self.mu.Unlock()
			return v, nil
		}
		c.done = true
		old := c.it
		c.it = nil
		self.mu.Unlock()
		t.XDecref(old)
		self.mu.Lock()
	}
	defer self.mu.Unlock()
	if len(c.saved) == 0 {
		return nil, nil
	}
	if c.index >= len(c.saved) {
		c.index = 0
	}
	v := t.NewRef(c.saved[c.index])
	c.index++
	return v, nil
}

func (c *cycleImpl) traverse(visit object.Visitor) { visitOpt(c.it, visit); visitAll(c.saved, visit) }
func (c *cycleImpl) clear(t *object.Thread) {
	drop(t, &c.it)
	dropAll(t, &c.saved)
}

// ---- repeat ----

type repeatImpl struct {
	mu    sync.Mutex
	obj   *object.Object
	times int64 // -1: forever
}

var repeatType = newIterType("repeat", "repeat(object [,times]) -> create an iterator which returns the object\nfor the specified number of times.  If not specified, returns the object\nendlessly.",
	func(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (iterImpl, error) {
		var obj, times *object.Object
		if err := object.ParseArgs(t, "repeat", args, kw, []string{"object", "times"}, 1, &obj, &times); err != nil {
			return nil, err
		}
		r := &repeatImpl{times: -1}
		if times != nil {
			n, err := asIndex(t, times)
			if err != nil {
				return nil, err
			}
			if n < 0 {
				n = 0
			}
			r.times = n
		}
		r.obj = t.NewRef(obj)
		return r, nil
	})

// asIndex converts an integer argument, with CPython's message for
// other types.
func asIndex(t *object.Thread, o *object.Object) (int64, error) {
	if !object.IsInt(o) {
		if n := o.Type().Number; n == nil || n.Index == nil {
			return 0, t.Errorf(object.TypeErrorType, "'%s' object cannot be interpreted as an integer", o.Type().Name)
		}
	}
	return object.AsInt64(t, o)
}

func (r *repeatImpl) next(t *object.Thread, _ *itObj) (*object.Object, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.obj == nil || r.times == 0 {
		return nil, nil
	}
	if r.times > 0 {
		r.times--
	}
	return t.NewRef(r.obj), nil
}

func (r *repeatImpl) traverse(visit object.Visitor) { visitOpt(r.obj, visit) }
func (r *repeatImpl) clear(t *object.Thread) {
	r.mu.Lock()
	o := r.obj
	r.obj = nil
	r.mu.Unlock()
	t.XDecref(o)
}

// ---- chain ----

type chainImpl struct {
	source *object.Object // iterator over the iterables
	active *object.Object // current iterator
}

var chainType = newIterType("chain", "Return a chain object whose .__next__() method returns elements from the\nfirst iterable until it is exhausted, then elements from the next\niterable, until all of the iterables are exhausted.",
	func(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (iterImpl, error) {
		if err := object.NoKeywords(t, "chain", kw); err != nil {
			return nil, err
		}
		tup := object.NewTupleRefs(t, args...)
		src, err := object.Iter(t, tup.Obj())
		t.Decref(tup.Obj())
		if err != nil {
			return nil, err
		}
		return &chainImpl{source: src}, nil
	})

func (c *chainImpl) next(t *object.Thread, self *itObj) (*object.Object, error) {
	for {
		self.mu.Lock()
		active, source := c.active, c.source
		if active != nil {
			t.Incref(active)
		} else if source != nil {
			t.Incref(source)
		}
		self.mu.Unlock()
		if active != nil {
			v, err := object.Next(t, active)
			t.Decref(active)
			if err != nil || v != nil {
				return v, err
			}
			self.mu.Lock()
			var old *object.Object
			if c.active == active {
				old, c.active = c.active, nil
			}
			self.mu.Unlock()
			t.XDecref(old)
			continue
		}
		if source == nil {
			return nil, nil
		}
		iterable, err := object.Next(t, source)
		t.Decref(source)
		if err != nil {
			return nil, err
		}
		if iterable == nil {
			self.mu.Lock()
			old := c.source
			c.source = nil
			self.mu.Unlock()
			t.XDecref(old)
			return nil, nil
		}
		it, err := object.Iter(t, iterable)
		t.Decref(iterable)
		if err != nil {
			return nil, err
		}
		self.mu.Lock()
		old := c.active
		c.active = it
		self.mu.Unlock()
		t.XDecref(old)
	}
}

func (c *chainImpl) traverse(visit object.Visitor) {
	visitOpt(c.source, visit)
	visitOpt(c.active, visit)
}
func (c *chainImpl) clear(t *object.Thread) {
	drop(t, &c.source)
	drop(t, &c.active)
}

// ---- islice ----

type isliceImpl struct {
	it                *object.Object
	next_, stop, step int64 // stop -1: none
	cnt               int64
}

var isliceType = newIterType("islice", "islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object",
	func(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (iterImpl, error) {
		if err := object.NoKeywords(t, "islice", kw); err != nil {
			return nil, err
		}
		if err := object.CheckArgCount(t, "islice", args, nil, 2, 4); err != nil {
			return nil, err
		}
		s := &isliceImpl{stop: -1, step: 1}
		const stopMsg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
		const idxMsg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
		conv := func(o *object.Object, msg string, def int64) (int64, error) {
			if o == object.None {
				return def, nil
			}
			if object.IsInt(o) || (o.Type().Number != nil && o.Type().Number.Index != nil) {
				n, err := object.AsInt64(t, o)
				if err == nil && n >= 0 {
					return n, nil
				}
				if err != nil && !object.ErrorMatches(err, object.OverflowErrorType) {
					return 0, err
				}
				t.DropError(err)
			}
			return 0, t.Errorf(object.ValueErrorType, "%s", msg)
		}
		var err error
		if len(args) == 2 {
			if s.stop, err = conv(args[1], stopMsg, -1); err != nil {
				return nil, err
			}
		} else {
			if s.next_, err = conv(args[1], idxMsg, 0); err != nil {
				return nil, err
			}
			if s.stop, err = conv(args[2], stopMsg, -1); err != nil {
				return nil, err
			}
			if len(args) == 4 {
				step := args[3]
				if step != object.None {
					n, err := conv(step, "Step for islice() must be a positive integer or None.", 1)
					if err != nil {
						if object.ErrorMatches(err, object.ValueErrorType) {
							t.DropError(err)
							return nil, t.Errorf(object.ValueErrorType, "Step for islice() must be a positive integer or None.")
						}
						return nil, err
					}
					if n == 0 {
						return nil, t.Errorf(object.ValueErrorType, "Step for islice() must be a positive integer or None.")
					}
					s.step = n
				}
			}
		}
		it, err := object.Iter(t, args[0])
		if err != nil {
			return nil, err
		}
		s.it = it
		return s, nil
	})

func (s *isliceImpl) next(t *object.Thread, self *itObj) (*object.Object, error) {
	self.mu.Lock()
	it := s.it
	if it == nil {
		self.mu.Unlock()
		return nil, nil
	}
	t.Incref(it)
	self.mu.Unlock()
	defer t.Decref(it)
	finish := func() (*object.Object, error) {
		self.mu.Lock()
		old := s.it
		s.it = nil
		self.mu.Unlock()
		t.XDecref(old)
		return nil, nil
	}
	for {
		self.mu.Lock()
		skip := s.cnt < s.next_
		self.mu.Unlock()
		if !skip {
			break
		}
		v, err := object.Next(t, it)
		if err != nil {
			return nil, err
		}
		if v == nil {
			return finish()
		}
		t.Decref(v)
		self.mu.Lock()
		s.cnt++
		self.mu.Unlock()
	}
	self.mu.Lock()
	past := s.stop != -1 && s.cnt >= s.stop
	self.mu.Unlock()
	if past {
		return finish()
	}
	v, err := object.Next(t, it)
	if err != nil {
		return nil, err
	}
	if v == nil {
		return finish()
	}
	self.mu.Lock()
	s.cnt++
	old := s.next_
	s.next_ += s.step
	if s.next_ < old || (s.stop != -1 && s.next_ > s.stop) {
		s.next_ = s.stop
	}
	self.mu.Unlock()
	return v, nil
}

func (s *isliceImpl) traverse(visit object.Visitor) { visitOpt(s.it, visit) }
func (s *isliceImpl) clear(t *object.Thread)        { drop(t, &s.it) }

func init() {
	countType.Repr = func(t *object.Thread, o *object.Object) (*object.Object, error) {
		c := implOf[countImpl](o)
		c.mu.Lock()
		cur, step := c.cur, c.step
		if cur == nil {
			c.mu.Unlock()
			return object.NewStr(t, "count()"), nil
		}
		t.Incref(cur)
		t.Incref(step)
		c.mu.Unlock()
		defer t.Decref(cur)
		defer t.Decref(step)
		cs, err := object.ReprString(t, cur)
		if err != nil {
			return nil, err
		}
		if step.Type() == object.IntType {
			if n, err := object.AsInt64(t, step); err == nil && n == 1 {
				return object.NewStr(t, o.Type().Name+"("+cs+")"), nil
			} else if err != nil {
				t.DropError(err)
			}
		}
		ss, err := object.ReprString(t, step)
		if err != nil {
			return nil, err
		}
		return object.NewStr(t, o.Type().Name+"("+cs+", "+ss+")"), nil
	}
	repeatType.Repr = func(t *object.Thread, o *object.Object) (*object.Object, error) {
		r := implOf[repeatImpl](o)
		r.mu.Lock()
		obj, times := r.obj, r.times
		if obj != nil {
			t.Incref(obj)
		}
		r.mu.Unlock()
		if obj == nil {
			return object.NewStr(t, "repeat()"), nil
		}
		defer t.Decref(obj)
		if !t.ReprEnter(o) {
			return object.NewStr(t, "..."), nil
		}
		defer t.ReprLeave(o)
		s, err := object.ReprString(t, obj)
		if err != nil {
			return nil, err
		}
		if times < 0 {
			return object.NewStr(t, o.Type().Name+"("+s+")"), nil
		}
		return object.NewStr(t, o.Type().Name+"("+s+", "+itoa(times)+")"), nil
	}
	object.ReadyType(countType, nil, nil)
	object.ReadyType(cycleType, nil, nil)
	object.ReadyType(repeatType, []object.MethodDef{{Name: "__length_hint__", Doc: "Private method returning an estimate of len(list(it)).",
		Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			if err := object.CheckArgCount(t, "__length_hint__", args, kw, 0, 0); err != nil {
				return nil, err
			}
			r := implOf[repeatImpl](self)
			r.mu.Lock()
			n := r.times
			r.mu.Unlock()
			if n < 0 {
				return nil, t.Errorf(object.TypeErrorType, "len() of unsized object")
			}
			return object.NewInt(t, n), nil
		}}}, nil)
	object.ReadyType(chainType, []object.MethodDef{{Name: "from_iterable", Kind: object.ClassMethod,
		Doc: "Alternative chain() constructor taking a single iterable argument that evaluates lazily.",
		Fn: func(t *object.Thread, cls *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			if err := object.CheckArgCount(t, "from_iterable", args, kw, 1, 1); err != nil {
				return nil, err
			}
			src, err := object.Iter(t, args[0])
			if err != nil {
				return nil, err
			}
			return newItObj(t, object.AsType(cls), &chainImpl{source: src}), nil
		}}, object.ClassGetItemDef}, nil)
	object.ReadyType(isliceType, nil, nil)
}

func itoa(n int64) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [24]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
