// This file holds the limit on int<->str conversions in bases that are
// not powers of two (CPython 3.11's sys.set_int_max_str_digits, CVE-2020-10735):
// longer conversions raise ValueError, as converting them is quadratic.

package object

import (
	"math/big"
	"sync/atomic"
)

const (
	// DefaultMaxStrDigits is sys.int_info.default_max_str_digits.
	DefaultMaxStrDigits = 4300
	// MaxStrDigitsThreshold is sys.int_info.str_digits_check_threshold:
	// the smallest limit other than 0 (no limit).
	MaxStrDigitsThreshold = 640
)

// maxStrDigits is the limit in force; 0 lifts it. One value serves every
// interpreter of the process.
var maxStrDigits atomic.Int64

// maxStrDigitsFlag is what -X int_max_str_digits or PYTHONINTMAXSTRDIGITS
// set at start-up (sys.flags.int_max_str_digits), -1 when neither did.
var maxStrDigitsFlag atomic.Int64

func init() {
	maxStrDigits.Store(DefaultMaxStrDigits)
	maxStrDigitsFlag.Store(-1)
}

// MaxStrDigits returns the current limit (sys.get_int_max_str_digits()).
func MaxStrDigits() int { return int(maxStrDigits.Load()) }

// SetMaxStrDigits sets the limit; the caller has checked that n is 0 or
// at least MaxStrDigitsThreshold.
func SetMaxStrDigits(n int) { maxStrDigits.Store(int64(n)) }

// MaxStrDigitsFlag returns sys.flags.int_max_str_digits.
func MaxStrDigitsFlag() int { return int(maxStrDigitsFlag.Load()) }

// SetMaxStrDigitsFlag records the start-up setting and makes it the limit.
func SetMaxStrDigitsFlag(n int) {
	maxStrDigitsFlag.Store(int64(n))
	maxStrDigits.Store(int64(n))
}

// log2of10 is the number of bits per decimal digit.
const log2of10 = 3.3219280948873626

// tooManyBitsForDigits reports whether a number of bitLen bits has more
// than limit decimal digits for certain.
func tooManyBitsForDigits(bitLen, limit int) bool {
	return float64(bitLen) > float64(limit)*log2of10+2
}

// errStrDigitsParse is the ValueError of parsing a str of ndigits digits
// over the limit.
func errStrDigitsParse(t *Thread, ndigits int) error {
	return t.Errorf(ValueErrorType, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", MaxStrDigits(), ndigits)
}

// checkDecimalDigits returns the ValueError of converting b to decimal
// when it has more digits than the limit; it converts only when the bit
// length alone cannot tell.
func checkDecimalDigits(t *Thread, b *big.Int) error {
	limit := MaxStrDigits()
	if limit <= 0 {
		return nil
	}
	bits := float64(b.BitLen())
	switch {
	case bits > float64(limit)*log2of10+2:
		return errStrDigits(t, limit)
	case bits <= float64(limit)*log2of10-2:
		return nil
	}
	n := len(b.Text(10))
	if b.Sign() < 0 {
		n--
	}
	if n > limit {
		return errStrDigits(t, limit)
	}
	return nil
}
