// This file defines function objects and cells.

package vm

import (
	"fmt"
	"sync"
	"unsafe"

	"github.com/ftpy/ftpy/compile"
	"github.com/ftpy/ftpy/object"
)

// Function is a Python function (types.FunctionType).
type Function struct {
	object.Object
	Code      *compile.Code // immortal
	Globals   *object.Dict  // owned, counted per thread (see newFunction)
	globalsID int32
	// Builtins is where the function's global lookups fall back to:
	// its globals' __builtins__ when it was made (a module stands for
	// its dict), as CPython 3.11 takes it. Owned; usually the
	// interpreter's builtins dict, which is immortal.
	Builtins   *object.Object
	Name       *object.Object // str, owned
	QualName   *object.Object // str, owned
	Defaults   *object.Tuple  // owned, or nil
	KwDefaults *object.Dict   // owned, or nil
	Closure    *object.Tuple  // of cells, owned, or nil
	Doc        *object.Object // owned
	Module     *object.Object // owned
	Dict       *object.Dict   // function attributes; nil until set
	Annots     *object.Dict   // owned, or nil
}

// FunctionType is the type of Python functions.
var FunctionType = object.NewStaticType(&object.Type{
	Name:     "function",
	Flags:    object.FlagGC | object.FlagWeakrefable,
	Traverse: functionTraverse,
	Clear:    functionClear,
	Dealloc:  functionClear,
	DescrGet: func(t *object.Thread, d, obj *object.Object, typ *object.Type) (*object.Object, error) {
		if obj == nil {
			return t.NewRef(d), nil
		}
		return newMethod(t, d, obj), nil
	},
	DictPtr: func(o *object.Object) **object.Dict { return &object.Cast[Function](o).Dict },
	Repr: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		f := object.Cast[Function](o)
		return object.NewStr(t, fmt.Sprintf("<function %s at %s>", object.StrValue(f.QualName), Addr(o))), nil
	},
})

func functionTraverse(o *object.Object, visit object.Visitor) {
	f := object.Cast[Function](o)
	for _, x := range []*object.Object{f.Name, f.QualName, f.Doc, f.Module} {
		if x != nil {
			visit(x)
		}
	}
	if f.Globals != nil {
		visit(f.Globals.Obj())
	}
	if f.Builtins != nil {
		visit(f.Builtins)
	}
	if f.Defaults != nil {
		visit(f.Defaults.Obj())
	}
	if f.KwDefaults != nil {
		visit(f.KwDefaults.Obj())
	}
	if f.Closure != nil {
		visit(f.Closure.Obj())
	}
	if f.Dict != nil {
		visit(f.Dict.Obj())
	}
	if f.Annots != nil {
		visit(f.Annots.Obj())
	}
}

func functionClear(t *object.Thread, o *object.Object) {
	f := object.Cast[Function](o)
	if g := f.Globals; g != nil {
		f.Globals = nil
		t.DecrefUnique(g.Obj(), f.globalsID)
	}
	drop := func(p **object.Object) {
		if x := *p; x != nil {
			*p = nil
			t.Decref(x)
		}
	}
	drop(&f.Builtins)
	drop(&f.Name)
	drop(&f.QualName)
	drop(&f.Doc)
	drop(&f.Module)
	if x := f.Defaults; x != nil {
		f.Defaults = nil
		t.Decref(x.Obj())
	}
	if x := f.KwDefaults; x != nil {
		f.KwDefaults = nil
		t.Decref(x.Obj())
	}
	if x := f.Closure; x != nil {
		f.Closure = nil
		t.Decref(x.Obj())
	}
	if x := f.Dict; x != nil {
		f.Dict = nil
		t.Decref(x.Obj())
	}
	if x := f.Annots; x != nil {
		f.Annots = nil
		t.Decref(x.Obj())
	}
}

// newFunction makes a function for code with the given globals. The
// function counts its reference to globals in the thread's per-thread
// array when the globals dict (a module's) has a unique id. Top-level
// functions and methods (code not nested in a function) are deferred, as
// in CPython: stack references to them are not counted.
func (st *State) newFunction(code *compile.Code, globals *object.Dict) *Function {
	return st.newFunctionIn(code, globals, st.builtinsFor(globals))
}

