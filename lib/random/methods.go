package random

import (
	"encoding/binary"
	"math"
	"sync"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

type args = []*object.Object

var methods = []object.MethodDef{
	fn("seed", func(t *object.Thread, self *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		var x, version *object.Object
		if err := object.ParseArgs(t, "seed", a, kw, []string{"a", "version"}, 0, &x, &version); err != nil {
			return nil, err
		}
		if err := rnd(self).seed(t, x); err != nil {
			return nil, err
		}
		return object.None, nil
	}),
	noArgs("random", func(t *object.Thread, r *Random) (*object.Object, error) {
		return object.NewFloat(t, r.float()), nil
	}),
	fn("getrandbits", func(t *object.Thread, self *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "getrandbits", a, kw, 1, 1); err != nil {
			return nil, err
		}
		k, err := object.AsInt64(t, a[0])
		if err != nil {
			return nil, err
		}
		if k < 0 {
			return nil, t.Errorf(object.ValueErrorType, "number of bits must be non-negative")
		}
		r := rnd(self)
		if k <= 63 {
			r.mu.Lock()
			v := r.mt.bits64(int(k))
			r.mu.Unlock()
			return object.NewInt(t, int64(v)), nil
		}
		r.mu.Lock()
		w := r.mt.words(int(k))
		r.mu.Unlock()
		return object.NewIntBig(t, wordsToBig(w)), nil
	}),
	fn("randbytes", func(t *object.Thread, self *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "randbytes", a, kw, 1, 1); err != nil {
			return nil, err
		}
		n, err := object.AsInt64(t, a[0])
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, t.Errorf(object.ValueErrorType, "number of bits must be non-negative")
		}
		if n == 0 {
			return object.NewBytes(t, nil), nil
		}
		r := rnd(self)
		r.mu.Lock()
		w := r.mt.words(int(n * 8))
		r.mu.Unlock()
		b := make([]byte, 4*len(w))
		for i, x := range w {
			binary.LittleEndian.PutUint32(b[4*i:], x)
		}
		return object.NewBytes(t, b[:n]), nil
	}),
	fn("randrange", func(t *object.Thread, self *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		var start, stop, step *object.Object
		if err := object.ParseArgs(t, "randrange", a, kw, []string{"start", "stop", "step"}, 1, &start, &stop, &step); err != nil {
			return nil, err
		}
		r := rnd(self)
		if step == nil {
			if s, ok := smallInt(start); ok {
				if stop == nil {
					if v, ok := r.randrangeFast(0, s); ok {
						return object.NewInt(t, v), nil
					}
				} else if e, ok := smallInt(stop); ok {
					if v, ok := r.randrangeFast(s, e); ok {
						return object.NewInt(t, v), nil
					}
				}
			}
		}
		return r.randrange(t, start, stop, step)
	}),
	fn("randint", func(t *object.Thread, self *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		var lo, hi *object.Object
		if err := object.ParseArgs(t, "randint", a, kw, []string{"a", "b"}, 2, &lo, &hi); err != nil {
			return nil, err
		}
		r := rnd(self)
		if s, ok := smallInt(lo); ok {
			if e, ok := smallInt(hi); ok && e < 1<<62 {
				if v, ok := r.randrangeFast(s, e+1); ok {
					return object.NewInt(t, v), nil
				}
			}
		}
		stop, err := object.BinaryOperation(t, hi, object.SmallInt(1), object.OpAdd)
		if err != nil {
			return nil, err
		}
		defer t.Decref(stop)
		return r.randrange(t, lo, stop, nil)
	}),
	fn("uniform", func(t *object.Thread, self *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		var lo, hi *object.Object
		if err := object.ParseArgs(t, "uniform", a, kw, []string{"a", "b"}, 2, &lo, &hi); err != nil {
			return nil, err
		}
		x := rnd(self).float()
		if av, ok := plainNumber(lo); ok {
			if bv, ok := plainNumber(hi); ok {
				return object.NewFloat(t, av+(bv-av)*x), nil
			}
		}
		d, err := object.BinaryOperation(t, hi, lo, object.OpSub)
		if err != nil {
			return nil, err
		}
		defer t.Decref(d)
		return affine(t, lo, x, d)
	}),
	fn("triangular", func(t *object.Thread, self *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		var lo, hi, mode *object.Object
		if err := object.ParseArgs(t, "triangular", a, kw, []string{"low", "high", "mode"}, 0, &lo, &hi, &mode); err != nil {
			return nil, err
		}
		low, high := 0.0, 1.0
		var err error
		if lo != nil {
			if low, err = pyFloat(t, lo); err != nil {
				return nil, err
			}
		}
		if hi != nil {
			if high, err = pyFloat(t, hi); err != nil {
				return nil, err
			}
		}
		u := rnd(self).float()
		c := 0.5
		if mode != nil && mode != object.None {
			m, err := pyFloat(t, mode)
			if err != nil {
				return nil, err
			}
			if high == low {
				if lo == nil {
					return object.NewFloat(t, low), nil
				}
				return t.NewRef(lo), nil
			}
			c = (m - low) / (high - low)
		}
		if u > c {
			u, c = 1.0-u, 1.0-c
			low, high = high, low
		}
		return object.NewFloat(t, low+(high-low)*math.Sqrt(u*c)), nil
	}),
	fn("choice", func(t *object.Thread, self *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "choice", a, kw, 1, 1); err != nil {
			return nil, err
		}
		n, err := object.Len(t, a[0])
		if err != nil {
			return nil, err
		}
		if n == 0 {
			return nil, t.Errorf(object.IndexErrorType, "Cannot choose from an empty sequence")
		}
		i := object.NewInt(t, int64(rnd(self).below(uint64(n))))
		defer t.Decref(i)
		return object.GetItem(t, a[0], i)
	}),
	fn("shuffle", func(t *object.Thread, self *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "shuffle", a, kw, 1, 1); err != nil {
			return nil, err
		}
		x := a[0]
		n, err := object.Len(t, x)
		if err != nil {
			return nil, err
		}
		r := rnd(self)
		for i := n - 1; i > 0; i-- {
			j := int64(r.below(uint64(i + 1)))
			if err := swap(t, x, int64(i), j); err != nil {
				return nil, err
			}
		}
		return object.None, nil
	}),
	fn("sample", sample),
	fn("choices", choices),
	fn("gauss", func(t *object.Thread, self *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		mu, sigma, err := muSigma(t, "gauss", a, kw, 0)
		if err != nil {
			return nil, err
		}
		defer t.Decref(mu)
		defer t.Decref(sigma)
		return affine(t, mu, rnd(self).gauss(), sigma)
	}),
	fn("normalvariate", func(t *object.Thread, self *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		mu, sigma, err := muSigma(t, "normalvariate", a, kw, 0)
		if err != nil {
			return nil, err
		}
		defer t.Decref(mu)
		defer t.Decref(sigma)
		return affine(t, mu, rnd(self).normal(), sigma)
	}),
	fn("lognormvariate", func(t *object.Thread, self *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		mu, sigma, err := muSigma(t, "lognormvariate", a, kw, 2)
		if err != nil {
			return nil, err
		}
		defer t.Decref(mu)
		defer t.Decref(sigma)
		v, err := affine(t, mu, rnd(self).normal(), sigma)
		if err != nil {
			return nil, err
		}
		defer t.Decref(v)
		f, err := pyFloat(t, v)
		if err != nil {
			return nil, err
		}
		return object.NewFloat(t, math.Exp(f)), nil
	}),
	fn("expovariate", func(t *object.Thread, self *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		var lambd *object.Object
		if err := object.ParseArgs(t, "expovariate", a, kw, []string{"lambd"}, 1, &lambd); err != nil {
			return nil, err
		}
		x := object.NewFloat(t, -math.Log(1.0-rnd(self).float()))
		defer t.Decref(x)
		return object.BinaryOperation(t, x, lambd, object.OpTrueDiv)
	}),
	fn("paretovariate", func(t *object.Thread, self *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "paretovariate", a, kw, 1, 1); err != nil {
			return nil, err
		}
		alpha, err := pyFloat(t, a[0])
		if err != nil {
			return nil, err
		}
		u := 1.0 - rnd(self).float()
		return object.NewFloat(t, math.Pow(u, -1.0/alpha)), nil
	}),
	fn("weibullvariate", func(t *object.Thread, self *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "weibullvariate", a, kw, 2, 2); err != nil {
			return nil, err
		}
		alpha, err := pyFloat(t, a[0])
		if err != nil {
			return nil, err
		}
		beta, err := pyFloat(t, a[1])
		if err != nil {
			return nil, err
		}
		u := 1.0 - rnd(self).float()
		return object.NewFloat(t, alpha*math.Pow(-math.Log(u), 1.0/beta)), nil
	}),
	noArgs("getstate", func(t *object.Thread, r *Random) (*object.Object, error) {
		items := make([]*object.Object, mtN+1)
		r.mu.Lock()
		for i, w := range r.mt.state {
			items[i] = object.NewInt(t, int64(w))
		}
		items[mtN] = object.NewInt(t, int64(r.mt.index))
		g, has := r.gaussNext, r.hasGauss
		r.mu.Unlock()
		gn := object.None
		if has {
			gn = object.NewFloat(t, g)
		}
		return object.NewTupleRefs(t, object.NewInt(t, 3), object.NewTuple(t, items).Obj(), gn).Obj(), nil
	}),
	fn("setstate", func(t *object.Thread, self *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "setstate", a, kw, 1, 1); err != nil {
			return nil, err
		}
		st := a[0]
		if !object.IsTuple(st) || len(object.AsTuple(st).Items) != 3 {
			return nil, t.Errorf(object.TypeErrorType, "state vector must be a tuple")
		}
		items := object.AsTuple(st).Items
		if v, ok := smallInt(items[0]); !ok || v != 3 {
			s, err := object.ReprString(t, items[0])
			if err != nil {
				return nil, err
			}
			return nil, t.Errorf(object.ValueErrorType, "state with version %s passed to Random.setstate() of version 3", s)
		}
		if !object.IsTuple(items[1]) {
			return nil, t.Errorf(object.TypeErrorType, "state vector must be a tuple")
		}
		vec := object.AsTuple(items[1]).Items
		if len(vec) != mtN+1 {
			return nil, t.Errorf(object.ValueErrorType, "state vector is the wrong size")
		}
		var m mt19937
		for i, o := range vec {
			v, err := object.AsInt64(t, o)
			if err != nil {
				return nil, err
			}
			if i < mtN {
				m.state[i] = uint32(v)
			} else {
				if v < 0 || v > mtN {
					return nil, t.Errorf(object.ValueErrorType, "invalid state")
				}
				m.index = int(v)
			}
		}
		var g float64
		has := items[2] != object.None
		if has {
			var err error
			if g, err = pyFloat(t, items[2]); err != nil {
				return nil, err
			}
		}
		r := rnd(self)
		r.mu.Lock()
		r.mt = m
		r.gaussNext, r.hasGauss = g, has
		r.mu.Unlock()
		return object.None, nil
	}),
}

