// This file defines sqlite3.Cursor: executing statements and fetching
// their rows, with the type conversions of detect_types and
// text_factory.

package sqlite3

import (
	"strings"
	"unsafe"

	"github.com/ftpy/ftpy/lib/codecs"
	"github.com/ftpy/ftpy/object"
	"modernc.org/libc"
	lib "modernc.org/sqlite/lib"
)

// cursor is a Cursor. Its fields other than the immutable conn are used
// with the connection's lock held.
type cursor struct {
	object.Object
	dict *object.Dict

	conn        *object.Object // the Connection, owned; nil before __init__
	initialized bool
	closed      bool
	locked      bool // a statement of this cursor is running Python code

	stmt        *statement // the statement whose rows are pending, or nil
	converters  []*object.Object
	description *object.Object // owned
	rowcount    int64
	lastrowid   *object.Object // owned
	arraysize   int64
	rowFactory  *object.Object // owned
}

var cursorType = object.NewStaticType(&object.Type{
	Name:         "Cursor",
	Module:       "sqlite3",
	Flags:        object.FlagGC | object.FlagBaseType | object.FlagWeakrefable,
	Doc:          "SQLite database cursor class.",
	SubclassDict: func(o *object.Object) **object.Dict { return &asCursor(o).dict },
})

func asCursor(o *object.Object) *cursor { return object.Cast[cursor](o) }

func cursorNew(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	cu := &cursor{description: object.None, lastrowid: object.None, rowFactory: object.None, rowcount: -1, arraysize: 1}
	t.Init(&cu.Object, typ)
	t.Track(&cu.Object)
	return &cu.Object, nil
}

func cursorInit(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) error {
	var conn *object.Object
	if err := object.ParseArgs(t, "Cursor", args, kw, []string{"/connection"}, 1, &conn); err != nil {
		return err
	}
	if !object.IsInstance(conn, connectionType) {
		return t.Errorf(object.TypeErrorType, "Cursor() argument 1 must be sqlite3.Connection, not %s", conn.Type().Name)
	}
	cu := asCursor(self)
	if cu.locked {
		if err := makeExceptions(t); err != nil {
			return err
		}
		return programmingError(t, "Recursive use of cursors not allowed.")
	}
	old := cu.conn
	cu.conn = t.NewRef(conn)
	t.XDecref(old)
	cu.arraysize = 1
	cu.rowcount = -1
	cu.initialized = true
	return nil
}

func (cu *cursor) connection() *connection { return asConn(cu.conn) }

// enter checks the cursor and its connection (CPython's check_cursor)
// and takes the connection's lock.
func (cu *cursor) enter(t *object.Thread) (*connection, error) {
	if err := makeExceptions(t); err != nil {
		return nil, err
	}
	if !cu.initialized {
		return nil, programmingError(t, "Base Cursor.__init__ not called.")
	}
	c := cu.connection()
	if err := c.checkThread(t); err != nil {
		return nil, err
	}
	c.lock(t)
	if cu.closed {
		c.unlock()
		return nil, programmingError(t, "Cannot operate on a closed cursor.")
	}
	if err := c.checkOpen(t); err != nil {
		c.unlock()
		return nil, err
	}
	if cu.locked {
		c.unlock()
		return nil, programmingError(t, "Recursive use of cursors not allowed.")
	}
	return c, nil
}

// dropStatement resets and releases the pending statement.
func (cu *cursor) dropStatement(c *connection) {
	if s := cu.stmt; s != nil {
		cu.stmt = nil
		s.reset(c)
		s.release(c)
	}
	cu.dropConverters(c.t)
}

// dropConverters releases the converters of the last statement.
func (cu *cursor) dropConverters(t *object.Thread) {
	conv := cu.converters
	cu.converters = nil
	for _, f := range conv {
		t.XDecref(f)
	}
}

func (cu *cursor) setDescription(t *object.Thread, v *object.Object) {
	old := cu.description
	cu.description = v
	t.XDecref(old)
}

