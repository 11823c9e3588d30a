// This file compresses: zlib.compress and the Compress objects of
// compressobj, on Go's compress/flate with the zlib and gzip containers
// written here.

package zlib

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"hash/crc32"
	"sync"

	"github.com/ftpy/ftpy/lib/internal/bytesarg"
	"github.com/ftpy/ftpy/object"
)

// deflater is one compression stream.
type deflater struct {
	wrap     container
	wbits    int
	level    int
	strategy int
	zdict    []byte
	w        *flate.Writer
	buf      bytes.Buffer
	started  bool // the container's header is written
	finished bool
	check    uint32
	size     uint32
	// log records the input and flushes so far, for copy(): Go's
	// compressor cannot be copied, but it is deterministic, so replaying
	// its input rebuilds its state. Past logLimit bytes the log is
	// dropped and copy() refuses, to keep memory bounded.
	log       []logEntry
	logBytes  int
	logBroken bool
}

type logEntry struct {
	data  []byte
	flush bool
}

const logLimit = 1 << 20

// compressWrap tells the container and window from compress's wbits.
func compressWrap(wbits int) (container, int, bool) {
	switch {
	case wbits >= 9 && wbits <= 15:
		return zlibWrap, wbits, true
	case wbits >= -15 && wbits <= -9:
		return raw, -wbits, true
	case wbits >= 25 && wbits <= 31:
		return gzipWrap, wbits - 16, true
	}
	return 0, 0, false
}

func newDeflater(level, wbits, strategy int, zdict []byte) (*deflater, bool) {
	wrap, window, ok := compressWrap(wbits)
	if !ok || level < -1 || level > 9 {
		return nil, false
	}
	d := &deflater{wrap: wrap, wbits: window, level: level, strategy: strategy, zdict: zdict}
	d.reset()
	return d, true
}

func (d *deflater) reset() {
	goLevel := d.level
	if d.strategy == zHuffmanOnly {
		goLevel = flate.HuffmanOnly
	}
	if d.zdict != nil {
		d.w, _ = flate.NewWriterDict(&d.buf, goLevel, d.zdict)
	} else {
		d.w, _ = flate.NewWriter(&d.buf, goLevel)
	}
	if d.wrap == zlibWrap {
		d.check = 1
	}
}

// header writes the container's header before the first output.
func (d *deflater) header() {
	if d.started {
		return
	}
	d.started = true
	switch d.wrap {
	case zlibWrap:
		// FLEVEL says roughly how hard the compressor tried, as zlib
		// sets it.
		var flevel uint16
		switch {
		case d.strategy >= zHuffmanOnly || d.level >= 0 && d.level < 2:
			flevel = 0
		case d.level >= 0 && d.level < 6:
			flevel = 1
		case d.level == 6 || d.level == -1:
			flevel = 2
		default:
			flevel = 3
		}
		h := uint16(d.wbits-8)<<12 | 8<<8 | flevel<<6
		if d.zdict != nil {
			h |= 0x20
		}
		h += 31 - h%31
		d.buf.Write([]byte{byte(h >> 8), byte(h)})
		if d.zdict != nil {
			var id [4]byte
			binary.BigEndian.PutUint32(id[:], adler32Update(1, d.zdict))
			d.buf.Write(id[:])
		}
	case gzipWrap:
		xfl := byte(0)
		switch {
		case d.level == 9:
			xfl = 2
		case d.level >= 0 && d.level < 2 || d.strategy >= zHuffmanOnly:
			xfl = 4
		}
		d.buf.Write([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3})
	}
}

func (d *deflater) record(data []byte, flush bool) {
	if d.logBroken {
		return
	}
	d.logBytes += len(data)
	if d.logBytes > logLimit {
		d.log, d.logBroken = nil, true
		return
	}
	d.log = append(d.log, logEntry{append([]byte(nil), data...), flush})
}

func (d *deflater) write(data []byte) {
	d.header()
	d.w.Write(data) // writes to a bytes.Buffer: no error
	switch d.wrap {
	case zlibWrap:
		d.check = adler32Update(d.check, data)
	case gzipWrap:
		d.check = crc32.Update(d.check, crc32.IEEETable, data)
	}
	d.size += uint32(len(data))
	d.record(data, false)
}

func (d *deflater) flush() {
	d.header()
	d.w.Flush()
	d.record(nil, true)
}

func (d *deflater) finish() {
	d.header()
	d.w.Close()
	var tr [8]byte
	switch d.wrap {
	case zlibWrap:
		binary.BigEndian.PutUint32(tr[:], d.check)
		d.buf.Write(tr[:4])
	case gzipWrap:
		binary.LittleEndian.PutUint32(tr[:], d.check)
		binary.LittleEndian.PutUint32(tr[4:], d.size)
		d.buf.Write(tr[:])
	}
	d.finished = true
	d.log = nil
}

// take returns the output so far.
func (d *deflater) take() []byte {
	out := bytes.Clone(d.buf.Bytes())
	d.buf.Reset()
	return out
}

