// This file defines sqlite3.Connection: opening and closing the
// database, the per-connection lock, transactions and the attributes.

package sqlite3

import (
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
	"modernc.org/libc"
	lib "modernc.org/sqlite/lib"
)

// connection is one open database handle. Every call into SQLite on db
// holds mu (taken with lock), which makes a connection shared by threads
// (check_same_thread=False) behave as SQLite's serialized mode does; the
// lock also guards the fields below it and the connection's cursors,
// statements and blobs. The holder may re-enter (a user function that
// queries its own connection), as SQLite's recursive mutex allows.
type connection struct {
	object.Object
	dict *object.Dict // a subclass instance's attributes

	mu    sync.Mutex
	owner atomic.Pointer[object.Thread]
	depth int
	// t is the Python thread holding mu: callbacks from SQLite run on it.
	t *object.Thread

	tls *libc.TLS
	db  uintptr // 0 before __init__ and after close
	// imu guards dbForInterrupt, the handle interrupt() may use without
	// the lock while a statement runs.
	imu            sync.Mutex
	dbForInterrupt uintptr
	initialized    atomic.Bool // read by interrupt() without the lock

	creator         uint64 // the thread that opened it, for check_same_thread
	checkSameThread bool
	detectTypes     int64
	isolationLevel  *object.Object // None or a str, owned
	beginStmt       string         // "BEGIN ..." or "" for autocommit
	rowFactory      *object.Object // owned
	textFactory     *object.Object // owned

	cache      *stmtCache
	statements map[*statement]struct{} // all live prepared statements
	blobs      map[*blob]struct{}
	callbacks  map[uintptr]*callback // the Python callables SQLite may call
	authorizer uintptr               // callback handles, 0 when unset
	progress   uintptr
	trace      uintptr
}

var connectionType = object.NewStaticType(&object.Type{
	Name:         "Connection",
	Module:       "sqlite3",
	Flags:        object.FlagGC | object.FlagBaseType | object.FlagWeakrefable,
	Doc:          "SQLite database connection object.",
	SubclassDict: func(o *object.Object) **object.Dict { return &asConn(o).dict },
})

func asConn(o *object.Object) *connection { return object.Cast[connection](o) }

// lock takes the connection for thread t, waiting detached so that a
// stop-the-world does not wait for us.
func (c *connection) lock(t *object.Thread) {
	if c.owner.Load() == t {
		c.depth++
		return
	}
	if !c.mu.TryLock() {
		t.Detach()
		c.mu.Lock()
		t.Attach()
	}
	c.owner.Store(t)
	c.t = t
	c.depth = 1
}

func (c *connection) unlock() {
	c.depth--
	if c.depth == 0 {
		c.t = nil
		c.owner.Store(nil)
		c.mu.Unlock()
	}
}

// blocking runs f, a call into SQLite that may wait on the disk or on
// another connection's lock, with t detached, as CPython releases the GIL
// around it; callbacks attach again (enterCallback).
func blocking[T any](t *object.Thread, f func() T) T {
	t.Detach()
	defer t.Attach()
	return f()
}

// enterCallback attaches the lock holder for a callback from SQLite and
// returns it with the function that restores its state.
func (c *connection) enterCallback() (*object.Thread, func()) {
	t := c.t
	if t.Attached() {
		return t, func() {}
	}
	t.Attach()
	return t, t.Detach
}

// checkThread is CPython's pysqlite_check_thread.
func (c *connection) checkThread(t *object.Thread) error {
	if c.checkSameThread && t.ID() != c.creator {
		return programmingError(t, "SQLite objects created in a thread can only be used in that same thread. The object was created in thread id %d and this is thread id %d.", c.creator, t.ID())
	}
	return nil
}

// checkOpen is CPython's pysqlite_check_connection.
func (c *connection) checkOpen(t *object.Thread) error {
	if !c.initialized.Load() {
		return programmingError(t, "Base Connection.__init__ not called.")
	}
	if c.db == 0 {
		return programmingError(t, "Cannot operate on a closed database.")
	}
	return nil
}

