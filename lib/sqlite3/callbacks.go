// This file holds the Python callables SQLite calls back: user-defined
// functions, aggregates and window functions, collations, the
// authorizer, the progress handler and the trace callback. SQLite gets a
// handle (a small integer) as its user-data pointer; the trampolines,
// plain Go functions SQLite calls through a C function pointer, find the
// callback by it and run the Python code on the thread holding the
// connection's lock.

package sqlite3

import (
	"math"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/ftpy/ftpy/lib/codecs"
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
	"modernc.org/libc"
	lib "modernc.org/sqlite/lib"
)

// callbackTracebacks is enable_callback_tracebacks().
var callbackTracebacks atomic.Bool

// callback is one registered Python callable.
type callback struct {
	id   uintptr
	conn *connection
	fn   *object.Object // owned
}

var handles struct {
	mu   sync.RWMutex
	next uintptr
	m    map[uintptr]*callback
}

// register makes a callback for fn and its handle; the connection owns
// it (the lock held).
func (c *connection) register(t *object.Thread, fn *object.Object) *callback {
	handles.mu.Lock()
	if handles.m == nil {
		handles.m = map[uintptr]*callback{}
	}
	handles.next++
	cb := &callback{id: handles.next, conn: c, fn: t.NewRef(fn)}
	handles.m[cb.id] = cb
	handles.mu.Unlock()
	c.callbacks[cb.id] = cb
	return cb
}

func lookupCallback(id uintptr) *callback {
	handles.mu.RLock()
	cb := handles.m[id]
	handles.mu.RUnlock()
	return cb
}

// release forgets the callback; the connection already dropped it.
func (cb *callback) release(t *object.Thread) {
	handles.mu.Lock()
	delete(handles.m, cb.id)
	handles.mu.Unlock()
	if fn := cb.fn; fn != nil {
		cb.fn = nil
		t.Decref(fn)
	}
}

// unregister drops the callback with handle id from its connection.
func (c *connection) unregister(t *object.Thread, id uintptr) {
	if cb, ok := c.callbacks[id]; ok {
		delete(c.callbacks, id)
		cb.release(t)
	}
}

// cfunc turns a Go function value into the pointer SQLite calls, the
// way modernc.org/libc's translated C code calls function pointers: the
// address of a word holding the function's code pointer (Go's func value
// layout), which lives in read-only data for a top-level function.
func cfunc[T any](f T) uintptr {
	return *(*uintptr)(unsafe.Pointer(&struct{ f T }{f}))
}

// reportUnraisable reports a failed hook's exception through
// sys.unraisablehook when enable_callback_tracebacks is on.
func reportUnraisable(t *object.Thread, err error, fn *object.Object) {
	if !callbackTracebacks.Load() {
		t.DropError(err)
		return
	}
	vm.StateOf(t).WriteUnraisable(err, "Exception ignored in", fn)
}

// resultError tells SQLite a function failed: MemoryError and
// OverflowError map to SQLite's own codes, anything else to msg. The
// exception goes to sys.unraisablehook with the callable when
// enable_callback_tracebacks is on.
func resultError(t *object.Thread, tls *libc.TLS, ctx uintptr, err error, msg string) {
	var fn *object.Object
	if cb := callbackOf(tls, ctx); cb != nil {
		fn = cb.fn
	}
	switch {
	case object.ErrorMatches(err, object.MemoryErrorType):
		lib.Xsqlite3_result_error_nomem(tls, ctx)
	case object.ErrorMatches(err, object.OverflowErrorType):
		lib.Xsqlite3_result_error_toobig(tls, ctx)
	default:
		z, _ := libc.CString(msg)
		lib.Xsqlite3_result_error(tls, ctx, z, -1)
		libc.Xfree(tls, z)
	}
	reportUnraisable(t, err, fn)
}

