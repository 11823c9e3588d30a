// Package locale implements _locale, CPython's C module under locale.py,
// for the locales every system has: "C", "POSIX" and "C.UTF-8" (and ""
// naming one of them through the environment). ftpy formats numbers the
// same in all of them, so the module only keeps the names and answers
// the C locale's conventions.
package locale

import (
	"os"
	"strings"
	"sync"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() { vm.RegisterModule("_locale", newModule) }

// The categories, numbered as glibc numbers them; LC_ALL is 6.
const (
	lcCtype = 0
	lcAll   = 6
	nCats   = 13
)

var catNames = map[int]string{0: "LC_CTYPE", 1: "LC_NUMERIC", 2: "LC_TIME", 3: "LC_COLLATE", 4: "LC_MONETARY",
	5: "LC_MESSAGES", 7: "LC_PAPER", 8: "LC_NAME", 9: "LC_ADDRESS", 10: "LC_TELEPHONE", 11: "LC_MEASUREMENT",
	12: "LC_IDENTIFICATION"}

// compositeOrder is the order glibc lists categories in a mixed LC_ALL.
var compositeOrder = []int{0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12}

// locales holds each category's locale name. Python's start-up sets
// LC_CTYPE from the environment, as CPython does.
var locales = struct {
	sync.Mutex
	names [nCats]string
}{}

func init() {
	for i := range locales.names {
		locales.names[i] = "C"
	}
	name, ok := fromEnv(lcCtype)
	switch {
	case ok && name != "C":
		locales.names[lcCtype] = name
	case os.Getenv("LC_ALL") == "":
		// PEP 538: CPython coerces the C locale to C.UTF-8 unless
		// LC_ALL forces it.
		locales.names[lcCtype] = "C.UTF-8"
	}
}

// supported returns the name setlocale reports for a locale it accepts.
func supported(name string) (string, bool) {
	switch name {
	case "C", "POSIX":
		return "C", true
	case "C.UTF-8", "C.utf8", "C.UTF8", "C.utf-8":
		return name, true
	}
	return "", false
}

// fromEnv resolves "" for a category: LC_ALL, then LC_<category>, then
// LANG, as setlocale(3) does. Besides the C locales it accepts any
// UTF-8 locale the environment names (en_US.UTF-8): programs commonly
// start with setlocale(LC_ALL, ""), and ftpy reads and writes UTF-8
// alike in all of them; its conventions stay the C locale's.
func fromEnv(cat int) (string, bool) {
	for _, v := range []string{"LC_ALL", catNames[cat], "LANG"} {
		if v == "" {
			continue
		}
		if s := os.Getenv(v); s != "" {
			if name, ok := supported(s); ok {
				return name, true
			}
			return s, isUTF8Name(s)
		}
	}
	return "C", true
}

// isUTF8Name reports whether a locale name's codeset is UTF-8
// (xx_YY.UTF-8, xx_YY.utf8, possibly with an @modifier).
func isUTF8Name(name string) bool {
	i := strings.IndexByte(name, '.')
	if i < 0 {
		return false
	}
	cs := name[i+1:]
	if j := strings.IndexByte(cs, '@'); j >= 0 {
		cs = cs[:j]
	}
	cs = strings.ToLower(strings.ReplaceAll(cs, "-", ""))
	return cs == "utf8"
}

func query(cat int) string {
	if cat != lcAll {
		return locales.names[cat]
	}
	same := true
	for _, c := range compositeOrder {
		if locales.names[c] != locales.names[0] {
			same = false
		}
	}
	if same {
		return locales.names[0]
	}
	parts := make([]string, len(compositeOrder))
	for i, c := range compositeOrder {
		parts[i] = catNames[c] + "=" + locales.names[c]
	}
	return strings.Join(parts, ";")
}

func localeError(t *object.Thread, msg string) error {
	m, err := vm.StateOf(t).Import("_locale")
	if err != nil {
		return err
	}
	cls, err := object.GetAttrString(t, m, "Error")
	t.Decref(m)
	if err != nil {
		return err
	}
	defer t.Decref(cls)
	s := object.NewStr(t, msg)
	defer t.Decref(s)
	e, err := object.Call(t, cls, []*object.Object{s}, nil)
	if err != nil {
		return err
	}
	return object.Cast[object.Exception](e)
}

func validCat(cat int64) bool { _, ok := catNames[int(cat)]; return ok || cat == lcAll }

func setlocale(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var catArg, nameArg *object.Object
	if err := object.ParseArgs(t, "setlocale", args, kw, []string{"category", "locale"}, 1, &catArg, &nameArg); err != nil {
		return nil, err
	}
	if !object.IsInt(catArg) {
		return nil, t.Errorf(object.TypeErrorType, "'%s' object cannot be interpreted as an integer", catArg.Type().Name)
	}
	cat, err := object.AsInt64(t, catArg)
	if err != nil {
		return nil, err
	}
	locales.Lock()
	defer locales.Unlock()
	if nameArg == nil || nameArg == object.None {
		if !validCat(cat) {
			return nil, localeError(t, "locale query failed")
		}
		return object.NewStr(t, query(int(cat))), nil
	}
	if !object.IsStr(nameArg) {
		return nil, t.Errorf(object.TypeErrorType, "setlocale() argument 2 must be str or None, not %s", nameArg.Type().Name)
	}
	if !validCat(cat) {
		return nil, localeError(t, "unsupported locale setting")
	}
	cats := []int{int(cat)}
	if cat == lcAll {
		cats = compositeOrder
	}
	name := object.StrValue(nameArg)
	if cat == lcAll && strings.Contains(name, "=") {
		return setComposite(t, name)
	}
	resolved := make([]string, len(cats))
	for i, c := range cats {
		var ok bool
		if name == "" {
			resolved[i], ok = fromEnv(c)
		} else {
			resolved[i], ok = supported(name)
		}
		if !ok {
			return nil, localeError(t, "unsupported locale setting")
		}
	}
	for i, c := range cats {
		locales.names[c] = resolved[i]
	}
	return object.NewStr(t, query(int(cat))), nil
}

// setComposite is setlocale(LC_ALL, "LC_CTYPE=C.UTF-8;LC_NUMERIC=C;...")
// with the mixed name a query of LC_ALL returns, as glibc accepts it
// (regrtest saves every category's setting and restores it this way).
// Each value is one setlocale or the environment could have given. The
// caller holds locales' lock.
func setComposite(t *object.Thread, name string) (*object.Object, error) {
	byName := make(map[string]int, len(catNames))
	for c, n := range catNames {
		byName[n] = c
	}
	var set [nCats]string
	seen := 0
	for _, part := range strings.Split(name, ";") {
		k, v, ok := strings.Cut(part, "=")
		c, known := byName[k]
		if !ok || !known || set[c] != "" {
			return nil, localeError(t, "unsupported locale setting")
		}
		if r, ok := supported(v); ok {
			v = r
		} else if !isUTF8Name(v) {
			return nil, localeError(t, "unsupported locale setting")
		}
		set[c] = v
		seen++
	}
	if seen != len(compositeOrder) {
		return nil, localeError(t, "unsupported locale setting")
	}
	for _, c := range compositeOrder {
		locales.names[c] = set[c]
	}
	return object.NewStr(t, query(lcAll)), nil
}

// codeset is nl_langinfo(CODESET) for the current LC_CTYPE.
func codeset() string {
	locales.Lock()
	defer locales.Unlock()
	if n := locales.names[lcCtype]; strings.HasPrefix(n, "C.") || isUTF8Name(n) {
		return "UTF-8"
	}
	return "ANSI_X3.4-1968"
}

const charMax = 127

func localeconv(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "localeconv", args, kw, 0, 0); err != nil {
		return nil, err
	}
	d := object.NewDict(t)
	set := func(k string, v *object.Object) {
		d.SetStr(t, object.Intern(k), v)
		t.Decref(v)
	}
	for _, k := range []string{"int_curr_symbol", "currency_symbol", "mon_decimal_point", "mon_thousands_sep"} {
		set(k, object.NewStr(t, ""))
	}
	set("mon_grouping", object.NewList(t, nil).Obj())
	set("positive_sign", object.NewStr(t, ""))
	set("negative_sign", object.NewStr(t, ""))
	for _, k := range []string{"int_frac_digits", "frac_digits", "p_cs_precedes", "p_sep_by_space", "n_cs_precedes", "n_sep_by_space", "p_sign_posn", "n_sign_posn"} {
		set(k, object.NewInt(t, charMax))
	}
	set("decimal_point", object.NewStr(t, "."))
	set("thousands_sep", object.NewStr(t, ""))
	set("grouping", object.NewList(t, nil).Obj())
	return d.Obj(), nil
}

