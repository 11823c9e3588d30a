// This file defines frame objects' attributes (f_back, f_locals, ...)
// and methods.

package vm

import (
	"github.com/ftpy/ftpy/compile"
	"github.com/ftpy/ftpy/object"
)

func asFrameObject(o *object.Object) *FrameObject { return object.Cast[FrameObject](o) }

// frameRunning reports whether f is on a thread's chain of running
// frames (a suspended generator's is not), so that f.back is its caller.
func frameRunning(f *Frame) bool {
	return f.generator == nil || f.gen != nil || f.generator.isRunning()
}

// frameBack is f_back: the caller's frame object, or None.
func frameBack(t *object.Thread, o *object.Object) (*object.Object, error) {
	fo := asFrameObject(o)
	st := stateOf(t)
	var back *object.Object
	fo.inspect(st, func(f *Frame, owner *State) {
		if b := f.back; b != nil && frameRunning(f) {
			back = st.frameObject(b, owner)
		}
	}, func() {
		if fo.back != nil {
			back = t.NewRef(fo.back)
		}
	})
	if back == nil {
		return object.None, nil
	}
	return back, nil
}

// frameLasti is the frame's current instruction, -1 before the first.
func frameLasti(st *State, fo *FrameObject) int {
	i := 0
	fo.inspect(st, func(f *Frame, _ *State) { i = currentInstr(f) }, func() { i = fo.lasti })
	return i
}

// frameLocals is f_locals: a module or class body's namespace itself; for
// a function, a dict of its bound fast locals (cells' contents included)
// that each read brings up to date, as CPython 3.11's does.
func frameLocals(t *object.Thread, o *object.Object) (*object.Object, error) {
	fo := asFrameObject(o)
	if fo.ns != nil {
		return t.NewRef(fo.ns), nil
	}
	st := stateOf(t)
	code := fo.code
	// Collect counted references first, the world stopped if need be;
	// update the dict after, when other threads run again.
	vals := make([]*object.Object, code.NumSlots())
	fo.inspect(st, func(f *Frame, _ *State) {
		for i, r := range f.slots[:len(vals)] {
			if !r.IsNull() {
				vals[i] = t.NewRef(r.Obj())
			}
		}
	}, func() {
		for i, x := range fo.slots {
			if x != nil {
				vals[i] = t.NewRef(x)
			}
		}
	})
	names, values := localsOf(t, code, vals)
	fo.mu.Lock()
	d := fo.locals
	if d == nil {
		d = object.NewDict(t)
		fo.locals = d
	}
	t.Incref(d.Obj())
	fo.mu.Unlock()
	var err error
	for i, name := range names {
		key := object.Intern(name).Obj()
		if err == nil {
			if v := values[i]; v != nil {
				err = object.SetItem(t, d.Obj(), key, v)
			} else if _, e := d.DelItem(t, key); e != nil {
				err = e
			}
		}
		t.XDecref(values[i])
	}
	if err != nil {
		t.Decref(d.Obj())
		return nil, err
	}
	return d.Obj(), nil
}

// localsOf pairs a function frame's slot values (counted references it
// takes over) with their names in f_locals order: parameters and other
// locals, a captured parameter at its own place, then the other cells,
// then the free variables. A cell stands for its contents; a nil value
// is unbound.
func localsOf(t *object.Thread, code *compile.Code, vals []*object.Object) ([]string, []*object.Object) {
	nl, nc := len(code.LocalNames), len(code.CellNames)
	names := make([]string, 0, len(vals))
	values := make([]*object.Object, 0, len(vals))
	contents := func(x *object.Object) *object.Object {
		if x == nil || x.Type() != CellType {
			return x
		}
		defer t.Decref(x)
		r := object.Cast[Cell](x).load(t)
		if r.IsNull() {
			return nil
		}
		return t.AsSteal(r)
	}
	argCell := map[int]int{}
	for i, j := range code.Cell2Arg {
		if j >= 0 {
			argCell[j] = nl + i
		}
	}
	for i := range nl {
		v := vals[i]
		if k, ok := argCell[i]; ok && v == nil {
			v, vals[k] = contents(vals[k]), nil
		}
		names = append(names, code.LocalNames[i])
		values = append(values, v)
	}
	for i := range nc {
		if code.Cell2Arg[i] >= 0 {
			if x := vals[nl+i]; x != nil {
				t.Decref(x)
			}
			continue
		}
		names = append(names, code.CellNames[i])
		values = append(values, contents(vals[nl+i]))
	}
	for i, name := range code.FreeNames {
		names = append(names, name)
		values = append(values, contents(vals[nl+nc+i]))
	}
	return names, values
}

