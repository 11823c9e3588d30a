// This file implements calls: from the eval loop's stack (moving the
// argument refs straight into the callee's frame), from Go (object.Call
// on a function), and *args/**kwargs calls; and the binding of arguments
// to parameters with CPython's error messages.

package vm

import (
	"strings"

	"github.com/ftpy/ftpy/compile"
	"github.com/ftpy/ftpy/object"
)

// callFromStack calls s[sp-n-2] with s[sp-n-1] (self, or null) and the n
// arguments above it, the last len(kwnames) of which are keyword values.
// It consumes all n+2 slots.
func (st *State) callFromStack(s []object.StackRef, sp, n int, kwnames *object.Tuple) (*object.Object, error) {
	t := st.t
	base := sp - n - 2
	callable := s[base]
	if fnObj := callable.Obj(); fnObj.Type() == FunctionType {
		first := base + 2
		if !s[base+1].IsNull() {
			first = base + 1
		}
		r, err := st.callPy(object.Cast[Function](fnObj), s[first:sp], kwnames)
		for i := first; i < sp; i++ {
			s[i] = object.Null // moved into the callee's frame
		}
		t.Close(callable)
		s[base] = object.Null
		if st.frame.retrace {
			return st.retraceAfterCall(s, base, r, err)
		}
		return r, err
	}
	mark := len(st.argBuf)
	if self := s[base+1]; !self.IsNull() {
		st.argBuf = append(st.argBuf, self.Obj())
	}
	for i := base + 2; i < sp; i++ {
		st.argBuf = append(st.argBuf, s[i].Obj())
	}
	var r *object.Object
	var err error
	if st.hooked {
		r, err = st.callProfiled(callable.Obj(), st.argBuf[mark:], kwnames)
	} else {
		r, err = object.Call(t, callable.Obj(), st.argBuf[mark:], kwnames)
	}
	clear(st.argBuf[mark:])
	st.argBuf = st.argBuf[:mark]
	for i := base; i < sp; i++ {
		t.Close(s[i])
		s[i] = object.Null
	}
	if st.frame.retrace {
		// A debugger started tracing this frame (trace.go).
		return st.retraceAfterCall(s, base, r, err)
	}
	return r, err
}

// callFunction calls a Python function from Go with borrowed arguments.
func (st *State) callFunction(fn *Function, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
	return st.callWithSelf(fn.Obj(), nil, args, kwnames)
}

// callWithSelf calls callable with self (unless nil) before args, without
// allocating: the argument arrays come from LIFO buffers of the State.
func (st *State) callWithSelf(callable, self *object.Object, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
	t := st.t
	if callable.Type() == FunctionType {
		mark := len(st.refBuf)
		if self != nil {
			st.refBuf = append(st.refBuf, t.RefFromNew(self))
		}
		for _, a := range args {
			st.refBuf = append(st.refBuf, t.RefFromNew(a))
		}
		// callPy moves the refs into the callee's frame.
		r, err := st.callPy(object.Cast[Function](callable), st.refBuf[mark:], kwnames)
		clear(st.refBuf[mark:])
		st.refBuf = st.refBuf[:mark]
		return r, err
	}
	if self == nil {
		return object.Call(t, callable, args, kwnames)
	}
	mark := len(st.argBuf)
	st.argBuf = append(st.argBuf, self)
	st.argBuf = append(st.argBuf, args...)
	r, err := object.Call(t, callable, st.argBuf[mark:], kwnames)
	clear(st.argBuf[mark:])
	st.argBuf = st.argBuf[:mark]
	return r, err
}

// Obj returns the object header.
func (fn *Function) Obj() *object.Object { return &fn.Object }

// callPy calls fn with args, stack refs it takes over.
func (st *State) callPy(fn *Function, args []object.StackRef, kwnames *object.Tuple) (*object.Object, error) {
	f, err := st.enterPy(fn, args, kwnames)
	if err != nil {
		return nil, err
	}
	if fn.Code.IsGenerator() {
		return st.newGenerator(fn, f)
	}
	st.t.Depth++
	r, err := st.run(f)
	st.t.Depth--
	return r, err
}

