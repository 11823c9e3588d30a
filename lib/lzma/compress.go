// This file holds LZMACompressor.

package lzma

import (
	"bytes"
	"hash"
	"io"
	"sync"

	"github.com/ftpy/ftpy/lib/internal/bytesarg"
	"github.com/ftpy/ftpy/object"
	"github.com/ulikunitz/xz/lzma"
)

// Compressor is an LZMACompressor.
type Compressor struct {
	object.Object
	mu      sync.Mutex
	flushed bool
	format  int
	check   int
	chain   []filter
	out     bytes.Buffer // compressed bytes not yet returned
	enc     io.WriteCloser
	pre     []*deltaCoder
	// .xz only: the block's check, sizes and header length.
	hash       hash.Hash
	blockStart int // out's length in bytes written so far when the block began
	written    int // bytes handed to the caller, for block sizes
	inSize     uint64
	headerLen  int
	blockBegun bool
	scratch    []byte
}

// CompressorType is _lzma.LZMACompressor.
var CompressorType = object.NewStaticType(&object.Type{
	Name:   "LZMACompressor",
	Module: "_lzma",
	New:    newCompressor,
})

var compressorParams = []string{"format", "check", "preset", "filters"}

func newCompressor(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var formatObj, checkObj, presetObj, filtersObj *object.Object
	if err := object.ParseArgs(t, "LZMACompressor", args, kw, compressorParams, 0, &formatObj, &checkObj, &presetObj, &filtersObj); err != nil {
		return nil, err
	}
	format, check := int64(formatXZ), int64(-1)
	var err error
	if formatObj != nil {
		if format, err = intArg(t, formatObj); err != nil {
			return nil, err
		}
	}
	if checkObj != nil {
		if check, err = intArg(t, checkObj); err != nil {
			return nil, err
		}
	}
	if presetObj == object.None {
		presetObj = nil
	}
	if filtersObj == object.None {
		filtersObj = nil
	}
	if format != formatXZ && check != -1 && check != checkNone {
		return nil, t.Errorf(object.ValueErrorType, "Integrity checks are only supported by FORMAT_XZ")
	}
	if presetObj != nil && filtersObj != nil {
		return nil, t.Errorf(object.ValueErrorType, "Cannot specify both preset and filter chain")
	}
	preset := uint32(presetDefault)
	if presetObj != nil {
		if preset, err = uint32Arg(t, presetObj); err != nil {
			return nil, err
		}
	}
	c := &Compressor{format: int(format)}
	var chain []filter
	switch format {
	case formatXZ, formatAlone:
		id := uint64(filterLZMA2)
		if format == formatAlone {
			id = filterLZMA1
		}
		if filtersObj == nil {
			f, ok := presetFilter(id, preset)
			if !ok {
				if format == formatXZ {
					return nil, lzmaError.Errorf(t, "%s", errOptions)
				}
				return nil, lzmaError.Errorf(t, "Invalid compression preset: %d", preset)
			}
			chain = []filter{f}
		} else {
			if chain, err = parseChain(t, filtersObj); err != nil {
				return nil, err
			}
			if format == formatAlone && (len(chain) != 1 || chain[0].id != filterLZMA1) {
				return nil, t.Errorf(object.ValueErrorType, "Invalid filter chain for FORMAT_ALONE - must be a single LZMA1 filter")
			}
		}
		if format == formatXZ {
			if check == -1 {
				check = checkCRC64
			}
			if check < 0 || check > checkIDMax || !checkSupported(check) {
				return nil, lzmaError.Errorf(t, "%s", errUnsupportedCheck)
			}
		}
	case formatRaw:
		if filtersObj == nil {
			return nil, t.Errorf(object.ValueErrorType, "Must specify filters for FORMAT_RAW")
		}
		if chain, err = parseChain(t, filtersObj); err != nil {
			return nil, err
		}
	default:
		return nil, t.Errorf(object.ValueErrorType, "Invalid container format: %d", format)
	}
	if msg := checkChain(chain, format != formatXZ); msg != "" {
		return nil, lzmaError.Errorf(t, "%s", msg)
	}
	for _, f := range chain {
		if isBCJ(f.id) {
			return nil, bcjUnsupported(t)
		}
	}
	c.chain, c.check = chain, max(int(check), 0)
	if err := c.start(); err != nil {
		return nil, lzmaError.Errorf(t, "%s", err)
	}
	t.Init(&c.Object, typ)
	return &c.Object, nil
}

