// This file holds re.Pattern's methods: match, fullmatch, search,
// findall, finditer, scanner, split, sub and subn, with the 3.7+ rules
// for empty matches (an empty match right after a match is allowed, an
// empty match where the previous one ended is not: mustAdvance).

package sre

import (
	"math"
	"strings"

	"github.com/ftpy/ftpy/object"
)

// posArgs binds (string, pos=0, endpos=sys.maxsize).
func posArgs(t *object.Thread, name string, args []*object.Object, kw *object.Tuple) (str *object.Object, pos, endpos int64, err error) {
	var so, po, eo *object.Object
	if err = object.ParseArgs(t, name, args, kw, []string{"string", "pos", "endpos"}, 1, &so, &po, &eo); err != nil {
		return
	}
	pos, endpos = 0, math.MaxInt64
	if po != nil {
		if pos, err = object.AsInt64(t, po); err != nil {
			return
		}
	}
	if eo != nil {
		if endpos, err = object.AsInt64(t, eo); err != nil {
			return
		}
	}
	return so, pos, endpos, nil
}

// start prepares a state for p on string.
func (p *pattern) start(t *object.Thread, str *object.Object, pos, endpos int64) (subject, engine, error) {
	subj, err := getSubject(t, str)
	if err != nil {
		return subject{}, nil, err
	}
	e, err := p.newState(t, &subj, pos, endpos)
	if err != nil {
		return subject{}, nil, err
	}
	return subj, e, nil
}

// matchMethod makes match (mode 0), fullmatch (1) and search (2).
func matchMethod(name string, mode int, doc string) object.MethodDef {
	return object.MethodDef{Name: name, Doc: doc, Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		str, pos, endpos, err := posArgs(t, name, args, kw)
		if err != nil {
			return nil, err
		}
		p := asPattern(self)
		subj, e, err := p.start(t, str, pos, endpos)
		if err != nil {
			return nil, err
		}
		defer e.release()
		var ok bool
		if mode == 2 {
			ok, err = e.search()
		} else {
			ok, err = e.matchHere(mode == 1)
		}
		if err != nil {
			return nil, engineErr(t, err)
		}
		if !ok {
			return object.None, nil
		}
		return newMatch(t, self, &subj, e.base())
	}}
}

// groupSlice is CPython's state_getslice: group g (1-based) of the
// current match, or the empty string (empty) or None when it did not
// take part.
func groupSlice(t *object.Thread, subj *subject, c *core, g int, empty bool) (*object.Object, error) {
	i := (g - 1) * 2
	if i >= c.lastmark || c.mark[i] < 0 || c.mark[i+1] < 0 {
		if empty {
			return subj.slice(t, 0, 0), nil
		}
		return t.NewRef(object.None), nil
	}
	a, b := c.mark[i], c.mark[i+1]
	if a > b {
		return nil, wrongSpan(t)
	}
	n := subj.length()
	return subj.slice(t, min(a, n), min(b, n)), nil
}

func findall(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	str, pos, endpos, err := posArgs(t, "findall", args, kw)
	if err != nil {
		return nil, err
	}
	p := asPattern(self)
	subj, e, err := p.start(t, str, pos, endpos)
	if err != nil {
		return nil, err
	}
	defer e.release()
	c := e.base()
	var items []*object.Object
	for {
		c.reset()
		c.ptr = c.start
		ok, err := e.search()
		if err != nil {
			decrefAll(t, items)
			return nil, engineErr(t, err)
		}
		if !ok {
			break
		}
		var item *object.Object
		switch p.groups {
		case 0:
			item = subj.slice(t, c.start, c.ptr)
		case 1:
			item, err = groupSlice(t, &subj, c, 1, true)
		default:
			g := make([]*object.Object, p.groups)
			for i := range g {
				if g[i], err = groupSlice(t, &subj, c, i+1, true); err != nil {
					decrefAll(t, g[:i])
					break
				}
			}
			if err == nil {
				item = object.NewTuple(t, g).Obj()
			}
		}
		if err != nil {
			decrefAll(t, items)
			return nil, err
		}
		items = append(items, item)
		c.mustAdvance = c.ptr == c.start
		c.start = c.ptr
	}
	return object.NewList(t, items).Obj(), nil
}

func decrefAll(t *object.Thread, items []*object.Object) {
	for _, x := range items {
		t.Decref(x)
	}
}

func split(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var so, mo *object.Object
	if err := object.ParseArgs(t, "split", args, kw, []string{"string", "maxsplit"}, 1, &so, &mo); err != nil {
		return nil, err
	}
	var maxsplit int64
	if mo != nil {
		var err error
		if maxsplit, err = object.AsInt64(t, mo); err != nil {
			return nil, err
		}
	}
	p := asPattern(self)
	subj, e, err := p.start(t, so, 0, math.MaxInt64)
	if err != nil {
		return nil, err
	}
	defer e.release()
	c := e.base()
	var items []*object.Object
	last := c.start
	for n := int64(0); maxsplit == 0 || n < maxsplit; n++ {
		c.reset()
		c.ptr = c.start
		ok, err := e.search()
		if err != nil {
			decrefAll(t, items)
			return nil, engineErr(t, err)
		}
		if !ok {
			break
		}
		items = append(items, subj.slice(t, last, c.start))
		for i := 0; i < p.groups; i++ {
			g, err := groupSlice(t, &subj, c, i+1, false)
			if err != nil {
				decrefAll(t, items)
				return nil, err
			}
			items = append(items, g)
		}
		c.mustAdvance = c.ptr == c.start
		last = c.ptr
		c.start = c.ptr
	}
	items = append(items, subj.slice(t, last, c.endpos))
	return object.NewList(t, items).Obj(), nil
}