// usable checks, as enter does, that the connection may be used now.
func (c *connection) usable(t *object.Thread) error {
	if err := c.enter(t); err != nil {
		return err
	}
	c.unlock()
	return nil
}

// enter checks the thread and that the database is open, and takes the
// lock; the caller must unlock.
func (c *connection) enter(t *object.Thread) error {
	if err := c.checkThread(t); err != nil {
		return err
	}
	c.lock(t)
	if err := c.checkOpen(t); err != nil {
		c.unlock()
		return err
	}
	return nil
}

func connNew(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	c := &connection{}
	c.isolationLevel = object.None
	c.rowFactory = object.None
	c.textFactory = t.NewRef(object.StrType.Obj())
	t.Init(&c.Object, typ)
	t.Track(&c.Object)
	return &c.Object, nil
}

var connectParams = []string{"database", "timeout", "detect_types", "isolation_level", "check_same_thread", "factory", "cached_statements", "uri"}

func connInit(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) error {
	if err := makeExceptions(t); err != nil {
		return err
	}
	var database, timeoutO, detectO, isoO, sameO, factoryO, cachedO, uriO *object.Object
	if err := object.ParseArgs(t, "Connection", args, kw, connectParams, 1,
		&database, &timeoutO, &detectO, &isoO, &sameO, &factoryO, &cachedO, &uriO); err != nil {
		return err
	}
	path, _, ok, err := object.FSPath(t, database)
	if err != nil {
		return err
	}
	if !ok {
		return t.Errorf(object.TypeErrorType, "expected str, bytes or os.PathLike object, not %s", database.Type().Name)
	}
	timeout := 5.0
	if timeoutO != nil {
		if timeout, err = object.RealArg(t, timeoutO); err != nil {
			return err
		}
	}
	detect := int64(0)
	if detectO != nil {
		if detect, err = cInt(t, detectO); err != nil {
			return err
		}
	}
	isolation := emptyStr
	if isoO != nil {
		isolation = isoO
	}
	begin, err := beginStatement(t, isolation)
	if err != nil {
		return err
	}
	same := true
	if sameO != nil {
		v, err := cInt(t, sameO)
		if err != nil {
			return err
		}
		same = v != 0
	}
	cached := int64(128)
	if cachedO != nil {
		if cached, err = cInt(t, cachedO); err != nil {
			return err
		}
	}
	uri := false
	if uriO != nil {
		if uri, err = object.IsTrue(t, uriO); err != nil {
			return err
		}
	}

	c := asConn(self)
	if err := c.checkThread(t); err != nil && c.initialized.Load() {
		return err
	}
	c.lock(t)
	defer c.unlock()
	if c.initialized.Load() {
		// Re-initialising starts afresh: a cursor of the old database
		// keeps its statement (SQLite closes the old handle after it).
		c.closeLocked(t)
		c.initialized.Store(false)
		for _, p := range []**object.Object{&c.rowFactory, &c.textFactory} {
			old := *p
			*p = object.None
			t.Decref(old)
		}
		c.textFactory = t.NewRef(object.StrType.Obj())
	}
	if c.tls == nil {
		c.tls = libc.NewTLS()
	}
	flags := int32(lib.SQLITE_OPEN_READWRITE | lib.SQLITE_OPEN_CREATE)
	if uri {
		flags |= lib.SQLITE_OPEN_URI
	}
	if strings.IndexByte(path, 0) >= 0 {
		return t.Errorf(object.ValueErrorType, "embedded null byte")
	}
	name, cerr := libc.CString(path)
	if cerr != nil {
		return noMemory(t)
	}
	defer libc.Xfree(c.tls, name)
	pdb := c.tls.Alloc(int(unsafe.Sizeof(uintptr(0))))
	defer c.tls.Free(int(unsafe.Sizeof(uintptr(0))))
	*(*uintptr)(cptr(pdb)) = 0
	tls := c.tls
	rc := blocking(t, func() int32 { return lib.Xsqlite3_open_v2(tls, name, pdb, flags, 0) })
	db := *(*uintptr)(cptr(pdb))
	if rc != lib.SQLITE_OK {
		var e error
		if db != 0 {
			e = dbError(t, c.tls, db)
			lib.Xsqlite3_close_v2(c.tls, db)
		} else {
			e = rcError(t, c.tls, rc)
		}
		return e
	}
	c.db = db
	c.imu.Lock()
	c.dbForInterrupt = db
	c.imu.Unlock()
	lib.Xsqlite3_busy_timeout(c.tls, db, int32(timeout*1000))
	c.creator = t.ID()
	c.checkSameThread = same
	c.detectTypes = detect
	old := c.isolationLevel
	c.isolationLevel = t.NewRef(isolation)
	t.Decref(old)
	c.beginStmt = begin
	c.cache = newStmtCache(int(cached))
	if c.statements == nil {
		c.statements = map[*statement]struct{}{}
	}
	c.blobs = map[*blob]struct{}{}
	if c.callbacks == nil {
		c.callbacks = map[uintptr]*callback{}
	}
	c.initialized.Store(true)
	return nil
}