// clone rebuilds the stream's state by replaying its log.
func (d *deflater) clone() (*deflater, bool) {
	if d.logBroken || d.finished {
		return nil, false
	}
	c := &deflater{wrap: d.wrap, wbits: d.wbits, level: d.level, strategy: d.strategy, zdict: d.zdict}
	c.reset()
	for _, e := range d.log {
		if e.flush {
			c.w.Flush()
		} else {
			c.w.Write(e.data)
		}
	}
	c.buf.Reset()
	c.buf.Write(d.buf.Bytes())
	c.started, c.check, c.size = d.started, d.check, d.size
	c.log = append([]logEntry(nil), d.log...)
	c.logBytes = d.logBytes
	return c, true
}

var compressParams = []string{"/data", "level", "wbits"}

func compressFunc(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var dataObj, levelObj, wbitsObj *object.Object
	if err := object.ParseArgs(t, "compress", args, kw, compressParams, 1, &dataObj, &levelObj, &wbitsObj); err != nil {
		return nil, err
	}
	data, err := bytesarg.Get(t, dataObj)
	if err != nil {
		return nil, err
	}
	level, err := intArg(t, levelObj, -1)
	if err != nil {
		return nil, err
	}
	wbits, err := intArg(t, wbitsObj, 15)
	if err != nil {
		return nil, err
	}
	d, ok := newDeflater(level, wbits, 0, nil)
	if !ok {
		return nil, zlibError.Errorf(t, "Bad compression level")
	}
	d.write(data)
	d.finish()
	return object.NewBytesOwned(t, d.take()), nil
}

// Compress is a compression object (zlib.compressobj()).
type Compress struct {
	object.Object
	mu sync.Mutex
	d  *deflater
}

// CompressType is zlib.Compress.
var CompressType = object.NewStaticType(&object.Type{Name: "Compress", Module: "zlib"})

var compressobjParams = []string{"level", "method", "wbits", "memLevel", "strategy", "zdict"}

func compressobjFunc(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var o [6]*object.Object
	if err := object.ParseArgs(t, "compressobj", args, kw, compressobjParams, 0, &o[0], &o[1], &o[2], &o[3], &o[4], &o[5]); err != nil {
		return nil, err
	}
	var v [5]int
	for i, def := range []int{-1, 8, 15, 8, 0} {
		n, err := intArg(t, o[i], def)
		if err != nil {
			return nil, err
		}
		v[i] = n
	}
	var zdict []byte
	if o[5] != nil {
		b, err := bytesarg.Get(t, o[5])
		if err != nil {
			return nil, err
		}
		zdict = bytes.Clone(b)
	}
	level, method, wbits, memLevel, strategy := v[0], v[1], v[2], v[3], v[4]
	if method != 8 || memLevel < 1 || memLevel > 9 || strategy < 0 || strategy > 4 {
		return nil, t.Errorf(object.ValueErrorType, "Invalid initialization option")
	}
	d, ok := newDeflater(level, wbits, strategy, zdict)
	if !ok {
		return nil, t.Errorf(object.ValueErrorType, "Invalid initialization option")
	}
	if d.wrap == gzipWrap && zdict != nil {
		return nil, t.Errorf(object.ValueErrorType, "Invalid initialization option")
	}
	c := &Compress{d: d}
	t.Init(&c.Object, CompressType)
	return &c.Object, nil
}

var compressMethods = []object.MethodDef{
	{Name: "compress", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "compress", args, kw, 1, 1); err != nil {
			return nil, err
		}
		data, err := bytesarg.Get(t, args[0])
		if err != nil {
			return nil, err
		}
		c := object.Cast[Compress](self)
		c.mu.Lock()
		defer c.mu.Unlock()
		if c.d.finished {
			return nil, zlibError.Errorf(t, "Error -2 while compressing data: inconsistent stream state")
		}
		c.d.write(data)
		return object.NewBytesOwned(t, c.d.take()), nil
	}},
	{Name: "flush", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "flush", args, kw, 0, 1); err != nil {
			return nil, err
		}
		mode := zFinish
		if len(args) > 0 {
			n, err := intArg(t, args[0], zFinish)
			if err != nil {
				return nil, err
			}
			mode = n
		}
		c := object.Cast[Compress](self)
		c.mu.Lock()
		defer c.mu.Unlock()
		if mode == zNoFlush {
			return object.NewBytes(t, nil), nil
		}
		if c.d.finished {
			return nil, zlibError.Errorf(t, "Error -2 while flushing: inconsistent stream state")
		}
		// Go's compressor has one flush, a sync flush; Z_FULL_FLUSH's
		// dictionary reset and Z_PARTIAL_FLUSH's shorter marker are not
		// distinguished (the output decodes the same).
		if mode == zFinish {
			c.d.finish()
		} else {
			c.d.flush()
		}
		return object.NewBytesOwned(t, c.d.take()), nil
	}},
	{Name: "copy", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "copy", args, kw, 0, 0); err != nil {
			return nil, err
		}
		c := object.Cast[Compress](self)
		c.mu.Lock()
		d, ok := c.d.clone()
		c.mu.Unlock()
		if !ok {
			return nil, t.Errorf(object.ValueErrorType, "Inconsistent stream state")
		}
		n := &Compress{d: d}
		t.Init(&n.Object, CompressType)
		return &n.Object, nil
	}},
}

func init() { object.ReadyType(CompressType, compressMethods, nil) }
