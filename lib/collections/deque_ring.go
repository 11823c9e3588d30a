package collections

import "github.com/ftpy/ftpy/object"

// ring is a deque's storage: a circular buffer whose capacity is a
// power of two (or zero), so that both ends grow and shrink in O(1), as
// CPython's block list does. The deque's mutex guards it.
type ring struct {
	buf  []*object.Object // owned references in [head, head+n) mod len(buf)
	head int
	n    int
}

func (r *ring) len() int { return r.n }

func (r *ring) pos(i int) int { return (r.head + i) & (len(r.buf) - 1) }

// at returns item i (0 <= i < n), borrowed.
func (r *ring) at(i int) *object.Object { return r.buf[r.pos(i)] }

// setAt replaces item i and returns the old one.
func (r *ring) setAt(i int, v *object.Object) *object.Object {
	p := r.pos(i)
	old := r.buf[p]
	r.buf[p] = v
	return old
}

// resize moves the items into a buffer of capacity c (>= n).
func (r *ring) resize(c int) {
	buf := make([]*object.Object, c)
	for i := 0; i < r.n; i++ {
		buf[i] = r.at(i)
	}
	r.buf, r.head = buf, 0
}

func (r *ring) grow() {
	if r.n < len(r.buf) {
		return
	}
	c := 2 * len(r.buf)
	if c < 8 {
		c = 8
	}
	r.resize(c)
}

// shrink gives memory back once the ring is mostly empty.
func (r *ring) shrink() {
	if len(r.buf) > 64 && r.n <= len(r.buf)/4 {
		r.resize(len(r.buf) / 2)
	}
}

func (r *ring) pushBack(v *object.Object) {
	r.grow()
	r.buf[r.pos(r.n)] = v
	r.n++
}

func (r *ring) pushFront(v *object.Object) {
	r.grow()
	r.head = (r.head - 1) & (len(r.buf) - 1)
	r.buf[r.head] = v
	r.n++
}

// popBack and popFront remove an end item and return it (nil if empty).
func (r *ring) popBack() *object.Object {
	if r.n == 0 {
		return nil
	}
	p := r.pos(r.n - 1)
	v := r.buf[p]
	r.buf[p] = nil
	r.n--
	r.shrink()
	return v
}

func (r *ring) popFront() *object.Object {
	if r.n == 0 {
		return nil
	}
	v := r.buf[r.head]
	r.buf[r.head] = nil
	r.head = (r.head + 1) & (len(r.buf) - 1)
	r.n--
	r.shrink()
	return v
}

// slice returns the items in order, borrowed.
func (r *ring) slice() []*object.Object {
	out := make([]*object.Object, r.n)
	for i := range out {
		out[i] = r.at(i)
	}
	return out
}

// takeAll empties the ring and returns its items (owned) in order.
func (r *ring) takeAll() []*object.Object {
	items := r.slice()
	*r = ring{}
	return items
}

// setAll replaces the contents with items (whose references it takes).
func (r *ring) setAll(items []*object.Object) {
	c := 0
	if len(items) > 0 {
		c = 8
		for c < len(items) {
			c *= 2
		}
	}
	buf := make([]*object.Object, c)
	copy(buf, items)
	*r = ring{buf: buf, n: len(items)}
}

// deleteAt removes item i and returns it, moving the shorter side.
func (r *ring) deleteAt(i int) *object.Object {
	v := r.at(i)
	if i < r.n/2 {
		for j := i; j > 0; j-- {
			r.buf[r.pos(j)] = r.at(j - 1)
		}
		r.buf[r.head] = nil
		r.head = (r.head + 1) & (len(r.buf) - 1)
	} else {
		for j := i; j < r.n-1; j++ {
			r.buf[r.pos(j)] = r.at(j + 1)
		}
		r.buf[r.pos(r.n-1)] = nil
	}
	r.n--
	r.shrink()
	return v
}

// insertAt puts v before item i (0 <= i <= n), moving the shorter side.
func (r *ring) insertAt(i int, v *object.Object) {
	r.grow()
	if i < r.n/2 {
		r.head = (r.head - 1) & (len(r.buf) - 1)
		r.n++
		for j := 0; j < i; j++ {
			r.buf[r.pos(j)] = r.at(j + 1)
		}
	} else {
		r.n++
		for j := r.n - 1; j > i; j-- {
			r.buf[r.pos(j)] = r.at(j - 1)
		}
	}
	r.buf[r.pos(i)] = v
}

// rotate moves the last k items (0 < k < n) to the front, moving
// min(k, n-k) items.
func (r *ring) rotate(k int) {
	if k <= r.n-k {
		for ; k > 0; k-- {
			r.pushFront(r.popBackNoShrink())
		}
		return
	}
	for k = r.n - k; k > 0; k-- {
		r.pushBack(r.popFrontNoShrink())
	}
}

func (r *ring) popBackNoShrink() *object.Object {
	p := r.pos(r.n - 1)
	v := r.buf[p]
	r.buf[p] = nil
	r.n--
	return v
}

func (r *ring) popFrontNoShrink() *object.Object {
	v := r.buf[r.head]
	r.buf[r.head] = nil
	r.head = (r.head + 1) & (len(r.buf) - 1)
	r.n--
	return v
}

func (r *ring) reverse() {
	for i, j := 0, r.n-1; i < j; i, j = i+1, j-1 {
		pi, pj := r.pos(i), r.pos(j)
		r.buf[pi], r.buf[pj] = r.buf[pj], r.buf[pi]
	}
}

// visit calls f on each item, for the collector.
func (r *ring) visit(f object.Visitor) {
	for i := 0; i < r.n; i++ {
		f(r.at(i))
	}
}