// langinfo lists nl_langinfo's constants with their C locale values.
var langinfo = []struct {
	name  string
	key   int64
	value string
}{
	{"ABDAY_1", 131072, "Sun"},
	{"ABDAY_2", 131073, "Mon"},
	{"ABDAY_3", 131074, "Tue"},
	{"ABDAY_4", 131075, "Wed"},
	{"ABDAY_5", 131076, "Thu"},
	{"ABDAY_6", 131077, "Fri"},
	{"ABDAY_7", 131078, "Sat"},
	{"ABMON_1", 131086, "Jan"},
	{"ABMON_10", 131095, "Oct"},
	{"ABMON_11", 131096, "Nov"},
	{"ABMON_12", 131097, "Dec"},
	{"ABMON_2", 131087, "Feb"},
	{"ABMON_3", 131088, "Mar"},
	{"ABMON_4", 131089, "Apr"},
	{"ABMON_5", 131090, "May"},
	{"ABMON_6", 131091, "Jun"},
	{"ABMON_7", 131092, "Jul"},
	{"ABMON_8", 131093, "Aug"},
	{"ABMON_9", 131094, "Sep"},
	{"ALT_DIGITS", 131119, ""},
	{"AM_STR", 131110, "AM"},
	{"CODESET", 14, ""},
	{"CRNCYSTR", 262159, "-"},
	{"DAY_1", 131079, "Sunday"},
	{"DAY_2", 131080, "Monday"},
	{"DAY_3", 131081, "Tuesday"},
	{"DAY_4", 131082, "Wednesday"},
	{"DAY_5", 131083, "Thursday"},
	{"DAY_6", 131084, "Friday"},
	{"DAY_7", 131085, "Saturday"},
	{"D_FMT", 131113, "%m/%d/%y"},
	{"D_T_FMT", 131112, "%a %b %e %H:%M:%S %Y"},
	{"ERA", 131116, ""},
	{"ERA_D_FMT", 131118, ""},
	{"ERA_D_T_FMT", 131120, ""},
	{"ERA_T_FMT", 131121, ""},
	{"MON_1", 131098, "January"},
	{"MON_10", 131107, "October"},
	{"MON_11", 131108, "November"},
	{"MON_12", 131109, "December"},
	{"MON_2", 131099, "February"},
	{"MON_3", 131100, "March"},
	{"MON_4", 131101, "April"},
	{"MON_5", 131102, "May"},
	{"MON_6", 131103, "June"},
	{"MON_7", 131104, "July"},
	{"MON_8", 131105, "August"},
	{"MON_9", 131106, "September"},
	{"NOEXPR", 327681, "^[nN]"},
	{"PM_STR", 131111, "PM"},
	{"RADIXCHAR", 65536, "."},
	{"THOUSEP", 65537, ""},
	{"T_FMT", 131114, "%H:%M:%S"},
	{"T_FMT_AMPM", 131115, "%I:%M:%S %p"},
	{"YESEXPR", 327680, "^[yY]"},
	{"_DATE_FMT", 131180, "%a %b %e %H:%M:%S %Z %Y"},
}

