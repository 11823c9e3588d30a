//go:build !amd64 || race

package object

import "sync/atomic"

// StoreRelease32 stores v to *p with (at least) release ordering; see
// release_amd64.go.
func StoreRelease32(p *uint32, v uint32) { atomic.StoreUint32(p, v) }
