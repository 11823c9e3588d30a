// This file turns filter specifiers (dicts) into filters and back, and
// encodes and decodes filter properties as the .xz format stores them.

package lzma

import (
	"encoding/binary"
	"math/big"

	"github.com/ftpy/ftpy/lib/internal/bytesarg"
	"github.com/ftpy/ftpy/object"
)

// filter is one filter of a chain with its options.
type filter struct {
	id uint64
	// LZMA1 and LZMA2
	dictSize   uint32
	lc, lp, pb uint32
	// delta
	dist uint32
	// BCJ
	startOffset uint32
}

// maxFilters is liblzma's LZMA_FILTERS_MAX.
const maxFilters = 4

// minDictSize is the smallest dictionary liblzma accepts.
const minDictSize = 4096

// presetDictSizes are the dictionary sizes of liblzma's presets 0-9.
var presetDictSizes = [10]uint32{1 << 18, 1 << 20, 1 << 21, 1 << 22, 1 << 22, 1 << 23, 1 << 23, 1 << 24, 1 << 25, 1 << 26}

// presetFilter returns the LZMA options of a preset, or ok false for an
// invalid one.
func presetFilter(id uint64, preset uint32) (filter, bool) {
	level := preset &^ presetExtreme
	if level > 9 {
		return filter{}, false
	}
	return filter{id: id, dictSize: presetDictSizes[level], lc: 3, lp: 0, pb: 2}, true
}

var lzmaOptionNames = []string{"id", "preset", "dict_size", "lc", "lp", "pb", "mode", "nice_len", "mf", "depth"}

// specItem returns spec[key] or nil when it has no such key.
func specItem(t *object.Thread, spec *object.Object, key string) (*object.Object, error) {
	k := object.NewStr(t, key)
	defer t.Decref(k)
	v, err := object.GetItem(t, spec, k)
	if err != nil {
		if object.ErrorMatches(err, object.KeyErrorType) {
			t.DropError(err)
			return nil, nil
		}
		return nil, err
	}
	return v, nil
}

// checkKeys reports a ValueError with msg unless every key of spec is
// one of names.
func checkKeys(t *object.Thread, spec *object.Object, names []string, msg string) error {
	return object.Iterate(t, spec, func(k *object.Object) error {
		if object.IsStr(k) {
			for _, n := range names {
				if object.StrValue(k) == n {
					return nil
				}
			}
		}
		return t.Errorf(object.ValueErrorType, "%s", msg)
	})
}

// parseFilter converts one filter specifier.
func parseFilter(t *object.Thread, spec *object.Object) (filter, error) {
	// Like PyMapping_Check, anything subscriptable passes here (and a
	// str or list fails at the "id" lookup).
	if spec.Type().GetItem == nil {
		return filter{}, t.Errorf(object.TypeErrorType, "Filter specifier must be a dict or dict-like object")
	}
	idObj, err := specItem(t, spec, "id")
	if err != nil {
		return filter{}, err
	}
	if idObj == nil {
		return filter{}, t.Errorf(object.ValueErrorType, "Filter specifier must have an \"id\" entry")
	}
	id, err := uint64Arg(t, idObj)
	t.Decref(idObj)
	if err != nil {
		return filter{}, err
	}
	// options reads the uint32 options names[i] into fields[i]; any
	// failure becomes a ValueError with msg, as PyArg_Parse reports it.
	options := func(names []string, fields []*uint32, msg string) error {
		if err := checkKeys(t, spec, names, msg); err != nil {
			return err
		}
		for i, name := range names {
			if fields[i] == nil {
				continue
			}
			v, err := specItem(t, spec, name)
			if err != nil {
				return err
			}
			if v == nil {
				continue
			}
			*fields[i], err = uint32Arg(t, v)
			t.Decref(v)
			if err != nil {
				t.DropError(err)
				return t.Errorf(object.ValueErrorType, "%s", msg)
			}
		}
		return nil
	}
	switch id {
	case filterLZMA1, filterLZMA2:
		preset := uint32(presetDefault)
		if p, err := specItem(t, spec, "preset"); err != nil {
			return filter{}, err
		} else if p != nil {
			preset, err = uint32Arg(t, p)
			t.Decref(p)
			if err != nil {
				return filter{}, err
			}
		}
		f, ok := presetFilter(id, preset)
		if !ok {
			return filter{}, lzmaError.Errorf(t, "Invalid compression preset: %d", preset)
		}
		var mode, niceLen, mf, depth uint32
		err := options(lzmaOptionNames, []*uint32{nil, nil, &f.dictSize, &f.lc, &f.lp, &f.pb, &mode, &niceLen, &mf, &depth},
			"Invalid filter specifier for LZMA filter")
		return f, err
	case filterDelta:
		f := filter{id: id, dist: 1}
		err := options([]string{"id", "dist"}, []*uint32{nil, &f.dist}, "Invalid filter specifier for delta filter")
		return f, err
	case filterX86, filterPowerPC, filterIA64, filterARM, filterARMThumb, filterSPARC:
		f := filter{id: id}
		err := options([]string{"id", "start_offset"}, []*uint32{nil, &f.startOffset}, "Invalid filter specifier for BCJ filter")
		return f, err
	}
	return filter{}, t.Errorf(object.ValueErrorType, "Invalid filter ID: %d", id)
}

