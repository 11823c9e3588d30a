// Fuzz targets of the str and bytes methods: a method from a table,
// called on a value and arguments drawn from the fuzz input, must return
// or raise one of the exceptions CPython raises for bad arguments, never
// panic or hang.

package object

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/ftpy/ftpy/internal/fuzzing"
)

// strMethodNames and bytesMethodNames are the methods the targets call
// (a name the type lacks just raises AttributeError).
var strMethodNames = []string{
	"capitalize", "casefold", "center", "count", "encode", "endswith", "expandtabs", "find", "format",
	"format_map", "index", "isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier",
	"islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper", "join", "ljust", "lower",
	"lstrip", "maketrans", "partition", "removeprefix", "removesuffix", "replace", "rfind", "rindex",
	"rjust", "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase",
	"title", "translate", "upper", "zfill", "__mod__", "__rmod__", "__getitem__", "__contains__",
	"__mul__", "__add__", "__eq__", "__lt__", "__ge__", "__hash__", "__len__", "__format__", "__repr__",
	"__sizeof__", "__getnewargs__", "__iter__",
}

var bytesMethodNames = []string{
	"capitalize", "center", "count", "decode", "endswith", "expandtabs", "find", "fromhex", "hex",
	"index", "isalnum", "isalpha", "isascii", "isdigit", "islower", "isspace", "istitle", "isupper",
	"join", "ljust", "lower", "lstrip", "maketrans", "partition", "removeprefix", "removesuffix",
	"replace", "rfind", "rindex", "rjust", "rpartition", "rsplit", "rstrip", "split", "splitlines",
	"startswith", "strip", "swapcase", "title", "translate", "upper", "zfill", "__mod__", "__getitem__",
	"__contains__", "__mul__", "__add__", "__eq__", "__lt__", "__hash__", "__len__", "__repr__",
	"__iter__", "__bytes__",
}

// keywordNames are the keywords a call may pass its last argument as.
var keywordNames = []string{"sep", "maxsplit", "keepends", "tabsize", "encoding", "errors", "bytes_per_sep",
	"chars", "x", "fillchar"}

// fuzzHuge lets the method targets pass ints too large for a size
// (2**62, 10**30), which must raise MemoryError or OverflowError;
// FTPY_FUZZ_HUGE=0 leaves them out.
var fuzzHuge = os.Getenv("FTPY_FUZZ_HUGE") != "0"

func FuzzStrMethods(f *testing.F) {
	fuzzMethods(f, strMethodNames, func(t *Thread, s string) *Object { return NewStr(t, pyText(s)) })
}

func FuzzBytesMethods(f *testing.F) {
	fuzzMethods(f, bytesMethodNames, func(t *Thread, s string) *Object { return NewBytes(t, []byte(s)) })
}

// fuzzMethods runs the target: the input is the receiver's text, then
// bytes choosing the method, the number of arguments, whether the last
// is a keyword, and the arguments.
func fuzzMethods(f *testing.F, names []string, newSelf func(*Thread, string) *Object) {
	for i := range names {
		f.Add("a,b c", []byte{byte(i), 0})
		f.Add("Hello\tWorld\n", []byte{byte(i), 1, 0, 19, 6})
		f.Add("xx", []byte{byte(i), 2, 0, 14, 1, 'x', 35})
		f.Add("", []byte{byte(i), 3, 1, 7, 3, 0, 0, 4})
	}
	t := NewThread()
	t.Attach()
	f.Fuzz(func(tt *testing.T, self string, data []byte) {
		if len(self) > 256 {
			return
		}
		in := &fuzzInput{data: data, noHuge: !fuzzHuge}
		name := names[int(in.byte())%len(names)]
		nargs := int(in.byte() % 5)
		kw := in.byte()%4 == 1 && nargs > 0
		var kwname string
		if kw {
			kwname = keywordNames[int(in.byte())%len(keywordNames)]
		}
		recv := newSelf(t, self)
		defer t.Decref(recv)
		args := make([]*Object, nargs)
		for i := range args {
			args[i] = in.value(t)
		}
		defer func() {
			for _, a := range args {
				t.Decref(a)
			}
		}()
		what := func() string {
			var b strings.Builder
			r, _ := ReprString(t, recv)
			fmt.Fprintf(&b, "%s.%s(", r, name)
			for i, a := range args {
				if i > 0 {
					b.WriteString(", ")
				}
				if kw && i == len(args)-1 {
					b.WriteString(kwname + "=")
				}
				r, _ := ReprString(t, a)
				b.WriteString(r)
			}
			return b.String() + ")"
		}
		fuzzing.Within(fuzzing.PerInput, what, func() {
			m, err := GetAttrString(t, recv, name)
			if err != nil {
				checkError(tt, t, err, what)
				return
			}
			defer t.Decref(m)
			var kwnames *Tuple
			if kw {
				kwnames = NewTuple(t, []*Object{NewStr(t, kwname)})
				defer t.Decref(&kwnames.Object)
			}
			r, err := Call(t, m, args, kwnames)
			if err != nil {
				checkError(tt, t, err, what)
				return
			}
			// The result must be usable: its repr must not fail.
			if _, err := ReprString(t, r); err != nil {
				tt.Fatalf("%s: repr() of the result: %v", what(), err)
			}
			t.Decref(r)
		})
	})
}
