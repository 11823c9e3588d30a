// This file is the frame objects' side of tracing: f_trace set by a
// debugger on a running frame, and the write-back of f_locals after a
// hook ran.

package vm

import (
	"github.com/ftpy/ftpy/object"
)

// frameSetTrace is f_trace's setter.
func frameSetTrace(t *object.Thread, o, v *object.Object) error {
	fo := asFrameObject(o)
	if v == object.None {
		v = nil
	}
	if v != nil {
		t.Incref(v)
	}
	fo.setLocalTrace(t, v)
	// A frame this thread runs starts (or stops) reporting at once: its
	// loop reloads at its next safe point. A suspended generator's frame
	// picks its mode when resumed; another thread's frame, at its next
	// call or return.
	st := stateOf(t)
	if f := fo.frame.Load(); f != nil && (fo.owner == st || fo.owner == nil && st.onChain(f)) {
		st.retraceFrame(f)
	}
	return nil
}

func (fo *FrameObject) hasLocalsDict() bool {
	fo.mu.Lock()
	defer fo.mu.Unlock()
	return fo.locals != nil
}

// localsToFast writes a function frame's f_locals dict back into its
// fast locals and cells, as CPython 3.11 does after each trace or profile
// function (PyFrame_LocalsToFast with clear): a name the dict lacks is
// unbound. The frame runs on st's thread.
func (st *State) localsToFast(fo *FrameObject) {
	t := st.t
	f := fo.frame.Load()
	if f == nil || fo.ns != nil || !(fo.owner == st || fo.owner == nil && st.onChain(f)) {
		return
	}
	fo.mu.Lock()
	d := fo.locals
	if d != nil {
		t.Incref(d.Obj())
	}
	fo.mu.Unlock()
	if d == nil {
		return
	}
	defer t.Decref(d.Obj())
	code := f.code
	nl, nc := len(code.LocalNames), len(code.CellNames)
	lookup := func(name string) *object.Object {
		v, err := d.GetItem(t, object.Intern(name).Obj())
		if err != nil {
			t.DropError(err)
			return nil
		}
		return v // borrowed
	}
	storeCell := func(slot int, v *object.Object) {
		x := f.slots[slot].Obj()
		if x == nil || x.Type() != CellType {
			return
		}
		c := object.Cast[Cell](x)
		cur := c.load(t)
		same := cur.Obj() == v || cur.IsNull() && v == nil
		t.Close(cur)
		if same {
			return
		}
		if v != nil {
			t.Incref(v)
		}
		t.XDecref(c.swap(v))
	}
	argCell := map[int]int{}
	for i, j := range code.Cell2Arg {
		if j >= 0 {
			argCell[j] = nl + i
		}
	}
	for i := range nl {
		v := lookup(code.LocalNames[i])
		if k, ok := argCell[i]; ok && f.slots[i].IsNull() {
			storeCell(k, v)
			continue
		}
		if old := f.slots[i]; old.Obj() != v || old.IsNull() != (v == nil) {
			if v != nil {
				f.slots[i] = t.RefFromNew(v)
			} else {
				f.slots[i] = object.Null
			}
			t.Close(old)
		}
	}
	for i := range nc {
		if code.Cell2Arg[i] < 0 {
			storeCell(nl+i, lookup(code.CellNames[i]))
		}
	}
	for i, name := range code.FreeNames {
		storeCell(nl+nc+i, lookup(name))
	}
}
