package json

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/ftpy/ftpy/object"
)

// encoder holds dumps' options while it formats one value.
type encoder struct {
	t           *object.Thread
	skipKeys    bool
	ensureASCII bool
	allowNaN    bool
	sortKeys    bool
	indent      *string
	itemSep     string
	keySep      string
	def         *object.Object // default=, nil for none
	// strFn, when set, is a Python function that turns a str into its
	// JSON literal (_json.make_encoder's encoder argument when it is
	// not one of _json's own).
	strFn        *object.Object
	markers      map[*object.Object]bool
	b            strings.Builder
	depth, limit int
}

const hexDigits = "0123456789abcdef"

// decodeRune decodes one character of a str's text, which spells lone
// surrogates as three-byte sequences.
func decodeRune(s string) (rune, int) {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError && n == 1 && len(s) >= 3 && s[0] == 0xED && s[1] >= 0xA0 && s[1] <= 0xBF && s[2]&0xC0 == 0x80 {
		return rune(0xD000) | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return r, n
}

func (e *encoder) u4(r rune) {
	e.b.WriteString(`\u`)
	e.b.WriteByte(hexDigits[r>>12&0xF])
	e.b.WriteByte(hexDigits[r>>8&0xF])
	e.b.WriteByte(hexDigits[r>>4&0xF])
	e.b.WriteByte(hexDigits[r&0xF])
}

// str writes s as a JSON string literal.
func (e *encoder) str(s string) {
	e.b.WriteByte('"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c < 0x7f {
			i++
			continue
		}
		if c >= 0x7f && !e.ensureASCII {
			i++
			continue
		}
		e.b.WriteString(s[start:i])
		switch c {
		case '"':
			e.b.WriteString(`\"`)
			i++
		case '\\':
			e.b.WriteString(`\\`)
			i++
		case '\n':
			e.b.WriteString(`\n`)
			i++
		case '\r':
			e.b.WriteString(`\r`)
			i++
		case '\t':
			e.b.WriteString(`\t`)
			i++
		case '\b':
			e.b.WriteString(`\b`)
			i++
		case '\f':
			e.b.WriteString(`\f`)
			i++
		default:
			if c < 0x80 {
				e.u4(rune(c))
				i++
				break
			}
			r, n := decodeRune(s[i:])
			if r > 0xFFFF {
				r -= 0x10000
				e.u4(0xD800 | (r>>10)&0x3FF)
				e.u4(0xDC00 | r&0x3FF)
			} else {
				e.u4(r)
			}
			i += n
		}
		start = i
	}
	e.b.WriteString(s[start:])
	e.b.WriteByte('"')
}

// writeStr writes the JSON literal of the str o.
func (e *encoder) writeStr(o *object.Object) error {
	if e.strFn == nil {
		e.str(object.StrValue(o))
		return nil
	}
	r, err := object.Call(e.t, e.strFn, []*object.Object{o}, nil)
	if err != nil {
		return err
	}
	defer e.t.Decref(r)
	if !object.IsStr(r) {
		return e.t.Errorf(object.TypeErrorType, "encoder() must return a string, not %s", r.Type().Name)
	}
	e.b.WriteString(object.StrValue(r))
	return nil
}

func (e *encoder) float(v float64) error {
	switch {
	case math.IsNaN(v) || math.IsInf(v, 0):
		if !e.allowNaN {
			return e.t.Errorf(object.ValueErrorType, "Out of range float values are not JSON compliant")
		}
		switch {
		case math.IsNaN(v):
			e.b.WriteString("NaN")
		case v > 0:
			e.b.WriteString("Infinity")
		default:
			e.b.WriteString("-Infinity")
		}
	default:
		e.b.WriteString(object.FloatAsString(v))
	}
	return nil
}

func (e *encoder) newline() {
	if e.indent == nil {
		return
	}
	e.b.WriteByte('\n')
	for i := 0; i < e.depth; i++ {
		e.b.WriteString(*e.indent)
	}
}

func (e *encoder) enter(o *object.Object) error {
	if e.markers != nil {
		if e.markers[o] {
			return e.t.Errorf(object.ValueErrorType, "Circular reference detected")
		}
		e.markers[o] = true
	}
	e.depth++
	if e.depth > e.limit {
		return e.t.Errorf(object.RecursionErrorType, "maximum recursion depth exceeded while encoding a JSON object")
	}
	return nil
}

func (e *encoder) leave(o *object.Object) {
	if e.markers != nil {
		delete(e.markers, o)
	}
	e.depth--
}

