// This file tests the parsing of match statements against CPython 3.11:
// each source must give the same tree as ast.dump(ast.parse(src)) and the
// same node positions. The expectations were printed by python3 3.11.7.

package syntax

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

var matchTests = []struct{ src, dump, pos string }{
	{"match x:\n    case 1 | -2 | 3+4j:\n        pass",
		"Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchOr(patterns=[MatchValue(value=Constant(value=1)), MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=2))), MatchValue(value=BinOp(left=Constant(value=3), op=Add(), right=Constant(value=4j)))]), body=[Pass()])])], type_ignores=[])",
		"BinOp 2 18 2 22;Constant 2 14 2 15;Constant 2 18 2 19;Constant 2 20 2 22;Constant 2 9 2 10;Match 1 0 3 12;MatchOr 2 9 2 22;MatchValue 2 13 2 15;MatchValue 2 18 2 22;MatchValue 2 9 2 10;Name 1 6 1 7;Pass 3 8 3 12;UnaryOp 2 13 2 15"},
	{"match x, *y:\n    case [a, *_, b] if a:\n        pass\n    case (c, d):\n        pass",
		"Module(body=[Match(subject=Tuple(elts=[Name(id='x', ctx=Load()), Starred(value=Name(id='y', ctx=Load()), ctx=Load())], ctx=Load()), cases=[match_case(pattern=MatchSequence(patterns=[MatchAs(name='a'), MatchStar(), MatchAs(name='b')]), guard=Name(id='a', ctx=Load()), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchAs(name='c'), MatchAs(name='d')]), body=[Pass()])])], type_ignores=[])",
		"Match 1 0 5 12;MatchAs 2 10 2 11;MatchAs 2 17 2 18;MatchAs 4 10 4 11;MatchAs 4 13 4 14;MatchSequence 2 9 2 19;MatchSequence 4 9 4 15;MatchStar 2 13 2 15;Name 1 10 1 11;Name 1 6 1 7;Name 2 23 2 24;Pass 3 8 3 12;Pass 5 8 5 12;Starred 1 9 1 11;Tuple 1 6 1 11"},
	{"match x:\n    case {'k': v, K.x: None, **rest}:\n        pass",
		"Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchMapping(keys=[Constant(value='k'), Attribute(value=Name(id='K', ctx=Load()), attr='x', ctx=Load())], patterns=[MatchAs(name='v'), MatchSingleton(value=None)], rest='rest'), body=[Pass()])])], type_ignores=[])",
		"Attribute 2 18 2 21;Constant 2 10 2 13;Match 1 0 3 12;MatchAs 2 15 2 16;MatchMapping 2 9 2 36;MatchSingleton 2 23 2 27;Name 1 6 1 7;Name 2 18 2 19;Pass 3 8 3 12"},
	{"match x:\n    case Point(1, y=[_, *z]) as p:\n        pass",
		"Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchAs(pattern=MatchClass(cls=Name(id='Point', ctx=Load()), patterns=[MatchValue(value=Constant(value=1))], kwd_attrs=['y'], kwd_patterns=[MatchSequence(patterns=[MatchAs(), MatchStar(name='z')])]), name='p'), body=[Pass()])])], type_ignores=[])",
		"Constant 2 15 2 16;Match 1 0 3 12;MatchAs 2 21 2 22;MatchAs 2 9 2 33;MatchClass 2 9 2 28;MatchSequence 2 20 2 27;MatchStar 2 24 2 26;MatchValue 2 15 2 16;Name 1 6 1 7;Name 2 9 2 14;Pass 3 8 3 12"},
	{"match x:\n    case _:\n        pass",
		"Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchAs(), body=[Pass()])])], type_ignores=[])",
		"Match 1 0 3 12;MatchAs 2 9 2 10;Name 1 6 1 7;Pass 3 8 3 12"},
	{"match x:\n    case (True | False) as b:\n        pass\n    case 'a' 'b':\n        pass",
		"Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchAs(pattern=MatchOr(patterns=[MatchSingleton(value=True), MatchSingleton(value=False)]), name='b'), body=[Pass()]), match_case(pattern=MatchValue(value=Constant(value='ab')), body=[Pass()])])], type_ignores=[])",
		"Constant 4 9 4 16;Match 1 0 5 12;MatchAs 2 9 2 28;MatchOr 2 10 2 22;MatchSingleton 2 10 2 14;MatchSingleton 2 17 2 22;MatchValue 4 9 4 16;Name 1 6 1 7;Pass 3 8 3 12;Pass 5 8 5 12"},
	{"match = 1\nmatch.x = 2\nmatch[0]\nmatch(3)",
		"Module(body=[Assign(targets=[Name(id='match', ctx=Store())], value=Constant(value=1)), Assign(targets=[Attribute(value=Name(id='match', ctx=Load()), attr='x', ctx=Store())], value=Constant(value=2)), Expr(value=Subscript(value=Name(id='match', ctx=Load()), slice=Constant(value=0), ctx=Load())), Expr(value=Call(func=Name(id='match', ctx=Load()), args=[Constant(value=3)], keywords=[]))], type_ignores=[])",
		"Assign 1 0 1 9;Assign 2 0 2 11;Attribute 2 0 2 7;Call 4 0 4 8;Constant 1 8 1 9;Constant 2 10 2 11;Constant 3 6 3 7;Constant 4 6 4 7;Expr 3 0 3 8;Expr 4 0 4 8;Name 1 0 1 5;Name 2 0 2 5;Name 3 0 3 5;Name 4 0 4 5;Subscript 3 0 3 8"},
}

func TestMatchParse(t *testing.T) {
	for _, tt := range matchTests {
		m, err := ParseFile("t.py", []byte(tt.src))
		if err != nil {
			t.Errorf("ParseFile(%q): %v", tt.src, err)
			continue
		}
		if got := Dump(m); got != tt.dump {
			t.Errorf("ParseFile(%q):\ngot  %s\nwant %s", tt.src, got, tt.dump)
		}
		var pos []string
		Inspect(m, func(n Node) bool {
			switch n.(type) {
			case *Module, *MatchCase: // match_case has no position in CPython's ast
				return true
			}
			d := Dump(n)
			p := n.Span()
			pos = append(pos, fmt.Sprintf("%s %d %d %d %d", d[:strings.IndexByte(d, '(')], p.Line, p.Col, p.EndLine, p.EndCol))
			return true
		})
		slices.Sort(pos)
		if got := strings.Join(pos, ";"); got != tt.pos {
			t.Errorf("positions of %q:\ngot  %s\nwant %s", tt.src, got, tt.pos)
		}
	}
}
