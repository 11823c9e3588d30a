// Package pygen generates small Python programs from a stream of bytes,
// for fuzzing the eval loop: go test -fuzz mutates the bytes and the
// generator turns every byte string into a valid, terminating program.
//
// The programs use ints, strs, lists, dicts, instances of generated
// classes with dunder methods, generators, try/except/finally, context
// managers, comprehensions and closures. They print what they compute
// (reprs and exception type names, never ids or hashes of strs), so that
// their output can be compared with CPython's. They always terminate and
// stay small: loops are bounded, and every value stored in a variable
// passes through a helper that cuts long strs, lists and big ints.
//
// The generator keeps to the language ftpy supports today: no complex
// numbers, no match, no async.
package pygen

import (
	"fmt"
	"strings"
)

// gen is the state of one generation: the input still to read and the
// program being written.
type gen struct {
	data   []byte
	out    strings.Builder
	indent int
	depth  int // nesting of statements, bounded by maxDepth
	loops  int // enclosing loops (break and continue are legal inside)
	inFunc int // enclosing functions (return and yield are legal inside)
	fresh  int // counter for fresh names
	budget int // statements left to write
}

const (
	maxDepth   = 4  // statement nesting
	maxExpr    = 4  // expression nesting
	maxStmts   = 60 // statements in one program
	loopBound  = 6  // iterations of one loop
	maxClasses = 3
)

// Generate returns the program data describes. Every data gives a
// program; the empty input gives the header alone.
func Generate(data []byte) string {
	g := &gen{data: data, budget: maxStmts}
	g.out.WriteString(header)
	for i := 0; i < maxClasses; i++ {
		g.class(i)
	}
	g.line("init()")
	for len(g.data) > 0 && g.budget > 0 {
		g.topStmt()
	}
	g.line("final()")
	return g.out.String()
}

// byte returns the next input byte, or 0 when the input is used up (so
// that generation winds down to the shortest choices).
func (g *gen) byte() int {
	if len(g.data) == 0 {
		return 0
	}
	b := g.data[0]
	g.data = g.data[1:]
	return int(b)
}

// pick returns a choice in [0, n).
func (g *gen) pick(n int) int { return g.byte() % n }

func (g *gen) line(format string, args ...any) {
	g.out.WriteString(strings.Repeat("    ", g.indent))
	fmt.Fprintf(&g.out, format, args...)
	g.out.WriteByte('\n')
}

func (g *gen) name(prefix string) string {
	g.fresh++
	return fmt.Sprintf("%s%d", prefix, g.fresh)
}

// block writes an indented body of 1..3 statements.
func (g *gen) block() {
	g.indent++
	g.depth++
	n := 1 + g.pick(3)
	for i := 0; i < n; i++ {
		g.stmt()
	}
	g.depth--
	g.indent--
}

// topStmt writes one statement guarded so that its exception is printed
// and the program goes on.
func (g *gen) topStmt() {
	g.line("try:")
	g.indent++
	g.stmt()
	g.indent--
	g.line("except Exception as e:")
	g.line("    print('E', type(e).__name__)")
}

