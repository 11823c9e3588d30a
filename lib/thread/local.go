package thread

import (
	"sync"
	"sync/atomic"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

// Local is _thread._local (threading.local): an object whose attributes
// are different in every thread.
//
// Each thread keeps its attribute dicts in a map of its own
// (vm.State.LocalSlots), keyed by the local's serial number, so that a
// read touches only memory of the reading thread: a map shared by the
// threads, even one only read, put its buckets next to other threads'
// hot objects and made two threads reading one local slower than one. The
// local remembers the slots it has, to empty them when it dies; a thread
// empties its own slots when it exits.
type Local struct {
	object.Object
	serial uint64
	mu     sync.Mutex      // guards slots
	slots  []*vm.LocalSlot // one per thread that touched the local
	// args and kwnames are the constructor's arguments: a subclass's
	// __init__ runs again with them in each new thread.
	args    []*object.Object
	kwnames *object.Tuple
	// unused is the instance dict a Python subclass would get: a local's
	// attributes live per thread instead.
	unused *object.Dict
}

// LocalType is _thread._local.
var LocalType = object.NewStaticType(&object.Type{Name: "_local",
	Flags:        object.FlagGC | object.FlagBaseType | object.FlagCustomGetAttr | object.FlagWeakrefable,
	Doc:          "Thread-local data",
	SubclassDict: func(o *object.Object) **object.Dict { return &asLocal(o).unused }})

func asLocal(o *object.Object) *Local { return object.Cast[Local](o) }

// localSerials numbers locals; a serial is never reused, so a thread's
// slot for a dead local is never found again.
var localSerials atomic.Uint64

// dictFor returns the calling thread's dict of l (borrowed) and whether it
// was just created.
func (l *Local) dictFor(t *object.Thread) (*object.Dict, bool) {
	st := vm.StateOf(t)
	if slot := st.LocalSlots[l.serial]; slot != nil {
		if d := slot.Dict.Load(); d != nil {
			return d, false
		}
	}
	d := object.NewDict(t)
	slot := &vm.LocalSlot{}
	slot.Dict.Store(d)
	if st.LocalSlots == nil {
		st.LocalSlots = map[uint64]*vm.LocalSlot{}
	}
	st.LocalSlots[l.serial] = slot
	l.mu.Lock()
	l.slots = append(l.slots, slot)
	l.mu.Unlock()
	return d, true
}

var strInit = object.Intern("__init__")

// attrs returns the calling thread's dict, running a subclass's __init__
// with the constructor's arguments when the thread is new to l.
func (l *Local) attrs(t *object.Thread) (*object.Dict, error) {
	d, created := l.dictFor(t)
	if created {
		typ := l.Type()
		if def := typ.Lookup(strInit); def != nil && def != object.ObjectType.Dict.GetStr(strInit) && typ.Init != nil {
			if err := typ.Init(t, &l.Object, l.args, l.kwnames); err != nil {
				return nil, err
			}
		}
	}
	return d, nil
}

func localClear(t *object.Thread, o *object.Object) {
	l := asLocal(o)
	l.mu.Lock()
	slots := l.slots
	l.slots = nil
	l.mu.Unlock()
	for _, slot := range slots {
		if d := slot.Dict.Swap(nil); d != nil {
			t.Decref(d.Obj())
		}
	}
	args, kwnames := l.args, l.kwnames
	l.args, l.kwnames = nil, nil
	for _, a := range args {
		t.Decref(a)
	}
	if kwnames != nil {
		t.Decref(kwnames.Obj())
	}
}

func init() {
	typ := LocalType
	typ.New = func(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if typ == LocalType && len(args) > 0 {
			return nil, t.Errorf(object.TypeErrorType, "Initialization arguments are not supported")
		}
		l := &Local{serial: localSerials.Add(1)}
		t.Init(&l.Object, typ)
		for _, a := range args {
			l.args = append(l.args, t.NewRef(a))
		}
		if kw != nil {
			l.kwnames = object.Cast[object.Tuple](t.NewRef(kw.Obj()))
		}
		t.Track(&l.Object)
		// Threads read a shared local from their stacks all the time:
		// deferred counting keeps those reads off its reference count.
		t.SetDeferred(&l.Object)
		// The creating thread's attributes start now; the constructor's
		// own __init__ call fills them.
		l.dictFor(t)
		return &l.Object, nil
	}
	typ.Traverse = func(o *object.Object, visit object.Visitor) {
		l := asLocal(o)
		for _, slot := range l.slots {
			if d := slot.Dict.Load(); d != nil {
				visit(d.Obj())
			}
		}
		for _, a := range l.args {
			visit(a)
		}
		if l.unused != nil {
			visit(l.unused.Obj())
		}
	}
	typ.Clear = localClear
	typ.Dealloc = localClear
	typ.GetAttr = func(t *object.Thread, o *object.Object, name *object.Str) (*object.Object, error) {
		d, err := asLocal(o).attrs(t)
		if err != nil {
			return nil, err
		}
		if object.StrValue(name.Obj()) == "__dict__" {
			return t.NewRef(d.Obj()), nil
		}
		return object.GenericGetAttrWithDict(t, o, name, d)
	}
	typ.SetAttr = func(t *object.Thread, o *object.Object, name *object.Str, v *object.Object) error {
		d, err := asLocal(o).attrs(t)
		if err != nil {
			return err
		}
		if object.StrValue(name.Obj()) == "__dict__" {
			return t.Errorf(object.AttributeErrorType, "'%s' object attribute '__dict__' is read-only", o.Type().FullName())
		}
		return object.GenericSetAttrWithDict(t, o, name, v, &d)
	}
	object.ReadyType(typ, nil, nil)
}
