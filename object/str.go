// This file defines str, Python's Unicode string, stored as Go UTF-8 with
// its length in code points cached, and the interning table that makes
// identifiers and constants immortal.

package object

import (
	"encoding/binary"
	"fmt"
	"hash/maphash"
	"iter"
	"math/bits"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/ftpy/ftpy/lib/codecs"
)

// Str is a str object. Indexing is by code point: for ASCII strings that
// is the byte index; for others, code points are decoded on demand.
//
// The text is UTF-8, except that a lone surrogate (U+D800..U+DFFF, which
// '\udcff' literals, chr and the surrogateescape and surrogatepass error
// handlers make) is spelled in the three bytes UTF-8's pattern gives it,
// ED A0..BF 80..BF, as WTF-8 does; two surrogates that would make a pair
// stay two characters, as in CPython. decodeRune reads such text.
type Str struct {
	Object
	s     string
	n     int          // length in code points
	ascii bool         // every byte < 0x80: code point index == byte index
	hash  atomic.Int64 // 0 until computed (a real hash of 0 is stored as 1... see strHash)
}

// StrType is str.
var StrType = NewStaticType(&Type{Name: "str", Doc: "str(object='') -> str"})

func initStr(s *Str, v string) {
	s.s = v
	s.n, s.ascii = strLenOf(v)
	if !s.ascii && rt.cfg.Debug {
		checkStrText(v)
	}
}

// checkStrText panics, in debug mode (which the test suites run), when a
// str is made of bytes that are not str text: bytes from outside (the
// operating system, a file) must go through a decoder such as FSDecode,
// or len, indexing and repr of the str go wrong.
func checkStrText(v string) {
	if !codecs.ValidText(v) {
		panic(fmt.Sprintf("object: str made of bytes that are not str text: %q", v))
	}
}

// strLenOf counts the code points of str text, and reports whether it is
// all ASCII. Every character, a lone surrogate's three bytes included,
// has one byte that is not a continuation byte (10xxxxxx), so the count
// is the length less the continuation bytes, found eight bytes at a
// time. (utf8.RuneCountInString would count each byte of a surrogate's
// spelling as a character, and goes a byte at a time.)
func strLenOf(v string) (n int, ascii bool) {
	if len(v) < 8 {
		var all byte
		for i := 0; i < len(v); i++ {
			c := v[i]
			all |= c
			if c&0xC0 == 0x80 {
				n++
			}
		}
		return len(v) - n, all < 0x80
	}
	const high = 0x8080808080808080
	b := unsafe.Slice(unsafe.StringData(v), len(v))
	var cont int
	var any uint64
	i := 0
	for ; i+8 <= len(b); i += 8 {
		w := binary.LittleEndian.Uint64(b[i:])
		if h := w & high; h != 0 {
			any |= h
			cont += bits.OnesCount64(h &^ (w << 1)) // bit 7 set, bit 6 clear
		}
	}
	var tail byte
	for ; i < len(b); i++ {
		c := b[i]
		tail |= c
		if c&0xC0 == 0x80 {
			cont++
		}
	}
	return len(v) - cont, any == 0 && tail < 0x80
}

// decodeRune decodes the character at the start of str text, lone
// surrogates included.
func decodeRune(s string) (rune, int) { return codecs.DecodeRune(s) }

// strChars yields the code points of str text, lone surrogates included
// (ranging over the Go string would give three U+FFFD for each).
func strChars(s string) iter.Seq[rune] {
	return func(yield func(rune) bool) {
		for i := 0; i < len(s); {
			r, n := decodeRune(s[i:])
			if !yield(r) {
				return
			}
			i += n
		}
	}
}

// writeRune writes r as str text, a lone surrogate in its three bytes.
func writeRune(b *strings.Builder, r rune) {
	if r >= 0xD800 && r <= 0xDFFF {
		b.Write(codecs.AppendRune(nil, r))
		return
	}
	b.WriteRune(r)
}