// stmt writes one statement.
func (g *gen) stmt() {
	g.budget--
	if g.budget < 0 || g.depth >= maxDepth {
		g.simpleStmt()
		return
	}
	switch g.pick(16) {
	case 0, 1, 2, 3:
		g.simpleStmt()
	case 4:
		g.line("if %s:", g.boolExpr(0))
		g.block()
		if g.pick(2) == 0 {
			g.line("else:")
			g.block()
		}
	case 5:
		v := g.name("x")
		g.line("for %s in bounded(%s):", v, g.iterExpr(0))
		g.loops++
		g.line("    show(%s)", v)
		g.block()
		g.loops--
		if g.pick(3) == 0 {
			g.line("else:")
			g.line("    print('for-else')")
		}
	case 6:
		n := g.name("n")
		g.line("%s = 0", n)
		g.line("while %s < %d:", n, 1+g.pick(loopBound))
		g.line("    %s += 1", n)
		g.loops++
		g.block()
		g.loops--
	case 7:
		g.tryStmt()
	case 8:
		if g.pick(4) == 0 {
			g.line("with %s as %s:", g.objExpr(0), g.name("cm"))
		} else {
			g.line("with CM(%d, %s) as %s:", g.pick(100), g.boolLit(), g.name("cm"))
		}
		g.block()
	case 9:
		g.funcDef()
	case 10:
		g.genDef()
	case 11:
		if g.loops > 0 {
			g.line("if %s:", g.boolExpr(0))
			g.line("    %s", []string{"break", "continue"}[g.pick(2)])
		} else {
			g.simpleStmt()
		}
	case 12:
		if g.inFunc > 0 {
			g.line("return %s", g.expr(0))
		} else {
			g.line("raise %s(%s)", g.excName(), g.intExpr(0))
		}
	case 13:
		g.line("show(%s)", g.comprehension(0))
	case 14:
		g.line("del %s[%s]", []string{"l0", "d0"}[g.pick(2)], g.intExpr(0))
	default:
		g.simpleStmt()
	}
}

// simpleStmt writes an assignment, a call or a print.
func (g *gen) simpleStmt() {
	switch g.pick(14) {
	case 0, 1:
		g.line("i%d = cut(%s)", g.pick(3), g.intExpr(0))
	case 2:
		g.line("s%d = cut(%s)", g.pick(2), g.strExpr(0))
	case 3:
		g.line("l%d = cut(%s)", g.pick(2), g.listExpr(0))
	case 4:
		g.line("o%d = %s", g.pick(2), g.objExpr(0))
	case 5:
		g.line("i%d %s= %s", g.pick(3), []string{"+", "-", ">>", "//", "%", "&", "|", "^"}[g.pick(8)], g.intExpr(1))
		g.line("i0, i1, i2 = cut(i0), cut(i1), cut(i2)")
	case 6:
		l := g.pick(2)
		call := []string{"append(%s)", "insert(%s, 0)", "extend(cut([%s]))", "remove(%s)", "pop(%s)", "index(%s)"}[g.pick(6)]
		g.line("l%d.%s", l, strings.Replace(call, "%s", g.expr(1), 1))
		g.line("l0, l1 = cut(l0), cut(l1)")
	case 7:
		g.line("d0[%s] = %s", g.keyExpr(0), g.expr(1))
	case 8:
		g.line("show(%s)", g.expr(0))
	case 9:
		g.line("show(%s)", g.dictExpr(0))
	case 10:
		g.line("%s, *%s = %s", g.name("a"), g.name("r"), g.listExpr(0))
	case 11:
		g.line("assert %s, %s", g.boolExpr(0), g.strExpr(1))
	case 12:
		g.line("o%d.v = cut(%s)", g.pick(2), g.intExpr(0))
	default:
		g.line("show(%s)", g.boolExpr(0))
	}
}

func (g *gen) tryStmt() {
	g.line("try:")
	g.block()
	n := g.pick(3)
	for i := 0; i < n; i++ {
		e := g.name("e")
		g.line("except %s as %s:", g.excName(), e)
		g.line("    print('caught', type(%s).__name__)", e)
		if g.pick(2) == 0 {
			g.block()
		}
	}
	if n == 0 || g.pick(2) == 0 {
		if n > 0 && g.pick(2) == 0 {
			g.line("else:")
			g.line("    print('else')")
		}
		g.line("finally:")
		g.line("    print('finally')")
		if g.pick(3) == 0 {
			g.block()
		}
	}
}

