// This file defines sys.float_info, sys.int_info and sys.hash_info, the
// struct sequences that describe the number types (the Lib's ast,
// fractions, decimal and statistics read them).

package sys

import (
	"math"

	"github.com/ftpy/ftpy/object"
)

func fields(names ...string) []object.StructSeqField {
	out := make([]object.StructSeqField, len(names))
	for i, n := range names {
		out[i] = object.StructSeqField{Name: n}
	}
	return out
}

var (
	floatInfoType = object.NewStructSeqType(&object.StructSeqDesc{Name: "sys.float_info",
		Doc:         "A named tuple holding information about the float type.",
		Fields:      fields("max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"),
		NInSequence: 11})
	intInfoType = object.NewStructSeqType(&object.StructSeqDesc{Name: "sys.int_info",
		Doc:         "A named tuple holding information about the int type's representation.",
		Fields:      fields("bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"),
		NInSequence: 4})
	hashInfoType = object.NewStructSeqType(&object.StructSeqDesc{Name: "sys.hash_info",
		Doc:         "A named tuple holding the parameters of hashing.",
		Fields:      fields("width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"),
		NInSequence: 9})
)

// numberInfo returns sys.float_info, sys.int_info and sys.hash_info with
// the values of IEEE 754 doubles and of ftpy's ints and hashes (the same
// as CPython's on 64-bit platforms).
func numberInfo(t *object.Thread) (floatInfo, intInfo, hashInfo *object.Object) {
	i := func(v int64) *object.Object { return object.NewInt(t, v) }
	f := func(v float64) *object.Object { return object.NewFloat(t, v) }
	floatInfo = object.NewStructSeq(t, floatInfoType, []*object.Object{
		f(math.MaxFloat64), i(1024), i(308), f(0x1p-1022), i(-1021), i(-307), i(15), i(53),
		f(math.Nextafter(1, 2) - 1), i(2), i(1)})
	intInfo = object.NewStructSeq(t, intInfoType, []*object.Object{i(30), i(4), i(4300), i(640)})
	hashInfo = object.NewStructSeq(t, hashInfoType, []*object.Object{
		i(64), i(1<<61 - 1), i(314159), i(0), i(1000003), object.NewStr(t, "siphash13"), i(64), i(128), i(0)})
	return
}
