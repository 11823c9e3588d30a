// Package csv implements _csv, CPython's C module under csv.py
// (Modules/_csv.c): the reader and writer, the Dialect type that checks
// and holds formatting parameters, the dialect registry, field_size_limit,
// the QUOTE_* constants and Error, with CPython 3.11's parsing and quoting
// rules and messages.
//
// The registry (_csv._dialects) and the field size limit are
// process-wide, as the exception class is: every interpreter that imports
// _csv shares them.
package csv

import (
	"github.com/ftpy/ftpy/lib/codecs"
	"github.com/ftpy/ftpy/object"
)

// This file is _csv.Dialect.

// The quoting modes (csv.QUOTE_*).
const (
	quoteMinimal = iota
	quoteAll
	quoteNonNumeric
	quoteNone
)

// noChar marks an unset quotechar or escapechar.
const noChar rune = -1

// dialect is a checked, immutable set of formatting parameters.
type dialect struct {
	object.Object
	delimiter, quotechar, escapechar      rune
	lineterminator                        string
	quoting                               int
	doublequote, skipInitialSpace, strict bool
	dict                                  *object.Dict // a Python subclass instance's attributes
}

var dialectType = object.NewStaticType(&object.Type{
	Name:         "Dialect",
	Module:       "_csv",
	Flags:        object.FlagBaseType,
	Doc:          "CSV dialect\n\nThe Dialect type records CSV parsing and generation options.\n",
	SubclassDict: func(o *object.Object) **object.Dict { return &object.Cast[dialect](o).dict },
})

func asDialect(o *object.Object) *dialect { return object.Cast[dialect](o) }

// dialectParams are Dialect()'s parameters in positional order.
var dialectParams = []string{"dialect", "delimiter", "doublequote", "escapechar", "lineterminator",
	"quotechar", "quoting", "skipinitialspace", "strict"}

// charParam converts a one-character parameter; nullable ones take None
// for unset.
func charParam(t *object.Thread, name string, v *object.Object, dflt rune, nullable bool) (rune, error) {
	if v == nil {
		return dflt, nil
	}
	if v == object.None && nullable {
		return noChar, nil
	}
	if !object.IsStr(v) {
		if nullable {
			return 0, t.Errorf(object.TypeErrorType, "\"%s\" must be string or None, not %s", name, v.Type().Name)
		}
		return 0, t.Errorf(object.TypeErrorType, "\"%s\" must be string, not %s", name, v.Type().Name)
	}
	if object.AsStr(v).Len() != 1 {
		return 0, t.Errorf(object.TypeErrorType, "\"%s\" must be a 1-character string", name)
	}
	r, _ := codecs.DecodeRune(object.StrValue(v))
	return r, nil
}

func boolParam(t *object.Thread, v *object.Object, dflt bool) (bool, error) {
	if v == nil {
		return dflt, nil
	}
	return object.IsTrue(t, v)
}

