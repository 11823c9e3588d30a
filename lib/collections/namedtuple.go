package collections

import (
	"fmt"
	"strings"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

var keywords = map[string]bool{}

func init() {
	for _, k := range strings.Fields("False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield") {
		keywords[k] = true
	}
	funcs = append(funcs, object.MethodDef{Name: "namedtuple", Fn: namedtupleFn,
		Doc: "Returns a new subclass of tuple with named fields."})
}

func isIdentifier(t *object.Thread, s *object.Object) (bool, error) {
	m, err := object.GetAttrString(t, s, "isidentifier")
	if err != nil {
		return false, err
	}
	defer t.Decref(m)
	r, err := object.Call(t, m, nil, nil)
	if err != nil {
		return false, err
	}
	defer t.Decref(r)
	return r == object.True, nil
}

func namedtupleFn(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var typename, fieldNames, rename, defaults, module *object.Object
	if err := object.ParseArgs(t, "namedtuple", args, kw, []string{"typename", "field_names", "$rename", "$defaults", "$module"}, 2,
		&typename, &fieldNames, &rename, &defaults, &module); err != nil {
		return nil, err
	}
	var names []*object.Object
	if object.IsStr(fieldNames) {
		for _, f := range strings.Fields(strings.ReplaceAll(object.StrValue(fieldNames), ",", " ")) {
			names = append(names, object.NewStr(t, f))
		}
	} else {
		items, err := object.SequenceItems(t, fieldNames)
		if err != nil {
			return nil, err
		}
		for _, x := range items {
			s, err := object.StrOf(t, x)
			t.Decref(x)
			if err != nil {
				for _, n := range names {
					t.Decref(n)
				}
				return nil, err
			}
			names = append(names, s)
		}
	}
	defer func() {
		for _, n := range names {
			t.Decref(n)
		}
	}()
	ren := false
	if rename != nil {
		var err error
		if ren, err = object.IsTrue(t, rename); err != nil {
			return nil, err
		}
	}
	if ren {
		seen := map[string]bool{}
		for i, n := range names {
			s := object.StrValue(n)
			ok, err := isIdentifier(t, n)
			if err != nil {
				return nil, err
			}
			if !ok || keywords[s] || strings.HasPrefix(s, "_") || seen[s] {
				t.Decref(n)
				names[i] = object.NewStr(t, fmt.Sprintf("_%d", i))
			}
			seen[s] = true
		}
	}
	tn, err := object.StrOf(t, typename)
	if err != nil {
		return nil, err
	}
	defer t.Decref(tn)
	for _, n := range append([]*object.Object{tn}, names...) {
		r, _ := reprOf(t, n)
		ok, err := isIdentifier(t, n)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, t.Errorf(object.ValueErrorType, "Type names and field names must be valid identifiers: %s", r)
		}
		if keywords[object.StrValue(n)] {
			return nil, t.Errorf(object.ValueErrorType, "Type names and field names cannot be a keyword: %s", r)
		}
	}
	fields := make([]string, len(names))
	seen := map[string]bool{}
	for i, n := range names {
		s := object.StrValue(n)
		r, _ := reprOf(t, n)
		if strings.HasPrefix(s, "_") && !ren {
			return nil, t.Errorf(object.ValueErrorType, "Field names cannot start with an underscore: %s", r)
		}
		if seen[s] {
			return nil, t.Errorf(object.ValueErrorType, "Encountered duplicate field name: %s", r)
		}
		seen[s] = true
		fields[i] = s
	}
	var defs []*object.Object
	if defaults != nil && defaults != object.None {
		if defs, err = object.SequenceItems(t, defaults); err != nil {
			return nil, err
		}
		if len(defs) > len(fields) {
			for _, d := range defs {
				t.Decref(d)
			}
			return nil, t.Errorf(object.TypeErrorType, "Got more default values than field names")
		}
	}
	var mod *object.Object
	if module != nil && module != object.None {
		mod = t.NewRef(module)
	} else {
		mod = callerModule(t)
	}
	defer t.Decref(mod)
	return MakeNamedTuple(t, object.StrValue(tn), fields, defs, mod)
}

// callerModule is the __name__ of the calling Python code's globals.
func callerModule(t *object.Thread) *object.Object {
	if g := vm.StateOf(t).Interp().Builtins.GetStr(object.Intern("globals")); g != nil {
		if d, err := object.Call(t, g, nil, nil); err == nil {
			defer t.Decref(d)
			if object.IsDict(d) {
				if n := object.AsDict(d).GetStr(object.Intern("__name__")); n != nil {
					return t.NewRef(n)
				}
			}
		} else {
			t.DropError(err)
		}
	}
	return object.NewStr(t, "__main__")
}

