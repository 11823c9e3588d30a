package ext

import "github.com/ftpy/ftpy/object"

// FuncImpl is the Go signature of an extension function, vectorcall-like:
// args holds the positional arguments followed by the values of the
// keyword arguments whose names are in kwnames (nil when there are none).
// All are borrowed; the result is a new reference.
type FuncImpl func(t *Thread, args []*Object, kwnames *object.Tuple) (*Object, error)

// Func describes a module-level function.
type Func struct {
	Name string
	Doc  string
	Fn   FuncImpl
}

// def returns the method definition the interpreter calls: it forwards
// the borrowed arguments unchanged (nothing is allocated or counted on the
// way) and turns a panic into SystemError.
func (f *Func) def() *object.MethodDef {
	fn := f.Fn
	return &object.MethodDef{Name: f.Name, Doc: f.Doc, Fn: func(t *Thread, _ *Object, args []*Object, kwnames *object.Tuple) (res *Object, err error) {
		defer recoverPanic(t, &res, &err)
		return fn(t, args, kwnames)
	}}
}

// NumKeywords returns how many of args are keyword values.
func NumKeywords(kwnames *object.Tuple) int {
	if kwnames == nil {
		return 0
	}
	return len(kwnames.Items)
}

// KeywordName returns the name of the i-th keyword argument.
func KeywordName(kwnames *object.Tuple, i int) string {
	return object.StrValue(kwnames.Items[i])
}

// ParseArgs matches positional and keyword arguments to the parameters
// named in params, of which the first required are required, and stores
// each (borrowed, nil when absent) in out. It raises TypeError as CPython
// does for a missing, duplicate or unexpected argument.
func ParseArgs(t *Thread, fname string, args []*Object, kwnames *object.Tuple, params []string, required int, out ...**Object) error {
	return object.ParseArgs(t, fname, args, kwnames, params, required, out...)
}

// CheckArgCount raises TypeError unless there are between min and max
// positional arguments and no keyword arguments.
func CheckArgCount(t *Thread, fname string, args []*Object, kwnames *object.Tuple, min, max int) error {
	return object.CheckArgCount(t, fname, args, kwnames, min, max)
}
