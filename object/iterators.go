// This file defines the iterator types behind the builtins enumerate,
// zip, map, filter and reversed, with Go constructors for the builtins
// module. Each is its own iterator; Next returns nil, nil when done.

package object

import (
	"math"
	"math/big"
	"sync"
)

// Threads may share one of these iterators, as any other: each keeps
// what it iterates over until it is itself freed (see listIter), and its
// counters are relaxed words.

// Enumerate is an enumerate object.
type Enumerate struct {
	Object
	it *Object // owned
	// count is the next index while it fits an int64; from
	// math.MaxInt64 on, bigCount (under mu) holds it, as CPython's
	// en_longindex does past PY_SSIZE_T_MAX.
	count    relaxedInt64
	mu       sync.Mutex
	bigCount *big.Int
	dict     *Dict // a Python subclass's instance dict
}

// Zip is a zip object.
type Zip struct {
	Object
	its    []*Object // owned
	strict bool
	dict   *Dict // a Python subclass's instance dict
}

// Map is a map object.
type Map struct {
	Object
	fn   *Object   // owned
	its  []*Object // owned
	dict *Dict     // a Python subclass's instance dict
}

// Filter is a filter object.
type Filter struct {
	Object
	fn   *Object // owned; None keeps true items
	it   *Object // owned
	dict *Dict   // a Python subclass's instance dict
}

// Reversed is a reversed object over a sequence without __reversed__.
type Reversed struct {
	Object
	seq   *Object      // owned
	index relaxedInt64 // -1 once exhausted
	dict  *Dict        // a Python subclass's instance dict
}

var (
	// EnumerateType is enumerate.
	EnumerateType = NewStaticType(&Type{Name: "enumerate", Flags: FlagGC | FlagBaseType,
		Doc: "Return an enumerate object."})
	// ZipType is zip.
	ZipType = NewStaticType(&Type{Name: "zip", Flags: FlagGC | FlagBaseType,
		Doc: "The zip object yields n-length tuples, where n is the number of iterables\npassed as positional arguments to zip()."})
	// MapType is map.
	MapType = NewStaticType(&Type{Name: "map", Flags: FlagGC | FlagBaseType,
		Doc: "Make an iterator that computes the function using arguments from\neach of the iterables.  Stops when the shortest iterable is exhausted."})
	// FilterType is filter.
	FilterType = NewStaticType(&Type{Name: "filter", Flags: FlagGC | FlagBaseType,
		Doc: "Return an iterator yielding those items of iterable for which function(item)\nis true. If function is None, return the items that are true."})
	// ReversedType is reversed.
	ReversedType = NewStaticType(&Type{Name: "reversed", Flags: FlagGC | FlagBaseType,
		Doc: "Return a reverse iterator over the values of the given sequence."})
)

func dropRef(t *Thread, p **Object) {
	if o := *p; o != nil {
		*p = nil
		t.Decref(o)
	}
}

func dropRefs(t *Thread, p *[]*Object) {
	items := *p
	*p = nil
	decrefAll(t, items)
}

