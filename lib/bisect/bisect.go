// Package bisect implements _bisect, CPython's C module under bisect.py:
// binary search and insertion in sorted sequences, with lo/hi bounds and
// key functions.
package bisect

import (
	"github.com/ftpy/ftpy/object"
)

var params = []string{"a", "x", "lo", "hi", "$key"}

type bisectArgs struct {
	a, x, key *object.Object
	lo, hi    int64
}

// parse binds bisect_*/insort_*'s arguments (a, x, lo=0, hi=None, *, key=None).
func parse(t *object.Thread, name string, args []*object.Object, kw *object.Tuple) (*bisectArgs, error) {
	npos := len(args)
	if kw != nil {
		npos -= len(kw.Items)
	}
	if npos > 4 {
		return nil, t.Errorf(object.TypeErrorType, "%s() takes at most 4 positional arguments (%d given)", name, npos)
	}
	if kw != nil {
		for _, k := range kw.Items {
			switch object.StrValue(k) {
			case "a", "x", "lo", "hi", "key":
			default:
				return nil, t.Errorf(object.TypeErrorType, "'%s' is an invalid keyword argument for %s()", object.StrValue(k), name)
			}
		}
	}
	var a, x, lo, hi, key *object.Object
	if err := object.ParseArgs(t, name, args, kw, params, 2, &a, &x, &lo, &hi, &key); err != nil {
		return nil, err
	}
	r := &bisectArgs{a: a, x: x, hi: -1}
	if key != nil && key != object.None {
		r.key = key
	}
	if lo != nil {
		v, err := object.AsInt64(t, lo)
		if err != nil {
			return nil, err
		}
		r.lo = v
	}
	if r.lo < 0 {
		return nil, t.Errorf(object.ValueErrorType, "lo must be non-negative")
	}
	if hi == nil || hi == object.None {
		n, err := object.Len(t, a)
		if err != nil {
			return nil, err
		}
		r.hi = int64(n)
	} else {
		v, err := object.AsInt64(t, hi)
		if err != nil {
			return nil, err
		}
		r.hi = v
	}
	return r, nil
}

// search returns the insertion point of x (already in key space) in a.
// right selects bisect_right's placement after equal items.
func search(t *object.Thread, p *bisectArgs, x *object.Object, right bool) (int64, error) {
	lo, hi := p.lo, p.hi
	for lo < hi {
		mid := int64(uint64(lo+hi) / 2)
		idx := object.NewInt(t, mid)
		item, err := object.GetItem(t, p.a, idx)
		t.Decref(idx)
		if err != nil {
			return 0, err
		}
		if p.key != nil {
			k, err := object.Call(t, p.key, []*object.Object{item}, nil)
			t.Decref(item)
			if err != nil {
				return 0, err
			}
			item = k
		}
		var less bool
		if right {
			less, err = object.RichCompareBool(t, x, item, object.LT)
		} else {
			less, err = object.RichCompareBool(t, item, x, object.LT)
		}
		t.Decref(item)
		if err != nil {
			return 0, err
		}
		if less == right {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo, nil
}

func bisectFunc(name string, right bool) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		p, err := parse(t, name, args, kw)
		if err != nil {
			return nil, err
		}
		i, err := search(t, p, p.x, right)
		if err != nil {
			return nil, err
		}
		return object.NewInt(t, i), nil
	}}
}

func insortFunc(name string, right bool) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		p, err := parse(t, name, args, kw)
		if err != nil {
			return nil, err
		}
		x := t.NewRef(p.x)
		if p.key != nil {
			k, err := object.Call(t, p.key, []*object.Object{p.x}, nil)
			t.Decref(x)
			if err != nil {
				return nil, err
			}
			x = k
		}
		i, err := search(t, p, x, right)
		t.Decref(x)
		if err != nil {
			return nil, err
		}
		insert, err := object.GetAttrString(t, p.a, "insert")
		if err != nil {
			return nil, err
		}
		defer t.Decref(insert)
		idx := object.NewInt(t, i)
		defer t.Decref(idx)
		r, err := object.Call(t, insert, []*object.Object{idx, p.x}, nil)
		if err != nil {
			return nil, err
		}
		t.Decref(r)
		return object.None, nil
	}}
}

var funcs = []object.MethodDef{
	bisectFunc("bisect_left", false),
	bisectFunc("bisect_right", true),
	insortFunc("insort_left", false),
	insortFunc("insort_right", true),
}
