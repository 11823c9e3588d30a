// This file defines traceback objects: the values of an exception's
// __traceback__ and their tb_next chain.
//
// An exception keeps its traceback as a slice of TracebackEntry, innermost
// first, because the eval loop appends one entry per frame as the
// exception unwinds. A traceback object is a view of that slice: the
// entries it was made from and the position of its own frame. Walking
// tb_next makes a new view one frame further in; storing a traceback in
// __traceback__ (or with_traceback) copies the entries it covers back
// into the exception. The views hold no object references, so the type
// needs no collector support.

package object

// Traceback is a traceback object: entries[pos] is its frame, and
// entries[:pos] are the frames its tb_next chain reaches.
type Traceback struct {
	Object
	entries []TracebackEntry // shared, never modified
	pos     int
}

// TracebackType is traceback (types.TracebackType).
var TracebackType = NewStaticType(&Type{Name: "traceback"})

// newTraceback returns a view of entries at pos, or None when there is
// no frame there.
func newTraceback(t *Thread, entries []TracebackEntry, pos int) *Object {
	if pos < 0 || pos >= len(entries) {
		return None
	}
	tb := &Traceback{entries: entries, pos: pos}
	t.Init(&tb.Object, TracebackType)
	return &tb.Object
}

// ExceptionTraceback returns e.__traceback__: the outermost frame of its
// traceback, or None when it has none.
func ExceptionTraceback(t *Thread, e *Exception) *Object {
	// Copy so the views stay valid while the exception keeps unwinding.
	entries := append([]TracebackEntry(nil), e.Traceback...)
	return newTraceback(t, entries, len(entries)-1)
}

// setExceptionTraceback stores v (a traceback or None) as e's traceback.
func setExceptionTraceback(t *Thread, e *Exception, v *Object) error {
	switch {
	case v == nil:
		return t.Errorf(TypeErrorType, "__traceback__ may not be deleted")
	case v == None:
		e.Traceback = nil
	case v.typ == TracebackType:
		tb := Cast[Traceback](v)
		e.Traceback = append([]TracebackEntry(nil), tb.entries[:tb.pos+1]...)
	default:
		return t.Errorf(TypeErrorType, "__traceback__ must be a traceback or None")
	}
	return nil
}

var tracebackGetSets = []GetSetDef{
	{Name: "tb_next", Get: func(t *Thread, o *Object) (*Object, error) {
		tb := Cast[Traceback](o)
		return newTraceback(t, tb.entries, tb.pos-1), nil
	}},
	{Name: "tb_lineno", Get: func(t *Thread, o *Object) (*Object, error) {
		tb := Cast[Traceback](o)
		return NewInt(t, int64(tb.entries[tb.pos].Line)), nil
	}},
}

func init() {
	ReadyType(TracebackType, nil, tracebackGetSets)
}
