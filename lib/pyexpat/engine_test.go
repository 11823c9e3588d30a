package pyexpat

import (
	"fmt"
	"strings"
	"testing"
)

// recorder is a sink that writes every event down.
type recorder struct {
	events []string
	data   string // the character data of the last event, if it is data
}

func (r *recorder) has(k hkind) bool                                 { return k != hDefault && k != hDefaultExpand }
func (r *recorder) defaultExpands() bool                             { return true }
func (r *recorder) unknownEncoding(string) (*[256]rune, bool, error) { return nil, false, nil }

func (r *recorder) call(k hkind, args ...any) (bool, error) {
	if k == hCharacterData {
		// Character data may arrive in different pieces: join runs.
		s := args[0].(string)
		if r.data != "" {
			r.events = r.events[:len(r.events)-1]
		}
		r.data += s
		r.events = append(r.events, fmt.Sprintf("CharacterDataHandler %q", r.data))
		return true, nil
	}
	r.data = ""
	var b strings.Builder
	b.WriteString(handlerNames[k])
	for _, a := range args {
		switch v := a.(type) {
		case *string:
			if v == nil {
				b.WriteString(" None")
			} else {
				fmt.Fprintf(&b, " %q", *v)
			}
		case *contentModel:
			b.WriteString(" " + modelString(v))
		default:
			fmt.Fprintf(&b, " %#v", v)
		}
	}
	r.events = append(r.events, b.String())
	return true, nil
}

func modelString(m *contentModel) string {
	var kids []string
	for _, c := range m.children {
		kids = append(kids, modelString(c))
	}
	name := "None"
	if m.name != nil {
		name = *m.name
	}
	return fmt.Sprintf("(%d %d %s [%s])", m.typ, m.quant, name, strings.Join(kids, " "))
}

// parse runs doc through a parser in chunks of the given sizes (the
// rest in one) and returns the events and the error.
func parse(doc string, ns bool, cuts ...int) ([]string, string) {
	r := &recorder{}
	p := newParser(r, "", ns, "}")
	rest := []byte(doc)
	for _, c := range cuts {
		if c > len(rest) {
			c = len(rest)
		}
		if err := p.Feed(rest[:c], false); err != nil {
			return r.events, describe(err)
		}
		rest = rest[c:]
	}
	if err := p.Feed(rest, true); err != nil {
		return r.events, describe(err)
	}
	return r.events, ""
}

func describe(err error) string {
	if xe, ok := err.(*xmlError); ok {
		return fmt.Sprintf("%s at %d:%d (%d)", xe.Error(), xe.line, xe.col, xe.idx)
	}
	return err.Error()
}

var corpus = []string{
	"<a/>",
	"<?xml version='1.0' encoding='utf-8'?>\n<!-- c --><r a='1' b=\"x&amp;y\">t&#65;&#x42;<![CDATA[<x>]]]]><?p d?>\r\n</r> ",
	"<!DOCTYPE r [<!ENTITY e 'v<b>i</b>'><!ATTLIST r d CDATA 'def'><!ELEMENT r (#PCDATA|b)*>]><r>&e;&lt;</r>",
	"<r xmlns='urn:d' xmlns:p='urn:p'><p:x p:a='1'/>caf\xc3\xa9 \xe2\x82\xac</r>",
	"<a><b></a>",
	"<a>text",
	"<a x='1' x='2'/>",
	"<a>]]></a>",
	"\xef\xbb\xbf<a>bom</a>",
	"<a>\xff</a>",
	"foo",
}

// TestChunkInvariance checks that a document split anywhere gives the
// events and errors it gives whole, as incremental parsing needs.
func TestChunkInvariance(t *testing.T) {
	for _, doc := range corpus {
		for _, ns := range []bool{false, true} {
			want, wantErr := parse(doc, ns)
			for cut := 0; cut <= len(doc); cut++ {
				got, gotErr := parse(doc, ns, cut)
				if fmt.Sprint(got) != fmt.Sprint(want) || gotErr != wantErr {
					t.Errorf("%q ns=%v cut at %d:\n got %v %s\nwant %v %s", doc, ns, cut, got, gotErr, want, wantErr)
				}
			}
			ones := make([]int, len(doc))
			for i := range ones {
				ones[i] = 1
			}
			got, gotErr := parse(doc, ns, ones...)
			if fmt.Sprint(got) != fmt.Sprint(want) || gotErr != wantErr {
				t.Errorf("%q ns=%v byte by byte:\n got %v %s\nwant %v %s", doc, ns, got, gotErr, want, wantErr)
			}
		}
	}
}

// TestEventsBeforeEnd checks that complete events are reported before
// the document is complete.
func TestEventsBeforeEnd(t *testing.T) {
	r := &recorder{}
	p := newParser(r, "", false, "")
	if err := p.Feed([]byte("<a><b>te"), false); err != nil {
		t.Fatal(err)
	}
	want := `[StartElementHandler "a" []pyexpat.attr{} StartElementHandler "b" []pyexpat.attr{} CharacterDataHandler "te"]`
	if got := fmt.Sprint(r.events); got != want {
		t.Fatalf("got %s\nwant %s", got, want)
	}
}

// FuzzFeed checks that no input makes the parser panic, whole or split,
// and that a split changes neither the events nor the error.
func FuzzFeed(f *testing.F) {
	for _, doc := range corpus {
		f.Add(doc, uint8(3), false)
	}
	f.Add("<!DOCTYPE a [<!ATTLIST a b NMTOKENS 'x  y'><!ENTITY % p 'x'>%p;]><a>&b;</a>", uint8(1), true)
	f.Add("\xff\xfe<\x00a\x00/\x00>\x00", uint8(2), false)
	f.Fuzz(func(t *testing.T, doc string, cut uint8, ns bool) {
		want, wantErr := parse(doc, ns)
		got, gotErr := parse(doc, ns, int(cut))
		if fmt.Sprint(got) != fmt.Sprint(want) || gotErr != wantErr {
			t.Errorf("%q ns=%v cut at %d:\n got %v %s\nwant %v %s", doc, ns, cut, got, gotErr, want, wantErr)
		}
	})
}
