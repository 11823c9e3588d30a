// This file makes the __main__ module a program runs in, as CPython's
// start-up does: registered in sys.modules, with the attributes a script,
// standard input or -c code gets there.

package vm

import "github.com/ftpy/ftpy/object"

// NewMainModule returns the __main__ module for a program read from
// filename ("<stdin>" for standard input, "<string>" for -c code), and
// puts it in sys.modules['__main__']. A script's module has __file__ and
// __cached__ and, with CPython's import system installed, a
// SourceFileLoader as __loader__; standard input and -c code have
// BuiltinImporter, as in CPython.
func (st *State) NewMainModule(filename string) (*Module, error) {
	t := st.t
	m := st.NewModule("__main__")
	d := m.Dict
	set := func(name string, v *object.Object) {
		d.SetStr(t, object.Intern(name), v)
		t.Decref(v)
	}
	set("__annotations__", object.NewDict(t).Obj())
	set("__package__", t.NewRef(object.None))
	set("__spec__", t.NewRef(object.None))
	set("__loader__", t.NewRef(object.None))
	if filename != "<string>" {
		set("__file__", object.NewStr(t, filename))
		set("__cached__", t.NewRef(object.None))
	}
	if err := st.setMainLoader(m, filename); err != nil {
		t.Decref(m.Obj())
		return nil, err
	}
	key := object.NewStrStatic("__main__")
	if err := st.interp.Modules.SetItem(t, key, m.Obj()); err != nil {
		t.Decref(m.Obj())
		return nil, err
	}
	return m, nil
}

// setMainLoader sets __loader__ of the main module when importlib is
// installed.
func (st *State) setMainLoader(m *Module, filename string) error {
	t := st.t
	if st.interp.imports == nil {
		return nil
	}
	var loader *object.Object
	var err error
	if filename == "<string>" || filename == "<stdin>" {
		boot, _ := st.interp.Modules.GetItem(t, object.NewStrStatic("_frozen_importlib"))
		if boot == nil {
			return nil
		}
		loader, err = object.GetAttrString(t, boot, "BuiltinImporter")
	} else {
		ext, _ := st.interp.Modules.GetItem(t, object.NewStrStatic("_frozen_importlib_external"))
		if ext == nil {
			return nil
		}
		name, file := object.NewStrStatic("__main__"), object.NewStr(t, filename)
		loader, err = callMethod(t, ext, "SourceFileLoader", name, file)
		t.Decref(file)
	}
	if err != nil {
		return err
	}
	m.Dict.SetStr(t, object.Intern("__loader__"), loader)
	t.Decref(loader)
	return nil
}
