package gc

import (
	"sync"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

// callbacks maps each interpreter that imported gc to its gc.callbacks
// list (a reference held for the interpreter's life). As in CPython, the
// collector calls the list it created, even if the program rebinds the
// module attribute.
var callbacks struct {
	mu    sync.Mutex
	lists map[*vm.Interp]*object.List
}

// callbacksFor returns in's callbacks list, creating it on first use; the
// caller gets a new reference.
func callbacksFor(t *object.Thread, in *vm.Interp) *object.List {
	callbacks.mu.Lock()
	defer callbacks.mu.Unlock()
	l := callbacks.lists[in]
	if l == nil {
		if callbacks.lists == nil {
			callbacks.lists = map[*vm.Interp]*object.List{}
		}
		l = object.NewList(t, nil)
		callbacks.lists[in] = l
	}
	t.Incref(l.Obj())
	return l
}

// lookupCallbacks returns in's callbacks list, borrowed, or nil.
func lookupCallbacks(in *vm.Interp) *object.List {
	callbacks.mu.Lock()
	defer callbacks.mu.Unlock()
	return callbacks.lists[in]
}

var (
	strStart         = object.Intern("start")
	strStop          = object.Intern("stop")
	strGeneration    = object.Intern("generation")
	strCollected     = object.Intern("collected")
	strUncollectable = object.Intern("uncollectable")
)

// runCallbacks is the collector's hook: it calls each callable in the
// collecting interpreter's gc.callbacks with (phase, info). An exception
// from one is reported as unraisable and the others still run.
func runCallbacks(t *object.Thread, phase string, generation, collected, uncollectable int) {
	st, ok := t.VM.(*vm.State)
	if !ok || st == nil {
		return
	}
	l := lookupCallbacks(st.Interp())
	if l == nil || l.Len() == 0 {
		return
	}
	info := object.NewDict(t)
	defer t.Decref(info.Obj())
	for _, kv := range []struct {
		k *object.Str
		v int
	}{{strGeneration, generation}, {strCollected, collected}, {strUncollectable, uncollectable}} {
		v := object.NewInt(t, int64(kv.v))
		info.SetStr(t, kv.k, v)
		t.Decref(v)
	}
	ph := strStart.Obj()
	if phase == "stop" {
		ph = strStop.Obj()
	}
	// The list may change while the callbacks run: read it by index, as
	// CPython does.
	for i := 0; ; i++ {
		cb := l.ItemRef(t, i)
		if cb == nil {
			break
		}
		r, err := object.Call(t, cb, []*object.Object{ph, info.Obj()}, nil)
		if err != nil {
			st.WriteUnraisable(err, "Exception ignored in", cb)
		} else {
			t.Decref(r)
		}
		t.Decref(cb)
	}
}