func (cu *cursor) setLastRowID(t *object.Thread, v *object.Object) {
	old := cu.lastrowid
	cu.lastrowid = v
	t.XDecref(old)
}

// step runs sqlite3_step detached.
func (c *connection) step(t *object.Thread, st uintptr) int32 {
	tls := c.tls
	return blocking(t, func() int32 { return lib.Xsqlite3_step(tls, st) })
}

// execute is CPython's _pysqlite_query_execute: sql once per parameter
// set, the sets coming from an iterable when many.
func (cu *cursor) execute(t *object.Thread, c *connection, sqlObj, params *object.Object, many bool) error {
	cu.locked = true
	defer func() { cu.locked = false }()
	cu.dropStatement(c)
	cu.setDescription(t, object.None)
	cu.rowcount = -1

	var paramIter *object.Object
	if many {
		it, err := object.Iter(t, params)
		if err != nil {
			return err
		}
		paramIter = it
		defer t.Decref(it)
	}
	s, err := c.cache.get(t, c, sqlObj)
	if err != nil {
		return err
	}
	if many && !s.isDML {
		s.release(c)
		return programmingError(t, "executemany() can only execute DML statements.")
	}
	cu.stmt = s
	s.inUse = true
	if s.st == 0 {
		// Only comments: nothing to run.
		cu.dropStatement(c)
		return nil
	}
	lib.Xsqlite3_reset(c.tls, s.st)
	if c.beginStmt != "" && s.isDML && c.autocommit() {
		if err := c.execSimple(t, c.beginStmt); err != nil {
			cu.dropStatement(c)
			return err
		}
	}
	if s.isDML {
		cu.rowcount = 0
	}
	var rc int32
	for first := true; ; first = false {
		var p *object.Object
		if many {
			v, err := object.Next(t, paramIter)
			if err != nil {
				cu.dropStatement(c)
				cu.rowcount = -1
				return err
			}
			if v == nil {
				break
			}
			p = v
		} else {
			if !first {
				break
			}
			if params != nil {
				p = t.NewRef(params)
			}
		}
		lib.Xsqlite3_reset(c.tls, s.st)
		lib.Xsqlite3_clear_bindings(c.tls, s.st)
		if p != nil {
			err = c.bindParameters(t, s, p)
			t.Decref(p)
		} else if n := lib.Xsqlite3_bind_parameter_count(c.tls, s.st); n != 0 {
			err = programmingError(t, "Incorrect number of bindings supplied. The current statement uses %d, and there are 0 supplied.", n)
		}
		if err != nil {
			cu.dropStatement(c)
			cu.rowcount = -1
			return err
		}
		rc = c.step(t, s.st)
		if rc != lib.SQLITE_DONE && rc != lib.SQLITE_ROW {
			err := c.pendingOrDBError(t)
			cu.dropStatement(c)
			cu.rowcount = -1
			return err
		}
		if err := cu.buildConverters(t, c, s.st); err != nil {
			cu.dropStatement(c)
			cu.rowcount = -1
			return err
		}
		if cu.description == object.None {
			if n := lib.Xsqlite3_column_count(c.tls, s.st); n > 0 {
				d, err := cu.buildDescription(t, c, s.st, int(n))
				if err != nil {
					cu.dropStatement(c)
					return err
				}
				cu.setDescription(t, d)
			}
		}
		if rc == lib.SQLITE_DONE {
			if s.isDML {
				cu.rowcount += int64(lib.Xsqlite3_changes64(c.tls, c.db))
			}
			lib.Xsqlite3_reset(c.tls, s.st)
		}
	}
	if !many {
		cu.setLastRowID(t, object.NewInt(t, int64(lib.Xsqlite3_last_insert_rowid(c.tls, c.db))))
	}
	if rc != lib.SQLITE_ROW {
		cu.dropStatement(c)
	}
	return nil
}

// pendingOrDBError returns the exception for a failed step. Callbacks
// report their Python exceptions to SQLite as result codes, so the
// connection's error is the whole story, as in CPython 3.11.
func (c *connection) pendingOrDBError(t *object.Thread) error {
	return dbError(t, c.tls, c.db)
}

