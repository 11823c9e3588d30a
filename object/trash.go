// This file is the trash can (CPython's Py_TRASHCAN_BEGIN): freeing a
// container drops its items, which may free containers in turn, so
// freeing a list nested a million deep would recurse a million times in
// Go, and Go's stack overflow is fatal. Past trashDepth nested
// deallocations, a dying container's dealloc is put off to a per-thread
// list, and the first container dealloc to end after that (the one just
// above, at depth trashDepth-1) empties the list in a loop: the chain is
// freed one container per turn of that loop, never deeper than
// trashDepth. An emptying may start another from a dealloc it causes,
// but only deeper than itself and above trashDepth, so the nesting stays
// bounded too. (CPython empties at the outermost level; testing for that
// cost one more test on every dealloc.)
//
// A container goes in the trash after its finalizer ran, its weak
// references were cleared and it was untracked, as CPython's trashcan
// begins after PyObject_GC_UnTrack: nothing can reach it any more, and
// only the drop of what it holds and its free are late.

package object

// trashDepth is how many container deallocations may nest before the
// next is put off. Each level costs a few hundred bytes of Go stack.
const trashDepth = 1000

// putInTrash puts off the dealloc of o, kept out of line so that the
// common dealloc stays small.
//
//go:noinline
func (t *Thread) putInTrash(o *Object) { t.trash = append(t.trash, o) }

// emptyTrash deallocates the containers put off, and those they put off
// in turn, until none are left. It runs at the end of a container's
// dealloc that finds the trash full, and counts itself as one level, so
// that the deallocs it runs directly put off their own containers at
// once when it runs at trashDepth-1.
func (t *Thread) emptyTrash() {
	t.deallocDepth++
	for n := len(t.trash); n > 0; n = len(t.trash) {
		o := t.trash[n-1]
		t.trash[n-1] = nil
		t.trash = t.trash[:n-1]
		o.typ.Dealloc(t, o)
		t.free(o)
	}
	t.deallocDepth--
	if cap(t.trash) > 4*trashDepth {
		t.trash = nil // let a long chain's list go
	}
}
