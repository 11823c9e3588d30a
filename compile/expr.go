// This file emits bytecode for expressions, names, calls, functions,
// classes and comprehensions.

package compile

import (
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/syntax"
)

func (c *compiler) unsupported(n syntax.Node, what string) {
	if c.err == nil {
		p := n.Span()
		c.err = &syntax.Error{Kind: "SyntaxError", Filename: c.filename, Line: p.Line, Col: p.Col + 1,
			Msg: what + " not supported yet"}
	}
}

// nameOp picks the opcode family for a name in u's scope.
func (u *unit) nameKind(name string) symKind {
	if k, ok := u.scope.kinds[u.mangle(name)]; ok {
		return k
	}
	return kindGlobalImplicit
}

func (u *unit) loadName(name string) {
	name = u.mangle(name)
	switch k := u.nameKind(name); {
	case u.scope.kind == functionScope && k == kindLocal:
		u.emit(LOAD_FAST, u.fast[name])
	case k == kindCell || k == kindFree:
		if u.scope.kind == classScope {
			u.emit(LOAD_CLASSDEREF, u.fast[name])
		} else {
			u.emit(LOAD_DEREF, u.fast[name])
		}
	case k == kindGlobalExplicit || (k == kindGlobalImplicit && u.scope.kind == functionScope):
		u.emit(LOAD_GLOBAL, u.name(name)<<1)
	default:
		u.emit(LOAD_NAME, u.name(name))
	}
}

func (u *unit) storeName(name string) {
	name = u.mangle(name)
	switch k := u.nameKind(name); {
	case u.scope.kind == functionScope && k == kindLocal:
		u.emit(STORE_FAST, u.fast[name])
	case k == kindCell || k == kindFree:
		u.emit(STORE_DEREF, u.fast[name])
	case k == kindGlobalExplicit || (k == kindGlobalImplicit && u.scope.kind == functionScope):
		u.emit(STORE_GLOBAL, u.name(name))
	default:
		u.emit(STORE_NAME, u.name(name))
	}
}

func (u *unit) deleteName(name string) {
	name = u.mangle(name)
	switch k := u.nameKind(name); {
	case u.scope.kind == functionScope && k == kindLocal:
		u.emit(DELETE_FAST, u.fast[name])
	case k == kindCell || k == kindFree:
		u.emit(DELETE_DEREF, u.fast[name])
	case k == kindGlobalExplicit || (k == kindGlobalImplicit && u.scope.kind == functionScope):
		u.emit(DELETE_GLOBAL, u.name(name))
	default:
		u.emit(DELETE_NAME, u.name(name))
	}
}

var binaryOps = [...]object.BinaryOp{
	syntax.Add: object.OpAdd, syntax.Sub: object.OpSub, syntax.Mult: object.OpMul,
	syntax.MatMult: object.OpMatMul, syntax.Div: object.OpTrueDiv, syntax.Mod: object.OpMod,
	syntax.Pow: object.OpPow, syntax.LShift: object.OpLShift, syntax.RShift: object.OpRShift,
	syntax.BitOr: object.OpOr, syntax.BitXor: object.OpXor, syntax.BitAnd: object.OpAnd,
	syntax.FloorDiv: object.OpFloorDiv,
}

var compareOps = [...]object.CompareOp{
	syntax.Eq: object.EQ, syntax.NotEq: object.NE, syntax.Lt: object.LT,
	syntax.LtE: object.LE, syntax.Gt: object.GT, syntax.GtE: object.GE,
}

