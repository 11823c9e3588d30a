package object

import (
	"math/big"
	"sync"
	"testing"
)

// TestRangeBigForm checks which representation ranges take: big only
// when a bound or the length leaves int64, and back to int64 when a
// slice of a big range fits.
func TestRangeBigForm(t *testing.T) {
	th := attached(t)
	delta, idelta := liveDelta(RangeType), liveDelta(LongRangeIterType)
	b70 := NewIntBig(th, new(big.Int).Lsh(big.NewInt(1), 70))
	r := must(t)(callType(th, RangeType, []*Object{b70}, nil))
	if Cast[Range](r).big == nil {
		t.Fatal("range(2**70) took the int64 form")
	}
	if got := reprOf(t, th, r); got != "range(0, 1180591620717411303424)" {
		t.Errorf("repr %s", got)
	}
	sl := NewSlice(th, nil, SmallInt(5), nil)
	head := must(t)(GetItem(th, r, sl))
	if Cast[Range](head).big != nil {
		t.Error("range(2**70)[:5] kept the big form")
	}
	if got := intsOf(t, th, head); !eqInts(got, []int64{0, 1, 2, 3, 4}) {
		t.Errorf("range(2**70)[:5] = %v", got)
	}
	huge := NewRange(th, -1<<62, 1<<62, 1) // length 2**63 does not fit
	if Cast[Range](huge).big == nil {
		t.Error("NewRange with a length past int64 took the int64 form")
	}
	it := must(t)(Iter(th, huge))
	if it.Type() != LongRangeIterType {
		t.Errorf("iter type %s", it.Type().Name)
	}
	for _, o := range []*Object{it, huge, head, sl, r, b70} {
		th.Decref(o)
	}
	if d := delta(); d != 0 {
		t.Errorf("range live delta %d", d)
	}
	if d := idelta(); d != 0 {
		t.Errorf("longrange_iterator live delta %d", d)
	}
}

// TestStressLongRangeIterShared has threads draw from one
// longrange_iterator at once: every value comes out exactly once, each
// thread sees its values in increasing order, and -race sees the lock.
func TestStressLongRangeIterShared(t *testing.T) {
	const (
		workers = 4
		n       = 20000
	)
	main := attached(t)
	base := new(big.Int).Lsh(big.NewInt(1), 64)
	it := newLongRangeIter(main, base, big.NewInt(1), big.NewInt(n))
	seen := make([][]int64, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			th := NewThread()
			th.Attach()
			defer th.Exit()
			for {
				x, err := longRangeIterNext(th, it)
				if err != nil || x == nil {
					return
				}
				d := new(big.Int).Sub(AsInt(x).Big(), base)
				seen[w] = append(seen[w], d.Int64())
				th.Decref(x)
			}
		}()
	}
	wg.Wait()
	got := make([]bool, n)
	total := 0
	for _, vs := range seen {
		for i, v := range vs {
			if v < 0 || v >= n || got[v] {
				t.Fatalf("value %d out of range or repeated", v)
			}
			if i > 0 && vs[i-1] >= v {
				t.Fatalf("thread saw %d after %d", v, vs[i-1])
			}
			got[v] = true
			total++
		}
	}
	if total != n {
		t.Errorf("%d values, want %d", total, n)
	}
	main.Decref(it)
}
