package ext_test

import (
	"fmt"
	"sync"
	"testing"

	"github.com/ftpy/ftpy/ext"
	"github.com/ftpy/ftpy/object"
)

// vec is a fixed-size vector of ints with the container, iteration,
// hashing, comparison and str slots; vecIter iterates over a snapshot.
type vec struct {
	object.Object
	mu sync.Mutex
	xs []int64
}

type vecIter struct {
	object.Object
	xs []int64
	i  int
}

var (
	vecType     = &ext.Type{Name: "vec"}
	vecIterType = &ext.Type{Name: "vec_iterator"}
)

func init() {
	vecType.New = func(t *ext.Thread, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
		var xs []int64
		if len(args) == 1 {
			var err error
			if xs, err = ext.ToGo[[]int64](t, args[0]); err != nil {
				return nil, err
			}
		}
		v := &vec{xs: xs}
		vecType.Init(t, &v.Object)
		return &v.Object, nil
	}
	snap := func(o *object.Object) []int64 {
		v := ext.As[vec](o)
		v.mu.Lock()
		defer v.mu.Unlock()
		return append([]int64(nil), v.xs...)
	}
	index := func(t *ext.Thread, o, key *object.Object) (int, error) {
		i, err := ext.ToGo[int](t, key)
		if err != nil {
			return 0, err
		}
		if i < 0 || i >= len(ext.As[vec](o).xs) {
			return 0, ext.Errorf(t, ext.IndexError, "vec index out of range")
		}
		return i, nil
	}
	vecType.Str = func(t *ext.Thread, self *object.Object) (string, error) { return fmt.Sprint(snap(self)), nil }
	vecType.Len = func(t *ext.Thread, self *object.Object) (int, error) { return len(snap(self)), nil }
	vecType.GetItem = func(t *ext.Thread, self, key *object.Object) (*object.Object, error) {
		i, err := index(t, self, key)
		if err != nil {
			return nil, err
		}
		return ext.FromGo(t, snap(self)[i])
	}
	vecType.SetItem = func(t *ext.Thread, self, key, v *object.Object) error {
		if v == nil {
			return ext.Errorf(t, ext.TypeError, "vec items cannot be deleted")
		}
		i, err := index(t, self, key)
		if err != nil {
			return err
		}
		n, err := ext.ToGo[int64](t, v)
		if err != nil {
			return err
		}
		vv := ext.As[vec](self)
		vv.mu.Lock()
		vv.xs[i] = n
		vv.mu.Unlock()
		return nil
	}
	vecType.Hash = func(t *ext.Thread, self *object.Object) (int64, error) {
		var h int64
		for _, x := range snap(self) {
			h = h*31 + x
		}
		return h, nil
	}
	vecType.Compare = func(t *ext.Thread, self, other *object.Object, op object.CompareOp) (*object.Object, error) {
		if !vecType.Check(other) || (op != object.EQ && op != object.NE) {
			return object.NotImplemented, nil
		}
		a, b := snap(self), snap(other)
		eq := fmt.Sprint(a) == fmt.Sprint(b)
		return ext.FromGo(t, eq == (op == object.EQ))
	}
	vecType.Iter = func(t *ext.Thread, self *object.Object) (*object.Object, error) {
		it := &vecIter{xs: snap(self)}
		vecIterType.Init(t, &it.Object)
		return &it.Object, nil
	}
	vecIterType.Iter = func(t *ext.Thread, self *object.Object) (*object.Object, error) { return t.NewRef(self), nil }
	vecIterType.Next = func(t *ext.Thread, self *object.Object) (*object.Object, error) {
		it := ext.As[vecIter](self)
		if it.i >= len(it.xs) {
			return nil, nil
		}
		it.i++
		return ext.FromGo(t, it.xs[it.i-1])
	}
	ext.Register(&ext.Module{Name: "_extslots", Types: []*ext.Type{vecType, vecIterType}})
}

func TestSlotsFromPython(t *testing.T) {
	th := thread(t)
	mustRun(t, th, `
from _extslots import vec
v = vec([1, 2, 3])
assert len(v) == 3 and v[1] == 2 and str(v) == "[1 2 3]"
v[1] = 20
assert list(v) == [1, 20, 3] and [x for x in v] == [1, 20, 3]
assert v == vec([1, 20, 3]) and v != vec([1]) and v != 5
assert hash(v) == hash(vec([1, 20, 3]))
assert {v: 1}[vec([1, 20, 3])] == 1
for bad, exc in ((lambda: v[3], IndexError), (lambda: v["a"], TypeError)):
    try:
        bad()
    except exc:
        pass
    else:
        raise AssertionError
try:
    del v[0]
except TypeError as e:
    assert str(e) == "vec items cannot be deleted"
`)
}
