package main

import (
	"bytes"
	"testing"
)

func TestRun(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out); err != nil {
		t.Fatal(err)
	}
	want := "hello thread 0 hello thread 0\nhello thread 1 hello thread 1\nhello thread 2 hello thread 2\nhello thread 3 hello thread 3\nGo sees 4 results\n"
	if out.String() != want {
		t.Errorf("output:\n%s\nwant:\n%s", out.String(), want)
	}
}
