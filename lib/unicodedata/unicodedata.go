// Package unicodedata implements CPython's unicodedata module
// (Modules/unicodedata.c): character properties, names and normalization
// from the Unicode Character Database 14.0.0, the version CPython 3.11
// ships, plus ucd_3_2_0, the Unicode 3.2.0 view IDNA and stringprep use.
//
// The data is internal/ucd's. Differences from CPython, each documented
// there or here:
//   - name aliases (lookup("LATIN CAPITAL LETTER GHA")) and named
//     sequences are not known to lookup;
//   - normalization runs golang.org/x/text/unicode/norm, whose tables are
//     Unicode 15.0.0; code points unassigned in 14.0.0 are kept out of
//     it (they are left as they are, as 14.0.0 has them), which makes the
//     result 14.0.0's since normalization of assigned characters is
//     stable across versions;
//   - ucd_3_2_0 knows which code points 3.2.0 assigned and the
//     properties that changed since, but normalizes with the current
//     mappings (CPython applies a handful of 3.2.0 corrections).
package unicodedata

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/ftpy/ftpy/internal/ucd"
	"github.com/ftpy/ftpy/lib/codecs"
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() { vm.RegisterModule("unicodedata", newModule) }

// ucdObject is an instance of unicodedata.UCD: ucd_3_2_0.
type ucdObject struct {
	object.Object
	db *ucd.Database
}

var ucdType = object.NewStaticType(&object.Type{Name: "UCD", Module: "unicodedata"})

// charArg returns the one character of a str of length 1.
func charArg(t *object.Thread, fname, which string, o *object.Object) (rune, error) {
	if !object.IsStr(o) || object.AsStr(o).Len() != 1 {
		return 0, t.Errorf(object.TypeErrorType, "%s() argument%s must be a unicode character, not %s", fname, which, o.Type().Name)
	}
	r, _ := codecs.DecodeRune(object.StrValue(o))
	return r, nil
}

// property is a one-argument function: category, bidirectional, ...
func property(name string, get func(t *object.Thread, db *ucd.Database, r rune) *object.Object) func(db func(*object.Object) *ucd.Database) object.MethodDef {
	return func(dbOf func(*object.Object) *ucd.Database) object.MethodDef {
		return object.MethodDef{Name: name, Fn: func(t *object.Thread, self *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
			if err := object.CheckArgCount(t, "unicodedata."+name, a, kw, 1, 1); err != nil {
				return nil, err
			}
			r, err := charArg(t, name, "", a[0])
			if err != nil {
				return nil, err
			}
			return get(t, dbOf(self), r), nil
		}}
	}
}

// withDefault is a (chr[, default]) function: decimal, digit, numeric,
// name; get returns nil when the character has no value.
func withDefault(name, missing string, get func(t *object.Thread, db *ucd.Database, r rune) *object.Object) func(db func(*object.Object) *ucd.Database) object.MethodDef {
	return func(dbOf func(*object.Object) *ucd.Database) object.MethodDef {
		return object.MethodDef{Name: name, Fn: func(t *object.Thread, self *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
			if err := object.CheckArgCount(t, name, a, kw, 1, 2); err != nil {
				return nil, err
			}
			r, err := charArg(t, name, " 1", a[0])
			if err != nil {
				return nil, err
			}
			if v := get(t, dbOf(self), r); v != nil {
				return v, nil
			}
			if len(a) == 2 {
				return t.NewRef(a[1]), nil
			}
			return nil, t.Errorf(object.ValueErrorType, "%s", missing)
		}}
	}
}

// normalizer is normalize or is_normalized.
func normalizer(name string, done func(t *object.Thread, in *object.Object, out string) *object.Object) func(db func(*object.Object) *ucd.Database) object.MethodDef {
	return func(dbOf func(*object.Object) *ucd.Database) object.MethodDef {
		return object.MethodDef{Name: name, Fn: func(t *object.Thread, self *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
			if err := object.CheckArgCount(t, name, a, kw, 2, 2); err != nil {
				return nil, err
			}
			for i, o := range a {
				if !object.IsStr(o) {
					return nil, t.Errorf(object.TypeErrorType, "%s() argument %d must be str, not %s", name, i+1, o.Type().Name)
				}
			}
			var form norm.Form
			switch object.StrValue(a[0]) {
			case "NFC":
				form = norm.NFC
			case "NFD":
				form = norm.NFD
			case "NFKC":
				form = norm.NFKC
			case "NFKD":
				form = norm.NFKD
			default:
				return nil, t.Errorf(object.ValueErrorType, "invalid normalization form")
			}
			return done(t, a[1], normalize(dbOf(self), form, object.StrValue(a[1]))), nil
		}}
	}
}

// normalize applies form to s piece by piece, keeping code points that
// db does not assign (and surrogates) out of the normalizer: they have
// no decomposition, combining class 0 and no compositions in db, so they
// end every piece and stay as they are.
func normalize(db *ucd.Database, form norm.Form, s string) string {
	// Fast path: text the 15.0.0 tables call normalized is normalized in
	// 14.0.0 too (the older version only treats more characters as
	// unassigned starters). Lone surrogates are not valid UTF-8 and take
	// the slow path.
	if utf8.ValidString(s) && form.IsNormalString(s) {
		return s
	}
	var b strings.Builder
	start := 0
	for i := 0; i < len(s); {
		r, n := codecs.DecodeRune(s[i:])
		if (r >= 0xD800 && r < 0xE000) || !db.Assigned(r) {
			b.WriteString(form.String(s[start:i]))
			b.WriteString(s[i : i+n])
			start = i + n
		}
		i += n
	}
	if start == 0 {
		return form.String(s)
	}
	b.WriteString(form.String(s[start:]))
	return b.String()
}