// enterPy makes the frame for a call of fn with args (stack refs it takes
// over, also on error): arguments bound, cells made. It is the safe point
// of a call, so that recursion without loops cannot hold off a
// stop-the-world or a Ctrl-C.
func (st *State) enterPy(fn *Function, args []object.StackRef, kwnames *object.Tuple) (*Frame, error) {
	if int64(st.t.Depth) >= st.interp.recursionLimit.Load() {
		for _, a := range args {
			st.t.Close(a)
		}
		return nil, st.t.Errorf(object.RecursionErrorType, "maximum recursion depth exceeded")
	}
	code := fn.Code
	f := st.pushFrame(code)
	f.fn = fn
	f.globals = fn.Globals
	f.builtins = fn.Builtins
	if kwnames == nil && len(args) == code.ArgCount && code.SimpleParams {
		// The common call: exactly the positional parameters. A loop,
		// not copy: for a few refs, copy's call into the runtime costs
		// more than the moves.
		slots := f.slots[:len(args)]
		//lint:ignore S1001 measured: the loop is faster for the usual one to three args
		for i, a := range args {
			slots[i] = a
		}
	} else if err := st.bindArgs(fn, f, args, kwnames); err != nil {
		st.clearSlots(f)
		st.popFrame(f)
		return nil, err
	}
	if len(code.CellNames) > 0 || fn.Closure != nil {
		st.initCells(fn, f)
	}
	if !code.IsGenerator() && st.t.Poll() != 0 {
		if err := st.handlePending(); err != nil {
			st.clearSlots(f)
			st.popFrame(f)
			return nil, err
		}
	}
	return f, nil
}

// initCells fills the frame's cell slots (parameters captured by inner
// functions start with the argument's value) and free-variable slots.
func (st *State) initCells(fn *Function, f *Frame) {
	t := st.t
	code := fn.Code
	nl := len(code.LocalNames)
	for i, arg := range code.Cell2Arg {
		var v *object.Object
		if arg >= 0 && !f.slots[arg].IsNull() {
			v = t.AsSteal(f.slots[arg])
			f.slots[arg] = object.Null
		}
		f.slots[nl+i] = object.RefSteal(&newCell(t, v).Object)
	}
	if fn.Closure != nil {
		base := nl + len(code.CellNames)
		for i, c := range fn.Closure.Items {
			f.slots[base+i] = t.RefFromNew(c)
		}
	}
}

// bindArgs stores the arguments in f's parameter slots, applying
// defaults, *args and **kwargs. It takes over every ref in args, also on
// error.
func (st *State) bindArgs(fn *Function, f *Frame, args []object.StackRef, kwnames *object.Tuple) error {
	t := st.t
	code := fn.Code
	nkw := 0
	if kwnames != nil {
		nkw = len(kwnames.Items)
	}
	npos := len(args) - nkw
	argc := code.ArgCount
	total := argc + code.KwOnlyArgCount
	s := f.slots
	hasVarargs := code.Flags&compile.FlagVarargs != 0
	hasVarkw := code.Flags&compile.FlagVarKeywords != 0

	// Fast path: exactly the positional parameters.
	if nkw == 0 && npos == argc && code.KwOnlyArgCount == 0 && !hasVarargs && !hasVarkw {
		copy(s, args)
		return nil
	}
	closeFrom := func(i int) {
		for ; i < len(args); i++ {
			t.Close(args[i])
		}
	}
	n := min(npos, argc)
	copy(s[:n], args[:n])
	if hasVarargs {
		var extra []*object.Object
		for i := n; i < npos; i++ {
			extra = append(extra, t.AsSteal(args[i]))
		}
		s[total] = object.RefSteal(object.NewTuple(t, extra).Obj())
	} else if npos > argc {
		closeFrom(n)
		return st.tooManyPositional(fn, npos, nkw, kwnames, args)
	}
	var kwdict *object.Dict
	if hasVarkw {
		kwdict = object.NewDict(t)
		slot := total
		if hasVarargs {
			slot++
		}
		s[slot] = object.RefSteal(kwdict.Obj())
	}
	var posOnlyAsKw []string
	for k := 0; k < nkw; k++ {
		kw := kwnames.Items[k]
		name := object.StrValue(kw)
		v := args[npos+k]
		idx := -1
		for j := code.PosOnlyArgCount; j < total; j++ {
			// Keyword names are interned constants: identity first.
			if kw == code.LocalNameObjs[j].Obj() || code.LocalNames[j] == name {
				idx = j
				break
			}
		}
		if idx < 0 {
			isPosOnly := false
			for j := 0; j < code.PosOnlyArgCount; j++ {
				if code.LocalNames[j] == name {
					isPosOnly = true
				}
			}
			if kwdict != nil {
				kwdict.SetItem(t, kwnames.Items[k], v.Obj())
				t.Close(v)
				continue
			}
			if isPosOnly {
				posOnlyAsKw = append(posOnlyAsKw, name)
				t.Close(v)
				continue
			}
			closeFrom(npos + k)
			return t.Errorf(object.TypeErrorType, "%s got an unexpected keyword argument '%s'", fnName(fn), name)
		}
		if !s[idx].IsNull() {
			closeFrom(npos + k)
			return t.Errorf(object.TypeErrorType, "%s got multiple values for argument '%s'", fnName(fn), name)
		}
		s[idx] = v
	}
	if len(posOnlyAsKw) > 0 {
		return t.Errorf(object.TypeErrorType, "%s got some positional-only arguments passed as keyword arguments: '%s'",
			fnName(fn), strings.Join(posOnlyAsKw, ", "))
	}
	// Defaults for the missing positional parameters.
	var missing []string
	ndef := 0
	if fn.Defaults != nil {
		ndef = len(fn.Defaults.Items)
	}
	for i := npos; i < argc; i++ {
		if !s[i].IsNull() {
			continue
		}
		if d := i - (argc - ndef); d >= 0 {
			s[i] = t.RefFromNew(fn.Defaults.Items[d])
		} else {
			missing = append(missing, code.LocalNames[i])
		}
	}
	if len(missing) > 0 {
		return st.missingArgs(fnName(fn), missing, "positional")
	}
	for i := argc; i < total; i++ {
		if !s[i].IsNull() {
			continue
		}
		name := code.LocalNames[i]
		if fn.KwDefaults != nil {
			if d := fn.KwDefaults.GetStr(code.LocalNameObjs[i]); d != nil {
				s[i] = t.RefFromNew(d)
				continue
			}
		}
		missing = append(missing, name)
	}
	if len(missing) > 0 {
		return st.missingArgs(fnName(fn), missing, "keyword-only")
	}
	return nil
}