// funcDef writes a function, possibly a closure over a counter it
// updates with nonlocal, and calls it.
func (g *gen) funcDef() {
	f := g.name("f")
	outer := g.name("outer")
	g.line("def %s(a, b=%s, *args, k=%d, **kw):", outer, g.intLit(), g.pick(10))
	g.indent++
	g.inFunc++
	g.line(globals)
	g.line("c = a")
	g.line("def %s(x):", f)
	g.line("    nonlocal c")
	g.line("    c = cut(c + x)")
	g.line("    return (c, b, len(args), k, sorted(kw))")
	g.line("show(%s(%s))", f, g.intExpr(0))
	saveLoops := g.loops
	g.loops = 0
	g.indent--
	g.block() // at the level of the function's body
	g.indent++
	g.loops = saveLoops
	g.line("return %s", f)
	g.inFunc--
	g.indent--
	args := []string{
		"%s", "%s, 2", "%s, 2, 3, k=4", "%s, x=1", "*cut([%s, 1])", "%s, **{'k': 5, 'z': 6}",
	}[g.pick(6)]
	g.line("show(%s(%s)(1))", outer, fmt.Sprintf(args, g.intExpr(0)))
}

// genDef writes a generator function and drives it one of several ways.
func (g *gen) genDef() {
	gf := g.name("gen")
	g.line("def %s(n):", gf)
	g.indent++
	g.inFunc++
	g.line(globals)
	g.line("try:")
	g.line("    for j in range(min(n, %d)):", loopBound)
	g.line("        got = yield %s", g.intExpr(1))
	g.line("        if got is not None:")
	g.line("            print('got', got)")
	if g.pick(2) == 0 {
		g.line("    yield from %s", g.listExpr(1))
	}
	saveLoops := g.loops
	g.loops = 0
	g.block()
	g.loops = saveLoops
	g.line("finally:")
	g.line("    print('gen-finally')")
	g.inFunc--
	g.indent--
	it := g.name("it")
	g.line("%s = %s(%s)", it, gf, g.intExpr(0))
	// The generator is closed in the program's order, not at exit, where
	// finalization order would differ between runtimes.
	g.line("try:")
	g.indent++
	defer func() {
		g.indent--
		g.line("finally:")
		g.line("    %s.close()", it)
	}()
	switch g.pick(5) {
	case 0:
		g.line("show(list(%s))", it)
	case 1:
		g.line("show(next(%s, 'done'))", it)
		g.line("show(%s.send(%s))", it, g.intExpr(0))
	case 2:
		g.line("show(next(%s, 'done'))", it)
		g.line("show(%s.throw(%s(1)))", it, g.excName())
	case 3:
		g.line("show(next(%s, 'done'))", it)
		g.line("%s.close()", it)
	default:
		g.line("show(sum(x for x in %s if isinstance(x, int)))", it)
	}
}

// class writes class Ci: a value holder whose dunder methods are drawn
// from the input. The methods compute on self.v and plain values only,
// so that they never recurse into each other.
func (g *gen) class(i int) {
	base := "object"
	if i > 0 && g.pick(3) == 0 {
		base = fmt.Sprintf("C%d", g.pick(i))
	}
	g.line("class C%d(%s):", i, base)
	g.indent++
	g.line("def __init__(self, v=0):")
	g.line("    self.v = v")
	g.line("def __repr__(self):")
	g.line("    return 'C%d(%%r)' %% (self.v,)", i)
	methods := g.byte() | g.byte()<<8
	body := func(bit int, def string, ret func() string) {
		if methods&(1<<bit) != 0 {
			g.line("def %s:", def)
			g.line("    return %s", ret())
		}
	}
	v := "self.v"
	body(0, "__eq__(self, other)", func() string {
		return fmt.Sprintf("isinstance(other, C%d) and %s == other.v", i, v)
	})
	body(1, "__hash__(self)", func() string { return fmt.Sprintf("hash(%s) %% %d", v, 1+g.pick(50)) })
	body(2, "__len__(self)", func() string { return fmt.Sprintf("abs(%s) %% %d", v, 1+g.pick(9)) })
	body(3, "__iter__(self)", func() string { return fmt.Sprintf("iter(range(abs(%s) %% %d))", v, 1+g.pick(6)) })
	if methods&(1<<4) != 0 {
		// Bounded, so that iteration and "in" through __getitem__ end.
		g.line("def __getitem__(self, k):")
		g.line("    if isinstance(k, int) and k > 8:")
		g.line("        raise IndexError(k)")
		g.line("    return %s", []string{"k", "self.v + k", "[1, 2, 3][k]", "{'a': 1}[k]"}[g.pick(4)])
	}
	body(5, "__bool__(self)", func() string { return fmt.Sprintf("%s %% 2 == 1", v) })
	body(6, "__add__(self, other)", func() string {
		return fmt.Sprintf("C%d(cut(%s + (other.v if isinstance(other, C%d) else other)))", i, v, i)
	})
	body(7, "__radd__(self, other)", func() string { return fmt.Sprintf("C%d(cut(other + %s))", i, v) })
	body(8, "__mul__(self, other)", func() string { return fmt.Sprintf("C%d(cut(mul(%s, other)))", i, v) })
	body(9, "__lt__(self, other)", func() string {
		return fmt.Sprintf("%s < (other.v if isinstance(other, C%d) else other)", v, i)
	})
	body(10, "__contains__(self, x)", func() string { return "x == self.v" })
	body(11, "__neg__(self)", func() string { return fmt.Sprintf("C%d(-%s)", i, v) })
	body(12, "__index__(self)", func() string { return v })
	if methods&(1<<13) != 0 {
		g.line("def __enter__(self):")
		g.line("    print('enter C%d')", i)
		g.line("    return self")
		g.line("def __exit__(self, *exc):")
		g.line("    print('exit C%d', exc[0] is not None)", i)
		g.line("    return %s", g.boolLit())
	}
	if methods&(1<<14) != 0 {
		g.line("def m(self, *a, **k):")
		g.line("    return (self.v, a, sorted(k.items()))")
	}
	if methods&(1<<15) != 0 {
		g.line("@property")
		g.line("def p(self):")
		g.line("    return %s", g.intLit())
	}
	g.indent--
}

