// This file fuzzes the parser: any input must give a tree or an *Error,
// never a panic or a hang.

package syntax

import (
	"errors"
	"testing"
)

func FuzzParse(f *testing.F) {
	for _, seed := range []string{
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
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
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
}