// columnName is the name of column i as the description shows it:
// with PARSE_COLNAMES, "name [type]" loses its " [type]".
func (cu *cursor) columnName(c *connection, st uintptr, i int) string {
	name := libc.GoString(lib.Xsqlite3_column_name(c.tls, st, int32(i)))
	if c.detectTypes&parseColnames != 0 {
		if j := strings.IndexByte(name, '['); j >= 0 {
			if j > 0 && name[j-1] == ' ' {
				j--
			}
			name = name[:j]
		}
	}
	return name
}

func (cu *cursor) buildDescription(t *object.Thread, c *connection, st uintptr, n int) (*object.Object, error) {
	items := make([]*object.Object, n)
	for i := range items {
		name, err := decodeColumnName(t, cu.columnName(c, st, i))
		if err != nil {
			for _, it := range items[:i] {
				t.Decref(it)
			}
			return nil, err
		}
		items[i] = object.NewTuple(t, []*object.Object{name, object.None, object.None, object.None, object.None, object.None, object.None}).Obj()
	}
	return object.NewTuple(t, items).Obj(), nil
}

func decodeColumnName(t *object.Thread, name string) (*object.Object, error) {
	s, err := codecs.Decode([]byte(name), "utf-8", "strict")
	if err != nil {
		return nil, object.CodecError(t, err, object.NewBytes(t, []byte(name)))
	}
	return object.NewStr(t, s), nil
}

// buildConverters finds each column's converter under detect_types:
// from "name [type]" with PARSE_COLNAMES first, then from the declared
// type's first word with PARSE_DECLTYPES.
func (cu *cursor) buildConverters(t *object.Thread, c *connection, st uintptr) error {
	cu.dropConverters(t)
	if c.detectTypes&(parseColnames|parseDecltypes) == 0 {
		return nil
	}
	n := int(lib.Xsqlite3_column_count(c.tls, st))
	cu.converters = make([]*object.Object, n)
	// The converters are owned: a program may unregister one while the
	// cursor still holds rows to convert.
	for i := 0; i < n; i++ {
		var conv *object.Object
		if c.detectTypes&parseColnames != 0 {
			name := libc.GoString(lib.Xsqlite3_column_name(c.tls, st, int32(i)))
			if j := strings.IndexByte(name, '['); j >= 0 {
				if k := strings.IndexByte(name[j+1:], ']'); k >= 0 {
					v, err := lookupConverter(t, name[j+1:j+1+k])
					if err != nil {
						return err
					}
					conv = v
				}
			}
		}
		if conv == nil && c.detectTypes&parseDecltypes != 0 {
			decl := libc.GoString(lib.Xsqlite3_column_decltype(c.tls, st, int32(i)))
			if decl != "" {
				if j := strings.IndexAny(decl, " ("); j >= 0 {
					decl = decl[:j]
				}
				v, err := lookupConverter(t, decl)
				if err != nil {
					return err
				}
				conv = v
			}
		}
		cu.converters[i] = conv
	}
	return nil
}

