// This file defines binary files, which open() returns in a 'b' mode:
// io.BufferedReader (read only), io.BufferedWriter (write only) and
// io.BufferedRandom ('+' modes). They read and write bytes, and word
// their errors as CPython's buffered objects do.

package vm

import "github.com/ftpy/ftpy/object"

func newBinaryType(name string) *object.Type {
	return object.NewStaticType(&object.Type{
		Name:    name,
		Module:  "_io",
		Flags:   object.FlagWeakrefable,
		Dealloc: fileDealloc,
		Iter:    fileIter,
		Next: func(t *object.Thread, o *object.Object) (*object.Object, error) {
			line, err := asFile(o).binaryReadLine(t, -1)
			if err != nil || len(line) == 0 {
				return nil, err
			}
			return object.NewBytes(t, line), nil
		},
		Repr: func(t *object.Thread, o *object.Object) (*object.Object, error) {
			name, err := asFile(o).reprName(t)
			if err != nil {
				return nil, err
			}
			return object.NewStr(t, "<"+o.Type().FullName()+" name="+name+">"), nil
		},
	})
}

var (
	bufferedReaderType = newBinaryType("BufferedReader")
	bufferedWriterType = newBinaryType("BufferedWriter")
	bufferedRandomType = newBinaryType("BufferedRandom")
)

// binaryType is the type of a binary file that reads and/or writes.
func binaryType(readable, writable bool) *object.Type {
	switch {
	case readable && writable:
		return bufferedRandomType
	case writable:
		return bufferedWriterType
	}
	return bufferedReaderType
}

// A BufferedWriter has no read methods and a BufferedReader no write
// methods: CPython's raise UnsupportedOperation before looking at
// whether the file is closed.
const (
	errNoRead  unsupportedError = "read"
	errNoWrite unsupportedError = "write"
)

// binaryRead reads n bytes (all when n < 0, one buffer's worth for read1).
func (f *File) binaryRead(t *object.Thread, n int, one bool) ([]byte, error) {
	if f.r == nil && one {
		return nil, raise(t, unsupportedError("read1"))
	}
	if f.r == nil {
		return nil, raise(t, errNoRead)
	}
	var b []byte
	err := f.do(t, "read of closed file", func() (err error) {
		switch {
		case one:
			b, err = f.read1(n)
		case n < 0:
			b, err = f.readAll()
		default:
			b, err = f.readN(int64(n))
		}
		return err
	})
	return b, raise(t, err)
}

// binaryReadLine reads a line, at most limit bytes when limit >= 0.
func (f *File) binaryReadLine(t *object.Thread, limit int) ([]byte, error) {
	if f.r == nil {
		return nil, raise(t, errNoRead)
	}
	var b []byte
	err := f.do(t, "readline of closed file", func() (err error) {
		b, err = f.readLine(limit)
		return err
	})
	return b, raise(t, err)
}

// binaryWrite writes the contents of a bytes object.
func (f *File) binaryWrite(t *object.Thread, o *object.Object) (int, error) {
	if f.w == nil {
		return 0, raise(t, errNoWrite)
	}
	if !object.IsBytes(o) {
		return 0, t.Errorf(object.TypeErrorType, "a bytes-like object is required, not '%s'", o.Type().Name)
	}
	b := object.BytesValue(o) // a Go copy: the object is not touched while detached
	return len(b), raise(t, f.do(t, "write to closed file", func() error { return f.write(b) }))
}

// readMethod is read and read1. read's size -1 or None means all;
// other negative sizes are refused. read1's size is an int, any negative
// one meaning one buffer's worth.
func readMethod(name string, one bool) object.MethodDef {
	return fileMethod(name, 0, 1, func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error) {
		var n int
		var err error
		if one {
			n, err = intArg(t, args)
		} else {
			n, err = sizeArg(t, args)
		}
		if err != nil {
			return nil, err
		}
		if n < -1 && !one {
			return nil, t.Errorf(object.ValueErrorType, "read length must be non-negative or -1")
		}
		b, err := f.binaryRead(t, n, one)
		if err != nil {
			return nil, err
		}
		return object.NewBytes(t, b), nil
	})
}

var binaryMethods = append([]object.MethodDef{
	readMethod("read", false),
	readMethod("read1", true),
	fileMethod("readline", 0, 1, func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error) {
		limit, err := sizeArg(t, args)
		if err != nil {
			return nil, err
		}
		line, err := f.binaryReadLine(t, limit)
		if err != nil {
			return nil, err
		}
		return object.NewBytes(t, line), nil
	}),
	fileMethod("readlines", 0, 1, func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error) {
		hint, err := sizeArg(t, args)
		if err != nil {
			return nil, err
		}
		if f.closed.Load() {
			return nil, raise(t, errTextClosed)
		}
		if f.r == nil {
			return nil, raise(t, errNoRead)
		}
		var lines [][]byte
		err = f.do(t, errTextClosed, func() (err error) {
			lines, err = f.readLines(hint, func(b []byte) int { return len(b) })
			return err
		})
		if err != nil {
			return nil, raise(t, err)
		}
		return newLines(t, lines, func(b []byte) *object.Object { return object.NewBytes(t, b) }), nil
	}),
	fileMethod("write", 1, 1, func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error) {
		n, err := f.binaryWrite(t, args[0])
		if err != nil {
			return nil, err
		}
		return object.NewInt(t, int64(n)), nil
	}),
	fileMethod("writelines", 1, 1, func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error) {
		if f.closed.Load() {
			return nil, raise(t, errTextClosed)
		}
		// One lock per line: the iteration may run Python code, which
		// must not happen under the lock.
		return object.None, object.Iterate(t, args[0], func(x *object.Object) error {
			_, err := f.binaryWrite(t, x)
			return err
		})
	}),
	fileMethod("seek", 1, 2, func(t *object.Thread, f *File, args []*object.Object) (*object.Object, error) {
		offset, whence, err := seekArgs(t, args)
		if err != nil {
			return nil, err
		}
		// 3 and 4 are SEEK_DATA and SEEK_HOLE, which CPython passes to
		// the OS too.
		if whence < 0 || whence > 4 {
			return nil, t.Errorf(object.ValueErrorType, "whence value %d unsupported", whence)
		}
		var pos int64
		err = f.do(t, "seek of closed file", func() (err error) {
			pos, err = f.seek(offset, whence)
			return err
		})
		if err != nil {
			return nil, raise(t, err)
		}
		return object.NewInt(t, pos), nil
	}),
	tellMethod(errRawClosed),
	// A BufferedReader's flush reaches the raw file's closed check.
	flushMethod(func(f *File) closedError {
		if f.w == nil {
			return errTextClosed
		}
		return "flush of closed file"
	}),
}, fileCommonMethods...)

func init() {
	for _, typ := range []*object.Type{bufferedReaderType, bufferedWriterType, bufferedRandomType} {
		object.ReadyType(typ, binaryMethods, fileGetSets)
	}
}