func (u *unit) expr(e syntax.Expr) {
	saved := u.curPos
	u.setPos(e)
	defer func() { u.curPos = saved }()
	switch e := e.(type) {
	case *syntax.Constant:
		u.emit(LOAD_CONST, u.constValue(e.Value))
	case *syntax.Name:
		u.loadName(e.Id)
	case *syntax.BinOp:
		u.operand(e.Left, isSimple(e.Right))
		u.operand(e.Right, true)
		u.setPos(e)
		u.emit(BINARY_OP, int(binaryOps[e.Op]))
	case *syntax.UnaryOp:
		u.expr(e.Operand)
		u.setPos(e)
		u.emit([...]Opcode{syntax.Invert: UNARY_INVERT, syntax.Not: UNARY_NOT,
			syntax.UAdd: UNARY_POSITIVE, syntax.USub: UNARY_NEGATIVE}[e.Op], 0)
	case *syntax.BoolOp:
		end := u.newLabel()
		op := JUMP_IF_FALSE_OR_POP
		if e.Op == syntax.Or {
			op = JUMP_IF_TRUE_OR_POP
		}
		for i, v := range e.Values {
			u.expr(v)
			if i < len(e.Values)-1 {
				u.emitJump(op, end)
			}
		}
		u.place(end)
	case *syntax.Compare:
		u.compare(e)
	case *syntax.IfExp:
		orelse, end := u.newLabel(), u.newLabel()
		u.jumpIf(e.Test, false, orelse)
		u.expr(e.Body)
		u.emitJump(JUMP_FORWARD, end)
		u.place(orelse)
		u.expr(e.Orelse)
		u.place(end)
	case *syntax.NamedExpr:
		u.expr(e.Value)
		u.emit(COPY, 1)
		u.storeName(e.Target.(*syntax.Name).Id)
	case *syntax.Attribute:
		u.operand(e.Value, true)
		u.setPos(e)
		u.emit(LOAD_ATTR, u.name(e.Attr)<<1)
	case *syntax.Subscript:
		u.operand(e.Value, isSimple(e.Slice))
		u.operand(e.Slice, true)
		u.setPos(e)
		u.emit(BINARY_SUBSCR, 0)
	case *syntax.Slice:
		n := 2
		u.exprOrNone(e.Lower)
		u.exprOrNone(e.Upper)
		if e.Step != nil {
			u.expr(e.Step)
			n = 3
		}
		u.emit(BUILD_SLICE, n)
	case *syntax.Tuple:
		if u.starredDisplay(e.Elts, BUILD_TUPLE) {
			return
		}
		u.exprs(e.Elts)
		u.emit(BUILD_TUPLE, len(e.Elts))
	case *syntax.List:
		if u.starredDisplay(e.Elts, BUILD_LIST) {
			return
		}
		u.exprs(e.Elts)
		u.emit(BUILD_LIST, len(e.Elts))
	case *syntax.Set:
		if u.starredDisplay(e.Elts, BUILD_SET) {
			return
		}
		if fs := u.constFrozenSet(e.Elts); fs >= 0 {
			// As CPython: an empty set updated from a frozenset constant,
			// which also gives CPython's iteration order.
			u.emit(BUILD_SET, 0)
			u.emit(LOAD_CONST, fs)
			u.emit(SET_UPDATE, 1)
			return
		}
		u.exprs(e.Elts)
		u.emit(BUILD_SET, len(e.Elts))
	case *syntax.Dict:
		u.dictDisplay(e)
	case *syntax.Call:
		u.call(e)
	case *syntax.JoinedStr:
		for _, v := range e.Values {
			u.expr(v)
		}
		// One part is already the str (a constant or a formatted value).
		if len(e.Values) != 1 {
			u.emit(BUILD_STRING, len(e.Values))
		}
	case *syntax.FormattedValue:
		u.expr(e.Value)
		arg := 0
		switch e.Conversion {
		case 's':
			arg = 1
		case 'r':
			arg = 2
		case 'a':
			arg = 3
		}
		if e.FormatSpec != nil {
			u.expr(e.FormatSpec)
			arg |= 4
		}
		u.emit(FORMAT_VALUE, arg)
	case *syntax.Lambda:
		u.makeFunction(e, "<lambda>", e.Args, nil, func(fu *unit) {
			fu.expr(e.Body)
			fu.emit(RETURN_VALUE, 0)
		})
	case *syntax.ListComp:
		u.comprehension(e, "<listcomp>", e.Generators, BUILD_LIST, e.Elt, nil)
	case *syntax.SetComp:
		u.comprehension(e, "<setcomp>", e.Generators, BUILD_SET, e.Elt, nil)
	case *syntax.DictComp:
		u.comprehension(e, "<dictcomp>", e.Generators, BUILD_MAP, e.Key, e.Value)
	case *syntax.GeneratorExp:
		u.comprehension(e, "<genexpr>", e.Generators, NOP, e.Elt, nil)
	case *syntax.Yield:
		u.exprOrNone(e.Value)
		u.yieldValue()
	case *syntax.YieldFrom:
		u.expr(e.Value)
		u.emit(GET_YIELD_FROM_ITER, 0)
		u.emit(LOAD_CONST, u.constValue(syntax.NoneType{}))
		u.yieldFromLoop()
	case *syntax.Await:
		u.expr(e.Value)
		u.setPos(e)
		u.awaitTop(0)
	case *syntax.Starred:
		u.c.unsupported(e, "starred expression here")
	default:
		u.c.unsupported(e, "expression")
	}
}

