// Package ast implements CPython's _ast module (Python/Python-ast.c): the
// AST base class, the node classes of Python 3.11's grammar, and the
// conversion of ftpy's syntax tree into those nodes that
// compile(..., PyCF_ONLY_AST) and the Lib's ast.parse return. The node
// classes' fields come from the table in nodes.go.
//
// compile() of a node tree goes through the Lib's ast.unparse and
// compiles the source that gives: the code behaves the same, but its
// line numbers are those of the unparsed text.
package ast

import (
	"math/big"
	"reflect"
	"strings"
	"sync"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/syntax"
	"github.com/ftpy/ftpy/vm"
)

// nodeClass describes one class of the _ast module (nodes.go).
type nodeClass struct {
	name, base string
	fields     []string // _fields; nil: inherited
	attributes []string // _attributes; nil: inherited
	optional   []string // class attributes that are None
}

// CPython's compile() flags for ASTs.
const (
	pyCFOnlyAST              = 0x400
	pyCFTypeComments         = 0x1000
	pyCFAllowTopLevelAwait   = 0x2000
	positionAttributesLength = 4
)

func init() {
	vm.RegisterModule("_ast", newModule)
	vm.ASTHooks.Parse = parseToAST
	vm.ASTHooks.IsNode = isNode
	vm.ASTHooks.Unparse = unparse
	object.ReadyType(NodeType, nodeMethods, nil)
}

// setBaseAttributes gives AST its empty _fields, _attributes and
// __match_args__, once the type is complete (its dict exists only then).
var setBaseAttributes = sync.OnceFunc(func() {
	for _, name := range []string{"_fields", "_attributes", "__match_args__"} {
		NodeType.Dict.SetStr(nil, object.Intern(name), object.NewStaticTuple().Obj())
	}
})

// Node is an instance of ast.AST or of a node class: its attributes are
// its fields.
type Node struct {
	object.Object
	Dict *object.Dict
}

// NodeType is ast.AST, the base of every node class.
var NodeType = object.NewStaticType(&object.Type{
	Name:   "AST",
	Module: "ast",
	Flags:  object.FlagGC | object.FlagBaseType | object.FlagWeakrefable,
	Traverse: func(o *object.Object, visit object.Visitor) {
		if d := object.Cast[Node](o).Dict; d != nil {
			visit(d.Obj())
		}
	},
	Clear: nodeClear, Dealloc: nodeClear,
	DictPtr:      func(o *object.Object) **object.Dict { return &object.Cast[Node](o).Dict },
	SubclassDict: func(o *object.Object) **object.Dict { return &object.Cast[Node](o).Dict },
	New: func(t *object.Thread, typ *object.Type, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
		n := &Node{Dict: object.NewDict(t)}
		t.Init(&n.Object, typ)
		t.Track(&n.Object)
		return &n.Object, nil
	},
	Init: nodeInit,
})

func nodeClear(t *object.Thread, o *object.Object) {
	n := object.Cast[Node](o)
	if d := n.Dict; d != nil {
		n.Dict = nil
		t.Decref(d.Obj())
	}
}

// nodeInit is AST.__init__(*args, **kwargs): positional arguments fill
// _fields in order, keyword arguments set any attribute.
func nodeInit(t *object.Thread, self *object.Object, args []*object.Object, kwnames *object.Tuple) error {
	npos := len(args)
	if kwnames != nil {
		npos -= len(kwnames.Items)
	}
	if npos > 0 {
		fields, err := object.GetAttrString(t, self.Type().Obj(), "_fields")
		if err != nil {
			return err
		}
		defer t.Decref(fields)
		var names []*object.Object
		if err := object.Iterate(t, fields, func(f *object.Object) error {
			names = append(names, t.NewRef(f))
			return nil
		}); err != nil {
			return err
		}
		defer func() {
			for _, n := range names {
				t.Decref(n)
			}
		}()
		if npos > len(names) {
			plural := "s"
			if len(names) == 1 {
				plural = ""
			}
			return t.Errorf(object.TypeErrorType, "%s constructor takes at most %d positional argument%s", self.Type().Name, len(names), plural)
		}
		for i := 0; i < npos; i++ {
			if !object.IsStr(names[i]) {
				return t.Errorf(object.TypeErrorType, "attribute name must be string, not '%s'", names[i].Type().Name)
			}
			if err := object.SetAttr(t, self, object.AsStr(names[i]), args[i]); err != nil {
				return err
			}
		}
	}
	if kwnames != nil {
		for i, k := range kwnames.Items {
			if err := object.SetAttr(t, self, object.AsStr(k), args[npos+i]); err != nil {
				return err
			}
		}
	}
	return nil
}

