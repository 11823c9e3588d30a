// This file defines code objects' methods: co_lines(), co_positions()
// and replace().

package compile

import (
	"slices"
	"sync/atomic"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/syntax"
)

// optInt is a line or column, None when unknown (0 for lines, and for
// columns of instructions that have no line).
func optInt(t *object.Thread, v int, known bool) *object.Object {
	if !known {
		return object.None
	}
	return object.NewInt(t, int64(v))
}

// coLines is co_lines(): (start, end, line) for each run of instructions
// on one line, in co_code offsets.
func coLines(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "co_lines", args, kw, 0, 0); err != nil {
		return nil, err
	}
	c := codeOf(self)
	var items []*object.Object
	start := 0
	for i := 1; i <= len(c.Instrs); i++ {
		if i < len(c.Instrs) && c.Line(i) == c.Line(start) {
			continue
		}
		line := c.Line(start)
		items = append(items, object.NewTuple(t, []*object.Object{
			object.NewInt(t, int64(2*start)), object.NewInt(t, int64(2*i)), optInt(t, line, line > 0),
		}).Obj())
		start = i
	}
	return listIter(t, items)
}

// coPositions is co_positions(): (line, end_line, col, end_col) for each
// instruction.
func coPositions(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "co_positions", args, kw, 0, 0); err != nil {
		return nil, err
	}
	c := codeOf(self)
	items := make([]*object.Object, len(c.Instrs))
	for i := range c.Instrs {
		var p syntax.Pos
		if i < len(c.Positions) {
			p = c.Positions[i]
		}
		known := p.Line > 0
		items[i] = object.NewTuple(t, []*object.Object{
			optInt(t, p.Line, known), optInt(t, p.EndLine, known && p.EndLine > 0),
			optInt(t, p.Col, known && p.EndLine > 0), optInt(t, p.EndCol, known && p.EndLine > 0),
		}).Obj()
	}
	return listIter(t, items)
}

func listIter(t *object.Thread, items []*object.Object) (*object.Object, error) {
	l := object.NewList(t, items)
	defer t.Decref(l.Obj())
	return object.Iter(t, l.Obj())
}

// replaceable lists replace()'s keywords. Those the eval loop depends on
// (the instructions, the slots, the argument counts) may be passed only
// with the value they have: ftpy's instructions are not rebuilt from
// co_code.
var replaceable = []string{
	"co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize", "co_flags",
	"co_firstlineno", "co_code", "co_consts", "co_names", "co_varnames", "co_freevars", "co_cellvars",
	"co_filename", "co_name", "co_qualname", "co_linetable", "co_exceptiontable",
}

// codeReplace is replace(**changes): a copy of the code with new names,
// file name, first line (which moves every line, as CPython's relative
// line table does), flags or constants.
func codeReplace(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if len(args) > 0 && (kw == nil || len(args) > len(kw.Items)) {
		return nil, t.Errorf(object.TypeErrorType, "replace() takes no positional arguments")
	}
	old := codeOf(self)
	c := &Code{}
	*c = *old // a shallow copy: what the copy changes, it replaces rather than writes through
	c.Object = object.Object{}
	c.Caches = make([]atomic.Pointer[InlineCache], len(old.Instrs))
	if kw == nil {
		kw = &object.Tuple{}
	}
	vals := args[len(args)-len(kw.Items):]
	for i, k := range kw.Items {
		name := object.StrValue(k)
		if !slices.Contains(replaceable, name) {
			return nil, t.Errorf(object.TypeErrorType, "'%s' is an invalid keyword argument for replace()", name)
		}
		if err := replaceField(t, c, old, self, name, vals[i]); err != nil {
			return nil, err
		}
	}
	t.Init(&c.Object, CodeType)
	t.MakeImmortal(&c.Object) // code objects are immortal: frames and functions borrow them
	return &c.Object, nil
}

func replaceField(t *object.Thread, c, old *Code, self *object.Object, name string, v *object.Object) error {
	str := func() (string, error) {
		if !object.IsStr(v) {
			return "", t.Errorf(object.TypeErrorType, "replace() argument '%s' must be str, not %s", name, v.Type().Name)
		}
		return object.StrValue(v), nil
	}
	integer := func() (int, error) {
		if !object.IsInt(v) {
			return 0, t.Errorf(object.TypeErrorType, "'%s' object cannot be interpreted as an integer", v.Type().Name)
		}
		n, err := object.AsInt64(t, v)
		return int(n), err
	}
	var err error
	switch name {
	case "co_name":
		c.Name, err = str()
		c.NameObj = object.Intern(c.Name)
	case "co_qualname":
		c.QualName, err = str()
		c.QualNameObj = object.Intern(c.QualName)
	case "co_filename":
		c.Filename, err = str()
	case "co_firstlineno":
		var n int
		if n, err = integer(); err == nil {
			delta := n - old.FirstLine
			c.FirstLine = n
			c.Positions = slices.Clone(old.Positions)
			for i := range c.Positions {
				if c.Positions[i].Line > 0 {
					c.Positions[i].Line += delta
				}
				if c.Positions[i].EndLine > 0 {
					c.Positions[i].EndLine += delta
				}
			}
		}
	case "co_flags":
		var n int
		if n, err = integer(); err == nil {
			// The kind of code (generator or not, fast locals or not)
			// decides how the eval loop runs it: it stays.
			const fixed = FlagOptimized | FlagNewLocals | FlagVarargs | FlagVarKeywords | FlagGenerator
			if n&fixed != old.Flags&fixed {
				return t.Errorf(object.ValueErrorType, "ftpy: code.replace() cannot change the kind of code (co_flags %#x)", n)
			}
			c.Flags = n | old.Flags&FlagNoFree
		}
	case "co_consts":
		if v.Type() != object.TupleType {
			return t.Errorf(object.TypeErrorType, "replace() argument 'co_consts' must be tuple, not %s", v.Type().Name)
		}
		items := object.AsTuple(v).Items
		if len(items) < len(old.Consts) {
			return t.Errorf(object.ValueErrorType, "ftpy: code.replace() needs at least the %d constants the code uses", len(old.Consts))
		}
		c.Consts = make([]*object.Object, len(items))
		for i, x := range items {
			// The eval loop borrows constants: they live for ever.
			t.Incref(x)
			t.MakeImmortal(x)
			c.Consts[i] = x
		}
	default:
		// The rest must not change.
		cur, e := object.GetAttr(t, self, object.Intern(name))
		if e != nil {
			return e
		}
		defer t.Decref(cur)
		eq, e := object.RichCompareBool(t, cur, v, object.EQ)
		if e != nil {
			return e
		}
		if !eq {
			return t.Errorf(object.ValueErrorType, "ftpy: code.replace() cannot change %s", name)
		}
	}
	return err
}

var codeMethods = []object.MethodDef{
	{Name: "co_lines", Fn: coLines},
	{Name: "co_positions", Fn: coPositions},
	{Name: "replace", Fn: codeReplace},
}