func swap(t *object.Thread, x *object.Object, i, j int64) error {
	ki, kj := object.NewInt(t, i), object.NewInt(t, j)
	defer t.Decref(ki)
	defer t.Decref(kj)
	vi, err := object.GetItem(t, x, ki)
	if err != nil {
		return err
	}
	defer t.Decref(vi)
	vj, err := object.GetItem(t, x, kj)
	if err != nil {
		return err
	}
	defer t.Decref(vj)
	if err := object.SetItem(t, x, ki, vj); err != nil {
		return err
	}
	return object.SetItem(t, x, kj, vi)
}

func getIndex(t *object.Thread, seq *object.Object, i int64) (*object.Object, error) {
	k := object.NewInt(t, i)
	defer t.Decref(k)
	return object.GetItem(t, seq, k)
}

func sample(t *object.Thread, self *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
	var pop, kObj, counts *object.Object
	if err := object.ParseArgs(t, "sample", a, kw, []string{"population", "k", "$counts"}, 2, &pop, &kObj, &counts); err != nil {
		return nil, err
	}
	if !isSequence(pop) {
		return nil, t.Errorf(object.TypeErrorType, "Population must be a sequence.  For dicts or sets, use sorted(d).")
	}
	n64, err := object.Len(t, pop)
	if err != nil {
		return nil, err
	}
	k, err := object.AsInt64(t, kObj)
	if err != nil {
		return nil, err
	}
	r := rnd(self)
	if counts != nil && counts != object.None {
		return sampleCounts(t, r, pop, n64, k, counts)
	}
	n := int64(n64)
	if k < 0 || k > n {
		return nil, t.Errorf(object.ValueErrorType, "Sample larger than population or is negative")
	}
	idx := sampleIndices(r, n, k)
	out := make([]*object.Object, k)
	for i, j := range idx {
		v, err := getIndex(t, pop, j)
		if err != nil {
			for _, o := range out[:i] {
				t.Decref(o)
			}
			return nil, err
		}
		out[i] = v
	}
	return object.NewList(t, out).Obj(), nil
}

