// This file holds the Connection methods that copy or inspect a whole
// database: backup, serialize, deserialize, and the run-time limits.

package sqlite3

import (
	"time"
	"unsafe"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
	"modernc.org/libc"
	lib "modernc.org/sqlite/lib"
)

func freeC(c *connection, p uintptr) { libc.Xfree(c.tls, p) }

func callMethod(t *object.Thread, o *object.Object, name string, args ...*object.Object) (*object.Object, error) {
	return vm.CallMethod(t, o, name, args...)
}

// schemaName returns the name= keyword's UTF-8 in C memory ("main"
// when absent).
func schemaName(t *object.Thread, c *connection, fname string, o *object.Object) (uintptr, error) {
	if o == nil {
		return cBytes(c.tls, "main"), nil
	}
	if !object.IsStr(o) {
		return 0, t.Errorf(object.TypeErrorType, "%s() argument 'name' must be str, not %s", fname, o.Type().Name)
	}
	return nameArg(t, c, fname, "name", o)
}

func serialize(t *object.Thread, c *connection, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var nameO *object.Object
	if err := object.ParseArgs(t, "serialize", args, kw, []string{"$name"}, 0, &nameO); err != nil {
		return nil, err
	}
	name, err := schemaName(t, c, "serialize", nameO)
	if err != nil {
		return nil, err
	}
	defer freeC(c, name)
	psize := c.tls.Alloc(8)
	defer c.tls.Free(8)
	data := lib.Xsqlite3_serialize(c.tls, c.db, name, psize, lib.SQLITE_SERIALIZE_NOCOPY)
	owned := false
	if data == 0 {
		data = lib.Xsqlite3_serialize(c.tls, c.db, name, psize, 0)
		if data == 0 {
			return nil, operationalError(t, "unable to serialize '%s'", libc.GoString(name))
		}
		owned = true
	}
	n := int(*(*int64)(cptr(psize)))
	b := object.NewBytes(t, cMem(data, n))
	if owned {
		lib.Xsqlite3_free(c.tls, data)
	}
	return b, nil
}

func deserialize(t *object.Thread, c *connection, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var dataO, nameO *object.Object
	if err := object.ParseArgs(t, "deserialize", args, kw, []string{"/data", "$name"}, 1, &dataO, &nameO); err != nil {
		return nil, err
	}
	data, done, err := object.BytesLike(t, dataO)
	if err != nil {
		return nil, err
	}
	data = append([]byte(nil), data...)
	done()
	name, err := schemaName(t, c, "deserialize", nameO)
	if err != nil {
		return nil, err
	}
	defer freeC(c, name)
	buf := lib.Xsqlite3_malloc64(c.tls, uint64(len(data)))
	if buf == 0 && len(data) > 0 {
		return nil, noMemory(t)
	}
	if len(data) > 0 {
		copy(unsafe.Slice((*byte)(cptr(buf)), len(data)), data)
	}
	rc := lib.Xsqlite3_deserialize(c.tls, c.db, name, buf, int64(len(data)), int64(len(data)),
		lib.SQLITE_DESERIALIZE_FREEONCLOSE|lib.SQLITE_DESERIALIZE_RESIZEABLE)
	if rc != lib.SQLITE_OK {
		return nil, dbError(t, c.tls, c.db)
	}
	return object.None, nil
}

func limitCategory(t *object.Thread, o *object.Object) (int32, error) {
	n, err := cInt(t, o)
	return int32(n), err
}

func getLimit(t *object.Thread, c *connection, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var catO *object.Object
	if err := object.ParseArgs(t, "getlimit", args, kw, []string{"/category"}, 1, &catO); err != nil {
		return nil, err
	}
	cat, err := limitCategory(t, catO)
	if err != nil {
		return nil, err
	}
	v := lib.Xsqlite3_limit(c.tls, c.db, cat, -1)
	if v < 0 {
		return nil, programmingError(t, "'category' is out of bounds")
	}
	return object.NewInt(t, int64(v)), nil
}

func setLimit(t *object.Thread, c *connection, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var catO, limO *object.Object
	if err := object.ParseArgs(t, "setlimit", args, kw, []string{"/category", "/limit"}, 2, &catO, &limO); err != nil {
		return nil, err
	}
	cat, err := limitCategory(t, catO)
	if err != nil {
		return nil, err
	}
	lim, err := cInt(t, limO)
	if err != nil {
		return nil, err
	}
	v := lib.Xsqlite3_limit(c.tls, c.db, cat, int32(lim))
	if v < 0 {
		return nil, programmingError(t, "'category' is out of bounds")
	}
	return object.NewInt(t, int64(v)), nil
}

