// Package lsprof implements _lsprof, CPython's C module under cProfile:
// Profiler, a deterministic profiler that, while enabled on a thread,
// counts and times each function, module body and built-in function or
// method that thread calls, and each caller-callee pair; getstats()
// returns the counts as profiler_entry and profiler_subentry records,
// which cProfile turns into pstats reports.
//
// The profiler hears of calls through vm.Profiler, the eval loop's hook
// (CPython's PyEval_SetProfile). Each call's time is the timer's
// difference between its start and its end (totaltime); its inline time
// is that minus the time spent in the calls it made. A recursive call's
// total time is counted only at its outermost level, as in CPython.
package lsprof

import (
	"sync"
	"time"

	"github.com/ftpy/ftpy/compile"
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() {
	object.ReadyType(ProfilerType, profilerMethods, nil)
	vm.RegisterModule("_lsprof", newModule)
}

var (
	entryType = object.NewStructSeqType(&object.StructSeqDesc{
		Name: "_lsprof.profiler_entry",
		Fields: object.StructSeqFields(
			"code", "code object or built-in function name",
			"callcount", "how many times this was called",
			"reccallcount", "how many times called recursively",
			"totaltime", "total time in this entry",
			"inlinetime", "inline time in this entry (not in subcalls)",
			"calls", "details of the calls"),
		NInSequence: 6,
	})
	subentryType = object.NewStructSeqType(&object.StructSeqDesc{
		Name: "_lsprof.profiler_subentry",
		Fields: object.StructSeqFields(
			"code", "called code object or built-in function name",
			"callcount", "how many times this is called",
			"reccallcount", "how many times this is called recursively",
			"totaltime", "total time spent in this call",
			"inlinetime", "inline time (not in further subcalls)"),
		NInSequence: 5,
	})
)

// stats are the counts of one function, or of one function called from
// another.
type stats struct {
	callCount, recCallCount int64
	totalTime, inlineTime   float64
	// depth is how many calls of it are running now: a call that ends
	// while another is still running was recursive.
	depth int
}

// entry is what the profiler knows of one function (its key: a code
// object or a built-in callable, held).
type entry struct {
	key *object.Object
	stats
	// subs are the functions it called, in first-call order.
	subs  map[*entry]*stats
	order []*entry
}

// context is a call running now.
type context struct {
	e     *entry
	start float64
	// sub is the time spent so far in the calls it made.
	sub float64
}

// Profiler is an _lsprof.Profiler.
type Profiler struct {
	object.Object
	dict *object.Dict // a subclass instance's attributes (cProfile.Profile's)

	mu       sync.Mutex
	timer    *object.Object // nil: Go's monotonic clock; owned
	timeUnit float64
	subcalls bool
	builtins bool
	entries  map[*object.Object]*entry
	order    []*entry
	stack    []context
	// busy is set while the profiler calls a Python timer, whose own
	// calls it must not hear of.
	busy bool
	// enabledOn is the thread state the profiler is set on, or nil;
	// while it is set, the profiler holds a reference to itself.
	enabledOn *vm.State
}

var clockBase = time.Now()

// now reads the timer, in seconds.
func (p *Profiler) now(t *object.Thread) float64 {
	if p.timer == nil {
		return time.Since(clockBase).Seconds()
	}
	p.busy = true
	r, err := object.Call(t, p.timer, nil, nil)
	p.busy = false
	if err != nil {
		vm.StateOf(t).WriteUnraisable(err, "Exception ignored in profiler timer", p.timer)
		return 0
	}
	defer t.Decref(r)
	var v float64
	if object.IsFloat(r) {
		v = object.FloatValue(r)
	} else if n, err := object.AsInt64(t, r); err == nil {
		v = float64(n)
	} else {
		t.DropError(err)
	}
	if p.timeUnit > 0 {
		v *= p.timeUnit
	}
	return v
}

// HookObject is what sys.getprofile gives while the profiler is enabled
// on the calling thread: the profiler itself, as in CPython.
func (p *Profiler) HookObject() *object.Object { return &p.Object }

// Enter starts a call of key (vm.Profiler).
func (p *Profiler) Enter(t *object.Thread, key *object.Object) {
	if p.busy {
		return
	}
	if !isCode(key) {
		if !p.builtins {
			return
		}
		key = normalizeBuiltin(key)
	}
	start := p.now(t)
	p.mu.Lock()
	defer p.mu.Unlock()
	e := p.entries[key]
	if e == nil {
		e = &entry{key: t.NewRef(key)}
		if p.entries == nil {
			p.entries = map[*object.Object]*entry{}
		}
		p.entries[key] = e
		p.order = append(p.order, e)
	}
	e.depth++
	if n := len(p.stack); n > 0 && p.subcalls {
		caller := p.stack[n-1].e
		s := caller.subs[e]
		if s == nil {
			s = &stats{}
			if caller.subs == nil {
				caller.subs = map[*entry]*stats{}
			}
			caller.subs[e] = s
			caller.order = append(caller.order, e)
		}
		s.depth++
	}
	p.stack = append(p.stack, context{e: e, start: start})
}

// Leave ends the innermost call (vm.Profiler); a key that is not that
// call's (a call begun before the profiler was enabled) is ignored.
func (p *Profiler) Leave(t *object.Thread, key *object.Object) {
	if p.busy {
		return
	}
	if !isCode(key) {
		if !p.builtins {
			return
		}
		key = normalizeBuiltin(key)
	}
	end := p.now(t)
	p.mu.Lock()
	defer p.mu.Unlock()
	if n := len(p.stack); n > 0 && p.stack[n-1].e.key == key {
		p.pop(end)
	}
}

// pop ends the innermost call at time end. p.mu is held.
func (p *Profiler) pop(end float64) {
	n := len(p.stack)
	c := p.stack[n-1]
	p.stack = p.stack[:n-1]
	total := end - c.start
	inline := total - c.sub
	c.e.record(total, inline)
	if n > 1 {
		caller := &p.stack[n-2]
		caller.sub += total
		if s := caller.e.subs[c.e]; s != nil {
			s.record(total, inline)
		}
	}
}

// record counts one call that took total seconds, inline of them in
// itself.
func (s *stats) record(total, inline float64) {
	s.depth--
	if s.depth == 0 {
		s.totalTime += total
	} else {
		s.recCallCount++
	}
	s.callCount++
	s.inlineTime += inline
}

// flush ends the calls still running, as the profiler is disabled.
func (p *Profiler) flush(t *object.Thread) {
	end := p.now(t)
	p.mu.Lock()
	for len(p.stack) > 0 {
		p.pop(end)
	}
	p.mu.Unlock()
}

// isCode reports whether key is a code object (Python code), not a
// built-in callable.
func isCode(key *object.Object) bool { return key.Type() == compile.CodeType }

// normalizeBuiltin makes a built-in method bound to an object the key of
// the method descriptor it came from, so that obj.m(...) and
// bound = obj.m; bound(...) count as one function, as in CPython.
func normalizeBuiltin(key *object.Object) *object.Object {
	if key.Type() != object.BuiltinFunctionType {
		return key
	}
	f := object.Cast[object.BuiltinFunction](key)
	if f.Self == nil || object.IsInstance(f.Self, vm.ModuleType) {
		return key
	}
	if d := f.Self.Type().Lookup(object.Intern(f.Def.Name)); d != nil && d.Type() == object.MethodDescrType {
		return d
	}
	return key
}

// label is the name getstats gives a built-in callable: a string, where
// Python code gets its code object.
func label(t *object.Thread, key *object.Object) string {
	switch key.Type() {
	case object.MethodDescrType:
		d := object.Cast[object.MethodDescr](key)
		return "<method '" + d.Def.Name + "' of '" + d.Owner.FullName() + "' objects>"
	case object.BuiltinFunctionType:
		f := object.Cast[object.BuiltinFunction](key)
		if f.Self != nil && !object.IsInstance(f.Self, vm.ModuleType) {
			return "<method '" + f.Def.Name + "' of '" + f.Self.Type().FullName() + "' objects>"
		}
		if m, err := object.GetAttrString(t, key, "__module__"); err == nil {
			defer t.Decref(m)
			if object.IsStr(m) {
				return "<built-in method " + object.StrValue(m) + "." + f.Def.Name + ">"
			}
		} else {
			t.DropError(err)
		}
		return "<built-in method " + f.Def.Name + ">"
	}
	return "<built-in method>"
}

// ProfilerType is _lsprof.Profiler.
var ProfilerType = object.NewStaticType(&object.Type{
	Name:         "Profiler",
	Module:       "_lsprof",
	Flags:        object.FlagBaseType | object.FlagGC,
	Doc:          "Profiler(timer=None, timeunit=None, subcalls=True, builtins=True)\n\nA profiler timing calls with timer (a monotonic clock when None);\ntimeunit scales a timer's values to seconds.",
	New:          profilerNew,
	Init:         profilerInit,
	Traverse:     profilerTraverse,
	Clear:        profilerClear,
	Dealloc:      profilerClear,
	SubclassDict: func(o *object.Object) **object.Dict { return &object.Cast[Profiler](o).dict },
})

func profilerNew(t *object.Thread, typ *object.Type, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
	p := &Profiler{subcalls: true, builtins: true}
	t.Init(&p.Object, typ)
	t.Track(&p.Object)
	return &p.Object, nil
}

var initParams = []string{"timer", "timeunit", "subcalls", "builtins"}

// profilerInit is Profiler.__init__(timer=None, timeunit=0.0,
// subcalls=True, builtins=True).
func profilerInit(t *object.Thread, self *object.Object, args []*object.Object, kwnames *object.Tuple) error {
	var timer, unit, subcalls, builtins *object.Object
	if err := object.ParseArgs(t, "Profiler", args, kwnames, initParams, 0, &timer, &unit, &subcalls, &builtins); err != nil {
		return err
	}
	p := object.Cast[Profiler](self)
	u := 0.0
	if unit != nil {
		v, err := object.RealArg(t, unit)
		if err != nil {
			return err
		}
		u = v
	}
	sc, err := boolArg(t, subcalls)
	if err != nil {
		return err
	}
	bi, err := boolArg(t, builtins)
	if err != nil {
		return err
	}
	if timer == object.None {
		timer = nil
	}
	p.mu.Lock()
	old := p.timer
	p.timer = nil
	if timer != nil {
		p.timer = t.NewRef(timer)
	}
	p.timeUnit, p.subcalls, p.builtins = u, sc, bi
	p.mu.Unlock()
	t.XDecref(old)
	return nil
}

// boolArg reads an optional int-like flag (CPython's "i" format), true
// when absent.
func boolArg(t *object.Thread, o *object.Object) (bool, error) {
	if o == nil {
		return true, nil
	}
	if object.IsFloat(o) {
		return false, t.Errorf(object.TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	v, err := object.AsInt64(t, o)
	if err != nil {
		return false, err
	}
	return v != 0, nil
}

func profilerTraverse(o *object.Object, visit object.Visitor) {
	p := object.Cast[Profiler](o)
	if p.timer != nil {
		visit(p.timer)
	}
	if p.dict != nil {
		visit(p.dict.Obj())
	}
}

func profilerClear(t *object.Thread, o *object.Object) {
	p := object.Cast[Profiler](o)
	if p.enabledOn != nil && p.enabledOn.Profiler() == vm.Profiler(p) {
		p.enabledOn.SetProfiler(nil)
	}
	p.enabledOn = nil
	p.dropEntries(t)
	if p.timer != nil {
		timer := p.timer
		p.timer = nil
		t.Decref(timer)
	}
	if p.dict != nil {
		d := p.dict
		p.dict = nil
		t.Decref(d.Obj())
	}
}

// dropEntries forgets every count and running call.
func (p *Profiler) dropEntries(t *object.Thread) {
	p.mu.Lock()
	order := p.order
	p.entries, p.order, p.stack = nil, nil, nil
	p.mu.Unlock()
	for _, e := range order {
		t.Decref(e.key)
	}
}

var profilerMethods = []object.MethodDef{
	{Name: "enable", Fn: profilerEnable, Doc: "enable(subcalls=True, builtins=True)\n\nStart collecting profiling information."},
	{Name: "disable", Fn: profilerDisable, Doc: "disable()\n\nStop collecting profiling information."},
	{Name: "clear", Fn: profilerClearMethod, Doc: "clear()\n\nClear all profiling information collected so far."},
	{Name: "getstats", Fn: profilerGetStats, Doc: "getstats() -> list of profiler_entry objects\n\nReturn the profiling information collected so far."},
}

var enableParams = []string{"subcalls", "builtins"}

func profilerEnable(t *object.Thread, self *object.Object, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
	var subcalls, builtins *object.Object
	if err := object.ParseArgs(t, "enable", args, kwnames, enableParams, 0, &subcalls, &builtins); err != nil {
		return nil, err
	}
	p := object.Cast[Profiler](self)
	if subcalls != nil {
		v, err := boolArg(t, subcalls)
		if err != nil {
			return nil, err
		}
		p.subcalls = v
	}
	if builtins != nil {
		v, err := boolArg(t, builtins)
		if err != nil {
			return nil, err
		}
		p.builtins = v
	}
	st := vm.StateOf(t)
	if p.enabledOn == nil {
		// The thread's hook holds the profiler, as CPython's does: it
		// lives while enabled even if nothing else refers to it.
		t.Incref(self)
	} else if p.enabledOn != st && p.enabledOn.Profiler() == vm.Profiler(p) {
		p.enabledOn.SetProfiler(nil)
	}
	p.enabledOn = st
	st.SetProfiler(p)
	return object.None, nil
}

func profilerDisable(t *object.Thread, self *object.Object, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "disable", args, kwnames, 0, 0); err != nil {
		return nil, err
	}
	p := object.Cast[Profiler](self)
	if st := p.enabledOn; st != nil {
		if st.Profiler() == vm.Profiler(p) {
			st.SetProfiler(nil)
		}
		p.enabledOn = nil
		defer t.Decref(self) // the hook's reference (profilerEnable)
	}
	p.flush(t)
	return object.None, nil
}

func profilerClearMethod(t *object.Thread, self *object.Object, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "clear", args, kwnames, 0, 0); err != nil {
		return nil, err
	}
	object.Cast[Profiler](self).dropEntries(t)
	return object.None, nil
}

// profilerGetStats is getstats(): a list of profiler_entry, one per
// function called, each with the list of its callees' profiler_subentry
// (None when it called none, or subcalls were off).
func profilerGetStats(t *object.Thread, self *object.Object, args []*object.Object, kwnames *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "getstats", args, kwnames, 0, 0); err != nil {
		return nil, err
	}
	p := object.Cast[Profiler](self)
	p.mu.Lock()
	type subSnap struct {
		e *entry
		s stats
	}
	type snap struct {
		e    *entry
		s    stats
		subs []subSnap
	}
	snaps := make([]snap, len(p.order))
	for i, e := range p.order {
		t.Incref(e.key)
		snaps[i] = snap{e: e, s: e.stats}
		for _, c := range e.order {
			t.Incref(c.key)
			snaps[i].subs = append(snaps[i].subs, subSnap{c, *e.subs[c]})
		}
	}
	p.mu.Unlock()
	// A built-in's label is one str for its entry and every subentry
	// naming it: pstats pairs them by id().
	labels := map[*object.Object]*object.Object{}
	defer func() {
		for _, l := range labels {
			t.Decref(l)
		}
	}()
	keyObj := func(key *object.Object) *object.Object {
		if isCode(key) {
			return key // the reference taken above passes on
		}
		defer t.Decref(key)
		l := labels[key]
		if l == nil {
			l = object.NewStr(t, label(t, key))
			labels[key] = l
		}
		return t.NewRef(l)
	}
	out := make([]*object.Object, len(snaps))
	for i, sn := range snaps {
		calls := object.None
		if len(sn.subs) > 0 {
			items := make([]*object.Object, len(sn.subs))
			for j, sub := range sn.subs {
				items[j] = object.NewStructSeq(t, subentryType, []*object.Object{
					keyObj(sub.e.key), object.NewInt(t, sub.s.callCount), object.NewInt(t, sub.s.recCallCount),
					object.NewFloat(t, sub.s.totalTime), object.NewFloat(t, sub.s.inlineTime)})
			}
			calls = object.NewList(t, items).Obj()
		}
		out[i] = object.NewStructSeq(t, entryType, []*object.Object{
			keyObj(sn.e.key), object.NewInt(t, sn.s.callCount), object.NewInt(t, sn.s.recCallCount),
			object.NewFloat(t, sn.s.totalTime), object.NewFloat(t, sn.s.inlineTime), calls})
	}
	return object.NewList(t, out).Obj(), nil
}

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("_lsprof")
	m.Dict.SetStr(t, object.Intern("__doc__"), object.NewStr(t, "Deterministic profiler under cProfile."))
	m.Dict.SetStr(t, object.Intern("Profiler"), ProfilerType.Obj())
	m.Dict.SetStr(t, object.Intern("profiler_entry"), entryType.Obj())
	m.Dict.SetStr(t, object.Intern("profiler_subentry"), subentryType.Obj())
	return m.Obj(), nil
}