// frameClear is frame.clear(): a returned frame drops its locals; a
// suspended generator's frame finishes the generator; a running frame
// refuses.
func frameClear(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "clear", args, kw, 0, 0); err != nil {
		return nil, err
	}
	fo := asFrameObject(self)
	st := stateOf(t)
	var gen *Generator
	executing := false
	fo.inspect(st, func(f *Frame, _ *State) {
		if frameRunning(f) {
			executing = true
		} else {
			gen = f.generator
		}
	}, func() {})
	if executing {
		return nil, t.Errorf(object.RuntimeErrorType, "cannot clear an executing frame")
	}
	if gen != nil {
		t.Incref(&gen.Object)
		err := st.closeGenerator(gen)
		t.Decref(&gen.Object)
		if err != nil {
			return nil, err
		}
	}
	fo.mu.Lock()
	trace := fo.trace
	fo.trace = nil
	fo.mu.Unlock()
	t.XDecref(trace)
	frameObjectClear(t, self)
	return object.None, nil
}

func boolAttr(t *object.Thread, v *object.Object, name string) (bool, error) {
	if v == nil {
		return false, t.Errorf(object.AttributeErrorType, "cannot delete attribute")
	}
	if v.Type() != object.BoolType {
		return false, t.Errorf(object.TypeErrorType, "attribute value type must be bool")
	}
	return v == object.True, nil
}

var frameGetSets = []object.GetSetDef{
	{Name: "f_back", Get: frameBack},
	{Name: "f_code", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return &asFrameObject(o).code.Object, nil // immortal
	}},
	{Name: "f_globals", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		if g := asFrameObject(o).globals; g != nil {
			return t.NewRef(g.Obj()), nil
		}
		return object.None, nil
	}},
	{Name: "f_builtins", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		b := asFrameObject(o).builtins
		if b == nil {
			return object.NewDict(t).Obj(), nil
		}
		if IsModule(b) {
			return t.NewRef(object.Cast[Module](b).Dict.Obj()), nil
		}
		return t.NewRef(b), nil
	}},
	{Name: "f_locals", Get: frameLocals},
	{Name: "f_lineno", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		fo := asFrameObject(o)
		return object.NewInt(t, int64(lineOf(fo.code, frameLasti(stateOf(t), fo)))), nil
	}, Set: frameSetLineno},
	{Name: "f_lasti", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		i := frameLasti(stateOf(t), asFrameObject(o))
		if i < 0 {
			return object.NewInt(t, -1), nil
		}
		return object.NewInt(t, int64(i)*2), nil // co_code offsets: two bytes an instruction
	}},
	{Name: "f_trace", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		fo := asFrameObject(o)
		fo.mu.Lock()
		defer fo.mu.Unlock()
		if fo.trace == nil {
			return object.None, nil
		}
		return t.NewRef(fo.trace), nil
	}, Set: frameSetTrace},
	{Name: "f_trace_lines", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		fo := asFrameObject(o)
		fo.mu.Lock()
		defer fo.mu.Unlock()
		return object.NewBool(fo.traceLines), nil
	}, Set: func(t *object.Thread, o, v *object.Object) error {
		b, err := boolAttr(t, v, "f_trace_lines")
		if err == nil {
			fo := asFrameObject(o)
			fo.mu.Lock()
			fo.traceLines = b
			fo.mu.Unlock()
		}
		return err
	}},
	{Name: "f_trace_opcodes", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		fo := asFrameObject(o)
		fo.mu.Lock()
		defer fo.mu.Unlock()
		return object.NewBool(fo.traceOpcodes), nil
	}, Set: func(t *object.Thread, o, v *object.Object) error {
		b, err := boolAttr(t, v, "f_trace_opcodes")
		if err == nil {
			fo := asFrameObject(o)
			fo.mu.Lock()
			fo.traceOpcodes = b
			fo.mu.Unlock()
		}
		return err
	}},
}

var frameMethods = []object.MethodDef{
	{Name: "clear", Fn: frameClear},
}

func init() {
	// Exceptions make frame objects as they unwind: a thread reuses those
	// that died rather than allocate.
	object.EnableFreeList(FrameType)
	object.ReadyType(FrameType, frameMethods, frameGetSets)
}
