// Package collections implements _collections, CPython's C module under
// collections/__init__.py: deque and its iterators, defaultdict,
// _count_elements and _tuplegetter. (OrderedDict is left to the Lib's
// pure-Python fallback, as CPython allows.)
package collections

import (
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() { vm.RegisterModule("_collections", newCModule) }

func npos(args []*object.Object, kw *object.Tuple) int {
	if kw == nil {
		return len(args)
	}
	return len(args) - len(kw.Items)
}

func reprOf(t *object.Thread, o *object.Object) (string, error) { return object.ReprString(t, o) }