// rowValues reads the current row (CPython's _pysqlite_fetch_one_row).
func (cu *cursor) rowValues(t *object.Thread, c *connection, st uintptr) (*object.Object, error) {
	n := int(lib.Xsqlite3_data_count(c.tls, st))
	items := make([]*object.Object, 0, n)
	fail := func(err error) (*object.Object, error) {
		for _, it := range items {
			t.Decref(it)
		}
		return nil, err
	}
	for i := 0; i < n; i++ {
		var conv *object.Object
		if i < len(cu.converters) {
			conv = cu.converters[i]
		}
		typ := lib.Xsqlite3_column_type(c.tls, st, int32(i))
		if conv != nil {
			if typ == lib.SQLITE_NULL {
				items = append(items, object.None)
				continue
			}
			p := lib.Xsqlite3_column_blob(c.tls, st, int32(i))
			b := columnBytes(c, st, i, p)
			if len(b) == 0 {
				// As CPython: an empty value has no blob to convert.
				items = append(items, object.None)
				continue
			}
			arg := object.NewBytes(t, b)
			v, err := object.Call(t, conv, []*object.Object{arg}, nil)
			t.Decref(arg)
			if err != nil {
				return fail(err)
			}
			items = append(items, v)
			continue
		}
		var v *object.Object
		switch typ {
		case lib.SQLITE_NULL:
			v = object.None
		case lib.SQLITE_INTEGER:
			v = object.NewInt(t, lib.Xsqlite3_column_int64(c.tls, st, int32(i)))
		case lib.SQLITE_FLOAT:
			v = object.NewFloat(t, lib.Xsqlite3_column_double(c.tls, st, int32(i)))
		case lib.SQLITE_TEXT:
			p := lib.Xsqlite3_column_text(c.tls, st, int32(i))
			b := columnBytes(c, st, i, p)
			var err error
			if v, err = c.textValue(t, b, func() string { return cu.columnName(c, st, i) }); err != nil {
				return fail(err)
			}
		default:
			p := lib.Xsqlite3_column_blob(c.tls, st, int32(i))
			v = object.NewBytes(t, columnBytes(c, st, i, p))
		}
		items = append(items, v)
	}
	return object.NewTuple(t, items).Obj(), nil
}

func columnBytes(c *connection, st uintptr, i int, p uintptr) []byte {
	n := int(lib.Xsqlite3_column_bytes(c.tls, st, int32(i)))
	if p == 0 || n == 0 {
		return []byte{}
	}
	return append([]byte(nil), unsafe.Slice((*byte)(cptr(p)), n)...)
}

// textValue converts TEXT as text_factory asks.
func (c *connection) textValue(t *object.Thread, b []byte, colname func() string) (*object.Object, error) {
	tf := c.textFactory
	switch tf {
	case object.StrType.Obj():
		s, err := codecs.Decode(b, "utf-8", "strict")
		if err != nil {
			return nil, operationalError(t, "Could not decode to UTF-8 column '%s' with text '%s'", colname(), strings.ToValidUTF8(string(b), "\ufffd"))
		}
		return object.NewStr(t, s), nil
	case object.BytesType.Obj():
		return object.NewBytes(t, b), nil
	case object.ByteArrayType.Obj():
		return object.NewByteArray(t, b), nil
	}
	arg := object.NewBytes(t, b)
	defer t.Decref(arg)
	return object.Call(t, tf, []*object.Object{arg}, nil)
}

// fetchOne returns the next row (after row_factory) or nil at the end;
// the lock is held.
func (cu *cursor) fetchOne(t *object.Thread, c *connection) (*object.Object, error) {
	s := cu.stmt
	if s == nil || s.st == 0 {
		return nil, nil
	}
	if lib.Xsqlite3_data_count(c.tls, s.st) == 0 {
		cu.dropStatement(c)
		return nil, nil
	}
	cu.locked = true
	row, err := cu.rowValues(t, c, s.st)
	cu.locked = false
	if err != nil {
		return nil, err
	}
	rc := c.step(t, s.st)
	if cu.stmt != s {
		// A callback during the step ran another statement on the cursor.
		t.Decref(row)
		return nil, programmingError(t, "Recursive use of cursors not allowed.")
	}
	switch rc {
	case lib.SQLITE_DONE:
		if s.isDML {
			cu.rowcount = int64(lib.Xsqlite3_changes64(c.tls, c.db))
		}
		cu.dropStatement(c)
	case lib.SQLITE_ROW:
	default:
		err := c.pendingOrDBError(t)
		cu.dropStatement(c)
		t.Decref(row)
		return nil, err
	}
	if cu.rowFactory != object.None {
		f := t.NewRef(cu.rowFactory)
		cu.locked = true
		r, err := object.Call(t, f, []*object.Object{&cu.Object, row}, nil)
		cu.locked = false
		t.Decref(f)
		t.Decref(row)
		return r, err
	}
	return row, nil
}

