// Hand-written tests for bytes and str internals: constructors and
// ownership, hashing, iteration, identity-preserving fast paths,
// concurrency on shared immutable strings, and benchmarks.

package object

import (
	"strings"
	"sync"
	"testing"
)

func TestBytesOwnership(t *testing.T) {
	th := attached(t)
	live := liveDelta(BytesType)
	src := []byte("hello")
	b := NewBytes(th, src)
	src[0] = 'J'
	if got := string(BytesValue(b)); got != "hello" {
		t.Fatalf("NewBytes shares its argument: %q", got)
	}
	v := BytesValue(b)
	v[0] = 'X'
	if got := string(BytesValue(b)); got != "hello" {
		t.Fatalf("BytesValue shares the contents: %q", got)
	}
	if !IsBytes(b) || IsStr(b) {
		t.Fatal("IsBytes")
	}
	if n, _ := Len(th, b); n != 5 {
		t.Fatalf("len = %d", n)
	}
	th.Decref(b)
	e1, e2 := NewBytes(th, nil), NewBytes(th, []byte{})
	s1, s2 := NewBytes(th, []byte{7}), NewBytes(th, []byte{7})
	if e1 != e2 || s1 != s2 {
		t.Error("empty and one-byte bytes should be shared immortals")
	}
	if d := live(); d != 0 {
		t.Errorf("bytes live delta %d", d)
	}
}

func TestBytesStrHash(t *testing.T) {
	th := attached(t)
	for _, s := range []string{"", "a", "abc", "hello world"} {
		so := NewStr(th, s)
		bo := NewBytes(th, []byte(s))
		hs, err1 := Hash(th, so)
		hb, err2 := Hash(th, bo)
		if err1 != nil || err2 != nil || hs != hb {
			t.Errorf("hash(%q): str %d bytes %d", s, hs, hb)
		}
		eq, err := RichCompareBool(th, so, bo, EQ)
		if err != nil || eq {
			t.Errorf("%q == b%q should be False", s, s)
		}
		th.Decref(so)
		th.Decref(bo)
	}
}

func TestStrFastPathsKeepIdentity(t *testing.T) {
	th := attached(t)
	live := liveDelta(StrType)
	s := NewStr(th, "héllo wörld")
	empty := NewStr(th, "")
	check := func(what string, r *Object, err error, same bool) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		if (r == s) != same {
			t.Errorf("%s: identity %v, want %v", what, r == s, same)
		}
		th.Decref(r)
	}
	r, err := StrConcat(th, s, empty)
	check("s + ''", r, err, true)
	r, err = StrConcat(th, empty, s)
	check("'' + s", r, err, true)
	r, err = BinaryOperation(th, s, SmallInt(1), OpMul)
	check("s * 1", r, err, true)
	r, err = StrOf(th, s)
	check("str(s)", r, err, true)
	sl := NewSlice(th, nil, nil, nil)
	r, err = GetItem(th, s, sl)
	check("s[:]", r, err, true)
	th.Decref(sl)
	r, err = StrConcat(th, s, s)
	if err != nil || StrValue(r) != "héllo wörldhéllo wörld" || AsStr(r).Len() != 22 || AsStr(r).IsASCII() {
		t.Errorf("s + s = %q", StrValue(r))
	}
	th.Decref(r)
	th.Decref(s)
	if d := live(); d != 0 {
		t.Errorf("str live delta %d", d)
	}
}

func TestStrIteratorExhaustion(t *testing.T) {
	th := attached(t)
	liveIt := liveDelta(StrIterType)
	liveStr := liveDelta(StrType)
	s := NewStr(th, "a中😀")
	it, err := Iter(th, s)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for {
		x, err := Next(th, it)
		if err != nil {
			t.Fatal(err)
		}
		if x == nil {
			break
		}
		got = append(got, StrValue(x))
		th.Decref(x)
	}
	if strings.Join(got, "|") != "a|中|😀" {
		t.Errorf("iteration: %q", got)
	}
	// Exhausted iterators stay exhausted. They keep the string until
	// they are freed (threads may share one: see listIter); the live
	// count below checks it is then released.
	if x, err := Next(th, it); x != nil || err != nil {
		t.Error("Next after exhaustion")
	}
	if Cast[strIter](it).pos.Load() != -1 {
		t.Error("exhausted iterator not marked exhausted")
	}
	th.Decref(it)
	th.Decref(s)
	if d := liveIt(); d != 0 {
		t.Errorf("iterator live delta %d", d)
	}
	if d := liveStr(); d != 0 {
		t.Errorf("str live delta %d", d)
	}
}

