package itertools

import (
	"github.com/ftpy/ftpy/object"
)

// comboImpl is the state of product, permutations, combinations and
// combinations_with_replacement: pools of items and index vectors,
// advanced by advance. All of it is pure Go state, guarded by the
// object's mutex.
type comboImpl struct {
	pools   [][]*object.Object // owned items; product repeats them logically
	npools  int                // number of result positions
	indices []int
	cycles  []int
	r       int
	first   bool
	done    bool
	advance func(c *comboImpl) bool
	pick    func(c *comboImpl, i int) *object.Object // borrowed item at result position i
}

func (c *comboImpl) next(t *object.Thread, self *itObj) (*object.Object, error) {
	self.mu.Lock()
	defer self.mu.Unlock()
	if c.done {
		return nil, nil
	}
	if c.first {
		c.first = false
	} else if !c.advance(c) {
		c.done = true
		return nil, nil
	}
	items := make([]*object.Object, c.npools)
	for i := range items {
		items[i] = t.NewRef(c.pick(c, i))
	}
	return newTuple(t, items), nil
}

func (c *comboImpl) traverse(visit object.Visitor) {
	for _, p := range c.pools {
		visitAll(p, visit)
	}
}

func (c *comboImpl) clear(t *object.Thread) {
	pools := c.pools
	c.pools = nil
	c.done = true
	for _, p := range pools {
		dropAll(t, &p)
	}
}

func poolOf(t *object.Thread, iterable *object.Object) ([]*object.Object, error) {
	return object.SequenceItems(t, iterable)
}

// rArg converts permutations' and the combinations' r.
func rArg(t *object.Thread, o *object.Object, perm bool) (int, error) {
	if perm && !object.IsInt(o) {
		return 0, t.Errorf(object.TypeErrorType, "Expected int as r")
	}
	n, err := asIndex(t, o)
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, t.Errorf(object.ValueErrorType, "r must be non-negative")
	}
	return int(n), nil
}

var productType = newIterType("product", "Cartesian product of input iterables.  Equivalent to nested for-loops.",
	func(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (iterImpl, error) {
		var rep *object.Object
		if err := kwOnly(t, "product", args, kw, []string{"repeat"}, &rep); err != nil {
			return nil, err
		}
		repeat := 1
		if rep != nil {
			n, err := asIndex(t, rep)
			if err != nil {
				return nil, err
			}
			if n < 0 {
				return nil, t.Errorf(object.ValueErrorType, "repeat argument cannot be negative")
			}
			repeat = int(n)
		}
		c := &comboImpl{first: true}
		for _, a := range args[:npos(args, kw)] {
			p, err := poolOf(t, a)
			if err != nil {
				c.clear(t)
				return nil, err
			}
			c.pools = append(c.pools, p)
		}
		c.npools = len(c.pools) * repeat
		c.indices = make([]int, c.npools)
		for _, p := range c.pools {
			if len(p) == 0 && repeat > 0 {
				c.done = true
			}
		}
		c.pick = func(c *comboImpl, i int) *object.Object {
			return c.pools[i%len(c.pools)][c.indices[i]]
		}
		c.advance = func(c *comboImpl) bool {
			for i := c.npools - 1; i >= 0; i-- {
				c.indices[i]++
				if c.indices[i] < len(c.pools[i%len(c.pools)]) {
					return true
				}
				c.indices[i] = 0
			}
			return false
		}
		return c, nil
	})

var permutationsType = newIterType("permutations", "Return successive r-length permutations of elements in the iterable.",
	func(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (iterImpl, error) {
		var iterable, ro *object.Object
		if err := object.ParseArgs(t, "permutations", args, kw, []string{"iterable", "r"}, 1, &iterable, &ro); err != nil {
			return nil, err
		}
		pool, err := poolOf(t, iterable)
		if err != nil {
			return nil, err
		}
		n := len(pool)
		r := n
		if ro != nil && ro != object.None {
			if r, err = rArg(t, ro, true); err != nil {
				dropAll(t, &pool)
				return nil, err
			}
		}
		c := &comboImpl{pools: [][]*object.Object{pool}, npools: r, r: r, first: true, done: r > n}
		c.indices = make([]int, n)
		for i := range c.indices {
			c.indices[i] = i
		}
		if r <= n {
			c.cycles = make([]int, r)
			for i := range c.cycles {
				c.cycles[i] = n - i
			}
		}
		c.pick = func(c *comboImpl, i int) *object.Object { return c.pools[0][c.indices[i]] }
		c.advance = func(c *comboImpl) bool {
			n := len(c.indices)
			if n == 0 {
				return false
			}
			for i := c.r - 1; i >= 0; i-- {
				c.cycles[i]--
				if c.cycles[i] == 0 {
					x := c.indices[i]
					copy(c.indices[i:], c.indices[i+1:])
					c.indices[n-1] = x
					c.cycles[i] = n - i
				} else {
					j := c.cycles[i]
					c.indices[i], c.indices[n-j] = c.indices[n-j], c.indices[i]
					return true
				}
			}
			return false
		}
		return c, nil
	})

func combNew(name string, repl bool) newFunc {
	return func(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (iterImpl, error) {
		var iterable, ro *object.Object
		if err := object.ParseArgs(t, name, args, kw, []string{"iterable", "r"}, 2, &iterable, &ro); err != nil {
			return nil, err
		}
		r, err := rArg(t, ro, false)
		if err != nil {
			return nil, err
		}
		pool, err := poolOf(t, iterable)
		if err != nil {
			return nil, err
		}
		n := len(pool)
		c := &comboImpl{pools: [][]*object.Object{pool}, npools: r, r: r, first: true}
		c.indices = make([]int, r)
		c.pick = func(c *comboImpl, i int) *object.Object { return c.pools[0][c.indices[i]] }
		if repl {
			c.done = n == 0 && r > 0
			c.advance = func(c *comboImpl) bool {
				n := len(c.pools[0])
				i := c.r - 1
				for i >= 0 && c.indices[i] == n-1 {
					i--
				}
				if i < 0 {
					return false
				}
				v := c.indices[i] + 1
				for j := i; j < c.r; j++ {
					c.indices[j] = v
				}
				return true
			}
		} else {
			c.done = r > n
			for i := range c.indices {
				c.indices[i] = i
			}
			c.advance = func(c *comboImpl) bool {
				n := len(c.pools[0])
				i := c.r - 1
				for i >= 0 && c.indices[i] == i+n-c.r {
					i--
				}
				if i < 0 {
					return false
				}
				c.indices[i]++
				for j := i + 1; j < c.r; j++ {
					c.indices[j] = c.indices[j-1] + 1
				}
				return true
			}
		}
		return c, nil
	}
}

var (
	combinationsType = newIterType("combinations", "Return successive r-length combinations of elements in the iterable.",
		combNew("combinations", false))
	cwrType = newIterType("combinations_with_replacement", "Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.",
		combNew("combinations_with_replacement", true))
)

func init() {
	object.ReadyType(productType, nil, nil)
	object.ReadyType(permutationsType, nil, nil)
	object.ReadyType(combinationsType, nil, nil)
	object.ReadyType(cwrType, nil, nil)
}
