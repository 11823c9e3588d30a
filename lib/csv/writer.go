package csv

import (
	"strings"

	"github.com/ftpy/ftpy/lib/codecs"
	"github.com/ftpy/ftpy/object"
)

// This file is _csv.writer: writerow formats a row as one line and
// passes it to the file's write method. A row is built within one call,
// so writers keep no state between calls.

type writer struct {
	object.Object
	write   *object.Object // the file's bound write method, owned
	dialect *object.Object // owned
}

var writerType = object.NewStaticType(&object.Type{Name: "writer", Module: "_csv", Flags: object.FlagGC,
	Doc: "CSV writer\n\nWriter objects are responsible for generating tabular data\nin CSV format from sequence input.\n"})

// isNumber is PyNumber_Check: whether o converts to a number, which
// QUOTE_NONNUMERIC leaves unquoted.
func isNumber(o *object.Object) bool {
	if object.IsComplex(o) {
		return true
	}
	if n := o.Type().Number; n != nil && (n.Index != nil || n.Int != nil || n.Float != nil) {
		return true
	}
	typ := o.Type()
	for _, name := range []string{"__index__", "__int__", "__float__"} {
		if typ.Lookup(object.Intern(name)) != nil {
			return true
		}
	}
	return false
}

// appendField adds one field's text to line, escaping and quoting it as
// the dialect says; it returns the new line and whether it is empty
// unquoted (a row of one such field must be quoted).
func appendField(t *object.Thread, d *dialect, line *strings.Builder, first bool, text string, quoted bool) error {
	var body []byte
	for i := 0; i < len(text); {
		c, n := codecs.DecodeRune(text[i:])
		i += n
		special := c == d.delimiter || c == d.escapechar || c == d.quotechar ||
			strings.ContainsRune(d.lineterminator, c)
		if special {
			escape := false
			if d.quoting == quoteNone {
				escape = true
			} else {
				switch {
				case c == d.quotechar:
					if d.doublequote {
						body = codecs.AppendRune(body, d.quotechar)
					} else {
						escape = true
					}
				case c == d.escapechar:
					escape = true
				}
				if !escape {
					quoted = true
				}
			}
			if escape {
				if d.escapechar == noChar {
					return csvError.Errorf(t, "need to escape, but no escapechar set")
				}
				body = codecs.AppendRune(body, d.escapechar)
			}
		}
		body = codecs.AppendRune(body, c)
	}
	if !first {
		line.WriteString(object.RuneStr(d.delimiter))
	}
	if quoted {
		line.WriteString(object.RuneStr(d.quotechar))
	}
	line.Write(body)
	if quoted {
		line.WriteString(object.RuneStr(d.quotechar))
	}
	return nil
}

// writerow formats row and writes it, returning what write returned.
func writerow(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "writerow", args, kw, 1, 1); err != nil {
		return nil, err
	}
	w := object.Cast[writer](self)
	if w.write == nil || w.dialect == nil {
		return nil, t.Errorf(object.ValueErrorType, "writer is cleared")
	}
	d := asDialect(w.dialect)
	it, err := object.Iter(t, args[0])
	if err != nil {
		if object.ErrorMatches(err, object.TypeErrorType) {
			t.DropError(err)
			return nil, csvError.Errorf(t, "iterable expected, not %.200s", args[0].Type().Name)
		}
		return nil, err
	}
	defer t.Decref(it)
	var line strings.Builder
	fields := 0
	for {
		f, err := object.Next(t, it)
		if err != nil {
			return nil, err
		}
		if f == nil {
			break
		}
		quoted := d.quoting == quoteAll || (d.quoting == quoteNonNumeric && !isNumber(f))
		var text string
		switch {
		case object.IsStr(f):
			text = object.StrValue(f)
		case f == object.None:
		default:
			s, err := object.StrOf(t, f)
			if err != nil {
				t.Decref(f)
				return nil, err
			}
			text = object.StrValue(s)
			t.Decref(s)
		}
		t.Decref(f)
		if err := appendField(t, d, &line, fields == 0, text, quoted); err != nil {
			return nil, err
		}
		fields++
	}
	// A row of one empty field would read back as no field at all.
	if fields == 1 && line.Len() == 0 {
		if d.quoting == quoteNone {
			return nil, csvError.Errorf(t, "single empty field record must be quoted")
		}
		if err := appendField(t, d, &line, true, "", true); err != nil {
			return nil, err
		}
	}
	line.WriteString(d.lineterminator)
	s := object.NewStr(t, line.String())
	defer t.Decref(s)
	return object.Call(t, w.write, []*object.Object{s}, nil)
}

func writerows(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "writerows", args, kw, 1, 1); err != nil {
		return nil, err
	}
	it, err := object.Iter(t, args[0])
	if err != nil {
		return nil, err
	}
	defer t.Decref(it)
	for {
		row, err := object.Next(t, it)
		if err != nil {
			return nil, err
		}
		if row == nil {
			return object.None, nil
		}
		v, err := writerow(t, self, []*object.Object{row}, nil)
		t.Decref(row)
		if err != nil {
			return nil, err
		}
		t.Decref(v)
	}
}

// newWriter is writer(fileobj, dialect='excel', **fmtparams).
func newWriter(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	pos, err := unpackArgs(t, args, kw)
	if err != nil {
		return nil, err
	}
	write, err := object.GetAttrString(t, pos[0], "write")
	if err != nil {
		if !object.ErrorMatches(err, object.AttributeErrorType) {
			return nil, err
		}
		t.DropError(err)
		write = nil
	}
	if write == nil || !object.IsCallable(write) {
		t.XDecref(write)
		return nil, t.Errorf(object.TypeErrorType, "argument 1 must have a \"write\" method")
	}
	var base *object.Object
	if len(pos) == 2 {
		base = pos[1]
	}
	d, err := callDialect(t, base, args, kw)
	if err != nil {
		t.Decref(write)
		return nil, err
	}
	w := &writer{write: write, dialect: d}
	t.Init(&w.Object, writerType)
	t.Track(&w.Object)
	return &w.Object, nil
}

var writerMethods = []object.MethodDef{
	{Name: "writerow", Fn: writerow, Doc: "writerow(iterable)\n\nConstruct and write a CSV record from an iterable of fields.  Non-string\nelements will be converted to string."},
	{Name: "writerows", Fn: writerows, Doc: "writerows(iterable of iterables)\n\nConstruct and write a series of iterables to a csv file.  Non-string\nelements will be converted to string."},
}

var writerGetSets = []object.GetSetDef{
	{Name: "dialect", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return t.NewRef(object.Cast[writer](o).dialect), nil
	}},
}

func init() {
	writerType.New = func(t *object.Thread, _ *object.Type, _ []*object.Object, _ *object.Tuple) (*object.Object, error) {
		return nil, t.Errorf(object.TypeErrorType, "cannot create '_csv.writer' instances")
	}
	writerType.Traverse = func(o *object.Object, visit object.Visitor) {
		w := object.Cast[writer](o)
		for _, p := range []*object.Object{w.write, w.dialect} {
			if p != nil {
				visit(p)
			}
		}
	}
	writerType.Clear = func(t *object.Thread, o *object.Object) {
		w := object.Cast[writer](o)
		wr, d := w.write, w.dialect
		w.write, w.dialect = nil, nil
		t.XDecref(wr)
		t.XDecref(d)
	}
	writerType.Dealloc = writerType.Clear
	object.ReadyType(writerType, writerMethods, writerGetSets)
}
