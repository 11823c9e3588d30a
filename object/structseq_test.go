package object

import (
	"strings"
	"sync"
	"testing"
)

// testSeqType is made on first use: package-level variables of this
// package are set before its init functions make the small ints
// immortal, which a struct sequence type's class attributes need.
var testSeqType = sync.OnceValue(func() *Type {
	return NewStructSeqType(&StructSeqDesc{
		Name:        "testmod.pair",
		Doc:         "a test struct sequence",
		Fields:      StructSeqFields("a", "first", "", "", "b", "first again, as a float", "c", "hidden"),
		NInSequence: 2,
	})
})

func TestStructSeq(t *testing.T) {
	th := attached(t)
	o := NewStructSeq(th, testSeqType(), []*Object{NewInt(th, 1), NewInt(th, 2), NewFloat(th, 1.5), nil})
	defer th.Decref(o)
	if !IsTuple(o) || AsTuple(o).Len() != 2 {
		t.Fatalf("not a 2-tuple")
	}
	if v, _ := AsInt(StructSeqItem(o, 1)).Int64(); v != 2 {
		t.Errorf("item 1 = %d", v)
	}
	if StructSeqItem(o, 3) != None {
		t.Errorf("a nil value is not None")
	}
	r, err := ReprString(th, o)
	if err != nil {
		t.Fatal(err)
	}
	// Item i is named by the i-th named field, unnamed ones skipped.
	if r != "testmod.pair(a=1, b=2)" {
		t.Errorf("repr = %s", r)
	}
	for name, want := range map[string]string{"a": "1", "b": "1.5", "c": "None", "n_fields": "4",
		"n_sequence_fields": "2", "n_unnamed_fields": "1", "__match_args__": "('a',)", "__module__": "'testmod'"} {
		v, err := GetAttrString(th, o, name)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got, _ := ReprString(th, v)
		th.Decref(v)
		if got != want {
			t.Errorf("%s = %s, want %s", name, got, want)
		}
	}
	red, err := structSeqReduce(th, o, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	items := AsTuple(red).Items
	got, _ := ReprString(th, items[1])
	typ := items[0]
	th.Decref(red)
	if typ != testSeqType().Obj() {
		t.Errorf("__reduce__ does not give the type")
	}
	if want := "((1, 2), {'b': 1.5, 'c': None})"; got != want {
		t.Errorf("__reduce__ = %s, want %s", got, want)
	}
}

func TestStructSeqNew(t *testing.T) {
	th := attached(t)
	d := NewDict(th)
	defer th.Decref(d.Obj())
	c := NewStr(th, "x")
	d.SetItem(th, Intern("c").Obj(), c)
	th.Decref(c)
	seq := NewTupleRefs(th, SmallInt(7), SmallInt(8))
	defer th.Decref(seq.Obj())
	o, err := structSeqNew(th, testSeqType(), []*Object{seq.Obj(), d.Obj()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if StructSeqItem(o, 2) != None || StrValue(StructSeqItem(o, 3)) != "x" {
		t.Errorf("hidden fields not taken from the dict")
	}
	th.Decref(o)
	for _, tc := range []struct {
		items []*Object
		want  string
	}{
		{[]*Object{SmallInt(1)}, "testmod.pair() takes an at least 2-sequence (1-sequence given)"},
		{[]*Object{SmallInt(1), SmallInt(1), SmallInt(1), SmallInt(1), SmallInt(1)}, "testmod.pair() takes an at most 4-sequence (5-sequence given)"},
	} {
		s := NewTupleRefs(th, tc.items...)
		_, err := structSeqNew(th, testSeqType(), []*Object{s.Obj()}, nil)
		th.Decref(s.Obj())
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("got %v, want %s", err, tc.want)
		}
		th.DropError(err)
	}
	_, err = structSeqNew(th, testSeqType(), []*Object{SmallInt(3)}, nil)
	if err == nil || !strings.Contains(err.Error(), "constructor requires a sequence") {
		t.Errorf("got %v", err)
	}
	th.DropError(err)
}