// constFrozenSet returns the constant index of a frozenset holding the
// elements of a set display of three or more constants, or -1.
func (u *unit) constFrozenSet(elts []syntax.Expr) int {
	if len(elts) < 3 {
		return -1
	}
	items := make([]*object.Object, len(elts))
	for i, e := range elts {
		k, ok := e.(*syntax.Constant)
		if !ok {
			return -1
		}
		items[i] = u.code.Consts[u.constValue(k.Value)]
	}
	fs, err := object.NewFrozenSet(u.c.t, items)
	if err != nil {
		u.c.t.DropError(err)
		return -1
	}
	return u.objConst(u.c.immortal(fs.Obj()))
}

// operand emits an operand of an instruction that consumes it at once
// (an operator, a subscript, an attribute read). A fast local is then
// loaded without a count (LOAD_FAST_BORROW): the local keeps the object
// alive until the instruction has used it. safe says that nothing between
// this load and the consuming instruction can rebind the local (the other
// operand is a name or a constant, evaluated without running code that
// could assign to it, as a walrus could).
func (u *unit) operand(e syntax.Expr, safe bool) {
	if n, ok := e.(*syntax.Name); ok && safe && u.scope.kind == functionScope && u.nameKind(n.Id) == kindLocal {
		u.setPos(n)
		u.emit(LOAD_FAST_BORROW, u.fast[u.mangle(n.Id)])
		return
	}
	u.expr(e)
}

// isSimple reports whether evaluating e cannot assign to a local of the
// function being compiled. Code that e calls cannot (another frame's fast
// locals are out of its reach), so only an assignment expression inside
// e can; e is simple when it has none. The search looks at a bounded
// number of nodes, so that deeply nested expressions do not make
// compiling quadratic; a larger e counts as not simple.
func isSimple(e syntax.Expr) bool {
	budget, ok := 64, true
	syntax.Inspect(e, func(n syntax.Node) bool {
		if _, walrus := n.(*syntax.NamedExpr); walrus || budget == 0 {
			ok = false
		}
		budget--
		return ok
	})
	return ok
}

func (u *unit) exprs(es []syntax.Expr) {
	for _, e := range es {
		u.expr(e)
	}
}

func (u *unit) exprOrNone(e syntax.Expr) {
	if e == nil {
		u.emit(LOAD_CONST, u.constValue(syntax.NoneType{}))
		return
	}
	u.expr(e)
}

// starredDisplay compiles a tuple, list or set display containing *x
// items by building a list (or set) and extending it; it reports whether
// it did.
func (u *unit) starredDisplay(elts []syntax.Expr, build Opcode) bool {
	hasStar := false
	for _, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			hasStar = true
		}
	}
	if !hasStar {
		return false
	}
	add, extend := LIST_APPEND, LIST_EXTEND
	if build == BUILD_SET {
		u.emit(BUILD_SET, 0)
		add, extend = SET_ADD, SET_UPDATE
	} else {
		u.emit(BUILD_LIST, 0)
	}
	for _, e := range elts {
		if s, ok := e.(*syntax.Starred); ok {
			u.expr(s.Value)
			u.emit(extend, 1)
		} else {
			u.expr(e)
			u.emit(add, 1)
		}
	}
	if build == BUILD_TUPLE {
		u.emit(LIST_TO_TUPLE, 0)
	}
	return true
}