// skipWriter drops the first n bytes written to w: the .lzma header a
// raw LZMA1 stream goes without.
type skipWriter struct {
	w io.Writer
	n int
}

func (s *skipWriter) Write(p []byte) (int, error) {
	total := len(p)
	k := min(s.n, len(p))
	s.n -= k
	if _, err := s.w.Write(p[k:]); err != nil {
		return 0, err
	}
	return total, nil
}

// start makes the encoder and writes the stream header.
func (c *Compressor) start() error {
	last := c.chain[len(c.chain)-1]
	c.pre = deltaCoders(c.chain[:len(c.chain)-1])
	props := &lzma.Properties{LC: int(last.lc), LP: int(last.lp), PB: int(last.pb)}
	dictCap := int(min(max(last.dictSize, minDictSize), 1<<30))
	var err error
	switch {
	case last.id == filterLZMA1:
		var w io.Writer = &c.out
		if c.format == formatRaw {
			w = &skipWriter{w: w, n: aloneHeaderLen}
		}
		c.enc, err = lzma.WriterConfig{Properties: props, DictCap: dictCap, EOSMarker: true}.NewWriter(w)
	default:
		c.enc, err = lzma.Writer2Config{Properties: props, DictCap: dictCap}.NewWriter2(&c.out)
	}
	if err != nil {
		return err
	}
	if c.format == formatXZ {
		c.out.Write(appendStreamHeader(nil, c.check))
		c.hash = newCheck(c.check)
	}
	return nil
}

// write compresses p, beginning the .xz block first.
func (c *Compressor) write(p []byte) error {
	if len(p) == 0 {
		return nil
	}
	if c.format == formatXZ && !c.blockBegun {
		c.blockBegun = true
		h := appendBlockHeader(nil, c.chain)
		c.headerLen = len(h)
		c.out.Write(h)
		c.blockStart = c.written + c.out.Len()
	}
	if c.hash != nil {
		c.hash.Write(p)
	}
	c.inSize += uint64(len(p))
	if len(c.pre) > 0 {
		c.scratch = append(c.scratch[:0], p...)
		p = c.scratch
		for _, d := range c.pre {
			d.encode(p)
		}
	}
	_, err := c.enc.Write(p)
	return err
}

// finish ends the stream: the encoder's end, and for .xz the block's
// padding and check, the index and the footer.
func (c *Compressor) finish() error {
	if c.format != formatXZ {
		return c.enc.Close()
	}
	// An empty .xz stream has no block, so not the encoder's end either.
	if c.blockBegun {
		if err := c.enc.Close(); err != nil {
			return err
		}
	}
	var records []record
	if c.blockBegun {
		compSize := c.written + c.out.Len() - c.blockStart
		for i := compSize; i%4 != 0; i++ {
			c.out.WriteByte(0)
		}
		var sum []byte
		if c.hash != nil {
			sum = c.hash.Sum(nil)
		}
		c.out.Write(sum)
		records = append(records, record{unpadded: uint64(c.headerLen + compSize + len(sum)), uncompressed: c.inSize})
	}
	index := appendIndex(nil, records)
	c.out.Write(index)
	c.out.Write(appendFooter(nil, c.check, len(index)))
	return nil
}

// take returns the output so far.
func (c *Compressor) take(t *object.Thread) *object.Object {
	b := bytes.Clone(c.out.Bytes())
	c.written += len(b)
	c.out.Reset()
	return object.NewBytesOwned(t, b)
}

var compressorMethods = []object.MethodDef{
	{Name: "compress", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "LZMACompressor.compress", args, kw, 1, 1); err != nil {
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
		if err := c.write(data); err != nil {
			return nil, lzmaError.Errorf(t, "%s", errProg)
		}
		return c.take(t), nil
	}},
	{Name: "flush", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "LZMACompressor.flush", args, kw, 0, 0); err != nil {
			return nil, err
		}
		c := object.Cast[Compressor](self)
		c.mu.Lock()
		defer c.mu.Unlock()
		if c.flushed {
			return nil, t.Errorf(object.ValueErrorType, "Repeated call to flush()")
		}
		c.flushed = true
		if err := c.finish(); err != nil {
			return nil, lzmaError.Errorf(t, "%s", errProg)
		}
		return c.take(t), nil
	}},
}

func init() { object.ReadyType(CompressorType, compressorMethods, nil) }
