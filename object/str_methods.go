// This file implements str's methods, with CPython's argument handling
// and error messages.

package object

import (
	"math"
	"strings"
	"unicode/utf8"
)

// parseClinic is ParseArgs for methods whose unknown keyword arguments
// CPython reports as "'x' is an invalid keyword argument for f()".
func parseClinic(t *Thread, fname string, args []*Object, kwnames *Tuple, params []string, required int, out ...**Object) error {
	if kwnames != nil {
		for _, kn := range kwnames.Items {
			name := StrValue(kn)
			found := false
			for _, p := range params {
				if p == name {
					found = true
					break
				}
			}
			if !found {
				return t.Errorf(TypeErrorType, "'%s' is an invalid keyword argument for %s()", name, fname)
			}
		}
	}
	npos := len(args)
	if kwnames != nil {
		npos -= len(kwnames.Items)
	}
	if npos > len(params) && len(params) > required {
		return t.Errorf(TypeErrorType, "%s() takes at most %d argument%s (%d given)", fname, len(params), plural(len(params)), npos)
	}
	return ParseArgs(t, fname, args, kwnames, params, required, out...)
}

// parseSubArgs parses (sub[, start[, end]]) of find, count, startswith
// and the like, with PyArg_ParseTuple's messages.
func parseSubArgs(t *Thread, fname, typeName string, args []*Object, kwnames *Tuple) (sub, start, end *Object, err error) {
	if err := NoKeywords(t, fname, kwnames); err != nil {
		return nil, nil, nil, err
	}
	switch {
	case len(args) < 1:
		return nil, nil, nil, t.Errorf(TypeErrorType, "%s() takes at least 1 argument (%d given)", fname, len(args))
	case len(args) > 3:
		return nil, nil, nil, t.Errorf(TypeErrorType, "%s() takes at most 3 arguments (%d given)", fname, len(args))
	}
	sub = args[0]
	if len(args) > 1 {
		start = args[1]
	}
	if len(args) > 2 {
		end = args[2]
	}
	return sub, start, end, nil
}

// adjustBounds resolves optional start and end arguments against length
// n as CPython's ADJUST_INDICES does; start may exceed n.
func adjustBounds(t *Thread, start, end *Object, n int) (lo, hi int, err error) {
	lo, hi = 0, n
	if start != nil && start != None {
		if lo, err = sliceIndex(t, start); err != nil {
			return 0, 0, err
		}
	}
	if end != nil && end != None {
		if hi, err = sliceIndex(t, end); err != nil {
			return 0, 0, err
		}
	}
	if hi > n {
		hi = n
	} else if hi < 0 {
		hi += n
		if hi < 0 {
			hi = 0
		}
	}
	if lo < 0 {
		lo += n
		if lo < 0 {
			lo = 0
		}
	}
	return lo, hi, nil
}

func strArg(t *Thread, o *Object) (*Str, error) {
	if !IsStr(o) {
		return nil, t.Errorf(TypeErrorType, "must be str, not %s", o.typ.Name)
	}
	return AsStr(o), nil
}

// strList returns a list of new strs; ascii says they are all ASCII.
func strList(t *Thread, parts []string, ascii bool) *Object {
	items := make([]*Object, len(parts))
	for i, p := range parts {
		if ascii {
			items[i] = newStrASCII(t, p)
		} else {
			items[i] = NewStr(t, p)
		}
	}
	return &NewList(t, items).Object
}

func strJoin(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "str.join", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	return StrJoin(t, self, args[0])
}

// StrJoin returns sep.join(iterable).
func StrJoin(t *Thread, sep, iterable *Object) (*Object, error) {
	var items []*Object
	switch iterable.typ {
	case ListType:
		items = Cast[List](iterable).Snapshot(t)
		defer decrefAll(t, items)
	case TupleType:
		items = Cast[Tuple](iterable).Items
	default:
		if iterable.typ.Iter == nil && iterable.typ.GetItem == nil {
			return nil, t.Errorf(TypeErrorType, "can only join an iterable")
		}
		var err error
		if items, err = SequenceItems(t, iterable); err != nil {
			return nil, err
		}
		defer decrefAll(t, items)
	}
	s := AsStr(sep)
	switch len(items) {
	case 0:
		return &emptyStr.Object, nil
	case 1:
		if items[0].typ == StrType {
			return t.NewRef(items[0]), nil
		}
	}
	size, n, ascii := 0, 0, s.ascii
	for i, x := range items {
		if !IsStr(x) {
			return nil, t.Errorf(TypeErrorType, "sequence item %d: expected str instance, %s found", i, x.typ.Name)
		}
		xs := AsStr(x)
		size += len(xs.s)
		n += xs.n
		ascii = ascii && xs.ascii
	}
	size += len(s.s) * (len(items) - 1)
	n += s.n * (len(items) - 1)
	if err := t.CheckAlloc(int64(size)); err != nil {
		return nil, err
	}
	var b strings.Builder
	b.Grow(size)
	for i, x := range items {
		if i > 0 {
			b.WriteString(s.s)
		}
		b.WriteString(AsStr(x).s)
	}
	return newStrInfo(t, b.String(), n, ascii), nil
}

