package ext

import "github.com/ftpy/ftpy/object"

// Call calls the Python callable fn with positional arguments followed by
// keyword values named in kwnames (nil for none), all borrowed, and
// returns a new reference to the result.
func Call(t *Thread, fn *Object, args []*Object, kwnames *object.Tuple) (*Object, error) {
	return object.Call(t, fn, args, kwnames)
}

// CallObject calls fn with Go values converted by FromGo (an *Object
// argument is passed as it is) and returns a new reference to the result.
func CallObject(t *Thread, fn *Object, args ...any) (*Object, error) {
	var buf [6]*Object
	objs := buf[:0]
	defer func() { decrefAll(t, objs) }()
	for _, a := range args {
		o, err := FromGo(t, a)
		if err != nil {
			return nil, err
		}
		objs = append(objs, o)
	}
	return object.Call(t, fn, objs, nil)
}

// CallMethod calls obj.name(args...) with Go values converted by FromGo.
func CallMethod(t *Thread, obj *Object, name string, args ...any) (*Object, error) {
	m, err := object.GetAttrString(t, obj, name)
	if err != nil {
		return nil, err
	}
	defer t.Decref(m)
	return CallObject(t, m, args...)
}

// GetAttr returns a new reference to obj.name.
func GetAttr(t *Thread, obj *Object, name string) (*Object, error) {
	return object.GetAttrString(t, obj, name)
}

// Repr returns repr(o) as a Go string.
func Repr(t *Thread, o *Object) (string, error) { return object.ReprString(t, o) }
