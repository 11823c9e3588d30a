package lzma

import (
	"bytes"
	"fmt"
	"math/rand"
	"os/exec"
	"sync"
	"testing"
	"time"
)

// sample is compressible text with a stretch of random bytes, so that
// LZMA2 writes both compressed and uncompressed chunks.
func sample(n int) []byte {
	var b bytes.Buffer
	for i := 0; b.Len() < n/2; i++ {
		fmt.Fprintf(&b, "line %d of the sample, %x\n", i, i*i)
	}
	r := rand.New(rand.NewSource(1))
	for b.Len() < n {
		b.WriteByte(byte(r.Intn(256)))
	}
	return b.Bytes()
}

// compressGo compresses data as LZMACompressor does for format and chain.
func compressGo(t *testing.T, format, check int, chain []filter, data []byte) []byte {
	t.Helper()
	c := &Compressor{format: format, check: check, chain: chain}
	if err := c.start(); err != nil {
		t.Fatal(err)
	}
	for len(data) > 0 {
		n := min(len(data), 10000)
		if err := c.write(data[:n]); err != nil {
			t.Fatal(err)
		}
		data = data[n:]
	}
	if err := c.finish(); err != nil {
		t.Fatal(err)
	}
	return c.out.Bytes()
}

// decompressGo runs a decoder on input fed in pieces of step bytes,
// asking for at most limit bytes a call, until the end of the stream.
func decompressGo(t *testing.T, decode func(*stream) error, input []byte, step, limit int) (out, unused []byte, check int) {
	t.Helper()
	s := newStream(checkUnknown, decode)
	defer s.close()
	for {
		var piece []byte
		if len(input) > 0 {
			n := min(step, len(input))
			piece, input = input[:n], input[n:]
		} else if limit < 0 {
			t.Fatal("input ended before the end of the stream")
		}
		got, eof, needsInput, rest, err := s.feed(piece, limit)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, got...)
		if eof {
			return out, append(rest, input...), s.checkID()
		}
		if needsInput && len(input) == 0 {
			t.Fatal("truncated stream")
		}
	}
}

func python3(t *testing.T, script string, stdin []byte) []byte {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("no python3")
	}
	cmd := exec.Command(py, "-c", "import lzma, sys\n"+script)
	cmd.Stdin = bytes.NewReader(stdin)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3: %v\n%s", err, stderr.Bytes())
	}
	return out
}

var lzma2Preset6, _ = presetFilter(filterLZMA2, 6)
var lzma1Preset1, _ = presetFilter(filterLZMA1, 1)

// TestPython3ReadsOurs checks that CPython's liblzma decodes what the Go
// encoder writes, in each format.
func TestPython3ReadsOurs(t *testing.T) {
	data := sample(150 << 10)
	delta := filter{id: filterDelta, dist: 4}
	cases := []struct {
		format, check int
		chain         []filter
		args          string
	}{
		{formatXZ, checkCRC64, []filter{lzma2Preset6}, ""},
		{formatXZ, checkSHA256, []filter{delta, lzma2Preset6}, ""},
		{formatXZ, checkNone, []filter{lzma2Preset6}, ""},
		{formatAlone, checkNone, []filter{lzma1Preset1}, ""},
		{formatRaw, checkNone, []filter{lzma1Preset1}, ", format=lzma.FORMAT_RAW, filters=[{'id': lzma.FILTER_LZMA1, 'preset': 1}]"},
		{formatRaw, checkNone, []filter{delta, lzma2Preset6}, ", format=lzma.FORMAT_RAW, filters=[{'id': lzma.FILTER_DELTA, 'dist': 4}, {'id': lzma.FILTER_LZMA2}]"},
	}
	for i, c := range cases {
		comp := compressGo(t, c.format, c.check, c.chain, data)
		got := python3(t, "sys.stdout.buffer.write(lzma.decompress(sys.stdin.buffer.read()"+c.args+"))", comp)
		if !bytes.Equal(got, data) {
			t.Errorf("case %d: python3 decoded %d bytes, want the %d written", i, len(got), len(data))
		}
	}
}