// newFunctionIn is newFunction with the function's builtins (borrowed)
// already found.
func (st *State) newFunctionIn(code *compile.Code, globals *object.Dict, builtins *object.Object) *Function {
	t := st.t
	var f *Function
	if o := t.Reuse(FunctionType); o != nil {
		f = object.Cast[Function](o)
		f.Code = code // functionClear left every other field nil
	} else {
		f = &Function{Code: code}
	}
	t.Init(&f.Object, FunctionType)
	f.globalsID = globals.UniqueID()
	t.IncrefUnique(globals.Obj(), f.globalsID)
	f.Globals = globals
	t.Incref(builtins) // Incref inlines where NewRef does not
	f.Builtins = builtins
	f.Name = code.NameObj.Obj()
	f.QualName = code.QualNameObj.Obj()
	f.Doc = object.None
	if len(code.Consts) > 0 && object.IsStr(code.Consts[0]) && code.Flags&compile.FlagOptimized != 0 {
		f.Doc = code.Consts[0]
	}
	f.Module = object.None
	if m := globals.GetStr(strName); m != nil {
		f.Module = t.NewRef(m)
	}
	t.Track(&f.Object)
	if code.Flags&compile.FlagNested == 0 {
		t.SetDeferred(&f.Object)
	}
	return f
}

// Cell is a cell holding a variable shared between a function and the
// functions nested in it.
//
// Threads share cells (a closure called on several threads, nonlocal
// writes): writers store under mu and drop the old value after unlocking;
// readers load without the lock and take it only when the value may be
// dying under them (object.LoadSharedRef, SwapShared).
type Cell struct {
	object.Object
	mu  sync.Mutex
	Ref *object.Object // owned, or nil when empty; see load and swap
	// The padding makes a cell 64 bytes, a size the Go allocator keeps
	// on cache-line boundaries: two threads' cells, each written in a
	// loop by its thread, never share a line.
	_ [16]byte
}

// load returns a stack ref to the cell's value, or Null if it is empty.
func (c *Cell) load(t *object.Thread) object.StackRef { return t.LoadSharedRef(&c.Ref, &c.mu) }

// swap stores v (a reference the cell takes over, or nil to empty it)
// and returns the old value, whose reference the caller must drop.
func (c *Cell) swap(v *object.Object) *object.Object {
	old, _ := object.SwapShared(&c.Ref, v, &c.mu, false)
	return old
}

// CellType is the type of cells.
var CellType = object.NewStaticType(&object.Type{
	Name:  "cell",
	Flags: object.FlagGC,
	Traverse: func(o *object.Object, visit object.Visitor) {
		if r := object.Cast[Cell](o).Ref; r != nil {
			visit(r)
		}
	},
	Clear:   cellClear,
	Dealloc: cellClear,
})

func cellClear(t *object.Thread, o *object.Object) {
	if r := object.Cast[Cell](o).swap(nil); r != nil {
		t.Decref(r)
	}
}

func newCell(t *object.Thread, v *object.Object) *Cell {
	var c *Cell
	if o := t.Reuse(CellType); o != nil {
		c = object.Cast[Cell](o)
		c.Ref = v
	} else {
		c = &Cell{Ref: v}
	}
	t.Init(&c.Object, CellType)
	t.Track(&c.Object)
	return c
}

// Method is a function bound to an instance (types.MethodType).
type Method struct {
	object.Object
	Func, Self *object.Object // owned
}

// MethodType is the type of bound methods.
var MethodType = object.NewStaticType(&object.Type{
	Name:  "method",
	Flags: object.FlagGC | object.FlagWeakrefable,
	Traverse: func(o *object.Object, visit object.Visitor) {
		m := object.Cast[Method](o)
		visit(m.Func)
		visit(m.Self)
	},
	Clear:   methodClear,
	Dealloc: methodClear,
	Repr:    methodRepr,
})

func methodCall(t *object.Thread, self *object.Object, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
	m := object.Cast[Method](self)
	if m.Func.Type() != FunctionType {
		// A method of a method (of a method...) grows the arguments at
		// each level: count the levels against the recursion limit,
		// not only Go's bound, or a deep chain takes quadratic time.
		if !t.EnterRecursive() {
			return nil, t.RecursionError(" while calling a Python object")
		}
		defer t.LeaveRecursive()
	}
	all := make([]*object.Object, 0, len(args)+1)
	all = append(all, m.Self)
	all = append(all, args...)
	return object.Call(t, m.Func, all, kwnames)
}

