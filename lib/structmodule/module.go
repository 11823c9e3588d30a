// Package structmodule implements CPython's _struct module, which the
// Lib's struct.py re-exports: pack, unpack, calcsize, pack_into,
// unpack_from, iter_unpack, the Struct class and struct.error, with every
// format code (native sizes and alignment under '@', standard ones
// under '=', '<', '>' and '!').
package structmodule

import (
	"sync"

	"github.com/ftpy/ftpy/lib/internal/bytesarg"
	"github.com/ftpy/ftpy/lib/internal/errclass"
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() { vm.RegisterModule("_struct", newModule) }

var structError = errclass.New("struct.error")

// Struct is a compiled format (struct.Struct).
type Struct struct {
	object.Object
	l    *layout
	dict *object.Dict
}

// StructType is struct.Struct.
var StructType = object.NewStaticType(&object.Type{
	Name:         "Struct",
	Module:       "_struct",
	Flags:        object.FlagBaseType | object.FlagWeakrefable,
	Doc:          "Struct(format)\n--\n\nA compiled struct format: pack and unpack values with it.",
	SubclassDict: func(o *object.Object) **object.Dict { return &object.Cast[Struct](o).dict },
	New: func(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		s := &Struct{}
		t.Init(&s.Object, typ)
		return &s.Object, nil
	},
	Init: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) error {
		var format *object.Object
		if err := object.ParseArgs(t, "Struct", args, kw, []string{"format"}, 1, &format); err != nil {
			return err
		}
		l, err := formatArg(t, format)
		if err != nil {
			return err
		}
		object.Cast[Struct](self).l = l
		return nil
	},
})

// layoutOf is a Struct's layout; a Struct whose __init__ never ran has
// the empty format.
func layoutOf(o *object.Object) *layout {
	if l := object.Cast[Struct](o).l; l != nil {
		return l
	}
	l, _ := compile("")
	return l
}

var structMethods = []object.MethodDef{
	{Name: "pack", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.NoKeywords(t, "pack", kw); err != nil {
			return nil, err
		}
		return pack(t, layoutOf(self), args)
	}},
	{Name: "pack_into", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.NoKeywords(t, "pack_into", kw); err != nil {
			return nil, err
		}
		return packInto(t, layoutOf(self), args, 0)
	}},
	{Name: "unpack", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "unpack", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return unpack(t, layoutOf(self), args[0])
	}},
	{Name: "unpack_from", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		var buf, off *object.Object
		if err := object.ParseArgs(t, "unpack_from", args, kw, []string{"buffer", "offset"}, 1, &buf, &off); err != nil {
			return nil, err
		}
		return unpackFrom(t, layoutOf(self), buf, off)
	}},
	{Name: "iter_unpack", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "iter_unpack", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return iterUnpack(t, layoutOf(self), args[0])
	}},
	{Name: "__sizeof__", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		return object.NewInt(t, int64(48+24*len(layoutOf(self).fields))), nil
	}},
}

var structGetSets = []object.GetSetDef{
	{Name: "format", Doc: "struct format string", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewStr(t, layoutOf(o).format), nil
	}},
	{Name: "size", Doc: "struct size in bytes", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewInt(t, int64(layoutOf(o).size)), nil
	}},
}

func init() { object.ReadyType(StructType, structMethods, structGetSets) }

func pack(t *object.Thread, l *layout, values []*object.Object) (*object.Object, error) {
	buf := make([]byte, l.size)
	if err := l.pack(t, buf, values); err != nil {
		return nil, err
	}
	return object.NewBytesOwned(t, buf), nil
}

