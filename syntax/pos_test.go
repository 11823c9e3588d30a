// This file checks node positions and error offsets on small sources,
// including non-ASCII ones, against values printed by CPython 3.11's
// ast.parse and compile(str).

package syntax

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

func TestPositions(t *testing.T) {
	tests := []struct {
		src  string
		want string // sorted "Type line col endline endcol", ';'-separated
	}{
		// Columns are UTF-8 byte offsets, like CPython's col_offset.
		{"é = \"日本\" + ñ\n", "Assign 1 0 1 18;BinOp 1 5 1 18;Constant 1 5 1 13;Name 1 0 1 2;Name 1 16 1 18"},
		{"x = (a)\n", "Assign 1 0 1 7;Name 1 0 1 1;Name 1 5 1 6"},
		{"f(a)(b)[c].d\n", "Attribute 1 0 1 12;Call 1 0 1 4;Call 1 0 1 7;Expr 1 0 1 12;Name 1 0 1 1;" +
			"Name 1 2 1 3;Name 1 5 1 6;Name 1 8 1 9;Subscript 1 0 1 10"},
		{"if x:\n    y = [1,\n         2]\n", "Assign 2 4 3 11;Constant 2 9 2 10;Constant 3 9 3 10;If 1 0 3 11;" +
			"List 2 8 3 11;Name 1 3 1 4;Name 2 4 2 5"},
		{"@d\nasync def f():\n    await x.y\n    async for a in b: pass\n    async with c: pass\n",
			"AsyncFor 4 4 4 26;AsyncFunctionDef 2 0 5 22;AsyncWith 5 4 5 22;Attribute 3 10 3 13;Await 3 4 3 13;" +
				"Expr 3 4 3 13;Name 1 1 1 2;Name 3 10 3 11;Name 4 14 4 15;Name 4 19 4 20;Name 5 15 5 16;Pass 4 22 4 26;Pass 5 18 5 22"},
		{"s = f\"{x} and {y!r}\"\n", "Assign 1 0 1 20;Constant 1 4 1 20;FormattedValue 1 4 1 20;" +
			"FormattedValue 1 4 1 20;JoinedStr 1 4 1 20;Name 1 0 1 1;Name 1 15 1 16;Name 1 7 1 8"},
	}
	for _, tt := range tests {
		m, err := ParseFile("t.py", []byte(tt.src))
		if err != nil {
			t.Errorf("ParseFile(%q): %v", tt.src, err)
			continue
		}
		if got := strings.Join(positions(m), ";"); got != tt.want {
			t.Errorf("positions(%q):\ngot  %s\nwant %s", tt.src, got, tt.want)
		}
	}
}

// TestErrorOffsets checks Error's 1-based code point columns against
// SyntaxError.offset and end_offset from compile(str).
func TestErrorOffsets(t *testing.T) {
	tests := []struct {
		src                        string
		line, col, endLine, endCol int
	}{
		{"x = \"é\" + (1 2)\n", 1, 12, 1, 15},
		{"é = €\n", 1, 5, 1, 5},
		{"ñ = 1 +\n", 1, 8, 1, 8},
		{"x = \"éé\" ; 1 = 2\n", 1, 12, 1, 13},
	}
	for _, tt := range tests {
		_, err := ParseFile("t.py", []byte(tt.src))
		var e *Error
		if !errors.As(err, &e) {
			t.Errorf("ParseFile(%q) = %v, want *Error", tt.src, err)
			continue
		}
		got := []int{e.Line, e.Col, e.EndLine, e.EndCol}
		if want := []int{tt.line, tt.col, tt.endLine, tt.endCol}; !slices.Equal(got, want) {
			t.Errorf("ParseFile(%q): position %v, want %v (%s)", tt.src, got, want, e.Msg)
		}
	}
}

