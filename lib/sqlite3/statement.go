// This file holds prepared statements: compiling one statement, the
// per-connection statement cache, and binding parameters.

package sqlite3

import (
	"container/list"
	"math"
	"strings"
	"unsafe"

	"github.com/ftpy/ftpy/lib/codecs"
	"github.com/ftpy/ftpy/object"
	"modernc.org/libc"
	"modernc.org/libc/sys/types"
	lib "modernc.org/sqlite/lib"
)

// transient tells SQLite to copy bound text and blobs at once
// (SQLITE_TRANSIENT, the destructor -1), so Go's buffers can be freed.
const transient = ^uintptr(0)

// statement is one prepared statement. It belongs to its connection and
// is used only with the connection's lock held; refs counts the cache and
// the cursors holding it, and the handle is finalized at zero.
type statement struct {
	st     uintptr // 0 for an empty statement (only comments), or once finalized
	sql    string
	isDML  bool
	inUse  bool
	refs   int
	cached bool
}

// release drops one reference.
func (s *statement) release(c *connection) {
	s.refs--
	if s.refs <= 0 {
		s.finalize(c)
		delete(c.statements, s)
	}
}

func (s *statement) finalize(c *connection) {
	if s.st != 0 {
		lib.Xsqlite3_finalize(c.tls, s.st)
		s.st = 0
	}
}

func (s *statement) reset(c *connection) {
	if s.inUse && s.st != 0 {
		lib.Xsqlite3_reset(c.tls, s.st)
	}
	s.inUse = false
}

// skipSpaceAndComments returns sql after its leading white space and
// SQL comments.
func skipSpaceAndComments(sql string) string {
	for {
		sql = strings.TrimLeft(sql, " \t\r\n\f")
		switch {
		case strings.HasPrefix(sql, "--"):
			i := strings.IndexByte(sql, '\n')
			if i < 0 {
				return ""
			}
			sql = sql[i+1:]
		case strings.HasPrefix(sql, "/*"):
			i := strings.Index(sql[2:], "*/")
			if i < 0 {
				return ""
			}
			sql = sql[i+4:]
		default:
			return sql
		}
	}
}

// isDMLStatement reports whether sql starts with INSERT, UPDATE, DELETE
// or REPLACE: the statements that open an implicit transaction and
// count rows changed.
func isDMLStatement(sql string) bool {
	sql = skipSpaceAndComments(sql)
	for _, kw := range []string{"insert", "update", "delete", "replace"} {
		if len(sql) >= len(kw) && strings.EqualFold(sql[:len(kw)], kw) {
			return true
		}
	}
	return false
}

// compile prepares sql (the lock held); it refuses a second statement.
func (c *connection) compile(t *object.Thread, sqlObj *object.Object) (*statement, error) {
	sql, err := utf8Of(t, sqlObj)
	if err != nil {
		return nil, err
	}
	if int64(len(sql)) > int64(lib.Xsqlite3_limit(c.tls, c.db, lib.SQLITE_LIMIT_SQL_LENGTH, -1)) {
		return nil, t.Errorf(excs.DataError, "query string is too large")
	}
	if strings.IndexByte(sql, 0) >= 0 {
		return nil, programmingError(t, "the query contains a null character")
	}
	z, cerr := libc.CString(sql)
	if cerr != nil {
		return nil, noMemory(t)
	}
	defer libc.Xfree(c.tls, z)
	p := c.tls.Alloc(16)
	defer c.tls.Free(16)
	tls, db := c.tls, c.db
	rc := blocking(t, func() int32 { return lib.Xsqlite3_prepare_v2(tls, db, z, int32(len(sql)+1), p, p+8) })
	if rc != lib.SQLITE_OK {
		return nil, dbError(t, c.tls, c.db)
	}
	st := *(*uintptr)(cptr(p))
	tail := *(*uintptr)(cptr(p + 8))
	if tail != 0 && tail > z {
		if rest := sql[min(int(tail-z), len(sql)):]; skipSpaceAndComments(rest) != "" {
			lib.Xsqlite3_finalize(c.tls, st)
			return nil, programmingError(t, "You can only execute one statement at a time.")
		}
	}
	s := &statement{st: st, sql: sql, isDML: isDMLStatement(sql), refs: 1}
	c.statements[s] = struct{}{}
	return s, nil
}

// utf8Of returns a str's UTF-8 bytes; lone surrogates raise
// UnicodeEncodeError as CPython's PyUnicode_AsUTF8 does.
func utf8Of(t *object.Thread, o *object.Object) (string, error) {
	s := object.StrValue(o)
	b, err := codecs.Encode(s, "utf-8", "strict")
	if err != nil {
		return "", object.CodecError(t, err, o)
	}
	return string(b), nil
}