func init() {
	EnumerateType.Iter, EnumerateType.Next = selfIter, enumerateNext
	EnumerateType.New = func(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
		var iterable, start *Object
		npos := len(args)
		if kwnames != nil {
			npos -= len(kwnames.Items)
		}
		if npos == 0 && kwnames == nil {
			return nil, t.Errorf(TypeErrorType, "enumerate() missing required argument 'iterable'")
		}
		if err := ParseArgs(t, "enumerate", args, kwnames, []string{"iterable", "start"}, 1, &iterable, &start); err != nil {
			return nil, err
		}
		return newEnumerate(t, typ, iterable, start)
	}
	EnumerateType.Traverse = func(o *Object, visit Visitor) {
		if it := Cast[Enumerate](o).it; it != nil {
			visit(it)
		}
	}
	EnumerateType.Clear = func(t *Thread, o *Object) { dropRef(t, &Cast[Enumerate](o).it) }
	EnumerateType.Dealloc = EnumerateType.Clear
	EnumerateType.SubclassDict = func(o *Object) **Dict { return &Cast[Enumerate](o).dict }

	ZipType.Iter, ZipType.Next = selfIter, zipNext
	ZipType.New = zipNew
	ZipType.Traverse = func(o *Object, visit Visitor) { visitAll(Cast[Zip](o).its, visit) }
	ZipType.Clear = func(t *Thread, o *Object) { dropRefs(t, &Cast[Zip](o).its) }
	ZipType.Dealloc = ZipType.Clear
	ZipType.SubclassDict = func(o *Object) **Dict { return &Cast[Zip](o).dict }

	MapType.Iter, MapType.Next = selfIter, mapNext
	MapType.New = func(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
		if typ == MapType {
			if err := NoKeywords(t, "map", kwnames); err != nil {
				return nil, err
			}
		}
		if len(args) < 2 {
			return nil, t.Errorf(TypeErrorType, "map() must have at least two arguments.")
		}
		return newMap(t, typ, args[0], args[1:])
	}
	MapType.Traverse = func(o *Object, visit Visitor) {
		m := Cast[Map](o)
		if m.fn != nil {
			visit(m.fn)
		}
		visitAll(m.its, visit)
	}
	MapType.Clear = func(t *Thread, o *Object) {
		m := Cast[Map](o)
		dropRef(t, &m.fn)
		dropRefs(t, &m.its)
	}
	MapType.Dealloc = MapType.Clear
	MapType.SubclassDict = func(o *Object) **Dict { return &Cast[Map](o).dict }

	FilterType.Iter, FilterType.Next = selfIter, filterNext
	FilterType.New = func(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
		if typ == FilterType {
			if err := NoKeywords(t, "filter", kwnames); err != nil {
				return nil, err
			}
		}
		if err := CheckArgCount(t, "filter", args, nil, 2, 2); err != nil {
			return nil, err
		}
		return newFilter(t, typ, args[0], args[1])
	}
	FilterType.Traverse = func(o *Object, visit Visitor) {
		f := Cast[Filter](o)
		if f.fn != nil {
			visit(f.fn)
		}
		if f.it != nil {
			visit(f.it)
		}
	}
	FilterType.Clear = func(t *Thread, o *Object) {
		f := Cast[Filter](o)
		dropRef(t, &f.fn)
		dropRef(t, &f.it)
	}
	FilterType.Dealloc = FilterType.Clear
	FilterType.SubclassDict = func(o *Object) **Dict { return &Cast[Filter](o).dict }

	ReversedType.Iter, ReversedType.Next = selfIter, reversedNext
	ReversedType.New = func(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
		if typ == ReversedType {
			if err := NoKeywords(t, "reversed", kwnames); err != nil {
				return nil, err
			}
		}
		if len(args) != 1 {
			return nil, t.Errorf(TypeErrorType, "reversed expected 1 argument, got %d", len(args))
		}
		return reversedOf(t, typ, args[0])
	}
	ReversedType.Traverse = func(o *Object, visit Visitor) {
		if s := Cast[Reversed](o).seq; s != nil {
			visit(s)
		}
	}
	ReversedType.Clear = func(t *Thread, o *Object) { dropRef(t, &Cast[Reversed](o).seq) }
	ReversedType.Dealloc = ReversedType.Clear
	ReversedType.SubclassDict = func(o *Object) **Dict { return &Cast[Reversed](o).dict }

	ReadyType(EnumerateType, enumeratePickling, nil)
	ReadyType(ZipType, zipPickling, nil)
	ReadyType(MapType, mapPickling, nil)
	ReadyType(FilterType, filterPickling, nil)
	ReadyType(ReversedType, append([]MethodDef{lengthHintDef(func(t *Thread, o *Object) (int, error) {
		// As CPython: the sequence's current length bounds the hint
		// (and its errors propagate).
		r := Cast[Reversed](o)
		position := r.index.Load() + 1
		if r.seq == nil || position <= 0 {
			return 0, nil
		}
		n, err := Len(t, r.seq)
		if err != nil {
			return 0, err
		}
		if int64(n) < position {
			return 0, nil
		}
		return int(position), nil
	})}, reversedPickling...), nil)
}

// NewEnumerate returns enumerate(iterable, start); start may be nil (0).
func NewEnumerate(t *Thread, iterable, start *Object) (*Object, error) {
	return newEnumerate(t, EnumerateType, iterable, start)
}

func newEnumerate(t *Thread, typ *Type, iterable, start *Object) (*Object, error) {
	var n int64
	var bigStart *big.Int
	if start != nil {
		if start.typ != IntType && !hasIndex(start) {
			return nil, t.Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", start.typ.Name)
		}
		i, err := Index(t, start)
		if err != nil {
			return nil, err
		}
		v := Cast[Int](i).Big()
		t.Decref(i)
		if v.IsInt64() && v.Int64() < math.MaxInt64 {
			n = v.Int64()
		} else {
			n, bigStart = math.MaxInt64, v
		}
	}
	it, err := Iter(t, iterable)
	if err != nil {
		return nil, err
	}
	e := &Enumerate{it: it, bigCount: bigStart}
	e.count.Store(n)
	t.Init(&e.Object, typ)
	t.Track(&e.Object)
	return &e.Object, nil
}