// splitSep is str.split(sep, maxsplit) for a non-empty separator.
func splitSep(s, sep string, maxsplit int64) []string {
	n := -1
	if maxsplit >= 0 && maxsplit < int64(len(s)) {
		n = int(maxsplit) + 1
	}
	return strings.SplitN(s, sep, n)
}

// rsplitSep is str.rsplit(sep, maxsplit) for a non-empty separator.
func rsplitSep(s, sep string, maxsplit int64) []string {
	var parts []string
	for maxsplit != 0 {
		i := strings.LastIndex(s, sep)
		if i < 0 {
			break
		}
		parts = append(parts, s[i+len(sep):])
		s = s[:i]
		maxsplit--
	}
	parts = append(parts, s)
	for l, r := 0, len(parts)-1; l < r; l, r = l+1, r-1 {
		parts[l], parts[r] = parts[r], parts[l]
	}
	return parts
}

// nextSpace returns the byte offset and size of the first whitespace
// character of s at or after i, or len(s).
func isSpaceAt(s string, i int) (bool, int) {
	c := s[i]
	if c < 0x80 {
		return pyIsSpace(rune(c)), 1
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	return pyIsSpace(r), size
}

func isSpaceBefore(s string, j int) (bool, int) {
	c := s[j-1]
	if c < 0x80 {
		return pyIsSpace(rune(c)), 1
	}
	r, size := utf8.DecodeLastRuneInString(s[:j])
	return pyIsSpace(r), size
}

// splitWhitespace is str.split(None, maxsplit) / rsplit.
func splitWhitespace(s string, maxsplit int64, right bool) []string {
	var parts []string
	if maxsplit < 0 {
		maxsplit = int64(len(s))
	}
	if !right {
		i := 0
		for {
			for i < len(s) {
				sp, size := isSpaceAt(s, i)
				if !sp {
					break
				}
				i += size
			}
			if i == len(s) {
				return parts
			}
			if maxsplit == 0 {
				return append(parts, s[i:])
			}
			j := i
			for j < len(s) {
				sp, size := isSpaceAt(s, j)
				if sp {
					break
				}
				j += size
			}
			parts = append(parts, s[i:j])
			maxsplit--
			i = j
		}
	}
	j := len(s)
	for {
		for j > 0 {
			sp, size := isSpaceBefore(s, j)
			if !sp {
				break
			}
			j -= size
		}
		if j == 0 {
			break
		}
		if maxsplit == 0 {
			parts = append(parts, s[:j])
			break
		}
		i := j
		for i > 0 {
			sp, size := isSpaceBefore(s, i)
			if sp {
				break
			}
			i -= size
		}
		parts = append(parts, s[i:j])
		maxsplit--
		j = i
	}
	for l, r := 0, len(parts)-1; l < r; l, r = l+1, r-1 {
		parts[l], parts[r] = parts[r], parts[l]
	}
	return parts
}

// splitArgs parses split's and rsplit's (sep=None, maxsplit=-1), for
// str and bytes alike.
func splitArgs(t *Thread, fname string, args []*Object, kwnames *Tuple) (sepO *Object, maxsplit int64, err error) {
	var maxO *Object
	if err := parseClinic(t, fname, args, kwnames, []string{"sep", "maxsplit"}, 0, &sepO, &maxO); err != nil {
		return nil, 0, err
	}
	maxsplit = -1
	if maxO != nil {
		if maxsplit, err = AsInt64(t, maxO); err != nil {
			return nil, 0, err
		}
	}
	return sepO, maxsplit, nil
}

func strSplitImpl(fname string, right bool) CFunc {
	return func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
		sepO, maxsplit, err := splitArgs(t, fname, args, kwnames)
		if err != nil {
			return nil, err
		}
		s := AsStr(self)
		if sepO == nil || sepO == None {
			return strList(t, splitWhitespace(s.s, maxsplit, right), s.ascii), nil
		}
		if !IsStr(sepO) {
			return nil, t.Errorf(TypeErrorType, "must be str or None, not %s", sepO.typ.Name)
		}
		sep := StrValue(sepO)
		if sep == "" {
			return nil, t.Errorf(ValueErrorType, "empty separator")
		}
		if right {
			return strList(t, rsplitSep(s.s, sep, maxsplit), s.ascii), nil
		}
		return strList(t, splitSep(s.s, sep, maxsplit), s.ascii), nil
	}
}