func (u *unit) dictDisplay(e *syntax.Dict) {
	n := 0
	built := false
	flush := func() {
		if !built {
			u.emit(BUILD_MAP, n)
			built = true
		} else if n > 0 {
			u.emit(BUILD_MAP, n)
			u.emit(DICT_UPDATE, 1)
		}
		n = 0
	}
	for i, k := range e.Keys {
		if k == nil {
			flush()
			u.expr(e.Values[i])
			u.emit(DICT_UPDATE, 1)
			continue
		}
		u.expr(k)
		u.expr(e.Values[i])
		n++
	}
	if !built || n > 0 {
		flush()
	}
}

func (u *unit) compare(e *syntax.Compare) {
	if len(e.Ops) == 1 {
		u.operand(e.Left, isSimple(e.Comparators[0]))
	} else {
		u.expr(e.Left)
	}
	if len(e.Ops) == 1 {
		u.operand(e.Comparators[0], true)
		u.setPos(e)
		u.compareOp(e.Ops[0])
		return
	}
	// a < b < c: evaluate b once, stop at the first false comparison.
	cleanup, end := u.newLabel(), u.newLabel()
	for i, op := range e.Ops {
		u.expr(e.Comparators[i])
		if i < len(e.Ops)-1 {
			u.emit(SWAP, 2)
			u.emit(COPY, 2)
			u.setPos(e)
			u.compareOp(op)
			u.emitJump(JUMP_IF_FALSE_OR_POP, cleanup)
		} else {
			u.setPos(e)
			u.compareOp(op)
		}
	}
	u.emitJump(JUMP_FORWARD, end)
	u.place(cleanup)
	u.emit(SWAP, 2)
	u.emit(POP_TOP, 0)
	u.place(end)
}

func (u *unit) compareOp(op syntax.CmpOp) {
	switch op {
	case syntax.Is:
		u.emit(IS_OP, 0)
	case syntax.IsNot:
		u.emit(IS_OP, 1)
	case syntax.In:
		u.emit(CONTAINS_OP, 0)
	case syntax.NotIn:
		u.emit(CONTAINS_OP, 1)
	default:
		u.emit(COMPARE_OP, int(compareOps[op]))
	}
}

// jumpIf emits a jump to target when e's truth equals cond, with
// short-circuiting for not, and, or.
func (u *unit) jumpIf(e syntax.Expr, cond bool, target label) {
	switch e := e.(type) {
	case *syntax.UnaryOp:
		if e.Op == syntax.Not {
			u.jumpIf(e.Operand, !cond, target)
			return
		}
	case *syntax.BoolOp:
		isAnd := e.Op == syntax.And
		if isAnd != cond {
			// and/false or or/true: any operand decides.
			for _, v := range e.Values {
				u.jumpIf(v, cond, target)
			}
			return
		}
		skip := u.newLabel()
		for i, v := range e.Values {
			if i < len(e.Values)-1 {
				u.jumpIf(v, !cond, skip)
			} else {
				u.jumpIf(v, cond, target)
			}
		}
		u.place(skip)
		return
	case *syntax.Compare:
		if len(e.Ops) == 1 && (e.Ops[0] == syntax.Is || e.Ops[0] == syntax.IsNot) {
			if k, ok := e.Comparators[0].(*syntax.Constant); ok {
				if _, isNone := k.Value.(syntax.NoneType); isNone {
					u.expr(e.Left)
					isNot := e.Ops[0] == syntax.IsNot
					if cond != isNot {
						u.emitJump(POP_JUMP_IF_NONE, target)
					} else {
						u.emitJump(POP_JUMP_IF_NOT_NONE, target)
					}
					return
				}
			}
		}
	}
	u.expr(e)
	if cond {
		u.emitJump(POP_JUMP_IF_TRUE, target)
	} else {
		u.emitJump(POP_JUMP_IF_FALSE, target)
	}
}

