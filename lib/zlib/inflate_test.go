package zlib

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"math/rand"
	"testing"
)

// sample makes compressible data with long and short repeats.
func sample(r *rand.Rand, n int) []byte {
	words := [][]byte{[]byte("alpha "), []byte("beta "), []byte("gamma\n"), []byte("\x00\x01\x02"), []byte("zzzzzzzzzzzzzzzzzzzzzzzz")}
	var b bytes.Buffer
	for b.Len() < n {
		if r.Intn(10) == 0 {
			b.WriteByte(byte(r.Intn(256)))
		} else {
			b.Write(words[r.Intn(len(words))])
		}
	}
	return b.Bytes()[:n]
}

// TestInflateAgainstGo decodes what Go's compressors write (every level,
// the three containers) in random pieces with random output limits, and
// checks the output and the data left after the stream.
func TestInflateAgainstGo(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for round := 0; round < 30; round++ {
		data := sample(r, r.Intn(100000))
		level := r.Intn(11) - 1
		var comp bytes.Buffer
		wrap := container(r.Intn(3))
		switch wrap {
		case raw:
			w, _ := flate.NewWriter(&comp, level)
			w.Write(data)
			w.Close()
		case zlibWrap:
			w, _ := zlib.NewWriterLevel(&comp, level)
			w.Write(data)
			w.Close()
		case gzipWrap:
			w, _ := gzip.NewWriterLevel(&comp, level)
			w.Write(data)
			w.Close()
		}
		stream := append(comp.Bytes(), "tail"...)
		z := newInflater(wrap, 15, nil)
		var out, pending, rest []byte
		for i := 0; i < len(stream) && z.phase != phDone; {
			n := 1 + r.Intn(5000)
			chunk := stream[i:min(i+n, len(stream))]
			i += len(chunk)
			limit := 0
			if r.Intn(3) == 0 {
				limit = 1 + r.Intn(3000)
			}
			for {
				o, left := z.feed(pending, chunk, limit)
				if z.err != "" {
					t.Fatalf("round %d: %s", round, z.err)
				}
				out = append(out, o...)
				pending, chunk = nil, nil
				if z.phase == phDone {
					rest = append(left, stream[i:]...)
					break
				}
				if limit > 0 && len(o) >= limit {
					chunk = left // the unconsumed tail, fed again
					continue
				}
				pending = append([]byte(nil), left...)
				break
			}
		}
		if !bytes.Equal(out, data) {
			t.Fatalf("round %d (wrap %d level %d): got %d bytes, want %d", round, wrap, level, len(out), len(data))
		}
		if string(rest) != "tail" {
			t.Fatalf("round %d: left %q", round, rest)
		}
	}
}

// TestInflateClone copies a decoder mid-stream: both copies finish the
// stream alike.
func TestInflateClone(t *testing.T) {
	data := sample(rand.New(rand.NewSource(2)), 100000)
	var comp bytes.Buffer
	w, _ := zlib.NewWriterLevel(&comp, 6)
	w.Write(data)
	w.Close()
	c := comp.Bytes()
	z := newInflater(zlibWrap, 15, nil)
	first, left := z.feed(nil, c[:len(c)/2], 0)
	z2 := z.clone()
	a, _ := z.feed(left, c[len(c)/2:], 0)
	b, _ := z2.feed(left, c[len(c)/2:], 0)
	if !bytes.Equal(append(append([]byte(nil), first...), a...), data) || !bytes.Equal(a, b) || z2.phase != phDone {
		t.Fatal("clone diverged")
	}
}