// methodRepr renders "<bound method Q of R>", with the function's
// __qualname__ (or __name__) and the repr of the instance.
func methodRepr(t *object.Thread, o *object.Object) (*object.Object, error) {
	m := object.Cast[Method](o)
	name := "?"
	for _, attr := range []string{"__qualname__", "__name__"} {
		v, err := object.GetAttrString(t, m.Func, attr)
		if err != nil {
			if !object.ErrorMatches(err, object.AttributeErrorType) {
				return nil, err
			}
			t.DropError(err)
			continue
		}
		if object.IsStr(v) {
			name = object.StrValue(v)
		}
		t.Decref(v)
		break
	}
	self, err := object.ReprString(t, m.Self)
	if err != nil {
		return nil, err
	}
	return object.NewStr(t, "<bound method "+name+" of "+self+">"), nil
}

func methodClear(t *object.Thread, o *object.Object) {
	m := object.Cast[Method](o)
	f, s := m.Func, m.Self
	m.Func, m.Self = nil, nil
	t.XDecref(f)
	t.XDecref(s)
}

func newMethod(t *object.Thread, fn, self *object.Object) *object.Object {
	var m *Method
	if o := t.Reuse(MethodType); o != nil {
		m = object.Cast[Method](o)
		m.Func, m.Self = t.NewRef(fn), t.NewRef(self)
	} else {
		m = &Method{Func: t.NewRef(fn), Self: t.NewRef(self)}
	}
	t.Init(&m.Object, MethodType)
	t.Track(&m.Object)
	return &m.Object
}

// methodNew is types.MethodType(function, instance).
func methodNew(t *object.Thread, _ *object.Type, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "method", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	fn, self := args[0], args[1]
	if !object.IsCallable(fn) {
		return nil, t.Errorf(object.TypeErrorType, "first argument must be callable")
	}
	if self == object.None {
		return nil, t.Errorf(object.TypeErrorType, "instance must not be None")
	}
	return newMethod(t, fn, self), nil
}

func init() {
	// Set here, not in FunctionType's initialiser: calling a function
	// refers back to FunctionType.
	FunctionType.Call = func(t *object.Thread, self *object.Object, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
		return stateOf(t).callFunction(object.Cast[Function](self), args, kwnames)
	}
	FunctionType.New = functionNew
	object.PyFunctionType = FunctionType // split() and subgroup() take one as a predicate
	object.EnableFreeList(FunctionType)
	object.EnableFreeList(CellType)
	object.EnableFreeList(MethodType)
	object.ReadyType(FunctionType, nil, functionGetSets)
	object.ReadyType(CellType, nil, cellGetSets)
	// A bound method forwards the attributes it lacks (__name__,
	// __doc__, function attributes) to its function, as CPython's does.
	MethodType.GetAttr = func(t *object.Thread, o *object.Object, name *object.Str) (*object.Object, error) {
		v, err := object.GenericGetAttr(t, o, name)
		if err == nil || !object.ErrorMatches(err, object.AttributeErrorType) {
			return v, err
		}
		t.DropError(err)
		return object.GetAttr(t, object.Cast[Method](o).Func, name)
	}
	MethodType.Flags |= object.FlagCustomGetAttr
	MethodType.Call = methodCall
	MethodType.New = methodNew
	object.ReadyType(MethodType, nil, methodGetSets)
}