// sampleIndices chooses k distinct indices below n in CPython's order:
// a shrinking pool for small populations, a set of picks for large ones.
func sampleIndices(r *Random, n, k int64) []int64 {
	setsize := int64(21)
	if k > 5 {
		setsize += int64(math.Pow(4, math.Ceil(math.Log(float64(k*3))/math.Log(4))))
	}
	out := make([]int64, k)
	if n <= setsize {
		pool := make([]int64, n)
		for i := range pool {
			pool[i] = int64(i)
		}
		for i := int64(0); i < k; i++ {
			j := int64(r.below(uint64(n - i)))
			out[i] = pool[j]
			pool[j] = pool[n-i-1]
		}
		return out
	}
	seen := make(map[int64]bool, k)
	for i := int64(0); i < k; i++ {
		j := int64(r.below(uint64(n)))
		for seen[j] {
			j = int64(r.below(uint64(n)))
		}
		seen[j] = true
		out[i] = j
	}
	return out
}

// sampleCounts is sample(population, k, counts=...): a sample of
// range(sum(counts)) mapped back to the population by bisection.
func sampleCounts(t *object.Thread, r *Random, pop *object.Object, n int, k int64, counts *object.Object) (*object.Object, error) {
	items, err := object.SequenceItems(t, counts)
	if err != nil {
		return nil, err
	}
	cum := make([]int64, len(items))
	var total int64
	for i, c := range items {
		if !object.IsInt(c) {
			return nil, t.Errorf(object.TypeErrorType, "Counts must be integers")
		}
		v, err := object.AsInt64(t, c)
		if err != nil {
			return nil, err
		}
		total += v
		cum[i] = total
	}
	for _, o := range items {
		t.Decref(o)
	}
	if len(cum) != n {
		return nil, t.Errorf(object.ValueErrorType, "The number of counts does not match the population")
	}
	if total <= 0 {
		return nil, t.Errorf(object.ValueErrorType, "Total of counts must be greater than zero")
	}
	if k < 0 || k > total {
		return nil, t.Errorf(object.ValueErrorType, "Sample larger than population or is negative")
	}
	idx := sampleIndices(r, total, k)
	out := make([]*object.Object, 0, k)
	for _, s := range idx {
		lo, hi := 0, len(cum)
		for lo < hi {
			mid := (lo + hi) / 2
			if s < cum[mid] {
				hi = mid
			} else {
				lo = mid + 1
			}
		}
		v, err := getIndex(t, pop, int64(lo))
		if err != nil {
			for _, o := range out {
				t.Decref(o)
			}
			return nil, err
		}
		out = append(out, v)
	}
	return object.NewList(t, out).Obj(), nil
}

