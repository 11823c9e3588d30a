package ext

import (
	"math"
	"reflect"

	"github.com/ftpy/ftpy/object"
)

// Tuple is the Go form of a Python tuple for FromGo and ToGo ([]any and
// other slices are lists).
type Tuple []any

// FromGo returns a new reference to the Python value of v:
//
//	nil, a nil pointer        None
//	bool                      bool
//	int, int8..int64, uint..  int (uint64 above 1<<63-1: OverflowError)
//	float32, float64          float
//	string                    str (bytes that are not UTF-8 decode as os.fsdecode
//	                          does, to lone surrogates that ToGo turns back)
//	[]byte                    bytes
//	Tuple                     tuple
//	other slices and arrays   list
//	map[string]T              dict
//	*object.Object            the object itself (a new reference)
//
// Items of slices and maps are converted the same way. Any other type
// raises TypeError; a slice or map that contains itself raises
// ValueError, and nesting deeper than the recursion limit RecursionError.
func FromGo(t *Thread, v any) (*Object, error) {
	switch v := v.(type) {
	case nil:
		return object.None, nil
	case *Object:
		if v == nil {
			return object.None, nil
		}
		return t.NewRef(v), nil
	case bool:
		return object.NewBool(v), nil
	case int:
		return object.NewInt(t, int64(v)), nil
	case int64:
		return object.NewInt(t, v), nil
	case float64:
		return object.NewFloat(t, v), nil
	case string:
		return object.FSDecode(t, v), nil
	case []byte:
		return object.NewBytes(t, v), nil
	}
	return fromValue(t, reflect.ValueOf(v))
}

func fromValue(t *Thread, v reflect.Value) (*Object, error) {
	var e encoder
	return e.value(t, v)
}

// encoder is the state of one FromGo: the slices and maps being
// converted, from the outermost in, to refuse one that contains itself.
type encoder struct{ path []containerID }

// containerID identifies a Go slice (its array and length) or map.
type containerID struct {
	ptr uintptr
	len int
}

// enter counts a level of nesting and refuses a container already being
// converted further out. On success the caller must call leave.
func (e *encoder) enter(t *Thread, v reflect.Value) error {
	id := containerID{v.Pointer(), v.Len()}
	if id.ptr != 0 {
		for _, x := range e.path {
			if x == id {
				return t.Errorf(object.ValueErrorType, "cannot convert a Go %s that contains itself", v.Type())
			}
		}
	}
	if !t.EnterRecursive() {
		return t.RecursionError(" while converting a Go value")
	}
	e.path = append(e.path, id)
	return nil
}

func (e *encoder) leave(t *Thread) {
	e.path = e.path[:len(e.path)-1]
	t.LeaveRecursive()
}

func (e *encoder) value(t *Thread, v reflect.Value) (*Object, error) {
	switch v.Kind() {
	case reflect.Invalid:
		return object.None, nil
	case reflect.Bool:
		return object.NewBool(v.Bool()), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return object.NewInt(t, v.Int()), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		u := v.Uint()
		if u > math.MaxInt64 {
			return nil, t.Errorf(object.OverflowErrorType, "Go %s value %d does not fit in a Python int here", v.Type(), u)
		}
		return object.NewInt(t, int64(u)), nil
	case reflect.Float32, reflect.Float64:
		return object.NewFloat(t, v.Float()), nil
	case reflect.String:
		return object.FSDecode(t, v.String()), nil
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return object.None, nil
		}
		if v.Type() == objectPtrType {
			return t.NewRef(v.Interface().(*Object)), nil
		}
		if v.Kind() == reflect.Interface {
			return e.value(t, v.Elem())
		}
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.Uint8 {
			return object.NewBytes(t, v.Bytes()), nil
		}
		if v.Kind() == reflect.Slice {
			if err := e.enter(t, v); err != nil {
				return nil, err
			}
			defer e.leave(t)
		}
		items := make([]*Object, v.Len())
		for i := range items {
			o, err := e.value(t, v.Index(i))
			if err != nil {
				for _, x := range items[:i] {
					t.Decref(x)
				}
				return nil, err
			}
			items[i] = o
		}
		if v.Type() == tupleType {
			return object.NewTuple(t, items).Obj(), nil
		}
		return object.NewList(t, items).Obj(), nil
	case reflect.Map:
		if v.Type().Key().Kind() != reflect.String {
			break
		}
		if err := e.enter(t, v); err != nil {
			return nil, err
		}
		defer e.leave(t)
		d := object.NewDict(t)
		it := v.MapRange()
		for it.Next() {
			val, err := e.value(t, it.Value())
			if err != nil {
				t.Decref(d.Obj())
				return nil, err
			}
			k := object.FSDecode(t, it.Key().String())
			err = d.SetItem(t, k, val)
			t.Decref(k)
			t.Decref(val)
			if err != nil {
				t.Decref(d.Obj())
				return nil, err
			}
		}
		return d.Obj(), nil
	}
	return nil, t.Errorf(object.TypeErrorType, "cannot convert Go value of type %s to a Python object", v.Type())
}