// MakeNamedTuple builds a namedtuple class. defaults (new references,
// taken over) apply to the last fields; module is the class's
// __module__.
func MakeNamedTuple(t *object.Thread, typename string, fields []string, defaults []*object.Object, module *object.Object) (*object.Object, error) {
	nf := len(fields)
	ns := object.NewDict(t)
	defer t.Decref(ns.Obj())
	set := func(name string, v *object.Object) {
		ns.SetStr(t, object.Intern(name), v)
		t.Decref(v)
	}
	fieldObjs := make([]*object.Object, nf)
	for i, f := range fields {
		fieldObjs[i] = object.NewStr(t, f)
	}
	fieldTuple := object.NewTupleRefs(t, fieldObjs...).Obj()
	defer t.Decref(fieldTuple)
	for _, f := range fieldObjs {
		t.Decref(f)
	}
	set("__doc__", object.NewStr(t, typename+"("+strings.Join(fields, ", ")+")"))
	set("__slots__", object.NewTupleRefs(t).Obj())
	set("_fields", t.NewRef(fieldTuple))
	set("__match_args__", t.NewRef(fieldTuple))
	set("__module__", t.NewRef(module))
	set("__qualname__", object.NewStr(t, typename))
	fd := object.NewDict(t)
	firstDefault := nf - len(defaults)
	for i, d := range defaults {
		fd.SetStr(t, object.Intern(fields[firstDefault+i]), d)
	}
	set("_field_defaults", fd.Obj())
	defTuple := object.NewTuple(t, defaults).Obj() // takes over defaults
	defer t.Decref(defTuple)
	defItems := object.AsTuple(defTuple).Items

	newDef := &object.MethodDef{Name: "__new__", Doc: "Create new instance of " + typename + "(" + strings.Join(fields, ", ") + ")",
		Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			n := npos(args, kw)
			if n == 0 {
				return nil, t.Errorf(object.TypeErrorType, "__new__(): not enough arguments")
			}
			cls := args[0]
			vals := make([]*object.Object, nf)
			given := n - 1
			if given > nf {
				if len(defItems) == 0 {
					return nil, t.Errorf(object.TypeErrorType, "%s.__new__() takes %d positional arguments but %d were given", typename, nf+1, n)
				}
				return nil, t.Errorf(object.TypeErrorType, "%s.__new__() takes from %d to %d positional arguments but %d were given", typename, firstDefault+1, nf+1, n)
			}
			copy(vals, args[1:n])
			if kw != nil {
				for k, kn := range kw.Items {
					name := object.StrValue(kn)
					idx := -1
					for i, f := range fields {
						if f == name {
							idx = i
						}
					}
					if idx < 0 {
						return nil, t.Errorf(object.TypeErrorType, "%s.__new__() got an unexpected keyword argument '%s'", typename, name)
					}
					if vals[idx] != nil {
						return nil, t.Errorf(object.TypeErrorType, "%s.__new__() got multiple values for argument '%s'", typename, name)
					}
					vals[idx] = args[n+k]
				}
			}
			var missing []string
			for i := range vals {
				if vals[i] == nil {
					if i >= firstDefault {
						vals[i] = defItems[i-firstDefault]
					} else {
						missing = append(missing, "'"+fields[i]+"'")
					}
				}
			}
			if len(missing) > 0 {
				return nil, t.Errorf(object.TypeErrorType, "%s.__new__() missing %d required positional argument%s: %s",
					typename, len(missing), plural(len(missing)), joinMissing(missing))
			}
			return newInstance(t, cls, vals)
		}}
	set("__new__", &object.NewBuiltinFunction(t, newDef, nil).Object)

	makeDef := &object.MethodDef{Name: "_make", Kind: object.ClassMethod, Doc: "Make a new " + typename + " object from a sequence or iterable",
		Fn: func(t *object.Thread, cls *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			var iterable *object.Object
			if err := object.ParseArgs(t, "_make", args, kw, []string{"iterable"}, 1, &iterable); err != nil {
				return nil, err
			}
			items, err := object.SequenceItems(t, iterable)
			if err != nil {
				return nil, err
			}
			defer func() {
				for _, x := range items {
					t.Decref(x)
				}
			}()
			if len(items) != nf {
				return nil, t.Errorf(object.TypeErrorType, "Expected %d arguments, got %d", nf, len(items))
			}
			return newInstance(t, cls, items)
		}}
	set("_make", NewGoMethod(t, makeDef))

	replaceDef := &object.MethodDef{Name: "_replace", Doc: "Return a new " + typename + " object replacing specified fields with new values",
		Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			if npos(args, kw) > 0 {
				return nil, t.Errorf(object.TypeErrorType, "_replace() takes 1 positional argument but %d were given", npos(args, kw)+1)
			}
			items := object.AsTuple(self).Items
			vals := append([]*object.Object(nil), items...)
			var bad []string
			if kw != nil {
				for k, kn := range kw.Items {
					name := object.StrValue(kn)
					found := false
					for i, f := range fields {
						if f == name && i < len(vals) {
							vals[i] = args[k]
							found = true
						}
					}
					if !found {
						r, _ := reprOf(t, kn)
						bad = append(bad, r)
					}
				}
			}
			if len(bad) > 0 {
				return nil, t.Errorf(object.ValueErrorType, "Got unexpected field names: [%s]", strings.Join(bad, ", "))
			}
			return newInstance(t, object.TypeOf(self), vals)
		}}
	set("_replace", NewGoMethod(t, replaceDef))

	reprDef := &object.MethodDef{Name: "__repr__", Doc: "Return a nicely formatted representation string",
		Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			if err := object.CheckArgCount(t, "__repr__", args, kw, 0, 0); err != nil {
				return nil, err
			}
			name := self.Type().Name
			if !t.ReprEnter(self) {
				return object.NewStr(t, "..."), nil
			}
			defer t.ReprLeave(self)
			var b strings.Builder
			b.WriteString(name + "(")
			for i, x := range object.AsTuple(self).Items {
				if i > 0 {
					b.WriteString(", ")
				}
				r, err := reprOf(t, x)
				if err != nil {
					return nil, err
				}
				if i < nf {
					b.WriteString(fields[i] + "=")
				}
				b.WriteString(r)
			}
			b.WriteString(")")
			return object.NewStr(t, b.String()), nil
		}}
	set("__repr__", NewGoMethod(t, reprDef))

	asdictDef := &object.MethodDef{Name: "_asdict", Doc: "Return a new dict which maps field names to their values.",
		Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			if err := object.CheckArgCount(t, "_asdict", args, kw, 0, 0); err != nil {
				return nil, err
			}
			d := object.NewDict(t)
			for i, x := range object.AsTuple(self).Items {
				if i < nf {
					d.SetStr(t, object.Intern(fields[i]), x)
				}
			}
			return d.Obj(), nil
		}}
	set("_asdict", NewGoMethod(t, asdictDef))

	gnaDef := &object.MethodDef{Name: "__getnewargs__", Doc: "Return self as a plain tuple.  Used by copy and pickle.",
		Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			return object.NewTupleRefs(t, object.AsTuple(self).Items...).Obj(), nil
		}}
	set("__getnewargs__", NewGoMethod(t, gnaDef))

	for i, f := range fields {
		set(f, newTupleGetter(t, i, object.NewStr(t, fmt.Sprintf("Alias for field number %d", i))))
	}

	name := object.NewStr(t, typename)
	bases := object.NewTupleRefs(t, object.TupleType.Obj()).Obj()
	defer t.Decref(name)
	defer t.Decref(bases)
	return object.Call(t, object.TypeType.Obj(), []*object.Object{name, bases, ns.Obj()}, nil)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func joinMissing(m []string) string {
	switch len(m) {
	case 1:
		return m[0]
	case 2:
		return m[0] + " and " + m[1]
	}
	return strings.Join(m[:len(m)-1], ", ") + ", and " + m[len(m)-1]
}

// newInstance returns an instance of the tuple subclass cls holding vals
// (borrowed).
func newInstance(t *object.Thread, cls *object.Object, vals []*object.Object) (*object.Object, error) {
	if !object.IsType(cls) || !object.IsSubtype(object.AsType(cls), object.TupleType) {
		return nil, t.Errorf(object.TypeErrorType, "tuple.__new__(X): X is not a subtype of tuple")
	}
	tup := object.NewTupleRefs(t, vals...).Obj()
	defer t.Decref(tup)
	o, err := object.TupleType.New(t, object.AsType(cls), []*object.Object{tup}, nil)
	if err != nil {
		return nil, err
	}
	if o.Type() != object.TupleType && !o.IsTracked() {
		t.Track(o)
	}
	return o, nil
}
