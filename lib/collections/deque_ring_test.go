package collections

import (
	"math/rand"
	"testing"

	"github.com/ftpy/ftpy/object"
)

// TestRingModel runs random operations on a ring and on a plain slice
// and compares them after each: the ring's index arithmetic wraps
// around, grows and shrinks in ways a few fixed cases would miss.
func TestRingModel(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	objs := make([]*object.Object, 64)
	for i := range objs {
		objs[i] = &object.Object{}
	}
	var r ring
	var model []*object.Object
	for step := 0; step < 50000; step++ {
		v := objs[rng.Intn(len(objs))]
		if step%5000 == 0 {
			// Grow well past the shrink threshold now and then.
			for i := 0; i < 300; i++ {
				r.pushBack(v)
				model = append(model, v)
			}
		}
		switch op := rng.Intn(12); {
		case op < 2:
			r.pushBack(v)
			model = append(model, v)
		case op < 4:
			r.pushFront(v)
			model = append([]*object.Object{v}, model...)
		case op == 4 || op == 10:
			got := r.popBack()
			var want *object.Object
			if len(model) > 0 {
				want, model = model[len(model)-1], model[:len(model)-1]
			}
			if got != want {
				t.Fatalf("step %d: popBack", step)
			}
		case op == 5 || op == 11:
			got := r.popFront()
			var want *object.Object
			if len(model) > 0 {
				want, model = model[0], model[1:]
			}
			if got != want {
				t.Fatalf("step %d: popFront", step)
			}
		case op == 6 && len(model) > 0:
			i := rng.Intn(len(model))
			if got := r.deleteAt(i); got != model[i] {
				t.Fatalf("step %d: deleteAt(%d)", step, i)
			}
			model = append(model[:i:i], model[i+1:]...)
		case op == 7:
			i := rng.Intn(len(model) + 1)
			r.insertAt(i, v)
			model = append(model[:i:i], append([]*object.Object{v}, model[i:]...)...)
		case op == 8 && len(model) > 1:
			k := 1 + rng.Intn(len(model)-1)
			r.rotate(k)
			model = append(model[len(model)-k:len(model):len(model)], model[:len(model)-k]...)
		case op == 9:
			r.reverse()
			for i, j := 0, len(model)-1; i < j; i, j = i+1, j-1 {
				model[i], model[j] = model[j], model[i]
			}
		}
		if r.len() != len(model) {
			t.Fatalf("step %d: len %d, want %d", step, r.len(), len(model))
		}
		if step%97 == 0 {
			for i, w := range r.slice() {
				if w != model[i] {
					t.Fatalf("step %d: item %d differs", step, i)
				}
			}
		}
	}
}
