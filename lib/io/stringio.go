// This file defines _io.StringIO, a text stream over a str in memory.
// The text is kept as code points (positions count characters, as
// tell and seek do); newline= works as CPython's C StringIO: None
// translates \r and \r\n to \n as text is written, '' keeps them and
// splits lines at any of them, '\r' and '\r\n' replace each '\n'
// written.

package io

import (
	"math"
	"sync"
	"unicode/utf8"

	"github.com/ftpy/ftpy/lib/codecs"
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

type stringIO struct {
	vm.IOBase
	mu        sync.Mutex
	buf       []rune
	pos       int
	closed    bool
	ready     bool
	universal bool           // newline None or '': lines end at \r, \n or \r\n
	readNL    string         // the line end otherwise
	writeNL   string         // what '\n' becomes when written; "" keeps it
	decoder   *newlineState  // newline None or '': translates and records the kinds seen
	newline   *object.Object // the newline argument, for __getstate__ (owned)
}

func asStringIO(o *object.Object) *stringIO { return object.Cast[stringIO](o) }

// toRunes splits a str's text into code points, lone surrogates included.
func toRunes(s string) []rune {
	out := make([]rune, 0, utf8.RuneCountInString(s))
	for len(s) > 0 {
		r, n := codecs.DecodeRune(s)
		out = append(out, r)
		s = s[n:]
	}
	return out
}

func fromRunes(rs []rune) string {
	b := make([]byte, 0, len(rs))
	for _, r := range rs {
		b = codecs.AppendRune(b, r)
	}
	return string(b)
}

var stringIOType = vm.NewIOType(&object.Type{
	Name: "StringIO",
	Base: vm.TextIOBaseType,
	New: func(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		s := &stringIO{}
		t.Init(&s.Object, typ)
		t.Track(&s.Object)
		return &s.Object, nil
	},
	Init: stringIOInit,
	Traverse: func(o *object.Object, visit object.Visitor) {
		vm.IOTraverse(o, visit)
	},
	Clear:   stringIOClear,
	Dealloc: stringIOClear,
})

// stringIOClear drops the newline argument and the attribute dict.
func stringIOClear(t *object.Thread, o *object.Object) {
	s := asStringIO(o)
	if s.newline != nil {
		n := s.newline
		s.newline = nil
		t.Decref(n)
	}
	vm.IOClear(t, o)
}

func stringIOInit(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) error {
	var initial, newline *object.Object
	if err := object.ParseArgs(t, "StringIO", args, kw, []string{"initial_value", "newline"}, 0, &initial, &newline); err != nil {
		return err
	}
	nl := "\n"
	isNone := false
	if newline != nil {
		if newline == object.None {
			isNone = true
		} else if !object.IsStr(newline) {
			return t.Errorf(object.TypeErrorType, "newline must be str or None, not %s", newline.Type().Name)
		} else {
			nl = object.StrValue(newline)
		}
	}
	switch {
	case isNone, nl == "", nl == "\n", nl == "\r", nl == "\r\n":
	default:
		r, err := object.ReprString(t, newline)
		if err != nil {
			return err
		}
		return t.Errorf(object.ValueErrorType, "illegal newline value: %s", r)
	}
	if initial != nil && initial != object.None && !object.IsStr(initial) {
		return t.Errorf(object.TypeErrorType, "initial_value must be str or None, not %s", initial.Type().Name)
	}
	s := asStringIO(self)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.buf, s.pos, s.closed, s.readNL, s.writeNL, s.decoder = nil, 0, false, "", "", nil
	s.universal = isNone || nl == ""
	if !isNone {
		s.readNL = nl
	}
	if nl == "\r" || nl == "\r\n" {
		s.writeNL = nl
	}
	if s.universal {
		s.decoder = &newlineState{translate: isNone}
	}
	s.ready = true
	if newline == nil {
		newline = object.NewStrStatic("\n")
	}
	old := s.newline
	s.newline = t.NewRef(newline)
	if old != nil {
		defer t.Decref(old)
	}
	if initial != nil && initial != object.None {
		if _, err := s.write(t, object.StrValue(initial)); err != nil {
			return err
		}
		s.pos = 0
	}
	return nil
}

// write writes text at the position, padding with NULs past the end; a
// size no memory can hold (a seek far past the end) is MemoryError.
func (s *stringIO) write(t *object.Thread, text string) (int, error) {
	if s.decoder != nil {
		text = s.decoder.feed(text, true)
	}
	if s.writeNL != "" {
		text = replaceNL(text, s.writeNL)
	}
	rs := toRunes(text)
	if len(rs) == 0 {
		return 0, nil
	}
	if s.pos > math.MaxInt-len(rs) {
		return 0, t.Errorf(object.OverflowErrorType, "new position too large")
	}
	end := s.pos + len(rs)
	if end > len(s.buf) {
		// CPython's bound: its buffer of end+1 code points of 4 bytes
		// must have a size_t size.
		if uint64(end)+1 > math.MaxUint64/4 {
			return 0, t.Errorf(object.OverflowErrorType, "new buffer size too large")
		}
		if err := t.CheckAllocItems(int64(end), 4); err != nil {
			return 0, err
		}
		// The gap past the old end reads back as NULs.
		s.buf = append(s.buf, make([]rune, end-len(s.buf))...)
	}
	copy(s.buf[s.pos:], rs)
	s.pos = end
	return len(rs), nil
}

func replaceNL(text, nl string) string {
	out := make([]byte, 0, len(text))
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			out = append(out, nl...)
		} else {
			out = append(out, text[i])
		}
	}
	return string(out)
}