// cInt converts an int argument as CPython's "i" format does.
func cInt(t *object.Thread, o *object.Object) (int64, error) {
	if object.IsFloat(o) {
		return 0, t.Errorf(object.TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	v, err := object.Index(t, o)
	if err != nil {
		return 0, err
	}
	defer t.Decref(v)
	n, err := object.AsInt64(t, v)
	if err != nil {
		return 0, err
	}
	if n > 1<<31-1 {
		return 0, t.Errorf(object.OverflowErrorType, "signed integer is greater than maximum")
	}
	if n < -1<<31 {
		return 0, t.Errorf(object.OverflowErrorType, "signed integer is less than minimum")
	}
	return n, nil
}

// beginStatement checks an isolation_level and returns the statement
// that opens an implicit transaction ("" for None: autocommit).
func beginStatement(t *object.Thread, level *object.Object) (string, error) {
	if level == object.None {
		return "", nil
	}
	if !object.IsStr(level) {
		return "", t.Errorf(object.TypeErrorType, "isolation_level must be str or None")
	}
	s := object.StrValue(level)
	for _, l := range []string{"", "DEFERRED", "IMMEDIATE", "EXCLUSIVE"} {
		if strings.EqualFold(s, l) {
			return "BEGIN " + l, nil
		}
	}
	return "", t.Errorf(object.ValueErrorType, "isolation_level string must be '', 'DEFERRED', 'IMMEDIATE', or 'EXCLUSIVE'")
}

// closeLocked finalizes every statement, closes the blobs and the
// handle, and drops the callbacks.
func (c *connection) closeLocked(t *object.Thread) {
	for b := range c.blobs {
		b.closeLocked()
	}
	c.blobs = map[*blob]struct{}{}
	if c.cache != nil {
		c.cache.clear(c)
	}
	// Statements cursors still hold stay prepared: sqlite3_close_v2 keeps
	// the handle until they are finalized, and a closed connection never
	// steps them again.
	if c.db != 0 {
		db := c.db
		c.db = 0
		c.imu.Lock()
		c.dbForInterrupt = 0
		c.imu.Unlock()
		lib.Xsqlite3_close_v2(c.tls, db)
	}
	c.authorizer, c.progress, c.trace = 0, 0, 0
	for id, cb := range c.callbacks {
		delete(c.callbacks, id)
		cb.release(t)
	}
}

func connTraverse(o *object.Object, visit object.Visitor) {
	c := asConn(o)
	for _, p := range []*object.Object{c.isolationLevel, c.rowFactory, c.textFactory} {
		if p != nil {
			visit(p)
		}
	}
	for _, cb := range c.callbacks {
		visit(cb.fn)
	}
	if c.dict != nil {
		visit(c.dict.Obj())
	}
}

func connClear(t *object.Thread, o *object.Object) {
	c := asConn(o)
	c.lock(t)
	c.closeLocked(t)
	c.unlock()
	for _, p := range []**object.Object{&c.rowFactory, &c.textFactory, &c.isolationLevel} {
		if v := *p; v != nil {
			*p = object.None
			t.Decref(v)
		}
	}
	if d := c.dict; d != nil {
		c.dict = nil
		t.Decref(d.Obj())
	}
}

func connDealloc(t *object.Thread, o *object.Object) {
	connClear(t, o)
	c := asConn(o)
	// Statements a cursor still holds (the collector may free the
	// connection first) are finalized now, while the TLS exists; the lock
	// gives an aggregate's final call a thread.
	c.lock(t)
	for s := range c.statements {
		s.finalize(c)
	}
	c.unlock()
	if c.tls != nil {
		c.tls.Close()
		c.tls = nil
	}
}

// execSimple runs one statement that returns no rows (BEGIN, COMMIT,
// ROLLBACK), with the lock held.
func (c *connection) execSimple(t *object.Thread, sql string) error {
	z, err := libc.CString(sql)
	if err != nil {
		return noMemory(t)
	}
	defer libc.Xfree(c.tls, z)
	pst := c.tls.Alloc(8)
	defer c.tls.Free(8)
	tls, db := c.tls, c.db
	rc := blocking(t, func() int32 { return lib.Xsqlite3_prepare_v2(tls, db, z, -1, pst, 0) })
	if rc != lib.SQLITE_OK {
		return dbError(t, c.tls, c.db)
	}
	st := *(*uintptr)(cptr(pst))
	rc = blocking(t, func() int32 { return lib.Xsqlite3_step(tls, st) })
	lib.Xsqlite3_finalize(c.tls, st)
	if rc != lib.SQLITE_DONE && rc != lib.SQLITE_ROW {
		return dbError(t, c.tls, c.db)
	}
	return nil
}

func (c *connection) autocommit() bool { return lib.Xsqlite3_get_autocommit(c.tls, c.db) != 0 }

// commitLocked commits an open transaction.
func (c *connection) commitLocked(t *object.Thread) error {
	if c.autocommit() {
		return nil
	}
	return c.execSimple(t, "COMMIT")
}

type connMethod func(t *object.Thread, c *connection, args []*object.Object, kw *object.Tuple) (*object.Object, error)

// cm wraps a method that needs an open connection on its thread; the
// lock is held while it runs.
func cm(name string, doc string, f connMethod) object.MethodDef {
	return object.MethodDef{Name: name, Doc: doc, Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		c := asConn(self)
		if err := c.enter(t); err != nil {
			return nil, err
		}
		defer c.unlock()
		return f(t, c, args, kw)
	}}
}

func noArgs(t *object.Thread, name string, args []*object.Object, kw *object.Tuple) error {
	return object.CheckArgCount(t, name, args, kw, 0, 0)
}

// newCursor calls factory(connection) and checks it made a Cursor.
func (c *connection) newCursor(t *object.Thread, factory *object.Object) (*object.Object, error) {
	if factory == nil {
		factory = cursorType.Obj()
	}
	cur, err := object.Call(t, factory, []*object.Object{&c.Object}, nil)
	if err != nil {
		return nil, err
	}
	if !object.IsInstance(cur, cursorType) {
		t.Decref(cur)
		return nil, t.Errorf(object.TypeErrorType, "factory must return a cursor, not %s", cur.Type().Name)
	}
	cu := asCursor(cur)
	if c.rowFactory != object.None {
		old := cu.rowFactory
		cu.rowFactory = t.NewRef(c.rowFactory)
		t.XDecref(old)
	}
	return cur, nil
}

// cursorCall runs a cursor method on a fresh cursor, for the
// Connection.execute shortcuts.
func cursorCall(t *object.Thread, self *object.Object, name string, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	c := asConn(self)
	if err := c.usable(t); err != nil {
		return nil, err
	}
	cur, err := c.newCursor(t, nil)
	if err != nil {
		return nil, err
	}
	m, err := object.GetAttr(t, cur, object.Intern(name))
	if err != nil {
		t.Decref(cur)
		return nil, err
	}
	r, err := object.Call(t, m, args, kw)
	t.Decref(m)
	if err != nil {
		t.Decref(cur)
		return nil, err
	}
	t.Decref(r)
	return cur, nil
}

var connMethods = []object.MethodDef{
	{Name: "cursor", Doc: "Return a cursor for the connection.", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		var factory *object.Object
		if err := object.ParseArgs(t, "cursor", args, kw, []string{"factory"}, 0, &factory); err != nil {
			return nil, err
		}
		c := asConn(self)
		if err := c.usable(t); err != nil {
			return nil, err
		}
		return c.newCursor(t, factory)
	}},
	{Name: "close", Doc: "Close the database connection.\n\nAny pending transaction is not committed implicitly.", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := noArgs(t, "close", args, kw); err != nil {
			return nil, err
		}
		c := asConn(self)
		if err := c.checkThread(t); err != nil {
			return nil, err
		}
		if !c.initialized.Load() {
			return nil, programmingError(t, "Base Connection.__init__ not called.")
		}
		c.lock(t)
		c.closeLocked(t)
		c.unlock()
		return object.None, nil
	}},
	cm("commit", "Commit any pending transaction to the database.\n\nIf there is no open transaction, this method is a no-op.", func(t *object.Thread, c *connection, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := noArgs(t, "commit", args, kw); err != nil {
			return nil, err
		}
		if err := c.commitLocked(t); err != nil {
			return nil, err
		}
		return object.None, nil
	}),
	cm("rollback", "Roll back to the start of any pending transaction.\n\nIf there is no open transaction, this method is a no-op.", func(t *object.Thread, c *connection, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := noArgs(t, "rollback", args, kw); err != nil {
			return nil, err
		}
		if !c.autocommit() {
			if err := c.execSimple(t, "ROLLBACK"); err != nil {
				return nil, err
			}
		}
		return object.None, nil
	}),
	{Name: "execute", Doc: "Executes an SQL statement.", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		return cursorCall(t, self, "execute", args, kw)
	}},
	{Name: "executemany", Doc: "Repeatedly executes an SQL statement.", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		return cursorCall(t, self, "executemany", args, kw)
	}},
	{Name: "executescript", Doc: "Executes multiple SQL statements at once.", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		return cursorCall(t, self, "executescript", args, kw)
	}},
	cm("interrupt", "Abort any pending database operation.", func(t *object.Thread, c *connection, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		return object.None, nil // replaced in init: it must not wait for the lock
	}),
	{Name: "__enter__", Doc: "Called when the connection is used as a context manager.\n\nReturns itself as a convenience to the caller.", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := noArgs(t, "__enter__", args, kw); err != nil {
			return nil, err
		}
		c := asConn(self)
		if err := c.usable(t); err != nil {
			return nil, err
		}
		return t.NewRef(self), nil
	}},
	cm("__exit__", "Called when the connection is used as a context manager.\n\nIf there was any exception, a rollback takes place; otherwise we commit.", func(t *object.Thread, c *connection, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "__exit__", args, kw, 3, 3); err != nil {
			return nil, err
		}
		if args[0] == object.None && args[1] == object.None && args[2] == object.None {
			if err := c.commitLocked(t); err != nil {
				if !c.autocommit() {
					if rerr := c.execSimple(t, "ROLLBACK"); rerr != nil {
						t.DropError(rerr)
					}
				}
				return nil, err
			}
		} else if !c.autocommit() {
			if err := c.execSimple(t, "ROLLBACK"); err != nil {
				return nil, err
			}
		}
		return object.False, nil
	}),
	{Name: "iterdump", Doc: "Returns iterator to the dump of the database in an SQL text format.", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := noArgs(t, "iterdump", args, kw); err != nil {
			return nil, err
		}
		c := asConn(self)
		if err := c.usable(t); err != nil {
			return nil, err
		}
		mod, err := vm.StateOf(t).Import("sqlite3.dump")
		if err != nil {
			if object.ErrorMatches(err, object.ImportErrorType) {
				t.DropError(err)
				return nil, t.Errorf(object.ImportErrorType, "Failed to import sqlite3.dump")
			}
			return nil, err
		}
		defer t.Decref(mod)
		f, err := object.GetAttr(t, mod, object.Intern("_iterdump"))
		if err != nil {
			return nil, err
		}
		defer t.Decref(f)
		return object.Call(t, f, []*object.Object{self}, nil)
	}},
}