// packInto is pack_into(buffer, offset, *v); args start at buffer.
func packInto(t *object.Thread, l *layout, args []*object.Object, _ int) (*object.Object, error) {
	if len(args) < 2 {
		if len(args) == 0 {
			return nil, t.Errorf(object.TypeErrorType, "pack_into expected buffer argument")
		}
		return nil, t.Errorf(object.TypeErrorType, "pack_into expected offset argument")
	}
	if len(args)-2 != l.nitems {
		return nil, structError.Errorf(t, "pack_into expected %d items for packing (got %d)", l.nitems, len(args)-2)
	}
	dst, release, err := bytesarg.Writable(t, args[0])
	if err != nil {
		return nil, err
	}
	defer release()
	off, err := object.AsInt64(t, args[1])
	if err != nil {
		return nil, err
	}
	n := int64(len(dst))
	if off < 0 {
		if off+int64(l.size) > 0 {
			return nil, structError.Errorf(t, "no space to pack %d bytes at offset %d", l.size, off)
		}
		if off+n < 0 {
			return nil, structError.Errorf(t, "offset %d out of range for %d-byte buffer", off, n)
		}
		off += n
	}
	if n-off < int64(l.size) {
		return nil, structError.Errorf(t, "pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d (actual buffer size is %d)", uint64(l.size)+uint64(off), l.size, off, n)
	}
	// Pack into a copy: a failed pack leaves the buffer as it was.
	buf := make([]byte, l.size)
	if err := l.pack(t, buf, args[2:]); err != nil {
		return nil, err
	}
	copy(dst[off:], buf)
	return object.None, nil
}

func unpack(t *object.Thread, l *layout, buffer *object.Object) (*object.Object, error) {
	data, err := bytesarg.Get(t, buffer)
	if err != nil {
		return nil, err
	}
	if len(data) != l.size {
		return nil, structError.Errorf(t, "unpack requires a buffer of %d bytes", l.size)
	}
	return l.unpack(t, data), nil
}

func unpackFrom(t *object.Thread, l *layout, buffer, offset *object.Object) (*object.Object, error) {
	data, err := bytesarg.Get(t, buffer)
	if err != nil {
		return nil, err
	}
	var off int64
	if offset != nil {
		if off, err = object.AsInt64(t, offset); err != nil {
			return nil, err
		}
	}
	n := int64(len(data))
	if off < 0 {
		if off+n < 0 {
			return nil, structError.Errorf(t, "offset %d out of range for %d-byte buffer", off, n)
		}
		if off+int64(l.size) > 0 {
			return nil, structError.Errorf(t, "not enough data to unpack %d bytes at offset %d", l.size, off)
		}
		off += n
	}
	if n-off < int64(l.size) {
		return nil, structError.Errorf(t, "unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d (actual buffer size is %d)", uint64(l.size)+uint64(off), l.size, off, n)
	}
	return l.unpack(t, data[off:off+int64(l.size)]), nil
}

// unpackIter is the iterator iter_unpack returns.
type unpackIter struct {
	object.Object
	mu     sync.Mutex
	l      *layout
	view   *object.Buffer // the exported buffer, held as CPython holds its Py_buffer; nil once exhausted
	offset int
}

var unpackIterType = object.NewStaticType(&object.Type{
	Name:   "unpack_iterator",
	Module: "_struct",
	Flags:  object.FlagGC,
	Iter:   func(t *object.Thread, o *object.Object) (*object.Object, error) { return t.NewRef(o), nil },
	Next: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		it := object.Cast[unpackIter](o)
		it.mu.Lock()
		defer it.mu.Unlock()
		if it.view == nil {
			return nil, nil
		}
		data := it.view.Bytes()
		if it.offset+it.l.size > len(data) {
			v := it.view
			it.view = nil
			v.Release(t)
			return nil, nil
		}
		v := it.l.unpack(t, data[it.offset:it.offset+it.l.size])
		it.offset += it.l.size
		return v, nil
	},
	Traverse: func(o *object.Object, visit object.Visitor) {
		if v := object.Cast[unpackIter](o).view; v != nil {
			visit(v.Obj)
		}
	},
	Clear: func(t *object.Thread, o *object.Object) {
		it := object.Cast[unpackIter](o)
		if v := it.view; v != nil {
			it.view = nil
			v.Release(t)
		}
	},
})