var nodeMethods = []object.MethodDef{{Name: "__reduce__", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "__reduce__", args, kw, 0, 0); err != nil {
		return nil, err
	}
	typ := t.NewRef(self.Type().Obj())
	d := object.Cast[Node](self).Dict
	if d == nil || d.Len() == 0 {
		return object.NewTupleRefs(t, typ, object.NewTupleRefs(t).Obj()).Obj(), nil
	}
	return object.NewTupleRefs(t, typ, object.NewTupleRefs(t).Obj(), t.NewRef(d.Obj())).Obj(), nil
}}}

func strTuple(t *object.Thread, names []string) *object.Object {
	items := make([]*object.Object, len(names))
	for i, n := range names {
		items[i] = object.NewStr(t, n)
	}
	return object.NewTuple(t, items).Obj()
}

// newModule makes the _ast module: AST, the node classes (made as
// classes of this interpreter, as CPython makes them per interpreter),
// and the compile() flags.
func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	setBaseAttributes()
	m := st.NewModule("_ast")
	set := func(name string, v *object.Object) {
		m.Dict.SetStr(t, object.Intern(name), v)
		t.Decref(v)
	}
	m.Dict.SetStr(t, object.Intern("AST"), NodeType.Obj())
	classes := map[string]*object.Object{"AST": NodeType.Obj()}
	for _, c := range nodeClasses {
		ns := object.NewDict(t)
		nsSet := func(name string, v *object.Object) {
			ns.SetStr(t, object.Intern(name), v)
			t.Decref(v)
		}
		nsSet("__module__", object.NewStr(t, "ast"))
		if c.fields != nil {
			nsSet("_fields", strTuple(t, c.fields))
			nsSet("__match_args__", strTuple(t, c.fields))
		}
		if c.attributes != nil {
			nsSet("_attributes", strTuple(t, c.attributes))
		}
		for _, o := range c.optional {
			ns.SetStr(t, object.Intern(o), object.None)
		}
		name := object.NewStr(t, c.name)
		bases := object.NewTupleRefs(t, t.NewRef(classes[c.base]))
		cls, err := object.Call(t, object.TypeType.Obj(), []*object.Object{name, bases.Obj(), ns.Obj()}, nil)
		t.Decref(name)
		t.Decref(bases.Obj())
		t.Decref(ns.Obj())
		if err != nil {
			t.Decref(m.Obj())
			return nil, err
		}
		classes[c.name] = cls
		set(c.name, cls)
	}
	set("PyCF_ONLY_AST", object.NewInt(t, pyCFOnlyAST))
	set("PyCF_TYPE_COMMENTS", object.NewInt(t, pyCFTypeComments))
	set("PyCF_ALLOW_TOP_LEVEL_AWAIT", object.NewInt(t, pyCFAllowTopLevelAwait))
	return m.Obj(), nil
}

// isNode reports whether o is an AST node (compile() takes one).
func isNode(o *object.Object) bool { return object.IsInstance(o, NodeType) }

// converter turns ftpy's syntax tree into the _ast module's nodes.
type converter struct {
	t   *object.Thread
	mod *vm.Module
}

func (c *converter) class(name string) (*object.Object, error) {
	if v := c.mod.Dict.GetStr(object.Intern(name)); v != nil {
		return v, nil
	}
	return nil, c.t.Errorf(object.SystemErrorType, "_ast has no class %s", name)
}

// hasPosition reports whether nodes of class name carry lineno and
// col_offset: whether the nearest _attributes along its bases holds them.
func hasPosition(name string) bool {
	for name != "AST" {
		c, ok := classByName[name]
		if !ok {
			return false
		}
		if c.attributes != nil {
			return len(c.attributes) >= positionAttributesLength
		}
		name = c.base
	}
	return false
}