func choices(t *object.Thread, self *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
	var pop, weights, cumW, kObj *object.Object
	if err := object.ParseArgs(t, "choices", a, kw, []string{"population", "weights", "$cum_weights", "$k"}, 1, &pop, &weights, &cumW, &kObj); err != nil {
		return nil, err
	}
	r := rnd(self)
	n, err := object.Len(t, pop)
	if err != nil {
		return nil, err
	}
	k := int64(1)
	if kObj != nil {
		if k, err = object.AsInt64(t, kObj); err != nil {
			return nil, err
		}
	}
	if k < 0 {
		k = 0
	}
	out := make([]*object.Object, 0, k)
	fail := func(err error) (*object.Object, error) {
		for _, o := range out {
			t.Decref(o)
		}
		return nil, err
	}
	if cumW == nil || cumW == object.None {
		if weights == nil || weights == object.None {
			nf := float64(n)
			for i := int64(0); i < k; i++ {
				v, err := getIndex(t, pop, int64(math.Floor(r.float()*nf)))
				if err != nil {
					return fail(err)
				}
				out = append(out, v)
			}
			return object.NewList(t, out).Obj(), nil
		}
		cum, err := accumulate(t, weights)
		if err != nil {
			return nil, err
		}
		cumW = object.NewList(t, cum).Obj()
	} else if weights != nil && weights != object.None {
		return nil, t.Errorf(object.TypeErrorType, "Cannot specify both weights and cumulative weights")
	} else {
		cum, err := object.SequenceItems(t, cumW)
		if err != nil {
			return nil, err
		}
		cumW = object.NewList(t, cum).Obj()
	}
	defer t.Decref(cumW)
	cum := object.AsList(cumW).PrivateItems()
	if len(cum) != n {
		return nil, t.Errorf(object.ValueErrorType, "The number of weights does not match the population")
	}
	if n == 0 {
		return nil, t.Errorf(object.IndexErrorType, "list index out of range")
	}
	zero := object.NewFloat(t, 0.0)
	totalObj, err := object.BinaryOperation(t, cum[n-1], zero, object.OpAdd)
	t.Decref(zero)
	if err != nil {
		return nil, err
	}
	total, err := pyFloat(t, totalObj)
	t.Decref(totalObj)
	if err != nil {
		return nil, err
	}
	if total <= 0.0 {
		return nil, t.Errorf(object.ValueErrorType, "Total of weights must be greater than zero")
	}
	if math.IsInf(total, 0) || math.IsNaN(total) {
		return nil, t.Errorf(object.ValueErrorType, "Total of weights must be finite")
	}
	fast := make([]float64, n)
	isFast := true
	for i, c := range cum {
		v, ok := plainNumber(c)
		if !ok {
			isFast = false
			break
		}
		fast[i] = v
	}
	hi := n - 1
	for i := int64(0); i < k; i++ {
		x := r.float() * total
		lo, h := 0, hi
		if isFast {
			for lo < h {
				mid := (lo + h) / 2
				if x < fast[mid] {
					h = mid
				} else {
					lo = mid + 1
				}
			}
		} else {
			xo := object.NewFloat(t, x)
			for lo < h {
				mid := (lo + h) / 2
				less, err := object.RichCompareBool(t, xo, cum[mid], object.LT)
				if err != nil {
					t.Decref(xo)
					return fail(err)
				}
				if less {
					h = mid
				} else {
					lo = mid + 1
				}
			}
			t.Decref(xo)
		}
		v, err := getIndex(t, pop, int64(lo))
		if err != nil {
			return fail(err)
		}
		out = append(out, v)
	}
	return object.NewList(t, out).Obj(), nil
}