func (e *encoder) encode(o *object.Object) error {
	t := e.t
	switch {
	case o == object.None:
		e.b.WriteString("null")
	case o == object.True:
		e.b.WriteString("true")
	case o == object.False:
		e.b.WriteString("false")
	case object.IsStr(o):
		return e.writeStr(o)
	case object.IsInt(o):
		e.b.WriteString(object.AsInt(o).String())
	case object.IsFloat(o):
		return e.float(object.FloatValue(o))
	case object.IsList(o) || object.IsTuple(o):
		if err := e.enter(o); err != nil {
			return err
		}
		// Hold the items: a default= hook may change the list.
		var items []*object.Object
		if object.IsList(o) {
			items = object.AsList(o).Snapshot(t)
		} else {
			items = append([]*object.Object(nil), object.AsTuple(o).Items...)
			for _, it := range items {
				t.Incref(it)
			}
		}
		defer func() {
			for _, it := range items {
				t.Decref(it)
			}
		}()
		if len(items) == 0 {
			e.b.WriteString("[]")
			e.leave(o)
			return nil
		}
		e.b.WriteByte('[')
		e.newline()
		for i, it := range items {
			if i > 0 {
				e.b.WriteString(e.itemSep)
				e.newline()
			}
			if err := e.encode(it); err != nil {
				return err
			}
		}
		e.depth--
		e.newline()
		e.depth++
		e.b.WriteByte(']')
		e.leave(o)
	case object.IsDict(o):
		return e.dict(o)
	default:
		if e.def == nil {
			return t.Errorf(object.TypeErrorType, "Object of type %s is not JSON serializable", o.Type().Name)
		}
		if err := e.enter(o); err != nil {
			return err
		}
		v, err := object.Call(t, e.def, []*object.Object{o}, nil)
		if err != nil {
			return err
		}
		e.depth-- // the replacement takes o's place, at o's level
		err = e.encode(v)
		e.depth++
		t.Decref(v)
		if err != nil {
			return err
		}
		e.leave(o)
	}
	return nil
}

// key converts a dict key to its JSON text; ok is false for a key to
// skip.
func (e *encoder) key(k *object.Object) (string, bool, error) {
	switch {
	case object.IsStr(k):
		return object.StrValue(k), true, nil
	case k == object.True:
		return "true", true, nil
	case k == object.False:
		return "false", true, nil
	case k == object.None:
		return "null", true, nil
	case object.IsInt(k):
		return object.AsInt(k).String(), true, nil
	case object.IsFloat(k):
		v := object.FloatValue(k)
		switch {
		case math.IsNaN(v) || math.IsInf(v, 0):
			if !e.allowNaN {
				return "", false, e.t.Errorf(object.ValueErrorType, "Out of range float values are not JSON compliant")
			}
			if math.IsNaN(v) {
				return "NaN", true, nil
			} else if v > 0 {
				return "Infinity", true, nil
			}
			return "-Infinity", true, nil
		}
		return object.FloatAsString(v), true, nil
	case e.skipKeys:
		return "", false, nil
	}
	return "", false, e.t.Errorf(object.TypeErrorType, "keys must be str, int, float, bool or None, not %s", k.Type().Name)
}

func (e *encoder) dict(o *object.Object) error {
	t := e.t
	d := object.AsDict(o)
	if d.Len() == 0 {
		e.b.WriteString("{}")
		return nil
	}
	if err := e.enter(o); err != nil {
		return err
	}
	// Snapshot the items (new references) so that hooks may not disturb
	// the iteration.
	var keys, vals []*object.Object
	for pos := 0; ; {
		next, k, v, ok := d.Next(pos)
		if !ok {
			break
		}
		pos = next
		keys = append(keys, t.NewRef(k))
		vals = append(vals, t.NewRef(v))
	}
	defer func() {
		for i := range keys {
			t.Decref(keys[i])
			t.Decref(vals[i])
		}
	}()
	if e.sortKeys {
		if err := sortItems(t, keys, vals); err != nil {
			return err
		}
	}
	e.b.WriteByte('{')
	e.newline()
	first := true
	for i, k := range keys {
		ks, ok, err := e.key(k)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		if !first {
			e.b.WriteString(e.itemSep)
			e.newline()
		}
		first = false
		if e.strFn != nil {
			kso := object.NewStr(t, ks)
			err := e.writeStr(kso)
			t.Decref(kso)
			if err != nil {
				return err
			}
		} else {
			e.str(ks)
		}
		e.b.WriteString(e.keySep)
		if err := e.encode(vals[i]); err != nil {
			return err
		}
	}
	e.depth--
	e.newline()
	e.depth++
	e.b.WriteByte('}')
	e.leave(o)
	return nil
}

// sortItems sorts keys (and vals alongside) with Python's list.sort,
// so that mixed key types fail as they do in python3.
func sortItems(t *object.Thread, keys, vals []*object.Object) error {
	pairs := make([]*object.Object, len(keys))
	for i := range keys {
		pairs[i] = object.NewTupleRefs(t, t.NewRef(keys[i]), object.NewInt(t, int64(i))).Obj()
	}
	l := object.NewList(t, pairs)
	defer t.Decref(l.Obj())
	sortFn, err := object.GetAttrString(t, l.Obj(), "sort")
	if err != nil {
		return err
	}
	r, err := object.Call(t, sortFn, nil, nil)
	t.Decref(sortFn)
	if err != nil {
		return err
	}
	t.Decref(r)
	k2 := make([]*object.Object, len(keys))
	v2 := make([]*object.Object, len(vals))
	for i, p := range l.PrivateItems() {
		j, _ := object.AsInt(object.AsTuple(p).Items[1]).Int64()
		k2[i], v2[i] = keys[j], vals[j]
	}
	copy(keys, k2)
	copy(vals, v2)
	return nil
}
