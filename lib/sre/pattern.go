// This file defines re.Pattern, the compiled pattern _sre.compile makes
// from the code Lib/re/_compiler.py emits: its attributes, repr,
// equality and hash. A pattern never changes after compile, so threads
// share it freely; each call gets its own matching state.

package sre

import (
	"hash/maphash"
	"strconv"
	"strings"
	"sync"

	"github.com/ftpy/ftpy/object"
)

type pattern struct {
	object.Object
	source     *object.Object // the pattern string, or None; owned
	flags      int64
	code       []uint32
	prog       *program
	groups     int
	groupindex *object.Object // dict, or nil when there are no named groups; owned
	indexgroup *object.Object // tuple, or nil; owned
	isBytes    int            // -1: source is None; 0: str; 1: bytes
}

var patternType = object.NewStaticType(&object.Type{Name: "Pattern", Module: "re", Flags: object.FlagGC | object.FlagWeakrefable,
	Doc: "Compiled regular expression object."})

func asPattern(o *object.Object) *pattern { return object.Cast[pattern](o) }

// newPattern is _sre.compile's work once the arguments are checked.
func newPattern(t *object.Thread, source *object.Object, flags int64, code []uint32, groups int, groupindex, indexgroup *object.Object) (*object.Object, error) {
	p := &pattern{flags: flags, code: code, groups: groups}
	switch {
	case source == object.None:
		p.isBytes = -1
	case object.IsStr(source):
		p.isBytes = 0
	case object.IsBytes(source):
		p.isBytes = 1
	default:
		return nil, t.Errorf(object.TypeErrorType, "expected string or bytes-like object, got '%.200s'", source.Type().Name)
	}
	prog := validCode(code, groups)
	if prog == nil {
		return nil, t.Errorf(object.RuntimeErrorType, "invalid SRE code")
	}
	p.prog = prog
	p.source = t.NewRef(source)
	if object.AsDict(groupindex).Len() > 0 {
		p.groupindex = t.NewRef(groupindex)
		if len(object.AsTuple(indexgroup).Items) > 0 {
			p.indexgroup = t.NewRef(indexgroup)
		}
	}
	t.Init(&p.Object, patternType)
	t.Track(&p.Object)
	return &p.Object, nil
}

// statePools recycle matching states, whose stacks are worth keeping
// between calls.
var (
	bytePool = sync.Pool{New: func() any { return new(state[uint8]) }}
	runePool = sync.Pool{New: func() any { return new(state[int32]) }}
)

// engine is a matching state of either character type.
type engine interface {
	base() *core
	search() (bool, error)
	matchHere(matchAll bool) (bool, error)
	release()
}

func (s *state[C]) base() *core { return &s.core }

// largeStack is the capacity beyond which a released state drops its
// stacks instead of keeping them for the next call.
const largeStack = 1 << 16

func (s *state[C]) release() {
	s.str = nil
	s.code = nil
	s.prog = nil
	s.t = nil
	if len(s.ctxs) > largeStack/ctxChunk {
		s.ctxs = nil
	}
	if cap(s.data) > largeStack {
		s.data = nil
	}
	switch any(s).(type) {
	case *state[uint8]:
		bytePool.Put(s)
	case *state[int32]:
		runePool.Put(s)
	}
}

// newState prepares a match of p against subj between pos and endpos,
// clamped to the string as CPython's state_init does.
func (p *pattern) newState(t *object.Thread, subj *subject, pos, endpos int64) (engine, error) {
	if subj.isBytes && p.isBytes == 0 {
		return nil, t.Errorf(object.TypeErrorType, "cannot use a string pattern on a bytes-like object")
	}
	if !subj.isBytes && p.isBytes > 0 {
		return nil, t.Errorf(object.TypeErrorType, "cannot use a bytes pattern on a string-like object")
	}
	n := int64(subj.length())
	pos = min(max(pos, 0), n)
	endpos = min(max(endpos, 0), n)
	var e engine
	if subj.runes != nil {
		s := runePool.Get().(*state[int32])
		s.str = subj.runes
		e = s
	} else {
		s := bytePool.Get().(*state[uint8])
		s.str = subj.bytes
		e = s
	}
	c := e.base()
	c.code = p.code
	c.prog = p.prog
	c.t = t
	c.pos, c.endpos = int(pos), int(endpos)
	c.start, c.ptr, c.end = int(pos), int(pos), int(endpos)
	c.matchAll, c.mustAdvance = false, false
	// Room for one group more than the pattern has: the validator
	// accepts a MARK there, as CPython's does.
	nmarks := 2*p.groups + 2
	if cap(c.mark) < nmarks {
		c.mark = make([]int, nmarks)
	}
	c.mark = c.mark[:nmarks]
	c.reset()
	return e, nil
}

// pollThread is the check the engine runs every few thousand steps, so
// that Ctrl-C and stop requests interrupt a long match. Set by the
// module's init (it needs the vm package).
var pollThread func(t *object.Thread) error

// engineErr turns an engine failure into the exception CPython raises.
func engineErr(t *object.Thread, err error) error {
	if _, ok := err.(engineError); ok {
		return t.Errorf(object.RuntimeErrorType, "internal error in regular expression engine")
	}
	return err
}

