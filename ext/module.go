package ext

import (
	"fmt"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

// Module describes an extension module. Register it from an init
// function; each interpreter that imports it then creates the module
// object: its functions, its types, and whatever Init adds.
type Module struct {
	Name  string
	Doc   string
	Funcs []Func
	Types []*Type
	// Init, when set, runs once per interpreter after the functions and
	// types were added, to add constants and other attributes.
	Init func(t *Thread, m *ModuleObject) error
}

// ModuleObject is a module being initialised, as Module.Init sees it.
type ModuleObject struct {
	m *vm.Module
}

// Obj returns the module object (borrowed).
func (m *ModuleObject) Obj() *Object { return m.m.Obj() }

// AddObject sets the attribute name to v, a borrowed reference.
func (m *ModuleObject) AddObject(t *Thread, name string, v *Object) {
	m.m.Dict.SetStr(t, object.Intern(name), v)
}

// Add sets the attribute name to the Python value of v (see FromGo): an
// int, float, string, bool, nil (None), []byte, slice or map constant.
func (m *ModuleObject) Add(t *Thread, name string, v any) error {
	o, err := FromGo(t, v)
	if err != nil {
		return err
	}
	m.AddObject(t, name, o)
	t.Decref(o)
	return nil
}

// AddInt, AddFloat, AddStr, AddBool and AddNone set constants.
func (m *ModuleObject) AddInt(t *Thread, name string, v int64) {
	o := object.NewInt(t, v)
	m.AddObject(t, name, o)
	t.Decref(o)
}

func (m *ModuleObject) AddFloat(t *Thread, name string, v float64) {
	o := object.NewFloat(t, v)
	m.AddObject(t, name, o)
	t.Decref(o)
}

func (m *ModuleObject) AddStr(t *Thread, name string, v string) {
	o := object.NewStr(t, v)
	m.AddObject(t, name, o)
	t.Decref(o)
}

func (m *ModuleObject) AddBool(t *Thread, name string, v bool) {
	m.AddObject(t, name, object.NewBool(v))
}

func (m *ModuleObject) AddNone(t *Thread, name string) { m.AddObject(t, name, object.None) }

// Register makes `import m.Name` work in every interpreter created
// afterwards, in an embedding program as in the ftpy command. Call it from
// an init function. It panics if m is malformed (no name, a function
// without Fn).
func Register(m *Module) {
	if m.Name == "" {
		panic("ext.Register: module without a name")
	}
	defs := make([]*object.MethodDef, len(m.Funcs))
	for i := range m.Funcs {
		if m.Funcs[i].Fn == nil || m.Funcs[i].Name == "" {
			panic(fmt.Sprintf("ext.Register(%s): function %d has no name or no Fn", m.Name, i))
		}
		defs[i] = m.Funcs[i].def()
	}
	// Module functions are immortal built-ins shared by all interpreters:
	// calling one never touches a reference count.
	funcs := make([]*Object, len(defs))
	for i, d := range defs {
		funcs[i] = object.NewStaticBuiltin(d)
	}
	for _, typ := range m.Types {
		typ.ready(m.Name)
	}
	vm.RegisterModule(m.Name, func(st *vm.State) (res *Object, err error) {
		t := st.Thread()
		mod := st.NewModule(m.Name)
		defer func() {
			if err != nil {
				t.Decref(mod.Obj())
			}
		}()
		if m.Doc != "" {
			doc := object.NewStr(t, m.Doc)
			mod.Dict.SetStr(t, object.Intern("__doc__"), doc)
			t.Decref(doc)
		}
		for i, f := range funcs {
			mod.Dict.SetStr(t, object.Intern(defs[i].Name), f)
		}
		for _, typ := range m.Types {
			mod.Dict.SetStr(t, object.Intern(typ.Name), typ.PyType().Obj())
		}
		if m.Init != nil {
			if err := callInit(t, m.Init, &ModuleObject{mod}); err != nil {
				return nil, err
			}
		}
		return mod.Obj(), nil
	})
}

func callInit(t *Thread, init func(*Thread, *ModuleObject) error, mo *ModuleObject) (err error) {
	var none *Object
	defer recoverPanic(t, &none, &err)
	if err := init(t, mo); err != nil {
		return asPython(t, err)
	}
	return nil
}