func nlLanginfo(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "nl_langinfo", args, kw, 1, 1); err != nil {
		return nil, err
	}
	if !object.IsInt(args[0]) {
		return nil, t.Errorf(object.TypeErrorType, "'%s' object cannot be interpreted as an integer", args[0].Type().Name)
	}
	key, err := object.AsInt64(t, args[0])
	if err != nil {
		return nil, err
	}
	for _, li := range langinfo {
		if li.key == key {
			if li.name == "CODESET" {
				return object.NewStr(t, codeset()), nil
			}
			return object.NewStr(t, li.value), nil
		}
	}
	return nil, t.Errorf(object.ValueErrorType, "unsupported langinfo constant")
}

func strArgs(t *object.Thread, name string, args []*object.Object, kw *object.Tuple, n int) ([]string, error) {
	if err := object.CheckArgCount(t, name, args, kw, n, n); err != nil {
		return nil, err
	}
	out := make([]string, n)
	for i, a := range args {
		if !object.IsStr(a) {
			return nil, t.Errorf(object.TypeErrorType, "%s() argument %d must be str, not %s", name, i+1, a.Type().Name)
		}
		out[i] = object.StrValue(a)
	}
	return out, nil
}

// In the C locale collation compares code points.
func strcoll(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	s, err := strArgs(t, "strcoll", args, kw, 2)
	if err != nil {
		return nil, err
	}
	a, b := []rune(s[0]), []rune(s[1])
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return object.NewInt(t, -1), nil
			}
			return object.NewInt(t, 1), nil
		}
	}
	switch {
	case len(a) < len(b):
		return object.NewInt(t, -1), nil
	case len(a) > len(b):
		return object.NewInt(t, 1), nil
	}
	return object.NewInt(t, 0), nil
}