// literalTemplate reports whether a replacement has no backslash, so
// that it is inserted as it is rather than compiled by re._subx.
func literalTemplate(o *object.Object) bool {
	switch {
	case object.IsStr(o):
		for _, c := range []byte(object.StrValue(o)) {
			if c == '\\' {
				return false
			}
		}
		return true
	case object.IsBytes(o):
		for _, c := range object.BytesData(o) {
			if c == '\\' {
				return false
			}
		}
		return true
	}
	return false
}

// subx is sub and subn.
func subx(t *object.Thread, self *object.Object, name string, args []*object.Object, kw *object.Tuple) (*object.Object, int, error) {
	var repl, so, co *object.Object
	if err := object.ParseArgs(t, name, args, kw, []string{"repl", "string", "count"}, 2, &repl, &so, &co); err != nil {
		return nil, 0, err
	}
	var count int64
	if co != nil {
		var err error
		if count, err = object.AsInt64(t, co); err != nil {
			return nil, 0, err
		}
	}
	p := asPattern(self)
	filter := t.NewRef(repl)
	defer func() { t.Decref(filter) }()
	callable := object.IsCallable(repl)
	if !callable && !literalTemplate(repl) {
		// A template with group references: re._subx compiles it into
		// a function (or a literal, if the references were escapes).
		f, err := callRe(t, "_subx", self, repl)
		if err != nil {
			return nil, 0, err
		}
		t.Decref(filter)
		filter = f
		callable = object.IsCallable(f)
	}
	subj, e, err := p.start(t, so, 0, math.MaxInt64)
	if err != nil {
		return nil, 0, err
	}
	defer e.release()
	c := e.base()
	var items []*object.Object
	n, i := 0, 0
	for count == 0 || int64(n) < count {
		c.reset()
		c.ptr = c.start
		ok, err := e.search()
		if err != nil {
			decrefAll(t, items)
			return nil, 0, engineErr(t, err)
		}
		if !ok {
			break
		}
		b, end := c.start, c.ptr
		if i < b {
			items = append(items, subj.slice(t, i, b))
		}
		var item *object.Object
		if callable {
			m, err := newMatch(t, self, &subj, c)
			if err != nil {
				decrefAll(t, items)
				return nil, 0, err
			}
			item, err = object.Call(t, filter, []*object.Object{m}, nil)
			t.Decref(m)
			if err != nil {
				decrefAll(t, items)
				return nil, 0, err
			}
		} else {
			item = t.NewRef(filter)
		}
		if item != object.None {
			items = append(items, item)
		}
		i = end
		n++
		c.mustAdvance = c.ptr == c.start
		c.start = c.ptr
	}
	if i < c.endpos {
		items = append(items, subj.slice(t, i, c.endpos))
	}
	r, err := joinPieces(t, &subj, items)
	decrefAll(t, items)
	return r, n, err
}

// joinPieces concatenates sub's pieces as str.join or bytes.join would,
// with their messages for a piece of the wrong type.
func joinPieces(t *object.Thread, subj *subject, items []*object.Object) (*object.Object, error) {
	if !subj.isBytes {
		var b strings.Builder
		for k, x := range items {
			if !object.IsStr(x) {
				return nil, t.Errorf(object.TypeErrorType, "sequence item %d: expected str instance, %.80s found", k, x.Type().Name)
			}
			b.WriteString(object.StrValue(x))
		}
		return object.NewStr(t, b.String()), nil
	}
	var b []byte
	for k, x := range items {
		if !object.IsBytes(x) {
			return nil, t.Errorf(object.TypeErrorType, "sequence item %d: expected a bytes-like object, %.80s found", k, x.Type().Name)
		}
		b = append(b, object.BytesData(x)...)
	}
	return object.NewBytes(t, b), nil
}

var patternMethods = []object.MethodDef{
	matchMethod("match", 0, "Matches zero or more characters at the beginning of the string."),
	matchMethod("fullmatch", 1, "Matches against all of the string."),
	matchMethod("search", 2, "Scan through string looking for a match, and return a corresponding match object instance.\n\nReturn None if no position in the string matches."),
	{Name: "findall", Fn: findall, Doc: "Return a list of all non-overlapping matches of pattern in string."},
	{Name: "finditer", Fn: finditer, Doc: "Return an iterator over all non-overlapping matches for the RE pattern in string.\n\nFor each match, the iterator returns a match object."},
	{Name: "scanner", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		str, pos, endpos, err := posArgs(t, "scanner", args, kw)
		if err != nil {
			return nil, err
		}
		return newScanner(t, self, str, pos, endpos)
	}},
	{Name: "split", Fn: split, Doc: "Split string by the occurrences of pattern."},
	{Name: "sub", Doc: "Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl.",
		Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			r, _, err := subx(t, self, "sub", args, kw)
			return r, err
		}},
	{Name: "subn", Doc: "Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl.",
		Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			r, n, err := subx(t, self, "subn", args, kw)
			if err != nil {
				return nil, err
			}
			return object.NewTuple(t, []*object.Object{r, object.NewInt(t, int64(n))}).Obj(), nil
		}},
	{Name: "__copy__", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "Pattern.__copy__", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return t.NewRef(self), nil
	}},
	{Name: "__deepcopy__", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "Pattern.__deepcopy__", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return t.NewRef(self), nil
	}},
	{Name: "__class_getitem__", Kind: object.ClassMethod, Doc: "See PEP 585",
		Fn: func(t *object.Thread, cls *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			if err := object.CheckArgCount(t, "Pattern.__class_getitem__", args, kw, 1, 1); err != nil {
				return nil, err
			}
			return object.NewGenericAlias(t, cls, args[0]), nil
		}},
}
