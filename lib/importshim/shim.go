// Package importshim is a TEMPORARY stand-in for the posix and _io
// modules while they are written; it lets the import system be brought
// up. It is deleted when lib/posix and lib/io register the real ones.
package importshim

import (
	"os"
	"syscall"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() {
	vm.RegisterFallbackModule("posix", newPosix)
	vm.RegisterFallbackModule("_io", newIO)
}

func copyModule(st *vm.State, from, to string) (*vm.Module, error) {
	t := st.Thread()
	// The old os module imports os.path, which the Lib shadows.
	key := object.NewStr(t, "os.path")
	dummy := st.NewModule("os.path")
	st.Interp().Modules.SetItem(t, key, dummy.Obj())
	old, err := st.NativeModule(from)
	st.Interp().Modules.DelItem(t, key)
	if err != nil {
		return nil, err
	}
	defer t.Decref(old)
	m := st.NewModule(to)
	src := object.Cast[vm.Module](old).Dict
	for pos := 0; ; {
		var k, v *object.Object
		var ok bool
		pos, k, v, ok = src.Next(pos)
		if !ok {
			break
		}
		if object.StrValue(k) != "__name__" {
			m.Dict.SetItem(t, k, v)
		}
	}
	return m, nil
}

var posixFuncs = []object.MethodDef{{Name: "stat", Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	p := object.StrValue(args[0])
	var s syscall.Stat_t
	if err := syscall.Stat(p, &s); err != nil {
		return nil, object.OSErrorFromGo(t, &os.PathError{Op: "stat", Path: p, Err: err})
	}
	return object.NewNamespace(t, []string{"st_mode", "st_size", "st_mtime"},
		[]*object.Object{object.NewInt(t, int64(s.Mode)), object.NewInt(t, s.Size), object.NewFloat(t, float64(s.Mtim.Sec)+float64(s.Mtim.Nsec)/1e9)}), nil
}}}

func newPosix(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m, err := copyModule(st, "os", "posix")
	if err != nil {
		return nil, err
	}
	for i := range posixFuncs {
		m.Dict.SetStr(t, object.Intern(posixFuncs[i].Name), object.NewStaticBuiltin(&posixFuncs[i]))
	}
	env := object.NewDict(t)
	for _, kv := range os.Environ() {
		for i := 0; i < len(kv); i++ {
			if kv[i] == '=' {
				k, v := object.NewBytes(t, []byte(kv[:i])), object.NewBytes(t, []byte(kv[i+1:]))
				env.SetItem(t, k, v)
				t.Decref(k)
				t.Decref(v)
				break
			}
		}
	}
	m.Dict.SetStr(t, object.Intern("environ"), env.Obj())
	t.Decref(env.Obj())
	return m.Obj(), nil
}

const ioSource = `
def open_code(path):
    return open(path, 'rb')

def FileIO(path, mode='r'):
    return open(path, mode if 'b' in mode else mode + 'b')
`

func newIO(st *vm.State) (*object.Object, error) {
	m, err := copyModule(st, "io", "_io")
	if err != nil {
		return nil, err
	}
	if err := st.RunFrozen("_io", []byte(ioSource), m.Dict); err != nil {
		return nil, err
	}
	return m.Obj(), nil
}