func (s *stringIO) read(n int) string {
	left := max(len(s.buf)-s.pos, 0)
	if n < 0 || n > left {
		n = left
	}
	if n == 0 {
		return ""
	}
	out := fromRunes(s.buf[s.pos : s.pos+n])
	s.pos += n
	return out
}

// lineLen is the length of the line at the position.
func (s *stringIO) lineLen(limit int) int {
	rest := s.buf[min(s.pos, len(s.buf)):]
	n := len(rest)
	switch {
	case s.universal && s.decoder != nil && s.decoder.translate:
		for i, r := range rest {
			if r == '\n' {
				n = i + 1
				break
			}
		}
	case s.universal:
		for i, r := range rest {
			if r == '\n' {
				n = i + 1
				break
			}
			if r == '\r' {
				n = i + 1
				if i+1 < len(rest) && rest[i+1] == '\n' {
					n++
				}
				break
			}
		}
	default:
		nl := toRunes(s.readNL)
	scan:
		for i := range rest {
			if i+len(nl) > len(rest) {
				break
			}
			for j, r := range nl {
				if rest[i+j] != r {
					continue scan
				}
			}
			n = i + len(nl)
			break
		}
	}
	if limit >= 0 && limit < n {
		n = limit
	}
	return n
}

func stringMethod(name string, min, max int, fn func(t *object.Thread, s *stringIO, args []*object.Object) (*object.Object, error)) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, name, args, kw, min, max); err != nil {
			return nil, err
		}
		s := asStringIO(self)
		s.mu.Lock()
		defer s.mu.Unlock()
		if err := s.check(t); err != nil {
			return nil, err
		}
		return fn(t, s, args)
	}}
}

func (s *stringIO) check(t *object.Thread) error {
	if !s.ready {
		return t.Errorf(object.ValueErrorType, "I/O operation on uninitialized object")
	}
	if s.closed {
		return t.Errorf(object.ValueErrorType, "I/O operation on closed file")
	}
	return nil
}

