// This file defines sqlite3.Blob, incremental I/O on one BLOB value
// (Connection.blobopen), a file-like object that also indexes and
// slices like bytes.

package sqlite3

import (
	"math"

	"github.com/ftpy/ftpy/object"
	lib "modernc.org/sqlite/lib"
)

// blob's fields are used with its connection's lock held.
type blob struct {
	object.Object
	conn   *object.Object // owned
	h      uintptr        // sqlite3_blob*, 0 once closed
	offset int
}

var blobType = object.NewStaticType(&object.Type{
	Name:   "Blob",
	Module: "sqlite3",
	Flags:  object.FlagGC | object.FlagWeakrefable,
})

func asBlob(o *object.Object) *blob { return object.Cast[blob](o) }

func (b *blob) connection() *connection { return asConn(b.conn) }

// closeLocked closes the handle (the connection's lock held).
func (b *blob) closeLocked() {
	if b.h != 0 {
		c := b.connection()
		lib.Xsqlite3_blob_close(c.tls, b.h)
		b.h = 0
	}
}

// enter checks the connection and the blob and takes the lock.
func (b *blob) enter(t *object.Thread) (*connection, error) {
	c := b.connection()
	if err := c.enter(t); err != nil {
		return nil, err
	}
	if b.h == 0 {
		c.unlock()
		return nil, programmingError(t, "Cannot operate on a closed blob.")
	}
	return c, nil
}

func (b *blob) length(c *connection) int { return int(lib.Xsqlite3_blob_bytes(c.tls, b.h)) }

func (b *blob) readAt(t *object.Thread, c *connection, off, n int) ([]byte, error) {
	if n == 0 {
		return []byte{}, nil
	}
	p := cBytes(c.tls, string(make([]byte, n)))
	defer freeC(c, p)
	if rc := lib.Xsqlite3_blob_read(c.tls, b.h, p, int32(n), int32(off)); rc != lib.SQLITE_OK {
		return nil, dbError(t, c.tls, c.db)
	}
	return cMem(p, n), nil
}

func (b *blob) writeAt(t *object.Thread, c *connection, off int, data []byte) error {
	if len(data) == 0 {
		return nil
	}
	p := cBytes(c.tls, string(data))
	defer freeC(c, p)
	if rc := lib.Xsqlite3_blob_write(c.tls, b.h, p, int32(len(data)), int32(off)); rc != lib.SQLITE_OK {
		return dbError(t, c.tls, c.db)
	}
	return nil
}

type blobMethod func(t *object.Thread, b *blob, c *connection, args []*object.Object, kw *object.Tuple) (*object.Object, error)

func bm(name, doc string, f blobMethod) object.MethodDef {
	return object.MethodDef{Name: name, Doc: doc, Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		b := asBlob(self)
		c, err := b.enter(t)
		if err != nil {
			return nil, err
		}
		defer c.unlock()
		return f(t, b, c, args, kw)
	}}
}

var blobMethods = []object.MethodDef{
	{Name: "close", Doc: "Close the blob.", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := noArgs(t, "close", args, kw); err != nil {
			return nil, err
		}
		b := asBlob(self)
		c := b.connection()
		if err := c.enter(t); err != nil {
			return nil, err
		}
		defer c.unlock()
		b.closeLocked()
		delete(c.blobs, b)
		return object.None, nil
	}},
	bm("read", "Read data at the current offset position.", func(t *object.Thread, b *blob, c *connection, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		var lenO *object.Object
		if err := object.ParseArgs(t, "read", args, kw, []string{"/length"}, 0, &lenO); err != nil {
			return nil, err
		}
		n := int64(-1)
		if lenO != nil {
			v, err := cInt(t, lenO)
			if err != nil {
				return nil, err
			}
			n = v
		}
		rest := int64(b.length(c) - b.offset)
		if n < 0 || n > rest {
			n = rest
		}
		data, err := b.readAt(t, c, b.offset, int(n))
		if err != nil {
			return nil, err
		}
		b.offset += int(n)
		return object.NewBytes(t, data), nil
	}),
	bm("write", "Write data at the current offset.", func(t *object.Thread, b *blob, c *connection, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "write", args, kw, 1, 1); err != nil {
			return nil, err
		}
		data, done, err := object.BytesLike(t, args[0])
		if err != nil {
			return nil, err
		}
		data = append([]byte(nil), data...)
		done()
		if len(data) > b.length(c)-b.offset {
			return nil, t.Errorf(object.ValueErrorType, "data longer than blob length")
		}
		if err := b.writeAt(t, c, b.offset, data); err != nil {
			return nil, err
		}
		b.offset += len(data)
		return object.None, nil
	}),
	bm("seek", "Set the current access position to offset.", func(t *object.Thread, b *blob, c *connection, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		var offO, originO *object.Object
		if err := object.ParseArgs(t, "seek", args, kw, []string{"/offset", "/origin"}, 1, &offO, &originO); err != nil {
			return nil, err
		}
		off, err := cInt(t, offO)
		if err != nil {
			return nil, err
		}
		origin := int64(0)
		if originO != nil {
			if origin, err = cInt(t, originO); err != nil {
				return nil, err
			}
		}
		n := int64(b.length(c))
		switch origin {
		case 0:
		case 1:
			if off > math.MaxInt32-int64(b.offset) {
				return nil, t.Errorf(object.OverflowErrorType, "seek offset results in overflow")
			}
			off += int64(b.offset)
		case 2:
			if off > math.MaxInt32-n {
				return nil, t.Errorf(object.OverflowErrorType, "seek offset results in overflow")
			}
			off += n
		default:
			return nil, t.Errorf(object.ValueErrorType, "'origin' should be os.SEEK_SET, os.SEEK_CUR, or os.SEEK_END")
		}
		if off < 0 || off > n {
			return nil, t.Errorf(object.ValueErrorType, "offset out of blob range")
		}
		b.offset = int(off)
		return object.None, nil
	}),
	bm("tell", "Return the current access position for the blob.", func(t *object.Thread, b *blob, c *connection, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := noArgs(t, "tell", args, kw); err != nil {
			return nil, err
		}
		return object.NewInt(t, int64(b.offset)), nil
	}),
	bm("__enter__", "Blob context manager enter.", func(t *object.Thread, b *blob, c *connection, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := noArgs(t, "__enter__", args, kw); err != nil {
			return nil, err
		}
		return t.NewRef(&b.Object), nil
	}),
	bm("__exit__", "Blob context manager exit.", func(t *object.Thread, b *blob, c *connection, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "__exit__", args, kw, 3, 3); err != nil {
			return nil, err
		}
		b.closeLocked()
		delete(c.blobs, b)
		return object.False, nil
	}),
}