func enumerateNext(t *Thread, o *Object) (*Object, error) {
	e := Cast[Enumerate](o)
	if e.it == nil {
		return nil, nil
	}
	if err := t.EnterGo(); err != nil { // e.it may wrap iterators in turn
		return nil, err
	}
	x, err := Next(t, e.it)
	t.LeaveGo()
	if err != nil || x == nil {
		return nil, err
	}
	var i *Object
	if n := e.count.Load(); n < math.MaxInt64 {
		e.count.Store(n + 1)
		i = NewInt(t, n)
	} else {
		i = e.nextBigCount(t)
	}
	return &NewTuple(t, []*Object{i, x}).Object, nil
}

// nextBigCount returns the next index once it no longer fits an int64.
func (e *Enumerate) nextBigCount(t *Thread) *Object {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.bigCount == nil {
		e.bigCount = big.NewInt(math.MaxInt64)
	}
	i := NewIntBig(t, new(big.Int).Set(e.bigCount))
	e.bigCount.Add(e.bigCount, bigOne)
	return i
}

func zipNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	npos := len(args)
	strict := false
	if kwnames != nil {
		npos -= len(kwnames.Items)
		if len(kwnames.Items) > 1 {
			return nil, t.Errorf(TypeErrorType, "zip() takes at most 1 keyword argument (%d given)", len(kwnames.Items))
		}
		if name := StrValue(kwnames.Items[0]); name != "strict" {
			return nil, t.Errorf(TypeErrorType, "'%s' is an invalid keyword argument for zip()", name)
		}
		var err error
		if strict, err = IsTrue(t, args[npos]); err != nil {
			return nil, err
		}
	}
	return newZip(t, typ, args[:npos], strict)
}

// NewZip returns zip(*iterables, strict=strict).
func NewZip(t *Thread, iterables []*Object, strict bool) (*Object, error) {
	return newZip(t, ZipType, iterables, strict)
}

func iterAll(t *Thread, iterables []*Object) ([]*Object, error) {
	its := make([]*Object, len(iterables))
	for i, x := range iterables {
		it, err := Iter(t, x)
		if err != nil {
			decrefAll(t, its[:i])
			return nil, err
		}
		its[i] = it
	}
	return its, nil
}

func newZip(t *Thread, typ *Type, iterables []*Object, strict bool) (*Object, error) {
	its, err := iterAll(t, iterables)
	if err != nil {
		return nil, err
	}
	z := &Zip{its: its, strict: strict}
	t.Init(&z.Object, typ)
	t.Track(&z.Object)
	return &z.Object, nil
}

func zipNext(t *Thread, o *Object) (*Object, error) {
	z := Cast[Zip](o)
	its := z.its
	if len(its) == 0 {
		return nil, nil
	}
	if err := t.EnterGo(); err != nil { // its may wrap iterators in turn
		return nil, err
	}
	items := make([]*Object, len(its))
	for i, it := range its {
		x, err := Next(t, it)
		if err != nil || x == nil {
			t.LeaveGo()
			return nil, zipStop(t, z, items[:i], err)
		}
		items[i] = x
	}
	t.LeaveGo()
	return &NewTuple(t, items).Object, nil
}

// zipStop ends a zip's next when iterator len(got) raised err or, err
// nil, is exhausted: got holds the items the others gave.
func zipStop(t *Thread, z *Zip, got []*Object, err error) error {
	decrefAll(t, got)
	if err != nil {
		return err
	}
	if z.strict {
		return zipStrictCheck(t, z, len(got))
	}
	return nil
}

// zipStrictCheck runs when iterator i of a strict zip is exhausted: every
// other iterator must be exhausted too.
func zipStrictCheck(t *Thread, z *Zip, i int) error {
	plural := func(i int) string {
		if i == 1 {
			return " "
		}
		return "s 1-"
	}
	if i > 0 {
		return t.Errorf(ValueErrorType, "zip() argument %d is shorter than argument%s%d", i+1, plural(i), i)
	}
	for k := 1; k < len(z.its); k++ {
		x, err := Next(t, z.its[k])
		if err != nil {
			return err
		}
		if x != nil {
			t.Decref(x)
			return t.Errorf(ValueErrorType, "zip() argument %d is longer than argument%s%d", k+1, plural(k), k)
		}
	}
	return nil
}

// NewMap returns map(fn, *iterables).
func NewMap(t *Thread, fn *Object, iterables []*Object) (*Object, error) {
	return newMap(t, MapType, fn, iterables)
}

func newMap(t *Thread, typ *Type, fn *Object, iterables []*Object) (*Object, error) {
	its, err := iterAll(t, iterables)
	if err != nil {
		return nil, err
	}
	m := &Map{fn: t.NewRef(fn), its: its}
	t.Init(&m.Object, typ)
	t.Track(&m.Object)
	return &m.Object, nil
}

