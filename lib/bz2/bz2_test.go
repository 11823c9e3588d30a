package bz2

import (
	"bytes"
	"testing"
	"time"
)

// hello is python3's bz2.compress(b'hello world ' * 50).
var hello = []byte("BZh91AY&SY\xa5`u\xdb\x00\x00|\x91\x80@\x00\x06D\x90\x80 \x00@R\xa8\xcc\xa0\x86\x04x\x8b\x11b,E\xd4Z\x8bQt\x8b\xe4Z\x8b\x11~.\xe4\x8ap\xa1!J\xc0\xeb\xb6")

// TestStreamByteAtATime feeds the decoding goroutine one byte per call
// (run with -race): the output is whole, the stream ends at its marker,
// and what follows stays unread.
func TestStreamByteAtATime(t *testing.T) {
	s := newStream()
	var out []byte
	data := append(append([]byte(nil), hello...), "junk"...)
	for i := range data {
		s.feed(data[i:i+1], -1)
		s.mu.Lock()
		out = append(out, s.out...)
		s.out = nil
		done := s.done
		s.mu.Unlock()
		if done {
			break
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.done || s.err != nil || !s.eos {
		t.Fatalf("done %v err %v eos %v", s.done, s.err, s.eos)
	}
	if want := bytes.Repeat([]byte("hello world "), 50); !bytes.Equal(out, want) {
		t.Fatalf("got %q", out)
	}
	if string(s.in) != "" && string(s.in) != "junk"[:len(s.in)] {
		t.Fatalf("left %q", s.in)
	}
}

// TestStreamClose ends a goroutine waiting for input, as freeing the
// decompressor does.
func TestStreamClose(t *testing.T) {
	s := newStream()
	s.feed(hello[:10], -1)
	s.close()
	deadline := time.Now().Add(5 * time.Second)
	for {
		s.mu.Lock()
		done := s.done
		s.mu.Unlock()
		if done {
			return
		}
		if time.Now().After(deadline) {
			t.Fatal("decoder goroutine still running after close")
		}
		time.Sleep(time.Millisecond)
	}
}
