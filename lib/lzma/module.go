// Package lzma implements CPython's _lzma module (Modules/_lzmamodule.c):
// LZMACompressor, LZMADecompressor, is_check_supported,
// _encode_filter_properties, _decode_filter_properties, LZMAError and the
// FORMAT_*, CHECK_*, FILTER_*, MF_*, MODE_* and PRESET_* constants.
//
// The LZMA and LZMA2 codecs are github.com/ulikunitz/xz/lzma; the .xz
// container (stream header, block headers, checks, index, footer), the
// .lzma header for raw LZMA1, the delta filter and the filter-property
// encodings are written here, so that the decoder consumes exactly the
// bytes of one stream (unused_data) and reports its check as liblzma does.
//
// Gaps against CPython's liblzma build, each raising LZMAError with a
// message that names it:
//   - the branch/call/jump (BCJ) filters FILTER_X86, FILTER_POWERPC,
//     FILTER_IA64, FILTER_ARM, FILTER_ARMTHUMB and FILTER_SPARC are
//     parsed (and their properties encode and decode) but cannot compress
//     or decompress;
//   - compressed bytes are valid .xz/.lzma/raw data that liblzma reads,
//     but not the bytes liblzma writes: the encoder is ulikunitz/xz's,
//     which has one match finder; the preset picks the dictionary size
//     (as liblzma's presets do) and lc/lp/pb, while mode, nice_len, mf,
//     depth and PRESET_EXTREME are checked and otherwise ignored;
//   - memlimit is compared with an estimate of liblzma's memory use
//     (the dictionary plus 32 KiB), not liblzma's exact figure.
package lzma

import (
	"github.com/ftpy/ftpy/lib/internal/errclass"
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() { vm.RegisterModule("_lzma", newModule) }

var lzmaError = errclass.New("_lzma.LZMAError")

// Container formats.
const (
	formatAuto  = 0
	formatXZ    = 1
	formatAlone = 2
	formatRaw   = 3
)

// Integrity checks (the check IDs of the .xz format).
const (
	checkNone    = 0
	checkCRC32   = 1
	checkCRC64   = 4
	checkSHA256  = 10
	checkIDMax   = 15
	checkUnknown = 16
)

// Filter IDs.
const (
	filterLZMA1    = 0x4000000000000001
	filterLZMA2    = 0x21
	filterDelta    = 0x03
	filterX86      = 0x04
	filterPowerPC  = 0x05
	filterIA64     = 0x06
	filterARM      = 0x07
	filterARMThumb = 0x08
	filterSPARC    = 0x09
)

const (
	presetDefault = 6
	presetExtreme = 0x80000000
)

var constants = []struct {
	name  string
	value int64
}{
	{"FORMAT_AUTO", formatAuto}, {"FORMAT_XZ", formatXZ}, {"FORMAT_ALONE", formatAlone}, {"FORMAT_RAW", formatRaw},
	{"CHECK_NONE", checkNone}, {"CHECK_CRC32", checkCRC32}, {"CHECK_CRC64", checkCRC64},
	{"CHECK_SHA256", checkSHA256}, {"CHECK_ID_MAX", checkIDMax}, {"CHECK_UNKNOWN", checkUnknown},
	{"FILTER_LZMA1", filterLZMA1}, {"FILTER_LZMA2", filterLZMA2}, {"FILTER_DELTA", filterDelta},
	{"FILTER_X86", filterX86}, {"FILTER_IA64", filterIA64}, {"FILTER_ARM", filterARM},
	{"FILTER_ARMTHUMB", filterARMThumb}, {"FILTER_SPARC", filterSPARC}, {"FILTER_POWERPC", filterPowerPC},
	{"MF_HC3", 0x03}, {"MF_HC4", 0x04}, {"MF_BT2", 0x12}, {"MF_BT3", 0x13}, {"MF_BT4", 0x14},
	{"MODE_FAST", 1}, {"MODE_NORMAL", 2},
	{"PRESET_DEFAULT", presetDefault}, {"PRESET_EXTREME", presetExtreme},
}

var funcs = []object.MethodDef{
	{Name: "is_check_supported", Fn: isCheckSupported},
	{Name: "_encode_filter_properties", Fn: encodeFilterProperties},
	{Name: "_decode_filter_properties", Fn: decodeFilterProperties},
}

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	errType, err := lzmaError.Get(t)
	if err != nil {
		return nil, err
	}
	m := st.NewModule("_lzma")
	for i := range funcs {
		m.Dict.SetStr(t, object.Intern(funcs[i].Name), object.NewStaticBuiltin(&funcs[i]))
	}
	object.ClaimModuleFunctions(m.Dict, "_lzma")
	for _, c := range constants {
		v := object.NewInt(t, c.value)
		m.Dict.SetStr(t, object.Intern(c.name), v)
		t.Decref(v)
	}
	m.Dict.SetStr(t, object.Intern("LZMAError"), errType)
	m.Dict.SetStr(t, object.Intern("LZMACompressor"), CompressorType.Obj())
	m.Dict.SetStr(t, object.Intern("LZMADecompressor"), DecompressorType.Obj())
	return m.Obj(), nil
}