// call compiles a call. obj.method(args) uses the method form of
// LOAD_ATTR, which pushes the function and self without creating a bound
// method.
func (u *unit) call(e *syntax.Call) {
	if attr, ok := e.Func.(*syntax.Attribute); ok && !hasStarArgs(e) {
		// self may be borrowed when no argument can rebind it: the
		// caller's local outlives the call, which moves it into the
		// callee's frame (generators and cells take counted copies).
		u.operand(attr.Value, argsSimpleFrom(e, 0))
		u.setPos(attr)
		u.emit(LOAD_ATTR, u.name(attr.Attr)<<1|1)
	} else if name, ok := e.Func.(*syntax.Name); ok && u.isGlobalName(name.Id) && !hasStarArgs(e) {
		u.emit(LOAD_GLOBAL, u.name(name.Id)<<1|1)
	} else {
		u.expr(e.Func)
		u.emit(PUSH_NULL, 0)
	}
	if hasStarArgs(e) {
		u.callEx(e)
		return
	}
	for i, a := range e.Args {
		u.operand(a, argsSimpleFrom(e, i+1))
	}
	for i, k := range e.Keywords {
		u.operand(k.Value, kwSimpleFrom(e, i+1))
	}
	u.setPos(e)
	if len(e.Keywords) == 0 {
		u.emit(CALL, len(e.Args))
		return
	}
	names := make([]*object.Object, len(e.Keywords))
	for i, k := range e.Keywords {
		names[i] = object.NewStrStatic(k.Arg)
	}
	u.emit(LOAD_CONST, u.objConst(object.NewStaticTuple(names...).Obj()))
	u.emit(CALL_KW, len(e.Args)+len(e.Keywords))
}

// argsSimpleFrom reports whether the call's arguments from the i-th on
// (keywords included) are names or constants.
func argsSimpleFrom(e *syntax.Call, i int) bool {
	for _, a := range e.Args[i:] {
		if !isSimple(a) {
			return false
		}
	}
	return kwSimpleFrom(e, 0)
}

func kwSimpleFrom(e *syntax.Call, i int) bool {
	for _, k := range e.Keywords[i:] {
		if !isSimple(k.Value) {
			return false
		}
	}
	return true
}

func (u *unit) isGlobalName(name string) bool {
	k := u.nameKind(name)
	return k == kindGlobalExplicit || (k == kindGlobalImplicit && u.scope.kind == functionScope)
}

func hasStarArgs(e *syntax.Call) bool {
	for _, a := range e.Args {
		if _, ok := a.(*syntax.Starred); ok {
			return true
		}
	}
	for _, k := range e.Keywords {
		if k.Arg == "" {
			return true
		}
	}
	return false
}

// callEx compiles f(*args, **kwargs) forms: positional arguments go into
// a tuple, keywords into a dict.
func (u *unit) callEx(e *syntax.Call) {
	u.callExArgs(0, e.Args, e.Keywords)
	u.setPos(e)
	u.emit(CALL_FUNCTION_EX, u.callExFlags(e.Keywords))
}

// callExArgs pushes the positional tuple and (when there are keywords)
// the keyword dict of a CALL_FUNCTION_EX; the first pushed positional
// arguments are already on the stack (a class's body and name).
func (u *unit) callExArgs(pushed int, args []syntax.Expr, keywords []*syntax.Keyword) {
	u.emit(BUILD_LIST, pushed)
	for _, a := range args {
		if s, ok := a.(*syntax.Starred); ok {
			u.expr(s.Value)
			u.emit(LIST_EXTEND, 1)
		} else {
			u.expr(a)
			u.emit(LIST_APPEND, 1)
		}
	}
	u.emit(LIST_TO_TUPLE, 0)
	if len(keywords) > 0 {
		u.emit(BUILD_MAP, 0)
		for _, k := range keywords {
			if k.Arg == "" {
				u.expr(k.Value)
				u.emit(DICT_MERGE, 1)
			} else {
				u.emit(LOAD_CONST, u.constValue(k.Arg))
				u.expr(k.Value)
				u.emit(BUILD_MAP, 1)
				u.emit(DICT_MERGE, 1)
			}
		}
	}
}

