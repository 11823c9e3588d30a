//go:build !amd64 || race

package object

import (
	"sync/atomic"
	"unsafe"
)

// StoreRelease32 stores v to *p with (at least) release ordering; see
// release_amd64.go.
func StoreRelease32(p *uint32, v uint32) { atomic.StoreUint32(p, v) }

// storeReleasePtr stores v to *p with (at least) release ordering; see
// release_amd64.go.
func storeReleasePtr(p **Object, v *Object) {
	atomic.StorePointer((*unsafe.Pointer)(unsafe.Pointer(p)), unsafe.Pointer(v))
}
