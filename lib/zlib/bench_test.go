package zlib

import (
	"bytes"
	"compress/zlib"
	"math/rand"
	"testing"
)

func BenchmarkInflate(b *testing.B) {
	data := sample(rand.New(rand.NewSource(3)), 4<<20)
	var comp bytes.Buffer
	w, _ := zlib.NewWriterLevel(&comp, 6)
	w.Write(data)
	w.Close()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		z := newInflater(zlibWrap, 15, nil)
		out, _ := z.feed(nil, comp.Bytes(), 0)
		if len(out) != len(data) {
			b.Fatal(z.err)
		}
	}
}