// valueArgs converts a function's SQL arguments to Python values.
func valueArgs(t *object.Thread, tls *libc.TLS, argc int32, argv uintptr) ([]*object.Object, error) {
	args := make([]*object.Object, argc)
	for i := range args {
		v := *(*uintptr)(cptr(argv + uintptr(i)*8))
		var o *object.Object
		switch lib.Xsqlite3_value_type(tls, v) {
		case lib.SQLITE_INTEGER:
			o = object.NewInt(t, lib.Xsqlite3_value_int64(tls, v))
		case lib.SQLITE_FLOAT:
			o = object.NewFloat(t, lib.Xsqlite3_value_double(tls, v))
		case lib.SQLITE_TEXT:
			p := lib.Xsqlite3_value_text(tls, v)
			n := int(lib.Xsqlite3_value_bytes(tls, v))
			s, err := codecs.Decode(cMem(p, n), "utf-8", "strict")
			if err != nil {
				decrefAll(t, args[:i])
				return nil, object.CodecError(t, err, object.NewBytes(t, cMem(p, n)))
			}
			o = object.NewStr(t, s)
		case lib.SQLITE_BLOB:
			p := lib.Xsqlite3_value_blob(tls, v)
			n := int(lib.Xsqlite3_value_bytes(tls, v))
			o = object.NewBytes(t, cMem(p, n))
		default:
			o = object.None
		}
		args[i] = o
	}
	return args, nil
}

func cMem(p uintptr, n int) []byte {
	if p == 0 || n == 0 {
		return []byte{}
	}
	return append([]byte(nil), unsafe.Slice((*byte)(cptr(p)), n)...)
}

func decrefAll(t *object.Thread, items []*object.Object) {
	for _, o := range items {
		t.XDecref(o)
	}
}

// setResult gives SQLite a function's Python result.
func setResult(t *object.Thread, tls *libc.TLS, ctx uintptr, v *object.Object) error {
	switch {
	case v == object.None:
		lib.Xsqlite3_result_null(tls, ctx)
	case object.IsInt(v):
		n, err := object.AsInt64(t, v)
		if err != nil {
			return err
		}
		lib.Xsqlite3_result_int64(tls, ctx, n)
	case object.IsFloat(v):
		lib.Xsqlite3_result_double(tls, ctx, object.FloatValue(v))
	case object.IsStr(v):
		s, err := utf8Of(t, v)
		if err != nil {
			return err
		}
		if len(s) > math.MaxInt32 {
			return t.Errorf(object.OverflowErrorType, "string longer than INT_MAX bytes")
		}
		p := cBytes(tls, s)
		lib.Xsqlite3_result_text(tls, ctx, p, int32(len(s)), transient)
		libc.Xfree(tls, p)
	case object.CheckBuffer(v):
		b, done, err := object.BytesLike(t, v)
		if err != nil {
			return err
		}
		if len(b) > math.MaxInt32 {
			done()
			return t.Errorf(object.OverflowErrorType, "BLOB longer than INT_MAX bytes")
		}
		p := cBytes(tls, string(b))
		done()
		lib.Xsqlite3_result_blob(tls, ctx, p, int32(len(b)), transient)
		libc.Xfree(tls, p)
	default:
		return t.Errorf(object.TypeErrorType, "unsupported return type")
	}
	return nil
}

// gone reports a call of a function whose connection was closed or
// re-initialised while a statement of it was still prepared.
func gone(tls *libc.TLS, ctx uintptr) {
	z := cBytes(tls, "user-defined function is no longer available")
	lib.Xsqlite3_result_error(tls, ctx, z, -1)
	libc.Xfree(tls, z)
}

func callbackOf(tls *libc.TLS, ctx uintptr) *callback {
	return lookupCallback(lib.Xsqlite3_user_data(tls, ctx))
}

// funcTrampoline is xFunc of a scalar function.
func funcTrampoline(tls *libc.TLS, ctx uintptr, argc int32, argv uintptr) {
	cb := callbackOf(tls, ctx)
	if cb == nil {
		gone(tls, ctx)
		return
	}
	t, leave := cb.conn.enterCallback()
	defer leave()
	args, err := valueArgs(t, tls, argc, argv)
	if err == nil {
		var r *object.Object
		r, err = object.Call(t, cb.fn, args, nil)
		decrefAll(t, args)
		if err == nil {
			err = setResult(t, tls, ctx, r)
			t.Decref(r)
		}
	}
	if err != nil {
		resultError(t, tls, ctx, err, "user-defined function raised exception")
	}
}