// globals is the first line of every generated function: its statements
// work on the program's variables, not on unbound locals.
const globals = "global i0, i1, i2, s0, s1, l0, l1, d0, o0, o1"

// The expressions. Each kind keeps to its type where it can, so most
// programs run far; the rest raise, which is tested too.

func (g *gen) expr(d int) string {
	switch g.pick(7) {
	case 0, 1:
		return g.intExpr(d)
	case 2:
		return g.strExpr(d)
	case 3:
		return g.listExpr(d)
	case 4:
		return g.objExpr(d)
	case 5:
		return g.boolExpr(d)
	default:
		return g.dictExpr(d)
	}
}

func (g *gen) intLit() string {
	return []string{"0", "1", "-1", "2", "7", "10", "-3", "255", "2**31", "-2**63", "10**20", "3"}[g.pick(12)]
}

func (g *gen) boolLit() string { return []string{"False", "True"}[g.pick(2)] }

func (g *gen) intExpr(d int) string {
	if d >= maxExpr {
		return []string{"i0", "i1", "i2", g.intLit()}[g.pick(4)]
	}
	switch g.pick(16) {
	case 0, 1:
		return []string{"i0", "i1", "i2"}[g.pick(3)]
	case 2, 3:
		return g.intLit()
	case 4, 5:
		op := []string{"+", "-", "*", "//", "%", "<<", ">>", "&", "|", "^", "/"}[g.pick(11)]
		switch op {
		case "<<":
			return fmt.Sprintf("(%s << %d)", g.intExpr(d+1), g.pick(70))
		case "*":
			// An "int" expression may hold a str or a list: mul bounds
			// the repetition.
			return fmt.Sprintf("mul(%s, %s)", g.intExpr(d+1), g.intExpr(d+1))
		}
		return fmt.Sprintf("(%s %s %s)", g.intExpr(d+1), op, g.intExpr(d+1))
	case 6:
		return fmt.Sprintf("pw(%s, %d)", g.intExpr(d+1), g.pick(8)-2)
	case 7:
		return fmt.Sprintf("len(%s)", []func(int) string{g.strExpr, g.listExpr, g.objExpr, g.dictExpr}[g.pick(4)](d+1))
	case 8:
		return fmt.Sprintf("%s(%s)", []string{"-", "~", "+", "abs", "int", "float", "bool", "round"}[g.pick(8)], g.intExpr(d+1))
	case 9:
		return fmt.Sprintf("int(%s)", g.strExpr(d+1))
	case 10:
		return fmt.Sprintf("%s.v", g.objExpr(d+1))
	case 11:
		return fmt.Sprintf("(%s if %s else %s)", g.intExpr(d+1), g.boolExpr(d+1), g.intExpr(d+1))
	case 12:
		return fmt.Sprintf("%s(%s)", []string{"sum", "max", "min", "len"}[g.pick(4)], g.listExpr(d+1))
	case 13:
		return fmt.Sprintf("%s[%s]", g.listExpr(d+1), g.intExpr(d+1))
	case 14:
		return fmt.Sprintf("(lambda q=%s: mul(q, %s))()", g.intExpr(d+1), g.intLit())
	default:
		return fmt.Sprintf("%s.count(%s)", g.listExpr(d+1), g.expr(d+1))
	}
}