// callExFlags is CALL_FUNCTION_EX's argument: 1 when a keyword dict is
// pushed.
func (u *unit) callExFlags(keywords []*syntax.Keyword) int {
	if len(keywords) > 0 {
		return 1
	}
	return 0
}

// makeFunction compiles a function body into a new code object and emits
// MAKE_FUNCTION with its defaults, annotations and closure.
func (u *unit) makeFunction(node syntax.Node, name string, args *syntax.Arguments, fd *syntax.FunctionDef, body func(fu *unit)) {
	flags := 0
	if len(args.Defaults) > 0 {
		u.exprs(args.Defaults)
		u.emit(BUILD_TUPLE, len(args.Defaults))
		flags |= MakeDefaults
	}
	nkw := 0
	for i, d := range args.KwDefaults {
		if d != nil {
			u.emit(LOAD_CONST, u.constValue(u.mangle(args.KwOnlyArgs[i].Arg)))
			u.expr(d)
			nkw++
		}
	}
	if nkw > 0 {
		u.emit(BUILD_MAP, nkw)
		flags |= MakeKwDefaults
	}
	if fd != nil && u.annotations(args, fd.Returns) {
		flags |= MakeAnnotations
	}
	s := u.c.st.scopes[node]
	fu := newUnit(u.c, s, name, node.Span().Line)
	fu.code.QualName = u.qualName(name)
	fu.code.ArgCount = len(args.PosOnlyArgs) + len(args.Args)
	fu.code.PosOnlyArgCount = len(args.PosOnlyArgs)
	fu.code.KwOnlyArgCount = len(args.KwOnlyArgs)
	if args.Vararg != nil {
		fu.code.Flags |= FlagVarargs
	}
	if args.Kwarg != nil {
		fu.code.Flags |= FlagVarKeywords
	}
	fu.code.SimpleParams = fu.code.KwOnlyArgCount == 0 && args.Vararg == nil && args.Kwarg == nil
	u.c.setupSlots(fu)
	fu.curPos = node.Span()
	if fd != nil {
		if doc := docString(fd.Body); doc != "" {
			fu.constValue(doc) // consts[0] is the docstring, as in CPython
		} else {
			fu.constValue(syntax.NoneType{})
		}
	}
	body(fu)
	code, err := u.c.finish(fu)
	if err != nil {
		if u.c.err == nil {
			u.c.err = err
		}
		return
	}
	if len(code.FreeNames) > 0 {
		for _, fname := range code.FreeNames {
			u.emit(LOAD_CLOSURE, u.closureSlot(fname))
		}
		u.emit(BUILD_TUPLE, len(code.FreeNames))
		flags |= MakeClosure
	}
	u.setPos(node)
	u.emit(LOAD_CONST, u.objConst(&code.Object))
	u.emit(MAKE_FUNCTION, flags)
}

// closureSlot returns the slot of the cell u passes to an inner function
// for the free variable name.
func (u *unit) closureSlot(name string) int {
	if u.scope.kind == classScope {
		code := u.code
		if name == "__class__" && u.scope.classCell {
			return len(code.LocalNames) + len(code.CellNames) - 1
		}
		for i, f := range code.FreeNames {
			if f == name {
				return len(code.LocalNames) + len(code.CellNames) + i
			}
		}
	}
	return u.fast[name]
}

func (u *unit) qualName(name string) string {
	if u.isModule {
		return name
	}
	if u.scope.kind == functionScope {
		return u.code.QualName + ".<locals>." + name
	}
	return u.code.QualName + "." + name
}

