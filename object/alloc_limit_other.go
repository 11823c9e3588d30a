//go:build !linux

package object

// systemMemory is unknown here: only Go's own limits apply.
func systemMemory() int64 { return 0 }