var flagNames = []struct {
	name string
	bit  int64
}{
	{"re.TEMPLATE", flagTEMPLATE}, {"re.IGNORECASE", flagIGNORECASE}, {"re.LOCALE", flagLOCALE},
	{"re.MULTILINE", flagMULTILINE}, {"re.DOTALL", flagDOTALL}, {"re.UNICODE", flagUNICODE},
	{"re.VERBOSE", flagVERBOSE}, {"re.DEBUG", flagDEBUG}, {"re.ASCII", flagASCII},
}

// truncRunes cuts s to n code points (printf's %.nR and %.nU).
func truncRunes(s string, n int) string {
	i := 0
	for pos := range s {
		if i == n {
			return s[:pos]
		}
		i++
	}
	return s
}

func patternRepr(t *object.Thread, o *object.Object) (*object.Object, error) {
	p := asPattern(o)
	flags := p.flags
	// A str pattern is Unicode unless it says otherwise: not shown.
	if p.isBytes == 0 && flags&(flagLOCALE|flagUNICODE|flagASCII) == flagUNICODE {
		flags &^= flagUNICODE
	}
	var names []string
	for _, f := range flagNames {
		if flags&f.bit != 0 {
			names = append(names, f.name)
			flags &^= f.bit
		}
	}
	if flags != 0 {
		// C's "%x" of an int: the bits as unsigned.
		names = append(names, "0x"+strconv.FormatUint(uint64(uint32(flags)), 16))
	}
	r, err := object.ReprString(t, p.source)
	if err != nil {
		return nil, err
	}
	r = truncRunes(r, 200)
	if len(names) > 0 {
		return object.NewStr(t, "re.compile("+r+", "+strings.Join(names, "|")+")"), nil
	}
	return object.NewStr(t, "re.compile("+r+")"), nil
}

func patternCompare(t *object.Thread, a, b *object.Object, op object.CompareOp) (*object.Object, error) {
	if (op != object.EQ && op != object.NE) || a.Type() != patternType || b.Type() != patternType {
		return object.NotImplemented, nil
	}
	eq := a == b
	if !eq {
		x, y := asPattern(a), asPattern(b)
		eq = x.flags == y.flags && x.isBytes == y.isBytes && equalCode(x.code, y.code)
		if eq {
			var err error
			eq, err = object.RichCompareBool(t, x.source, y.source, object.EQ)
			if err != nil {
				return nil, err
			}
		}
	}
	if op == object.NE {
		eq = !eq
	}
	return object.NewBool(eq), nil
}

func equalCode(a, b []uint32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

var codeSeed = maphash.MakeSeed()

func patternHash(t *object.Thread, o *object.Object) (int64, error) {
	p := asPattern(o)
	h, err := object.Hash(t, p.source)
	if err != nil {
		return 0, err
	}
	var mh maphash.Hash
	mh.SetSeed(codeSeed)
	var w [4]byte
	for _, c := range p.code {
		w[0], w[1], w[2], w[3] = byte(c), byte(c>>8), byte(c>>16), byte(c>>24)
		mh.Write(w[:])
	}
	h ^= int64(mh.Sum64() >> 1)
	h ^= p.flags
	h ^= int64(p.isBytes)
	h ^= int64(len(p.code))
	if h == -1 {
		h = -2
	}
	return h, nil
}

func patternTraverse(o *object.Object, visit object.Visitor) {
	p := asPattern(o)
	for _, r := range []*object.Object{p.source, p.groupindex, p.indexgroup} {
		if r != nil {
			visit(r)
		}
	}
}

func patternClear(t *object.Thread, o *object.Object) {
	p := asPattern(o)
	src, gi, ig := p.source, p.groupindex, p.indexgroup
	p.source, p.groupindex, p.indexgroup = nil, nil, nil
	t.XDecref(src)
	t.XDecref(gi)
	t.XDecref(ig)
}

var patternGetSets = []object.GetSetDef{
	{Name: "pattern", Doc: "The pattern string from which the RE object was compiled.",
		Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
			return t.NewRef(asPattern(o).source), nil
		}},
	{Name: "flags", Doc: "The regex matching flags.",
		Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
			return object.NewInt(t, asPattern(o).flags), nil
		}},
	{Name: "groups", Doc: "The number of capturing groups in the pattern.",
		Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
			return object.NewInt(t, int64(asPattern(o).groups)), nil
		}},
	{Name: "groupindex", Doc: "A dictionary mapping group names to group numbers.",
		Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
			// CPython returns a read-only mappingproxy; ftpy has none
			// yet, so callers get a copy they may change freely.
			p := asPattern(o)
			if p.groupindex == nil {
				return object.NewDict(t).Obj(), nil
			}
			return object.AsDict(p.groupindex).Copy(t).Obj(), nil
		}},
}

func init() {
	typ := patternType
	typ.Repr = patternRepr
	typ.Compare = patternCompare
	typ.Hash = patternHash
	typ.Traverse = patternTraverse
	typ.Clear = patternClear
	typ.Dealloc = patternClear
	object.ReadyType(typ, patternMethods, patternGetSets)
}