func TestParseExpr(t *testing.T) {
	tests := []struct{ src, want string }{
		{"1 + 2", "BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2))"},
		{"  a, b\n\n", "Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load())"},
		{"(x\n+ 1)", "BinOp(left=Name(id='x', ctx=Load()), op=Add(), right=Constant(value=1))"},
		{"[i for i in range(3)]", "ListComp(elt=Name(id='i', ctx=Load()), generators=[comprehension(" +
			"target=Name(id='i', ctx=Store()), iter=Call(func=Name(id='range', ctx=Load()), " +
			"args=[Constant(value=3)], keywords=[]), ifs=[], is_async=0)])"},
	}
	for _, tt := range tests {
		e, err := ParseExpr("<string>", []byte(tt.src))
		if err != nil {
			t.Errorf("ParseExpr(%q): %v", tt.src, err)
			continue
		}
		if got := Dump(e); got != tt.want {
			t.Errorf("ParseExpr(%q):\ngot  %s\nwant %s", tt.src, got, tt.want)
		}
	}
	for _, src := range []string{"x = 1", "", "1 +", "\n  1", "(yield)", "a b", "1; 2"} {
		if _, err := ParseExpr("<string>", []byte(src)); err == nil {
			t.Errorf("ParseExpr(%q) succeeded, want error", src)
		}
	}
}

// TestDeepNesting checks that pathological nesting gives the error
// CPython 3.11 gives (SyntaxError from the tokenizer, MemoryError from
// the parser, RecursionError from the compiler) rather than exhausting
// the stack.
func TestDeepNesting(t *testing.T) {
	for _, c := range []struct{ src, kind string }{
		{strings.Repeat("(", 10000), "SyntaxError"},
		{strings.Repeat("[", 10000) + strings.Repeat("]", 10000), "SyntaxError"},
		{"x = " + strings.Repeat("-", 100000) + "1", "MemoryError"},
		{"x = " + strings.Repeat("not ", 100000) + "1", "MemoryError"},
		{"x = " + strings.Repeat("2**", 100000) + "1", "MemoryError"},
		{"x = " + strings.Repeat("lambda: ", 100000) + "1", "MemoryError"},
		{"x = " + strings.Repeat("a if b else ", 100000) + "1", "MemoryError"},
		{"x = " + strings.Repeat("f'{", 100) + "1" + strings.Repeat("}'", 100), "SyntaxError"},
		{"x = " + strings.Repeat("-", 4000) + "1", "RecursionError"},
		{"x = 1" + strings.Repeat("+1", 1000000), "RecursionError"},
		{"x = a" + strings.Repeat(".a", 100000), "RecursionError"},
		{"x = a" + strings.Repeat("[0]", 100000), "RecursionError"},
		{"x = a" + strings.Repeat("()", 100000), "RecursionError"},
	} {
		_, err := ParseFile("t.py", []byte(c.src))
		var e *Error
		if !errors.As(err, &e) || e.Kind != c.kind {
			t.Errorf("ParseFile(%.20q...) = %v, want %s", c.src, err, c.kind)
		}
	}
	if _, err := ParseExpr("t.py", []byte("1"+strings.Repeat("+1", 100000))); err == nil {
		t.Errorf("ParseExpr of a deep sum succeeded")
	}
	// Nesting that CPython accepts must parse in linear time (a
	// backtracking parser could take exponential time here).
	for _, src := range []string{
		strings.Repeat("f(", 150) + strings.Repeat(")", 150),
		"x = " + strings.Repeat("[a for a in ", 60) + "b" + strings.Repeat("]", 60),
		"with " + strings.Repeat("(", 150) + "a" + strings.Repeat(")", 150) + ": pass",
	} {
		if _, err := ParseFile("t.py", []byte(src)); err != nil {
			t.Errorf("ParseFile(%.20q...): %v", src, err)
		}
	}
	_, err := ParseFile("t.py", []byte(strings.Repeat("(", 10000)))
	if err == nil || err.(*Error).Msg != "too many nested parentheses" {
		t.Errorf("10000 '(': got %v, want too many nested parentheses", err)
	}
}