func (g *gen) strLit() string {
	return []string{`''`, `'a'`, `'abc'`, `'é'`, `'x y z'`, `'\n'`, `'42'`, `' -7 '`, `'0x1f'`, `'%s-%d'`,
		`'{}:{!r}'`, `'A_b'`, `'\u2603'`, `'1e3'`}[g.pick(14)]
}

func (g *gen) strExpr(d int) string {
	if d >= maxExpr {
		return []string{"s0", "s1", g.strLit()}[g.pick(3)]
	}
	switch g.pick(14) {
	case 0, 1:
		return []string{"s0", "s1"}[g.pick(2)]
	case 2, 3:
		return g.strLit()
	case 4:
		return fmt.Sprintf("(%s + %s)", g.strExpr(d+1), g.strExpr(d+1))
	case 5:
		return fmt.Sprintf("rep(%s, %s)", g.strExpr(d+1), g.intExpr(d+1))
	case 6:
		return fmt.Sprintf("%s(%s)", []string{"str", "repr", "ascii"}[g.pick(3)], g.expr(d+1))
	case 7:
		return fmt.Sprintf("%s[%s:%s]", g.strExpr(d+1), g.intExpr(d+1), g.intExpr(d+1))
	case 8:
		return fmt.Sprintf("%s.%s()", g.strExpr(d+1), []string{"upper", "lower", "strip", "title", "swapcase", "casefold"}[g.pick(6)])
	case 9:
		return fmt.Sprintf("%s.join(%s)", g.strExpr(d+1), g.listExpr(d+1))
	case 10:
		return fmt.Sprintf("(%s %% (%s,))", g.strExpr(d+1), g.expr(d+1))
	case 11:
		// Variables only: 3.11's f-strings cannot nest the quotes an
		// expression would bring.
		return fmt.Sprintf("f'{%s!r}-{%s:>%d}'", []string{"i0", "s0", "l0", "d0", "o0"}[g.pick(5)], []string{"i1", "i2", "s1"}[g.pick(3)], g.pick(12))
	case 12:
		return fmt.Sprintf("%s.replace(%s, %s)", g.strExpr(d+1), g.strLit(), g.strLit())
	default:
		return fmt.Sprintf("format(%s, %s)", g.intExpr(d+1), []string{`'x'`, `'>8'`, `','`, `'+05d'`, `'.3'`, `'b'`}[g.pick(6)])
	}
}

func (g *gen) listExpr(d int) string {
	if d >= maxExpr {
		return []string{"l0", "l1", "[]", "[1, 2]"}[g.pick(4)]
	}
	switch g.pick(11) {
	case 0, 1:
		return []string{"l0", "l1"}[g.pick(2)]
	case 2:
		n := g.pick(4)
		items := make([]string, n)
		for i := range items {
			items[i] = g.expr(d + 1)
		}
		return "[" + strings.Join(items, ", ") + "]"
	case 3:
		return fmt.Sprintf("(%s + %s)", g.listExpr(d+1), g.listExpr(d+1))
	case 4:
		return fmt.Sprintf("rep(%s, %s)", g.listExpr(d+1), g.intExpr(d+1))
	case 5:
		return fmt.Sprintf("%s[%s:%s:%s]", g.listExpr(d+1), g.intExpr(d+1), g.intExpr(d+1), []string{"1", "-1", "2", "None"}[g.pick(4)])
	case 6:
		return fmt.Sprintf("sorted(%s)", g.listExpr(d+1))
	case 7:
		return fmt.Sprintf("list(bounded(%s))", g.iterExpr(d+1))
	case 8:
		return g.comprehension(d + 1)
	case 9:
		return fmt.Sprintf("%s.split(%s)", g.strExpr(d+1), []string{"", "' '", "','", "'a'"}[g.pick(4)])
	default:
		return fmt.Sprintf("[*%s, *%s]", g.listExpr(d+1), g.iterExpr(d+1))
	}
}