func init() {
	typ := connectionType
	typ.New = connNew
	typ.Init = connInit
	typ.Traverse = connTraverse
	typ.Clear = connClear
	typ.Dealloc = connDealloc
	for i := range connMethods {
		if connMethods[i].Name == "interrupt" {
			connMethods[i].Fn = connInterrupt
		}
	}
	methods := append(connMethods, callbackMethods...)
	methods = append(methods, extraConnMethods...)
	getsets := []object.GetSetDef{
		{Name: "isolation_level", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
			c := asConn(o)
			c.lock(t)
			defer c.unlock()
			if err := c.checkOpen(t); err != nil {
				return nil, err
			}
			return t.NewRef(c.isolationLevel), nil
		}, Set: setIsolationLevel},
		{Name: "in_transaction", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
			c := asConn(o)
			if err := c.enter(t); err != nil {
				return nil, err
			}
			defer c.unlock()
			return object.NewBool(!c.autocommit()), nil
		}},
		{Name: "total_changes", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
			c := asConn(o)
			if err := c.enter(t); err != nil {
				return nil, err
			}
			defer c.unlock()
			return object.NewInt(t, int64(lib.Xsqlite3_total_changes64(c.tls, c.db))), nil
		}},
		memberGetSet("row_factory", func(c *connection) **object.Object { return &c.rowFactory }),
		memberGetSet("text_factory", func(c *connection) **object.Object { return &c.textFactory }),
	}
	for _, e := range excNames {
		e := e
		getsets = append(getsets, object.GetSetDef{Name: e.name, Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
			if err := makeExceptions(t); err != nil {
				return nil, err
			}
			return t.NewRef((*e.typ).Obj()), nil
		}})
	}
	object.ReadyType(typ, methods, getsets)
}