var functionGetSets = []object.GetSetDef{
	{Name: "__name__", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return t.NewRef(object.Cast[Function](o).Name), nil
	}, Set: func(t *object.Thread, o, v *object.Object) error {
		return setStrField(t, &object.Cast[Function](o).Name, v, "__name__")
	}},
	{Name: "__qualname__", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return t.NewRef(object.Cast[Function](o).QualName), nil
	}, Set: func(t *object.Thread, o, v *object.Object) error {
		return setStrField(t, &object.Cast[Function](o).QualName, v, "__qualname__")
	}},
	{Name: "__doc__", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return t.NewRef(object.Cast[Function](o).Doc), nil
	}, Set: func(t *object.Thread, o, v *object.Object) error {
		f := object.Cast[Function](o)
		if v == nil {
			v = object.None
		}
		old := f.Doc
		f.Doc = t.NewRef(v)
		t.Decref(old)
		return nil
	}},
	{Name: "__module__", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return t.NewRef(object.Cast[Function](o).Module), nil
	}, Set: func(t *object.Thread, o, v *object.Object) error {
		if v == nil {
			v = object.None
		}
		f := object.Cast[Function](o)
		old := f.Module
		f.Module = t.NewRef(v)
		t.Decref(old)
		return nil
	}},
	{Name: "__code__", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return t.NewRef(&object.Cast[Function](o).Code.Object), nil
	}, Set: setFunctionCode},
	{Name: "__globals__", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return t.NewRef(object.Cast[Function](o).Globals.Obj()), nil
	}},
	{Name: "__builtins__", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return t.NewRef(object.Cast[Function](o).Builtins), nil
	}},
	{Name: "__defaults__", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		if d := object.Cast[Function](o).Defaults; d != nil {
			return t.NewRef(d.Obj()), nil
		}
		return object.None, nil
	}, Set: func(t *object.Thread, o, v *object.Object) error {
		f := object.Cast[Function](o)
		if v != nil && v != object.None && !object.IsTuple(v) {
			return t.Errorf(object.TypeErrorType, "__defaults__ must be set to a tuple object")
		}
		old := f.Defaults
		f.Defaults = nil
		if v != nil && v != object.None {
			f.Defaults = object.AsTuple(t.NewRef(v))
		}
		if old != nil {
			t.Decref(old.Obj())
		}
		return nil
	}},
	{Name: "__kwdefaults__", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		if d := object.Cast[Function](o).KwDefaults; d != nil {
			return t.NewRef(d.Obj()), nil
		}
		return object.None, nil
	}, Set: func(t *object.Thread, o, v *object.Object) error {
		if v == object.None {
			v = nil
		}
		if v != nil && !object.IsDict(v) {
			return t.Errorf(object.TypeErrorType, "__kwdefaults__ must be set to a dict object")
		}
		f := object.Cast[Function](o)
		old := f.KwDefaults
		f.KwDefaults = nil
		if v != nil {
			f.KwDefaults = object.AsDict(t.NewRef(v))
		}
		if old != nil {
			t.Decref(old.Obj())
		}
		return nil
	}},
	{Name: "__closure__", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		if c := object.Cast[Function](o).Closure; c != nil {
			return t.NewRef(c.Obj()), nil
		}
		return object.None, nil
	}},
	{Name: "__annotations__", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		f := object.Cast[Function](o)
		if f.Annots == nil {
			f.Annots = object.NewDict(t)
		}
		return t.NewRef(f.Annots.Obj()), nil
	}, Set: func(t *object.Thread, o, v *object.Object) error {
		if v == object.None {
			v = nil
		}
		if v != nil && !object.IsDict(v) {
			return t.Errorf(object.TypeErrorType, "__annotations__ must be set to a dict object")
		}
		f := object.Cast[Function](o)
		old := f.Annots
		f.Annots = nil
		if v != nil {
			f.Annots = object.AsDict(t.NewRef(v))
		}
		if old != nil {
			t.Decref(old.Obj())
		}
		return nil
	}},
	{Name: "__dict__", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		f := object.Cast[Function](o)
		if f.Dict == nil {
			f.Dict = object.NewDict(t)
		}
		return t.NewRef(f.Dict.Obj()), nil
	}},
}

// setStrField replaces a function's str attribute (__name__,
// __qualname__).
func setStrField(t *object.Thread, field **object.Object, v *object.Object, name string) error {
	if v == nil || !object.IsStr(v) {
		return t.Errorf(object.TypeErrorType, "%s must be set to a string object", name)
	}
	old := *field
	*field = t.NewRef(v)
	t.Decref(old)
	return nil
}

var methodGetSets = []object.GetSetDef{
	{Name: "__self__", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return t.NewRef(object.Cast[Method](o).Self), nil
	}},
	{Name: "__func__", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return t.NewRef(object.Cast[Method](o).Func), nil
	}},
	{Name: "__doc__", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.GetAttr(t, object.Cast[Method](o).Func, strDoc)
	}},
}

// A compile-time check that Cell is exactly 64 bytes (see its padding).
var _ = [1]struct{}{}[unsafe.Sizeof(Cell{})-64]