// iterExpr is something to iterate over: a list, a str, a range, a
// dict, an object (with or without __iter__/__getitem__) or a generator
// expression.
func (g *gen) iterExpr(d int) string {
	switch g.pick(7) {
	case 0:
		return g.listExpr(d + 1)
	case 1:
		return g.strExpr(d + 1)
	case 2:
		return fmt.Sprintf("rg(%s)", g.intExpr(d+1))
	case 3:
		return fmt.Sprintf("rg(%s, %s, %s)", g.intExpr(d+1), g.intExpr(d+1), []string{"1", "-1", "3", "0"}[g.pick(4)])
	case 4:
		return g.dictExpr(d + 1)
	case 5:
		return g.objExpr(d + 1)
	default:
		return fmt.Sprintf("(x * 2 for x in bounded(%s))", g.listExpr(d+1))
	}
}

func (g *gen) comprehension(d int) string {
	x := g.name("c")
	src := fmt.Sprintf("bounded(%s)", g.iterExpr(d+1))
	cond := ""
	if g.pick(2) == 0 {
		cond = fmt.Sprintf(" if %s", []string{x, "not " + x, "isinstance(" + x + ", int)", "i0 % 2"}[g.pick(4)])
	}
	switch g.pick(4) {
	case 0:
		return fmt.Sprintf("sorted({%s for %s in %s%s if isinstance(%s, int)})", x, x, src, cond, x)
	case 1:
		return fmt.Sprintf("{%s: %s for %s in %s%s}", fmt.Sprintf("repr(%s)", x), x, x, src, cond)
	default:
		return fmt.Sprintf("[%s for %s in %s%s]", []string{x, "(" + x + ", i0)", "repr(" + x + ")"}[g.pick(3)], x, src, cond)
	}
}

func (g *gen) keyExpr(d int) string {
	switch g.pick(4) {
	case 0:
		return g.strExpr(d + 1)
	case 1:
		return g.objExpr(d + 1)
	default:
		return g.intExpr(d + 1)
	}
}

func (g *gen) dictExpr(d int) string {
	if d >= maxExpr {
		return "d0"
	}
	switch g.pick(6) {
	case 0, 1:
		return "d0"
	case 2:
		return fmt.Sprintf("{%s: %s, %s: %s}", g.keyExpr(d+1), g.expr(d+1), g.keyExpr(d+1), g.expr(d+1))
	case 3:
		return fmt.Sprintf("{**d0, %s: %s}", g.keyExpr(d+1), g.intExpr(d+1))
	case 4:
		return fmt.Sprintf("dict(zip(%s, %s))", g.listExpr(d+1), g.listExpr(d+1))
	default:
		return fmt.Sprintf("(d0 | %s)", g.dictExpr(d+1))
	}
}

func (g *gen) objExpr(d int) string {
	if d >= maxExpr {
		return []string{"o0", "o1"}[g.pick(2)]
	}
	switch g.pick(6) {
	case 0, 1, 2:
		return []string{"o0", "o1"}[g.pick(2)]
	case 3:
		return fmt.Sprintf("C%d(%s)", g.pick(maxClasses), g.intExpr(d+1))
	case 4:
		return fmt.Sprintf("(%s %s %s)", []string{"o0", "o1"}[g.pick(2)], []string{"+", "*"}[g.pick(2)], g.intExpr(d+1))
	default:
		return fmt.Sprintf("(-%s)", []string{"o0", "o1"}[g.pick(2)])
	}
}

