package object

import (
	"strings"
	"testing"
)

// TestStrTextCheck checks that debug mode (on in these tests) refuses a
// str made of bytes that are not str text, and that FSDecode, the way
// such bytes must come in, makes str text of them.
func TestStrTextCheck(t *testing.T) {
	th := attached(t)
	for _, mk := range []func(string){
		func(v string) { NewStr(th, v) },
		func(v string) { newStrInfo(th, v, len(v), false) },
	} {
		func() {
			defer func() {
				r := recover()
				if r == nil || !strings.Contains(r.(string), "not str text") {
					t.Errorf("a str of \\xff: recovered %v, want the debug check's panic", r)
				}
			}()
			mk("a\xffb")
		}()
	}
	s := FSDecode(th, "a\xffb")
	defer th.Decref(s)
	if n := Cast[Str](s).n; StrValue(s) != "a\xed\xb3\xbfb" || n != 3 {
		t.Errorf("FSDecode(a\\xffb) = %q (%d characters), want 'a\\udcffb'", StrValue(s), n)
	}
	b, err := FSEncode(th, s)
	if err != nil || b != "a\xffb" {
		t.Errorf("FSEncode gives %q, %v", b, err)
	}
}