func strSplitlines(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	var keepO *Object
	if err := parseClinic(t, "splitlines", args, kwnames, []string{"keepends"}, 0, &keepO); err != nil {
		return nil, err
	}
	keep := false
	if keepO != nil {
		if IsFloat(keepO) {
			return nil, t.Errorf(TypeErrorType, "'float' object cannot be interpreted as an integer")
		}
		v, err := IsTrue(t, keepO)
		if err != nil {
			return nil, err
		}
		keep = v
	}
	s := AsStr(self)
	v := s.s
	var parts []string
	i := 0
	for i < len(v) {
		j := i
		eol := -1
		for j < len(v) {
			r, size := rune(v[j]), 1
			if r >= 0x80 {
				r, size = utf8.DecodeRuneInString(v[j:])
			}
			if pyIsLinebreak(r) {
				eol = j
				j += size
				if r == '\r' && j < len(v) && v[j] == '\n' {
					j++
				}
				break
			}
			j += size
		}
		if eol < 0 {
			parts = append(parts, v[i:])
			break
		}
		if keep {
			parts = append(parts, v[i:j])
		} else {
			parts = append(parts, v[i:eol])
		}
		i = j
	}
	return strList(t, parts, s.ascii), nil
}

func strStripImpl(fname string, left, right bool) CFunc {
	qual := "str." + fname // built once, not on every call
	return func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
		if err := NoKeywords(t, qual, kwnames); err != nil {
			return nil, err
		}
		if err := CheckArgCount(t, fname, args, nil, 0, 1); err != nil {
			return nil, err
		}
		s := AsStr(self)
		var in func(r rune) bool
		if len(args) == 0 || args[0] == None {
			in = pyIsSpace
		} else if IsStr(args[0]) {
			chars := StrValue(args[0])
			in = func(r rune) bool { return strings.ContainsRune(chars, r) }
		} else {
			return nil, t.Errorf(TypeErrorType, "%s arg must be None or str", fname)
		}
		v := s.s
		i, j := 0, len(v)
		if left {
			for i < j {
				r, size := utf8.DecodeRuneInString(v[i:])
				if !in(r) {
					break
				}
				i += size
			}
		}
		if right {
			for j > i {
				r, size := utf8.DecodeLastRuneInString(v[:j])
				if !in(r) {
					break
				}
				j -= size
			}
		}
		return strSub(t, s, i, j), nil
	}
}

func strReplace(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := NoKeywords(t, "str.replace", kwnames); err != nil {
		return nil, err
	}
	if err := CheckArgCount(t, "replace", args, nil, 2, 3); err != nil {
		return nil, err
	}
	for i := 0; i < 2; i++ {
		if !IsStr(args[i]) {
			return nil, t.Errorf(TypeErrorType, "replace() argument %d must be str, not %s", i+1, args[i].typ.Name)
		}
	}
	count := int64(-1)
	if len(args) == 3 {
		v, err := AsInt64(t, args[2])
		if err != nil {
			return nil, err
		}
		count = v
	}
	s, old, nw := AsStr(self), AsStr(args[0]), AsStr(args[1])
	n := -1
	if count >= 0 && count <= int64(len(s.s)+1) {
		n = int(count)
	}
	if grow := int64(len(nw.s) - len(old.s)); grow > 0 {
		// The result grows by grow bytes a replacement: at most one
		// per byte of s and one more, or count.
		k := int64(len(s.s) + 1)
		if n >= 0 {
			k = min(k, int64(n))
		}
		if k > (checkedAlloc-int64(len(s.s)))/grow {
			k = min(k, int64(strings.Count(s.s, old.s)))
			size := int64(-1) // overflowed
			if k <= (math.MaxInt64-int64(len(s.s)))/grow {
				size = int64(len(s.s)) + k*grow
			}
			if err := t.CheckAlloc(size); err != nil {
				return nil, err
			}
		}
	}
	r := strings.Replace(s.s, old.s, nw.s, n)
	if s.ascii && nw.ascii {
		if r == s.s && s.typ == StrType {
			return t.NewRef(self), nil
		}
		return newStrASCII(t, r), nil
	}
	return strResult(t, s, r), nil
}

