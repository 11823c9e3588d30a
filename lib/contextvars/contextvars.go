// Package contextvars implements _contextvars, CPython's C module under
// contextvars.py (PEP 567): ContextVar, Context, Token and
// copy_context. The eval loop knows nothing of contexts, so each thread
// keeps its current context in a thread-local slot of its own.
package contextvars

import (
	"sync"
	"sync/atomic"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() { vm.RegisterModule("_contextvars", newModule) }

// currentSerial is the LocalSlots key of each thread's current context;
// _thread._local numbers its slots from 1 up and never gets near it.
const currentSerial = 1<<63 + 567

var strCurrent = object.Intern("current")

// Context is _contextvars.Context: a mapping of ContextVars to values.
// Its map is only replaced, never changed in place, so copies share
// nothing mutable; mu guards the field.
type Context struct {
	object.Object
	mu      sync.Mutex
	vars    map[*object.Object]*object.Object // owned keys and values
	entered atomic.Bool
}

// ContextVar is _contextvars.ContextVar.
type ContextVar struct {
	object.Object
	name, def *object.Object // def nil: no default
}

// Token is _contextvars.Token, what ContextVar.set returns for reset.
type Token struct {
	object.Object
	ctx, v, old *object.Object // old nil: the variable was unset
	used        atomic.Bool
}

var (
	contextType = object.NewStaticType(&object.Type{Name: "Context", Module: "_contextvars", Flags: object.FlagGC})
	varType     = object.NewStaticType(&object.Type{Name: "ContextVar", Module: "_contextvars", Flags: object.FlagGC})
	tokenType   = object.NewStaticType(&object.Type{Name: "Token", Module: "_contextvars", Flags: object.FlagGC})
	missingType = object.NewStaticType(&object.Type{Name: "Token.MISSING", Module: "_contextvars"})
	// missing is Token.MISSING, made with the first module.
	missing     *object.Object
	missingOnce sync.Once
)

func asContext(o *object.Object) *Context { return object.Cast[Context](o) }
func asVar(o *object.Object) *ContextVar  { return object.Cast[ContextVar](o) }
func asToken(o *object.Object) *Token     { return object.Cast[Token](o) }

func newContext(t *object.Thread, vars map[*object.Object]*object.Object) *Context {
	c := &Context{vars: vars}
	t.Init(&c.Object, contextType)
	t.Track(&c.Object)
	return c
}

// snapshot returns a copy of c's map with new references.
func (c *Context) snapshot(t *object.Thread) map[*object.Object]*object.Object {
	c.mu.Lock()
	defer c.mu.Unlock()
	m := make(map[*object.Object]*object.Object, len(c.vars))
	for k, v := range c.vars {
		m[t.NewRef(k)] = t.NewRef(v)
	}
	return m
}

func dropMap(t *object.Thread, m map[*object.Object]*object.Object) {
	for k, v := range m {
		t.Decref(k)
		t.Decref(v)
	}
}

// lookup returns a new reference to the value of v in c, or nil.
func (c *Context) lookup(t *object.Thread, v *object.Object) *object.Object {
	c.mu.Lock()
	defer c.mu.Unlock()
	if x, ok := c.vars[v]; ok {
		return t.NewRef(x)
	}
	return nil
}

// replace installs m (whose references it takes) as c's map.
func (c *Context) replace(t *object.Thread, m map[*object.Object]*object.Object) {
	c.mu.Lock()
	old := c.vars
	c.vars = m
	c.mu.Unlock()
	dropMap(t, old)
}

// slot returns the calling thread's slot holding its current context.
func slot(t *object.Thread) *object.Dict {
	st := vm.StateOf(t)
	if s := st.LocalSlots[currentSerial]; s != nil {
		if d := s.Dict.Load(); d != nil {
			return d
		}
	}
	d := object.NewDict(t)
	s := &vm.LocalSlot{}
	s.Dict.Store(d)
	if st.LocalSlots == nil {
		st.LocalSlots = map[uint64]*vm.LocalSlot{}
	}
	st.LocalSlots[currentSerial] = s
	return d
}

// current returns the thread's current context (borrowed), creating an
// empty one the first time.
func current(t *object.Thread) *Context {
	d := slot(t)
	if c := d.GetStr(strCurrent); c != nil {
		return asContext(c)
	}
	c := newContext(t, map[*object.Object]*object.Object{})
	d.SetStr(t, strCurrent, &c.Object)
	t.Decref(&c.Object)
	return c
}

func setCurrent(t *object.Thread, c *Context) {
	slot(t).SetStr(t, strCurrent, &c.Object)
}

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	missingOnce.Do(func() {
		o := &object.Object{}
		t.Init(o, missingType)
		t.MakeImmortal(o)
		missing = o
		tokenType.Dict.SetStr(t, object.Intern("MISSING"), o)
	})
	m := st.NewModule("_contextvars")
	for _, typ := range []*object.Type{contextType, varType, tokenType} {
		m.Dict.SetStr(t, object.Intern(typ.Name), typ.Obj())
	}
	m.Dict.SetStr(t, object.Intern("copy_context"), object.NewStaticBuiltin(&copyContextDef))
	object.ClaimModuleFunctions(m.Dict, "_contextvars")
	return m.Obj(), nil
}

var copyContextDef = object.MethodDef{Name: "copy_context", Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "copy_context", args, kw, 0, 0); err != nil {
		return nil, err
	}
	return &newContext(t, current(t).snapshot(t)).Object, nil
}}