// stmtCache is CPython's LRU cache of prepared statements, keyed by the
// SQL text (cached_statements entries).
type stmtCache struct {
	size  int
	order *list.List // of *statement, most recent first
	byKey map[string]*list.Element
}

func newStmtCache(size int) *stmtCache {
	return &stmtCache{size: size, order: list.New(), byKey: map[string]*list.Element{}}
}

// get returns a statement for sql holding a reference for the caller:
// the cached one when it is free, else a new one (cached if room).
func (sc *stmtCache) get(t *object.Thread, c *connection, sqlObj *object.Object) (*statement, error) {
	key := object.StrValue(sqlObj)
	if e, ok := sc.byKey[key]; ok {
		s := e.Value.(*statement)
		sc.order.MoveToFront(e)
		if !s.inUse {
			s.refs++
			return s, nil
		}
		// In use by another cursor: a private copy, as CPython makes.
		return c.compile(t, sqlObj)
	}
	s, err := c.compile(t, sqlObj)
	if err != nil || sc.size <= 0 {
		return s, err
	}
	s.refs++
	s.cached = true
	sc.byKey[key] = sc.order.PushFront(s)
	for sc.order.Len() > sc.size {
		last := sc.order.Back()
		old := last.Value.(*statement)
		sc.order.Remove(last)
		delete(sc.byKey, old.sql)
		old.cached = false
		old.release(c)
	}
	return s, nil
}

func (sc *stmtCache) clear(c *connection) {
	for e := sc.order.Front(); e != nil; e = e.Next() {
		s := e.Value.(*statement)
		s.cached = false
		s.release(c)
	}
	sc.order.Init()
	sc.byKey = map[string]*list.Element{}
}

// bindValue binds one adapted Python value to parameter i; it returns
// false (and no error) for a type SQLite cannot store.
func (c *connection) bindValue(t *object.Thread, st uintptr, i int32, v *object.Object) (bool, error) {
	var rc int32
	switch {
	case v == object.None:
		rc = lib.Xsqlite3_bind_null(c.tls, st, i)
	case object.IsInt(v):
		n, err := object.AsInt64(t, v)
		if err != nil {
			if object.ErrorMatches(err, object.OverflowErrorType) {
				t.DropError(err)
				return false, t.Errorf(object.OverflowErrorType, "Python int too large to convert to SQLite INTEGER")
			}
			return false, err
		}
		rc = lib.Xsqlite3_bind_int64(c.tls, st, i, n)
	case object.IsFloat(v):
		rc = lib.Xsqlite3_bind_double(c.tls, st, i, object.FloatValue(v))
	case object.IsStr(v):
		s, err := utf8Of(t, v)
		if err != nil {
			return false, err
		}
		if len(s) > math.MaxInt32 {
			return false, t.Errorf(object.OverflowErrorType, "string longer than INT_MAX bytes")
		}
		p := cBytes(c.tls, s)
		rc = lib.Xsqlite3_bind_text(c.tls, st, i, p, int32(len(s)), transient)
		libc.Xfree(c.tls, p)
	case object.CheckBuffer(v):
		b, done, err := object.BytesLike(t, v)
		if err != nil {
			return false, err
		}
		if len(b) > math.MaxInt32 {
			done()
			return false, t.Errorf(object.OverflowErrorType, "BLOB longer than INT_MAX bytes")
		}
		p := cBytes(c.tls, string(b))
		done()
		rc = lib.Xsqlite3_bind_blob(c.tls, st, i, p, int32(len(b)), transient)
		libc.Xfree(c.tls, p)
	default:
		return false, nil
	}
	if rc != lib.SQLITE_OK {
		return false, nil
	}
	return true, nil
}

// cBytes copies s into C memory (never a null pointer, so that an empty
// blob stays a blob).
func cBytes(tls *libc.TLS, s string) uintptr {
	p := libc.Xmalloc(tls, types.Size_t(len(s)+1))
	if len(s) > 0 {
		copy(unsafe.Slice((*byte)(cptr(p)), len(s)), s)
	}
	*(*byte)(cptr(p + uintptr(len(s)))) = 0
	return p
}