func fnName(fn *Function) string { return object.StrValue(fn.QualName) + "()" }

func (st *State) tooManyPositional(fn *Function, given, nkw int, kwnames *object.Tuple, args []object.StackRef) error {
	code := fn.Code
	ndef := 0
	if fn.Defaults != nil {
		ndef = len(fn.Defaults.Items)
	}
	var takes string
	switch {
	case ndef > 0:
		takes = sprintf("from %d to %d positional arguments", code.ArgCount-ndef, code.ArgCount)
	case code.ArgCount == 1:
		takes = "1 positional argument"
	default:
		takes = sprintf("%d positional arguments", code.ArgCount)
	}
	// Keyword-only arguments given by keyword are mentioned, as CPython does.
	kwonly := 0
	if kwnames != nil {
		for _, k := range kwnames.Items {
			for j := code.ArgCount; j < code.ArgCount+code.KwOnlyArgCount; j++ {
				if code.LocalNames[j] == object.StrValue(k) {
					kwonly++
				}
			}
		}
	}
	was := "were"
	if given == 1 {
		was = "was"
	}
	if kwonly > 0 {
		kw := "argument"
		if kwonly > 1 {
			kw = "arguments"
		}
		return st.t.Errorf(object.TypeErrorType, "%s takes %s but %d positional argument%s (and %d keyword-only %s) %s given",
			fnName(fn), takes, given, plural(given), kwonly, kw, was)
	}
	return st.t.Errorf(object.TypeErrorType, "%s takes %s but %d %s given", fnName(fn), takes, given, was)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func (st *State) missingArgs(fname string, names []string, kind string) error {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = "'" + n + "'"
	}
	var list string
	switch len(quoted) {
	case 1:
		list = quoted[0]
	case 2:
		list = quoted[0] + " and " + quoted[1]
	default:
		list = strings.Join(quoted[:len(quoted)-1], ", ") + ", and " + quoted[len(quoted)-1]
	}
	arg := "argument"
	if len(names) > 1 {
		arg = "arguments"
	}
	return st.t.Errorf(object.TypeErrorType, "%s missing %d required %s %s: %s", fname, len(names), kind, arg, list)
}

// callEx implements CALL_FUNCTION_EX: [callable, null, args tuple,
// kwargs dict?].
func (st *State) callEx(s []object.StackRef, sp int, hasKw bool) (*object.Object, error) {
	t := st.t
	n := 3
	if hasKw {
		n = 4
	}
	base := sp - n
	callable := s[base].Obj()
	args := object.AsTuple(s[base+2].Obj()).Items
	if !hasKw {
		if st.hooked {
			return st.callProfiled(callable, args, nil)
		}
		return object.Call(t, callable, args, nil)
	}
	kw := object.AsDict(s[base+3].Obj())
	all := append([]*object.Object(nil), args...)
	var names []*object.Object
	for pos := 0; ; {
		var k, v *object.Object
		var ok bool
		pos, k, v, ok = kw.Next(pos)
		if !ok {
			break
		}
		if !object.IsStr(k) {
			return nil, t.Errorf(object.TypeErrorType, "keywords must be strings")
		}
		names = append(names, k)
		all = append(all, v)
	}
	var kwnames *object.Tuple
	if len(names) > 0 {
		kwnames = object.NewTupleRefs(t, names...)
		defer t.Decref(kwnames.Obj())
	}
	if st.hooked {
		return st.callProfiled(callable, all, kwnames)
	}
	return object.Call(t, callable, all, kwnames)
}

