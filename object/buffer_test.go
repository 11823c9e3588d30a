package object

import (
	"math/rand/v2"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// errText renders an error raised by a helper as "Type: message".
func errText(th *Thread, err error) string {
	if err == nil {
		return ""
	}
	s := err.Error()
	th.DropError(err)
	return s
}

func TestBytesLike(t *testing.T) {
	th := attached(t)
	by := NewBytes(th, []byte("bytes"))
	ba := NewByteArray(th, []byte("array"))
	mv, err := NewMemoryView(th, ba)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		o    *Object
		want string
	}{{by, "bytes"}, {ba, "array"}, {mv, "array"}} {
		b, release, err := BytesLike(th, c.o)
		if err != nil {
			t.Fatalf("BytesLike(%s): %s", c.o.Type().Name, errText(th, err))
		}
		if string(b) != c.want {
			t.Errorf("BytesLike(%s) = %q, want %q", c.o.Type().Name, b, c.want)
		}
		release()
	}

	s := NewStr(th, "str")
	if _, _, err := BytesLike(th, s); !strings.Contains(errText(th, err), "TypeError: a bytes-like object is required, not 'str'") {
		t.Errorf("BytesLike(str) did not fail with CPython's TypeError")
	}
	if _, _, err := WritableBytes(th, by); !strings.Contains(errText(th, err), "TypeError: argument must be read-write bytes-like object, not bytes") {
		t.Errorf("WritableBytes(bytes) did not fail with CPython's TypeError")
	}
	step := NewSlice(th, None, None, SmallInt(2))
	strided, err := GetItem(th, mv, step)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := BytesLike(th, strided); !strings.Contains(errText(th, err), "BufferError: memoryview: underlying buffer is not C-contiguous") {
		t.Errorf("BytesLike of a strided memoryview did not fail with BufferError")
	}
	if got, err := BytesLikeCopy(th, strided); err != nil || string(got) != "ary" {
		t.Errorf("BytesLikeCopy(strided) = %q, %v", got, err)
	}

	// A held view pins the bytearray's size; writes through a writable
	// view show in the bytearray.
	arr := AsByteArray(ba)
	w, release, err := WritableBytes(th, ba)
	if err != nil {
		t.Fatal(errText(th, err))
	}
	w[0] = 'A'
	if err := arr.Append(th, '!'); !strings.Contains(errText(th, err), "BufferError: Existing exports of data: object cannot be re-sized") {
		t.Errorf("Append under an export did not fail with BufferError")
	}
	release()
	// mv and strided still export.
	th.Decref(strided)
	if err := AsMemoryView(mv).Release(th); err != nil {
		t.Fatal(errText(th, err))
	}
	if err := arr.Append(th, '!'); err != nil {
		t.Fatalf("Append after every release: %s", errText(th, err))
	}
	if got := string(arr.Bytes()); got != "Array!" {
		t.Errorf("bytearray holds %q, want \"Array!\"", got)
	}
	for _, o := range []*Object{by, ba, mv, s, step} {
		th.Decref(o)
	}
}

// TestStressByteArray has threads change one bytearray in every way at
// once (append, extend, insert, pop, del, slice assignment, reverse,
// item writes through the methods and through memoryviews, searches and
// copies) while others take and release memoryviews, which make the
// resizing operations fail with BufferError. Every operation's change of
// length is counted when it succeeds, so the final length is known; the
// bytes are all from the writers' alphabet.
func TestStressByteArray(t *testing.T) {
	const threads = 4
	duration := 500 * time.Millisecond
	if testing.Short() {
		duration = 100 * time.Millisecond
	}
	main := attached(t)
	ba := NewByteArray(main, []byte("seed"))
	var length atomic.Int64
	length.Store(4)
	deadline := time.Now().Add(duration)
	var wg sync.WaitGroup
	var failure atomic.Value
	for w := range threads {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if r := recover(); r != nil {
					failure.Store(r)
				}
			}()
			stressThread(uint64(w), deadline, 500, func(th *Thread, rng *rand.Rand, ops int) {
				if err := byteArrayStressOp(th, ba, rng, &length); err != "" {
					failure.Store(err)
				}
			})
		}()
	}
	main.Detach()
	wg.Wait()
	main.Attach()
	if f := failure.Load(); f != nil {
		t.Fatal(f)
	}
	b := AsByteArray(ba).Bytes()
	if int64(len(b)) != length.Load() {
		t.Errorf("bytearray has %d bytes, the operations counted %d", len(b), length.Load())
	}
	for _, c := range b {
		if !strings.ContainsRune("seedxyz", rune(c)) {
			t.Fatalf("bytearray holds byte %q no writer wrote", c)
		}
	}
	main.Decref(ba)
}