// memberGetSet is a read-write attribute holding any object.
func memberGetSet(name string, field func(*connection) **object.Object) object.GetSetDef {
	return object.GetSetDef{Name: name,
		Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
			c := asConn(o)
			c.lock(t)
			defer c.unlock()
			return t.NewRef(*field(c)), nil
		},
		Set: func(t *object.Thread, o, v *object.Object) error {
			if v == nil {
				return t.Errorf(object.AttributeErrorType, "cannot delete attribute")
			}
			c := asConn(o)
			c.lock(t)
			p := field(c)
			old := *p
			*p = t.NewRef(v)
			c.unlock()
			t.XDecref(old)
			return nil
		}}
}

func setIsolationLevel(t *object.Thread, o, v *object.Object) error {
	c := asConn(o)
	if v == nil {
		return t.Errorf(object.AttributeErrorType, "cannot delete attribute")
	}
	if err := c.enter(t); err != nil {
		return err
	}
	defer c.unlock()
	begin, err := beginStatement(t, v)
	if err != nil {
		return err
	}
	if v == object.None {
		// Leaving the implicit-transaction mode ends the one in progress.
		if err := c.commitLocked(t); err != nil {
			return err
		}
	}
	old := c.isolationLevel
	c.isolationLevel = t.NewRef(v)
	t.Decref(old)
	c.beginStmt = begin
	return nil
}

func connInterrupt(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := noArgs(t, "interrupt", args, kw); err != nil {
		return nil, err
	}
	c := asConn(self)
	// sqlite3_interrupt is safe from any thread: it must not wait for
	// the lock the running statement holds. It gets its own TLS.
	c.imu.Lock()
	db := c.dbForInterrupt
	if db != 0 {
		tls := libc.NewTLS()
		lib.Xsqlite3_interrupt(tls, db)
		tls.Close()
	}
	c.imu.Unlock()
	if db == 0 {
		if !c.initialized.Load() {
			return nil, programmingError(t, "Base Connection.__init__ not called.")
		}
		return nil, programmingError(t, "Cannot operate on a closed database.")
	}
	return object.None, nil
}

var emptyStr = object.NewStrStatic("")