var stringIOMethods = []object.MethodDef{
	stringMethod("read", 0, 1, func(t *object.Thread, s *stringIO, args []*object.Object) (*object.Object, error) {
		n, err := sizeArg(t, args)
		if err != nil {
			return nil, err
		}
		return object.NewStr(t, s.read(n)), nil
	}),
	stringMethod("readline", 0, 1, func(t *object.Thread, s *stringIO, args []*object.Object) (*object.Object, error) {
		n, err := sizeArg(t, args)
		if err != nil {
			return nil, err
		}
		return object.NewStr(t, s.read(s.lineLen(n))), nil
	}),
	stringMethod("write", 1, 1, func(t *object.Thread, s *stringIO, args []*object.Object) (*object.Object, error) {
		if !object.IsStr(args[0]) {
			return nil, t.Errorf(object.TypeErrorType, "string argument expected, got '%s'", args[0].Type().Name)
		}
		n := object.AsStr(args[0]).Len()
		if _, err := s.write(t, object.StrValue(args[0])); err != nil {
			return nil, err
		}
		return object.NewInt(t, int64(n)), nil
	}),
	stringMethod("getvalue", 0, 0, func(t *object.Thread, s *stringIO, args []*object.Object) (*object.Object, error) {
		return object.NewStr(t, fromRunes(s.buf)), nil
	}),
	stringMethod("seek", 1, 2, func(t *object.Thread, s *stringIO, args []*object.Object) (*object.Object, error) {
		pos, whence, err := seekArgs(t, args)
		if err != nil {
			return nil, err
		}
		switch {
		case whence < 0 || whence > 2:
			return nil, t.Errorf(object.ValueErrorType, "Invalid whence (%d, should be 0, 1 or 2)", whence)
		case whence == 0 && pos < 0:
			return nil, t.Errorf(object.ValueErrorType, "Negative seek position %d", pos)
		case whence == 1 && pos != 0:
			return nil, t.Errorf(object.OSErrorType, "Can't do nonzero cur-relative seeks")
		case whence == 2 && pos != 0:
			return nil, t.Errorf(object.OSErrorType, "Can't do nonzero end-relative seeks")
		}
		switch whence {
		case 0:
			s.pos = int(pos)
		case 2:
			s.pos = len(s.buf)
		}
		return object.NewInt(t, int64(s.pos)), nil
	}),
	stringMethod("tell", 0, 0, func(t *object.Thread, s *stringIO, args []*object.Object) (*object.Object, error) {
		return object.NewInt(t, int64(s.pos)), nil
	}),
	stringMethod("truncate", 0, 1, func(t *object.Thread, s *stringIO, args []*object.Object) (*object.Object, error) {
		size := s.pos
		if len(args) > 0 && args[0] != object.None {
			n, err := object.AsInt64(t, args[0])
			if err != nil {
				return nil, err
			}
			if n < 0 {
				return nil, t.Errorf(object.ValueErrorType, "Negative size value %d", n)
			}
			size = int(n)
		}
		if size < len(s.buf) {
			s.buf = s.buf[:size]
		}
		return object.NewInt(t, int64(size)), nil
	}),
	stringMethod("readable", 0, 0, strTrue),
	stringMethod("writable", 0, 0, strTrue),
	stringMethod("seekable", 0, 0, strTrue),
	// __getstate__ and __setstate__ let copy and pickle rebuild a
	// StringIO: (value, newline, position, attribute dict or None).
	stringMethod("__getstate__", 0, 0, func(t *object.Thread, s *stringIO, args []*object.Object) (*object.Object, error) {
		return object.NewTupleRefs(t, object.NewStr(t, fromRunes(s.buf)), t.NewRef(s.newline), object.NewInt(t, int64(s.pos)), ioDictCopy(t, &s.IOBase)).Obj(), nil
	}),
	{Name: "__setstate__", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "__setstate__", args, kw, 1, 1); err != nil {
			return nil, err
		}
		st := args[0]
		if st.Type() != object.TupleType || len(object.Cast[object.Tuple](st).Items) < 4 {
			return nil, t.Errorf(object.TypeErrorType, "%s.__setstate__ argument should be 4-tuple, got %s", self.Type().FullName(), st.Type().Name)
		}
		items := object.Cast[object.Tuple](st).Items
		// __init__ checks the value and newline; the value, already
		// translated once, is then put back as it is.
		if err := stringIOInit(t, self, items[:2], nil); err != nil {
			return nil, err
		}
		if !object.IsInt(items[2]) {
			return nil, t.Errorf(object.TypeErrorType, "third item of state must be an integer, got %s", items[2].Type().Name)
		}
		pos, err := object.AsInt64(t, items[2])
		if err != nil {
			return nil, err
		}
		if pos < 0 {
			return nil, t.Errorf(object.ValueErrorType, "position value cannot be negative")
		}
		if err := setIODict(t, self, items[3]); err != nil {
			return nil, err
		}
		s := asStringIO(self)
		s.mu.Lock()
		if items[0] != object.None {
			s.buf = toRunes(object.StrValue(items[0]))
		}
		s.pos = int(pos)
		s.mu.Unlock()
		return object.None, nil
	}},
	{Name: "close", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "close", args, kw, 0, 0); err != nil {
			return nil, err
		}
		s := asStringIO(self)
		s.mu.Lock()
		s.closed, s.buf = true, nil
		s.mu.Unlock()
		return object.None, nil
	}},
}

func strTrue(t *object.Thread, _ *stringIO, _ []*object.Object) (*object.Object, error) {
	return object.True, nil
}

func stringGetter(name string, fn func(t *object.Thread, s *stringIO) (*object.Object, error)) object.GetSetDef {
	return object.GetSetDef{Name: name, Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		s := asStringIO(o)
		s.mu.Lock()
		defer s.mu.Unlock()
		if err := s.check(t); err != nil {
			return nil, err
		}
		return fn(t, s)
	}}
}

var stringIOGetSets = []object.GetSetDef{
	{Name: "closed", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		s := asStringIO(o)
		s.mu.Lock()
		defer s.mu.Unlock()
		if !s.ready {
			return nil, t.Errorf(object.ValueErrorType, "I/O operation on uninitialized object")
		}
		return object.NewBool(s.closed), nil
	}},
	stringGetter("newlines", func(t *object.Thread, s *stringIO) (*object.Object, error) {
		if s.decoder == nil {
			return object.None, nil
		}
		return newlinesValue(t, s.decoder.seen), nil
	}),
	stringGetter("line_buffering", func(t *object.Thread, s *stringIO) (*object.Object, error) {
		return object.False, nil
	}),
}

func init() {
	object.ReadyType(stringIOType, stringIOMethods, stringIOGetSets)
}
