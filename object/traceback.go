// This file defines traceback objects: the values of an exception's
// __traceback__ and their tb_next chain.
//
// While an exception unwinds, the eval loop appends one TracebackEntry
// per frame to Exception.Traceback (innermost first): an append, no
// object. The first time a program reads __traceback__ those entries
// become traceback objects linked by tb_next, which the exception keeps
// (Exception.tb), so that the same objects come back on every read and a
// tb_next a program sets is seen by whoever prints the exception. Frames
// the exception unwinds through afterwards are appended as entries again,
// outside that chain: the whole traceback is the entries, outermost last,
// followed inwards by the chain.

package object

import (
	"slices"
	"sync"
)

// Traceback is a traceback object (types.TracebackType).
type Traceback struct {
	Object
	mu    sync.Mutex // guards next, which a program may set (tb_next)
	next  *Object    // owned traceback, or nil
	Entry TracebackEntry
}

// TracebackNew makes a traceback from types.TracebackType(tb_next,
// tb_frame, tb_lasti, tb_lineno). The vm sets it: checking the frame and
// reading its code is the vm's business.
var TracebackNew func(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error)

// TracebackType is traceback (types.TracebackType).
var TracebackType = NewStaticType(&Type{
	Name:     "traceback",
	Flags:    FlagGC,
	Traverse: tracebackTraverse,
	Clear:    tracebackClear,
	Dealloc:  tracebackClear,
	New: func(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
		return TracebackNew(t, typ, args, kwnames)
	},
})

// NewTraceback returns a traceback for entry, whose frame reference it
// takes over, in front of next (a traceback, referenced anew, or nil).
func NewTraceback(t *Thread, next *Object, entry TracebackEntry) *Object {
	tb := &Traceback{Entry: entry}
	if next != nil {
		tb.next = t.NewRef(next)
	}
	t.Init(&tb.Object, TracebackType)
	t.Track(&tb.Object)
	return &tb.Object
}

// Next returns tb's tb_next, borrowed-then-counted: a new reference, or
// nil at the end of the chain.
func (tb *Traceback) Next(t *Thread) *Object {
	tb.mu.Lock()
	n := tb.next
	if n != nil {
		t.Incref(n)
	}
	tb.mu.Unlock()
	return n
}

func tracebackTraverse(o *Object, visit Visitor) {
	tb := Cast[Traceback](o)
	if tb.next != nil {
		visit(tb.next)
	}
	if tb.Entry.Frame != nil {
		visit(tb.Entry.Frame)
	}
}

func tracebackClear(t *Thread, o *Object) {
	tb := Cast[Traceback](o)
	tb.mu.Lock()
	next, frame := tb.next, tb.Entry.Frame
	tb.next, tb.Entry.Frame = nil, nil
	tb.mu.Unlock()
	t.XDecref(next)
	t.XDecref(frame)
}

// ExceptionTraceback returns e.__traceback__: the outermost frame of its
// traceback, or None when it has none.
func ExceptionTraceback(t *Thread, e *Exception) *Object {
	e.tbMu.Lock()
	defer e.tbMu.Unlock()
	// The entries, innermost first, go in front of the chain they are
	// outer to; each traceback takes over its entry's frame reference.
	head := e.tb
	for _, entry := range e.Traceback {
		tb := NewTraceback(t, nil, entry)
		Cast[Traceback](tb).next = head // takes over the reference to head
		head = tb
	}
	clear(e.Traceback)
	e.Traceback = e.Traceback[:0]
	e.tb = head
	if head == nil {
		return None
	}
	return t.NewRef(head)
}

// TracebackEntries returns e's whole traceback, innermost first, for
// printing it. The frames in the entries are borrowed.
func (e *Exception) TracebackEntries() []TracebackEntry {
	e.tbMu.Lock()
	defer e.tbMu.Unlock()
	var chain []TracebackEntry
	for o := e.tb; o != nil; {
		tb := Cast[Traceback](o)
		chain = append(chain, tb.Entry)
		tb.mu.Lock()
		o = tb.next
		tb.mu.Unlock()
		if len(chain) > 1<<20 {
			break // a loop made behind the setter's back cannot hang printing
		}
	}
	out := make([]TracebackEntry, 0, len(chain)+len(e.Traceback))
	for i := len(chain) - 1; i >= 0; i-- {
		out = append(out, chain[i])
	}
	return append(out, e.Traceback...)
}

// HasTraceback reports whether e has passed through any frame.
func (e *Exception) HasTraceback() bool {
	e.tbMu.Lock()
	defer e.tbMu.Unlock()
	return e.tb != nil || len(e.Traceback) > 0
}