type cursorMethod func(t *object.Thread, cu *cursor, c *connection, args []*object.Object, kw *object.Tuple) (*object.Object, error)

// cum wraps a method that runs with the cursor checked and the lock held.
func cum(name, doc string, f cursorMethod) object.MethodDef {
	return object.MethodDef{Name: name, Doc: doc, Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		cu := asCursor(self)
		c, err := cu.enter(t)
		if err != nil {
			return nil, err
		}
		defer c.unlock()
		return f(t, cu, c, args, kw)
	}}
}

func strArg(t *object.Thread, fname string, o *object.Object, pos int) error {
	if !object.IsStr(o) {
		return t.Errorf(object.TypeErrorType, "%s() argument %d must be str, not %s", fname, pos, o.Type().Name)
	}
	return nil
}

func (cu *cursor) fetchMany(t *object.Thread, c *connection, n int64) (*object.Object, error) {
	var rows []*object.Object
	for n < 0 || int64(len(rows)) < n {
		r, err := cu.fetchOne(t, c)
		if err != nil {
			for _, x := range rows {
				t.Decref(x)
			}
			return nil, err
		}
		if r == nil {
			break
		}
		rows = append(rows, r)
	}
	return object.NewList(t, rows).Obj(), nil
}

var cursorMethods = []object.MethodDef{
	cum("execute", "Executes an SQL statement.", func(t *object.Thread, cu *cursor, c *connection, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		var sql, params *object.Object
		if err := object.ParseArgs(t, "execute", args, kw, []string{"/sql", "/parameters"}, 1, &sql, &params); err != nil {
			return nil, err
		}
		if err := strArg(t, "execute", sql, 1); err != nil {
			return nil, err
		}
		if err := cu.execute(t, c, sql, params, false); err != nil {
			return nil, err
		}
		return t.NewRef(&cu.Object), nil
	}),
	cum("executemany", "Repeatedly executes an SQL statement.", func(t *object.Thread, cu *cursor, c *connection, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		var sql, params *object.Object
		if err := object.ParseArgs(t, "executemany", args, kw, []string{"/sql", "/seq_of_parameters"}, 2, &sql, &params); err != nil {
			return nil, err
		}
		if err := strArg(t, "executemany", sql, 1); err != nil {
			return nil, err
		}
		if err := cu.execute(t, c, sql, params, true); err != nil {
			return nil, err
		}
		return t.NewRef(&cu.Object), nil
	}),
	cum("executescript", "Executes multiple SQL statements at once.", func(t *object.Thread, cu *cursor, c *connection, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		var script *object.Object
		if err := object.ParseArgs(t, "executescript", args, kw, []string{"/sql_script"}, 1, &script); err != nil {
			return nil, err
		}
		if !object.IsStr(script) {
			return nil, t.Errorf(object.TypeErrorType, "executescript() argument must be str, not %s", script.Type().Name)
		}
		if err := cu.executeScript(t, c, script); err != nil {
			return nil, err
		}
		return t.NewRef(&cu.Object), nil
	}),
	cum("fetchone", "Fetches one row from the resultset.", func(t *object.Thread, cu *cursor, c *connection, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := noArgs(t, "fetchone", args, kw); err != nil {
			return nil, err
		}
		r, err := cu.fetchOne(t, c)
		if r == nil && err == nil {
			return object.None, nil
		}
		return r, err
	}),
	cum("fetchmany", "Fetches several rows from the resultset.", func(t *object.Thread, cu *cursor, c *connection, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		var sizeO *object.Object
		if err := object.ParseArgs(t, "fetchmany", args, kw, []string{"size"}, 0, &sizeO); err != nil {
			return nil, err
		}
		n := cu.arraysize
		if sizeO != nil {
			v, err := cInt(t, sizeO)
			if err != nil {
				return nil, err
			}
			n = v
		}
		return cu.fetchMany(t, c, n)
	}),
	cum("fetchall", "Fetches all rows from the resultset.", func(t *object.Thread, cu *cursor, c *connection, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := noArgs(t, "fetchall", args, kw); err != nil {
			return nil, err
		}
		return cu.fetchMany(t, c, -1)
	}),
	{Name: "setinputsizes", Doc: "Required by DB-API. Does nothing in sqlite3.", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		var sizes *object.Object
		if err := object.ParseArgs(t, "setinputsizes", args, kw, []string{"/sizes"}, 1, &sizes); err != nil {
			return nil, err
		}
		return object.None, nil
	}},
	{Name: "setoutputsize", Doc: "Required by DB-API. Does nothing in sqlite3.", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		var size, column *object.Object
		if err := object.ParseArgs(t, "setoutputsize", args, kw, []string{"/size", "/column"}, 1, &size, &column); err != nil {
			return nil, err
		}
		return object.None, nil
	}},
	{Name: "close", Doc: "Closes the cursor.", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := noArgs(t, "close", args, kw); err != nil {
			return nil, err
		}
		if err := makeExceptions(t); err != nil {
			return nil, err
		}
		cu := asCursor(self)
		if !cu.initialized {
			return nil, programmingError(t, "Base Cursor.__init__ not called.")
		}
		c := cu.connection()
		if err := c.checkThread(t); err != nil {
			return nil, err
		}
		c.lock(t)
		defer c.unlock()
		if cu.locked {
			return nil, programmingError(t, "Recursive use of cursors not allowed.")
		}
		if err := c.checkOpen(t); err != nil {
			return nil, err
		}
		cu.dropStatement(c)
		cu.closed = true
		return object.None, nil
	}},
}

