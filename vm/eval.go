// This file is the eval loop: one function with one switch over the
// opcodes (compile/opcodes.go). Each case is short; slow paths live in
// named helpers in ops.go. The value stack holds stack refs: loading a
// deferred or immortal object (a global function, a class, a constant)
// pushes an uncounted ref and touches no reference count.
//
// Invariant: every slot above the stack top is Null, because the
// collector scans whole chunks of the data stack (frame.go). Every pop
// therefore clears the slot it pops.

package vm

import (
	"github.com/ftpy/ftpy/compile"
	"github.com/ftpy/ftpy/object"
)

// run executes f until it returns or raises. The frame's slots are
// cleared and the frame released before run returns.
func (st *State) run(f *Frame) (result *object.Object, err error) {
	t := st.t
	if err := t.EnterEvalLoop(); err != nil {
		// Python-to-Python calls do not nest run; only calls through Go
		// (a special method, a builtin calling back) do. They are bounded
		// so that no recursion limit, however high, overflows Go's stack.
		f.back = st.frame
		st.frame = f
		st.leave(f)
		return nil, err
	}
	entry, handled := f, st.handled
	defer func() {
		t.LeaveEvalLoop()
		if r := recover(); r != nil {
			result, err = nil, st.recoverRun(entry, handled, r)
		}
	}()
	if st.hooked {
		return st.runHooked(f)
	}
	return st.runLoop(f)
}