func TestStrSharedAcrossThreads(t *testing.T) {
	// Immutable strings are read concurrently by several threads; the
	// race detector checks that no method writes to them (other than the
	// hash cache, which is atomic).
	th := attached(t)
	s := NewStr(th, strings.Repeat("héllo wörld, ", 20))
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			u := NewThread()
			u.Attach()
			defer u.Exit()
			for i := 0; i < 50; i++ {
				r := stRun(u, stCase{recv: s, op: "split", args: []any{","}})
				if !strings.HasPrefix(r, "['héllo wörld', ' héllo wörld'") {
					t.Errorf("split: %s", r[:40])
					return
				}
				if _, err := Hash(u, s); err != nil {
					t.Error(err)
				}
				r = stRun(u, stCase{recv: s, op: "[]", args: []any{int64(-3)}})
				if r != "'d'" {
					t.Errorf("s[-3] = %s", r)
				}
			}
		}()
	}
	th.Detach()
	wg.Wait()
	th.Attach()
	th.Decref(s)
}

func TestUnicodeErrorTypes(t *testing.T) {
	th := attached(t)
	s := NewStr(th, "é")
	_, err := EncodeStr(th, AsStr(s), "ascii", "strict")
	if !ErrorMatches(err, UnicodeEncodeErrorType) || !ErrorMatches(err, UnicodeErrorType) || !ErrorMatches(err, ValueErrorType) {
		t.Errorf("encode error type: %v", err)
	}
	th.DropError(err)
	_, err = DecodeBytes(th, []byte{0xff}, "utf-8", "strict")
	if !ErrorMatches(err, UnicodeDecodeErrorType) || !ErrorMatches(err, ValueErrorType) {
		t.Errorf("decode error type: %v", err)
	}
	th.DropError(err)
	th.Decref(s)
}

func BenchmarkStrConcat(b *testing.B) {
	th := attached(b)
	x := NewStr(th, "hello, ")
	y := NewStr(th, "world")
	b.ReportAllocs()
	for b.Loop() {
		r, err := BinaryOperation(th, x, y, OpAdd)
		if err != nil {
			b.Fatal(err)
		}
		th.Decref(r)
	}
	th.Decref(x)
	th.Decref(y)
}

func BenchmarkStrJoin(b *testing.B) {
	th := attached(b)
	items := make([]*Object, 100)
	for i := range items {
		items[i] = NewStr(th, "item"+itoa(int64(i)))
	}
	l := NewList(th, items)
	sep := NewStr(th, ", ")
	b.ReportAllocs()
	for b.Loop() {
		r, err := StrJoin(th, sep, &l.Object)
		if err != nil {
			b.Fatal(err)
		}
		th.Decref(r)
	}
	th.Decref(&l.Object)
	th.Decref(sep)
}

func BenchmarkStrFormat(b *testing.B) {
	th := attached(b)
	f := NewStr(th, "{} is {:>8}!")
	x := NewStr(th, "name")
	y := NewStr(th, "value")
	b.ReportAllocs()
	for b.Loop() {
		r, err := strFormatMethod(th, f, []*Object{x, y}, nil)
		if err != nil {
			b.Fatal(err)
		}
		th.Decref(r)
	}
	th.Decref(f)
	th.Decref(x)
	th.Decref(y)
}

func BenchmarkStrPercent(b *testing.B) {
	th := attached(b)
	f := NewStr(th, "%s=%d (%.2f)")
	args := NewTuple(th, []*Object{NewStr(th, "x"), NewInt(th, 12345), NewFloat(th, 3.14159)})
	b.ReportAllocs()
	for b.Loop() {
		r, err := BinaryOperation(th, f, &args.Object, OpMod)
		if err != nil {
			b.Fatal(err)
		}
		th.Decref(r)
	}
	th.Decref(f)
	th.Decref(&args.Object)
}
