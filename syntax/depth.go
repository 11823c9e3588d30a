// This file bounds the depth of syntax trees. The parser builds chains
// such as 1+1+...+1, a.b.c... and x[0][0]... in loops, so a tree can be
// far deeper than the parser ever recursed; every later pass (the checks
// here, the compiler's symbol table, folding and code generation) walks
// trees recursively. Go's stack overflow is fatal, so a tree deeper than
// CPython 3.11 compiles is refused before any recursive walk, with
// CPython's RecursionError, by a walk that keeps its own stack.

package syntax

// MaxTreeDepth returns the deepest path of nodes, the Module included,
// that CPython 3.11 compiles when pythonDepth Python frames are running
// under a recursion limit of limit: its compiler allows three levels per
// frame left (compile() called from a script's top level accepts an
// attribute chain x.a.a... about 3000 long, a few less per frame deeper).
// Whatever the limit, the result stays below what the recursive passes
// can walk on Go's stack.
func MaxTreeDepth(limit, pythonDepth int) int {
	d := 3*(limit-pythonDepth) + 1
	return max(1, min(d, maxGoTreeDepth))
}

// DefaultTreeDepth is MaxTreeDepth for a program's main file, compiled
// before any frame runs, under the default recursion limit.
var DefaultTreeDepth = MaxTreeDepth(1000, 0)

// maxGoTreeDepth bounds tree depth whatever the recursion limit: each
// level of a recursive pass costs up to a few kilobytes of Go stack.
const maxGoTreeDepth = 50000

// maxParseDepth bounds the parser's own recursion (nested unary
// operators, lambdas, conditional expressions, not); past it CPython's
// parser runs out of its stack and raises MemoryError. Bracket nesting
// is bounded first, by the scanner (200 levels).
const maxParseDepth = 6000

// checkDepth refuses a tree deeper than p.maxTreeDepth.
func (p *parser) checkDepth(root Node) {
	type item struct {
		n     Node
		depth int
	}
	stack := []item{{root, 1}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if it.depth > p.maxTreeDepth {
			p.fail(&Error{Kind: "RecursionError", Filename: p.filename,
				Msg: "maximum recursion depth exceeded during compilation"})
		}
		children(it.n, func(c Node) { stack = append(stack, item{c, it.depth + 1}) })
	}
}