// blobIndex resolves an int index against the blob's length.
func blobIndex(t *object.Thread, key *object.Object, n int) (int, error) {
	i, err := object.AsInt64(t, key)
	if err != nil {
		if object.ErrorMatches(err, object.OverflowErrorType) {
			t.DropError(err)
			return 0, t.Errorf(object.IndexErrorType, "cannot fit 'int' into an index-sized integer")
		}
		return 0, err
	}
	if i < 0 {
		i += int64(n)
	}
	if i < 0 || i >= int64(n) {
		return 0, t.Errorf(object.IndexErrorType, "Blob index out of range")
	}
	return int(i), nil
}

// sliceIndices is slice.indices(n) as (start, stop, step, count).
func sliceIndices(t *object.Thread, key *object.Object, n int) (int, int, int, int, error) {
	ln := object.NewInt(t, int64(n))
	defer t.Decref(ln)
	r, err := callMethod(t, key, "indices", ln)
	if err != nil {
		return 0, 0, 0, 0, err
	}
	defer t.Decref(r)
	v := object.Cast[object.Tuple](r).Items
	start, _ := object.AsInt64(t, v[0])
	stop, _ := object.AsInt64(t, v[1])
	step, _ := object.AsInt64(t, v[2])
	count := 0
	if step > 0 && stop > start {
		count = int((stop - start + step - 1) / step)
	} else if step < 0 && stop < start {
		count = int((start - stop - step - 1) / -step)
	}
	return int(start), int(stop), int(step), count, nil
}

func blobGetItem(t *object.Thread, o, key *object.Object) (*object.Object, error) {
	b := asBlob(o)
	c, err := b.enter(t)
	if err != nil {
		return nil, err
	}
	defer c.unlock()
	n := b.length(c)
	switch {
	case object.IsInt(key) || key.Type().Number != nil && key.Type().Number.Index != nil && !object.IsFloat(key):
		idx, err := object.Index(t, key)
		if err != nil {
			return nil, err
		}
		defer t.Decref(idx)
		i, err := blobIndex(t, idx, n)
		if err != nil {
			return nil, err
		}
		data, err := b.readAt(t, c, i, 1)
		if err != nil {
			return nil, err
		}
		return object.NewInt(t, int64(data[0])), nil
	case key.Type() == object.SliceType:
		start, _, step, count, err := sliceIndices(t, key, n)
		if err != nil {
			return nil, err
		}
		if count == 0 {
			return object.NewBytes(t, nil), nil
		}
		if step == 1 {
			data, err := b.readAt(t, c, start, count)
			if err != nil {
				return nil, err
			}
			return object.NewBytes(t, data), nil
		}
		all, err := b.readAt(t, c, 0, n)
		if err != nil {
			return nil, err
		}
		out := make([]byte, count)
		for i, j := 0, start; i < count; i, j = i+1, j+step {
			out[i] = all[j]
		}
		return object.NewBytes(t, out), nil
	}
	return nil, t.Errorf(object.TypeErrorType, "Blob indices must be integers")
}