var (
	objectPtrType = reflect.TypeFor[*Object]()
	tupleType     = reflect.TypeFor[Tuple]()
	bytesType     = reflect.TypeFor[[]byte]()
)

// ToGo converts a Python value to the Go type T, the reverse of FromGo:
//
//	int (or bool)       int, int8..int64, uint.. (OverflowError when it does not fit)
//	float or int        float32, float64
//	str                 string
//	bytes               []byte (a copy)
//	bool                bool
//	list or tuple       []E, Tuple
//	dict with str keys  map[string]E
//	anything            *object.Object (borrowed: o itself)
//	anything below      any: None → nil, bool, int64, float64, string,
//	                    []byte, list → []any, tuple → Tuple,
//	                    dict → map[string]any
//
// A value of the wrong type raises TypeError ("expected int, not str"), a
// list or dict that contains itself ValueError, and nesting deeper than
// the recursion limit RecursionError.
func ToGo[T any](t *Thread, o *Object) (T, error) {
	var out T
	err := toValue(t, o, reflect.ValueOf(&out).Elem())
	if m, ok := err.(*mismatch); ok {
		err = t.Errorf(object.TypeErrorType, "expected %s, not %s", m.want, m.got)
	}
	return out, err
}

// mismatch is a conversion's wrong-type error before it becomes a
// TypeError whose wording depends on the caller (ToGo or Bind).
type mismatch struct{ want, got string }

func (m *mismatch) Error() string { return "expected " + m.want + ", not " + m.got }

// pyName is the Python type a Go type converts from, for messages.
func pyName(typ reflect.Type) string {
	switch typ.Kind() {
	case reflect.Bool:
		return "bool"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return "int"
	case reflect.Float32, reflect.Float64:
		return "float"
	case reflect.String:
		return "str"
	case reflect.Slice:
		switch typ {
		case bytesType:
			return "bytes"
		case tupleType:
			return "tuple"
		}
		return "list"
	case reflect.Map:
		return "dict"
	}
	return typ.String()
}

func toValue(t *Thread, o *Object, dst reflect.Value) error {
	var d decoder
	return d.value(t, o, dst)
}

// decoder is the state of one ToGo: the lists, tuples and dicts being
// converted, from the outermost in, to refuse one that contains itself
// (which would recurse for ever, or exponentially long).
type decoder struct{ path []*Object }

// enter counts a level of nesting and refuses a container already being
// converted further out. On success the caller must call leave.
func (d *decoder) enter(t *Thread, o *Object) error {
	for _, x := range d.path {
		if x == o {
			return t.Errorf(object.ValueErrorType, "cannot convert a %s that contains itself to Go", o.Type().Name)
		}
	}
	if !t.EnterRecursive() {
		return t.RecursionError(" while converting a Python object to Go")
	}
	d.path = append(d.path, o)
	return nil
}

func (d *decoder) leave(t *Thread) {
	d.path = d.path[:len(d.path)-1]
	t.LeaveRecursive()
}