// parseChain converts a sequence of filter specifiers.
func parseChain(t *object.Thread, specs *object.Object) ([]filter, error) {
	n, err := object.Len(t, specs)
	if err != nil {
		return nil, err
	}
	if n > maxFilters {
		return nil, t.Errorf(object.ValueErrorType, "Too many filters - liblzma supports a maximum of %d", maxFilters)
	}
	items, err := object.SequenceItems(t, specs)
	if err != nil {
		return nil, err
	}
	defer func() {
		for _, it := range items {
			t.Decref(it)
		}
	}()
	chain := make([]filter, 0, len(items))
	for _, it := range items {
		f, err := parseFilter(t, it)
		if err != nil {
			return nil, err
		}
		chain = append(chain, f)
	}
	return chain, nil
}

// isBCJ reports whether id is a branch/call/jump filter.
func isBCJ(id uint64) bool { return id >= filterX86 && id <= filterSPARC }

// checkChain validates a chain as liblzma does before coding: an LZMA
// filter last and only there, LZMA1 only outside .xz, valid options. The
// message is the liblzma error _lzma would report.
func checkChain(chain []filter, allowLZMA1 bool) string {
	if len(chain) == 0 {
		return errProg
	}
	for i, f := range chain {
		last := i == len(chain)-1
		switch f.id {
		case filterLZMA1, filterLZMA2:
			if f.id == filterLZMA1 && !allowLZMA1 {
				return errProg
			}
			if !last {
				return errOptions
			}
			if f.lc > 4 || f.lp > 4 || f.lc+f.lp > 4 || f.pb > 4 || f.dictSize < minDictSize || f.dictSize > 1536<<20 {
				return errOptions
			}
		case filterDelta:
			if last || f.dist < 1 || f.dist > 256 {
				return errOptions
			}
		default:
			if last {
				return errOptions
			}
		}
	}
	return ""
}

// bcjUnsupported is the error for a chain with a BCJ filter in it.
func bcjUnsupported(t *object.Thread) error {
	return lzmaError.Errorf(t, "ftpy's _lzma does not implement the BCJ (branch/call/jump) filters")
}

// lzma2DictByte encodes a dictionary size as the LZMA2 property byte:
// the smallest code whose size 2^n or 3*2^(n-1) holds it.
func lzma2DictByte(size uint32) byte {
	for code := byte(0); code < 40; code++ {
		if uint64(lzma2DictSize(code)) >= uint64(size) {
			return code
		}
	}
	return 40
}