func blobSetItem(t *object.Thread, o, key, v *object.Object) error {
	b := asBlob(o)
	c, err := b.enter(t)
	if err != nil {
		return err
	}
	defer c.unlock()
	if v == nil {
		return t.Errorf(object.TypeErrorType, "Blob doesn't support item deletion")
	}
	n := b.length(c)
	switch {
	case object.IsInt(key):
		i, err := blobIndex(t, key, n)
		if err != nil {
			return err
		}
		if object.IsFloat(v) || !object.IsInt(v) && (v.Type().Number == nil || v.Type().Number.Index == nil) {
			return t.Errorf(object.TypeErrorType, "'%s' object cannot be interpreted as an integer", v.Type().Name)
		}
		idx, err := object.Index(t, v)
		if err != nil {
			return err
		}
		x, err := object.AsInt64(t, idx)
		t.Decref(idx)
		if err != nil || x < 0 || x > 255 {
			if err != nil {
				t.DropError(err)
			}
			return t.Errorf(object.ValueErrorType, "byte must be in range(0, 256)")
		}
		return b.writeAt(t, c, i, []byte{byte(x)})
	case key.Type() == object.SliceType:
		data, done, err := object.BytesLike(t, v)
		if err != nil {
			return err
		}
		data = append([]byte(nil), data...)
		done()
		start, _, step, count, err := sliceIndices(t, key, n)
		if err != nil {
			return err
		}
		if len(data) != count {
			return t.Errorf(object.IndexErrorType, "Blob slice assignment is wrong size")
		}
		if count == 0 {
			return nil
		}
		if step == 1 {
			return b.writeAt(t, c, start, data)
		}
		all, err := b.readAt(t, c, 0, n)
		if err != nil {
			return err
		}
		for i, j := 0, start; i < count; i, j = i+1, j+step {
			all[j] = data[i]
		}
		return b.writeAt(t, c, 0, all)
	}
	return t.Errorf(object.TypeErrorType, "Blob indices must be integers")
}

func blobOpen(t *object.Thread, c *connection, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var tableO, colO, rowO, roO, nameO *object.Object
	if err := object.ParseArgs(t, "blobopen", args, kw, []string{"/table", "/column", "/row", "$readonly", "$name"}, 3, &tableO, &colO, &rowO, &roO, &nameO); err != nil {
		return nil, err
	}
	var strs [3]uintptr
	for i, o := range []*object.Object{tableO, colO, nameO} {
		if o == nil {
			o = object.NewStrStatic("main")
		}
		if !object.IsStr(o) {
			return nil, t.Errorf(object.TypeErrorType, "blobopen() argument %d must be str, not %s", i+1, o.Type().Name)
		}
		z, err := nameArg(t, c, "blobopen", "", o)
		if err != nil {
			return nil, err
		}
		strs[i] = z
		defer freeC(c, z)
	}
	if !object.IsInt(rowO) {
		return nil, t.Errorf(object.TypeErrorType, "'%s' object cannot be interpreted as an integer", rowO.Type().Name)
	}
	rowid, err := object.AsInt64(t, rowO)
	if err != nil {
		return nil, err
	}
	ro := false
	if roO != nil {
		if ro, err = object.IsTrue(t, roO); err != nil {
			return nil, err
		}
	}
	wr := int32(1)
	if ro {
		wr = 0
	}
	p := c.tls.Alloc(8)
	defer c.tls.Free(8)
	tls, db := c.tls, c.db
	rc := blocking(t, func() int32 { return lib.Xsqlite3_blob_open(tls, db, strs[2], strs[0], strs[1], rowid, wr, p) })
	if rc != lib.SQLITE_OK {
		return nil, dbError(t, c.tls, c.db)
	}
	b := &blob{conn: t.NewRef(&c.Object), h: *(*uintptr)(cptr(p))}
	t.Init(&b.Object, blobType)
	t.Track(&b.Object)
	c.blobs[b] = struct{}{}
	return &b.Object, nil
}

func init() {
	typ := blobType
	typ.Len = func(t *object.Thread, o *object.Object) (int, error) {
		b := asBlob(o)
		c, err := b.enter(t)
		if err != nil {
			return 0, err
		}
		defer c.unlock()
		return b.length(c), nil
	}
	typ.New = noInstances("sqlite3.Blob")
	typ.GetItem = blobGetItem
	// A Blob indexes like bytes but is no sequence: no iteration, no "in".
	typ.Iter = func(t *object.Thread, o *object.Object) (*object.Object, error) {
		return nil, t.Errorf(object.TypeErrorType, "'sqlite3.Blob' object is not iterable")
	}
	typ.Contains = func(t *object.Thread, o, v *object.Object) (bool, error) {
		return false, t.Errorf(object.TypeErrorType, "argument of type 'sqlite3.Blob' is not iterable")
	}
	typ.SetItem = blobSetItem
	typ.Traverse = func(o *object.Object, visit object.Visitor) {
		if b := asBlob(o); b.conn != nil {
			visit(b.conn)
		}
	}
	typ.Clear = func(t *object.Thread, o *object.Object) {
		b := asBlob(o)
		if b.conn == nil {
			return
		}
		c := b.connection()
		c.lock(t)
		b.closeLocked()
		delete(c.blobs, b)
		c.unlock()
		conn := b.conn
		b.conn = nil
		t.Decref(conn)
	}
	typ.Dealloc = typ.Clear
	object.ReadyType(typ, blobMethods, nil)
}
