// FuzzCompile checks that compiling any parseable program never panics:
// the compiler either produces code or a SyntaxError.

package compile

import (
	"os"
	"testing"

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
	t := object.NewThread()
	t.Attach()
	f.Fuzz(func(tt *testing.T, src string) {
		mod, err := syntax.ParseFile("fuzz.py", []byte(src))
		if err != nil {
			return
		}
		File(t, "fuzz.py", mod, ExecMode)
	})
}