// AddTraceback records one more frame that e unwinds through (outer to
// those it has), taking over the entry's frame reference.
func (e *Exception) AddTraceback(entry TracebackEntry) {
	e.tbMu.Lock()
	e.Traceback = append(e.Traceback, entry)
	e.tbMu.Unlock()
}

// dropTraceback empties e's traceback, returning the references to drop.
func (e *Exception) dropTraceback() (head *Object, frames []*Object) {
	e.tbMu.Lock()
	head = e.tb
	e.tb = nil
	for i := range e.Traceback {
		if f := e.Traceback[i].Frame; f != nil {
			frames = append(frames, f)
		}
	}
	e.Traceback = nil
	e.tbMu.Unlock()
	return head, frames
}

// setExceptionTraceback stores v (a traceback or None) as e's traceback.
func setExceptionTraceback(t *Thread, e *Exception, v *Object) error {
	switch {
	case v == nil:
		return t.Errorf(TypeErrorType, "__traceback__ may not be deleted")
	case v == None, v.typ == TracebackType:
	default:
		return t.Errorf(TypeErrorType, "__traceback__ must be a traceback or None")
	}
	head, frames := e.dropTraceback()
	if v != None {
		e.tbMu.Lock()
		e.tb = t.NewRef(v)
		e.tbMu.Unlock()
	}
	t.XDecref(head)
	for _, f := range frames {
		t.Decref(f)
	}
	return nil
}

// setTracebackNext is tb_next's setter: a traceback or None, and no loop.
func setTracebackNext(t *Thread, o, v *Object) error {
	tb := Cast[Traceback](o)
	switch {
	case v == nil:
		return t.Errorf(TypeErrorType, "can't delete tb_next attribute")
	case v == None:
		v = nil
	case v.typ != TracebackType:
		return t.Errorf(TypeErrorType, "expected traceback object, got '%s'", v.typ.Name)
	}
	for c := v; c != nil; {
		if c == o {
			return t.Errorf(ValueErrorType, "traceback loop detected")
		}
		ct := Cast[Traceback](c)
		ct.mu.Lock()
		c = ct.next
		ct.mu.Unlock()
	}
	if v != nil {
		t.Incref(v)
	}
	tb.mu.Lock()
	old := tb.next
	tb.next = v
	tb.mu.Unlock()
	t.XDecref(old)
	return nil
}

var tracebackGetSets = []GetSetDef{
	{Name: "tb_next", Get: func(t *Thread, o *Object) (*Object, error) {
		if n := Cast[Traceback](o).Next(t); n != nil {
			return n, nil
		}
		return None, nil
	}, Set: setTracebackNext},
	{Name: "tb_frame", Get: func(t *Thread, o *Object) (*Object, error) {
		if f := Cast[Traceback](o).Entry.Frame; f != nil {
			return t.NewRef(f), nil
		}
		return None, nil
	}},
	{Name: "tb_lineno", Get: func(t *Thread, o *Object) (*Object, error) {
		return NewInt(t, int64(Cast[Traceback](o).Entry.Line)), nil
	}},
	{Name: "tb_lasti", Get: func(t *Thread, o *Object) (*Object, error) {
		return NewInt(t, int64(Cast[Traceback](o).Entry.Lasti)), nil
	}},
}

func init() {
	ReadyType(TracebackType, nil, tracebackGetSets)
}

// EditTraceback replaces e's traceback with what edit makes of it: edit
// gets every entry, innermost first, and returns those to keep (in any
// order, innermost first), as the import system drops its own frames.
func (e *Exception) EditTraceback(t *Thread, edit func([]TracebackEntry) []TracebackEntry) {
	e.tbMu.Lock()
	var chain []TracebackEntry
	for o := e.tb; o != nil; {
		tb := Cast[Traceback](o)
		chain = append(chain, tb.Entry)
		tb.mu.Lock()
		o = tb.next
		tb.mu.Unlock()
	}
	// Own a reference to each frame: the chain's tracebacks keep theirs.
	all := make([]TracebackEntry, 0, len(chain)+len(e.Traceback))
	for i := len(chain) - 1; i >= 0; i-- {
		if f := chain[i].Frame; f != nil {
			t.Incref(f)
		}
		all = append(all, chain[i])
	}
	all = append(all, e.Traceback...)
	head := e.tb
	e.tb = nil
	kept := edit(slices.Clone(all))
	for _, k := range kept {
		if k.Frame != nil {
			t.Incref(k.Frame)
		}
	}
	e.Traceback = kept
	e.tbMu.Unlock()
	for _, a := range all {
		if a.Frame != nil {
			t.Decref(a.Frame)
		}
	}
	t.XDecref(head)
}
