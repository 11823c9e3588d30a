// This file reads the start-up limit on int<->str conversions:
// -X int_max_str_digits=N, else PYTHONINTMAXSTRDIGITS, as CPython 3.11.

package main

import (
	"fmt"
	"os"
	"strconv"

	"github.com/ftpy/ftpy/object"
)

// fatalError is a start-up error CPython reports as a fatal error (exit
// status 1) rather than a usage error.
type fatalError struct{ fn, msg string }

func (e *fatalError) Error() string { return e.msg }

// configError reports an error of configure.
func configError(err error) int {
	if f, ok := err.(*fatalError); ok {
		fmt.Fprintf(os.Stderr, "Fatal Python error: %s: %s\nPython runtime state: preinitialized\n\n", f.fn, f.msg)
		return 1
	}
	return usageError("%v", err)
}

func configureIntMaxStrDigits(xopts map[string]string) error {
	value, ok := xopts["int_max_str_digits"]
	source := "-X int_max_str_digits"
	if !ok {
		value = os.Getenv("PYTHONINTMAXSTRDIGITS")
		ok = value != ""
		source = "PYTHONINTMAXSTRDIGITS"
	}
	if !ok {
		return nil
	}
	n, err := strconv.Atoi(value)
	if err != nil || (n != 0 && n < object.MaxStrDigitsThreshold) {
		return &fatalError{"config_init_int_max_str_digits",
			fmt.Sprintf("%s: invalid limit; must be >= %d or 0 for unlimited.", source, object.MaxStrDigitsThreshold)}
	}
	object.SetMaxStrDigitsFlag(n)
	return nil
}
