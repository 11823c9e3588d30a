package ftpy_test

import (
	"bytes"
	"context"
	"sync"
	"testing"
)

// TestBasesAssignmentConcurrent flips a class's __bases__ while other
// threads call its methods, read its MRO and use its special methods
// through it and a subclass: each must see one whole hierarchy or the
// other, never a mix (an MRO naming one base with slots from the other).
func TestBasesAssignmentConcurrent(t *testing.T) {
	var out bytes.Buffer
	in := newInterp(t, &out)
	ctx := context.Background()
	src := `
class A:
    def who(self): return "A"
    def __len__(self): return 1
class B:
    def who(self): return "B"
    def __len__(self): return 2
class C(A): pass
class D(C): pass
objs = [C(), D()]

def flip(n):
    for i in range(n):
        C.__bases__ = (B,) if i % 2 == 0 else (A,)
    return n

def read(n):
    bad = 0
    for i in range(n):
        o = objs[i % 2]
        w = o.who()
        if w not in ("A", "B") or len(o) not in (1, 2):
            bad += 1
        m = type(o).__mro__
        if len(m) != 3 + i % 2 or m[-2] not in (A, B) or m[-1] is not object:
            bad += 1
    return bad
`
	if err := in.Exec(ctx, "<test>", src); err != nil {
		t.Fatal(err)
	}
	const flips, reads = 300, 2000
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		if r, err := in.Call(ctx, "flip", flips); err != nil || r != int64(flips) {
			t.Errorf("flip = %v, %v", r, err)
		}
	}()
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if r, err := in.Call(ctx, "read", reads); err != nil || r != int64(0) {
				t.Errorf("read = %v, %v (want 0 inconsistent reads)", r, err)
			}
		}()
	}
	wg.Wait()
}
