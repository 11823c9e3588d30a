//go:build amd64 && !race

package object

// StoreRelease32 stores v to *p so that a thread whose atomic load (or
// compare-and-swap) of *p sees v also sees every write t made before it:
// a release store, for handing a structure over to the next thread that
// claims it with a compare-and-swap. sync/atomic offers only sequentially
// consistent stores, which on amd64 are an XCHG costing as much as the
// claim itself. An amd64 store is already a release store (stores are
// not reordered with earlier loads or stores), and Go's compiler keeps
// memory operations in program order, so a plain MOV is enough here, as
// in the Go runtime's own StoreRel. The race-detector build and other
// architectures use atomic.StoreUint32 (release_other.go).
func StoreRelease32(p *uint32, v uint32) { *p = v }

// storeReleasePtr is StoreRelease32 for a pointer slot that lock-free
// readers load atomically (list items, cells): they see the object's
// initialisation before the pointer to it.
func storeReleasePtr(p **Object, v *Object) { *p = v }