// classByName indexes nodeClasses.
var classByName = func() map[string]nodeClass {
	m := map[string]nodeClass{}
	for _, c := range nodeClasses {
		m[c.name] = c
	}
	return m
}()

// node converts one syntax node.
func (c *converter) node(n syntax.Node) (*object.Object, error) {
	t := c.t
	name, fields, values := syntax.Fields(n)
	cls, err := c.class(name)
	if err != nil {
		return nil, err
	}
	obj, err := object.Call(t, cls, nil, nil)
	if err != nil {
		return nil, err
	}
	set := func(field string, v *object.Object) error {
		err := object.SetAttr(t, obj, object.Intern(field), v)
		t.Decref(v)
		return err
	}
	for i, f := range fields {
		var v *object.Object
		switch n := n.(type) {
		case *syntax.Constant:
			if f == "value" {
				v = constant(t, n.Value)
			}
		case *syntax.MatchSingleton:
			v = constant(t, n.Value)
		}
		if v == nil {
			if v, err = c.value(values[i]); err != nil {
				t.Decref(obj)
				return nil, err
			}
		}
		if err := set(f, v); err != nil {
			t.Decref(obj)
			return nil, err
		}
	}
	if hasPosition(name) {
		p := n.Span()
		for _, a := range []struct {
			name string
			v    int
		}{{"lineno", p.Line}, {"col_offset", p.Col}, {"end_lineno", p.EndLine}, {"end_col_offset", p.EndCol}} {
			if err := set(a.name, object.NewInt(t, int64(a.v))); err != nil {
				t.Decref(obj)
				return nil, err
			}
		}
	}
	return obj, nil
}

// constant converts a Constant's Go value.
func constant(t *object.Thread, v any) *object.Object {
	switch v := v.(type) {
	case syntax.NoneType:
		return object.None
	case syntax.EllipsisType:
		return object.Ellipsis
	case bool:
		return object.NewBool(v)
	case int64:
		return object.NewInt(t, v)
	case *big.Int:
		return object.NewIntBig(t, new(big.Int).Set(v))
	case float64:
		return object.NewFloat(t, v)
	case complex128:
		return object.NewComplex(t, real(v), imag(v))
	case string:
		return object.NewStr(t, v)
	case []byte:
		return object.NewBytes(t, v)
	}
	return object.None
}

