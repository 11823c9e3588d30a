// Package bench holds ftpy's benchmark workloads: workloads.py, timed as
// Go benchmarks by BenchmarkScripts (ns per loop iteration) and by run.py
// under CPython for comparison.
package bench
