package random

import (
	"math/big"
	"sync"
	"testing"
)

func TestSeed42(t *testing.T) {
	var r Random
	r.mt.initByArray(intKey(bigInt(42)))
	want := []float64{0.6394267984578837, 0.025010755222666936, 0.27502931836911926}
	for i, w := range want {
		if got := r.float(); got != w {
			t.Fatalf("random() #%d = %v, want %v", i, got, w)
		}
	}
}

// TestConcurrent shares one generator between goroutines, as random.py's
// module-level functions do between threads (run with -race).
func TestConcurrent(t *testing.T) {
	var r Random
	r.mt.initByArray([]uint32{1})
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 5000; i++ {
				if v := r.float(); v < 0 || v >= 1 {
					t.Errorf("random() = %v", v)
				}
				r.mu.Lock()
				v := r.mt.bits64(3)
				r.mu.Unlock()
				if v >= 8 {
					t.Errorf("getrandbits(3) = %v", v)
				}
			}
		}()
	}
	wg.Wait()
}

func bigInt(v int64) *big.Int { return big.NewInt(v) }
