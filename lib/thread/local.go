package thread

import (
	"sync"
	"sync/atomic"

	"github.com/ftpy/ftpy/object"
)

// Local is _thread._local (threading.local): an object whose attributes
// are different in every thread. Each thread's attributes live in a dict
// of its own, found in a map from thread ident that is replaced, never
// changed, when a thread first touches the object: reading an attribute
// takes no lock, so threads reading one local do not contend.
type Local struct {
	object.Object
	mu    sync.Mutex                              // serialises replacing dicts
	dicts atomic.Pointer[map[uint64]*object.Dict] // thread ident -> its attributes (owned)
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
	Flags:        object.FlagGC | object.FlagBaseType | object.FlagCustomGetAttr,
	Doc:          "Thread-local data",
	SubclassDict: func(o *object.Object) **object.Dict { return &asLocal(o).unused }})

func asLocal(o *object.Object) *Local { return object.Cast[Local](o) }

// liveLocals lists the locals alive, so that an exiting thread can drop
// its dicts from each.
var liveLocals struct {
	sync.Mutex
	m map[*Local]struct{}
}

// dictFor returns the calling thread's dict of l (borrowed) and whether it
// was just created.
func (l *Local) dictFor(t *object.Thread) (*object.Dict, bool) {
	id := t.ID()
	if m := l.dicts.Load(); m != nil {
		if d := (*m)[id]; d != nil {
			return d, false
		}
	}
	d := object.NewDict(t)
	l.mu.Lock()
	old := l.dicts.Load()
	m := make(map[uint64]*object.Dict, 1)
	if old != nil {
		for k, v := range *old {
			m[k] = v
		}
	}
	m[id] = d
	l.dicts.Store(&m)
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

// takeDicts empties l's map and returns the dicts it held.
func (l *Local) takeDicts() []*object.Dict {
	l.mu.Lock()
	defer l.mu.Unlock()
	m := l.dicts.Swap(nil)
	if m == nil {
		return nil
	}
	out := make([]*object.Dict, 0, len(*m))
	for _, d := range *m {
		out = append(out, d)
	}
	return out
}

// dropLocals releases the calling thread's attributes in every local, as
// the thread exits.
func dropLocals(t *object.Thread) {
	id := t.ID()
	var drop []*object.Dict
	liveLocals.Lock()
	for l := range liveLocals.m {
		l.mu.Lock()
		if m := l.dicts.Load(); m != nil && (*m)[id] != nil {
			drop = append(drop, (*m)[id])
			n := make(map[uint64]*object.Dict, len(*m))
			for k, v := range *m {
				if k != id {
					n[k] = v
				}
			}
			l.dicts.Store(&n)
		}
		l.mu.Unlock()
	}
	liveLocals.Unlock()
	// Outside the locks: a dealloc may run Python code.
	for _, d := range drop {
		t.Decref(d.Obj())
	}
}

func localClear(t *object.Thread, o *object.Object) {
	l := asLocal(o)
	dicts := l.takeDicts()
	args, kwnames := l.args, l.kwnames
	l.args, l.kwnames = nil, nil
	for _, d := range dicts {
		t.Decref(d.Obj())
	}
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
		l := &Local{}
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
		liveLocals.Lock()
		if liveLocals.m == nil {
			liveLocals.m = map[*Local]struct{}{}
		}
		liveLocals.m[l] = struct{}{}
		liveLocals.Unlock()
		// The creating thread's attributes start now; the constructor's
		// own __init__ call fills them.
		l.dictFor(t)
		return &l.Object, nil
	}
	typ.Traverse = func(o *object.Object, visit object.Visitor) {
		l := asLocal(o)
		if m := l.dicts.Load(); m != nil {
			for _, d := range *m {
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
	typ.Dealloc = func(t *object.Thread, o *object.Object) {
		liveLocals.Lock()
		delete(liveLocals.m, asLocal(o))
		liveLocals.Unlock()
		localClear(t, o)
	}
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