// value converts a field value that syntax.Fields gives.
func (c *converter) value(v any) (*object.Object, error) {
	t := c.t
	switch v := v.(type) {
	case nil:
		return object.None, nil
	case syntax.Node:
		if rv := reflect.ValueOf(v); rv.Kind() == reflect.Pointer && rv.IsNil() {
			return object.None, nil
		}
		return c.node(v)
	case string:
		return object.NewStr(t, v), nil
	case int:
		return object.NewInt(t, int64(v)), nil
	case syntax.RawRepr:
		switch s := string(v); {
		case s == "[]":
			return object.NewList(t, nil).Obj(), nil
		case s == "1" || s == "0":
			return object.NewInt(t, int64(s[0]-'0')), nil
		}
		return object.NewStr(t, string(v)), nil
	case []syntax.CmpOp:
		items := make([]*object.Object, 0, len(v))
		for _, op := range v {
			o, err := c.singleton(op.String())
			if err != nil {
				return nil, err
			}
			items = append(items, o)
		}
		return object.NewList(t, items).Obj(), nil
	case []string:
		items := make([]*object.Object, len(v))
		for i, s := range v {
			items[i] = object.NewStr(t, s)
		}
		return object.NewList(t, items).Obj(), nil
	case interface{ String() string }:
		return c.singleton(v.String())
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Slice {
		items := make([]*object.Object, 0, rv.Len())
		for i := 0; i < rv.Len(); i++ {
			var item *object.Object
			var err error
			if e := rv.Index(i); (e.Kind() == reflect.Interface || e.Kind() == reflect.Pointer) && e.IsNil() {
				item = object.None
			} else if item, err = c.value(e.Interface()); err != nil {
				for _, x := range items {
					t.Decref(x)
				}
				return nil, err
			}
			items = append(items, item)
		}
		return object.NewList(t, items).Obj(), nil
	}
	return nil, t.Errorf(object.SystemErrorType, "_ast: cannot convert %T", v)
}

// singletons holds, per interpreter, the one instance of each context and
// operator class (immortal), which CPython shares between all trees.
var singletons struct {
	sync.Mutex
	m map[*vm.Interp]map[string]*object.Object
}

// singleton returns the shared instance of a context or operator class.
func (c *converter) singleton(name string) (*object.Object, error) {
	in := vm.StateOf(c.t).Interp()
	singletons.Lock()
	o := singletons.m[in][name]
	singletons.Unlock()
	if o != nil {
		return o, nil
	}
	cls, err := c.class(name)
	if err != nil {
		return nil, err
	}
	if o, err = object.Call(c.t, cls, nil, nil); err != nil {
		return nil, err
	}
	c.t.MakeImmortal(o)
	singletons.Lock()
	defer singletons.Unlock()
	if singletons.m == nil {
		singletons.m = map[*vm.Interp]map[string]*object.Object{}
	}
	if singletons.m[in] == nil {
		singletons.m[in] = map[string]*object.Object{}
	}
	if prev := singletons.m[in][name]; prev != nil {
		return prev, nil // another thread made it first
	}
	singletons.m[in][name] = o
	return o, nil
}

// parseToAST is compile(source, filename, mode, PyCF_ONLY_AST): the tree
// of _ast nodes for source.
func parseToAST(st *vm.State, src, filename, mode string) (*object.Object, error) {
	t := st.Thread()
	modObj, err := st.Import("_ast")
	if err != nil {
		return nil, err
	}
	defer t.Decref(modObj)
	c := &converter{t: t, mod: object.Cast[vm.Module](modObj)}
	switch mode {
	case "eval":
		e, err := syntax.ParseExprTree(filename, []byte(src))
		if err != nil {
			return nil, st.SyntaxError(err)
		}
		body, err := c.node(e)
		if err != nil {
			return nil, err
		}
		return c.wrap("Expression", "body", body)
	case "exec", "single":
		m, err := syntax.ParseFileTree(filename, []byte(src))
		if err != nil {
			return nil, st.SyntaxError(err)
		}
		tree, err := c.node(m)
		if err != nil || mode == "exec" {
			return tree, err
		}
		body, err := object.GetAttrString(t, tree, "body")
		t.Decref(tree)
		if err != nil {
			return nil, err
		}
		return c.wrap("Interactive", "body", body)
	}
	return nil, t.Errorf(object.ValueErrorType, "compile() mode must be 'exec', 'eval', 'single' or 'func_type'")
}

// wrap makes a node of class name with one field, taking v's reference.
func (c *converter) wrap(name, field string, v *object.Object) (*object.Object, error) {
	t := c.t
	cls, err := c.class(name)
	if err != nil {
		t.Decref(v)
		return nil, err
	}
	obj, err := object.Call(t, cls, nil, nil)
	if err == nil {
		err = object.SetAttr(t, obj, object.Intern(field), v)
	}
	t.Decref(v)
	if err != nil {
		return nil, err
	}
	return obj, nil
}

// unparse is how compile() takes a node tree: the Lib's ast.unparse
// gives its source. It reports whether the tree is an expression
// (Expression), which compiles in eval mode.
func unparse(st *vm.State, tree *object.Object) (string, bool, error) {
	t := st.Thread()
	mod, err := st.Import("ast")
	if err != nil {
		return "", false, err
	}
	defer t.Decref(mod)
	f, err := object.GetAttrString(t, mod, "unparse")
	if err != nil {
		return "", false, err
	}
	defer t.Decref(f)
	r, err := object.Call(t, f, []*object.Object{tree}, nil)
	if err != nil {
		return "", false, err
	}
	defer t.Decref(r)
	if !object.IsStr(r) {
		return "", false, t.Errorf(object.TypeErrorType, "ast.unparse returned %s", r.Type().Name)
	}
	return object.StrValue(r), strings.HasSuffix(tree.Type().Name, "Expression"), nil
}
