// Package io implements _io, the C module of CPython's io (Modules/_io):
// open, FileIO, the buffered objects, TextIOWrapper, BytesIO, StringIO
// and IncrementalNewlineDecoder. The file objects and the abstract
// classes live in package vm (vm/io_*.go, vm/file*.go), which builtins'
// open shares; BytesIO, StringIO and IncrementalNewlineDecoder are here.
package io

import (
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() { vm.RegisterModule("_io", newCModule) }

var funcs = []object.MethodDef{
	{Name: "open_code", Fn: openCode},
	{Name: "text_encoding", Fn: textEncoding},
}

// openCode is open_code(path): open(path, 'rb').
func openCode(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var path *object.Object
	if err := object.ParseArgs(t, "open_code", args, kw, []string{"path"}, 1, &path); err != nil {
		return nil, err
	}
	if !object.IsStr(path) {
		return nil, t.Errorf(object.TypeErrorType, "open_code() argument 'path' must be str, not %s", path.Type().Name)
	}
	return vm.Open.Fn(t, nil, []*object.Object{path, object.NewStrStatic("rb")}, nil)
}

// textEncoding is text_encoding(encoding, stacklevel=2): the encoding,
// or "locale" for None (UTF-8 mode is off).
func textEncoding(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var enc, level *object.Object
	if err := object.ParseArgs(t, "text_encoding", args, kw, []string{"encoding", "stacklevel"}, 1, &enc, &level); err != nil {
		return nil, err
	}
	if enc == object.None {
		return object.NewStrStatic("locale"), nil
	}
	return t.NewRef(enc), nil
}

func newCModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("_io")
	set := func(name string, v *object.Object) {
		m.Dict.SetStr(t, object.Intern(name), v)
	}
	for _, typ := range []*object.Type{vm.IOBaseType, vm.RawIOBaseType, vm.BufferedIOBaseType, vm.TextIOBaseType,
		vm.FileIOType, vm.BufferedReaderType, vm.BufferedWriterType, vm.BufferedRandomType, vm.BufferedRWPairType,
		vm.TextIOWrapperType, bytesIOType, stringIOType, newlineDecoderType} {
		set(typ.Name, typ.Obj())
	}
	for i := range funcs {
		fn := object.NewStaticBuiltin(&funcs[i])
		set(funcs[i].Name, fn)
	}
	// open is builtins.open itself, so that io.open is open.
	b, err := st.Import("builtins")
	if err != nil {
		t.Decref(m.Obj())
		return nil, err
	}
	open, err := object.GetAttrString(t, b, "open")
	t.Decref(b)
	if err != nil {
		t.Decref(m.Obj())
		return nil, err
	}
	set("open", open)
	t.Decref(open)
	size := object.NewInt(t, vm.DefaultBufferSize)
	set("DEFAULT_BUFFER_SIZE", size)
	t.Decref(size)
	set("BlockingIOError", object.BlockingIOErrorType.Obj())
	// UnsupportedOperation is both an OSError and a ValueError; CPython
	// makes it a class of module io.
	bases := object.NewTupleRefs(t, t.NewRef(object.OSErrorType.Obj()), t.NewRef(object.ValueErrorType.Obj()))
	ns := object.NewDict(t)
	ns.SetStr(t, object.Intern("__module__"), object.NewStrStatic("io"))
	name := object.NewStrStatic("UnsupportedOperation")
	cls, err := object.Call(t, object.TypeType.Obj(), []*object.Object{name, bases.Obj(), ns.Obj()}, nil)
	t.Decref(bases.Obj())
	t.Decref(ns.Obj())
	if err != nil {
		t.Decref(m.Obj())
		return nil, err
	}
	set("UnsupportedOperation", cls)
	t.Decref(cls)
	return m.Obj(), nil
}