// The instances of aggregate classes live in aggregates between the
// first step and the final call; SQLite's per-call aggregate context
// holds the key.
var aggregates struct {
	mu   sync.Mutex
	next uintptr
	m    map[uintptr]*object.Object
}

// aggregateInstance returns the instance for this evaluation (borrowed),
// creating it on the first step; nil with no error when create is false
// and there is none.
func aggregateInstance(t *object.Thread, tls *libc.TLS, ctx uintptr, cb *callback, create bool) (*object.Object, error) {
	size := int32(8)
	if !create {
		size = 0
	}
	p := lib.Xsqlite3_aggregate_context(tls, ctx, size)
	if p == 0 {
		if create {
			return nil, noMemory(t)
		}
		return nil, nil
	}
	slot := (*uintptr)(cptr(p))
	if *slot != 0 {
		aggregates.mu.Lock()
		inst := aggregates.m[*slot]
		aggregates.mu.Unlock()
		return inst, nil
	}
	if !create {
		return nil, nil
	}
	inst, err := object.Call(t, cb.fn, nil, nil)
	if err != nil {
		return nil, err
	}
	aggregates.mu.Lock()
	if aggregates.m == nil {
		aggregates.m = map[uintptr]*object.Object{}
	}
	aggregates.next++
	*slot = aggregates.next
	aggregates.m[*slot] = inst
	aggregates.mu.Unlock()
	return inst, nil
}

// dropAggregate forgets the instance of this evaluation (xFinal).
func dropAggregate(t *object.Thread, tls *libc.TLS, ctx uintptr) {
	p := lib.Xsqlite3_aggregate_context(tls, ctx, 0)
	if p == 0 {
		return
	}
	slot := (*uintptr)(cptr(p))
	aggregates.mu.Lock()
	inst := aggregates.m[*slot]
	delete(aggregates.m, *slot)
	aggregates.mu.Unlock()
	*slot = 0
	t.XDecref(inst)
}

// callAggregateMethod calls inst.name(*args); a missing method is
// reported as "not defined".
func callAggregateMethod(t *object.Thread, tls *libc.TLS, ctx uintptr, inst *object.Object, name string, args []*object.Object) (*object.Object, bool) {
	m, err := object.GetAttr(t, inst, object.Intern(name))
	if err != nil {
		msg := "user-defined aggregate's '" + name + "' method raised error"
		if object.ErrorMatches(err, object.AttributeErrorType) {
			msg = "user-defined aggregate's '" + name + "' method not defined"
		}
		resultError(t, tls, ctx, err, msg)
		return nil, false
	}
	r, err := object.Call(t, m, args, nil)
	t.Decref(m)
	if err != nil {
		resultError(t, tls, ctx, err, "user-defined aggregate's '"+name+"' method raised error")
		return nil, false
	}
	return r, true
}

func stepTrampoline(tls *libc.TLS, ctx uintptr, argc int32, argv uintptr) {
	aggregateStep(tls, ctx, argc, argv, "step")
}

func inverseTrampoline(tls *libc.TLS, ctx uintptr, argc int32, argv uintptr) {
	aggregateStep(tls, ctx, argc, argv, "inverse")
}

func aggregateStep(tls *libc.TLS, ctx uintptr, argc int32, argv uintptr, method string) {
	cb := callbackOf(tls, ctx)
	if cb == nil {
		gone(tls, ctx)
		return
	}
	t, leave := cb.conn.enterCallback()
	defer leave()
	inst, err := aggregateInstance(t, tls, ctx, cb, true)
	if err != nil {
		resultError(t, tls, ctx, err, "user-defined aggregate's '__init__' method raised error")
		return
	}
	args, err := valueArgs(t, tls, argc, argv)
	if err != nil {
		resultError(t, tls, ctx, err, "user-defined aggregate's '"+method+"' method raised error")
		return
	}
	r, ok := callAggregateMethod(t, tls, ctx, inst, method, args)
	decrefAll(t, args)
	if ok {
		t.Decref(r)
	}
}