// backup copies this database into target, pages at a time, calling
// progress(status, remaining, total) after each step.
func backup(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var targetO, pagesO, progress, nameO, sleepO *object.Object
	if err := object.ParseArgs(t, "backup", args, kw, []string{"target", "$pages", "$progress", "$name", "$sleep"}, 1, &targetO, &pagesO, &progress, &nameO, &sleepO); err != nil {
		return nil, err
	}
	c := asConn(self)
	if err := c.usable(t); err != nil {
		return nil, err
	}
	if !object.IsInstance(targetO, connectionType) {
		return nil, t.Errorf(object.TypeErrorType, "backup() argument 'target' must be sqlite3.Connection, not %s", targetO.Type().Name)
	}
	target := asConn(targetO)
	target.lock(t)
	err := target.checkOpen(t)
	target.unlock()
	if err != nil {
		return nil, err
	}
	if target == c {
		return nil, t.Errorf(object.ValueErrorType, "target cannot be the same connection instance")
	}
	pages := int64(-1)
	if pagesO != nil {
		v, err := cInt(t, pagesO)
		if err != nil {
			return nil, err
		}
		pages = v
		if pages == 0 {
			pages = -1
		}
	}
	if progress == object.None {
		progress = nil
	}
	if progress != nil && !object.IsCallable(progress) {
		return nil, t.Errorf(object.TypeErrorType, "progress argument must be a callable")
	}
	sleep := 0.25
	if sleepO != nil {
		v, err := object.RealArg(t, sleepO)
		if err != nil {
			return nil, err
		}
		sleep = v
		if sleep < 0 {
			return nil, t.Errorf(object.ValueErrorType, "sleep must be greater-than or equal to zero")
		}
	}
	// Take both locks in one order, so that two backups in opposite
	// directions cannot deadlock.
	first, second := c, target
	if uintptr(unsafe.Pointer(target)) < uintptr(unsafe.Pointer(c)) {
		first, second = target, c
	}
	first.lock(t)
	defer first.unlock()
	second.lock(t)
	defer second.unlock()
	if err := c.checkOpen(t); err != nil {
		return nil, err
	}
	if err := target.checkOpen(t); err != nil {
		return nil, err
	}
	if !target.autocommit() {
		return nil, operationalError(t, "target is in transaction")
	}
	name, err := schemaName(t, c, "backup", nameO)
	if err != nil {
		return nil, err
	}
	defer freeC(c, name)
	mainName := cBytes(c.tls, "main")
	defer freeC(c, mainName)
	tls := c.tls
	bk := lib.Xsqlite3_backup_init(tls, target.db, mainName, c.db, name)
	if bk == 0 {
		return nil, dbError(t, tls, target.db)
	}
	var cbErr error
	for {
		rc := blocking(t, func() int32 { return lib.Xsqlite3_backup_step(tls, bk, int32(pages)) })
		if progress != nil {
			a := []*object.Object{object.NewInt(t, int64(rc)), object.NewInt(t, int64(lib.Xsqlite3_backup_remaining(tls, bk))), object.NewInt(t, int64(lib.Xsqlite3_backup_pagecount(tls, bk)))}
			r, err := object.Call(t, progress, a, nil)
			decrefAll(t, a)
			if err != nil {
				cbErr = err
				break
			}
			t.Decref(r)
		}
		if rc == lib.SQLITE_BUSY || rc == lib.SQLITE_LOCKED {
			d := time.Duration(sleep * float64(time.Second))
			blocking(t, func() int { time.Sleep(d); return 0 })
			continue
		}
		if rc != lib.SQLITE_OK {
			break
		}
	}
	rc := lib.Xsqlite3_backup_finish(tls, bk)
	if cbErr != nil {
		return nil, cbErr
	}
	if rc != lib.SQLITE_OK {
		return nil, dbError(t, tls, target.db)
	}
	return object.None, nil
}

var extraConnMethods = []object.MethodDef{
	cm("blobopen", "Open and return a BLOB object.", blobOpen),
	cm("serialize", "Serialize a database into a byte string.", serialize),
	cm("deserialize", "Load a serialized database.", deserialize),
	cm("getlimit", "Get connection run-time limits.", getLimit),
	cm("setlimit", "Set connection run-time limits.", setLimit),
	{Name: "backup", Doc: "Makes a backup of the database.", Fn: backup},
}
