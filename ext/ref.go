package ext

import "sync/atomic"

// Ref is an owned reference kept across calls: NewRef takes a reference,
// Close releases it, exactly once however often Close is called. A Ref may
// be closed by any thread. Get is safe until Close.
type Ref struct {
	o atomic.Pointer[Object]
}

// NewRef returns a Ref holding a new reference to o (borrowed).
func NewRef(t *Thread, o *Object) *Ref {
	r := &Ref{}
	r.o.Store(t.NewRef(o))
	return r
}

// StealRef returns a Ref that takes over the caller's reference to o, for
// a result the caller owns (FromGo's, CallObject's).
func StealRef(o *Object) *Ref {
	r := &Ref{}
	r.o.Store(o)
	return r
}

// Get returns the object, borrowed from the Ref, or nil after Close.
func (r *Ref) Get() *Object { return r.o.Load() }

// New returns a new reference to the object (nil after Close).
func (r *Ref) New(t *Thread) *Object {
	o := r.o.Load()
	if o != nil {
		t.Incref(o)
	}
	return o
}

// Close releases the reference. Later calls do nothing.
func (r *Ref) Close(t *Thread) {
	if o := r.o.Swap(nil); o != nil {
		t.Decref(o)
	}
}