// makeFunction implements MAKE_FUNCTION, popping the code object and the
// parts its flags announce.
// It returns the function and the new stack top (taking sp by value keeps
// the eval loop's sp in a register).
func (st *State) makeFunction(f *Frame, s []object.StackRef, sp int, flags int, i int) (*Function, int) {
	t := st.t
	pop := func() *object.Object {
		sp--
		o := t.AsSteal(s[sp])
		s[sp] = object.Null
		return o
	}
	code := object.Cast[compile.Code](pop())
	var fn *Function
	if b := st.interp.Builtins.Obj(); st.globalsHoldBuiltins(f, i, b) {
		fn = st.newFunctionIn(code, f.globals, b)
	} else {
		r := st.builtinsCached(f, i)
		fn = st.newFunctionIn(code, f.globals, r.Obj())
		t.Close(r)
	}
	if flags&compile.MakeClosure != 0 {
		fn.Closure = object.AsTuple(pop())
	}
	if flags&compile.MakeAnnotations != 0 {
		fn.Annots = object.AsDict(pop())
	}
	if flags&compile.MakeKwDefaults != 0 {
		fn.KwDefaults = object.AsDict(pop())
	}
	if flags&compile.MakeDefaults != 0 {
		fn.Defaults = object.AsTuple(pop())
	}
	return fn, sp
}

// enterInlineCall is CALL's path into a callee the eval loop runs itself:
// a Python function (not a generator's) or, through enterInit, a class
// whose __init__ is one. The callable is s[base], then self or null, then
// the arguments up to sp. ok is false, with nothing changed, when the
// call is for the generic path; otherwise the arguments moved into the
// callee's frame (nf, or err), the slots above base are null, and s[base]
// keeps the callee alive until it returns.
func (st *State) enterInlineCall(s []object.StackRef, base, sp int, kwnames *object.Tuple) (nf *Frame, ok bool, err error) {
	if st.hooked {
		return nil, false, nil // each call through run, which reports it
	}
	callable := s[base].Obj()
	switch callable.Type() {
	case &object.TypeType:
		if kwnames == nil {
			return st.enterInit(object.AsType(callable), s, base, sp)
		}
	case FunctionType:
		fn := object.Cast[Function](callable)
		if fn.Code.IsGenerator() {
			return nil, false, nil
		}
		first := base + 2
		if !s[base+1].IsNull() {
			first = base + 1
		}
		nf, err = st.enterPy(fn, s[first:sp], kwnames)
		for i := base + 1; i < sp; i++ {
			s[i] = object.Null
		}
		return nf, true, err
	}
	return nil, false, nil
}

// enterInit is CALL's inline path for C(args), C a class of metaclass
// type whose instances object.__new__ makes and whose __init__ is a plain
// Python function (CPython's CALL_ALLOC_AND_ENTER_INIT): it allocates the
// instance and enters __init__'s frame, with no Go call (typeCall, run)
// in between. ok is false, with nothing changed, when the call does not
// qualify; then the generic path makes it. Otherwise the stack slots from
// base+1 are cleared, the callable's slot holds __init__ (keeping it
// alive during the call, as for any inline call) and the frame holds the
// instance (Frame.initSelf), which RETURN makes the call's result.
func (st *State) enterInit(typ *object.Type, s []object.StackRef, base, sp int) (nf *Frame, ok bool, err error) {
	t := st.t
	if !s[base+1].IsNull() || !typ.IsHeapType() || firstStatic(typ) != object.ObjectType ||
		t.LookupType(typ, strNew) != objectNewDescr() {
		return nil, false, nil
	}
	init := t.LookupTypeRef(typ, strInit)
	if init.IsNull() {
		return nil, false, nil
	}
	if init.Obj().Type() != FunctionType {
		t.Close(init)
		return nil, false, nil
	}
	fn := object.Cast[Function](init.Obj())
	if fn.Code.IsGenerator() || !fn.Code.SimpleParams || fn.Code.ArgCount != sp-base-1 {
		t.Close(init)
		return nil, false, nil
	}
	o, err := objectNew(t, typ, nil, nil)
	if err != nil {
		t.Close(init)
		return nil, false, nil
	}
	// self is borrowed in the frame: initSelf counts the instance.
	s[base+1] = object.RefBorrow(o)
	nf, err = st.enterPy(fn, s[base+1:sp], nil)
	for i := base + 1; i < sp; i++ {
		s[i] = object.Null
	}
	t.Close(s[base]) // the class: the instance keeps it alive
	s[base] = init
	if err != nil {
		t.Decref(o)
		return nil, true, err
	}
	nf.initSelf = o
	return nf, true, nil
}
