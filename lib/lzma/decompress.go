// This file holds LZMADecompressor.

package lzma

import (
	"sync"

	"github.com/ftpy/ftpy/lib/internal/bytesarg"
	"github.com/ftpy/ftpy/object"
)

// Decompressor is an LZMADecompressor.
type Decompressor struct {
	object.Object
	mu         sync.Mutex // one call at a time
	s          *stream
	eof        bool
	needsInput bool
	unused     []byte
}

// DecompressorType is _lzma.LZMADecompressor.
var DecompressorType = object.NewStaticType(&object.Type{
	Name:   "LZMADecompressor",
	Module: "_lzma",
	New:    newDecompressor,
	Dealloc: func(t *object.Thread, o *object.Object) {
		object.Cast[Decompressor](o).s.close()
	},
})

var decompressorParams = []string{"format", "memlimit", "filters"}

func newDecompressor(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var formatObj, memlimitObj, filtersObj *object.Object
	if err := object.ParseArgs(t, "LZMADecompressor", args, kw, decompressorParams, 0, &formatObj, &memlimitObj, &filtersObj); err != nil {
		return nil, err
	}
	format := int64(formatAuto)
	var err error
	if formatObj != nil {
		if format, err = intArg(t, formatObj); err != nil {
			return nil, err
		}
	}
	if memlimitObj == object.None {
		memlimitObj = nil
	}
	if filtersObj == object.None {
		filtersObj = nil
	}
	memlimit := uint64(1<<64 - 1)
	if memlimitObj != nil {
		if format == formatRaw {
			return nil, t.Errorf(object.ValueErrorType, "Cannot specify memory limit with FORMAT_RAW")
		}
		if memlimit, err = uint64Arg(t, memlimitObj); err != nil {
			return nil, err
		}
	}
	if format == formatRaw && filtersObj == nil {
		return nil, t.Errorf(object.ValueErrorType, "Must specify filters for FORMAT_RAW")
	} else if format != formatRaw && filtersObj != nil {
		return nil, t.Errorf(object.ValueErrorType, "Cannot specify filters except with FORMAT_RAW")
	}
	var decode func(s *stream) error
	check := checkUnknown
	switch format {
	case formatAuto:
		decode = decodeAuto(memlimit)
	case formatXZ:
		decode = func(s *stream) error { return decodeXZ(s, memlimit) }
	case formatAlone:
		check = checkNone
		decode = func(s *stream) error { return decodeAlone(s, memlimit) }
	case formatRaw:
		check = checkNone
		chain, err := parseChain(t, filtersObj)
		if err != nil {
			return nil, err
		}
		if msg := checkChain(chain, true); msg != "" {
			return nil, lzmaError.Errorf(t, "%s", msg)
		}
		for _, f := range chain {
			if isBCJ(f.id) {
				return nil, bcjUnsupported(t)
			}
		}
		decode = decodeRaw(chain)
	default:
		return nil, t.Errorf(object.ValueErrorType, "Invalid container format: %d", format)
	}
	d := &Decompressor{s: newStream(check, decode), needsInput: true}
	t.Init(&d.Object, typ)
	return &d.Object, nil
}

var decompressorMethods = []object.MethodDef{
	{Name: "decompress", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		data, limit, err := bytesarg.DecompressArgs(t, args, kw)
		if err != nil {
			return nil, err
		}
		if limit < 0 {
			limit = -1
		}
		d := object.Cast[Decompressor](self)
		d.mu.Lock()
		defer d.mu.Unlock()
		if d.eof {
			return nil, t.Errorf(object.EOFErrorType, "Already at end of stream")
		}
		out, eof, needsInput, unused, err := d.s.feed(data, int(limit))
		if err != nil {
			if ce, ok := err.(codingError); ok {
				return nil, lzmaError.Errorf(t, "%s", string(ce))
			}
			return nil, lzmaError.Errorf(t, "%s", errProg)
		}
		d.eof, d.needsInput = eof, needsInput
		if eof {
			d.unused = unused
		}
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
	{Name: "check", Get: attr(func(d *Decompressor, t *object.Thread) *object.Object {
		return object.NewInt(t, int64(d.s.checkID()))
	})},
	{Name: "eof", Get: attr(func(d *Decompressor, t *object.Thread) *object.Object { return object.NewBool(d.eof) })},
	{Name: "unused_data", Get: attr(func(d *Decompressor, t *object.Thread) *object.Object { return object.NewBytes(t, d.unused) })},
	{Name: "needs_input", Get: attr(func(d *Decompressor, t *object.Thread) *object.Object { return object.NewBool(d.needsInput) })},
}

func init() { object.ReadyType(DecompressorType, decompressorMethods, decompressorGetSets) }
