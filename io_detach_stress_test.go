package ftpy_test

import (
	"bytes"
	"context"
	"sync"
	"testing"
)

// TestBufferedDetachConcurrent detaches a BufferedReader while other
// threads read through a TextIOWrapper over it, and frees the raw
// BytesIO the detach handed over: the wrapper shares the reader's stream
// and must see the raw stream detached (ValueError), never read or flush
// the freed BytesIO. Each round's readers count anything but text or
// that ValueError as bad.
func TestBufferedDetachConcurrent(t *testing.T) {
	var out bytes.Buffer
	in := newInterp(t, &out)
	ctx := context.Background()
	src := `
import gc, io, threading

def round_(readers, reads):
    raw = io.BytesIO(b"line\n" * 20000)
    b = io.BufferedReader(raw)
    tw = io.TextIOWrapper(b, encoding="utf-8")
    del raw
    bad = []
    start = threading.Barrier(readers + 1)
    def read():
        start.wait()
        for i in range(reads):
            try:
                if i % 3 == 0:
                    v = tw.readline()
                    if v not in ("line\n", ""):
                        bad.append(repr(v))
                elif i % 3 == 1:
                    tw.closed
                else:
                    repr(tw)
            except ValueError as e:
                if str(e) != "raw stream has been detached":
                    bad.append(str(e))
    ts = [threading.Thread(target=read) for _ in range(readers)]
    for th in ts:
        th.start()
    start.wait()
    r = b.detach()
    del r
    gc.collect()
    for th in ts:
        th.join()
    try:
        tw.read()
        bad.append("read after detach")
    except ValueError:
        pass
    return len(bad)

def run(rounds):
    return sum(round_(3, 300) for _ in range(rounds))
`
	if err := in.Exec(ctx, "<test>", src); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if r, err := in.Call(ctx, "run", 5); err != nil || r != int64(0) {
				t.Errorf("run = %v, %v (want 0 bad reads)", r, err)
			}
		}()
	}
	wg.Wait()
}
