// Package itertools implements the itertools module: each iterator is a
// Go object whose state lives in an iterImpl, behind one shared layout.
package itertools

import (
	"sync"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

// iterImpl is one kind of itertools iterator's state. next runs with the
// object's mutex released (it may call Python code); implementations that
// keep pure-Go state guard it with their own lock.
type iterImpl interface {
	next(t *object.Thread, self *itObj) (*object.Object, error)
	traverse(visit object.Visitor)
	clear(t *object.Thread)
}

// itObj is the layout every itertools iterator shares.
type itObj struct {
	object.Object
	mu   sync.Mutex
	impl iterImpl
	dict *object.Dict // attributes of a Python subclass's instance
}

type newFunc func(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (iterImpl, error)

var allTypes []*object.Type

// newIterType makes an iterator type named name whose instances newFn
// builds.
func newIterType(name, doc string, newFn newFunc) *object.Type {
	typ := object.NewStaticType(&object.Type{Name: name, Doc: doc, Flags: object.FlagGC})
	typ.Iter = func(t *object.Thread, o *object.Object) (*object.Object, error) { return t.NewRef(o), nil }
	typ.Next = func(t *object.Thread, o *object.Object) (*object.Object, error) {
		// Most of these wrap iterators, as deeply as a program likes:
		// one level of Go recursion each (object.Next does not count).
		if err := t.EnterGo(); err != nil {
			return nil, err
		}
		x := object.Cast[itObj](o)
		v, err := x.impl.next(t, x)
		t.LeaveGo()
		return v, err
	}
	typ.Traverse = func(o *object.Object, visit object.Visitor) {
		if impl := object.Cast[itObj](o).impl; impl != nil {
			impl.traverse(visit)
		}
	}
	typ.Clear = func(t *object.Thread, o *object.Object) {
		if impl := object.Cast[itObj](o).impl; impl != nil {
			impl.clear(t)
		}
	}
	typ.Dealloc = typ.Clear
	if newFn != nil {
		// Python classes may derive from the iterators Python can create.
		typ.Flags |= object.FlagBaseType
		typ.SubclassDict = func(o *object.Object) **object.Dict { return &object.Cast[itObj](o).dict }
		typ.New = func(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			impl, err := newFn(t, typ, args, kw)
			if err != nil {
				return nil, err
			}
			return newItObj(t, typ, impl), nil
		}
	}
	allTypes = append(allTypes, typ)
	return typ
}

func newItObj(t *object.Thread, typ *object.Type, impl iterImpl) *object.Object {
	x := &itObj{impl: impl}
	t.Init(&x.Object, typ)
	t.Track(&x.Object)
	return &x.Object
}

// implOf returns o's state, of which the caller knows the kind.
func implOf[T any](o *object.Object) *T {
	return any(object.Cast[itObj](o).impl).(*T)
}

func drop(t *object.Thread, p **object.Object) {
	if o := *p; o != nil {
		*p = nil
		t.Decref(o)
	}
}

func dropAll(t *object.Thread, p *[]*object.Object) {
	items := *p
	*p = nil
	for _, o := range items {
		if o != nil {
			t.Decref(o)
		}
	}
}

func visitAll(items []*object.Object, visit object.Visitor) {
	for _, o := range items {
		if o != nil {
			visit(o)
		}
	}
}

func visitOpt(o *object.Object, visit object.Visitor) {
	if o != nil {
		visit(o)
	}
}

// npos is the number of positional arguments of a call.
func npos(args []*object.Object, kw *object.Tuple) int {
	if kw == nil {
		return len(args)
	}
	return len(args) - len(kw.Items)
}

// kwOnly binds keyword-only arguments, with CPython's message for an
// unknown one ("'x' is an invalid keyword argument for f()").
func kwOnly(t *object.Thread, fname string, args []*object.Object, kw *object.Tuple, names []string, out ...**object.Object) error {
	for _, o := range out {
		*o = nil
	}
	if kw == nil {
		return nil
	}
	n := npos(args, kw)
	for k, kn := range kw.Items {
		name := object.StrValue(kn)
		found := false
		for i, p := range names {
			if p == name {
				*out[i] = args[n+k]
				found = true
			}
		}
		if !found {
			return t.Errorf(object.TypeErrorType, "'%s' is an invalid keyword argument for %s()", name, fname)
		}
	}
	return nil
}

// iterAll returns iter(x) for each x, or the first error.
func iterAll(t *object.Thread, items []*object.Object) ([]*object.Object, error) {
	its := make([]*object.Object, 0, len(items))
	for _, x := range items {
		it, err := object.Iter(t, x)
		if err != nil {
			dropAll(t, &its)
			return nil, err
		}
		its = append(its, it)
	}
	return its, nil
}

func newTuple(t *object.Thread, items []*object.Object) *object.Object {
	return &object.NewTuple(t, items).Object
}

var funcs []object.MethodDef

func init() {
	vm.RegisterModule("itertools", newModule)
}

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("itertools")
	mod := object.NewStrStatic("itertools")
	for _, typ := range allTypes {
		typ.Dict.SetStr(t, object.Intern("__module__"), mod)
		// The private types (_grouper, _tee, _tee_dataobject) are
		// module attributes too, as in CPython.
		m.Dict.SetStr(t, object.Intern(typ.Name), typ.Obj())
	}
	for i := range funcs {
		m.Dict.SetStr(t, object.Intern(funcs[i].Name), object.NewStaticBuiltin(&funcs[i]))
	}
	return m.Obj(), nil
}

// exactArgs checks a positional-only constructor's argument count with
// the message of CPython's _PyArg_CheckPositional ("f expected 1
// argument, got 0").
func exactArgs(t *object.Thread, fname string, args []*object.Object, n int) error {
	if len(args) == n {
		return nil
	}
	s := "s"
	if n == 1 {
		s = ""
	}
	return t.Errorf(object.TypeErrorType, "%s expected %d argument%s, got %d", fname, n, s, len(args))
}