// annotations builds the annotations dict of a def; it reports whether
// there was any.
func (u *unit) annotations(args *syntax.Arguments, returns syntax.Expr) bool {
	n := 0
	add := func(a *syntax.Arg) {
		if a != nil && a.Annotation != nil {
			u.emit(LOAD_CONST, u.constValue(u.mangle(a.Arg)))
			if u.c.future&FlagFutureAnnotations != 0 {
				u.emit(LOAD_CONST, u.constValue(syntax.Unparse(a.Annotation)))
			} else if star, ok := a.Annotation.(*syntax.Starred); ok {
				// *args: *Ts (PEP 646) is the one item of iter(Ts), as
				// CPython 3.11 compiles it.
				u.expr(star.Value)
				u.emit(UNPACK_SEQUENCE, 1)
			} else {
				u.expr(a.Annotation)
			}
			n++
		}
	}
	for _, a := range args.PosOnlyArgs {
		add(a)
	}
	for _, a := range args.Args {
		add(a)
	}
	add(args.Vararg)
	for _, a := range args.KwOnlyArgs {
		add(a)
	}
	add(args.Kwarg)
	if returns != nil {
		u.emit(LOAD_CONST, u.constValue("return"))
		u.annotation(returns)
		n++
	}
	if n > 0 {
		u.emit(BUILD_MAP, n)
	}
	return n > 0
}

// annotation pushes an annotation's value: the expression's, or under
// `from __future__ import annotations` its source text.
func (u *unit) annotation(e syntax.Expr) {
	if u.c.future&FlagFutureAnnotations != 0 {
		u.emit(LOAD_CONST, u.constValue(syntax.Unparse(e)))
		return
	}
	u.expr(e)
}

func (u *unit) funcDef(s *syntax.FunctionDef) {
	for _, d := range s.DecoratorList {
		u.expr(d)
		u.emit(PUSH_NULL, 0)
	}
	u.makeFunction(s, s.Name, s.Args, s, func(fu *unit) {
		fu.stmts(s.Body)
		fu.emitArtificial(RETURN_CONST, fu.constValue(syntax.NoneType{}))
	})
	for range s.DecoratorList {
		u.setPos(s)
		u.emit(CALL, 1)
	}
	u.storeName(s.Name)
}

func (u *unit) classDef(s *syntax.ClassDef) {
	for _, d := range s.DecoratorList {
		u.expr(d)
		u.emit(PUSH_NULL, 0)
	}
	u.setPos(s)
	u.emit(LOAD_BUILD_CLASS, 0)
	u.emit(PUSH_NULL, 0)
	// The class body is a function run with a fresh namespace as locals.
	cs := u.c.st.scopes[s]
	cu := newUnit(u.c, cs, s.Name, s.Span().Line)
	cu.isClass = true
	cu.code.QualName = u.qualName(s.Name)
	u.c.setupSlots(cu)
	cu.curPos = s.Span()
	cu.emit(LOAD_NAME, cu.name("__name__"))
	cu.emit(STORE_NAME, cu.name("__module__"))
	cu.emit(LOAD_CONST, cu.constValue(cu.code.QualName))
	cu.emit(STORE_NAME, cu.name("__qualname__"))
	if doc := docString(s.Body); doc != "" {
		cu.emit(LOAD_CONST, cu.constValue(doc))
		cu.emit(STORE_NAME, cu.name("__doc__"))
	}
	if hasAnnotations(s.Body) {
		cu.emit(SETUP_ANNOTATIONS, 0)
	}
	cu.stmts(s.Body)
	if cs.classCell {
		// The body returns the __class__ cell, which __build_class__
		// fills with the class, as in CPython: it does not look the
		// cell up in the namespace, which may be any mapping.
		cu.emit(LOAD_CLOSURE, len(cu.code.LocalNames)+len(cu.code.CellNames)-1)
		cu.emit(COPY, 1)
		cu.emit(STORE_NAME, cu.name("__classcell__"))
		cu.emit(RETURN_VALUE, 0)
	} else {
		cu.emitArtificial(RETURN_CONST, cu.constValue(syntax.NoneType{}))
	}
	code, err := u.c.finish(cu)
	if err != nil {
		if u.c.err == nil {
			u.c.err = err
		}
		return
	}
	flags := 0
	if len(code.FreeNames) > 0 {
		for _, fname := range code.FreeNames {
			u.emit(LOAD_CLOSURE, u.closureSlot(fname))
		}
		u.emit(BUILD_TUPLE, len(code.FreeNames))
		flags |= MakeClosure
	}
	u.emit(LOAD_CONST, u.objConst(&code.Object))
	u.emit(MAKE_FUNCTION, flags)
	u.emit(LOAD_CONST, u.constValue(s.Name))
	switch {
	case hasStarArgs(&syntax.Call{Args: s.Bases, Keywords: s.Keywords}):
		// class A(*bases, **kw): __build_class__(body, name, *bases, **kw).
		u.callExArgs(2, s.Bases, s.Keywords)
		u.setPos(s)
		u.emit(CALL_FUNCTION_EX, u.callExFlags(s.Keywords))
	case len(s.Keywords) == 0:
		u.exprs(s.Bases)
		u.emit(CALL, 2+len(s.Bases))
	default:
		u.exprs(s.Bases)
		names := make([]*object.Object, len(s.Keywords))
		for i, k := range s.Keywords {
			u.expr(k.Value)
			names[i] = object.NewStrStatic(k.Arg)
		}
		u.emit(LOAD_CONST, u.objConst(object.NewStaticTuple(names...).Obj()))
		u.emit(CALL_KW, 2+len(s.Bases)+len(s.Keywords))
	}
	for range s.DecoratorList {
		u.emit(CALL, 1)
	}
	u.storeName(s.Name)
}

