package hashobj

import (
	"bytes"
	"crypto/md5"
	"crypto/sha3"
	"sync"
	"testing"
)

// TestConcurrentUpdate shares one hash between goroutines, as threads
// sharing a hash object do (run with -race): the updates are serialised,
// so the digest is that of all the data, whatever the order of equal
// chunks.
func TestConcurrentUpdate(t *testing.T) {
	alg := &Algorithm{Name: "md5", DigestSize: md5.Size, BlockSize: md5.BlockSize, New: md5.New}
	s := NewState(alg)
	chunk := bytes.Repeat([]byte("abc"), 100)
	const goroutines, rounds = 8, 300
	var wg sync.WaitGroup
	for g := 0; g < goroutines; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < rounds; i++ {
				s.Update(chunk)
				if i%50 == 0 {
					_ = s.Digest(0)
					_ = s.Copy()
				}
			}
		}()
	}
	wg.Wait()
	want := md5.Sum(bytes.Repeat(chunk, goroutines*rounds))
	if got := s.Digest(0); !bytes.Equal(got, want[:]) {
		t.Fatalf("digest %x, want %x", got, want)
	}
}

// TestXOFDigestKeepsState checks that reading SHAKE output leaves the
// state as it was, and that copies are independent.
func TestXOFDigestKeepsState(t *testing.T) {
	alg := &Algorithm{Name: "shake_128", BlockSize: 168, NewXOF: func() XOF { return sha3.NewSHAKE128() }}
	s := NewState(alg)
	s.Update([]byte("abc"))
	a := s.Digest(32)
	c := s.Copy()
	s.Update([]byte("more"))
	if b := c.Digest(32); !bytes.Equal(a, b) {
		t.Fatalf("copy digest %x, want %x", b, a)
	}
	want := sha3.SumSHAKE128([]byte("abcmore"), 16)
	if got := s.Digest(16); !bytes.Equal(got, want) {
		t.Fatalf("digest %x, want %x", got, want)
	}
}
