// FuzzCompile checks that compiling any parseable program never panics or
// hangs: the compiler either produces code or a SyntaxError. It is seeded
// with the repository's test scripts and the installed CPython standard
// library (see internal/fuzzing).

package compile

import (
	"fmt"
	"os"
	"testing"

	"github.com/ftpy/ftpy/internal/fuzzing"
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/syntax"
)

func FuzzCompile(f *testing.F) {
	for _, seed := range []string{
		"x = 1\nprint(x)\n",
		"def f(a, b=2, *c, d, **e):\n    return a + b\n",
		"class C(B):\n    def m(self):\n        return super().m()\n",
		"try:\n    pass\nexcept E as e:\n    raise\nfinally:\n    x = 1\n",
		"with a as b, c:\n    for i in x:\n        break\n    else:\n        continue\n",
		"def g():\n    x = 1\n    def h():\n        nonlocal x\n        x += 1\n        yield x\n    return h\n",
		"[x for x in y if x]\n{k: v for k, v in d}\n(i for i in r)\n",
		"a, *b, c = d\nx[1:2, ::3] = y\ndel a.b, c[0]\n",
		"f(*a, **k)\nlambda *a, **k: 0\nx = {**a, 'b': 1}\n",
		"global g\nimport a.b as c\nfrom . import x\n",
		"class C:\n    def f(self):\n        class D:\n            __x = 1\n            def g(self): return __class__, self.__x\n",
		"def f():\n    try:\n        return 1\n    finally:\n        for x in y:\n            continue\n",
		"x = [(yield) for a in b]\n",
		// Inlined finally bodies with blocks of their own (a regression:
		// they overwrote the blocks left to unwind).
		"while x:\n    try:\n        break\n    except E:\n        continue\n    finally:\n        with b:\n            pass\n",
		"match p:\n    case (1, 2) | [3, *_]: pass\n    case {'k': C(x=y)}: pass\n",
	} {
		f.Add(seed)
	}
	if files, _ := os.ReadDir("../testdata"); files != nil {
		for _, e := range files {
			if b, err := os.ReadFile("../testdata/" + e.Name()); err == nil && len(b) < 8000 {
				f.Add(string(b))
			}
		}
	}
	limit := 40
	if fuzzing.Fuzzing() {
		limit = 0
	}
	for _, src := range fuzzing.Sources(limit) {
		f.Add(string(src))
	}
	t := object.NewThread()
	t.Attach()
	f.Fuzz(func(tt *testing.T, src string) {
		if len(src) > fuzzing.MaxSize {
			return
		}
		fuzzing.Within(fuzzing.PerInput, func() string { return fmt.Sprintf("%q", src) }, func() {
			mod, err := syntax.ParseFile("fuzz.py", []byte(src))
			if err != nil {
				return
			}
			if _, err := File(t, "fuzz.py", mod, ExecMode); err != nil {
				if _, ok := err.(*syntax.Error); !ok {
					tt.Fatalf("compile error %T %v is not a *syntax.Error", err, err)
				}
			}
		})
	})
}