// strFindImpl implements find, rfind, index, rindex and count.
func strFindImpl(fname string) CFunc {
	reverse := fname[0] == 'r'
	raise := fname == "index" || fname == "rindex"
	count := fname == "count"
	return func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
		subO, start, end, err := parseSubArgs(t, fname, "str", args, kwnames)
		if err != nil {
			return nil, err
		}
		sub, err := strArg(t, subO)
		if err != nil {
			return nil, err
		}
		s := AsStr(self)
		lo, hi, err := adjustBounds(t, start, end, s.n)
		if err != nil {
			return nil, err
		}
		if count {
			if hi-lo < sub.n {
				return SmallInt(0), nil
			}
			if sub.n == 0 {
				return NewInt(t, int64(hi-lo+1)), nil
			}
			return NewInt(t, int64(strings.Count(s.s[s.byteOffset(lo):s.byteOffset(hi)], sub.s))), nil
		}
		pos := -1
		if hi-lo >= sub.n {
			blo, bhi := s.byteOffset(lo), s.byteOffset(hi)
			if reverse {
				pos = strings.LastIndex(s.s[blo:bhi], sub.s)
			} else {
				pos = strings.Index(s.s[blo:bhi], sub.s)
			}
			if pos >= 0 {
				pos = s.cpIndex(blo + pos)
			}
		}
		if pos < 0 && raise {
			return nil, t.Errorf(ValueErrorType, "substring not found")
		}
		return NewInt(t, int64(pos)), nil
	}
}

func strStartsEndsImpl(fname string, ends bool) CFunc {
	return func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
		sub, start, end, err := parseSubArgs(t, fname, "str", args, kwnames)
		if err != nil {
			return nil, err
		}
		s := AsStr(self)
		lo, hi, err := adjustBounds(t, start, end, s.n)
		if err != nil {
			return nil, err
		}
		match := func(p *Str) bool {
			if hi-lo < p.n {
				return false
			}
			blo, bhi := s.byteOffset(lo), s.byteOffset(hi)
			if ends {
				return strings.HasSuffix(s.s[blo:bhi], p.s)
			}
			return strings.HasPrefix(s.s[blo:bhi], p.s)
		}
		if IsTuple(sub) {
			for _, x := range AsTuple(sub).Items {
				if !IsStr(x) {
					return nil, t.Errorf(TypeErrorType, "tuple for %s must only contain str, not %s", fname, x.typ.Name)
				}
				if match(AsStr(x)) {
					return True, nil
				}
			}
			return False, nil
		}
		if !IsStr(sub) {
			return nil, t.Errorf(TypeErrorType, "%s first arg must be str or a tuple of str, not %s", fname, sub.typ.Name)
		}
		return NewBool(match(AsStr(sub))), nil
	}
}

// strMapImpl implements the case-mapping methods.
func strMapImpl(fname string, kind int) CFunc {
	const (
		kUpper = iota
		kLower
		kCasefold
		kTitle
		kCapitalize
		kSwapcase
	)
	_ = kUpper
	qual := "str." + fname // built once, not on every call
	return func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
		if err := CheckArgCount(t, qual, args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		s := AsStr(self)
		if s.ascii {
			buf := []byte(s.s)
			prevCased := false
			for i, c := range buf {
				isU, isL := c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z'
				switch kind {
				case kUpper:
					if isL {
						buf[i] = c - 32
					}
				case kLower, kCasefold:
					if isU {
						buf[i] = c + 32
					}
				case kTitle:
					if prevCased && isU {
						buf[i] = c + 32
					} else if !prevCased && isL {
						buf[i] = c - 32
					}
					prevCased = isU || isL
				case kCapitalize:
					if i == 0 && isL {
						buf[i] = c - 32
					} else if i > 0 && isU {
						buf[i] = c + 32
					}
				case kSwapcase:
					if isU {
						buf[i] = c + 32
					} else if isL {
						buf[i] = c - 32
					}
				}
			}
			return strResult(t, s, string(buf)), nil
		}
		m := caseMapper{runes: strRunes(s.s)}
		m.out = make([]rune, 0, len(m.runes))
		prevCased := false
		for i, r := range m.runes {
			switch kind {
			case kUpper:
				m.upper(r)
			case kLower:
				m.lower(i)
			case kCasefold:
				m.fold(r)
			case kTitle:
				if prevCased {
					m.lower(i)
				} else {
					m.title(r)
				}
				prevCased = pyIsCased(r)
			case kCapitalize:
				if i == 0 {
					m.title(r)
				} else {
					m.lower(i)
				}
			case kSwapcase:
				if pyIsUpper(r) {
					m.lower(i)
				} else if pyIsLower(r) {
					m.upper(r)
				} else {
					m.out = append(m.out, r)
				}
			}
		}
		return strResult(t, s, runesToStr(m.out)), nil
	}
}