func mapNext(t *Thread, o *Object) (*Object, error) {
	m := Cast[Map](o)
	if len(m.its) == 0 {
		return nil, nil
	}
	var buf [4]*Object
	args := buf[:0]
	if len(m.its) > len(buf) {
		args = make([]*Object, 0, len(m.its))
	}
	// m.its may wrap iterators in turn, and m.fn may call the next of
	// another map (map(next, [map(next, ...)])): one level of Go
	// recursion for both (Next and Call count none).
	if err := t.EnterGo(); err != nil {
		return nil, err
	}
	for _, it := range m.its {
		x, err := Next(t, it)
		if err != nil || x == nil {
			t.LeaveGo()
			decrefAll(t, args)
			return nil, err
		}
		args = append(args, x)
	}
	r, err := Call(t, m.fn, args, nil)
	t.LeaveGo()
	decrefAll(t, args)
	return r, err
}

// NewFilter returns filter(fn, iterable); fn None keeps true items.
func NewFilter(t *Thread, fn, iterable *Object) (*Object, error) {
	return newFilter(t, FilterType, fn, iterable)
}

func newFilter(t *Thread, typ *Type, fn, iterable *Object) (*Object, error) {
	it, err := Iter(t, iterable)
	if err != nil {
		return nil, err
	}
	f := &Filter{fn: t.NewRef(fn), it: it}
	t.Init(&f.Object, typ)
	t.Track(&f.Object)
	return &f.Object, nil
}

func filterNext(t *Thread, o *Object) (*Object, error) {
	if Cast[Filter](o).it == nil {
		return nil, nil
	}
	// f.it may wrap iterators in turn, and f.fn may call the next of
	// another filter: one level of Go recursion for both (Next and Call
	// count none).
	if err := t.EnterGo(); err != nil {
		return nil, err
	}
	x, err := filterFind(t, Cast[Filter](o))
	t.LeaveGo()
	return x, err
}

// filterFind is filterNext's search for the next item f keeps.
func filterFind(t *Thread, f *Filter) (*Object, error) {
	for {
		x, err := Next(t, f.it)
		if err != nil || x == nil {
			return nil, err
		}
		var ok bool
		if f.fn == None || f.fn == TypeOf(True) {
			ok, err = IsTrue(t, x)
		} else {
			var r *Object
			if r, err = Call(t, f.fn, []*Object{x}, nil); err == nil {
				ok, err = IsTrue(t, r)
				t.Decref(r)
			}
		}
		if err != nil {
			t.Decref(x)
			return nil, err
		}
		if ok {
			return x, nil
		}
		t.Decref(x)
	}
}

// NewReversed returns reversed(seq): seq.__reversed__() when its type
// defines it, else an iterator indexing the sequence backwards.
func NewReversed(t *Thread, seq *Object) (*Object, error) {
	return reversedOf(t, ReversedType, seq)
}

func reversedOf(t *Thread, typ *Type, seq *Object) (*Object, error) {
	if m := seq.typ.Lookup(Intern("__reversed__")); m != nil {
		if m == None {
			return nil, t.Errorf(TypeErrorType, "'%s' object is not reversible", seq.typ.Name)
		}
		f, err := GetAttrString(t, seq, "__reversed__")
		if err != nil {
			return nil, err
		}
		defer t.Decref(f)
		return Call(t, f, nil, nil)
	}
	if seq.typ.GetItem == nil || IsDict(seq) || IsAnySet(seq) {
		return nil, t.Errorf(TypeErrorType, "'%s' object is not reversible", seq.typ.Name)
	}
	if seq.typ.Len == nil {
		return nil, t.Errorf(TypeErrorType, "object of type '%s' has no len()", seq.typ.Name)
	}
	n, err := Len(t, seq)
	if err != nil {
		return nil, err
	}
	r := &Reversed{seq: t.NewRef(seq)}
	r.index.Store(int64(n) - 1)
	t.Init(&r.Object, typ)
	t.Track(&r.Object)
	return &r.Object, nil
}

func reversedNext(t *Thread, o *Object) (*Object, error) {
	r := Cast[Reversed](o)
	index := r.index.Load()
	if index < 0 || r.seq == nil {
		return nil, nil
	}
	i := NewInt(t, index)
	x, err := GetItem(t, r.seq, i)
	t.Decref(i)
	if err == nil {
		r.index.Store(index - 1)
		return x, nil
	}
	if !ErrorMatches(err, IndexErrorType) && !ErrorMatches(err, StopIterationType) {
		return nil, err
	}
	t.DropError(err)
	r.index.Store(-1)
	return nil, nil
}