// runLoop is run's loop. It is a function of its own so that its results
// are not captured by run's deferred recover: results a closure captures
// live in memory, and the loop reads and writes err on many paths.
func (st *State) runLoop(f *Frame) (result *object.Object, err error) {
	t := st.t
	f.back = st.frame
	st.frame = f
	f.entry = true
	reraise := false
	throwing := f.throwing
	f.throwing = nil
	var (
		code   *compile.Code
		instrs []uint32
		consts []*object.Object
		names  []*object.Str
		s      []object.StackRef
		nslots int
		sp, ip int
		ins    uint32
		arg    int
	)

	// Calls of Python functions do not recurse into run: the callee's
	// frame becomes f and the loop reloads its state here; returning
	// reloads the caller's.
reload:
	code = f.code
	instrs = code.Instrs
	if f.traced != 0 {
		// A frame with a trace function runs a copy of its instructions
		// that reports each one (trace.go).
		instrs = st.tracedInstrs(f)
	}
	consts = code.Consts
	names = code.Names
	s = f.slots
	nslots = code.NumSlots()
	sp = f.sp
	ip = f.ip
	if throwing != nil {
		// Resumed by generator.throw: raise at the yield.
		err, throwing = throwing, nil
		goto onError
	}

loop:
	for {
		ins = instrs[ip]
		ip++
	dispatch:
		arg = int(ins >> 8)
		switch compile.Opcode(ins) {
		case compile.NOP:

		case compile.TRACE:
			// A traced frame's instruction: the tracer hears of it, then
			// the original runs (trace.go).
			f.sp, f.ip = sp, ip
			if ins, err = st.traceInstr(f); err != nil {
				goto onError
			}
			goto dispatch

		case compile.POP_TOP:
			sp--
			t.Close(s[sp])
			s[sp] = object.Null

		case compile.PUSH_NULL:
			s[sp] = object.Null
			sp++

		case compile.COPY:
			s[sp] = t.Dup(s[sp-arg])
			sp++

		case compile.SWAP:
			s[sp-1], s[sp-arg] = s[sp-arg], s[sp-1]

		case compile.LOAD_CONST:
			s[sp] = object.RefBorrow(consts[arg]) // constants are immortal
			sp++

		case compile.LOAD_FAST:
			r := s[arg]
			if r.IsNull() {
				err = st.unboundLocal(code, arg)
				goto onError
			}
			s[sp] = t.Dup(r)
			sp++

		case compile.LOAD_FAST_BORROW:
			r := s[arg]
			if r.IsNull() {
				err = st.unboundLocal(code, arg)
				goto onError
			}
			s[sp] = object.RefBorrow(r.Obj())
			sp++

		case compile.STORE_FAST:
			sp--
			v := s[sp]
			s[sp] = object.Null
			setLocal(t, s, arg, v)

		case compile.LOAD_GLOBAL:
			name := names[arg>>1]
			var r object.StackRef
			if c := code.Caches[ip-1].Load(); c != nil && c.Dict == f.globals {
				if !c.Builtin {
					r = f.globals.LoadGlobalAt(t, c.Index, name)
				} else if f.globals.KeysAdded() == c.Epoch && c.Builtins.Obj() == f.builtins {
					r = c.Builtins.LoadAt(t, c.Index, name)
				}
			}
			if r.IsNull() {
				var e error
				if r, e = st.loadGlobalCached(f, name, ip-1); e != nil {
					err = e
					goto onError
				}
			}
			s[sp] = r
			sp++
			if arg&1 != 0 {
				s[sp] = object.Null
				sp++
			}

		case compile.STORE_GLOBAL:
			sp--
			f.globals.SetStr(t, names[arg], s[sp].Obj())
			t.Close(s[sp])
			s[sp] = object.Null

		case compile.LOAD_NAME:
			r, e := st.loadName(f, names[arg])
			if e != nil {
				err = e
				goto onError
			}
			s[sp] = r
			sp++

		case compile.STORE_NAME:
			sp--
			if e := st.storeName(f, names[arg], s[sp].Obj()); e != nil {
				err = e
			}
			t.Close(s[sp])
			s[sp] = object.Null
			if err != nil {
				goto onError
			}

		case compile.LOAD_DEREF:
			r := object.Cast[Cell](s[arg].Obj()).load(t)
			if r.IsNull() {
				err = st.unboundFree(code, arg)
				goto onError
			}
			s[sp] = r
			sp++

		case compile.STORE_DEREF:
			sp--
			old := object.Cast[Cell](s[arg].Obj()).swap(t.AsSteal(s[sp]))
			s[sp] = object.Null
			t.XDecref(old)

		case compile.LOAD_CLOSURE:
			s[sp] = t.Dup(s[arg])
			sp++

		case compile.LOAD_ATTR:
			name := names[arg>>1]
			obj := s[sp-1]
			if arg&1 != 0 {
				if m := loadMethod(t, code, ip-1, obj.Obj(), name); !m.IsNull() {
					// The method form: [function, self] and no bound
					// method object.
					s[sp-1] = m
					s[sp] = obj
					sp++
					break
				}
			}
			if r := loadInstanceAttr(t, code, ip-1, obj.Obj(), name); !r.IsNull() {
				// An attribute of the object itself (a module's
				// function, a callable stored on an instance).
				s[sp-1] = r
				t.Close(obj)
				if arg&1 != 0 {
					s[sp] = object.Null
					sp++
				}
				break
			}
			// The generic path may run Python (a property, __getattr__)
			// or read this frame's f_lineno: say where the frame is. The
			// generic paths of the other operators that may call Python
			// methods do the same; fast paths do not.
			f.lasti = ip - 1
			v, e := object.GetAttr(t, obj.Obj(), name)
			if e != nil {
				err = e
				goto onError
			}
			s[sp-1] = object.RefSteal(v)
			t.Close(obj)
			if arg&1 != 0 {
				s[sp] = object.Null
				sp++
			}

		case compile.STORE_ATTR:
			obj, v := s[sp-1], s[sp-2]
			if !storeInstanceAttr(t, code, ip-1, obj.Obj(), names[arg], v.Obj()) {
				f.lasti = ip - 1 // generic paths may run Python: see LOAD_ATTR
				err = object.SetAttr(t, obj.Obj(), names[arg], v.Obj())
			}
			sp -= 2
			s[sp], s[sp+1] = object.Null, object.Null
			t.Close(obj)
			t.Close(v)
			if err != nil {
				goto onError
			}

		case compile.BINARY_OP:
			a, b := s[sp-2], s[sp-1]
			if next := instrs[ip]; compile.Opcode(next) == compile.STORE_FAST {
				// x = x op y on numbers: x's int or float takes the
				// result in place when nothing else can see it.
				if k := int(next >> 8); reusableLocal(t, s, k, s[nslots:sp-2]) &&
					object.FastBinaryInto(a.Obj(), b.Obj(), object.BinaryOp(arg&^32), s[k].Obj()) {
					sp -= 2
					s[sp], s[sp+1] = object.Null, object.Null
					t.Close(a)
					t.Close(b)
					ip++
					break
				}
			}
			r := object.FastBinary(t, a.Obj(), b.Obj(), object.BinaryOp(arg&^32))
			if r != nil {
				// An int or float result: no in-place form to honour.
			} else if f.lasti = ip - 1; arg&32 != 0 {
				r, err = object.InplaceOperation(t, a.Obj(), b.Obj(), object.BinaryOp(arg&^32))
			} else {
				r, err = object.BinaryOperation(t, a.Obj(), b.Obj(), object.BinaryOp(arg))
			}
			if err != nil {
				goto onError
			}
			sp--
			s[sp] = object.Null
			s[sp-1] = object.RefSteal(r)
			t.Close(a)
			t.Close(b)

		case compile.COMPARE_OP:
			a, b := s[sp-2], s[sp-1]
			r := object.FastCompare(a.Obj(), b.Obj(), object.CompareOp(arg))
			if r == nil {
				var e error
				f.lasti = ip - 1
				if r, e = object.RichCompare(t, a.Obj(), b.Obj(), object.CompareOp(arg)); e != nil {
					err = e
					goto onError
				}
			}
			sp--
			s[sp] = object.Null
			s[sp-1] = object.RefSteal(r)
			t.Close(a)
			t.Close(b)

		case compile.IS_OP:
			a, b := s[sp-2], s[sp-1]
			sp--
			s[sp] = object.Null
			s[sp-1] = object.RefBorrow(object.NewBool((a.Obj() == b.Obj()) != (arg == 1)))
			t.Close(a)
			t.Close(b)

		case compile.CONTAINS_OP:
			a, b := s[sp-2], s[sp-1]
			in, e := object.Contains(t, b.Obj(), a.Obj())
			if e != nil {
				err = e
				goto onError
			}
			sp--
			s[sp] = object.Null
			s[sp-1] = object.RefBorrow(object.NewBool(in != (arg == 1)))
			t.Close(a)
			t.Close(b)

		case compile.UNARY_NEGATIVE, compile.UNARY_POSITIVE, compile.UNARY_INVERT:
			a := s[sp-1]
			op := [...]object.UnaryOp{compile.UNARY_NEGATIVE: object.OpNeg,
				compile.UNARY_POSITIVE: object.OpPos, compile.UNARY_INVERT: object.OpInvert}[compile.Opcode(ins)]
			r, e := object.UnaryOperation(t, a.Obj(), op)
			if e != nil {
				err = e
				goto onError
			}
			s[sp-1] = object.RefSteal(r)
			t.Close(a)

		case compile.UNARY_NOT:
			a := s[sp-1]
			b, e := object.IsTrue(t, a.Obj())
			if e != nil {
				err = e
				goto onError
			}
			s[sp-1] = object.RefBorrow(object.NewBool(!b))
			t.Close(a)

		case compile.BINARY_SUBSCR:
			a, k := s[sp-2], s[sp-1]
			r, ok := object.FastSubscript(t, a.Obj(), k.Obj())
			if !ok {
				var e error
				f.lasti = ip - 1
				if r, e = object.GetItem(t, a.Obj(), k.Obj()); e != nil {
					err = e
					goto onError
				}
			}
			sp--
			s[sp] = object.Null
			s[sp-1] = object.RefSteal(r)
			t.Close(a)
			t.Close(k)

		case compile.STORE_SUBSCR:
			v, a, k := s[sp-3], s[sp-2], s[sp-1]
			if !object.FastStoreSubscript(t, a.Obj(), k.Obj(), v.Obj()) {
				f.lasti = ip - 1
				err = object.SetItem(t, a.Obj(), k.Obj(), v.Obj())
			}
			sp -= 3
			s[sp], s[sp+1], s[sp+2] = object.Null, object.Null, object.Null
			t.Close(v)
			t.Close(a)
			t.Close(k)
			if err != nil {
				goto onError
			}

		case compile.BUILD_SLICE:
			var step *object.Object
			if arg == 3 {
				step = s[sp-1].Obj()
			}
			r := object.NewSlice(t, s[sp-arg].Obj(), s[sp-arg+1].Obj(), step)
			sp = st.popN(s, sp, arg)
			s[sp] = object.RefSteal(r)
			sp++

		case compile.BUILD_TUPLE:
			tup := object.NewTupleOf(t, arg)
			for i := range arg {
				tup.Items[i] = t.AsSteal(s[sp-arg+i])
				s[sp-arg+i] = object.Null
			}
			sp -= arg
			s[sp] = object.RefSteal(tup.Obj())
			sp++

		case compile.BUILD_LIST:
			items := st.stealN(s, sp, arg)
			sp -= arg
			s[sp] = object.RefSteal(object.NewList(t, items).Obj())
			sp++

		case compile.BUILD_MAP:
			d := object.NewDict(t)
			for i := sp - 2*arg; i < sp; i += 2 {
				if e := d.InitItem(t, s[i].Obj(), s[i+1].Obj()); e != nil && err == nil {
					err = e
				}
			}
			sp = st.popN(s, sp, 2*arg)
			s[sp] = object.RefSteal(d.Obj())
			sp++
			if err != nil {
				goto onError
			}

		case compile.BUILD_SET:
			r, e := st.buildSet(s[sp-arg : sp])
			sp = st.popN(s, sp, arg)
			if e != nil {
				err = e
				goto onError
			}
			s[sp] = object.RefSteal(r)
			sp++

		case compile.BUILD_STRING:
			r, e := st.buildString(s[sp-arg : sp])
			sp = st.popN(s, sp, arg)
			if e != nil {
				err = e
				goto onError
			}
			s[sp] = object.RefSteal(r)
			sp++

		case compile.FORMAT_VALUE:
			var spec *object.Object
			if arg&4 != 0 {
				sp--
				spec = t.AsSteal(s[sp])
				s[sp] = object.Null
			}
			r, e := st.formatValue(s[sp-1].Obj(), arg&3, spec)
			if spec != nil {
				t.Decref(spec)
			}
			if e != nil {
				err = e
				goto onError
			}
			t.Close(s[sp-1])
			s[sp-1] = object.RefSteal(r)

		case compile.LIST_APPEND:
			sp--
			l := object.AsList(s[sp-arg].Obj())
			l.AppendPrivate(t.AsSteal(s[sp]))
			s[sp] = object.Null

		case compile.SET_ADD:
			sp--
			err = st.setAdd(s[sp-arg].Obj(), s[sp].Obj())
			t.Close(s[sp])
			s[sp] = object.Null
			if err != nil {
				goto onError
			}

		case compile.MAP_ADD:
			k, v := s[sp-2], s[sp-1]
			err = object.AsDict(s[sp-2-arg].Obj()).SetItem(t, k.Obj(), v.Obj())
			sp = st.popN(s, sp, 2)
			if err != nil {
				goto onError
			}

		case compile.LIST_EXTEND:
			sp--
			it := s[sp]
			items, e := object.SequenceItems(t, it.Obj())
			if e != nil {
				err = st.starError(it.Obj(), e, starCallee(instrs, ip, s, sp, arg))
				t.Close(it)
				s[sp] = object.Null
				goto onError
			}
			l := object.AsList(s[sp-arg].Obj())
			l.ExtendPrivate(items)
			t.Close(it)
			s[sp] = object.Null

		case compile.SET_UPDATE:
			sp--
			err = st.setUpdate(s[sp-arg].Obj(), s[sp].Obj())
			t.Close(s[sp])
			s[sp] = object.Null
			if err != nil {
				goto onError
			}

		case compile.DICT_UPDATE, compile.DICT_MERGE:
			sp--
			var fn *object.Object
			merge := compile.Opcode(ins) == compile.DICT_MERGE
			if merge {
				// f(**m): below the dict are the args tuple, null and f.
				fn = s[sp-arg-3].Obj()
			}
			err = st.dictUpdate(s[sp-arg].Obj(), s[sp].Obj(), merge, fn)
			t.Close(s[sp])
			s[sp] = object.Null
			if err != nil {
				goto onError
			}

		case compile.LIST_TO_TUPLE:
			l := object.AsList(s[sp-1].Obj())
			items := l.TakePrivate()
			t.Close(s[sp-1])
			s[sp-1] = object.RefSteal(object.NewTuple(t, items).Obj())

		case compile.UNPACK_SEQUENCE, compile.UNPACK_EX:
			sp--
			seq := s[sp]
			s[sp] = object.Null
			if tup, ok := object.ExactTuple(seq.Obj()); ok && len(tup.Items) == arg && compile.Opcode(ins) == compile.UNPACK_SEQUENCE {
				// a, b = t: the items straight from the tuple.
				for i := arg - 1; i >= 0; i-- {
					s[sp] = t.RefFromNew(tup.Items[i])
					sp++
				}
				t.Close(seq)
				break
			}
			var items []*object.Object
			items, err = st.unpack(seq.Obj(), compile.Opcode(ins), arg)
			t.Close(seq)
			if err != nil {
				goto onError
			}
			for i := len(items) - 1; i >= 0; i-- {
				s[sp] = object.RefSteal(items[i])
				sp++
			}

		case compile.JUMP_FORWARD:
			ip = arg

		case compile.JUMP_BACKWARD:
			// A safe point: stop-the-world requests, biased-RC merges,
			// collections and Ctrl-C are handled here.
			if t.Poll() != 0 {
				f.sp, f.ip = sp, arg // for a reload to start tracing (trace.go)
				if e := st.pollLoop(f); e != nil {
					err = e
					goto onError // reported at the jump, ip still after it
				}
			}
			ip = arg

		case compile.POP_JUMP_IF_FALSE, compile.POP_JUMP_IF_TRUE:
			sp--
			v := s[sp]
			s[sp] = object.Null
			var b bool
			switch o := v.Obj(); o {
			case object.True:
				b = true
			case object.False, object.None:
			default:
				b, err = object.IsTrue(t, o)
				t.Close(v)
				if err != nil {
					goto onError
				}
			}
			if b == (compile.Opcode(ins) == compile.POP_JUMP_IF_TRUE) {
				ip = arg
			}

		case compile.POP_JUMP_IF_NONE, compile.POP_JUMP_IF_NOT_NONE:
			sp--
			isNone := s[sp].Obj() == object.None
			t.Close(s[sp])
			s[sp] = object.Null
			if isNone == (compile.Opcode(ins) == compile.POP_JUMP_IF_NONE) {
				ip = arg
			}

		case compile.JUMP_IF_FALSE_OR_POP, compile.JUMP_IF_TRUE_OR_POP:
			b, e := object.IsTrue(t, s[sp-1].Obj())
			if e != nil {
				err = e
				goto onError
			}
			if b == (compile.Opcode(ins) == compile.JUMP_IF_TRUE_OR_POP) {
				ip = arg
			} else {
				sp--
				t.Close(s[sp])
				s[sp] = object.Null
			}

		case compile.GET_ITER:
			v := s[sp-1]
			it, e := object.Iter(t, v.Obj())
			if e != nil {
				err = e
				goto onError
			}
			s[sp-1] = object.RefSteal(it)
			t.Close(v)

		case compile.FOR_ITER:
			it := s[sp-1].Obj()
			var x *object.Object
			switch it.Type() {
			case object.RangeIterType:
				next := instrs[ip]
				if compile.Opcode(next) != compile.STORE_FAST {
					x = object.RangeIterNext(t, it)
					break
				}
				// FOR_ITER and STORE_FAST at once.
				k := int(next >> 8)
				if !object.RangeIterStore(t, it, &s[k], reusableLocal(t, s, k, s[nslots:sp])) {
					ip++
					continue loop
				}
			case object.ListIterType:
				x = object.ListIterNext(t, it)
			case GeneratorType:
				if gf := st.enterInline(object.Cast[Generator](it), t.IsUniqueLocal(s[sp-1])); gf != nil {
					// Into the generator's frame; its yield comes back
					// here with the value, its end jumps to arg.
					f.lasti = ip - 1
					f.sp, f.ip = sp, ip
					gf.back = f
					st.frame = gf
					f = gf
					goto reload
				}
				fallthrough
			default:
				var e error
				if x, e = object.Next(t, it); e != nil {
					err = e
					goto onError
				}
			}
			if x == nil {
				// Exhausted: drop the iterator, leave the loop.
				sp--
				t.Close(s[sp])
				s[sp] = object.Null
				ip = arg
				break
			}
			if next := instrs[ip]; compile.Opcode(next) == compile.STORE_FAST {
				// The loop's target is a local: store it at once.
				ip++
				setLocal(t, s, int(next>>8), object.RefSteal(x))
				break
			}
			s[sp] = object.RefSteal(x)
			sp++

		case compile.CALL, compile.CALL_KW:
			var kwnames *object.Tuple
			n := arg
			if compile.Opcode(ins) == compile.CALL_KW {
				sp--
				kwnames = object.AsTuple(s[sp].Obj()) // a constant
				s[sp] = object.Null
			}
			f.lasti = ip - 1
			base := sp - n - 2
			if nf, ok, e := st.enterInlineCall(s, base, sp, kwnames); ok {
				// A Python function, or a class with a Python __init__:
				// into the callee's frame, no Go call.
				sp = base + 1
				if e != nil {
					err = e
					goto onError
				}
				f.sp, f.ip = sp, ip
				nf.back = f
				st.frame = nf
				st.t.Depth++
				f = nf
				goto reload
			}
			f.sp = sp
			r, e := st.callFromStack(s, sp, n, kwnames)
			sp -= n + 2
			if e != nil {
				err = e
				goto onError
			}
			if compile.Opcode(instrs[ip]) == compile.POP_TOP {
				// A call as a statement: drop the result at once.
				ip++
				t.Decref(r)
				break
			}
			s[sp] = object.RefSteal(r)
			sp++

		case compile.CALL_FUNCTION_EX:
			f.lasti = ip - 1
			r, e := st.callEx(s, sp, arg&1 != 0)
			sp = st.popN(s, sp, 3+arg&1)
			if e != nil {
				err = e
				goto onError
			}
			s[sp] = object.RefSteal(r)
			sp++

		case compile.RETURN_VALUE, compile.RETURN_CONST:
			f.lasti = ip - 1 // where a frame object kept past the return says it stopped
			if compile.Opcode(ins) == compile.RETURN_CONST {
				result = consts[arg] // immortal
			} else {
				sp--
				result = t.AsSteal(s[sp])
				s[sp] = object.Null
			}
			if f.entry {
				st.leave(f)
				return result, nil
			}
			if f.gen != nil {
				// A generator run inline by a for loop finished: the
				// loop is over (FOR_ITER's exit, to its target).
				caller := f.back
				st.leave(f)
				_ = st.finishInline(f, nil)
				t.Decref(result) // StopIteration's value: unused by a loop
				result = nil
				f = caller
				f.sp--
				t.Close(f.slots[f.sp])
				f.slots[f.sp] = object.Null
				f.ip = int(f.code.Instrs[f.ip-1] >> 8)
				goto reload
			}
			// Back to the caller: the result replaces the callable.
			caller := f.back
			self := f.initSelf
			f.initSelf = nil
			st.leave(f)
			st.t.Depth--
			f = caller
			s, sp = f.slots, f.sp
			if self != nil {
				// An __init__ entered by enterInit: the call's result is
				// the new instance.
				if result != object.None {
					throwing = t.Errorf(object.TypeErrorType, "__init__() should return None, not '%s'", result.Type().Name)
					t.Decref(result)
					t.Decref(self)
					result = nil
					goto reload // raises at the call
				}
				result = self
			}
			t.Close(s[sp-1])
			if next := f.code.Instrs[f.ip]; compile.Opcode(next) == compile.POP_TOP {
				// A call as a statement: drop the result at once.
				s[sp-1] = object.Null
				f.sp, f.ip = sp-1, f.ip+1
				r := result
				result = nil
				t.Decref(r)
				goto reload
			}
			s[sp-1] = object.RefSteal(result)
			result = nil
			f.sp = sp
			goto reload

		case compile.MAKE_FUNCTION:
			var fn *Function
			fn, sp = st.makeFunction(f, s, sp, arg, ip-1)
			s[sp] = object.RefSteal(&fn.Object)
			sp++

		case compile.LOAD_BUILD_CLASS:
			if f.builtins != st.interp.Builtins.Obj() {
				r, e := st.loadBuildClass(f)
				if e != nil {
					err = e
					goto onError
				}
				s[sp] = r
				sp++
				break
			}
			s[sp] = object.RefBorrow(buildClassFunc)
			sp++

		case compile.IMPORT_NAME:
			level, fromlist := s[sp-2], s[sp-1]
			m, e := st.importName(f, names[arg], fromlist.Obj(), level.Obj())
			sp = st.popN(s, sp, 2)
			if e != nil {
				err = e
				goto onError
			}
			s[sp] = object.RefSteal(m)
			sp++

		case compile.IMPORT_FROM:
			v, e := st.importFrom(s[sp-1].Obj(), names[arg])
			if e != nil {
				err = e
				goto onError
			}
			s[sp] = object.RefSteal(v)
			sp++

		case compile.RAISE_VARARGS:
			sp, err = st.raise(s, sp, arg)
			reraise = arg == 0
			goto onError

		case compile.RERAISE:
			sp--
			err = object.Cast[object.Exception](t.AsSteal(s[sp]))
			s[sp] = object.Null
			reraise = true
			goto onError

		case compile.PUSH_EXC_INFO:
			exc := s[sp-1]
			prev := st.handled
			if prev == nil {
				prev = object.None
			}
			st.handled = t.NewRef(exc.Obj())
			s[sp-1] = object.RefSteal(prev)
			s[sp] = exc
			sp++
			if arg != 0 && st.stopExc != nil && exc.Obj() == st.stopExc {
				// No except clause sees a hard stop (interrupt.go):
				// re-raise it as when no clause matches.
				sp--
				err = object.Cast[object.Exception](t.AsSteal(s[sp]))
				s[sp] = object.Null
				reraise = true
				goto onError
			}

		case compile.POP_EXCEPT:
			sp--
			prev := t.AsSteal(s[sp])
			s[sp] = object.Null
			old := st.handled
			if prev == object.None {
				prev = nil
			}
			st.handled = prev
			t.XDecref(old)

		case compile.CHECK_EXC_MATCH:
			typ := s[sp-1]
			ok, e := st.exceptionMatches(s[sp-2].Obj(), typ.Obj())
			t.Close(typ)
			if e != nil {
				sp--
				s[sp] = object.Null
				err = e
				goto onError
			}
			s[sp-1] = object.RefBorrow(object.NewBool(ok))

		case compile.LOAD_ASSERTION_ERROR:
			s[sp] = object.RefBorrow(object.AssertionErrorType.Obj())
			sp++

		case compile.BEFORE_WITH:
			exit, res, e := st.beforeWith(s[sp-1].Obj())
			if e != nil {
				err = e
				goto onError
			}
			t.Close(s[sp-1])
			s[sp-1] = object.RefSteal(exit)
			s[sp] = object.RefSteal(res)
			sp++

		case compile.WITH_EXCEPT_START:
			r, e := st.withExceptStart(s[sp-3].Obj(), s[sp-1].Obj())
			if e != nil {
				err = e
				goto onError
			}
			s[sp] = object.RefSteal(r)
			sp++

		case compile.LOAD_LOCALS:
			s[sp] = object.RefSteal(t.NewRef(f.locals))
			sp++

		case compile.YIELD_VALUE:
			sp--
			if f.gen != nil {
				// Run inline by a for loop: back to its FOR_ITER with
				// the value.
				v := object.RefSteal(t.AsSteal(s[sp]))
				s[sp] = object.Null
				f.sp, f.ip = sp, ip
				caller := f.back
				st.suspendInline(f)
				f = caller
				if next := f.code.Instrs[f.ip]; compile.Opcode(next) == compile.STORE_FAST {
					// FOR_ITER's fused store, as above.
					f.ip++
					setLocal(t, f.slots, int(next>>8), v)
				} else {
					f.slots[f.sp] = v
					f.sp++
				}
				goto reload
			}
			result = t.AsSteal(s[sp])
			s[sp] = object.Null
			f.sp, f.ip = sp, ip
			f.yielded = true
			st.frame = f.back
			return result, nil

		case compile.GET_YIELD_FROM_ITER:
			v := s[sp-1]
			if v.Obj().Type() != GeneratorType {
				it, e := st.yieldFromIter(code, v.Obj())
				if e != nil {
					err = e
					goto onError
				}
				s[sp-1] = object.RefSteal(it)
				t.Close(v)
			}

		case compile.SEND:
			r, done, e := st.send(s[sp-2].Obj(), s[sp-1].Obj())
			if e != nil {
				err = e
				goto onError
			}
			t.Close(s[sp-1])
			s[sp-1] = object.RefSteal(r)
			if done {
				ip = arg
			}

		default:
			// The rarely run opcodes: async and match (cold_ops.go).
			f.sp, f.ip = sp, ip
			err = st.coldOp(f, ins)
			goto onError
		}
	}

	// Error handling, outside the loop so that the loop's body stays small:
	// record this frame in the traceback, then look for a handler in the
	// exception table, unwinding inline calls into their callers.
onError:
	if err == errColdOp {
		// A rarely run opcode ran (cold_ops.go): on with the loop, or
		// raise what it raised.
		if err = st.coldErr; err == nil {
			goto reload
		}
		st.coldErr = nil
		sp, reraise = f.sp, st.coldReraise
	}
	{
		exc := t.AsException(err)
		err = nil
		f.lasti = ip - 1
		if !reraise {
			exc = st.frameRaised(exc, f, ip-1)
		}
		reraise = false
		h, ok := code.Handler(ip - 1)
		for !ok {
			for sp > nslots {
				sp--
				t.Close(s[sp])
				s[sp] = object.Null
			}
			if f.entry {
				st.leave(f)
				return nil, exc
			}
			// Unwind into the caller of an inline call.
			caller := f.back
			st.leave(f)
			if f.gen != nil {
				exc = t.AsException(st.finishInline(f, exc))
			} else {
				st.t.Depth--
			}
			f = caller
			code, instrs, consts, names = f.code, f.code.Instrs, f.code.Consts, f.code.Names
			s, nslots, sp, ip = f.slots, f.code.NumSlots(), f.sp, f.ip
			exc = st.frameRaised(exc, f, ip-1)
			h, ok = code.Handler(ip - 1)
		}
		for sp > nslots+h.Depth {
			sp--
			t.Close(s[sp])
			s[sp] = object.Null
		}
		s[sp] = object.RefSteal(&exc.Object)
		sp++
		ip = h.Target
	}
	goto loop
}

// setLocal stores v in fast local k of slots and drops the value it
// replaces, last: dropping it may run a finalizer (STORE_FAST).
func setLocal(t *object.Thread, slots []object.StackRef, k int, v object.StackRef) {
	old := slots[k]
	slots[k] = v
	t.Close(old)
}

// leave unlinks f from the thread's frame chain, closes its locals and
// releases it.
func (st *State) leave(f *Frame) {
	if f.obj != nil {
		st.detachFrame(f)
	}
	st.frame = f.back
	st.clearSlots(f)
	if f.initSelf != nil {
		// An __init__ that raised: its instance goes.
		st.t.Decref(f.initSelf)
		f.initSelf = nil
	}
	if f.locals != nil {
		st.t.Decref(f.locals)
		f.locals = nil
	}
	if !f.heap {
		st.popFrame(f)
	}
}
