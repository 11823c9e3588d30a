package ext

import (
	"fmt"
	"reflect"

	"github.com/ftpy/ftpy/object"
)

var (
	threadPtrType = reflect.TypeFor[*Thread]()
	errorType     = reflect.TypeFor[error]()
)

// Bind returns a Func that calls the plain Go function fn, converting its
// arguments with ToGo's rules and its result with FromGo's. fn may take a
// *Thread as its first parameter (passed the calling thread, not counted
// as an argument) and returns nothing, a value, an error, or a value and
// an error; a returned exception is raised as it is, another error as
// RuntimeError, and no result as None. A returned *object.Object is a new
// reference the caller passes on; other results are converted:
//
//	ext.Bind("add", func(a, b int) (int, error) { return a + b, nil })
//
// A call with the wrong number of arguments or with keywords raises
// TypeError ("add() takes 2 positional arguments but 3 were given"), as
// does an argument of the wrong type ("add() argument 1 must be int, not
// str"). Bind panics if fn is not a function of that shape; variadic
// functions are not supported. Reflection makes a bound call slower than a
// Func written against FuncImpl.
func Bind(name string, fn any) Func {
	v := reflect.ValueOf(fn)
	ft := v.Type()
	if ft.Kind() != reflect.Func || ft.IsVariadic() {
		panic(fmt.Sprintf("ext.Bind(%s): want a non-variadic func, got %s", name, ft))
	}
	first := 0
	if ft.NumIn() > 0 && ft.In(0) == threadPtrType {
		first = 1
	}
	nargs := ft.NumIn() - first
	hasErr := ft.NumOut() > 0 && ft.Out(ft.NumOut()-1) == errorType
	nres := ft.NumOut()
	if hasErr {
		nres--
	}
	if nres > 1 {
		panic(fmt.Sprintf("ext.Bind(%s): %s returns more than a value and an error", name, ft))
	}
	return Func{Name: name, Fn: func(t *Thread, args []*Object, kwnames *object.Tuple) (*Object, error) {
		if NumKeywords(kwnames) > 0 {
			return nil, t.Errorf(object.TypeErrorType, "%s() takes no keyword arguments", name)
		}
		if len(args) != nargs {
			return nil, t.Errorf(object.TypeErrorType, "%s() takes %d positional argument%s but %d %s given",
				name, nargs, plural(nargs), len(args), wasWere(len(args)))
		}
		in := make([]reflect.Value, ft.NumIn())
		if first == 1 {
			in[0] = reflect.ValueOf(t)
		}
		for i, a := range args {
			dst := reflect.New(ft.In(first + i)).Elem()
			if err := toValue(t, a, dst); err != nil {
				if m, ok := err.(*mismatch); ok {
					return nil, t.Errorf(object.TypeErrorType, "%s() argument %d must be %s, not %s", name, i+1, m.want, m.got)
				}
				return nil, err
			}
			in[first+i] = dst
		}
		out := v.Call(in)
		if hasErr {
			if e := out[len(out)-1]; !e.IsNil() {
				return nil, asPython(t, e.Interface().(error))
			}
		}
		if nres == 0 {
			return object.None, nil
		}
		if ft.Out(0) == objectPtrType { // a new reference, passed on
			if o := out[0].Interface().(*Object); o != nil {
				return o, nil
			}
			return object.None, nil
		}
		return fromValue(t, out[0])
	}}
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func wasWere(n int) string {
	if n == 1 {
		return "was"
	}
	return "were"
}