func finalTrampoline(tls *libc.TLS, ctx uintptr) {
	cb := callbackOf(tls, ctx)
	if cb == nil {
		gone(tls, ctx)
		return
	}
	t, leave := cb.conn.enterCallback()
	defer leave()
	inst, _ := aggregateInstance(t, tls, ctx, cb, false)
	if inst == nil {
		return // no rows, or __init__ failed: the result stays NULL or the error
	}
	t.Incref(inst)
	defer t.Decref(inst)
	dropAggregate(t, tls, ctx)
	r, ok := callAggregateMethod(t, tls, ctx, inst, "finalize", nil)
	if !ok {
		return
	}
	if err := setResult(t, tls, ctx, r); err != nil {
		resultError(t, tls, ctx, err, "user-defined aggregate's 'finalize' method raised error")
	}
	t.Decref(r)
}

func valueTrampoline(tls *libc.TLS, ctx uintptr) {
	cb := callbackOf(tls, ctx)
	if cb == nil {
		gone(tls, ctx)
		return
	}
	t, leave := cb.conn.enterCallback()
	defer leave()
	inst, _ := aggregateInstance(t, tls, ctx, cb, false)
	if inst == nil {
		return
	}
	r, ok := callAggregateMethod(t, tls, ctx, inst, "value", nil)
	if !ok {
		return
	}
	if err := setResult(t, tls, ctx, r); err != nil {
		resultError(t, tls, ctx, err, "user-defined aggregate's 'value' method raised error")
	}
	t.Decref(r)
}

// destroyTrampoline is xDestroy: SQLite no longer uses the callback.
func destroyTrampoline(tls *libc.TLS, p uintptr) {
	cb := lookupCallback(p)
	if cb == nil {
		return
	}
	c := cb.conn
	if c.t == nil {
		return // the connection is being torn down; closeLocked releases it
	}
	t, leave := c.enterCallback()
	defer leave()
	c.unregister(t, p)
}

func collationTrampoline(tls *libc.TLS, p uintptr, n1 int32, z1 uintptr, n2 int32, z2 uintptr) int32 {
	cb := lookupCallback(p)
	if cb == nil {
		return 0
	}
	t, leave := cb.conn.enterCallback()
	defer leave()
	decode := func(z uintptr, n int32) (*object.Object, error) {
		s, err := codecs.Decode(cMem(z, int(n)), "utf-8", "strict")
		if err != nil {
			return nil, object.CodecError(t, err, object.NewBytes(t, cMem(z, int(n))))
		}
		return object.NewStr(t, s), nil
	}
	a, err := decode(z1, n1)
	if err != nil {
		reportUnraisable(t, err, cb.fn)
		return 0
	}
	defer t.Decref(a)
	b, err := decode(z2, n2)
	if err != nil {
		reportUnraisable(t, err, cb.fn)
		return 0
	}
	defer t.Decref(b)
	r, err := object.Call(t, cb.fn, []*object.Object{a, b}, nil)
	if err != nil {
		reportUnraisable(t, err, cb.fn)
		return 0
	}
	defer t.Decref(r)
	if !object.IsInt(r) {
		return 0
	}
	switch object.AsInt(r).Sign() {
	case 1:
		return 1
	case -1:
		return -1
	}
	return 0
}

func strOrNone(t *object.Thread, z uintptr) *object.Object {
	if z == 0 {
		return object.None
	}
	s, err := codecs.Decode([]byte(libc.GoString(z)), "utf-8", "replace")
	if err != nil {
		return object.None
	}
	return object.NewStr(t, s)
}

