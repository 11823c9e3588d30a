// This file implements the builtins module: the built-in functions, and
// the built-in types and exceptions under their Python names.

package vm

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/ftpy/ftpy/compile"
	"github.com/ftpy/ftpy/lib/codecs"
	"github.com/ftpy/ftpy/object"
)

func bi(name string, fn object.CFunc) object.MethodDef { return object.MethodDef{Name: name, Fn: fn} }

var builtinFuncs = []object.MethodDef{
	bi("print", builtinPrint),
	bi("len", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "len", args, kw, 1, 1); err != nil {
			return nil, err
		}
		n, err := object.Len(t, args[0])
		if err != nil {
			return nil, err
		}
		return object.NewInt(t, int64(n)), nil
	}),
	bi("repr", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "repr", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return object.Repr(t, args[0])
	}),
	bi("ascii", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "ascii", args, kw, 1, 1); err != nil {
			return nil, err
		}
		s, err := object.ReprString(t, args[0])
		if err != nil {
			return nil, err
		}
		return object.NewStr(t, asciiEscape(s)), nil
	}),
	bi("id", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "id", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return object.NewInt(t, int64(uintptr(object.Pointer(args[0])))), nil
	}),
	bi("hash", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "hash", args, kw, 1, 1); err != nil {
			return nil, err
		}
		h, err := object.Hash(t, args[0])
		if err != nil {
			return nil, err
		}
		return object.NewInt(t, h), nil
	}),
	bi("callable", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "callable", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return object.NewBool(object.IsCallable(args[0])), nil
	}),
	bi("isinstance", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "isinstance", args, kw, 2, 2); err != nil {
			return nil, err
		}
		ok, err := isInstance(t, args[0], args[1])
		if err != nil {
			return nil, err
		}
		return object.NewBool(ok), nil
	}),
	bi("issubclass", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "issubclass", args, kw, 2, 2); err != nil {
			return nil, err
		}
		ok, err := isSubclass(t, args[0], args[1])
		if err != nil {
			return nil, err
		}
		return object.NewBool(ok), nil
	}),
	bi("getattr", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "getattr", args, kw, 2, 3); err != nil {
			return nil, err
		}
		if !object.IsStr(args[1]) {
			return nil, t.Errorf(object.TypeErrorType, "attribute name must be string, not '%s'", args[1].Type().Name)
		}
		if len(args) == 2 {
			return object.GetAttr(t, args[0], object.AsStr(args[1]))
		}
		v, err := object.LookupAttr(t, args[0], object.AsStr(args[1]))
		if v == nil && err == nil {
			return t.NewRef(args[2]), nil
		}
		return v, err
	}),
	bi("setattr", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "setattr", args, kw, 3, 3); err != nil {
			return nil, err
		}
		if !object.IsStr(args[1]) {
			return nil, t.Errorf(object.TypeErrorType, "attribute name must be string, not '%s'", args[1].Type().Name)
		}
		return object.None, object.SetAttr(t, args[0], object.AsStr(args[1]), args[2])
	}),
	bi("delattr", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "delattr", args, kw, 2, 2); err != nil {
			return nil, err
		}
		if !object.IsStr(args[1]) {
			return nil, t.Errorf(object.TypeErrorType, "attribute name must be string, not '%s'", args[1].Type().Name)
		}
		return object.None, object.SetAttr(t, args[0], object.AsStr(args[1]), nil)
	}),
	bi("hasattr", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "hasattr", args, kw, 2, 2); err != nil {
			return nil, err
		}
		if !object.IsStr(args[1]) {
			return nil, t.Errorf(object.TypeErrorType, "attribute name must be string, not '%s'", args[1].Type().Name)
		}
		v, err := object.LookupAttr(t, args[0], object.AsStr(args[1]))
		if err != nil {
			return nil, err
		}
		if v == nil {
			return object.False, nil
		}
		t.Decref(v)
		return object.True, nil
	}),
	bi("iter", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "iter", args, kw, 1, 2); err != nil {
			return nil, err
		}
		if len(args) == 2 {
			if !object.IsCallable(args[0]) {
				return nil, t.Errorf(object.TypeErrorType, "iter(v, w): v must be callable")
			}
			return newCallIter(t, args[0], args[1]), nil
		}
		return object.Iter(t, args[0])
	}),
	bi("next", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "next", args, kw, 1, 2); err != nil {
			return nil, err
		}
		if args[0].Type().Next == nil {
			return nil, t.Errorf(object.TypeErrorType, "'%s' object is not an iterator", args[0].Type().Name)
		}
		// The slot itself, not object.Next: a generator's StopIteration
		// carries its return value.
		v, err := args[0].Type().Next(t, args[0])
		if err != nil && len(args) == 2 && object.ErrorMatches(err, object.StopIterationType) {
			t.DropError(err)
			err = nil
		}
		if err != nil {
			return nil, err
		}
		if v == nil {
			if len(args) == 2 {
				return t.NewRef(args[1]), nil
			}
			return nil, t.NewException(object.StopIterationType)
		}
		return v, nil
	}),
	bi("abs", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "abs", args, kw, 1, 1); err != nil {
			return nil, err
		}
		if n := args[0].Type().Number; n != nil && n.Abs != nil {
			return n.Abs(t, args[0])
		}
		return nil, t.Errorf(object.TypeErrorType, "bad operand type for abs(): '%s'", args[0].Type().Name)
	}),
	bi("divmod", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "divmod", args, kw, 2, 2); err != nil {
			return nil, err
		}
		a, b := args[0], args[1]
		for _, o := range []*object.Object{a, b} {
			if n := o.Type().Number; n != nil && n.DivMod != nil {
				r, err := n.DivMod(t, a, b)
				if err != nil || r != object.NotImplemented {
					return r, err
				}
			}
		}
		return nil, t.Errorf(object.TypeErrorType, "unsupported operand type(s) for divmod(): '%s' and '%s'", a.Type().Name, b.Type().Name)
	}),
	bi("pow", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		var base, exp, mod *object.Object
		if err := object.ParseArgs(t, "pow", args, kw, []string{"base", "exp", "mod"}, 2, &base, &exp, &mod); err != nil {
			return nil, err
		}
		if mod == nil || mod == object.None {
			return object.BinaryOperation(t, base, exp, object.OpPow)
		}
		return ternaryPow(t, base, exp, mod)
	}),
	bi("round", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		var x, nd *object.Object
		if err := object.ParseArgs(t, "round", args, kw, []string{"number", "ndigits"}, 1, &x, &nd); err != nil {
			return nil, err
		}
		var rargs []*object.Object
		if nd != nil && nd != object.None {
			rargs = []*object.Object{nd}
		}
		r, ok, err := callSpecial(t, x, strRound, rargs...)
		if !ok && err == nil {
			return nil, t.Errorf(object.TypeErrorType, "type %s doesn't define __round__ method", x.Type().Name)
		}
		return r, err
	}),
	bi("all", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		return anyAll(t, "all", args, kw, false)
	}),
	bi("any", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		return anyAll(t, "any", args, kw, true)
	}),
	bi("sum", builtinSum),
	bi("min", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		return minMax(t, "min", args, kw, object.LT)
	}),
	bi("max", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		return minMax(t, "max", args, kw, object.GT)
	}),
	bi("chr", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "chr", args, kw, 1, 1); err != nil {
			return nil, err
		}
		v, err := object.AsInt64(t, args[0])
		if err != nil && !object.ErrorMatches(err, object.OverflowErrorType) {
			return nil, err
		}
		if err != nil || v != int64(int32(v)) {
			if err != nil {
				t.DropError(err)
			}
			return nil, t.Errorf(object.OverflowErrorType, "Python int too large to convert to C int")
		}
		if v < 0 || v > 0x10ffff {
			return nil, t.Errorf(object.ValueErrorType, "chr() arg not in range(0x110000)")
		}
		return object.NewStr(t, object.RuneStr(rune(v))), nil
	}),
	bi("ord", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "ord", args, kw, 1, 1); err != nil {
			return nil, err
		}
		if !object.IsStr(args[0]) {
			return nil, t.Errorf(object.TypeErrorType, "ord() expected string of length 1, but %s found", args[0].Type().Name)
		}
		s := object.AsStr(args[0])
		if s.Len() != 1 {
			return nil, t.Errorf(object.TypeErrorType, "ord() expected a character, but string of length %d found", s.Len())
		}
		r, _ := codecs.DecodeRune(s.String())
		return object.NewInt(t, int64(r)), nil
	}),
	bi("hex", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		return intBase(t, "hex", args, kw, "#x")
	}),
	bi("oct", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		return intBase(t, "oct", args, kw, "#o")
	}),
	bi("bin", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		return intBase(t, "bin", args, kw, "#b")
	}),
	bi("format", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "format", args, kw, 1, 2); err != nil {
			return nil, err
		}
		spec := ""
		if len(args) == 2 {
			if !object.IsStr(args[1]) {
				return nil, t.Errorf(object.TypeErrorType, "format() argument 2 must be str, not %s", args[1].Type().Name)
			}
			spec = object.StrValue(args[1])
		}
		return object.Format(t, args[0], spec)
	}),
	bi("globals", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		f := stateOf(t).frame
		return t.NewRef(f.globals.Obj()), nil
	}),
	bi("locals", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		return stateOf(t).frameLocals(stateOf(t).frame)
	}),
	bi("vars", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "vars", args, kw, 0, 1); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return stateOf(t).frameLocals(stateOf(t).frame)
		}
		d, err := object.GetAttrString(t, args[0], "__dict__")
		if err != nil && object.ErrorMatches(err, object.AttributeErrorType) {
			t.DropError(err)
			return nil, t.Errorf(object.TypeErrorType, "vars() argument must have __dict__ attribute")
		}
		return d, err
	}),
	bi("dir", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "dir", args, kw, 0, 1); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			l, err := stateOf(t).frameLocals(stateOf(t).frame)
			if err != nil {
				return nil, err
			}
			defer t.Decref(l)
			if l.Type() != object.DictType {
				return mappingKeys(t, l)
			}
			return sortedKeys(t, object.AsDict(l))
		}
		if hasSpecial(args[0].Type(), strDir) {
			return dirSpecial(t, args[0])
		}
		return dirOf(t, args[0])
	}),
	bi("input", builtinInput),
	bi("exec", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		return stateOf(t).execOrEval(args, kw, false)
	}),
	bi("eval", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		return stateOf(t).execOrEval(args, kw, true)
	}),
	bi("exit", Exit),
	bi("breakpoint", builtinBreakpoint),
	bi("quit", Exit),
	bi("compile", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		var src, filename, mode, flagsObj, dontInherit, feature *object.Object
		npos := len(args)
		if kw != nil {
			npos -= len(kw.Items)
		}
		if npos > 6 {
			return nil, t.Errorf(object.TypeErrorType, "compile() takes at most 6 positional arguments (%d given)", npos)
		}
		// _feature_version (keyword-only) selects an older grammar for
		// ast.parse; ftpy parses 3.11's only, so it is checked and
		// ignored.
		if err := object.ParseArgs(t, "compile", args, kw, []string{"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"}, 3,
			&src, &filename, &mode, &flagsObj, &dontInherit, new(*object.Object), &feature); err != nil {
			return nil, err
		}
		if feature != nil {
			if _, err := object.AsInt64(t, feature); err != nil {
				return nil, err
			}
		}
		var flags int64
		if flagsObj != nil {
			var err error
			if flags, err = object.AsInt64(t, flagsObj); err != nil {
				return nil, err
			}
		}
		if !object.IsStr(filename) {
			return nil, t.Errorf(object.TypeErrorType, "compile() argument 'filename' must be str, not %s", filename.Type().Name)
		}
		if !object.IsStr(mode) {
			return nil, t.Errorf(object.TypeErrorType, "compile() argument 'mode' must be str, not %s", mode.Type().Name)
		}
		m := object.StrValue(mode)
		if m != "exec" && m != "eval" && m != "single" {
			return nil, t.Errorf(object.ValueErrorType, "compile() mode must be 'exec', 'eval' or 'single'")
		}
		st := stateOf(t)
		var text string
		if ASTHooks.IsNode != nil && ASTHooks.IsNode(src) {
			if flags&pyCFOnlyAST != 0 {
				return t.NewRef(src), nil
			}
			s, isExpr, err := ASTHooks.Unparse(st, src)
			if err != nil {
				return nil, err
			}
			text = s
			if isExpr {
				m = "eval"
			}
		} else {
			if !object.IsStr(src) && !object.IsBytes(src) {
				return nil, t.Errorf(object.TypeErrorType, "compile() arg 1 must be a string, bytes or AST object")
			}
			s, err := st.sourceText(src, object.StrValue(filename))
			if err != nil {
				return nil, err
			}
			text = s
			if strings.IndexByte(text, 0) >= 0 {
				return nil, t.Errorf(object.SyntaxErrorType, "source code string cannot contain null bytes")
			}
			if flags&pyCFOnlyAST != 0 {
				if ASTHooks.Parse == nil {
					return nil, t.Errorf(object.SystemErrorType, "compile(): no _ast module")
				}
				return ASTHooks.Parse(st, text, object.StrValue(filename), m)
			}
		}
		future := int(flags) & compile.FlagFutureAnnotations
		inherit := true
		if dontInherit != nil {
			v, err := object.IsTrue(t, dontInherit)
			if err != nil {
				return nil, err
			}
			inherit = !v
		}
		if inherit {
			future |= st.inheritedFuture()
		}
		var code *compile.Code
		var err error
		if m == "single" {
			code, err = st.compileStatements(text, object.StrValue(filename), compile.SingleMode, future)
		} else {
			code, err = st.compileSource(text, object.StrValue(filename), m == "eval", future)
		}
		if err != nil {
			return nil, err
		}
		return &code.Object, nil
	}),
	bi("__import__", func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		var name, globals, locals, fromlist, level *object.Object
		if err := object.ParseArgs(t, "__import__", args, kw, []string{"name", "globals", "locals", "fromlist", "level"}, 1,
			&name, &globals, &locals, &fromlist, &level); err != nil {
			return nil, err
		}
		if !object.IsStr(name) {
			return nil, t.Errorf(object.TypeErrorType, "module name must be a string")
		}
		var lv int64
		if level != nil {
			if !object.IsInt(level) {
				return nil, t.Errorf(object.TypeErrorType, "'%s' object cannot be interpreted as an integer", level.Type().Name)
			}
			v, err := object.AsInt64(t, level)
			if err != nil {
				return nil, err
			}
			if v < 0 {
				return nil, t.Errorf(object.ValueErrorType, "level must be >= 0")
			}
			lv = v
		}
		var g *object.Dict
		if globals != nil && globals != object.None {
			if !object.IsDict(globals) {
				if lv > 0 {
					return nil, t.Errorf(object.TypeErrorType, "globals must be a dict")
				}
			} else {
				g = object.AsDict(globals)
			}
		}
		return stateOf(t).importModuleLevel(object.StrValue(name), g, fromlist, lv, true)
	}),
}