func (g *gen) boolExpr(d int) string {
	if d >= maxExpr {
		return g.boolLit()
	}
	switch g.pick(10) {
	case 0:
		return g.boolLit()
	case 1, 2:
		return fmt.Sprintf("(%s %s %s)", g.intExpr(d+1), []string{"<", "<=", "==", "!=", ">", ">="}[g.pick(6)], g.intExpr(d+1))
	case 3:
		return fmt.Sprintf("(%s == %s)", g.expr(d+1), g.expr(d+1))
	case 4:
		return fmt.Sprintf("(%s in %s)", g.expr(d+1), g.iterExpr(d+1))
	case 5:
		return fmt.Sprintf("bool(%s)", g.expr(d+1))
	case 6:
		return fmt.Sprintf("(%s %s %s)", g.boolExpr(d+1), []string{"and", "or"}[g.pick(2)], g.boolExpr(d+1))
	case 7:
		return fmt.Sprintf("(not %s)", g.boolExpr(d+1))
	case 8:
		return fmt.Sprintf("(%s < %s)", g.objExpr(d+1), g.expr(d+1))
	default:
		return fmt.Sprintf("isinstance(%s, %s)", g.expr(d+1), []string{"int", "str", "C0", "C1", "list", "object"}[g.pick(6)])
	}
}

func (g *gen) excName() string {
	return []string{"ValueError", "TypeError", "KeyError", "IndexError", "ZeroDivisionError", "Exception",
		"ArithmeticError", "LookupError", "StopIteration", "AttributeError", "RuntimeError"}[g.pick(11)]
}

// header defines the helpers every program uses. show() prints only
// deterministic text: the repr of plain values, and the type name of
// anything whose repr would show an address.
const header = `def show(x):
    try:
        if plain(x):
            print(repr(x))
        else:
            print('<' + type(x).__name__ + '>')
    except Exception as e:
        print('show', type(e).__name__)

def plain(x, depth=0):
    if depth > 3:
        return True
    t = type(x)
    if t in (int, str, bool, float, bytes, type(None), C0, C1, C2):
        return True
    if t in (list, tuple):
        return all(plain(y, depth + 1) for y in x)
    if t is dict:
        return all(plain(k, depth + 1) and plain(v, depth + 1) for k, v in x.items())
    return False

def cut(x):
    if isinstance(x, int) and not -10**40 < x < 10**40:
        return x % 10**40
    if isinstance(x, (str, list)) and len(x) > 50:
        return x[:50]
    return x

def rep(x, k):
    k = int(k)
    if len(x) * abs(k) > 200:
        k = 2
    return x * k

def mul(a, b):
    if isinstance(a, (str, bytes, list, tuple)):
        return rep(a, b)
    if isinstance(b, (str, bytes, list, tuple)):
        return rep(b, a)
    return a * b

def pw(a, b):
    if isinstance(a, int) and abs(a) > 10**6:
        a = a % 10**6
    return a ** b

def rg(*a):
    # Big bounds stay (they test ranges of big ints); the length does not.
    return range(*a)[:50]

def bounded(it):
    n = 0
    for x in it:
        n += 1
        if n > 12:
            break
        yield x

class CM:
    def __init__(self, n, swallow):
        self.n = n
        self.swallow = swallow
    def __enter__(self):
        print('enter', self.n)
        return self.n
    def __exit__(self, typ, val, tb):
        print('exit', self.n, None if typ is None else typ.__name__)
        return self.swallow

def init():
    global i0, i1, i2, s0, s1, l0, l1, d0, o0, o1
    i0, i1, i2 = 3, -7, 2**70
    s0, s1 = 'hello', 'a,b,,c'
    l0, l1 = [1, 'two', 3], []
    d0 = {'k': 1, 2: 'two'}
    o0, o1 = C0(5), C1(-2)

def final():
    for x in (i0, i1, i2, s0, s1, l0, l1, d0, o0, o1):
        show(x)

`