func authorizerTrampoline(tls *libc.TLS, p uintptr, action int32, a1, a2, dbname, source uintptr) int32 {
	cb := lookupCallback(p)
	if cb == nil {
		return lib.SQLITE_OK
	}
	t, leave := cb.conn.enterCallback()
	defer leave()
	args := []*object.Object{object.NewInt(t, int64(action)), strOrNone(t, a1), strOrNone(t, a2), strOrNone(t, dbname), strOrNone(t, source)}
	r, err := object.Call(t, cb.fn, args, nil)
	decrefAll(t, args)
	if err != nil {
		reportUnraisable(t, err, cb.fn)
		return lib.SQLITE_DENY
	}
	defer t.Decref(r)
	if !object.IsInt(r) {
		return lib.SQLITE_DENY
	}
	n, err := object.AsInt64(t, r)
	if err != nil || n < math.MinInt32 || n > math.MaxInt32 {
		if err == nil {
			err = t.Errorf(object.OverflowErrorType, "Python int too large to convert to C int")
		}
		reportUnraisable(t, err, cb.fn)
		return lib.SQLITE_DENY
	}
	return int32(n)
}

func progressTrampoline(tls *libc.TLS, p uintptr) int32 {
	cb := lookupCallback(p)
	if cb == nil {
		return 0
	}
	t, leave := cb.conn.enterCallback()
	defer leave()
	r, err := object.Call(t, cb.fn, nil, nil)
	if err != nil {
		reportUnraisable(t, err, cb.fn)
		return -1
	}
	defer t.Decref(r)
	ok, err := object.IsTrue(t, r)
	if err != nil {
		reportUnraisable(t, err, cb.fn)
		return -1
	}
	if ok {
		return 1
	}
	return 0
}

func traceTrampoline(tls *libc.TLS, typ uint32, p, stmt, sql uintptr) int32 {
	if typ != lib.SQLITE_TRACE_STMT {
		return 0
	}
	cb := lookupCallback(p)
	if cb == nil {
		return 0
	}
	t, leave := cb.conn.enterCallback()
	defer leave()
	var text string
	if x := lib.Xsqlite3_expanded_sql(tls, stmt); x != 0 {
		text = libc.GoString(x)
		lib.Xsqlite3_free(tls, x)
	} else {
		if lib.Xsqlite3_errcode(tls, cb.conn.db) == lib.SQLITE_NOMEM {
			reportUnraisable(t, noMemory(t), cb.fn)
			return 0
		}
		reportUnraisable(t, t.Errorf(excs.DataError, "Expanded SQL string exceeds the maximum string length"), cb.fn)
		text = libc.GoString(sql)
	}
	s, err := codecs.Decode([]byte(text), "utf-8", "strict")
	if err != nil {
		reportUnraisable(t, object.CodecError(t, err, object.NewBytes(t, []byte(text))), cb.fn)
		return 0
	}
	arg := object.NewStr(t, s)
	r, err := object.Call(t, cb.fn, []*object.Object{arg}, nil)
	t.Decref(arg)
	if err != nil {
		reportUnraisable(t, err, cb.fn)
		return 0
	}
	t.Decref(r)
	return 0
}

// nameArg checks a function or collation name (a str) and returns its
// UTF-8 in C memory.
func nameArg(t *object.Thread, c *connection, fname, param string, o *object.Object) (uintptr, error) {
	if !object.IsStr(o) {
		return 0, t.Errorf(object.TypeErrorType, "%s() argument '%s' must be str, not %s", fname, param, o.Type().Name)
	}
	s, err := utf8Of(t, o)
	if err != nil {
		return 0, err
	}
	if strings.IndexByte(s, 0) >= 0 {
		return 0, t.Errorf(object.ValueErrorType, "embedded null character")
	}
	return cBytes(c.tls, s), nil
}

