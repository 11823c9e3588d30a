// Package bench holds ftpy's benchmark workloads: workloads.py, timed as
// Go benchmarks by BenchmarkScripts (ns per loop iteration) and by run.py
// under CPython for comparison.
package bench

import _ "embed" // for ScalingSource

// ScalingSource is scaling.py, the threaded scaling suite that `ftpy
// bench` runs in each mode.
//
//go:embed scaling.py
var ScalingSource []byte