func strxfrm(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if _, err := strArgs(t, "strxfrm", args, kw, 1); err != nil {
		return nil, err
	}
	return t.NewRef(args[0]), nil
}

// The gettext functions translate nothing: no message catalogues.
func nthArg(name string, min, max, n int, orNone string) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, name, args, kw, min, max); err != nil {
			return nil, err
		}
		v := args[n]
		if v == object.None {
			if orNone == "" {
				return t.NewRef(object.None), nil
			}
			return object.NewStr(t, orNone), nil
		}
		if !object.IsStr(v) {
			return nil, t.Errorf(object.TypeErrorType, "%s() argument %d must be str or None, not %s", name, n+1, v.Type().Name)
		}
		return t.NewRef(v), nil
	}}
}

var funcs = []object.MethodDef{
	{Name: "setlocale", Fn: setlocale, Doc: "Activates/queries locale processing."},
	{Name: "localeconv", Fn: localeconv, Doc: "Returns numeric and monetary locale-specific parameters."},
	{Name: "nl_langinfo", Fn: nlLanginfo, Doc: "Return the value for the locale information associated with key."},
	{Name: "strcoll", Fn: strcoll, Doc: "Compares two strings according to the locale."},
	{Name: "strxfrm", Fn: strxfrm, Doc: "Return a string that can be used as a key for locale-aware comparisons."},
	{Name: "getencoding", Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "getencoding", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return object.NewStr(t, codeset()), nil
	}, Doc: "Get the current locale encoding."},
	nthArg("gettext", 1, 1, 0, ""),
	nthArg("dgettext", 2, 2, 1, ""),
	nthArg("dcgettext", 3, 3, 1, ""),
	nthArg("textdomain", 1, 1, 0, "messages"),
	nthArg("bindtextdomain", 2, 2, 1, "/usr/share/locale"),
	nthArg("bind_textdomain_codeset", 2, 2, 1, ""),
}

const errorSource = `
class Error(Exception):
    __module__ = 'locale'
`

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("_locale")
	if err := st.RunFrozen("_locale", []byte(errorSource), m.Dict); err != nil {
		t.Decref(m.Obj())
		return nil, err
	}
	for i := range funcs {
		m.Dict.SetStr(t, object.Intern(funcs[i].Name), object.NewStaticBuiltin(&funcs[i]))
	}
	setInt := func(name string, v int64) {
		o := object.NewInt(t, v)
		m.Dict.SetStr(t, object.Intern(name), o)
		t.Decref(o)
	}
	for c, n := range catNames {
		if c <= 5 {
			setInt(n, int64(c))
		}
	}
	setInt("LC_ALL", lcAll)
	setInt("CHAR_MAX", charMax)
	for _, li := range langinfo {
		setInt(li.name, li.key)
	}
	object.ClaimModuleFunctions(m.Dict, "_locale")
	return m.Obj(), nil
}
