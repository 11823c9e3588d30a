package object

import (
	"math"
	"testing"
)

// TestCheckAlloc: requests within the limit pass, larger ones and
// overflowed sizes raise MemoryError, and SetAllocLimit moves the limit.
func TestCheckAlloc(t *testing.T) {
	th := attached(t)
	defer SetAllocLimit(0)
	if AllocLimit() <= 1<<20 {
		t.Fatalf("default limit %d is implausibly low", AllocLimit())
	}
	SetAllocLimit(64 << 20)
	cases := []struct {
		n, size int64
		ok      bool
	}{
		{0, 8, true},
		{1 << 10, 8, true},
		{1 << 20, 8, true},
		{64 << 20, 1, false}, // the heap already holds some bytes
		{1 << 40, 1, false},
		{-1, 1, false},
		{math.MaxInt64 / 4, 8, false}, // count*size overflows
	}
	for _, c := range cases {
		err := th.CheckAllocItems(c.n, c.size)
		if (err == nil) != c.ok {
			t.Errorf("CheckAllocItems(%d, %d) = %v, want ok=%v", c.n, c.size, err, c.ok)
		}
		if err != nil {
			if !ErrorMatches(err, MemoryErrorType) {
				t.Errorf("CheckAllocItems(%d, %d): %v, want MemoryError", c.n, c.size, err)
			}
			th.DropError(err)
		}
	}
	SetAllocLimit(0)
	if err := th.CheckAlloc(32 << 20); err != nil {
		t.Errorf("32 MiB refused under the default limit: %v", err)
	}
}
