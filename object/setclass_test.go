package object

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

var plainType2 = NewStaticType(&Type{Name: "plain2", Flags: FlagWeakrefable})

// TestStressSetClass flips a shared object's type while other threads
// read it: every read must see one of the two types, the race detector
// must see the stores ordered by the stop-the-world handshake, and the
// debug live counts must follow the object.
func TestStressSetClass(t *testing.T) {
	main := attached(t)
	live1, live2 := liveDelta(plainType), liveDelta(plainType2)
	o := newPlain(main, 7)
	main.SetImmortal(o) // shared by the readers without counting
	var running atomic.Bool
	running.Store(true)
	var wg sync.WaitGroup
	var reads atomic.Int64
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			th := NewThread()
			th.Attach()
			for running.Load() {
				if typ := o.Type(); typ != plainType && typ != plainType2 {
					t.Errorf("read a type that was never stored: %p", typ)
				}
				reads.Add(1)
				th.Poll()
			}
			th.Exit()
		}()
	}
	flips := 0
	for deadline := time.Now().Add(200 * time.Millisecond); time.Now().Before(deadline) || flips%2 != 0; flips++ {
		if flips%2 == 0 {
			main.SetClass(o, plainType2)
		} else {
			main.SetClass(o, plainType)
		}
	}
	running.Store(false)
	main.Detach()
	wg.Wait()
	main.Attach()
	if o.Type() != plainType || flips == 0 || reads.Load() == 0 {
		t.Fatalf("type %s after %d flips and %d reads", o.Type().Name, flips, reads.Load())
	}
	if d1, d2 := live1(), live2(); d1 != 1 || d2 != 0 {
		t.Fatalf("live counts moved by %d and %d, want 1 and 0", d1, d2)
	}
}

// TestStressSetTypeName renames a type while other threads read its
// name: each read sees one of the names stored, and -race sees the
// stores ordered by the stop.
func TestStressSetTypeName(t *testing.T) {
	main := attached(t)
	typ := NewStaticType(&Type{Name: "before"})
	var running atomic.Bool
	running.Store(true)
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			th := NewThread()
			th.Attach()
			for running.Load() {
				if n := typ.Name; n != "before" && n != "after" {
					t.Errorf("read name %q", n)
				}
				th.Poll()
			}
			th.Exit()
		}()
	}
	names := [2]string{"after", "before"}
	for i := range 200 {
		main.SetTypeName(typ, names[i%2])
	}
	running.Store(false)
	main.Detach()
	wg.Wait()
	main.Attach()
	if typ.Name != "before" {
		t.Fatalf("name %q after an even number of renames", typ.Name)
	}
}