// Exit is exit(), quit() and sys.exit(): it raises SystemExit with the
// optional code.
func Exit(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "exit", args, kw, 0, 1); err != nil {
		return nil, err
	}
	own := make([]*object.Object, len(args))
	for i, a := range args {
		own[i] = t.NewRef(a)
	}
	return nil, t.NewException(object.SystemExitType, own...)
}

// isInstance is isinstance(obj, cls) (PyObject_IsInstance): exact
// classes are answered from the MRO; tuples item by item; anything else
// through __instancecheck__ on cls's type, so metaclasses (abc) and
// typing's aliases decide for themselves.
func isInstance(t *object.Thread, obj, cls *object.Object) (bool, error) {
	if obj.Type().Obj() == cls {
		return true, nil
	}
	if cls.Type() == &object.TypeType {
		return object.IsSubtype(obj.Type(), object.AsType(cls)), nil
	}
	if members := object.UnionArgs(cls); object.IsTuple(cls) || members != nil {
		if members == nil {
			members = object.AsTuple(cls).Items
		}
		// Nested tuples recurse (CPython counts each level).
		if !t.EnterRecursive() {
			return false, t.RecursionError(" in __instancecheck__")
		}
		defer t.LeaveRecursive()
		for _, c := range members {
			if ok, err := isInstance(t, obj, c); err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	if ok, found, err := callCheckHook(t, cls, strInstancecheck, obj, " in __instancecheck__"); found || err != nil {
		return ok, err
	}
	if !object.IsType(cls) {
		return false, t.Errorf(object.TypeErrorType, "isinstance() arg 2 must be a type, a tuple of types, or a union")
	}
	return object.IsSubtype(obj.Type(), object.AsType(cls)), nil
}

// isSubclass is issubclass(derived, cls) (PyObject_IsSubclass), with
// __subclasscheck__ playing the part __instancecheck__ plays above.
func isSubclass(t *object.Thread, derived, cls *object.Object) (bool, error) {
	if cls.Type() == &object.TypeType && derived.Type() == &object.TypeType {
		return object.IsSubtype(object.AsType(derived), object.AsType(cls)), nil
	}
	if members := object.UnionArgs(cls); object.IsTuple(cls) || members != nil {
		if members == nil {
			members = object.AsTuple(cls).Items
		}
		// Nested tuples recurse (CPython counts each level).
		if !t.EnterRecursive() {
			return false, t.RecursionError(" in __subclasscheck__")
		}
		defer t.LeaveRecursive()
		for _, c := range members {
			if ok, err := isSubclass(t, derived, c); err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	if ok, found, err := callCheckHook(t, cls, strSubclasscheck, derived, " in __subclasscheck__"); found || err != nil {
		return ok, err
	}
	if !object.IsType(derived) {
		return false, t.Errorf(object.TypeErrorType, "issubclass() arg 1 must be a class")
	}
	if !object.IsType(cls) {
		return false, t.Errorf(object.TypeErrorType, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
	}
	return object.IsSubtype(object.AsType(derived), object.AsType(cls)), nil
}

// callCheckHook calls cls's __instancecheck__ or __subclasscheck__ with
// arg, when cls's type has one, and reports the truth of its result.
// where completes the message of the RecursionError a hook that recurses
// meets.
func callCheckHook(t *object.Thread, cls *object.Object, hook *object.Str, arg *object.Object, where string) (ok, found bool, err error) {
	if !t.EnterRecursive() {
		return false, true, t.RecursionError(where)
	}
	r, found, err := callSpecial(t, cls, hook, arg)
	t.LeaveRecursive()
	if err != nil || !found {
		return false, found, err
	}
	defer t.Decref(r)
	ok, err = object.IsTrue(t, r)
	return ok, true, err
}

func intBase(t *object.Thread, name string, args []*object.Object, kw *object.Tuple, spec string) (*object.Object, error) {
	if err := object.CheckArgCount(t, name, args, kw, 1, 1); err != nil {
		return nil, err
	}
	i, err := object.Index(t, args[0])
	if err != nil {
		return nil, err
	}
	defer t.Decref(i)
	return object.Format(t, i, spec)
}

func anyAll(t *object.Thread, name string, args []*object.Object, kw *object.Tuple, want bool) (*object.Object, error) {
	if err := object.CheckArgCount(t, name, args, kw, 1, 1); err != nil {
		return nil, err
	}
	found := false
	stop := fmt.Errorf("stop")
	err := object.Iterate(t, args[0], func(x *object.Object) error {
		b, err := object.IsTrue(t, x)
		if err != nil {
			return err
		}
		if b == want {
			found = true
			return stop
		}
		return nil
	})
	if err != nil && err != stop {
		return nil, err
	}
	return object.NewBool(found == want), nil
}

func builtinSum(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	npos := len(args)
	if kw != nil {
		npos -= len(kw.Items)
	}
	if npos == 0 {
		return nil, t.Errorf(object.TypeErrorType, "sum() takes at least 1 positional argument (0 given)")
	}
	var it, start *object.Object
	if err := object.ParseArgs(t, "sum", args, kw, []string{"/iterable", "start"}, 1, &it, &start); err != nil {
		return nil, err
	}
	if start == nil {
		start = object.SmallInt(0)
	}
	// The iterable is checked before start, as CPython does.
	iter, err := object.Iter(t, it)
	if err != nil {
		return nil, err
	}
	defer t.Decref(iter)
	switch {
	case object.IsStr(start):
		return nil, t.Errorf(object.TypeErrorType, "sum() can't sum strings [use ''.join(seq) instead]")
	case object.IsBytes(start):
		return nil, t.Errorf(object.TypeErrorType, "sum() can't sum bytes [use b''.join(seq) instead]")
	}
	acc := t.NewRef(start)
	return object.FoldBinary(t, iter, acc, object.OpAdd)
}

// minMax implements min and max: one iterable or several arguments, with
// key= and default=.
func minMax(t *object.Thread, name string, args []*object.Object, kw *object.Tuple, op object.CompareOp) (*object.Object, error) {
	npos := len(args)
	var key, def *object.Object
	if kw != nil {
		npos -= len(kw.Items)
		for i, k := range kw.Items {
			switch object.StrValue(k) {
			case "key":
				key = args[npos+i]
			case "default":
				def = args[npos+i]
			default:
				if npos == 0 {
					return nil, t.Errorf(object.TypeErrorType, "%s expected at least 1 argument, got 0", name)
				}
				return nil, t.Errorf(object.TypeErrorType, "'%s' is an invalid keyword argument for %s()", object.StrValue(k), name)
			}
		}
	}
	if key == object.None {
		key = nil
	}
	if npos == 0 {
		return nil, t.Errorf(object.TypeErrorType, "%s expected at least 1 argument, got 0", name)
	}
	var best, bestKey *object.Object
	consider := func(x *object.Object) error {
		k := x
		if key != nil {
			var err error
			k, err = object.Call(t, key, []*object.Object{x}, nil)
			if err != nil {
				return err
			}
		} else {
			t.Incref(k)
		}
		if best == nil {
			best, bestKey = t.NewRef(x), k
			return nil
		}
		better, err := object.RichCompareBool(t, k, bestKey, op)
		if err != nil {
			t.Decref(k)
			return err
		}
		if better {
			t.Decref(best)
			t.Decref(bestKey)
			best, bestKey = t.NewRef(x), k
		} else {
			t.Decref(k)
		}
		return nil
	}
	var err error
	if npos == 1 {
		err = object.Iterate(t, args[0], consider)
	} else {
		if def != nil {
			return nil, t.Errorf(object.TypeErrorType, "Cannot specify a default for %s() with multiple positional arguments", name)
		}
		for _, x := range args[:npos] {
			if err = consider(x); err != nil {
				break
			}
		}
	}
	if bestKey != nil {
		t.Decref(bestKey)
	}
	if err != nil {
		t.XDecref(best)
		return nil, err
	}
	if best == nil {
		if def != nil {
			return t.NewRef(def), nil
		}
		return nil, t.Errorf(object.ValueErrorType, "%s() arg is an empty sequence", name)
	}
	return best, nil
}

// builtinPrint is print(*objects, sep=' ', end='\n', file=None, flush=False).
func builtinPrint(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	st := stateOf(t)
	npos := len(args)
	sep, end := " ", "\n"
	var file *object.Object
	flush := false
	if kw != nil {
		npos -= len(kw.Items)
		for i, k := range kw.Items {
			v := args[npos+i]
			switch name := object.StrValue(k); name {
			case "sep", "end":
				if v == object.None {
					continue
				}
				if !object.IsStr(v) {
					return nil, t.Errorf(object.TypeErrorType, "%s must be None or a string, not %s", name, v.Type().Name)
				}
				if name == "sep" {
					sep = object.StrValue(v)
				} else {
					end = object.StrValue(v)
				}
			case "file":
				if v != object.None {
					file = v
				}
			case "flush":
				b, err := object.IsTrue(t, v)
				if err != nil {
					return nil, err
				}
				flush = b
			default:
				return nil, t.Errorf(object.TypeErrorType, "'%s' is an invalid keyword argument for print()", name)
			}
		}
	}
	if file == nil {
		file = st.sysStream(stdoutStream)
		if file == object.None {
			return object.None, nil // sys.stdout = None: print does nothing
		}
	}
	if file != nil {
		return printTo(t, file, args[:npos], sep, end, flush)
	}
	if f := st.stdStreamFile(stdoutStream); f != nil {
		if f.closed.Load() {
			return nil, t.Errorf(object.ValueErrorType, "I/O operation on closed file.")
		}
		if f.reconfigured.Load() {
			// reconfigure() changed its encoding, errors or buffering:
			// the text layer writes, not the direct path below.
			return printTo(t, &f.Object, args[:npos], sep, end, flush)
		}
	}
	var b strings.Builder
	for i, a := range args[:npos] {
		if i > 0 {
			b.WriteString(sep)
		}
		s, err := object.StrString(t, a)
		if err != nil {
			return nil, err
		}
		b.WriteString(s)
	}
	b.WriteString(end)
	out, err := encodeStdio(b.String(), StdioErrors())
	if err != nil {
		return nil, object.CodecError(t, err, nil)
	}
	if _, err := st.interp.Stdout.Write(out); err != nil {
		return nil, object.OSErrorFromGo(t, err) // BrokenPipeError when the reader has gone
	}
	if f, ok := st.interp.Stdout.(interface{ Flush() error }); ok && flush {
		if err := f.Flush(); err != nil {
			return nil, object.OSErrorFromGo(t, err)
		}
	}
	return object.None, nil
}

// printTo is print() to a file object: as in CPython, each item, each
// separator and the end go to file.write separately.
func printTo(t *object.Thread, file *object.Object, items []*object.Object, sep, end string, flush bool) (*object.Object, error) {
	for i, a := range items {
		if i > 0 {
			if err := writeTo(t, file, sep, false); err != nil {
				return nil, err
			}
		}
		s, err := object.StrString(t, a)
		if err != nil {
			return nil, err
		}
		if err := writeTo(t, file, s, false); err != nil {
			return nil, err
		}
	}
	return object.None, writeTo(t, file, end, flush)
}

// stdStream names one of sys's standard streams: its attribute and the
// attribute keeping the original (stdout and __stdout__).
type stdStream struct{ name, orig *object.Str }

var (
	strSys       = object.Intern("sys")
	stdoutStream = stdStream{object.Intern("stdout"), object.Intern("__stdout__")}
	stderrStream = stdStream{object.Intern("stderr"), object.Intern("__stderr__")}
)

// sysStream returns sys.<name> (borrowed) when a program has replaced
// it (sys.stdout = ...), or nil while it is still the interpreter's own
// stream, which print writes to directly.
func (st *State) sysStream(s stdStream) *object.Object {
	sys := st.interp.Modules.GetStr(strSys)
	if sys == nil || !IsModule(sys) {
		return nil
	}
	d := object.Cast[Module](sys).Dict
	cur, orig := d.GetStr(s.name), d.GetStr(s.orig)
	if cur == nil || cur == orig {
		return nil
	}
	return cur
}

// stdStreamFile returns sys.<name> (borrowed) while it is the
// interpreter's own text stream, for print to see whether the program
// closed or reconfigured it; nil otherwise.
func (st *State) stdStreamFile(s stdStream) *File {
	sys := st.interp.Modules.GetStr(strSys)
	if sys == nil || !IsModule(sys) {
		return nil
	}
	cur := object.Cast[Module](sys).Dict.GetStr(s.name)
	if cur == nil || cur.Type() != FileType {
		return nil
	}
	return asFile(cur)
}

// writeTo calls file.write(s) (and file.flush()).
func writeTo(t *object.Thread, file *object.Object, s string, flush bool) error {
	w, err := object.GetAttrString(t, file, "write")
	if err != nil {
		return err
	}
	arg := object.NewStr(t, s)
	r, err := object.Call(t, w, []*object.Object{arg}, nil)
	t.Decref(arg)
	t.Decref(w)
	if err != nil {
		return err
	}
	t.Decref(r)
	if flush {
		f, err := object.GetAttrString(t, file, "flush")
		if err != nil {
			return err
		}
		r, err := object.Call(t, f, nil, nil)
		t.Decref(f)
		if err != nil {
			return err
		}
		t.Decref(r)
	}
	return nil
}

// Flush flushes buffered standard output.
func (in *Interp) Flush() {
	if f, ok := in.Stdout.(interface{ Flush() error }); ok {
		f.Flush()
	}
}

func builtinInput(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	st := stateOf(t)
	if err := object.CheckArgCount(t, "input", args, kw, 0, 1); err != nil {
		return nil, err
	}
	out := st.sysStream(stdoutStream)
	if out == object.None {
		return nil, t.Errorf(object.RuntimeErrorType, "input(): lost sys.stdout")
	}
	if len(args) == 1 {
		s, err := object.StrString(t, args[0])
		if err != nil {
			return nil, err
		}
		if out != nil {
			if err := writeTo(t, out, s, true); err != nil {
				return nil, err
			}
		} else {
			io.WriteString(st.interp.Stdout, s)
		}
	}
	st.interp.Flush()
	// As CPython when stdin is not a terminal: the line is
	// sys.stdin.readline(), so that input() and sys.stdin share one
	// buffer and one decoder (surrogateescape under the C locale).
	sys, err := st.Import("sys")
	if err != nil {
		return nil, err
	}
	in := object.Cast[Module](sys).Dict.GetStrRef(t, object.Intern("stdin"))
	t.Decref(sys)
	if in == nil || in == object.None {
		if in != nil {
			t.Decref(in)
		}
		return nil, t.Errorf(object.RuntimeErrorType, "input(): lost sys.stdin")
	}
	readline, err := object.GetAttrString(t, in, "readline")
	t.Decref(in)
	if err != nil {
		return nil, err
	}
	line, err := object.Call(t, readline, nil, nil)
	t.Decref(readline)
	if err != nil {
		return nil, err
	}
	if !object.IsStr(line) {
		t.Decref(line)
		return nil, t.Errorf(object.TypeErrorType, "object.readline() returned non-string")
	}
	s := object.StrValue(line)
	if s == "" {
		t.Decref(line)
		return nil, t.Errorf(object.EOFErrorType, "EOF when reading a line")
	}
	if !strings.HasSuffix(s, "\n") {
		return line, nil
	}
	r := object.NewStr(t, s[:len(s)-1])
	t.Decref(line)
	return r, nil
}

// frameLocals returns a new reference to the locals of f as a dict.
func (st *State) frameLocals(f *Frame) (*object.Object, error) {
	t := st.t
	if f.locals != nil {
		return t.NewRef(f.locals), nil
	}
	if f.code.Flags&1 == 0 {
		return t.NewRef(f.globals.Obj()), nil
	}
	d := object.NewDict(t)
	code := f.code
	for i, name := range code.LocalNames {
		if !f.slots[i].IsNull() {
			d.SetStr(t, object.Intern(name), f.slots[i].Obj())
		}
	}
	for i, name := range append(append([]string{}, code.CellNames...), code.FreeNames...) {
		if r := object.Cast[Cell](f.slots[len(code.LocalNames)+i].Obj()).load(t); !r.IsNull() {
			d.SetStr(t, object.Intern(name), r.Obj())
			t.Close(r)
		}
	}
	return d.Obj(), nil
}

func sortedKeys(t *object.Thread, d *object.Dict) (*object.Object, error) {
	var names []string
	for pos := 0; ; {
		var k *object.Object
		var ok bool
		pos, k, _, ok = d.Next(pos)
		if !ok {
			break
		}
		if object.IsStr(k) {
			names = append(names, object.StrValue(k))
		}
	}
	return stringList(t, names), nil
}

// mappingKeys is dir() in a namespace that is not a dict (exec's or a
// class body's mapping): the sorted keys its keys() method gives.
func mappingKeys(t *object.Thread, m *object.Object) (*object.Object, error) {
	keys, err := object.GetAttr(t, m, object.Intern("keys"))
	if err != nil {
		return nil, err
	}
	it, err := object.Call(t, keys, nil, nil)
	t.Decref(keys)
	if err != nil {
		return nil, err
	}
	defer t.Decref(it)
	var names []string
	err = object.Iterate(t, it, func(k *object.Object) error {
		if object.IsStr(k) {
			names = append(names, object.StrValue(k))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return stringList(t, names), nil
}

func stringList(t *object.Thread, names []string) *object.Object {
	sortStrings(names)
	items := make([]*object.Object, len(names))
	for i, n := range names {
		items[i] = object.NewStr(t, n)
	}
	return object.NewList(t, items).Obj()
}

// dirSpecial is dir(o) for a class that defines __dir__: its result,
// sorted into a new list.
func dirSpecial(t *object.Thread, o *object.Object) (*object.Object, error) {
	r, _, err := callSpecial(t, o, strDir)
	if err != nil {
		return nil, err
	}
	items, err := object.SequenceItems(t, r)
	t.Decref(r)
	if err != nil {
		return nil, err
	}
	l := object.NewList(t, items)
	if err := l.SortPrivate(t, nil, false); err != nil {
		t.Decref(l.Obj())
		return nil, err
	}
	return l.Obj(), nil
}

// dirOf lists the attributes of o: its instance dict and its type's MRO
// dicts (for a type, its own MRO).
func dirOf(t *object.Thread, o *object.Object) (*object.Object, error) {
	seen := map[string]bool{}
	add := func(d *object.Dict) {
		if d == nil {
			return
		}
		for pos := 0; ; {
			var k *object.Object
			var ok bool
			pos, k, _, ok = d.Next(pos)
			if !ok {
				return
			}
			if object.IsStr(k) {
				seen[object.StrValue(k)] = true
			}
		}
	}
	if IsModule(o) {
		add(object.Cast[Module](o).Dict)
	} else {
		if dp := o.Type().DictPtr; dp != nil {
			add(*dp(o))
		}
		mro := o.Type().MRO
		if object.IsType(o) {
			mro = object.AsType(o).MRO
		}
		for _, m := range mro {
			add(m.Dict)
		}
	}
	names := make([]string, 0, len(seen))
	for n := range seen {
		names = append(names, n)
	}
	return stringList(t, names), nil
}

// execOrEval implements exec(source, globals=None, locals=None, /, *,
// closure=None) and eval(source, globals=None, locals=None, /), with
// CPython's argument checks and messages.
func (st *State) execOrEval(args []*object.Object, kw *object.Tuple, isEval bool) (*object.Object, error) {
	t := st.t
	src, globals, locals, closure, err := execArgs(t, args, kw, isEval)
	if err != nil {
		return nil, err
	}
	name := "exec"
	if isEval {
		name = "eval"
	}
	var g *object.Dict
	var l *object.Object
	caller := st.frame
	switch {
	case globals != nil:
		if !object.IsDict(globals) {
			if !isEval {
				return nil, t.Errorf(object.TypeErrorType, "exec() globals must be a dict, not %s", globals.Type().Name)
			}
			if globals.Type().GetItem != nil {
				return nil, t.Errorf(object.TypeErrorType, "globals must be a real dict; try eval(expr, {}, mapping)")
			}
			return nil, t.Errorf(object.TypeErrorType, "globals must be a dict")
		}
		g = object.AsDict(globals)
		// Locals default to the globals: a dict subclass's overrides
		// then serve the module-level names, as in CPython.
		l = globals
	case caller != nil:
		g = caller.globals
		if caller.locals != nil {
			l = caller.locals
		} else if locals == nil && caller.code.Flags&compile.FlagOptimized != 0 {
			// In a function the code sees a snapshot of its locals, as
			// locals() returns it.
			fl, err := st.frameLocals(caller)
			if err != nil {
				return nil, err
			}
			defer t.Decref(fl)
			l = fl
		}
	default:
		return nil, t.Errorf(object.SystemErrorType, "%s() without a frame", name)
	}
	if locals != nil {
		if locals.Type().GetItem == nil {
			if isEval {
				return nil, t.Errorf(object.TypeErrorType, "locals must be a mapping")
			}
			return nil, t.Errorf(object.TypeErrorType, "locals must be a mapping or None, not %s", locals.Type().Name)
		}
		l = locals
	}
	if g.GetStr(strBuiltins) == nil {
		g.SetStr(t, strBuiltins, st.builtinsFor(nil))
	}
	if src.Type() == codeObjectType() {
		code := codeOf(src)
		nfree := len(code.FreeNames)
		if isEval && nfree > 0 {
			return nil, t.Errorf(object.TypeErrorType, "code object passed to eval() may not contain free variables")
		}
		if closure != nil {
			if nfree == 0 {
				return nil, t.Errorf(object.TypeErrorType, "cannot use a closure with this code object")
			}
			ok := closure.Type() == object.TupleType && len(object.AsTuple(closure).Items) == nfree
			for i := 0; ok && i < nfree; i++ {
				ok = object.AsTuple(closure).Items[i].Type() == CellType
			}
			if !ok {
				return nil, t.Errorf(object.TypeErrorType, "code object requires a closure of exactly length %d", nfree)
			}
		} else if nfree > 0 {
			return nil, t.Errorf(object.TypeErrorType, "code object requires a closure of exactly length %d", nfree)
		}
		if code.ArgCount > 0 {
			return nil, st.missingArgs(code.QualName+"()", code.LocalNames[:code.ArgCount], "positional")
		}
		if code.KwOnlyArgCount > 0 {
			return nil, st.missingArgs(code.QualName+"()", code.LocalNames[:code.KwOnlyArgCount], "keyword-only")
		}
		if code.IsGenerator() {
			// A generator's code makes a generator and runs none of its
			// body: CPython calls it as a function of no arguments, so
			// eval returns the generator (exec drops it).
			fn := st.newFunction(code, g)
			if closure != nil {
				fn.Closure = object.AsTuple(t.NewRef(closure))
			}
			r, err := st.callPy(fn, nil, nil)
			t.Decref(fn.Obj())
			if err != nil || isEval {
				return r, err
			}
			t.Decref(r)
			return object.None, nil
		}
		r, err := st.runCodeIn(code, g, l, closure)
		if err != nil || isEval {
			return r, err
		}
		t.Decref(r)
		return object.None, nil
	}
	if closure != nil {
		return nil, t.Errorf(object.TypeErrorType, "closure can only be used when source is a code object")
	}
	if !object.IsStr(src) && !object.IsBytes(src) {
		return nil, t.Errorf(object.TypeErrorType, "%s() arg 1 must be a string, bytes or code object", name)
	}
	text, err := st.sourceText(src, "<string>")
	if err != nil {
		return nil, err
	}
	if strings.IndexByte(text, 0) >= 0 {
		return nil, t.Errorf(object.SyntaxErrorType, "source code string cannot contain null bytes")
	}
	if isEval {
		// eval ignores leading spaces and tabs.
		text = strings.TrimLeft(text, " \t")
	}
	code, err := st.compileSource(text, "<string>", isEval, st.inheritedFuture())
	if err != nil {
		return nil, err
	}
	r, err := st.runCodeIn(code, g, l, nil)
	if err != nil || isEval {
		return r, err
	}
	t.Decref(r)
	return object.None, nil
}

// ternaryPow is pow(base, exp, mod) (CPython's ternary_op): the
// three-argument power slot of base, then of exp and mod where their
// types' slots differ, until one does not answer NotImplemented; so that
// pow(2, 1j, 3) reaches complex's "complex modulo".
func ternaryPow(t *object.Thread, base, exp, mod *object.Object) (*object.Object, error) {
	var tried []*object.NumberMethods
	for _, o := range []*object.Object{base, exp, mod} {
		n := o.Type().Number
		if n == nil || n.Pow3 == nil || slices.Contains(tried, n) {
			continue
		}
		tried = append(tried, n)
		r, err := n.Pow3(t, base, exp, mod)
		if err != nil || r != object.NotImplemented {
			return r, err
		}
	}
	return nil, t.Errorf(object.TypeErrorType, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
		base.Type().Name, exp.Type().Name, mod.Type().Name)
}

// execArgs parses exec's or eval's arguments; None globals, locals or
// closure come back nil.
func execArgs(t *object.Thread, args []*object.Object, kw *object.Tuple, isEval bool) (src, globals, locals, closure *object.Object, err error) {
	npos := len(args)
	if kw != nil {
		npos -= len(kw.Items)
	}
	if isEval {
		if kw != nil && len(kw.Items) > 0 {
			return nil, nil, nil, nil, t.Errorf(object.TypeErrorType, "eval() takes no keyword arguments")
		}
		if npos < 1 {
			return nil, nil, nil, nil, t.Errorf(object.TypeErrorType, "eval expected at least 1 argument, got %d", npos)
		}
		if npos > 3 {
			return nil, nil, nil, nil, t.Errorf(object.TypeErrorType, "eval expected at most 3 arguments, got %d", npos)
		}
	} else {
		if kw != nil {
			for i, k := range kw.Items {
				if object.StrValue(k) != "closure" {
					return nil, nil, nil, nil, t.Errorf(object.TypeErrorType, "'%s' is an invalid keyword argument for exec()", object.StrValue(k))
				}
				closure = args[npos+i]
			}
		}
		if npos < 1 {
			return nil, nil, nil, nil, t.Errorf(object.TypeErrorType, "exec() takes at least 1 positional argument (%d given)", npos)
		}
		if npos > 3 {
			return nil, nil, nil, nil, t.Errorf(object.TypeErrorType, "exec() takes at most 3 positional arguments (%d given)", npos)
		}
	}
	src = args[0]
	if npos > 1 && args[1] != object.None {
		globals = args[1]
	}
	if npos > 2 && args[2] != object.None {
		locals = args[2]
	}
	if closure == object.None {
		closure = nil
	}
	return src, globals, locals, closure, nil
}

func installBuiltins(st *State) {
	t := st.t
	b := st.interp.Builtins
	for i := range builtinFuncs {
		b.SetStr(t, object.Intern(builtinFuncs[i].Name), object.NewStaticBuiltin(&builtinFuncs[i]))
	}
	b.SetStr(t, object.Intern("__build_class__"), buildClassFunc)
	object.ClaimModuleFunctions(b, "builtins")
	types := map[string]*object.Type{
		"object": object.ObjectType, "type": &object.TypeType, "int": object.IntType,
		"float": object.FloatType, "complex": object.ComplexType, "bool": object.BoolType, "str": object.StrType,
		"list": object.ListType, "tuple": object.TupleType, "dict": object.DictType,
		"slice": object.SliceType, "staticmethod": staticMethodType, "classmethod": classMethodType,
		"property": propertyType, "super": superType, "set": object.SetType,
		"frozenset": object.FrozenSetType, "range": object.RangeType, "bytes": object.BytesType, "bytearray": object.ByteArrayType, "memoryview": object.MemoryViewType,
		"enumerate": object.EnumerateType, "zip": object.ZipType, "map": object.MapType,
		"filter": object.FilterType, "reversed": object.ReversedType,
	}
	for name, typ := range extraBuiltinTypes {
		types[name] = typ
	}
	for name, typ := range types {
		b.SetStr(t, object.Intern(name), typ.Obj())
	}
	for _, typ := range object.ExceptionTypes() {
		b.SetStr(t, object.Intern(typ.Name), typ.Obj())
	}
	b.SetStr(t, object.Intern("EnvironmentError"), object.OSErrorType.Obj())
	b.SetStr(t, object.Intern("IOError"), object.OSErrorType.Obj())
	b.SetStr(t, object.Intern("None"), object.None)
	b.SetStr(t, object.Intern("True"), object.True)
	b.SetStr(t, object.Intern("False"), object.False)
	b.SetStr(t, object.Intern("NotImplemented"), object.NotImplemented)
	b.SetStr(t, object.Intern("Ellipsis"), object.Ellipsis)
	b.SetStr(t, object.Intern("__name__"), object.NewStrStatic("builtins"))
	b.SetStr(t, object.Intern("__debug__"), object.True)
}

// extraBuiltinTypes are types from other packages exposed as builtins.
var extraBuiltinTypes = map[string]*object.Type{}

// The builtins module is the interpreter's builtins dict seen as a module:
// `import builtins; builtins.len = f` changes what every name lookup that
// falls back to the builtins finds.
func init() {
	RegisterModule("builtins", func(st *State) (*object.Object, error) {
		t := st.t
		// Immortal, as its dict: it lives as long as the interpreter.
		m := &Module{Dict: st.interp.Builtins}
		t.Init(&m.Object, ModuleType)
		t.MakeImmortal(&m.Object)
		return &m.Object, nil
	})
}