// strPredicate implements the is*() methods that hold when every
// character satisfies pred (and the string is non-empty).
func strPredicate(fname string, pred func(rune) bool, asciiPred func(byte) bool) CFunc {
	qual := "str." + fname // built once, not on every call
	return func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
		if err := CheckArgCount(t, qual, args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		s := AsStr(self)
		if s.n == 0 {
			return False, nil
		}
		if s.ascii && asciiPred != nil {
			for i := 0; i < len(s.s); i++ {
				if !asciiPred(s.s[i]) {
					return False, nil
				}
			}
			return True, nil
		}
		for _, r := range s.s {
			if !pred(r) {
				return False, nil
			}
		}
		return True, nil
	}
}

func strNoArgs(fname string, f func(s *Str) bool) CFunc {
	qual := "str." + fname // built once, not on every call
	return func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
		if err := CheckArgCount(t, qual, args, kwnames, 0, 0); err != nil {
			return nil, err
		}
		return NewBool(f(AsStr(self))), nil
	}
}

func strIsUpperLower(upper bool) func(s *Str) bool {
	return func(s *Str) bool {
		cased := false
		for _, r := range s.s {
			if upper {
				if pyIsLower(r) || pyIsTitle(r) {
					return false
				}
				if pyIsUpper(r) {
					cased = true
				}
			} else {
				if pyIsUpper(r) || pyIsTitle(r) {
					return false
				}
				if pyIsLower(r) {
					cased = true
				}
			}
		}
		return cased
	}
}

func strIsTitle(s *Str) bool {
	cased, prev := false, false
	for _, r := range s.s {
		switch {
		case pyIsUpper(r) || pyIsTitle(r):
			if prev {
				return false
			}
			prev, cased = true, true
		case pyIsLower(r):
			if !prev {
				return false
			}
			prev, cased = true, true
		default:
			prev = false
		}
	}
	return cased
}

func strIsIdentifier(s *Str) bool {
	if s.n == 0 {
		return false
	}
	for i, r := range s.s {
		if i == 0 {
			if !pyIsIDStart(r) {
				return false
			}
		} else if !pyIsIDContinue(r) {
			return false
		}
	}
	return true
}

func strIsPrintable(s *Str) bool {
	for r := range strChars(s.s) {
		if r < 0x80 {
			if r < 0x20 || r == 0x7f {
				return false
			}
		} else if !isPrintable(r) {
			return false
		}
	}
	return true
}

func strPartitionImpl(fname string, right bool) CFunc {
	qual := "str." + fname // built once, not on every call
	return func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
		if err := CheckArgCount(t, qual, args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		sep, err := strArg(t, args[0])
		if err != nil {
			return nil, err
		}
		if sep.n == 0 {
			return nil, t.Errorf(ValueErrorType, "empty separator")
		}
		s := AsStr(self)
		var i int
		if right {
			i = strings.LastIndex(s.s, sep.s)
		} else {
			i = strings.Index(s.s, sep.s)
		}
		empty := &emptyStr.Object
		if i < 0 {
			whole := strSub(t, s, 0, len(s.s))
			if right {
				return &NewTuple(t, []*Object{empty, empty, whole}).Object, nil
			}
			return &NewTuple(t, []*Object{whole, empty, empty}).Object, nil
		}
		return &NewTuple(t, []*Object{
			strSub(t, s, 0, i), t.NewRef(&sep.Object), strSub(t, s, i+len(sep.s), len(s.s)),
		}).Object, nil
	}
}

func strZfill(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "str.zfill", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	width, err := AsInt64(t, args[0])
	if err != nil {
		return nil, err
	}
	s := AsStr(self)
	if int64(s.n) >= width {
		return strSub(t, s, 0, len(s.s)), nil
	}
	fill := int(width) - s.n
	if err := t.CheckAlloc(width); err != nil {
		return nil, err
	}
	v := s.s
	var b strings.Builder
	b.Grow(len(v) + fill)
	if v != "" && (v[0] == '+' || v[0] == '-') {
		b.WriteByte(v[0])
		v = v[1:]
	}
	for i := 0; i < fill; i++ {
		b.WriteByte('0')
	}
	b.WriteString(v)
	return newStrInfo(t, b.String(), int(width), s.ascii), nil
}

