// This file turns the string a pattern runs on into characters the
// engine indexes: bytes and ASCII str are used in place; other str is
// decoded into code points once, and the decoding of recent long
// strings is cached, so that a tokenizer calling match(text, pos) at
// every position does not decode the whole text each time.

package sre

import (
	"strings"
	"sync/atomic"
	"unsafe"

	"github.com/ftpy/ftpy/lib/codecs"
	"github.com/ftpy/ftpy/object"
)

// subject is a string prepared for matching. Exactly one of bytes and
// runes is used: bytes for bytes objects and ASCII str.
type subject struct {
	obj     *object.Object // borrowed
	isBytes bool
	bytes   []byte  // read-only
	runes   []int32 // read-only, shared through the cache
}

func (s *subject) length() int {
	if s.runes != nil {
		return len(s.runes)
	}
	return len(s.bytes)
}

// getSubject prepares o, raising CPython's TypeError for objects that
// are neither str nor bytes.
func getSubject(t *object.Thread, o *object.Object) (subject, error) {
	switch {
	case object.IsStr(o):
		st := object.AsStr(o)
		v := st.String()
		if st.IsASCII() {
			return subject{obj: o, bytes: unsafe.Slice(unsafe.StringData(v), len(v))}, nil
		}
		return subject{obj: o, runes: decodeRunes(v)}, nil
	case object.IsBytes(o):
		return subject{obj: o, isBytes: true, bytes: object.BytesData(o)}, nil
	}
	return subject{}, t.Errorf(object.TypeErrorType, "expected string or bytes-like object, got '%.200s'", o.Type().Name)
}

// decoded is one cache entry. text keeps the string's bytes alive, so a
// string with the same data pointer and length is the same string.
type decoded struct {
	text  string
	runes []int32
}

// runeCache holds the code points of recently matched long strings,
// indexed by a hash of their data pointer. Entries are immutable and
// swapped atomically, so threads share the cache without a lock.
var runeCache [16]atomic.Pointer[decoded]

// cacheMin is the length from which decoding is cached; shorter strings
// decode faster than a cache lookup pays off.
const cacheMin = 256

func decodeRunes(v string) []int32 {
	if len(v) < cacheMin {
		return decodeAll(v)
	}
	p := uintptr(unsafe.Pointer(unsafe.StringData(v)))
	slot := &runeCache[(p>>4^p>>10)%uintptr(len(runeCache))]
	if d := slot.Load(); d != nil && len(d.text) == len(v) && unsafe.StringData(d.text) == unsafe.StringData(v) {
		return d.runes
	}
	r := decodeAll(v)
	slot.Store(&decoded{text: v, runes: r})
	return r
}

func decodeAll(v string) []int32 {
	out := make([]int32, 0, len(v))
	for i := 0; i < len(v); {
		if c := v[i]; c < 0x80 {
			out = append(out, int32(c))
			i++
			continue
		}
		r, n := codecs.DecodeRune(v[i:])
		out = append(out, r)
		i += n
	}
	return out
}

// slice returns the subject's characters [i, j) as a new str or bytes
// (CPython's getslice: a bytes subject taken whole is returned as is).
func (s *subject) slice(t *object.Thread, i, j int) *object.Object {
	if s.isBytes {
		if i == 0 && j == len(s.bytes) && s.obj.Type() == object.BytesType {
			return t.NewRef(s.obj)
		}
		return object.NewBytes(t, s.bytes[i:j])
	}
	if s.runes == nil {
		if i == 0 && j == len(s.bytes) && s.obj.Type() == object.StrType {
			return t.NewRef(s.obj)
		}
		v := unsafe.String(unsafe.SliceData(s.bytes[i:j]), j-i)
		if 2*(j-i) < len(s.bytes) {
			// A copy, so that a short group does not keep a long
			// subject alive.
			v = strings.Clone(v)
		}
		return object.NewStr(t, v)
	}
	if i == 0 && j == len(s.runes) && s.obj.Type() == object.StrType {
		return t.NewRef(s.obj)
	}
	b := make([]byte, 0, 2*(j-i))
	for _, r := range s.runes[i:j] {
		if r < 0x80 {
			b = append(b, byte(r))
		} else {
			b = codecs.AppendRune(b, r)
		}
	}
	return object.NewStr(t, unsafe.String(unsafe.SliceData(b), len(b)))
}
