package csv

import (
	"sync"
	"sync/atomic"

	"github.com/ftpy/ftpy/lib/internal/errclass"
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

// This file is the module: the registry of dialects, field_size_limit,
// the constants and the reader and writer factories.

func init() { vm.RegisterModule("_csv", newModule) }

var csvError = errclass.New("_csv.Error")

// fieldLimit is the longest field a reader accepts (field_size_limit).
var fieldLimit atomic.Int64

func init() { fieldLimit.Store(128 * 1024) }

// registry is _csv._dialects, made on first import and immortal.
var registry struct {
	once sync.Once
	d    *object.Dict
}

func dialects(t *object.Thread) *object.Dict {
	registry.once.Do(func() {
		registry.d = object.NewDict(t)
		t.MakeImmortal(registry.d.Obj())
	})
	return registry.d
}

// lookupDialect returns the registered dialect named name (a new
// reference).
func lookupDialect(t *object.Thread, name *object.Object) (*object.Object, error) {
	v, err := dialects(t).GetItemRef(t, name)
	if err != nil {
		return nil, err
	}
	if v == nil {
		return nil, csvError.Errorf(t, "unknown dialect")
	}
	return v, nil
}

// unpackArgs checks a call of one or two positional arguments the way
// CPython's PyArg_UnpackTuple with no name does; keywords are left to
// the dialect.
func unpackArgs(t *object.Thread, args []*object.Object, kw *object.Tuple) ([]*object.Object, error) {
	pos := args[:len(args)-kwCount(kw)]
	switch {
	case len(pos) < 1:
		return nil, t.Errorf(object.TypeErrorType, " expected at least 1 argument, got %d", len(pos))
	case len(pos) > 2:
		return nil, t.Errorf(object.TypeErrorType, " expected at most 2 arguments, got %d", len(pos))
	}
	return pos, nil
}

func nameArg(t *object.Thread, fname string, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var name *object.Object
	if err := object.ParseArgs(t, fname, args, kw, []string{"name"}, 1, &name); err != nil {
		return nil, err
	}
	return name, nil
}

var funcs = []object.MethodDef{
	{Name: "reader", Fn: newReader, Doc: "    csv_reader = reader(iterable [, dialect='excel']\n                        [optional keyword args])\n    for row in csv_reader:\n        process(row)\n\nThe \"iterable\" argument can be any object that returns a line\nof input for each iteration, such as a file object or a list.  The\noptional \"dialect\" parameter is discussed below.  The function\nalso accepts optional keyword arguments which override settings\nprovided by the dialect.\n\nThe returned object is an iterator.  Each iteration returns a row\nof the CSV file (which can span multiple input lines).\n"},
	{Name: "writer", Fn: newWriter, Doc: "    csv_writer = csv.writer(fileobj [, dialect='excel']\n                            [optional keyword args])\n    for row in sequence:\n        csv_writer.writerow(row)\n\n    [or]\n\n    csv_writer = csv.writer(fileobj [, dialect='excel']\n                            [optional keyword args])\n    csv_writer.writerows(rows)\n\nThe \"fileobj\" argument can be any object that supports the file API.\n"},
	{Name: "register_dialect", Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		pos, err := unpackArgs(t, args, kw)
		if err != nil {
			return nil, err
		}
		if !object.IsStr(pos[0]) {
			return nil, t.Errorf(object.TypeErrorType, "dialect name must be a string")
		}
		var base *object.Object
		if len(pos) == 2 {
			base = pos[1]
		}
		d, err := callDialect(t, base, args, kw)
		if err != nil {
			return nil, err
		}
		defer t.Decref(d)
		if err := dialects(t).SetItem(t, pos[0], d); err != nil {
			return nil, err
		}
		return object.None, nil
	}, Doc: "Create a mapping from a string name to a dialect class.\n    dialect = csv.register_dialect(name[, dialect[, **fmtparams]])"},
	{Name: "unregister_dialect", Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		name, err := nameArg(t, "unregister_dialect", args, kw)
		if err != nil {
			return nil, err
		}
		found, err := dialects(t).DelItem(t, name)
		if err != nil {
			return nil, err
		}
		if !found {
			return nil, csvError.Errorf(t, "unknown dialect")
		}
		return object.None, nil
	}, Doc: "Delete the name/dialect mapping associated with a string name.\n\n    csv.unregister_dialect(name)"},
	{Name: "get_dialect", Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		name, err := nameArg(t, "get_dialect", args, kw)
		if err != nil {
			return nil, err
		}
		return lookupDialect(t, name)
	}, Doc: "Return the dialect instance associated with name.\n\n    dialect = csv.get_dialect(name)"},
	{Name: "list_dialects", Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "list_dialects", args, kw, 0, 0); err != nil {
			return nil, err
		}
		l, err := object.NewListFrom(t, dialects(t).Obj())
		if err != nil {
			return nil, err
		}
		return l.Obj(), nil
	}, Doc: "Return a list of all know dialect names.\n    names = csv.list_dialects()"},
	{Name: "field_size_limit", Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		var limit *object.Object
		if err := object.ParseArgs(t, "field_size_limit", args, kw, []string{"new_limit"}, 0, &limit); err != nil {
			return nil, err
		}
		old := fieldLimit.Load()
		if limit != nil {
			if !object.IsInt(limit) {
				return nil, t.Errorf(object.TypeErrorType, "limit must be an integer")
			}
			v, err := object.AsInt64(t, limit)
			if err != nil {
				return nil, err
			}
			fieldLimit.Store(v)
		}
		return object.NewInt(t, old), nil
	}, Doc: "Sets an upper limit on parsed fields.\n    csv.field_size_limit([limit])\n\nReturns old limit. If limit is not given, no new limit is set and\nthe old limit is returned"},
}

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("_csv")
	d := m.Dict
	for i := range funcs {
		d.SetStr(t, object.Intern(funcs[i].Name), object.NewStaticBuiltin(&funcs[i]))
	}
	for i, name := range []string{"QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE"} {
		v := object.NewInt(t, int64(i))
		d.SetStr(t, object.Intern(name), v)
		t.Decref(v)
	}
	errType, err := csvError.Get(t)
	if err != nil {
		return nil, err
	}
	d.SetStr(t, object.Intern("Error"), errType)
	d.SetStr(t, object.Intern("Dialect"), dialectType.Obj())
	d.SetStr(t, object.Intern("Reader"), readerType.Obj())
	d.SetStr(t, object.Intern("Writer"), writerType.Obj())
	d.SetStr(t, object.Intern("_dialects"), dialects(t).Obj())
	d.SetStr(t, object.Intern("__version__"), object.NewStrStatic("1.0"))
	d.SetStr(t, object.Intern("__doc__"), object.NewStrStatic(moduleDoc))
	object.ClaimModuleFunctions(d, "_csv")
	return m.Obj(), nil
}

const moduleDoc = "CSV parsing and writing.\n\nThis module reads and writes tables of comma separated values (or of\nvalues separated by another character) in the formats spreadsheets and\ndatabases produce; csv.py describes the dialects and parameters.\n"
