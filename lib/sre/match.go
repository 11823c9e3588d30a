// This file defines re.Match, the result of a successful match: the
// subject, the spans of every group, and the methods that read them.
// A match never changes once made.

package sre

import (
	"strconv"

	"github.com/ftpy/ftpy/object"
)

type match struct {
	object.Object
	str       *object.Object // the subject; owned
	pat       *object.Object // the Pattern; owned
	subj      subject        // the subject's characters, for slicing
	regs      []int          // start and end of each group, group 0 first; -1 unset
	regsBuf   [8]int         // regs' storage for up to 3 groups
	pos       int
	endpos    int
	lastindex int
}

var matchType = object.NewStaticType(&object.Type{Name: "Match", Module: "re", Flags: object.FlagGC,
	Doc: "The result of re.match() and re.search().\nMatch objects always have a boolean value of True."})

func asMatch(o *object.Object) *match { return object.Cast[match](o) }

// newMatch records the match the state c just found (pattern_new_match).
func newMatch(t *object.Thread, pat *object.Object, subj *subject, c *core) (*object.Object, error) {
	p := asPattern(pat)
	m := &match{pos: c.pos, endpos: c.endpos, lastindex: c.lastindex}
	n := 2 * (p.groups + 1)
	var regs []int
	if n <= len(m.regsBuf) {
		regs = m.regsBuf[:n]
	} else {
		regs = make([]int, n)
	}
	regs[0], regs[1] = c.start, c.ptr
	for g, j := 0, 0; g < p.groups; g, j = g+1, j+2 {
		if j+1 <= c.lastmark && c.mark[j] >= 0 && c.mark[j+1] >= 0 {
			regs[j+2], regs[j+3] = c.mark[j], c.mark[j+1]
			if regs[j+2] > regs[j+3] {
				return nil, wrongSpan(t)
			}
		} else {
			regs[j+2], regs[j+3] = -1, -1
		}
	}
	m.str, m.pat, m.subj, m.regs = t.NewRef(subj.obj), t.NewRef(pat), *subj, regs
	t.Init(&m.Object, matchType)
	t.Track(&m.Object)
	return &m.Object, nil
}

// wrongSpan is CPython's report of a group that ends before it starts,
// which its engine (and so this one) can leave in rare possessive
// repeats.
func wrongSpan(t *object.Thread) error {
	return t.Errorf(object.SystemErrorType, "The span of capturing group is wrong, please report a bug for the re module.")
}

// index resolves a group given by number or name (match_getindex).
func (m *match) index(t *object.Thread, g *object.Object) (int, error) {
	ngroups := len(m.regs) / 2
	i := -1
	if object.IsInt(g) || g.Type().Number != nil && g.Type().Number.Index != nil {
		v, err := object.AsInt64(t, g)
		if err != nil {
			if !object.ErrorMatches(err, object.OverflowErrorType) {
				return 0, err
			}
			t.DropError(err)
			v = -1
		}
		if v >= 0 && v < int64(ngroups) {
			i = int(v)
		}
	} else if gi := asPattern(m.pat).groupindex; gi != nil {
		v, err := object.AsDict(gi).GetItem(t, g)
		if err != nil {
			return 0, err
		}
		if v != nil && object.IsInt(v) {
			n, err := object.AsInt64(t, v)
			if err != nil {
				t.DropError(err)
			} else if n >= 0 && n < int64(ngroups) {
				i = int(n)
			}
		}
	}
	if i < 0 {
		return 0, t.Errorf(object.IndexErrorType, "no such group")
	}
	return i, nil
}

// groupAt returns group i's text, or def (borrowed) when it did not
// take part.
func (m *match) groupAt(t *object.Thread, i int, def *object.Object) *object.Object {
	a, b := m.regs[2*i], m.regs[2*i+1]
	if a < 0 || b < 0 {
		return t.NewRef(def)
	}
	return m.subj.slice(t, a, b)
}