// lzma2DictSize decodes the LZMA2 property byte (at most 40).
func lzma2DictSize(code byte) uint32 {
	if code >= 40 {
		return 1<<32 - 1
	}
	return uint32(2|code&1) << (code/2 + 11)
}

// lclppb packs lc, lp and pb as the LZMA1 properties byte.
func lclppb(f filter) byte { return byte((f.pb*5+f.lp)*9 + f.lc) }

// encodeProps returns a filter's properties, or an error message.
func encodeProps(f filter) ([]byte, string) {
	switch f.id {
	case filterLZMA1:
		if f.lc > 4 || f.lp > 4 || f.lc+f.lp > 4 || f.pb > 4 {
			return nil, errProg
		}
		p := []byte{lclppb(f), 0, 0, 0, 0}
		binary.LittleEndian.PutUint32(p[1:], f.dictSize)
		return p, ""
	case filterLZMA2:
		return []byte{lzma2DictByte(max(f.dictSize, minDictSize))}, ""
	case filterDelta:
		if f.dist < 1 || f.dist > 256 {
			return nil, errProg
		}
		return []byte{byte(f.dist - 1)}, ""
	}
	if f.startOffset == 0 {
		return []byte{}, ""
	}
	return binary.LittleEndian.AppendUint32(nil, f.startOffset), ""
}

// decodeProps parses a filter's properties, or returns an error message.
func decodeProps(id uint64, p []byte) (filter, string) {
	f := filter{id: id}
	switch {
	case id == filterLZMA1:
		if len(p) != 5 || p[0] > (4*5+4)*9+8 {
			return f, errOptions
		}
		f.lc, f.lp, f.pb = uint32(p[0]%9), uint32(p[0]/9%5), uint32(p[0]/45)
		if f.lc+f.lp > 4 {
			return f, errOptions
		}
		f.dictSize = binary.LittleEndian.Uint32(p[1:])
	case id == filterLZMA2:
		if len(p) != 1 || p[0] > 40 {
			return f, errOptions
		}
		f.dictSize = lzma2DictSize(p[0])
	case id == filterDelta:
		if len(p) != 1 {
			return f, errOptions
		}
		f.dist = uint32(p[0]) + 1
	case isBCJ(id):
		switch len(p) {
		case 0:
		case 4:
			f.startOffset = binary.LittleEndian.Uint32(p)
		default:
			return f, errOptions
		}
	default:
		return f, errOptions
	}
	return f, ""
}

func encodeFilterProperties(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "_encode_filter_properties", args, kw, 1, 1); err != nil {
		return nil, err
	}
	f, err := parseFilter(t, args[0])
	if err != nil {
		return nil, err
	}
	p, msg := encodeProps(f)
	if msg != "" {
		return nil, lzmaError.Errorf(t, "%s", msg)
	}
	return object.NewBytesOwned(t, p), nil
}

func decodeFilterProperties(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "_decode_filter_properties", args, kw, 2, 2); err != nil {
		return nil, err
	}
	id, err := uint64Arg(t, args[0])
	if err != nil {
		return nil, err
	}
	p, err := bytesarg.Get(t, args[1])
	if err != nil {
		return nil, err
	}
	f, msg := decodeProps(id, p)
	if msg != "" {
		return nil, lzmaError.Errorf(t, "%s", msg)
	}
	d := object.NewDict(t)
	set := func(k string, v uint64) {
		o := object.NewIntBig(t, new(big.Int).SetUint64(v))
		d.SetStr(t, object.Intern(k), o)
		t.Decref(o)
	}
	set("id", f.id)
	switch {
	case id == filterLZMA1:
		set("lc", uint64(f.lc))
		set("lp", uint64(f.lp))
		set("pb", uint64(f.pb))
		set("dict_size", uint64(f.dictSize))
	case id == filterLZMA2:
		set("dict_size", uint64(f.dictSize))
	case id == filterDelta:
		set("dist", uint64(f.dist))
	default:
		set("start_offset", uint64(f.startOffset))
	}
	return d.Obj(), nil
}
