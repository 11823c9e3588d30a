// This file holds BZ2Compressor.

package bz2

import (
	"bytes"
	"sync"

	"github.com/dsnet/compress/bzip2"
	"github.com/ftpy/ftpy/lib/internal/bytesarg"
	"github.com/ftpy/ftpy/object"
)

// Compressor is a BZ2Compressor.
type Compressor struct {
	object.Object
	mu      sync.Mutex // one call at a time
	out     bytes.Buffer
	w       *bzip2.Writer
	flushed bool
}

// CompressorType is _bz2.BZ2Compressor.
var CompressorType = object.NewStaticType(&object.Type{
	Name:   "BZ2Compressor",
	Module: "_bz2",
	New: func(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if kw != nil && len(kw.Items) > 0 {
			return nil, t.Errorf(object.TypeErrorType, "BZ2Compressor() takes no keyword arguments")
		}
		if err := object.CheckArgCount(t, "BZ2Compressor", args, kw, 0, 1); err != nil {
			return nil, err
		}
		level := int64(9)
		if len(args) > 0 {
			var err error
			if level, err = object.AsInt64(t, args[0]); err != nil || level != int64(int32(level)) {
				if err == nil || object.ErrorMatches(err, object.OverflowErrorType) {
					if err != nil {
						t.DropError(err)
					}
					return nil, t.Errorf(object.OverflowErrorType, "Python int too large to convert to C int")
				}
				return nil, err
			}
		}
		if level < 1 || level > 9 {
			return nil, t.Errorf(object.ValueErrorType, "compresslevel must be between 1 and 9")
		}
		c := &Compressor{}
		w, err := bzip2.NewWriter(&c.out, &bzip2.WriterConfig{Level: int(level)})
		if err != nil {
			return nil, t.Errorf(object.OSErrorType, "Invalid data stream")
		}
		c.w = w
		t.Init(&c.Object, typ)
		return &c.Object, nil
	},
})

// take returns the compressed bytes so far.
func (c *Compressor) take(t *object.Thread) *object.Object {
	b := bytes.Clone(c.out.Bytes())
	c.out.Reset()
	return object.NewBytesOwned(t, b)
}

var compressorMethods = []object.MethodDef{
	{Name: "compress", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "BZ2Compressor.compress", args, kw, 1, 1); err != nil {
			return nil, err
		}
		data, err := bytesarg.Get(t, args[0])
		if err != nil {
			return nil, err
		}
		c := object.Cast[Compressor](self)
		c.mu.Lock()
		defer c.mu.Unlock()
		if c.flushed {
			return nil, t.Errorf(object.ValueErrorType, "Compressor has been flushed")
		}
		if _, err := c.w.Write(data); err != nil {
			return nil, t.Errorf(object.OSErrorType, "Invalid data stream")
		}
		return c.take(t), nil
	}},
	{Name: "flush", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "BZ2Compressor.flush", args, kw, 0, 0); err != nil {
			return nil, err
		}
		c := object.Cast[Compressor](self)
		c.mu.Lock()
		defer c.mu.Unlock()
		if c.flushed {
			return nil, t.Errorf(object.ValueErrorType, "Repeated call to flush()")
		}
		c.flushed = true
		if err := c.w.Close(); err != nil {
			return nil, t.Errorf(object.OSErrorType, "Invalid data stream")
		}
		return c.take(t), nil
	}},
}

func init() { object.ReadyType(CompressorType, compressorMethods, nil) }
