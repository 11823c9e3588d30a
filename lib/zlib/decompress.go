// This file holds the Decompress objects of decompressobj.

package zlib

import (
	"bytes"
	"sync"

	"github.com/ftpy/ftpy/lib/internal/bytesarg"
	"github.com/ftpy/ftpy/object"
)

// Decompress is a decompression object (zlib.decompressobj()).
type Decompress struct {
	object.Object
	mu      sync.Mutex
	z       *inflater
	pending []byte // input held back until a step can complete
	unused  []byte // unused_data: input past the end of the stream
	tail    []byte // unconsumed_tail: input left by max_length
	eof     bool
	wbits   int
}

// DecompressType is zlib.Decompress.
var DecompressType = object.NewStaticType(&object.Type{Name: "Decompress", Module: "zlib"})

var decompressobjParams = []string{"wbits", "zdict"}

func decompressobjFunc(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var wbitsObj, zdictObj *object.Object
	if err := object.ParseArgs(t, "decompressobj", args, kw, decompressobjParams, 0, &wbitsObj, &zdictObj); err != nil {
		return nil, err
	}
	wbits, err := intArg(t, wbitsObj, 15)
	if err != nil {
		return nil, err
	}
	var zdict []byte
	if zdictObj != nil {
		if !bytesarg.Is(zdictObj) {
			return nil, t.Errorf(object.TypeErrorType, "zdict argument must support the buffer protocol")
		}
		b, err := bytesarg.Get(t, zdictObj)
		if err != nil {
			return nil, err
		}
		zdict = bytes.Clone(b)
	}
	wrap, window, ok := decompressWrap(wbits)
	if !ok {
		return nil, t.Errorf(object.ValueErrorType, "Invalid initialization option")
	}
	d := &Decompress{z: newInflater(wrap, window, zdict), wbits: wbits}
	t.Init(&d.Object, DecompressType)
	return &d.Object, nil
}

// run feeds data to the inflater and sorts what it left over.
func (d *Decompress) run(t *object.Thread, data []byte, limit int) (*object.Object, error) {
	if d.eof {
		d.unused = append(d.unused, data...)
		return object.NewBytes(t, nil), nil
	}
	out, rest := d.z.feed(d.pending, data, limit)
	d.pending = nil
	if d.z.err != "" {
		return nil, inflateError(t, d.z.err)
	}
	switch {
	case d.z.phase == phDone:
		d.eof = true
		d.unused = append(d.unused, rest...)
		d.tail = nil
	case limit > 0 && len(out) >= limit:
		d.tail = bytes.Clone(rest)
	default:
		d.pending = bytes.Clone(rest)
		d.tail = nil
	}
	return object.NewBytesOwned(t, out), nil
}

var decompressMethods = []object.MethodDef{
	{Name: "decompress", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		var dataObj, maxObj *object.Object
		if err := object.ParseArgs(t, "decompress", args, kw, []string{"/data", "max_length"}, 1, &dataObj, &maxObj); err != nil {
			return nil, err
		}
		data, err := bytesarg.Get(t, dataObj)
		if err != nil {
			return nil, err
		}
		limit, err := intArg(t, maxObj, 0)
		if err != nil {
			return nil, err
		}
		if limit < 0 {
			return nil, t.Errorf(object.ValueErrorType, "max_length must be non-negative")
		}
		d := object.Cast[Decompress](self)
		d.mu.Lock()
		defer d.mu.Unlock()
		return d.run(t, data, limit)
	}},
	{Name: "flush", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "flush", args, kw, 0, 1); err != nil {
			return nil, err
		}
		if len(args) > 0 {
			n, err := intArg(t, args[0], defBufSize)
			if err != nil {
				return nil, err
			}
			if n <= 0 {
				return nil, t.Errorf(object.ValueErrorType, "length must be greater than zero")
			}
		}
		d := object.Cast[Decompress](self)
		d.mu.Lock()
		defer d.mu.Unlock()
		tail := d.tail
		d.tail = nil
		if d.eof && len(tail) == 0 {
			return object.NewBytes(t, nil), nil
		}
		return d.run(t, tail, 0)
	}},
	{Name: "copy", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "copy", args, kw, 0, 0); err != nil {
			return nil, err
		}
		d := object.Cast[Decompress](self)
		d.mu.Lock()
		defer d.mu.Unlock()
		n := &Decompress{z: d.z.clone(), pending: bytes.Clone(d.pending), unused: bytes.Clone(d.unused),
			tail: bytes.Clone(d.tail), eof: d.eof, wbits: d.wbits}
		t.Init(&n.Object, DecompressType)
		return &n.Object, nil
	}},
}

func attr(get func(d *Decompress, t *object.Thread) *object.Object) func(t *object.Thread, o *object.Object) (*object.Object, error) {
	return func(t *object.Thread, o *object.Object) (*object.Object, error) {
		d := object.Cast[Decompress](o)
		d.mu.Lock()
		defer d.mu.Unlock()
		return get(d, t), nil
	}
}

var decompressGetSets = []object.GetSetDef{
	{Name: "unused_data", Get: attr(func(d *Decompress, t *object.Thread) *object.Object { return object.NewBytes(t, d.unused) })},
	{Name: "unconsumed_tail", Get: attr(func(d *Decompress, t *object.Thread) *object.Object { return object.NewBytes(t, d.tail) })},
	{Name: "eof", Get: attr(func(d *Decompress, t *object.Thread) *object.Object { return object.NewBool(d.eof) })},
}

func init() { object.ReadyType(DecompressType, decompressMethods, decompressGetSets) }