func createFunction(t *object.Thread, c *connection, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var nameO, nargO, fn, detO *object.Object
	if err := object.ParseArgs(t, "create_function", args, kw, []string{"name", "narg", "func", "$deterministic"}, 3, &nameO, &nargO, &fn, &detO); err != nil {
		return nil, err
	}
	name, err := nameArg(t, c, "create_function", "name", nameO)
	if err != nil {
		return nil, err
	}
	defer libc.Xfree(c.tls, name)
	narg, err := cInt(t, nargO)
	if err != nil {
		return nil, err
	}
	flags := int32(lib.SQLITE_UTF8)
	if detO != nil {
		det, err := object.IsTrue(t, detO)
		if err != nil {
			return nil, err
		}
		if det {
			flags |= lib.SQLITE_DETERMINISTIC
		}
	}
	// As in CPython 3.11, None is registered like any callable (calls
	// then fail); only window functions and collations treat None as
	// "remove".
	cb := c.register(t, fn)
	rc := lib.Xsqlite3_create_function_v2(c.tls, c.db, name, int32(narg), flags, cb.id, cfunc(funcTrampoline), 0, 0, cfunc(destroyTrampoline))
	if rc != lib.SQLITE_OK {
		// SQLite ran xDestroy already, which released the callback.
		return nil, operationalError(t, "Error creating function")
	}
	return object.None, nil
}

func createAggregate(t *object.Thread, c *connection, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var nameO, nargO, cls *object.Object
	if err := object.ParseArgs(t, "create_aggregate", args, kw, []string{"name", "n_arg", "aggregate_class"}, 3, &nameO, &nargO, &cls); err != nil {
		return nil, err
	}
	name, err := nameArg(t, c, "create_aggregate", "name", nameO)
	if err != nil {
		return nil, err
	}
	defer libc.Xfree(c.tls, name)
	narg, err := cInt(t, nargO)
	if err != nil {
		return nil, err
	}
	cb := c.register(t, cls)
	rc := lib.Xsqlite3_create_function_v2(c.tls, c.db, name, int32(narg), lib.SQLITE_UTF8, cb.id, 0, cfunc(stepTrampoline), cfunc(finalTrampoline), cfunc(destroyTrampoline))
	if rc != lib.SQLITE_OK {
		return nil, operationalError(t, "Error creating aggregate")
	}
	return object.None, nil
}

func createWindowFunction(t *object.Thread, c *connection, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var nameO, nargO, cls *object.Object
	if err := object.ParseArgs(t, "create_window_function", args, kw, []string{"/name", "/num_params", "/aggregate_class"}, 3, &nameO, &nargO, &cls); err != nil {
		return nil, err
	}
	name, err := nameArg(t, c, "create_window_function", "1", nameO)
	if err != nil {
		return nil, err
	}
	defer libc.Xfree(c.tls, name)
	narg, err := cInt(t, nargO)
	if err != nil {
		return nil, err
	}
	flags := int32(lib.SQLITE_UTF8 | lib.SQLITE_DETERMINISTIC)
	var rc int32
	if cls == object.None {
		rc = lib.Xsqlite3_create_window_function(c.tls, c.db, name, int32(narg), flags, 0, 0, 0, 0, 0, 0)
	} else {
		cb := c.register(t, cls)
		rc = lib.Xsqlite3_create_window_function(c.tls, c.db, name, int32(narg), flags, cb.id,
			cfunc(stepTrampoline), cfunc(finalTrampoline), cfunc(valueTrampoline), cfunc(inverseTrampoline), cfunc(destroyTrampoline))
	}
	if rc != lib.SQLITE_OK {
		return nil, programmingError(t, "Error creating window function")
	}
	return object.None, nil
}

