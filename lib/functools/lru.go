package functools

import (
	"github.com/ftpy/ftpy/object"
)

// newLRUWrapper returns a cache around fn; maxsize -1 is unbounded.
func newLRUWrapper(t *object.Thread, typ *object.Type, fn *object.Object, maxsize int64, typed bool, infoType *object.Object) *lruWrapper {
	w := &lruWrapper{fn: t.NewRef(fn), cache: object.NewDict(t), maxsize: maxsize, typed: typed, infoType: t.NewRef(infoType)}
	t.Init(&w.Object, typ)
	t.Track(&w.Object)
	return w
}

// lruNew is _lru_cache_wrapper(user_function, maxsize, typed,
// cache_info_type), what functools.lru_cache builds: the wrapper copies
// no attributes, functools.py's update_wrapper does that.
func lruNew(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var fn, maxsize, typed, infoType *object.Object
	if err := object.ParseArgs(t, "lru_cache", args, kw, []string{"user_function", "maxsize", "typed", "cache_info_type"}, 4,
		&fn, &maxsize, &typed, &infoType); err != nil {
		return nil, err
	}
	if !object.IsCallable(fn) {
		return nil, t.Errorf(object.TypeErrorType, "the first argument must be callable")
	}
	size := int64(-1)
	switch {
	case maxsize == object.None:
	case object.IsInt(maxsize):
		n, err := object.AsInt64(t, maxsize)
		if err != nil {
			if !object.ErrorMatches(err, object.OverflowErrorType) {
				return nil, err
			}
			// A huge maxsize never evicts; a hugely negative one caches
			// nothing, like CPython's clamped Py_ssize_t.
			t.DropError(err)
			n = 1 << 62
			if neg, _ := object.RichCompareBool(t, maxsize, object.SmallInt(0), object.LT); neg {
				n = 0
			}
		}
		if n < 0 {
			n = 0
		}
		size = n
	default:
		return nil, t.Errorf(object.TypeErrorType, "maxsize should be integer or None")
	}
	isTyped, err := object.IsTrue(t, typed)
	if err != nil {
		return nil, err
	}
	return &newLRUWrapper(t, typ, fn, size, isTyped, infoType).Object, nil
}

// lruReduce pickles the wrapper by name, like a function.
func lruReduce(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "__reduce__", args, kw, 0, 0); err != nil {
		return nil, err
	}
	return object.GetAttrString(t, self, "__qualname__")
}

// lruSelf is __copy__ and __deepcopy__: a cache is shared, never copied.
func lruSelf(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	return t.NewRef(self), nil
}