func (d *decoder) value(t *Thread, o *Object, dst reflect.Value) error {
	typ := dst.Type()
	wrong := func() error { return &mismatch{pyName(typ), o.Type().Name} }
	switch typ.Kind() {
	case reflect.Bool:
		if o != object.True && o != object.False {
			return wrong()
		}
		dst.SetBool(o == object.True)
		return nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if !object.IsInt(o) {
			return wrong()
		}
		n, err := object.AsInt64(t, o)
		if err != nil {
			return err
		}
		if dst.OverflowInt(n) {
			return t.Errorf(object.OverflowErrorType, "Python int too large to convert to Go %s", typ)
		}
		dst.SetInt(n)
		return nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		if !object.IsInt(o) {
			return wrong()
		}
		n, err := object.AsInt64(t, o)
		if err != nil {
			return err
		}
		if n < 0 {
			return t.Errorf(object.OverflowErrorType, "can't convert negative int to unsigned")
		}
		if dst.OverflowUint(uint64(n)) {
			return t.Errorf(object.OverflowErrorType, "Python int too large to convert to Go %s", typ)
		}
		dst.SetUint(uint64(n))
		return nil
	case reflect.Float32, reflect.Float64:
		switch {
		case object.IsFloat(o):
			dst.SetFloat(object.FloatValue(o))
		case object.IsInt(o):
			f, err := object.FloatOf(t, o)
			if err != nil {
				return err
			}
			dst.SetFloat(object.FloatValue(f))
			t.Decref(f)
		default:
			return wrong()
		}
		return nil
	case reflect.String:
		if !object.IsStr(o) {
			return wrong()
		}
		s, err := object.FSEncode(t, o)
		if err != nil {
			return err
		}
		dst.SetString(s)
		return nil
	case reflect.Pointer:
		if typ == objectPtrType {
			dst.Set(reflect.ValueOf(o))
			return nil
		}
	case reflect.Interface:
		if typ.NumMethod() == 0 {
			v, err := d.toAny(t, o)
			if err != nil {
				return err
			}
			if v != nil {
				dst.Set(reflect.ValueOf(v))
			}
			return nil
		}
	case reflect.Slice:
		if typ == bytesType {
			if !object.IsBytes(o) {
				return wrong()
			}
			dst.SetBytes(object.BytesValue(o))
			return nil
		}
		var items []*Object
		switch {
		case object.IsList(o):
			items = object.AsList(o).Snapshot(t)
			defer decrefAll(t, items)
		case object.IsTuple(o):
			items = object.AsTuple(o).Items
		default:
			return wrong()
		}
		if err := d.enter(t, o); err != nil {
			return err
		}
		defer d.leave(t)
		s := reflect.MakeSlice(typ, len(items), len(items))
		for i, x := range items {
			if err := d.value(t, x, s.Index(i)); err != nil {
				return err
			}
		}
		dst.Set(s)
		return nil
	case reflect.Map:
		if typ.Key().Kind() != reflect.String {
			break
		}
		if !object.IsDict(o) {
			return wrong()
		}
		if err := d.enter(t, o); err != nil {
			return err
		}
		defer d.leave(t)
		cp := object.AsDict(o).Copy(t) // a private snapshot
		defer t.Decref(cp.Obj())
		m := reflect.MakeMapWithSize(typ, cp.Len())
		for pos := 0; ; {
			var k, v *Object
			var ok bool
			pos, k, v, ok = cp.Next(pos)
			if !ok {
				break
			}
			if !object.IsStr(k) {
				return t.Errorf(object.TypeErrorType, "dict keys must be str to convert to Go %s, not %s", typ, k.Type().Name)
			}
			ev := reflect.New(typ.Elem()).Elem()
			if err := d.value(t, v, ev); err != nil {
				return err
			}
			ks, err := object.FSEncode(t, k)
			if err != nil {
				return err
			}
			m.SetMapIndex(reflect.ValueOf(ks).Convert(typ.Key()), ev)
		}
		dst.Set(m)
		return nil
	}
	return t.Errorf(object.TypeErrorType, "cannot convert a Python value to Go type %s", typ)
}

// toAny converts o to the natural Go value of its type.
func (d *decoder) toAny(t *Thread, o *Object) (any, error) {
	var dst reflect.Value
	switch {
	case o == object.None:
		return nil, nil
	case o == object.True || o == object.False:
		return o == object.True, nil
	case object.IsInt(o):
		dst = reflect.New(reflect.TypeFor[int64]()).Elem()
	case object.IsFloat(o):
		return object.FloatValue(o), nil
	case object.IsStr(o):
		return object.FSEncode(t, o)
	case object.IsBytes(o):
		return object.BytesValue(o), nil
	case object.IsList(o):
		dst = reflect.New(reflect.TypeFor[[]any]()).Elem()
	case object.IsTuple(o):
		dst = reflect.New(tupleType).Elem()
	case object.IsDict(o):
		dst = reflect.New(reflect.TypeFor[map[string]any]()).Elem()
	default:
		return nil, t.Errorf(object.TypeErrorType, "cannot convert '%s' object to a Go value", o.Type().Name)
	}
	if err := d.value(t, o, dst); err != nil {
		return nil, err
	}
	return dst.Interface(), nil
}

func decrefAll(t *Thread, items []*Object) {
	for _, x := range items {
		t.Decref(x)
	}
}