func init() {
	unpackIterType.Dealloc = unpackIterType.Clear
	object.ReadyType(unpackIterType, []object.MethodDef{{Name: "__length_hint__", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		it := object.Cast[unpackIter](self)
		it.mu.Lock()
		defer it.mu.Unlock()
		if it.view == nil {
			return object.NewInt(t, 0), nil
		}
		return object.NewInt(t, int64((it.view.Len-it.offset)/it.l.size)), nil
	}}}, nil)
}

func iterUnpack(t *object.Thread, l *layout, buffer *object.Object) (*object.Object, error) {
	if l.size == 0 {
		return nil, structError.Errorf(t, "cannot iteratively unpack with a struct of length 0")
	}
	// The iterator reads the exporter's memory as it goes, so it keeps
	// the view (a bytearray cannot be resized under it, as in CPython).
	view, err := object.GetBuffer(t, buffer, 0)
	if err != nil {
		return nil, err
	}
	if !view.IsCContiguous() {
		view.Release(t)
		return nil, t.Errorf(object.BufferErrorType, "memoryview: underlying buffer is not C-contiguous")
	}
	if view.Len%l.size != 0 {
		view.Release(t)
		return nil, structError.Errorf(t, "iterative unpacking requires a buffer of a multiple of %d bytes", l.size)
	}
	it := &unpackIter{l: l, view: view}
	t.Init(&it.Object, unpackIterType)
	t.Track(&it.Object)
	return &it.Object, nil
}

// The module functions take the format first.

func formatFirst(t *object.Thread, name string, args []*object.Object, kw *object.Tuple, min, max int) (*layout, error) {
	if err := object.CheckArgCount(t, name, args, kw, min, max); err != nil {
		return nil, err
	}
	return formatArg(t, args[0])
}

var funcs = []object.MethodDef{
	{Name: "pack", Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		l, err := formatFirst(t, "pack", args, kw, 1, 1<<30)
		if err != nil {
			return nil, err
		}
		return pack(t, l, args[1:])
	}},
	{Name: "pack_into", Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		l, err := formatFirst(t, "pack_into", args, kw, 1, 1<<30)
		if err != nil {
			return nil, err
		}
		return packInto(t, l, args[1:], 0)
	}},
	{Name: "unpack", Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		l, err := formatFirst(t, "unpack", args, kw, 2, 2)
		if err != nil {
			return nil, err
		}
		return unpack(t, l, args[1])
	}},
	{Name: "unpack_from", Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		var format, buf, off *object.Object
		if err := object.ParseArgs(t, "unpack_from", args, kw, []string{"/format", "buffer", "offset"}, 2, &format, &buf, &off); err != nil {
			return nil, err
		}
		l, err := formatArg(t, format)
		if err != nil {
			return nil, err
		}
		return unpackFrom(t, l, buf, off)
	}},
	{Name: "iter_unpack", Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		l, err := formatFirst(t, "iter_unpack", args, kw, 2, 2)
		if err != nil {
			return nil, err
		}
		return iterUnpack(t, l, args[1])
	}},
	{Name: "calcsize", Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		l, err := formatFirst(t, "calcsize", args, kw, 1, 1)
		if err != nil {
			return nil, err
		}
		return object.NewInt(t, int64(l.size)), nil
	}},
	{Name: "_clearcache", Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		cache.Lock()
		cache.m = nil
		cache.Unlock()
		return object.None, nil
	}},
}

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	errType, err := structError.Get(t)
	if err != nil {
		return nil, err
	}
	m := st.NewModule("_struct")
	for i := range funcs {
		m.Dict.SetStr(t, object.Intern(funcs[i].Name), object.NewStaticBuiltin(&funcs[i]))
	}
	object.ClaimModuleFunctions(m.Dict, "_struct")
	m.Dict.SetStr(t, object.Intern("Struct"), StructType.Obj())
	m.Dict.SetStr(t, object.Intern("error"), errType)
	return m.Obj(), nil
}