// comprehension compiles a comprehension as a nested function called
// with the iterator of its first generator, as CPython 3.11 does.
func (u *unit) comprehension(node syntax.Expr, name string, gens []*syntax.Comprehension, build Opcode, elt, value syntax.Expr) {
	args := &syntax.Arguments{Args: []*syntax.Arg{{Arg: ".0"}}}
	u.makeFunction(node, name, args, nil, func(fu *unit) {
		if build != NOP {
			fu.emit(build, 0)
		}
		fu.comprehensionLoop(gens, 0, build, elt, value)
		if build != NOP {
			fu.emit(RETURN_VALUE, 0)
		} else {
			fu.emit(RETURN_CONST, fu.constValue(syntax.NoneType{}))
		}
	})
	u.expr(gens[0].Iter)
	if gens[0].IsAsync {
		u.emit(GET_AITER, 0)
	} else {
		u.emit(GET_ITER, 0)
	}
	u.emit(PUSH_NULL, 0)
	u.emit(SWAP, 2)
	u.emit(CALL, 1)
	if s := u.c.st.scopes[node]; s.coroutine && build != NOP {
		// An asynchronous list, set or dict comprehension is a
		// coroutine: await its result.
		u.awaitTop(0)
	}
}

func (u *unit) comprehensionLoop(gens []*syntax.Comprehension, i int, build Opcode, elt, value syntax.Expr) {
	g := gens[i]
	top, exit := u.newLabel(), u.newLabel()
	if i == 0 {
		u.emit(LOAD_FAST, u.fast[".0"])
	} else {
		u.expr(g.Iter)
		if g.IsAsync {
			u.emit(GET_AITER, 0)
		} else {
			u.emit(GET_ITER, 0)
		}
	}
	u.place(top)
	if g.IsAsync {
		u.asyncNext(exit)
	} else {
		u.emitJump(FOR_ITER, exit)
	}
	u.assignTo(g.Target)
	for _, cond := range g.Ifs {
		u.jumpIf(cond, false, top)
	}
	if i+1 < len(gens) {
		u.comprehensionLoop(gens, i+1, build, elt, value)
	} else {
		// The result is below one iterator per generator.
		depth := len(gens) + 1
		switch build {
		case BUILD_LIST:
			u.expr(elt)
			u.emit(LIST_APPEND, depth)
		case BUILD_SET:
			u.expr(elt)
			u.emit(SET_ADD, depth)
		case BUILD_MAP:
			u.expr(elt)
			u.expr(value)
			u.emit(MAP_ADD, depth)
		default: // generator expression
			u.expr(elt)
			u.yieldValue()
			u.emit(POP_TOP, 0)
		}
	}
	u.emitJump(JUMP_BACKWARD, top)
	u.place(exit)
	if g.IsAsync {
		u.emit(END_ASYNC_FOR, 0)
	}
}