// strPad returns s padded with fill to width: left and right counts.
// MemoryError when the result cannot be allocated.
func strPad(t *Thread, s *Str, left, right int, fill rune) (*Object, error) {
	if left <= 0 && right <= 0 {
		return strSub(t, s, 0, len(s.s)), nil
	}
	left, right = max(left, 0), max(right, 0)
	var b strings.Builder
	fs := string(fill)
	if err := t.CheckAllocItems(int64(left)+int64(right), int64(len(fs))); err != nil {
		return nil, err
	}
	b.Grow(len(s.s) + (left+right)*len(fs))
	b.WriteString(strings.Repeat(fs, left))
	b.WriteString(s.s)
	b.WriteString(strings.Repeat(fs, right))
	return newStrInfo(t, b.String(), s.n+left+right, s.ascii && fill < 0x80), nil
}

func strJustifyImpl(fname string) CFunc {
	qual := "str." + fname // built once, not on every call
	return func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
		if err := NoKeywords(t, qual, kwnames); err != nil {
			return nil, err
		}
		if err := CheckArgCount(t, fname, args, nil, 1, 2); err != nil {
			return nil, err
		}
		width, err := AsInt64(t, args[0])
		if err != nil {
			return nil, err
		}
		fill := ' '
		if len(args) == 2 {
			if !IsStr(args[1]) {
				return nil, t.Errorf(TypeErrorType, "The fill character must be a unicode character, not %s", args[1].typ.Name)
			}
			f := AsStr(args[1])
			if f.n != 1 {
				return nil, t.Errorf(TypeErrorType, "The fill character must be exactly one character long")
			}
			fill, _ = utf8.DecodeRuneInString(f.s)
		}
		s := AsStr(self)
		pad := int(max(min(width, maxIndex), 0)) - s.n
		switch fname {
		case "ljust":
			return strPad(t, s, 0, pad, fill)
		case "rjust":
			return strPad(t, s, pad, 0, fill)
		}
		if pad <= 0 {
			return strSub(t, s, 0, len(s.s)), nil
		}
		left := pad/2 + (pad & int(width) & 1)
		return strPad(t, s, left, pad-left, fill)
	}
}

func strExpandtabs(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	var tabO *Object
	if err := parseClinic(t, "expandtabs", args, kwnames, []string{"tabsize"}, 0, &tabO); err != nil {
		return nil, err
	}
	tab := int64(8)
	if tabO != nil {
		v, err := AsInt64(t, tabO)
		if err == nil && (v < math.MinInt32 || v > math.MaxInt32) {
			err = t.Errorf(OverflowErrorType, "Python int too large to convert to C int")
		}
		if err != nil {
			if ErrorMatches(err, OverflowErrorType) {
				t.DropError(err)
				err = t.Errorf(OverflowErrorType, "Python int too large to convert to C int")
			}
			return nil, err
		}
		tab = v
	}
	s := AsStr(self)
	if !strings.ContainsRune(s.s, '\t') {
		return strSub(t, s, 0, len(s.s)), nil
	}
	if err := t.CheckAlloc(expandedLen(s.s, tab)); err != nil {
		return nil, err
	}
	var b strings.Builder
	b.Grow(int(expandedLen(s.s, tab)))
	col := int64(0)
	for r := range strChars(s.s) {
		switch r {
		case '\t':
			if tab > 0 {
				n := tab - col%tab
				b.WriteString(strings.Repeat(" ", int(n)))
				col += n
			}
		case '\n', '\r':
			b.WriteRune(r)
			col = 0
		default:
			writeRune(&b, r)
			col++
		}
	}
	return NewStr(t, b.String()), nil
}

// expandedLen returns the bytes s takes with its tabs expanded to
// tabsize columns, or -1 when that overflows.
func expandedLen(s string, tab int64) int64 {
	var n, col int64
	for _, r := range s {
		switch r {
		case '\t':
			if tab > 0 {
				k := tab - col%tab
				col += k
				n += k
			}
		case '\n', '\r':
			n++
			col = 0
		default:
			n += int64(utf8.RuneLen(r))
			col++
		}
		if n < 0 || col < 0 {
			return -1
		}
	}
	return n
}

func strAffixImpl(fname string, suffix bool) CFunc {
	qual := "str." + fname // built once, not on every call
	return func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
		if err := CheckArgCount(t, qual, args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		if !IsStr(args[0]) {
			return nil, t.Errorf(TypeErrorType, "%s() argument must be str, not %s", fname, args[0].typ.Name)
		}
		s, a := AsStr(self), StrValue(args[0])
		if suffix {
			if a != "" && strings.HasSuffix(s.s, a) {
				return strSub(t, s, 0, len(s.s)-len(a)), nil
			}
		} else if a != "" && strings.HasPrefix(s.s, a) {
			return strSub(t, s, len(a), len(s.s)), nil
		}
		return strSub(t, s, 0, len(s.s)), nil
	}
}