// newDialect is Dialect(dialect=None, **params): an instance given with
// no parameters is returned as it is; a str names a registered dialect;
// any other object lends the attributes the parameters do not give.
func newDialect(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if kw != nil {
		for _, k := range kw.Items {
			found := false
			for _, p := range dialectParams {
				found = found || object.StrValue(k) == p
			}
			if !found {
				return nil, t.Errorf(object.TypeErrorType, "'%s' is an invalid keyword argument for this function", object.StrValue(k))
			}
		}
	}
	if n := len(args) - kwCount(kw); n > len(dialectParams) {
		return nil, t.Errorf(object.TypeErrorType, "function takes at most %d arguments (%d given)", len(dialectParams), n)
	}
	p := make([]*object.Object, len(dialectParams))
	ptrs := make([]**object.Object, len(p))
	for i := range p {
		ptrs[i] = &p[i]
	}
	if err := object.ParseArgs(t, "Dialect", args, kw, dialectParams, 0, ptrs...); err != nil {
		return nil, err
	}
	base := p[0]
	if base != nil {
		if object.IsStr(base) {
			var err error
			if base, err = lookupDialect(t, base); err != nil {
				return nil, err
			}
			defer t.Decref(base)
		}
		given := false
		for _, v := range p[1:] {
			given = given || v != nil
		}
		if !given && object.IsSubtype(base.Type(), dialectType) {
			return t.NewRef(base), nil
		}
		// The base's attributes fill in what was not given; one it
		// lacks keeps the default.
		for i, v := range p[1:] {
			if v != nil {
				continue
			}
			a, err := object.GetAttrString(t, base, dialectParams[i+1])
			if err != nil {
				t.DropError(err)
				continue
			}
			p[i+1] = a
			defer t.Decref(a)
		}
	}
	d := &dialect{}
	var err error
	if d.delimiter, err = charParam(t, "delimiter", p[1], ',', false); err != nil {
		return nil, err
	}
	if d.doublequote, err = boolParam(t, p[2], true); err != nil {
		return nil, err
	}
	if d.escapechar, err = charParam(t, "escapechar", p[3], noChar, true); err != nil {
		return nil, err
	}
	d.lineterminator = "\r\n"
	if lt := p[4]; lt != nil {
		if !object.IsStr(lt) {
			return nil, t.Errorf(object.TypeErrorType, "\"lineterminator\" must be a string")
		}
		d.lineterminator = object.StrValue(lt)
	}
	if d.quotechar, err = charParam(t, "quotechar", p[5], '"', true); err != nil {
		return nil, err
	}
	if q := p[6]; q != nil {
		if !object.IsInt(q) {
			return nil, t.Errorf(object.TypeErrorType, "\"quoting\" must be an integer")
		}
		v, err := object.AsInt64(t, q)
		if err != nil {
			return nil, err
		}
		if v < quoteMinimal || v > quoteNone {
			return nil, t.Errorf(object.TypeErrorType, "bad \"quoting\" value")
		}
		d.quoting = int(v)
	}
	if d.skipInitialSpace, err = boolParam(t, p[7], false); err != nil {
		return nil, err
	}
	if d.strict, err = boolParam(t, p[8], false); err != nil {
		return nil, err
	}
	// quotechar=None alone means no quoting at all.
	if p[5] == object.None && p[6] == nil {
		d.quoting = quoteNone
	}
	if d.quoting != quoteNone && d.quotechar == noChar {
		return nil, t.Errorf(object.TypeErrorType, "quotechar must be set if quoting enabled")
	}
	t.Init(&d.Object, typ)
	return &d.Object, nil
}

func kwCount(kw *object.Tuple) int {
	if kw == nil {
		return 0
	}
	return len(kw.Items)
}

func charOrNone(t *object.Thread, r rune) *object.Object {
	if r == noChar {
		return object.None
	}
	return object.NewStr(t, object.RuneStr(r))
}

// readonly refuses to set the attributes CPython keeps as read-only
// members (quoting and the flags), with the members' message.
func readonly(t *object.Thread, _, _ *object.Object) error {
	return t.Errorf(object.AttributeErrorType, "readonly attribute")
}

var dialectGetSets = []object.GetSetDef{
	{Name: "delimiter", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return charOrNone(t, asDialect(o).delimiter), nil
	}},
	{Name: "quotechar", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return charOrNone(t, asDialect(o).quotechar), nil
	}},
	{Name: "escapechar", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return charOrNone(t, asDialect(o).escapechar), nil
	}},
	{Name: "lineterminator", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewStr(t, asDialect(o).lineterminator), nil
	}},
	{Name: "quoting", Set: readonly, Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewInt(t, int64(asDialect(o).quoting)), nil
	}},
	{Name: "doublequote", Set: readonly, Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewBool(asDialect(o).doublequote), nil
	}},
	{Name: "skipinitialspace", Set: readonly, Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewBool(asDialect(o).skipInitialSpace), nil
	}},
	{Name: "strict", Set: readonly, Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return object.NewBool(asDialect(o).strict), nil
	}},
}

// callDialect is what reader, writer and register_dialect do with their
// dialect argument and keyword parameters: Dialect(base, **params).
func callDialect(t *object.Thread, base *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var call []*object.Object
	if base != nil {
		call = append(call, base)
	}
	call = append(call, args[len(args)-kwCount(kw):]...)
	return object.Call(t, dialectType.Obj(), call, kw)
}

// refusePickle is Dialect's __reduce__ and __reduce_ex__: dialects are
// not pickled (CPython refuses them the same way).
func refusePickle(t *object.Thread, self *object.Object, _ []*object.Object, _ *object.Tuple) (*object.Object, error) {
	return nil, t.Errorf(object.TypeErrorType, "cannot pickle '%s' instances", self.Type().Name)
}

var dialectMethods = []object.MethodDef{
	{Name: "__reduce__", Fn: refusePickle, Doc: "raises TypeError: dialects cannot be pickled"},
	{Name: "__reduce_ex__", Fn: refusePickle, Doc: "raises TypeError: dialects cannot be pickled"},
}

func init() {
	dialectType.New = newDialect
	object.ReadyType(dialectType, dialectMethods, dialectGetSets)
}