var defs = []func(func(*object.Object) *ucd.Database) object.MethodDef{
	property("category", func(t *object.Thread, db *ucd.Database, r rune) *object.Object {
		return object.NewStr(t, db.Props(r).Category)
	}),
	property("bidirectional", func(t *object.Thread, db *ucd.Database, r rune) *object.Object {
		return object.NewStr(t, db.Props(r).Bidi)
	}),
	property("combining", func(t *object.Thread, db *ucd.Database, r rune) *object.Object {
		return object.NewInt(t, int64(db.Props(r).Combining))
	}),
	property("east_asian_width", func(t *object.Thread, db *ucd.Database, r rune) *object.Object {
		return object.NewStr(t, db.Props(r).Width)
	}),
	property("mirrored", func(t *object.Thread, db *ucd.Database, r rune) *object.Object {
		if db.Props(r).Mirrored {
			return object.NewInt(t, 1)
		}
		return object.NewInt(t, 0)
	}),
	property("decomposition", func(t *object.Thread, db *ucd.Database, r rune) *object.Object {
		return object.NewStr(t, db.Decomposition(r))
	}),
	withDefault("decimal", "not a decimal", func(t *object.Thread, db *ucd.Database, r rune) *object.Object {
		if v, ok := db.Decimal(r); ok {
			return object.NewInt(t, int64(v))
		}
		return nil
	}),
	withDefault("digit", "not a digit", func(t *object.Thread, db *ucd.Database, r rune) *object.Object {
		if v, ok := db.Digit(r); ok {
			return object.NewInt(t, int64(v))
		}
		return nil
	}),
	withDefault("numeric", "not a numeric character", func(t *object.Thread, db *ucd.Database, r rune) *object.Object {
		if v, ok := db.Numeric(r); ok {
			return object.NewFloat(t, v)
		}
		return nil
	}),
	withDefault("name", "no such name", func(t *object.Thread, db *ucd.Database, r rune) *object.Object {
		if n, ok := db.Name(r); ok {
			return object.NewStr(t, n)
		}
		return nil
	}),
	func(dbOf func(*object.Object) *ucd.Database) object.MethodDef {
		return object.MethodDef{Name: "lookup", Fn: func(t *object.Thread, self *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
			if err := object.CheckArgCount(t, "unicodedata.lookup", a, kw, 1, 1); err != nil {
				return nil, err
			}
			var name string
			switch {
			case object.IsStr(a[0]):
				name = object.StrValue(a[0])
			case object.IsBytes(a[0]):
				name = string(object.BytesValue(a[0]))
			default:
				return nil, t.Errorf(object.TypeErrorType, "a bytes-like object is required, not '%s'", a[0].Type().Name)
			}
			if len(name) > 256 {
				return nil, t.Errorf(object.KeyErrorType, "name too long")
			}
			r, ok := dbOf(self).Lookup(name)
			if !ok {
				return nil, t.Errorf(object.KeyErrorType, "undefined character name '%s'", name)
			}
			return object.NewStr(t, object.RuneStr(r)), nil
		}}
	},
	normalizer("normalize", func(t *object.Thread, in *object.Object, out string) *object.Object {
		if out == object.StrValue(in) {
			return t.NewRef(in)
		}
		return object.NewStr(t, out)
	}),
	normalizer("is_normalized", func(t *object.Thread, in *object.Object, out string) *object.Object {
		return object.NewBool(out == object.StrValue(in))
	}),
}

var (
	moduleFuncs = make([]object.MethodDef, len(defs))
	ucdMethods  = make([]object.MethodDef, len(defs))
)

func init() {
	for i, d := range defs {
		moduleFuncs[i] = d(func(*object.Object) *ucd.Database { return ucd.Current })
		ucdMethods[i] = d(func(o *object.Object) *ucd.Database { return object.Cast[ucdObject](o).db })
	}
	ucdType.New = func(t *object.Thread, _ *object.Type, _ []*object.Object, _ *object.Tuple) (*object.Object, error) {
		return nil, t.Errorf(object.TypeErrorType, "cannot create 'unicodedata.UCD' instances")
	}
	object.ReadyType(ucdType, ucdMethods, []object.GetSetDef{{Name: "unidata_version",
		Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
			return object.NewStr(t, object.Cast[ucdObject](o).db.Version()), nil
		}}})
}

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("unicodedata")
	d := m.Dict
	for i := range moduleFuncs {
		d.SetStr(t, object.Intern(moduleFuncs[i].Name), object.NewStaticBuiltin(&moduleFuncs[i]))
	}
	d.SetStr(t, object.Intern("unidata_version"), object.NewStrStatic(ucd.Version))
	d.SetStr(t, object.Intern("UCD"), ucdType.Obj())
	v := &ucdObject{db: ucd.V320}
	t.Init(&v.Object, ucdType)
	d.SetStr(t, object.Intern("ucd_3_2_0"), &v.Object)
	t.Decref(&v.Object)
	object.ClaimModuleFunctions(d, "unicodedata")
	return m.Obj(), nil
}