func strEncode(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	var enc, errs *Object
	if err := parseClinic(t, "encode", args, kwnames, []string{"encoding", "errors"}, 0, &enc, &errs); err != nil {
		return nil, err
	}
	encoding, errors, err := codecArgs(t, "encode", enc, errs)
	if err != nil {
		return nil, err
	}
	b, err := EncodeStr(t, AsStr(self), encoding, errors)
	if err != nil {
		return nil, err
	}
	return newBytesOwned(t, b), nil
}

func strMaketrans(t *Thread, _ *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "maketrans", args, kwnames, 1, 3); err != nil {
		return nil, err
	}
	d := NewDict(t)
	fail := func(err error) (*Object, error) {
		t.Decref(&d.Object)
		return nil, err
	}
	if len(args) == 1 {
		if !IsDict(args[0]) {
			return fail(t.Errorf(TypeErrorType, "if you give only one argument to maketrans it must be a dict"))
		}
		src := AsDict(args[0])
		for pos := 0; ; {
			var k, v *Object
			var ok bool
			pos, k, v, ok = src.Next(pos)
			if !ok {
				break
			}
			var key *Object
			switch {
			case IsStr(k):
				ks := AsStr(k)
				if ks.n != 1 {
					return fail(t.Errorf(ValueErrorType, "string keys in translate table must be of length 1"))
				}
				r, _ := utf8.DecodeRuneInString(ks.s)
				key = NewInt(t, int64(r))
			case IsInt(k):
				key = t.NewRef(k)
			default:
				return fail(t.Errorf(TypeErrorType, "keys in translate table must be strings or integers"))
			}
			err := d.SetItem(t, key, v)
			t.Decref(key)
			if err != nil {
				return fail(err)
			}
		}
		return &d.Object, nil
	}
	if !IsStr(args[0]) {
		return fail(t.Errorf(TypeErrorType, "first maketrans argument must be a string if there is a second argument"))
	}
	for i := 1; i < len(args); i++ {
		if !IsStr(args[i]) {
			return fail(t.Errorf(TypeErrorType, "maketrans() argument %d must be str, not %s", i+1, args[i].typ.Name))
		}
	}
	x, y := strRunes(StrValue(args[0])), strRunes(StrValue(args[1]))
	if len(x) != len(y) {
		return fail(t.Errorf(ValueErrorType, "the first two maketrans arguments must have equal length"))
	}
	set := func(k rune, v *Object) error {
		key := NewInt(t, int64(k))
		err := d.SetItem(t, key, v)
		t.Decref(key)
		return err
	}
	for i := range x {
		v := NewInt(t, int64(y[i]))
		err := set(x[i], v)
		t.Decref(v)
		if err != nil {
			return fail(err)
		}
	}
	if len(args) == 3 {
		for r := range strChars(StrValue(args[2])) {
			if err := set(r, None); err != nil {
				return fail(err)
			}
		}
	}
	return &d.Object, nil
}

// mappingLookup returns a new reference to m[key], using Dict's table
// directly for exact dicts; a missing key is a KeyError.
func mappingLookup(t *Thread, m, key *Object) (*Object, error) {
	if m.typ == DictType {
		v, err := AsDict(m).GetItem(t, key)
		if err != nil {
			return nil, err
		}
		if v == nil {
			return nil, t.NewException(KeyErrorType, t.NewRef(key))
		}
		return t.NewRef(v), nil
	}
	return GetItem(t, m, key)
}

func strTranslate(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "str.translate", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	table := args[0]
	s := AsStr(self)
	var b strings.Builder
	b.Grow(len(s.s))
	for r := range strChars(s.s) {
		key := NewInt(t, int64(r))
		v, err := mappingLookup(t, table, key)
		t.Decref(key)
		if err != nil {
			if ErrorMatches(err, LookupErrorType) {
				t.DropError(err)
				writeRune(&b, r)
				continue
			}
			return nil, err
		}
		switch {
		case v == None:
		case IsInt(v):
			c, err := AsInt64(t, v)
			if err != nil || c < 0 || c > 0x10ffff {
				if err != nil {
					t.DropError(err)
				}
				t.Decref(v)
				return nil, t.Errorf(ValueErrorType, "character mapping must be in range(0x110000)")
			}
			writeRune(&b, rune(c))
		case IsStr(v):
			b.WriteString(StrValue(v))
		default:
			t.Decref(v)
			return nil, t.Errorf(TypeErrorType, "character mapping must return integer, None or str")
		}
		t.Decref(v)
	}
	return strResult(t, s, b.String()), nil
}

