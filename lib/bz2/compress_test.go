package bz2

import (
	"bytes"
	"fmt"
	"math/rand"
	"os/exec"
	"testing"

	"github.com/dsnet/compress/bzip2"
)

// TestPython3ReadsOurs checks that CPython's libbz2 decodes what
// BZ2Compressor's encoder writes, over several blocks at level 1.
func TestPython3ReadsOurs(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("no python3")
	}
	var data bytes.Buffer
	for i := 0; data.Len() < 150<<10; i++ {
		fmt.Fprintf(&data, "record %d: %x\n", i, i*7919)
	}
	r := rand.New(rand.NewSource(2))
	for i := 0; i < 100<<10; i++ {
		data.WriteByte(byte(r.Intn(256)))
	}
	data.Write(bytes.Repeat([]byte{'x'}, 5000))
	for _, level := range []int{1, 9} {
		var comp bytes.Buffer
		w, err := bzip2.NewWriter(&comp, &bzip2.WriterConfig{Level: level})
		if err != nil {
			t.Fatal(err)
		}
		for p := data.Bytes(); len(p) > 0; {
			n := min(len(p), 30000)
			w.Write(p[:n])
			p = p[n:]
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(py, "-c", "import bz2, sys; sys.stdout.buffer.write(bz2.decompress(sys.stdin.buffer.read()))")
		cmd.Stdin = &comp
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("level %d: python3: %v", level, err)
		}
		if !bytes.Equal(out, data.Bytes()) {
			t.Errorf("level %d: python3 decoded %d bytes, want the %d written", level, len(out), data.Len())
		}
	}
}
