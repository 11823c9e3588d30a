// This file defines the scanner Pattern.scanner and finditer use: a
// state that resumes where its last match ended. Threads may share a
// scanner, so a mutex serialises its calls.

package sre

import (
	"sync"

	"github.com/ftpy/ftpy/object"
)

type scanner struct {
	object.Object
	mu   sync.Mutex
	pat  *object.Object // owned
	str  *object.Object // owned
	subj subject
	eng  engine // nil once exhausted
}

var scannerType = object.NewStaticType(&object.Type{Name: "SRE_Scanner", Module: "_sre", Flags: object.FlagGC})

func newScanner(t *object.Thread, pat, str *object.Object, pos, endpos int64) (*object.Object, error) {
	subj, e, err := asPattern(pat).start(t, str, pos, endpos)
	if err != nil {
		return nil, err
	}
	// The scanner outlives this call: it holds the subject itself.
	subj.obj = t.NewRef(str)
	e.base().t = nil
	sc := &scanner{pat: t.NewRef(pat), str: subj.obj, subj: subj, eng: e}
	t.Init(&sc.Object, scannerType)
	t.Track(&sc.Object)
	return &sc.Object, nil
}

// next finds the scanner's next match (search) or the match at where
// the last one ended (match).
func (sc *scanner) next(t *object.Thread, search bool) (*object.Object, error) {
	sc.mu.Lock()
	defer sc.mu.Unlock()
	if sc.eng == nil {
		return object.None, nil
	}
	c := sc.eng.base()
	c.t = t
	defer func() { c.t = nil }()
	c.reset()
	c.ptr = c.start
	var ok bool
	var err error
	if search {
		ok, err = sc.eng.search()
	} else {
		ok, err = sc.eng.matchHere(false)
	}
	if err != nil {
		return nil, engineErr(t, err)
	}
	if !ok {
		sc.eng.release()
		sc.eng = nil
		return object.None, nil
	}
	m, err := newMatch(t, sc.pat, &sc.subj, c)
	if err != nil {
		return nil, err
	}
	c.mustAdvance = c.ptr == c.start
	c.start = c.ptr
	return m, nil
}

func scannerMethod(name string, search bool) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if len(args) > 0 {
			return nil, t.Errorf(object.TypeErrorType, "%s() takes no arguments", name)
		}
		return object.Cast[scanner](self).next(t, search)
	}}
}

func finditer(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	str, pos, endpos, err := posArgs(t, "finditer", args, kw)
	if err != nil {
		return nil, err
	}
	sc, err := newScanner(t, self, str, pos, endpos)
	if err != nil {
		return nil, err
	}
	defer t.Decref(sc)
	search, err := object.GetAttrString(t, sc, "search")
	if err != nil {
		return nil, err
	}
	defer t.Decref(search)
	return callIter(t, search, object.None)
}

func init() {
	typ := scannerType
	typ.Traverse = func(o *object.Object, visit object.Visitor) {
		sc := object.Cast[scanner](o)
		if sc.pat != nil {
			visit(sc.pat)
		}
		if sc.str != nil {
			visit(sc.str)
		}
	}
	typ.Clear = func(t *object.Thread, o *object.Object) {
		sc := object.Cast[scanner](o)
		sc.mu.Lock()
		p, s, e := sc.pat, sc.str, sc.eng
		sc.pat, sc.str, sc.eng = nil, nil, nil
		sc.mu.Unlock()
		if e != nil {
			e.release()
		}
		t.XDecref(p)
		t.XDecref(s)
	}
	typ.Dealloc = typ.Clear
	object.ReadyType(typ, []object.MethodDef{scannerMethod("match", false), scannerMethod("search", true)},
		[]object.GetSetDef{{Name: "pattern", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
			sc := object.Cast[scanner](o)
			sc.mu.Lock()
			defer sc.mu.Unlock()
			if sc.pat == nil {
				return object.None, nil
			}
			return t.NewRef(sc.pat), nil
		}}})
}