// executeScript commits a pending transaction, then runs each statement
// of the script in turn, as sqlite3_exec would.
func (cu *cursor) executeScript(t *object.Thread, c *connection, scriptObj *object.Object) error {
	script, err := utf8Of(t, scriptObj)
	if err != nil {
		return err
	}
	if strings.IndexByte(script, 0) >= 0 {
		return t.Errorf(object.ValueErrorType, "embedded null character")
	}
	if int64(len(script)) > int64(lib.Xsqlite3_limit(c.tls, c.db, lib.SQLITE_LIMIT_SQL_LENGTH, -1)) {
		return t.Errorf(excs.DataError, "query string is too large")
	}
	cu.locked = true
	defer func() { cu.locked = false }()
	cu.dropStatement(c)
	if err := c.commitLocked(t); err != nil {
		return err
	}
	z, cerr := libc.CString(script)
	if cerr != nil {
		return noMemory(t)
	}
	defer libc.Xfree(c.tls, z)
	p := c.tls.Alloc(16)
	defer c.tls.Free(16)
	tls, db := c.tls, c.db
	end := z + uintptr(len(script))
	for cur := z; cur < end; {
		rc := blocking(t, func() int32 { return lib.Xsqlite3_prepare_v2(tls, db, cur, int32(end-cur+1), p, p+8) })
		if rc != lib.SQLITE_OK {
			return dbError(t, c.tls, c.db)
		}
		st := *(*uintptr)(cptr(p))
		tail := *(*uintptr)(cptr(p + 8))
		if st != 0 {
			for {
				rc = c.step(t, st)
				if rc != lib.SQLITE_ROW {
					break
				}
			}
			if rc != lib.SQLITE_DONE {
				e := c.pendingOrDBError(t)
				lib.Xsqlite3_finalize(c.tls, st)
				return e
			}
			if rc = lib.Xsqlite3_finalize(c.tls, st); rc != lib.SQLITE_OK {
				return dbError(t, c.tls, c.db)
			}
		}
		if tail <= cur {
			break
		}
		cur = tail
	}
	return nil
}

func cursorIter(t *object.Thread, o *object.Object) (*object.Object, error) {
	return t.NewRef(o), nil
}

func cursorNext(t *object.Thread, o *object.Object) (*object.Object, error) {
	cu := asCursor(o)
	c, err := cu.enter(t)
	if err != nil {
		return nil, err
	}
	defer c.unlock()
	return cu.fetchOne(t, c)
}