// byteArrayStressOp runs one random operation on ba, adding its change
// of length to n when it succeeds; it returns a description of anything
// unexpected.
func byteArrayStressOp(th *Thread, ba *Object, rng *rand.Rand, n *atomic.Int64) string {
	call := func(name string, delta int64, args ...*Object) string {
		r, err := callMethod(th, ba, name, args)
		if err != nil {
			msg := errText(th, err)
			if strings.HasPrefix(msg, "BufferError") || strings.HasPrefix(msg, "IndexError") {
				return ""
			}
			return name + ": " + msg
		}
		if name == "pop" && r.Type() != IntType {
			return "pop returned " + r.Type().Name
		}
		th.Decref(r)
		n.Add(delta)
		return ""
	}
	x := SmallInt('x')
	switch rng.IntN(12) {
	case 0:
		return call("append", 1, x)
	case 1:
		xyz := NewBytes(th, []byte("xyz"))
		defer th.Decref(xyz)
		return call("extend", 3, xyz)
	case 2:
		return call("insert", 1, SmallInt(int64(rng.IntN(4))), SmallInt('y'))
	case 3:
		return call("pop", -1)
	case 4:
		return call("pop", -1, SmallInt(0))
	case 5:
		return call("reverse", 0)
	case 6:
		s, err := callMethod(th, ba, "find", []*Object{SmallInt('z')})
		if err != nil {
			return "find: " + errText(th, err)
		}
		th.Decref(s)
		c, err := callMethod(th, ba, "upper", nil)
		if err != nil {
			return "upper: " + errText(th, err)
		}
		th.Decref(c)
	case 7:
		// Replace the first two bytes with two: the length is unchanged
		// whatever it is, so exports do not stop it.
		sl := NewSlice(th, SmallInt(0), SmallInt(2), None)
		zz := NewBytes(th, []byte("zz"))
		defer th.Decref(sl)
		defer th.Decref(zz)
		if AsByteArray(ba).Len() < 2 {
			return ""
		}
		if err := SetItem(th, ba, sl, zz); err != nil {
			// The length may have dropped below two meanwhile.
			if msg := errText(th, err); !strings.HasPrefix(msg, "BufferError") {
				return "slice assignment: " + msg
			}
		}
	case 8:
		if err := SetItem(th, ba, SmallInt(0), SmallInt('z')); err != nil {
			if msg := errText(th, err); !strings.HasPrefix(msg, "IndexError") {
				return "ba[0] = z: " + msg
			}
		}
	case 9:
		if err := DelItem(th, ba, SmallInt(-1)); err != nil {
			if msg := errText(th, err); !strings.HasPrefix(msg, "IndexError") && !strings.HasPrefix(msg, "BufferError") {
				return "del ba[-1]: " + msg
			}
			return ""
		}
		n.Add(-1)
	default:
		// A memoryview: read and write an item, then release it.
		mv, err := NewMemoryView(th, ba)
		if err != nil {
			return "memoryview: " + errText(th, err)
		}
		defer th.Decref(mv)
		if v, err := GetItem(th, mv, SmallInt(0)); err == nil {
			th.Decref(v)
			if err := SetItem(th, mv, SmallInt(0), SmallInt('x')); err != nil {
				return "mv[0] = x: " + errText(th, err)
			}
		} else if msg := errText(th, err); !strings.HasPrefix(msg, "IndexError") {
			return "mv[0]: " + msg
		}
		if b, err := callMethod(th, mv, "tobytes", nil); err == nil {
			th.Decref(b)
		} else {
			return "tobytes: " + errText(th, err)
		}
		if err := AsMemoryView(mv).Release(th); err != nil {
			return "release: " + errText(th, err)
		}
	}
	return ""
}

// TestByteArraySnapshotCopyOnWrite checks that a snapshot (what shared
// methods read) never changes whatever the bytearray does afterwards,
// and that copies made from snapshots are independent.
func TestByteArraySnapshotCopyOnWrite(t *testing.T) {
	th := attached(t)
	o := NewByteArray(th, []byte("abcdef"))
	defer th.Decref(o)
	ba := AsByteArray(o)
	writes := []func(){
		func() { _ = SetItem(th, o, SmallInt(0), SmallInt('X')) },
		func() { r, _ := callMethod(th, o, "reverse", nil); th.Decref(r) },
		func() { r, _ := callMethod(th, o, "pop", nil); th.Decref(r); _ = ba.Append(th, 'Y') },
		func() { r, _ := callMethod(th, o, "insert", []*Object{SmallInt(0), SmallInt('Z')}); th.Decref(r) },
		func() { _ = DelItem(th, o, SmallInt(1)) },
		func() {
			mv, _ := NewMemoryView(th, o)
			_ = SetItem(th, mv, SmallInt(0), SmallInt('M'))
			th.Decref(mv)
		},
	}
	for i, write := range writes {
		snap := ba.snapshot()
		want := string(snap)
		cp, err := callMethod(th, o, "copy", nil)
		if err != nil {
			t.Fatal(errText(th, err))
		}
		write()
		if string(snap) != want {
			t.Errorf("write %d changed a snapshot: %q, want %q", i, snap, want)
		}
		if got := string(AsByteArray(cp).Bytes()); got != want {
			t.Errorf("write %d changed a copy: %q, want %q", i, got, want)
		}
		// The copy's own write leaves the original alone.
		now := string(ba.Bytes())
		_ = SetItem(th, cp, SmallInt(0), SmallInt('C'))
		if string(ba.Bytes()) != now {
			t.Errorf("writing a copy changed the original")
		}
		th.Decref(cp)
	}
}
