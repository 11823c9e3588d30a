// This file checks `from __future__ import` statements as CPython's
// future.c does: they must open the module (after its docstring), and
// name a feature 3.11 knows.

package syntax

// futureFeatureNames are the features `from __future__ import` accepts;
// all but annotations are on in every 3.11 program already.
var futureFeatureNames = map[string]bool{
	"nested_scopes": true, "generators": true, "division": true, "absolute_import": true,
	"with_statement": true, "print_function": true, "unicode_literals": true,
	"barry_as_FLUFL": true, "generator_stop": true, "annotations": true,
}

// futureImports returns the future imports that open body, a module.
func futureImports(body []Stmt) []*ImportFrom {
	var out []*ImportFrom
	for i, s := range body {
		if i == 0 && isDocstringStmt(s) {
			continue
		}
		imp, ok := s.(*ImportFrom)
		if !ok || imp.Module != "__future__" {
			break
		}
		out = append(out, imp)
	}
	return out
}

func isDocstringStmt(s Stmt) bool {
	if e, ok := s.(*ExprStmt); ok {
		if c, ok := e.Value.(*Constant); ok {
			_, isStr := c.Value.(string)
			return isStr
		}
	}
	return false
}

// FutureFeatures returns the features a module's future imports turn on.
func FutureFeatures(m *Module) map[string]bool {
	features := map[string]bool{}
	for _, imp := range futureImports(m.Body) {
		for _, a := range imp.Names {
			features[a.Name] = true
		}
	}
	return features
}

// checkFutureFeatures reports a future import of a feature that does
// not exist, and records the well-placed future imports: checkFuturePlace
// reports the others.
func (c *checker) checkFutureFeatures(body []Stmt) {
	c.futures = map[*ImportFrom]bool{}
	c.lateFutureOnSameLine(body)
	for _, imp := range futureImports(body) {
		c.futures[imp] = true
		for _, a := range imp.Names {
			msg := ""
			switch {
			case a.Name == "braces":
				msg = "not a chance"
			case !futureFeatureNames[a.Name]:
				msg = "future feature " + a.Name + " is not defined"
			default:
				continue
			}
			pos := imp.Span()
			e := c.p.newError("SyntaxError", pos.Line, pos.Col, pos.Line, -1, msg)
			e.Stage = StageSymtable
			c.p.err = e
			panic(bailout{})
		}
	}
}

// lateFutureOnSameLine reports a future import after another statement
// on that statement's line ("import a; from __future__ import b"), which
// CPython's future pass finds, at the column counted from 0 and without
// an end (the compiler reports the other late ones).
func (c *checker) lateFutureOnSameLine(body []Stmt) {
	done, prevLine := false, 0
	for i, s := range body {
		line := s.Span().Line
		if done && line > prevLine {
			return
		}
		prevLine = line
		if imp, ok := s.(*ImportFrom); ok && imp.Module == "__future__" {
			if done {
				pos := imp.Span()
				e := c.p.newError("SyntaxError", pos.Line, pos.Col-1, pos.Line, -1, "from __future__ imports must occur at the beginning of the file")
				e.Stage = StageSymtable
				c.p.err = e
				panic(bailout{})
			}
			continue
		}
		if i > 0 || !isDocstringStmt(s) {
			done = true
		}
	}
}

// checkFuturePlace reports a future import after the module's start or
// inside a block.
func (c *checker) checkFuturePlace(imp *ImportFrom) {
	if imp.Module == "__future__" && !c.futures[imp] {
		c.errorAt(imp, "from __future__ imports must occur at the beginning of the file")
	}
}

// checkFutureAnnotations reports, under `from __future__ import
// annotations`, an annotation holding what cannot be kept as text: a
// yield, an await or an assignment expression (CPython's symtable does
// this in its annotation blocks).
func (c *checker) checkFutureAnnotations(m *Module) {
	if !FutureFeatures(m)["annotations"] {
		return
	}
	check := func(e Expr) {
		if e == nil {
			return
		}
		Inspect(e, func(n Node) bool {
			what := ""
			switch n.(type) {
			case *Yield, *YieldFrom:
				what = "yield expression"
			case *Await:
				what = "await expression"
			case *NamedExpr:
				what = "named expression"
			case *Lambda, *ListComp, *SetComp, *DictComp, *GeneratorExp:
				return false // scopes of their own
			}
			if what != "" {
				c.errorAt(n, "'%s' can not be used within an annotation", what)
			}
			return true
		})
	}
	Inspect(m, func(n Node) bool {
		switch n := n.(type) {
		case *FunctionDef:
			children(n.Args, func(x Node) {
				if a, ok := x.(*Arg); ok {
					check(a.Annotation)
				}
			})
			check(n.Returns)
		case *AnnAssign:
			check(n.Annotation)
		}
		return true
	})
}