func asciiAlpha(c byte) bool    { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }
func asciiDigit(c byte) bool    { return c >= '0' && c <= '9' }
func asciiAlnum(c byte) bool    { return asciiAlpha(c) || asciiDigit(c) }
func asciiSpaceChr(c byte) bool { return pyIsSpace(rune(c)) }

var strMethods = []MethodDef{
	getnewargsDef(func(t *Thread, o *Object) (*Object, error) { return NewStr(t, StrValue(o)), nil }),
	{Name: "join", Fn: strJoin},
	{Name: "split", Fn: strSplitImpl("split", false)},
	{Name: "rsplit", Fn: strSplitImpl("rsplit", true)},
	{Name: "splitlines", Fn: strSplitlines},
	{Name: "strip", Fn: strStripImpl("strip", true, true)},
	{Name: "lstrip", Fn: strStripImpl("lstrip", true, false)},
	{Name: "rstrip", Fn: strStripImpl("rstrip", false, true)},
	{Name: "replace", Fn: strReplace},
	{Name: "find", Fn: strFindImpl("find")},
	{Name: "rfind", Fn: strFindImpl("rfind")},
	{Name: "index", Fn: strFindImpl("index")},
	{Name: "rindex", Fn: strFindImpl("rindex")},
	{Name: "count", Fn: strFindImpl("count")},
	{Name: "startswith", Fn: strStartsEndsImpl("startswith", false)},
	{Name: "endswith", Fn: strStartsEndsImpl("endswith", true)},
	{Name: "upper", Fn: strMapImpl("upper", 0)},
	{Name: "lower", Fn: strMapImpl("lower", 1)},
	{Name: "casefold", Fn: strMapImpl("casefold", 2)},
	{Name: "title", Fn: strMapImpl("title", 3)},
	{Name: "capitalize", Fn: strMapImpl("capitalize", 4)},
	{Name: "swapcase", Fn: strMapImpl("swapcase", 5)},
	{Name: "isdigit", Fn: strPredicate("isdigit", pyIsDigit, asciiDigit)},
	{Name: "isdecimal", Fn: strPredicate("isdecimal", pyIsDecimal, asciiDigit)},
	{Name: "isnumeric", Fn: strPredicate("isnumeric", pyIsNumeric, asciiDigit)},
	{Name: "isalpha", Fn: strPredicate("isalpha", pyIsAlpha, asciiAlpha)},
	{Name: "isalnum", Fn: strPredicate("isalnum", pyIsAlnum, asciiAlnum)},
	{Name: "isspace", Fn: strPredicate("isspace", pyIsSpace, asciiSpaceChr)},
	{Name: "isupper", Fn: strNoArgs("isupper", strIsUpperLower(true))},
	{Name: "islower", Fn: strNoArgs("islower", strIsUpperLower(false))},
	{Name: "istitle", Fn: strNoArgs("istitle", strIsTitle)},
	{Name: "isidentifier", Fn: strNoArgs("isidentifier", strIsIdentifier)},
	{Name: "isprintable", Fn: strNoArgs("isprintable", strIsPrintable)},
	{Name: "isascii", Fn: strNoArgs("isascii", func(s *Str) bool { return s.ascii })},
	{Name: "partition", Fn: strPartitionImpl("partition", false)},
	{Name: "rpartition", Fn: strPartitionImpl("rpartition", true)},
	{Name: "zfill", Fn: strZfill},
	{Name: "center", Fn: strJustifyImpl("center")},
	{Name: "ljust", Fn: strJustifyImpl("ljust")},
	{Name: "rjust", Fn: strJustifyImpl("rjust")},
	{Name: "expandtabs", Fn: strExpandtabs},
	{Name: "removeprefix", Fn: strAffixImpl("removeprefix", false)},
	{Name: "removesuffix", Fn: strAffixImpl("removesuffix", true)},
	{Name: "encode", Fn: strEncode},
	{Name: "maketrans", Fn: strMaketrans, Kind: StaticMethod},
	{Name: "translate", Fn: strTranslate},
	{Name: "format", Fn: strFormatMethod},
	{Name: "format_map", Fn: strFormatMap},
	{Name: "__format__", Fn: strFormatDunder},
}

func init() { ReadyType(StrType, strMethods, nil) }
