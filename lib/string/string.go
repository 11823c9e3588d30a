// Package string implements _string, CPython's C module under string.py
// (the str.format parser), and ftpy's old string module: constants and
// capwords, with Template in string.py.
package string

import (
	_ "embed"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() { vm.RegisterModule("string", newModule) }

const (
	lowercase   = "abcdefghijklmnopqrstuvwxyz"
	uppercase   = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	letters     = lowercase + uppercase
	digits      = "0123456789"
	hexdigits   = digits + "abcdef" + "ABCDEF"
	octdigits   = "01234567"
	punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
	whitespace  = " \t\n\r\x0b\x0c"
	printable   = digits + letters + punctuation + whitespace
)

// callMethod returns o.name(args...).
func callMethod(t *object.Thread, o *object.Object, name string, args ...*object.Object) (*object.Object, error) {
	m, err := object.GetAttrString(t, o, name)
	if err != nil {
		return nil, err
	}
	defer t.Decref(m)
	return object.Call(t, m, args, nil)
}

// capwords is (sep or ' ').join(w.capitalize() for w in s.split(sep)).
func capwords(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var s, sep *object.Object
	if err := parseCapwords(t, args, kw, &s, &sep); err != nil {
		return nil, err
	}
	if sep == nil {
		sep = object.None
	}
	// Python evaluates (sep or ' ').join before s.split(sep).
	joiner := sep
	if ok, err := object.IsTrue(t, sep); err != nil {
		return nil, err
	} else if !ok {
		joiner = object.NewStrStatic(" ")
	}
	join, err := object.GetAttrString(t, joiner, "join")
	if err != nil {
		return nil, err
	}
	defer t.Decref(join)
	parts, err := callMethod(t, s, "split", sep)
	if err != nil {
		return nil, err
	}
	words, err := object.SequenceItems(t, parts)
	t.Decref(parts)
	if err != nil {
		return nil, err
	}
	for i, w := range words {
		c, err := callMethod(t, w, "capitalize")
		t.Decref(w)
		words[i] = c
		if err != nil {
			for _, x := range words[i+1:] {
				t.Decref(x)
			}
			words = words[:i]
			for _, x := range words {
				t.Decref(x)
			}
			return nil, err
		}
	}
	list := object.NewList(t, words)
	defer t.Decref(list.Obj())
	return object.Call(t, join, []*object.Object{list.Obj()}, nil)
}

// parseCapwords binds capwords(s, sep=None) with a Python function's
// error messages.
func parseCapwords(t *object.Thread, args []*object.Object, kw *object.Tuple, s, sep **object.Object) error {
	npos := len(args)
	if kw != nil {
		npos -= len(kw.Items)
	}
	if npos > 2 {
		return t.Errorf(object.TypeErrorType, "capwords() takes from 1 to 2 positional arguments but %d were given", npos)
	}
	out := []**object.Object{s, sep}
	for i := 0; i < npos; i++ {
		*out[i] = args[i]
	}
	if kw != nil {
		for i, k := range kw.Items {
			j := -1
			switch object.StrValue(k) {
			case "s":
				j = 0
			case "sep":
				j = 1
			}
			if j < 0 {
				return t.Errorf(object.TypeErrorType, "capwords() got an unexpected keyword argument '%s'", object.StrValue(k))
			}
			if *out[j] != nil {
				return t.Errorf(object.TypeErrorType, "capwords() got multiple values for argument '%s'", object.StrValue(k))
			}
			*out[j] = args[npos+i]
		}
	}
	if *s == nil {
		return t.Errorf(object.TypeErrorType, "capwords() missing 1 required positional argument: 's'")
	}
	return nil
}

var capwordsDef = object.MethodDef{Name: "capwords", Fn: capwords}

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("string")
	for _, c := range [][2]string{
		{"ascii_lowercase", lowercase}, {"ascii_uppercase", uppercase}, {"ascii_letters", letters},
		{"digits", digits}, {"hexdigits", hexdigits}, {"octdigits", octdigits},
		{"punctuation", punctuation}, {"whitespace", whitespace}, {"printable", printable},
	} {
		m.Dict.SetStr(t, object.Intern(c[0]), object.NewStrStatic(c[1]))
	}
	m.Dict.SetStr(t, object.Intern("capwords"), object.NewStaticBuiltin(&capwordsDef))
	if err := st.RunFrozen("string", source, m.Dict); err != nil {
		t.Decref(m.Obj())
		return nil, err
	}
	return m.Obj(), nil
}

//go:embed string.py
var source []byte