func (m *match) group(t *object.Thread, g, def *object.Object) (*object.Object, error) {
	i, err := m.index(t, g)
	if err != nil {
		return nil, err
	}
	return m.groupAt(t, i, def), nil
}

func matchGroup(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.NoKeywords(t, "Match.group", kw); err != nil {
		return nil, err
	}
	m := asMatch(self)
	switch len(args) {
	case 0:
		return m.groupAt(t, 0, object.None), nil
	case 1:
		return m.group(t, args[0], object.None)
	}
	items := make([]*object.Object, len(args))
	for k, a := range args {
		v, err := m.group(t, a, object.None)
		if err != nil {
			decrefAll(t, items[:k])
			return nil, err
		}
		items[k] = v
	}
	return object.NewTuple(t, items).Obj(), nil
}

func defaultArg(t *object.Thread, name string, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var def *object.Object
	if err := object.ParseArgs(t, name, args, kw, []string{"default"}, 0, &def); err != nil {
		return nil, err
	}
	if def == nil {
		def = object.None
	}
	return def, nil
}

func matchGroups(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	def, err := defaultArg(t, "groups", args, kw)
	if err != nil {
		return nil, err
	}
	m := asMatch(self)
	n := len(m.regs)/2 - 1
	items := make([]*object.Object, n)
	for i := range items {
		items[i] = m.groupAt(t, i+1, def)
	}
	return object.NewTuple(t, items).Obj(), nil
}

func matchGroupdict(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	def, err := defaultArg(t, "groupdict", args, kw)
	if err != nil {
		return nil, err
	}
	m := asMatch(self)
	d := object.NewDict(t)
	gi := asPattern(m.pat).groupindex
	if gi == nil {
		return d.Obj(), nil
	}
	for pos := 0; ; {
		next, key, _, ok := object.AsDict(gi).Next(pos)
		if !ok {
			break
		}
		pos = next
		v, err := m.group(t, key, def)
		if err != nil {
			t.Decref(d.Obj())
			return nil, err
		}
		err = d.SetItem(t, key, v)
		t.Decref(v)
		if err != nil {
			t.Decref(d.Obj())
			return nil, err
		}
	}
	return d.Obj(), nil
}

// spanMethod makes start (part 0), end (1) and span (2).
func spanMethod(name string, part int, doc string) object.MethodDef {
	return object.MethodDef{Name: name, Doc: doc, Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.NoKeywords(t, "Match."+name, kw); err != nil {
			return nil, err
		}
		if err := object.CheckArgCount(t, name, args, kw, 0, 1); err != nil {
			return nil, err
		}
		m := asMatch(self)
		i := 0
		if len(args) == 1 {
			var err error
			if i, err = m.index(t, args[0]); err != nil {
				return nil, err
			}
		}
		a, b := m.regs[2*i], m.regs[2*i+1]
		switch part {
		case 0:
			return object.NewInt(t, int64(a)), nil
		case 1:
			return object.NewInt(t, int64(b)), nil
		}
		return spanTuple(t, a, b), nil
	}}
}

func spanTuple(t *object.Thread, a, b int) *object.Object {
	return object.NewTuple(t, []*object.Object{object.NewInt(t, int64(a)), object.NewInt(t, int64(b))}).Obj()
}

func matchRepr(t *object.Thread, o *object.Object) (*object.Object, error) {
	m := asMatch(o)
	g := m.groupAt(t, 0, object.None)
	r, err := object.ReprString(t, g)
	t.Decref(g)
	if err != nil {
		return nil, err
	}
	return object.NewStr(t, "<re.Match object; span=("+strconv.Itoa(m.regs[0])+", "+strconv.Itoa(m.regs[1])+"), match="+truncRunes(r, 50)+">"), nil
}

func matchTraverse(o *object.Object, visit object.Visitor) {
	m := asMatch(o)
	if m.str != nil {
		visit(m.str)
	}
	if m.pat != nil {
		visit(m.pat)
	}
}

