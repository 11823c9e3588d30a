// Package zlib implements CPython's zlib module on Go's compress/flate
// (compression) and a resumable inflater of its own (decompression):
// compress, decompress, compressobj, decompressobj, crc32, adler32, the
// Z_* constants and zlib.error, with raw (-9..-15), zlib (9..15), gzip
// (25..31) and, for decompression, automatic (40..47) wbits.
//
// compress's output is valid deflate data that round-trips, but it is
// not byte-for-byte what CPython's zlib writes: Go's compressor chooses
// its blocks differently. Decompression accepts any valid stream,
// CPython's included.
package zlib

import (
	"hash/crc32"

	"github.com/ftpy/ftpy/lib/internal/bytesarg"
	"github.com/ftpy/ftpy/lib/internal/errclass"
	"github.com/ftpy/ftpy/lib/internal/intarg"
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() { vm.RegisterModule("zlib", newModule) }

var zlibError = errclass.New("zlib.error")

// The zlib version CPython 3.11 was built with, which the Lib may check.
const zlibVersion = "1.2.13"

const (
	zNoFlush      = 0
	zPartialFlush = 1
	zSyncFlush    = 2
	zFullFlush    = 3
	zFinish       = 4
	zBlock        = 5
	zHuffmanOnly  = 2
	defBufSize    = 16384
)

var constants = []struct {
	name  string
	value int64
}{
	{"DEFLATED", 8}, {"DEF_BUF_SIZE", defBufSize}, {"DEF_MEM_LEVEL", 8}, {"MAX_WBITS", 15},
	{"Z_BEST_COMPRESSION", 9}, {"Z_BEST_SPEED", 1}, {"Z_BLOCK", zBlock}, {"Z_DEFAULT_COMPRESSION", -1},
	{"Z_DEFAULT_STRATEGY", 0}, {"Z_FILTERED", 1}, {"Z_FINISH", zFinish}, {"Z_FIXED", 4},
	{"Z_FULL_FLUSH", zFullFlush}, {"Z_HUFFMAN_ONLY", zHuffmanOnly}, {"Z_NO_COMPRESSION", 0},
	{"Z_NO_FLUSH", zNoFlush}, {"Z_PARTIAL_FLUSH", zPartialFlush}, {"Z_RLE", 3}, {"Z_SYNC_FLUSH", zSyncFlush},
	{"Z_TREES", 6},
}

var funcs = []object.MethodDef{
	{Name: "compress", Fn: compressFunc},
	{Name: "decompress", Fn: decompressFunc},
	{Name: "compressobj", Fn: compressobjFunc},
	{Name: "decompressobj", Fn: decompressobjFunc},
	{Name: "crc32", Fn: checksum("crc32", 0, func(v uint32, b []byte) uint32 { return crc32.Update(v, crc32.IEEETable, b) })},
	{Name: "adler32", Fn: checksum("adler32", 1, adler32Update)},
}

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	errType, err := zlibError.Get(t)
	if err != nil {
		return nil, err
	}
	m := st.NewModule("zlib")
	for i := range funcs {
		m.Dict.SetStr(t, object.Intern(funcs[i].Name), object.NewStaticBuiltin(&funcs[i]))
	}
	object.ClaimModuleFunctions(m.Dict, "zlib")
	for _, c := range constants {
		v := object.NewInt(t, c.value)
		m.Dict.SetStr(t, object.Intern(c.name), v)
		t.Decref(v)
	}
	for _, name := range []string{"ZLIB_VERSION", "ZLIB_RUNTIME_VERSION"} {
		v := object.NewStr(t, zlibVersion)
		m.Dict.SetStr(t, object.Intern(name), v)
		t.Decref(v)
	}
	m.Dict.SetStr(t, object.Intern("error"), errType)
	return m.Obj(), nil
}

func checksum(name string, start uint32, update func(uint32, []byte) uint32) func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	return func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, name, args, kw, 1, 2); err != nil {
			return nil, err
		}
		data, err := bytesarg.Get(t, args[0])
		if err != nil {
			return nil, err
		}
		v := start
		if len(args) > 1 {
			if v, err = intarg.Uint32Mask(t, args[1]); err != nil {
				return nil, err
			}
		}
		return object.NewInt(t, int64(update(v, data))), nil
	}
}

// intArg reads an optional int argument.
func intArg(t *object.Thread, o *object.Object, def int) (int, error) {
	if o == nil {
		return def, nil
	}
	v, err := object.AsInt64(t, o)
	return int(v), err
}

// decompressWrap tells the container and window size from wbits, or
// ok false.
func decompressWrap(wbits int) (container, int, bool) {
	switch {
	case wbits == 0:
		return zlibWrap, 15, true
	case wbits >= 8 && wbits <= 15:
		return zlibWrap, wbits, true
	case wbits >= -15 && wbits <= -8:
		return raw, -wbits, true
	case wbits == 16 || wbits >= 24 && wbits <= 31:
		return gzipWrap, 15, true
	case wbits == 32 || wbits >= 40 && wbits <= 47:
		return autoWrap, max(wbits-32, 15), true
	}
	return 0, 0, false
}

// inflateError is zlib.error for a decoding failure.
func inflateError(t *object.Thread, msg string) error {
	if msg == "need dictionary" {
		return zlibError.Errorf(t, "Error 2 while decompressing data")
	}
	if msg == "invalid dictionary" {
		return zlibError.Errorf(t, "Error -3 while setting zdict: invalid input data")
	}
	return zlibError.Errorf(t, "Error -3 while decompressing data: %s", msg)
}

var decompressParams = []string{"/data", "wbits", "bufsize"}

func decompressFunc(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var dataObj, wbitsObj, bufObj *object.Object
	if err := object.ParseArgs(t, "decompress", args, kw, decompressParams, 1, &dataObj, &wbitsObj, &bufObj); err != nil {
		return nil, err
	}
	data, err := bytesarg.Get(t, dataObj)
	if err != nil {
		return nil, err
	}
	wbits, err := intArg(t, wbitsObj, 15)
	if err != nil {
		return nil, err
	}
	bufsize, err := intArg(t, bufObj, defBufSize)
	if err != nil {
		return nil, err
	}
	if bufsize < 0 {
		return nil, t.Errorf(object.ValueErrorType, "bufsize must be non-negative")
	}
	wrap, window, ok := decompressWrap(wbits)
	if !ok {
		return nil, zlibError.Errorf(t, "Error -2 while preparing to decompress data: inconsistent stream state")
	}
	z := newInflater(wrap, window, nil)
	out, _ := z.feed(nil, data, 0)
	if z.err != "" {
		return nil, inflateError(t, z.err)
	}
	if z.phase != phDone {
		return nil, zlibError.Errorf(t, "Error -5 while decompressing data: incomplete or truncated stream")
	}
	return object.NewBytesOwned(t, out), nil
}