// checkSupported reports whether this module computes check id, as
// liblzma's lzma_check_is_supported does for its build.
func checkSupported(id int64) bool {
	switch id {
	case checkNone, checkCRC32, checkCRC64, checkSHA256:
		return true
	}
	return false
}

func isCheckSupported(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "is_check_supported", args, kw, 1, 1); err != nil {
		return nil, err
	}
	id, err := intArg(t, args[0])
	if err != nil {
		return nil, err
	}
	return object.NewBool(checkSupported(id)), nil
}

// intArg converts o as the "i" format unit does (a C int).
func intArg(t *object.Thread, o *object.Object) (int64, error) {
	v, err := object.AsInt64(t, o)
	if err != nil {
		if object.ErrorMatches(err, object.OverflowErrorType) {
			t.DropError(err)
			return 0, t.Errorf(object.OverflowErrorType, "Python int too large to convert to C int")
		}
		return 0, err
	}
	if v > 1<<31-1 || v < -1<<31 {
		return 0, t.Errorf(object.OverflowErrorType, "Python int too large to convert to C int")
	}
	return v, nil
}

// uint64Arg converts o as PyLong_AsUnsignedLongLong does: an int only,
// not negative, at most 64 bits.
func uint64Arg(t *object.Thread, o *object.Object) (uint64, error) {
	if !object.IsInt(o) {
		return 0, t.Errorf(object.TypeErrorType, "an integer is required")
	}
	i := object.AsInt(o)
	if i.Sign() < 0 {
		return 0, t.Errorf(object.OverflowErrorType, "can't convert negative int to unsigned")
	}
	if v, ok := i.Int64(); ok {
		return uint64(v), nil
	}
	b := i.Big()
	if b.BitLen() > 64 {
		return 0, t.Errorf(object.OverflowErrorType, "int too big to convert")
	}
	return b.Uint64(), nil
}

// uint32Arg is uint64Arg limited to 32 bits, as _lzma's uint32_converter.
func uint32Arg(t *object.Thread, o *object.Object) (uint32, error) {
	v, err := uint64Arg(t, o)
	if err != nil {
		return 0, err
	}
	if v > 1<<32-1 {
		return 0, t.Errorf(object.OverflowErrorType, "Value too large for uint32_t type")
	}
	return uint32(v), nil
}

// Messages of liblzma's return codes, as _lzma reports them.
const (
	errUnsupportedCheck = "Unsupported integrity check"
	errMemLimit         = "Memory usage limit exceeded"
	errFormat           = "Input format not supported by decoder"
	errOptions          = "Invalid or unsupported options"
	errData             = "Corrupt input data"
	errProg             = "Internal error"
)
