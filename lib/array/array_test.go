package array

import (
	"encoding/binary"
	"strings"
	"testing"

	"github.com/ftpy/ftpy/object"
)

// TestArrayBuffer checks array's buffer export through the helpers other
// modules use: the packed items read in place, a writable view writes
// into the array, and a held view stops resizing until it is released.
func TestArrayBuffer(t *testing.T) {
	th := object.NewThread()
	th.Attach()
	defer th.Exit()
	o := newArray(th, arrayType, codes['h'], binary.LittleEndian.AppendUint16(binary.LittleEndian.AppendUint16(nil, 1), 515))
	defer th.Decref(o)

	b, release, err := object.BytesLike(th, o)
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != "\x01\x00\x03\x02" {
		t.Errorf("BytesLike(array('h', [1, 515])) = %q", b)
	}
	release()

	w, release, err := object.WritableBytes(th, o)
	if err != nil {
		t.Fatal(err)
	}
	w[0] = 7
	err = asArray(o).appendBytes(th, []byte{0, 0})
	if err == nil || !strings.Contains(err.Error(), "BufferError: cannot resize an array that is exporting buffers") {
		t.Errorf("resize under an export: %v", err)
	}
	th.DropError(err)
	release()
	if err := asArray(o).appendBytes(th, []byte{9, 0}); err != nil {
		t.Fatalf("resize after release: %v", err)
	}
	v, err := object.GetBuffer(th, o, 0)
	if err != nil {
		t.Fatal(err)
	}
	if v.Format != "h" || v.ItemSize != 2 || v.Shape[0] != 3 || v.Readonly {
		t.Errorf("view: format %q itemsize %d shape %v readonly %v", v.Format, v.ItemSize, v.Shape, v.Readonly)
	}
	v.Release(th)
	got := asArray(o).snapshot()
	if string(got) != "\x07\x00\x03\x02\x09\x00" {
		t.Errorf("array holds %q", got)
	}
}