func matchClear(t *object.Thread, o *object.Object) {
	m := asMatch(o)
	s, p := m.str, m.pat
	m.str, m.pat = nil, nil
	t.XDecref(s)
	t.XDecref(p)
}

var matchMethods = []object.MethodDef{
	{Name: "group", Fn: matchGroup, Doc: "group([group1, ...]) -> str or tuple.\n    Return subgroup(s) of the match by indices or names.\n    For 0 returns the entire match."},
	spanMethod("start", 0, "Return index of the start of the substring matched by group."),
	spanMethod("end", 1, "Return index of the end of the substring matched by group."),
	spanMethod("span", 2, "For match object m, return the 2-tuple (m.start(group), m.end(group))."),
	{Name: "groups", Fn: matchGroups, Doc: "Return a tuple containing all the subgroups of the match, from 1.\n\n  default\n    Is used for groups that did not participate in the match."},
	{Name: "groupdict", Fn: matchGroupdict, Doc: "Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name.\n\n  default\n    Is used for groups that did not participate in the match."},
	{Name: "expand", Doc: "Return the string obtained by doing backslash substitution on the string template, as done by the sub() method.",
		Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			var tmpl *object.Object
			if err := object.ParseArgs(t, "expand", args, kw, []string{"template"}, 1, &tmpl); err != nil {
				return nil, err
			}
			return callRe(t, "_expand", asMatch(self).pat, self, tmpl)
		}},
	{Name: "__copy__", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "Match.__copy__", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return t.NewRef(self), nil
	}},
	{Name: "__deepcopy__", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "Match.__deepcopy__", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return t.NewRef(self), nil
	}},
	{Name: "__class_getitem__", Kind: object.ClassMethod, Doc: "See PEP 585",
		Fn: func(t *object.Thread, cls *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			if err := object.CheckArgCount(t, "Match.__class_getitem__", args, kw, 1, 1); err != nil {
				return nil, err
			}
			return object.NewGenericAlias(t, cls, args[0]), nil
		}},
}

func intOrNone(t *object.Thread, v int) *object.Object {
	if v < 0 {
		return object.None
	}
	return object.NewInt(t, int64(v))
}

var matchGetSets = []object.GetSetDef{
	{Name: "string", Doc: "The string passed to match() or search().", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return t.NewRef(asMatch(o).str), nil
	}},
	{Name: "re", Doc: "The regular expression object.", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return t.NewRef(asMatch(o).pat), nil
	}},
	{Name: "pos", Doc: "The index into the string at which the RE engine started looking for a match.", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewInt(t, int64(asMatch(o).pos)), nil
	}},
	{Name: "endpos", Doc: "The index into the string beyond which the RE engine will not go.", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewInt(t, int64(asMatch(o).endpos)), nil
	}},
	{Name: "lastindex", Doc: "The integer index of the last matched capturing group.", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return intOrNone(t, asMatch(o).lastindex), nil
	}},
	{Name: "lastgroup", Doc: "The name of the last matched capturing group.", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		m := asMatch(o)
		ig := asPattern(m.pat).indexgroup
		if ig == nil || m.lastindex < 0 {
			return object.None, nil
		}
		items := object.AsTuple(ig).Items
		if m.lastindex >= len(items) {
			return object.None, nil
		}
		return t.NewRef(items[m.lastindex]), nil
	}},
	{Name: "regs", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		m := asMatch(o)
		items := make([]*object.Object, len(m.regs)/2)
		for i := range items {
			items[i] = spanTuple(t, m.regs[2*i], m.regs[2*i+1])
		}
		return object.NewTuple(t, items).Obj(), nil
	}},
}

func init() {
	typ := matchType
	typ.Repr = matchRepr
	typ.Traverse = matchTraverse
	typ.Clear = matchClear
	typ.Dealloc = matchClear
	typ.GetItem = func(t *object.Thread, o, key *object.Object) (*object.Object, error) {
		return asMatch(o).group(t, key, object.None)
	}
	object.ReadyType(typ, matchMethods, matchGetSets)
}
