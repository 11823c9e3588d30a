// This file defines Inspect, a depth-first traversal of a syntax tree in
// source order, like Python's ast.walk but ordered.

package syntax

// Inspect calls f(n) for n and, if f returns true, for each child of n in
// source order. Nil children are skipped.
func Inspect(n Node, f func(Node) bool) {
	if n == nil || !f(n) {
		return
	}
	children(n, func(c Node) { Inspect(c, f) })
}

// children calls visit for each non-nil child of n.
func children(n Node, visit func(Node)) {
	e := func(x Expr) {
		if x != nil {
			visit(x)
		}
	}
	es := func(xs []Expr) {
		for _, x := range xs {
			e(x)
		}
	}
	ss := func(xs []Stmt) {
		for _, x := range xs {
			visit(x)
		}
	}
	kws := func(xs []*Keyword) {
		for _, x := range xs {
			visit(x)
		}
	}
	gens := func(xs []*Comprehension) {
		for _, x := range xs {
			visit(x)
		}
	}
	switch n := n.(type) {
	case *Module:
		ss(n.Body)
	case *FunctionDef:
		es(n.DecoratorList)
		visit(n.Args)
		e(n.Returns)
		ss(n.Body)
	case *ClassDef:
		es(n.DecoratorList)
		es(n.Bases)
		kws(n.Keywords)
		ss(n.Body)
	case *Return:
		e(n.Value)
	case *Delete:
		es(n.Targets)
	case *Assign:
		es(n.Targets)
		e(n.Value)
	case *AugAssign:
		e(n.Target)
		e(n.Value)
	case *AnnAssign:
		e(n.Target)
		e(n.Annotation)
		e(n.Value)
	case *For:
		e(n.Target)
		e(n.Iter)
		ss(n.Body)
		ss(n.Orelse)
	case *While:
		e(n.Test)
		ss(n.Body)
		ss(n.Orelse)
	case *If:
		e(n.Test)
		ss(n.Body)
		ss(n.Orelse)
	case *With:
		for _, it := range n.Items {
			visit(it)
		}
		ss(n.Body)
	case *Raise:
		e(n.Exc)
		e(n.Cause)
	case *Try:
		ss(n.Body)
		for _, h := range n.Handlers {
			visit(h)
		}
		ss(n.Orelse)
		ss(n.Finalbody)
	case *Assert:
		e(n.Test)
		e(n.Msg)
	case *Import:
		for _, a := range n.Names {
			visit(a)
		}
	case *ImportFrom:
		for _, a := range n.Names {
			visit(a)
		}
	case *ExprStmt:
		e(n.Value)
	case *BoolOp:
		es(n.Values)
	case *NamedExpr:
		e(n.Target)
		e(n.Value)
	case *BinOp:
		e(n.Left)
		e(n.Right)
	case *UnaryOp:
		e(n.Operand)
	case *Lambda:
		visit(n.Args)
		e(n.Body)
	case *IfExp:
		e(n.Body)
		e(n.Test)
		e(n.Orelse)
	case *Dict:
		for i := range n.Values {
			e(n.Keys[i])
			e(n.Values[i])
		}
	case *Set:
		es(n.Elts)
	case *ListComp:
		e(n.Elt)
		gens(n.Generators)
	case *SetComp:
		e(n.Elt)
		gens(n.Generators)
	case *DictComp:
		e(n.Key)
		e(n.Value)
		gens(n.Generators)
	case *GeneratorExp:
		e(n.Elt)
		gens(n.Generators)
	case *Yield:
		e(n.Value)
	case *YieldFrom:
		e(n.Value)
	case *Await:
		e(n.Value)
	case *Compare:
		e(n.Left)
		es(n.Comparators)
	case *Call:
		e(n.Func)
		es(n.Args)
		kws(n.Keywords)
	case *FormattedValue:
		e(n.Value)
		e(n.FormatSpec)
	case *JoinedStr:
		es(n.Values)
	case *Attribute:
		e(n.Value)
	case *Subscript:
		e(n.Value)
		e(n.Slice)
	case *Starred:
		e(n.Value)
	case *List:
		es(n.Elts)
	case *Tuple:
		es(n.Elts)
	case *Slice:
		e(n.Lower)
		e(n.Upper)
		e(n.Step)
	case *Arguments:
		for _, a := range n.PosOnlyArgs {
			visit(a)
		}
		for _, a := range n.Args {
			visit(a)
		}
		if n.Vararg != nil {
			visit(n.Vararg)
		}
		for _, a := range n.KwOnlyArgs {
			visit(a)
		}
		es(n.KwDefaults)
		if n.Kwarg != nil {
			visit(n.Kwarg)
		}
		es(n.Defaults)
	case *Arg:
		e(n.Annotation)
	case *Keyword:
		e(n.Value)
	case *WithItem:
		e(n.ContextExpr)
		e(n.OptionalVars)
	case *ExceptHandler:
		e(n.Type)
		ss(n.Body)
	case *Comprehension:
		e(n.Target)
		e(n.Iter)
		es(n.Ifs)
	default:
		matchChildren(n, visit)
	}
}

// matchChildren calls visit for each non-nil child of a match statement
// node: the statement, a case, or a pattern.
func matchChildren(n Node, visit func(Node)) {
	pats := func(xs []Pattern) {
		for _, x := range xs {
			visit(x)
		}
	}
	switch n := n.(type) {
	case *Match:
		visit(n.Subject)
		for _, c := range n.Cases {
			visit(c)
		}
	case *MatchCase:
		visit(n.Pattern)
		if n.Guard != nil {
			visit(n.Guard)
		}
		for _, s := range n.Body {
			visit(s)
		}
	case *MatchValue:
		visit(n.Value)
	case *MatchSequence:
		pats(n.Patterns)
	case *MatchMapping:
		for _, k := range n.Keys {
			visit(k)
		}
		pats(n.Patterns)
	case *MatchClass:
		visit(n.Cls)
		pats(n.Patterns)
		pats(n.KwdPatterns)
	case *MatchAs:
		if n.Pattern != nil {
			visit(n.Pattern)
		}
	case *MatchOr:
		pats(n.Patterns)
	}
}
