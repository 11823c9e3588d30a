// This file fuzzes the scanner and the parser: any input must give tokens
// or a tree, or an *Error, never a panic or a hang. Besides the seeds
// below, the targets are seeded with the installed CPython standard
// library (see internal/fuzzing).

package syntax

import (
	"errors"
	"fmt"
	"testing"

	"github.com/ftpy/ftpy/internal/fuzzing"
)

var parseSeeds = []string{
	"x = 1\n",
	"def f(a, /, b=1, *c, d, **e) -> int:\n    return a\n",
	"class C(B, metaclass=M):\n    @property\n    def x(self): return self._x\n",
	"for i in range(10):\n    if i % 2: continue\n    else: break\nelse:\n    pass\n",
	"try:\n    pass\nexcept (A, B) as e:\n    raise\nfinally:\n    pass\n",
	"with open(f) as a, (b := c):\n    del a[1:2, ::3]\n",
	"x = [y for y in z if y] + {k: v for k, v in d} + {*a, *b}\n",
	"s = f\"{x!r:>{w}} {y=} {{}}\" rb'\\x00' '\\u00e9'\n",
	"lambda *a, k=1, **kw: (yield from g)\n",
	"if x:\n\tpass\n        y\n",
	"x = (1,\n",
	"x = 0x_ff + 1e-5j + 0o17 + 0b1 + 1_000.5\n",
	"import a.b as c\nfrom ..d import (e, f,)\nglobal g\n",
	"a, *b = c = d; e += 1; f: int = 2\n",
	"match x:\n    case [1, *r] | {'k': v} if v: pass\n    case C(a=1): pass\n",
	"async def f():\n    async with a as b:\n        await c\n    async for x in y: pass\n",
	"try:\n    pass\nexcept* E:\n    pass\n",
	"x = f'{a:{b}{c}}' f'''{\n1}''' \\\n  + 1\n",
	"\ufeffx = 1\r\ny = 2\r\n",
	"# -*- coding: latin-1 -*-\nx = '\xe9'\n",
}

// addLibSeeds adds the standard library's files (all of them while
// fuzzing, a sample in a plain test run) to f's corpus.
func addLibSeeds(f *testing.F) {
	limit := 40
	if fuzzing.Fuzzing() {
		limit = 0
	}
	for _, src := range fuzzing.Sources(limit) {
		f.Add(src)
	}
}

func FuzzScan(f *testing.F) {
	for _, s := range parseSeeds {
		f.Add([]byte(s))
	}
	addLibSeeds(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		if len(src) > fuzzing.MaxSize {
			return
		}
		fuzzing.Within(fuzzing.PerInput, func() string { return fmt.Sprintf("%q", src) }, func() {
			s := newScanner("fuzz.py", string(src), 0, len(src), 1, 0)
			s.scanAll()
			checkTokens(t, s, len(src))
		})
	})
}

// checkTokens checks what the parser relies on: the list ends with EOF or
// ERRORTOKEN (and has no other), and tokens lie in order within the source.
func checkTokens(t *testing.T, s *scanner, n int) {
	if len(s.toks) == 0 {
		t.Fatal("no tokens")
	}
	last := s.toks[len(s.toks)-1]
	if last.Kind != EOF && last.Kind != ERRORTOKEN {
		t.Fatalf("last token is %v, not EOF or ERRORTOKEN", last.Kind)
	}
	if (last.Kind == ERRORTOKEN) != (s.err != nil) {
		t.Fatalf("last token %v but error %v", last.Kind, s.err)
	}
	prev := 0
	for i, tok := range s.toks {
		if i < len(s.toks)-1 && (tok.Kind == EOF || tok.Kind == ERRORTOKEN) {
			t.Fatalf("token %d of %d is %v", i, len(s.toks), tok.Kind)
		}
		if tok.Start < 0 || tok.End < tok.Start || tok.End > n {
			t.Fatalf("token %d (%v) spans [%d:%d] of %d bytes", i, tok.Kind, tok.Start, tok.End, n)
		}
		if tok.Start < prev && tok.Kind != DEDENT && tok.Kind != NEWLINE && tok.Kind != EOF && tok.Kind != ERRORTOKEN {
			t.Fatalf("token %d (%v) starts at %d, before the previous one's start %d", i, tok.Kind, tok.Start, prev)
		}
		if tok.Start > prev {
			prev = tok.Start
		}
	}
	if s.err != nil {
		_ = s.err.Format()
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range parseSeeds {
		f.Add([]byte(s))
	}
	addLibSeeds(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		if len(src) > fuzzing.MaxSize {
			return
		}
		fuzzing.Within(fuzzing.PerInput, func() string { return fmt.Sprintf("%q", src) }, func() {
			m, err := ParseFile("fuzz.py", src)
			if err != nil {
				var e *Error
				if !errors.As(err, &e) {
					t.Fatalf("error %v is not an *Error", err)
				}
				_ = e.Format()
				return
			}
			_ = Dump(m)
			if _, err := ParseExpr("fuzz", src); err != nil {
				var e *Error
				if !errors.As(err, &e) {
					t.Fatalf("ParseExpr error %v is not an *Error", err)
				}
			}
		})
	})
}
