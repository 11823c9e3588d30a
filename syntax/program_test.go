// This file parses a realistic program (testdata/program.py) and checks the
// whole tree and every node position against CPython 3.11's ast module.
// testdata/program.dump and testdata/program.pos were produced with
//
//	t = ast.parse(src)
//	ast.dump(t)
//	sorted("%s %d %d %d %d" % (type(n).__name__, n.lineno, n.col_offset,
//	       n.end_lineno, n.end_col_offset) for n in ast.walk(t) if positioned)

package syntax

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

func readTestdata(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func parseProgram(t *testing.T) *Module {
	t.Helper()
	m, err := ParseFile("program.py", []byte(readTestdata(t, "program.py")))
	if err != nil {
		t.Fatalf("ParseFile: %v", err)
	}
	return m
}

func TestProgramDump(t *testing.T) {
	m := parseProgram(t)
	want := strings.TrimSpace(readTestdata(t, "program.dump"))
	if got := Dump(m); got != want {
		i := 0
		for i < len(got) && i < len(want) && got[i] == want[i] {
			i++
		}
		t.Errorf("Dump differs at byte %d:\ngot  ...%s\nwant ...%s", i,
			got[max(0, i-80):min(len(got), i+80)], want[max(0, i-80):min(len(want), i+80)])
	}
}

func TestProgramShapes(t *testing.T) {
	m := parseProgram(t)
	var classes, funcs []string
	Inspect(m, func(n Node) bool {
		switch n := n.(type) {
		case *ClassDef:
			classes = append(classes, n.Name)
		case *FunctionDef:
			funcs = append(funcs, n.Name)
		}
		return true
	})
	if want := []string{"Item", "Inventory", "Local"}; !slices.Equal(classes, want) {
		t.Errorf("classes = %v, want %v", classes, want)
	}
	if len(funcs) != 22 {
		t.Errorf("found %d functions, want 22: %v", len(funcs), funcs)
	}
	last := m.Body[len(m.Body)-1].(*If)
	cmp := last.Test.(*Compare)
	if cmp.Ops[0] != Eq || cmp.Left.(*Name).Id != "__name__" {
		t.Errorf("last statement test = %s", Dump(cmp))
	}
	var init *FunctionDef
	for _, s := range m.Body {
		if c, ok := s.(*ClassDef); ok && c.Name == "Item" {
			init = c.Body[3].(*FunctionDef)
		}
	}
	if init.Name != "__init__" || len(init.Args.PosOnlyArgs) != 3 || init.Args.Vararg.Arg != "tags" ||
		init.Args.Kwarg.Arg != "extra" || len(init.Args.KwOnlyArgs) != 1 {
		t.Errorf("__init__ arguments = %s", Dump(init.Args))
	}
}

// positions lists "Type line col endline endcol" for every node that has
// a position in CPython's ast, sorted.
func positions(root Node) []string {
	var out []string
	Inspect(root, func(n Node) bool {
		switch n.(type) {
		case *Module, *Arguments, *WithItem, *Comprehension:
			return true
		}
		d := Dump(n)
		name := d[:strings.IndexByte(d, '(')]
		if name == "ExceptHandler" || name == "arg" || name == "keyword" || name == "alias" || isStmtOrExpr(n) {
			p := n.Span()
			out = append(out, fmt.Sprintf("%s %d %d %d %d", name, p.Line, p.Col, p.EndLine, p.EndCol))
		}
		return true
	})
	slices.Sort(out)
	return out
}

func isStmtOrExpr(n Node) bool {
	_, s := n.(Stmt)
	_, e := n.(Expr)
	return s || e
}

func TestProgramPositions(t *testing.T) {
	got := positions(parseProgram(t))
	want := strings.Split(strings.TrimSpace(readTestdata(t, "program.pos")), "\n")
	if !slices.Equal(got, want) {
		for _, w := range want {
			if !slices.Contains(got, w) {
				t.Errorf("missing %s", w)
			}
		}
		for _, g := range got {
			if !slices.Contains(want, g) {
				t.Errorf("unexpected %s", g)
			}
		}
	}
}