// TestOursReadsPython3 checks the Go decoder on what liblzma writes,
// fed in small pieces with small output limits, and that it stops at
// the end of the stream exactly.
func TestOursReadsPython3(t *testing.T) {
	data := sample(150 << 10)
	cases := []struct {
		args   string
		decode func(*stream) error
		check  int
	}{
		{"", decodeAuto(1 << 62), checkCRC64},
		{", check=lzma.CHECK_SHA256, preset=1", func(s *stream) error { return decodeXZ(s, 1<<62) }, checkSHA256},
		{", filters=[{'id': lzma.FILTER_DELTA, 'dist': 7}, {'id': lzma.FILTER_LZMA2, 'preset': 0}]", decodeAuto(1 << 62), checkCRC64},
		{", format=lzma.FORMAT_ALONE", decodeAuto(1 << 62), checkNone},
		{", format=lzma.FORMAT_RAW, filters=[{'id': lzma.FILTER_LZMA1, 'lc': 1, 'lp': 2, 'pb': 1}]",
			decodeRaw([]filter{{id: filterLZMA1, lc: 1, lp: 2, pb: 1, dictSize: 1 << 23}}), checkUnknown},
	}
	for i, c := range cases {
		comp := python3(t, "sys.stdout.buffer.write(lzma.compress(sys.stdin.buffer.read()"+c.args+"))", data)
		for _, feed := range []struct{ step, limit int }{{len(comp) + 10, -1}, {1000, 4096}, {61, 100000}} {
			out, unused, check := decompressGo(t, c.decode, append(bytes.Clone(comp), "tail"...), feed.step, feed.limit)
			if !bytes.Equal(out, data) {
				t.Errorf("case %d %v: decoded %d bytes, want %d", i, feed, len(out), len(data))
			}
			if string(unused) != "tail" {
				t.Errorf("case %d %v: unused data %q, want \"tail\"", i, feed, unused)
			}
			if check != c.check {
				t.Errorf("case %d %v: check %d, want %d", i, feed, check, c.check)
			}
		}
	}
}

// TestConcurrentDecoders runs many decoders at once, each fed from its
// own goroutine in pieces, for the race detector.
func TestConcurrentDecoders(t *testing.T) {
	data := sample(64 << 10)
	comp := compressGo(t, formatXZ, checkCRC32, []filter{lzma2Preset6}, data)
	deadline := time.Now().Add(5 * time.Second)
	var wg sync.WaitGroup
	errs := make(chan string, 16)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for round := 0; round < 5 && time.Now().Before(deadline); round++ {
				s := newStream(checkUnknown, decodeAuto(1<<62))
				var out []byte
				in := comp
				for {
					n := min(len(in), 97+g*13)
					got, eof, _, _, err := s.feed(in[:n], 1000+g)
					in = in[n:]
					if err != nil {
						errs <- err.Error()
						break
					}
					out = append(out, got...)
					if eof {
						break
					}
				}
				s.close()
				if !bytes.Equal(out, data) {
					errs <- fmt.Sprintf("goroutine %d: decoded %d bytes, want %d", g, len(out), len(data))
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// TestFreedDecoderStops checks that closing a stream ends its goroutine
// whether it waits for input or for a caller.
func TestFreedDecoderStops(t *testing.T) {
	comp := compressGo(t, formatXZ, checkCRC64, []filter{lzma2Preset6}, sample(100<<10))
	for _, n := range []int{0, 20, len(comp) / 2} {
		s := newStream(checkUnknown, decodeAuto(1<<62))
		s.feed(comp[:n], 10)
		s.close()
		done := make(chan struct{})
		go func() {
			s.mu.Lock()
			for !s.done {
				s.cond.Wait()
			}
			s.mu.Unlock()
			close(done)
		}()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			t.Fatalf("goroutine of a stream closed after %d bytes did not stop", n)
		}
	}
}

func TestFilterProperties(t *testing.T) {
	for _, size := range []uint32{4096, 6144, 1 << 20, 3 << 20, 1<<32 - 1} {
		if got := lzma2DictSize(lzma2DictByte(size)); got != size {
			t.Errorf("LZMA2 dictionary %d round-trips as %d", size, got)
		}
	}
	d := newDeltaCoder(3)
	e := newDeltaCoder(3)
	p := []byte("abcdefghijklmnop")
	q := bytes.Clone(p)
	e.encode(q)
	d.decode(q)
	if !bytes.Equal(p, q) {
		t.Errorf("delta round trip: %q", q)
	}
}