// bindParameters binds a sequence or a mapping of parameters to s, as
// CPython's bind_parameters.
func (c *connection) bindParameters(t *object.Thread, s *statement, params *object.Object) error {
	st := s.st
	need := int(lib.Xsqlite3_bind_parameter_count(c.tls, st))
	isSeq := object.IsTuple(params) || object.IsList(params) ||
		(!object.IsDict(params) && params.Type().GetItem != nil && params.Type().Len != nil)
	switch {
	case isSeq:
		n, err := object.Len(t, params)
		if err != nil {
			return err
		}
		if n != need {
			return programmingError(t, "Incorrect number of bindings supplied. The current statement uses %d, and there are %d supplied.", need, n)
		}
		for i := 0; i < n; i++ {
			idx := object.NewInt(t, int64(i))
			v, err := object.GetItem(t, params, idx)
			t.Decref(idx)
			if err != nil {
				return err
			}
			err = c.bindOne(t, st, int32(i+1), v)
			t.Decref(v)
			if err != nil {
				return err
			}
		}
		return nil
	case object.IsDict(params):
		for i := 1; i <= need; i++ {
			name := libc.GoString(lib.Xsqlite3_bind_parameter_name(c.tls, st, int32(i)))
			if name == "" {
				return programmingError(t, "Binding %d has no name, but you supplied a dictionary (which has only names).", i)
			}
			key := object.NewStr(t, name[1:])
			var v *object.Object
			var err error
			if params.Type() == object.DictType {
				v, err = object.AsDict(params).GetItemRef(t, key)
				if err == nil && v == nil {
					err = t.Errorf(object.KeyErrorType, "")
				}
			} else {
				v, err = object.GetItem(t, params, key)
			}
			t.Decref(key)
			if err != nil {
				if object.ErrorMatches(err, object.KeyErrorType) {
					t.DropError(err)
					return programmingError(t, "You did not supply a value for binding parameter %s.", name)
				}
				return err
			}
			err = c.bindOne(t, st, int32(i), v)
			t.Decref(v)
			if err != nil {
				return err
			}
		}
		return nil
	}
	return programmingError(t, "parameters are of unsupported type")
}

// bindOne adapts v and binds it to parameter i.
func (c *connection) bindOne(t *object.Thread, st uintptr, i int32, v *object.Object) error {
	adapted := t.NewRef(v)
	if needAdapt(v) {
		a, err := adapt(t, v, prepareProtocolType.Obj(), v)
		t.Decref(adapted)
		if err != nil {
			return err
		}
		adapted = a
	}
	ok, err := c.bindValue(t, st, i, adapted)
	t.Decref(adapted)
	if err != nil {
		return err
	}
	if !ok {
		return programmingError(t, "Error binding parameter %d: type '%s' is not supported", i, v.Type().Name)
	}
	return nil
}

// stmtObject is what Connection.__call__ returns: a compiled statement
// as a Python object (CPython's internal sqlite3.Statement type).
type stmtObject struct {
	object.Object
	conn *object.Object // owned
	s    *statement
}

var stmtObjectType = object.NewStaticType(&object.Type{Name: "Statement", Module: "sqlite3", Flags: object.FlagGC})

func init() {
	typ := stmtObjectType
	typ.Traverse = func(o *object.Object, visit object.Visitor) {
		if so := object.Cast[stmtObject](o); so.conn != nil {
			visit(so.conn)
		}
	}
	typ.Clear = func(t *object.Thread, o *object.Object) {
		so := object.Cast[stmtObject](o)
		if so.conn == nil {
			return
		}
		c := asConn(so.conn)
		c.lock(t)
		so.s.release(c)
		c.unlock()
		conn := so.conn
		so.conn = nil
		t.Decref(conn)
	}
	typ.Dealloc = typ.Clear
	typ.New = noInstances("sqlite3.Statement")
	object.ReadyType(typ, nil, nil)
	connectionType.Call = connCall
}

// noInstances is the tp_new of a type only the module creates.
func noInstances(name string) func(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	return func(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		return nil, t.Errorf(object.TypeErrorType, "cannot create '%s' instances", name)
	}
}

// connCall is Connection.__call__(sql): compile sql and return it.
func connCall(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	c := asConn(self)
	if err := c.enter(t); err != nil {
		return nil, err
	}
	defer c.unlock()
	if err := object.NoKeywords(t, "Connection", kw); err != nil {
		return nil, err
	}
	if len(args) != 1 {
		return nil, t.Errorf(object.TypeErrorType, "function takes exactly 1 argument (%d given)", len(args))
	}
	if !object.IsStr(args[0]) {
		return nil, t.Errorf(object.TypeErrorType, "argument 1 must be str, not %s", args[0].Type().Name)
	}
	s, err := c.compile(t, args[0])
	if err != nil {
		return nil, err
	}
	so := &stmtObject{conn: t.NewRef(self), s: s}
	t.Init(&so.Object, stmtObjectType)
	t.Track(&so.Object)
	return &so.Object, nil
}