func createCollation(t *object.Thread, c *connection, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var nameO, fn *object.Object
	if err := object.ParseArgs(t, "create_collation", args, kw, []string{"/name", "/callback"}, 2, &nameO, &fn); err != nil {
		return nil, err
	}
	if !object.IsStr(nameO) {
		return nil, t.Errorf(object.TypeErrorType, "create_collation() argument 1 must be str, not %s", nameO.Type().Name)
	}
	if fn != object.None && !object.IsCallable(fn) {
		return nil, t.Errorf(object.TypeErrorType, "parameter must be callable")
	}
	name, err := nameArg(t, c, "create_collation", "1", nameO)
	if err != nil {
		return nil, err
	}
	defer libc.Xfree(c.tls, name)
	var rc int32
	if fn == object.None {
		rc = lib.Xsqlite3_create_collation_v2(c.tls, c.db, name, lib.SQLITE_UTF8, 0, 0, 0)
	} else {
		cb := c.register(t, fn)
		rc = lib.Xsqlite3_create_collation_v2(c.tls, c.db, name, lib.SQLITE_UTF8, cb.id, cfunc(collationTrampoline), cfunc(destroyTrampoline))
	}
	if rc != lib.SQLITE_OK {
		return nil, dbError(t, c.tls, c.db)
	}
	return object.None, nil
}

func setAuthorizer(t *object.Thread, c *connection, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var fn *object.Object
	if err := object.ParseArgs(t, "set_authorizer", args, kw, []string{"authorizer_callback"}, 1, &fn); err != nil {
		return nil, err
	}
	if fn != object.None && !object.IsCallable(fn) {
		return nil, t.Errorf(object.TypeErrorType, "parameter must be callable")
	}
	var rc int32
	if fn == object.None {
		rc = lib.Xsqlite3_set_authorizer(c.tls, c.db, 0, 0)
		c.unregister(t, c.authorizer)
		c.authorizer = 0
	} else {
		cb := c.register(t, fn)
		rc = lib.Xsqlite3_set_authorizer(c.tls, c.db, cfunc(authorizerTrampoline), cb.id)
		c.unregister(t, c.authorizer)
		c.authorizer = cb.id
	}
	if rc != lib.SQLITE_OK {
		return nil, operationalError(t, "Error setting authorizer callback")
	}
	return object.None, nil
}

func setProgressHandler(t *object.Thread, c *connection, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var fn, nO *object.Object
	if err := object.ParseArgs(t, "set_progress_handler", args, kw, []string{"progress_handler", "n"}, 2, &fn, &nO); err != nil {
		return nil, err
	}
	n, err := cInt(t, nO)
	if err != nil {
		return nil, err
	}
	if fn == object.None {
		lib.Xsqlite3_progress_handler(c.tls, c.db, 0, 0, 0)
		c.unregister(t, c.progress)
		c.progress = 0
	} else {
		cb := c.register(t, fn)
		lib.Xsqlite3_progress_handler(c.tls, c.db, int32(n), cfunc(progressTrampoline), cb.id)
		c.unregister(t, c.progress)
		c.progress = cb.id
	}
	return object.None, nil
}

func setTraceCallback(t *object.Thread, c *connection, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var fn *object.Object
	if err := object.ParseArgs(t, "set_trace_callback", args, kw, []string{"trace_callback"}, 1, &fn); err != nil {
		return nil, err
	}
	if fn == object.None {
		lib.Xsqlite3_trace_v2(c.tls, c.db, lib.SQLITE_TRACE_STMT, 0, 0)
		c.unregister(t, c.trace)
		c.trace = 0
	} else {
		cb := c.register(t, fn)
		lib.Xsqlite3_trace_v2(c.tls, c.db, lib.SQLITE_TRACE_STMT, cfunc(traceTrampoline), cb.id)
		c.unregister(t, c.trace)
		c.trace = cb.id
	}
	return object.None, nil
}

var callbackMethods = []object.MethodDef{
	cm("create_function", "Creates a new function.", createFunction),
	cm("create_aggregate", "Creates a new aggregate.", createAggregate),
	cm("create_window_function", "Creates or redefines an aggregate window function. Non-standard.", createWindowFunction),
	cm("create_collation", "Creates a collation function.", createCollation),
	cm("set_authorizer", "Sets authorizer callback.", setAuthorizer),
	cm("set_progress_handler", "Sets progress handler callback.", setProgressHandler),
	cm("set_trace_callback", "Sets a trace callback called for each SQL statement (passed as unicode).", setTraceCallback),
}