// accumulate returns the running sums of weights (new references),
// with python3's error for choices(population, k) called positionally.
func accumulate(t *object.Thread, weights *object.Object) ([]*object.Object, error) {
	var out []*object.Object
	var sum *object.Object
	err := object.Iterate(t, weights, func(item *object.Object) error {
		if sum == nil {
			sum = t.NewRef(item)
		} else {
			s, err := object.BinaryOperation(t, sum, item, object.OpAdd)
			if err != nil {
				return err
			}
			sum = s
		}
		out = append(out, sum)
		return nil
	})
	if err != nil {
		for _, o := range out {
			t.Decref(o)
		}
		if object.ErrorMatches(err, object.TypeErrorType) && object.IsInt(weights) {
			t.DropError(err)
			return nil, t.Errorf(object.TypeErrorType, "The number of choices must be a keyword argument: k=%s", object.AsInt(weights).String())
		}
		return nil, err
	}
	return out, nil
}

var readyOnce sync.Once

func init() { object.ReadyType(RandomType, methods, nil) }

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	readyOnce.Do(func() {
		RandomType.Dict.SetStr(t, object.Intern("__module__"), object.NewStrStatic("random"))
	})
	m := st.NewModule("random")
	d := m.Dict
	d.SetStr(t, object.Intern("Random"), RandomType.Obj())
	inst := newRandom(t)
	if err := inst.seed(t, nil); err != nil {
		t.Decref(&inst.Object)
		return nil, err
	}
	d.SetStr(t, object.Intern("_inst"), &inst.Object)
	for i := range methods {
		f := object.NewBuiltinFunction(t, &methods[i], &inst.Object)
		d.SetStr(t, object.Intern(methods[i].Name), &f.Object)
		t.Decref(&f.Object)
	}
	t.Decref(&inst.Object)
	return m.Obj(), nil
}