// strRunes returns the code points of str text.
func strRunes(s string) []rune {
	if strings.IndexByte(s, 0xED) < 0 {
		return []rune(s) // no surrogate: the runtime's conversion is quicker
	}
	out := make([]rune, 0, len(s))
	for i := 0; i < len(s); {
		r, n := decodeRune(s[i:])
		out = append(out, r)
		i += n
	}
	return out
}

// runesToStr is string(runes), keeping lone surrogates (which Go's
// conversion turns into U+FFFD).
func runesToStr(runes []rune) string {
	surrogates := false
	for _, r := range runes {
		if r >= 0xD800 && r <= 0xDFFF {
			surrogates = true
			break
		}
	}
	if !surrogates {
		return string(runes)
	}
	buf := make([]byte, 0, len(runes))
	for _, r := range runes {
		buf = codecs.AppendRune(buf, r)
	}
	return string(buf)
}

// RuneStr returns the one-character str text for code point r.
func RuneStr(r rune) string { return string(codecs.AppendRune(nil, r)) }

// NewStr returns a new str holding v.
func NewStr(t *Thread, v string) *Object {
	if v == "" {
		return &emptyStr.Object
	}
	if len(v) == 1 && v[0] < 0x80 {
		return &asciiChars[v[0]].Object
	}
	s := &Str{}
	initStr(s, v) // first: debug mode's check panics before the object exists
	t.Init(&s.Object, StrType)
	return &s.Object
}

// NewStrStatic returns an immortal, interned str. Use it for strings
// known when the program is written (names, messages' constant parts).
func NewStrStatic(v string) *Object { return &Intern(v).Object }

var (
	emptyStr   Str
	asciiChars [128]Str
)

func init() {
	initStr(&emptyStr, "")
	newStaticObject(&emptyStr.Object, StrType)
	for i := range asciiChars {
		initStr(&asciiChars[i], string(rune(i)))
		newStaticObject(&asciiChars[i].Object, StrType)
	}
}

// interned maps string values to their immortal interned str.
var interned sync.Map // string -> *Str

// Intern returns the immortal str for v, creating it the first time
// (sys.intern). Identifiers and string constants are interned.
func Intern(v string) *Str {
	if v == "" {
		return &emptyStr
	}
	if len(v) == 1 && v[0] < 0x80 {
		return &asciiChars[v[0]]
	}
	if s, ok := interned.Load(v); ok {
		return s.(*Str)
	}
	s := &Str{}
	initStr(s, v)
	newStaticObject(&s.Object, StrType)
	actual, _ := interned.LoadOrStore(v, s)
	return actual.(*Str)
}

// IsStr reports whether o is a str (or a subclass).
func IsStr(o *Object) bool { return o.typ == StrType || IsSubtype(o.typ, StrType) }

// AsStr returns o as a *Str; o must be a str.
func AsStr(o *Object) *Str { return Cast[Str](o) }

// StrValue returns the Go string of a str object.
func StrValue(o *Object) string { return Cast[Str](o).s }

// String returns the Go string.
func (s *Str) String() string { return s.s }

// Len returns the length in code points.
func (s *Str) Len() int { return s.n }

// IsASCII reports whether every character is ASCII.
func (s *Str) IsASCII() bool { return s.ascii }

// Obj returns the object header.
func (s *Str) Obj() *Object { return &s.Object }

var strSeed = maphash.MakeSeed()

// Hash returns the str's hash, computed once.
func (s *Str) Hash() int64 {
	if h := s.hash.Load(); h != 0 {
		return h
	}
	h := int64(maphash.String(strSeed, s.s) >> 1) // non-negative
	if h == 0 {
		h = 1
	}
	s.hash.Store(h)
	return h
}

// strEqual compares two strs by value.
func strEqual(a, b *Str) bool {
	return a == b || (len(a.s) == len(b.s) && a.s == b.s)
}
