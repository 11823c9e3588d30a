// This file adapts a Python file-like object (a raw file written in
// Python, a BytesIO, any buffer given to TextIOWrapper) to the Go
// interfaces a stream reads, writes, seeks and closes through, so that
// the buffered and text layers of file_stream.go and file_textio.go work
// over it unchanged. The stream calls the adapter under its lock with the
// thread detached; the adapter attaches the thread for the Python call
// and detaches it again.

package vm

import (
	"bufio"
	"io"

	"github.com/ftpy/ftpy/object"
)

// pyIO calls one Python object's file methods.
type pyIO struct {
	obj *object.Object // borrowed: the File that owns the stream holds it
	t   *object.Thread // the thread holding the stream's lock
	// readMethod is what Read calls: "read1" for a buffer that has it
	// (TextIOWrapper's way, so a read never waits for more than one raw
	// read), else "read".
	readMethod string
}

// errBlocked is a read or write the object could not do without
// blocking (it returned None).
type blockedError struct{}

func (blockedError) Error() string { return "blocked" }

// reentrantError names the object a reentrant call was made inside.
type reentrantError string

func (e reentrantError) Error() string { return string(e) }

const errReentrant = reentrantError("buffered io")

// errNoTell is tell() on a TextIOWrapper being iterated over.
type noTellError struct{}

func (noTellError) Error() string { return "telling position disabled by next() call" }

var errNoTell = noTellError{}

// errDetached is the message of every operation on a detached
// TextIOWrapper.
const errDetached closedError = "underlying buffer has been detached"

// attached runs fn with the thread attached.
func (p *pyIO) attached(fn func(t *object.Thread) error) error {
	t := p.t
	if !t.Attached() {
		t.Attach()
		defer t.Detach()
	}
	return fn(t)
}

func (p *pyIO) Read(b []byte) (int, error) {
	n := 0
	err := p.attached(func(t *object.Thread) error {
		r, err := callMethodInts(t, p.obj, p.readMethod, int64(len(b)))
		if err != nil {
			return err
		}
		defer t.Decref(r)
		if r == object.None {
			return blockedError{}
		}
		if !object.IsBytes(r) {
			return t.Errorf(object.TypeErrorType, "underlying %s() should have returned a bytes-like object, not '%s'", p.readMethod, r.Type().Name)
		}
		data := object.BytesValue(r)
		if len(data) > len(b) {
			return t.Errorf(object.OSErrorType, "raw readinto() returned invalid length %d (should have been between 0 and %d)", len(data), len(b))
		}
		n = copy(b, data)
		return nil
	})
	if err == nil && n == 0 && len(b) > 0 {
		err = io.EOF
	}
	return n, err
}

func (p *pyIO) Write(b []byte) (int, error) {
	done := 0
	err := p.attached(func(t *object.Thread) error {
		for done < len(b) {
			arg := object.NewBytes(t, b[done:])
			r, err := callMethod(t, p.obj, "write", arg)
			t.Decref(arg)
			if err != nil {
				return err
			}
			if r == object.None {
				t.Decref(r)
				return blockedError{}
			}
			n, err := object.AsInt64(t, r)
			t.Decref(r)
			if err != nil {
				return err
			}
			if n < 0 || n > int64(len(b)-done) {
				return t.Errorf(object.OSErrorType, "raw write() returned invalid length %d (should have been between 0 and %d)", n, len(b)-done)
			}
			if n == 0 {
				return io.ErrShortWrite
			}
			done += int(n)
		}
		return nil
	})
	return done, err
}

func (p *pyIO) Seek(offset int64, whence int) (int64, error) {
	var pos int64
	err := p.attached(func(t *object.Thread) error {
		r, err := callMethodInts(t, p.obj, "seek", offset, int64(whence))
		if err != nil {
			return err
		}
		defer t.Decref(r)
		pos, err = object.AsInt64(t, r)
		return err
	})
	return pos, err
}

// call calls a method without arguments and drops its result.
func (p *pyIO) call(name string) error {
	return p.attached(func(t *object.Thread) error {
		r, err := callMethod(t, p.obj, name)
		if err == nil {
			t.Decref(r)
		}
		return err
	})
}

// Close closes the object, unless it already is.
func (p *pyIO) Close() error {
	c, err := p.isClosed()
	if err != nil || c {
		return err
	}
	return p.call("close")
}

func (p *pyIO) isClosed() (bool, error) {
	var c bool
	err := p.attached(func(t *object.Thread) (err error) {
		c, err = isClosed(t, p.obj)
		return err
	})
	return c, err
}

func (p *pyIO) fileno() (int, error) {
	var fd int64
	err := p.attached(func(t *object.Thread) error {
		r, err := callMethod(t, p.obj, "fileno")
		if err != nil {
			return err
		}
		defer t.Decref(r)
		fd, err = object.AsInt64(t, r)
		return err
	})
	return int(fd), err
}

// boolMethod asks the object a yes/no question (readable, seekable...).
func (p *pyIO) boolMethod(name string) (bool, error) {
	var b bool
	err := p.attached(func(t *object.Thread) error {
		r, err := callMethod(t, p.obj, name)
		if err != nil {
			return err
		}
		defer t.Decref(r)
		b, err = object.IsTrue(t, r)
		return err
	})
	return b, err
}

// flushPy writes out the stream's write buffer to the object and asks
// the object (the last adapter: a pair's writer) to flush too.
func (s *stream) flushPy() error {
	if s.bw != nil {
		if err := s.bw.Flush(); err != nil {
			return err
		}
	}
	return s.py[len(s.py)-1].call("flush")
}

// newPyStream makes a stream over a Python object. reads and writes say
// whether the stream gets a read buffer and a write buffer.
func newPyStream(t *object.Thread, obj *object.Object, readMethod string, reads, writes bool, size int) (*stream, error) {
	p := &pyIO{obj: obj, t: t, readMethod: readMethod}
	s := &stream{py: []*pyIO{p}, src: p, closer: p}
	seekable, err := p.boolMethod("seekable")
	if err != nil {
		return nil, err
	}
	if seekable {
		s.sk, s.seekable = p, true
	}
	if reads {
		s.r = bufio.NewReaderSize(p, size)
	}
	if writes {
		s.bw = bufio.NewWriterSize(p, size)
		s.w = s.bw
	}
	return s, nil
}