func cursorTraverse(o *object.Object, visit object.Visitor) {
	cu := asCursor(o)
	for _, p := range []*object.Object{cu.conn, cu.description, cu.lastrowid, cu.rowFactory} {
		if p != nil {
			visit(p)
		}
	}
	for _, f := range cu.converters {
		if f != nil {
			visit(f)
		}
	}
	if cu.dict != nil {
		visit(cu.dict.Obj())
	}
}

func cursorClear(t *object.Thread, o *object.Object) {
	cu := asCursor(o)
	if cu.stmt != nil && cu.conn != nil {
		c := cu.connection()
		c.lock(t)
		cu.dropStatement(c)
		c.unlock()
	}
	cu.dropConverters(t)
	for _, p := range []**object.Object{&cu.description, &cu.lastrowid, &cu.rowFactory, &cu.conn} {
		if v := *p; v != nil {
			*p = nil
			t.Decref(v)
		}
	}
	if d := cu.dict; d != nil {
		cu.dict = nil
		t.Decref(d.Obj())
	}
}

// cursorField is an attribute read under the connection's lock (a
// cursor shared by threads may be running a statement).
func cursorField(name string, get func(t *object.Thread, cu *cursor) *object.Object) object.GetSetDef {
	return object.GetSetDef{Name: name, Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
		cu := asCursor(o)
		unlock := cu.lockIfBound(t)
		defer unlock()
		return get(t, cu), nil
	}, Set: cursorSetters[name]}
}

// lockIfBound takes the connection's lock when the cursor has one.
func (cu *cursor) lockIfBound(t *object.Thread) func() {
	if cu.conn == nil {
		return func() {}
	}
	c := cu.connection()
	c.lock(t)
	return c.unlock
}

// cursorSetters are the writable attributes' setters.
var cursorSetters = map[string]func(t *object.Thread, o, v *object.Object) error{
	"arraysize": func(t *object.Thread, o, v *object.Object) error {
		if v == nil {
			return t.Errorf(object.AttributeErrorType, "can't delete numeric/char attribute")
		}
		n, err := cInt(t, v)
		if err != nil {
			return err
		}
		cu := asCursor(o)
		unlock := cu.lockIfBound(t)
		cu.arraysize = n
		unlock()
		return nil
	},
	"row_factory": func(t *object.Thread, o, v *object.Object) error {
		if v == nil {
			return t.Errorf(object.AttributeErrorType, "cannot delete attribute")
		}
		cu := asCursor(o)
		unlock := cu.lockIfBound(t)
		old := cu.rowFactory
		cu.rowFactory = t.NewRef(v)
		unlock()
		t.XDecref(old)
		return nil
	},
}

func init() {
	typ := cursorType
	typ.New = cursorNew
	typ.Init = cursorInit
	typ.Iter = cursorIter
	typ.Next = cursorNext
	typ.Traverse = cursorTraverse
	typ.Clear = cursorClear
	typ.Dealloc = cursorClear
	object.ReadyType(typ, cursorMethods, []object.GetSetDef{
		cursorField("connection", func(t *object.Thread, cu *cursor) *object.Object {
			if cu.conn == nil {
				return object.None
			}
			return t.NewRef(cu.conn)
		}),
		cursorField("description", func(t *object.Thread, cu *cursor) *object.Object { return t.NewRef(cu.description) }),
		cursorField("lastrowid", func(t *object.Thread, cu *cursor) *object.Object { return t.NewRef(cu.lastrowid) }),
		cursorField("rowcount", func(t *object.Thread, cu *cursor) *object.Object { return object.NewInt(t, cu.rowcount) }),
		cursorField("arraysize", func(t *object.Thread, cu *cursor) *object.Object { return object.NewInt(t, cu.arraysize) }),
		cursorField("row_factory", func(t *object.Thread, cu *cursor) *object.Object { return t.NewRef(cu.rowFactory) }),
	})
}
