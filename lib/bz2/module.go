// This file holds the module's classes.

package bz2

import (
	"sync"

	"github.com/ftpy/ftpy/lib/internal/bytesarg"
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

// Decompressor is a BZ2Decompressor.
type Decompressor struct {
	object.Object
	mu     sync.Mutex // one call at a time
	s      *stream
	unused []byte
	eof    bool
	// needsInput is false while decoded output waits for a call with a
	// larger max_length.
	needsInput bool
}

// DecompressorType is _bz2.BZ2Decompressor.
var DecompressorType = object.NewStaticType(&object.Type{
	Name:   "BZ2Decompressor",
	Module: "_bz2",
	New: func(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "BZ2Decompressor", args, kw, 0, 0); err != nil {
			return nil, err
		}
		d := &Decompressor{s: newStream(), needsInput: true}
		t.Init(&d.Object, typ)
		return &d.Object, nil
	},
	Dealloc: func(t *object.Thread, o *object.Object) {
		object.Cast[Decompressor](o).s.close()
	},
})

var decompressorMethods = []object.MethodDef{
	{Name: "decompress", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		data, limit, err := bytesarg.DecompressArgs(t, args, kw)
		if err != nil {
			return nil, err
		}
		d := object.Cast[Decompressor](self)
		d.mu.Lock()
		defer d.mu.Unlock()
		if d.eof {
			return nil, t.Errorf(object.EOFErrorType, "End of stream already reached")
		}
		s := d.s
		s.feed(data, int(limit))
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.err != nil {
			return nil, t.Errorf(object.OSErrorType, "Invalid data stream")
		}
		n := len(s.out)
		if limit >= 0 && int64(n) > limit {
			n = int(limit)
		}
		out := append([]byte(nil), s.out[:n]...)
		s.out = s.out[n:]
		if s.done && len(s.out) == 0 {
			d.eof = true
			d.unused = append(d.unused, s.in...)
			s.in = nil
		}
		d.needsInput = !d.eof && len(s.out) == 0
		return object.NewBytesOwned(t, out), nil
	}},
}

func attr(get func(d *Decompressor, t *object.Thread) *object.Object) func(t *object.Thread, o *object.Object) (*object.Object, error) {
	return func(t *object.Thread, o *object.Object) (*object.Object, error) {
		d := object.Cast[Decompressor](o)
		d.mu.Lock()
		defer d.mu.Unlock()
		return get(d, t), nil
	}
}

var decompressorGetSets = []object.GetSetDef{
	{Name: "eof", Get: attr(func(d *Decompressor, t *object.Thread) *object.Object { return object.NewBool(d.eof) })},
	{Name: "unused_data", Get: attr(func(d *Decompressor, t *object.Thread) *object.Object { return object.NewBytes(t, d.unused) })},
	{Name: "needs_input", Get: attr(func(d *Decompressor, t *object.Thread) *object.Object { return object.NewBool(d.needsInput) })},
}

func init() {
	object.ReadyType(DecompressorType, decompressorMethods, decompressorGetSets)
}

func init() { vm.RegisterModule("_bz2", newModule) }

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("_bz2")
	m.Dict.SetStr(t, object.Intern("BZ2Decompressor"), DecompressorType.Obj())
	m.Dict.SetStr(t, object.Intern("BZ2Compressor"), CompressorType.Obj())
	return m.Obj(), nil
}
