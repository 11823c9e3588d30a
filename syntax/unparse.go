// This file turns an expression back into source text, as CPython's
// compiler does for annotations under `from __future__ import
// annotations` (PEP 563): operators get the parentheses their precedence
// needs and no others, constants their repr, f-strings are rebuilt.

package syntax

import (
	"math"
	"math/big"
	"strings"
)

// Precedence levels, loosest first.
const (
	prTuple = iota
	prTest  // if-else, lambda
	prOr
	prAnd
	prNot
	prCmp
	prExpr // also |
	prBXor
	prBAnd
	prShift
	prArith
	prTerm
	prFactor
	prPower
	prAwait
	prAtom
)

// Unparse returns the source text of e as an annotation shows it.
func Unparse(e Expr) string {
	var u unparser
	u.expr(e, prTest)
	return u.b.String()
}

type unparser struct{ b strings.Builder }

func (u *unparser) s(text string) { u.b.WriteString(text) }

func (u *unparser) open(cond bool) {
	if cond {
		u.s("(")
	}
}

func (u *unparser) close(cond bool) {
	if cond {
		u.s(")")
	}
}

var binOpText = [...]string{Add: " + ", Sub: " - ", Mult: " * ", MatMult: " @ ", Div: " / ", Mod: " % ",
	Pow: " ** ", LShift: " << ", RShift: " >> ", BitOr: " | ", BitXor: " ^ ", BitAnd: " & ", FloorDiv: " // "}

var binOpLevel = [...]int{Add: prArith, Sub: prArith, Mult: prTerm, MatMult: prTerm, Div: prTerm, Mod: prTerm,
	Pow: prPower, LShift: prShift, RShift: prShift, BitOr: prExpr, BitXor: prBXor, BitAnd: prBAnd, FloorDiv: prTerm}

var cmpOpText = [...]string{Eq: " == ", NotEq: " != ", Lt: " < ", LtE: " <= ", Gt: " > ", GtE: " >= ",
	Is: " is ", IsNot: " is not ", In: " in ", NotIn: " not in "}

func (u *unparser) exprs(es []Expr, level int) {
	for i, e := range es {
		if i > 0 {
			u.s(", ")
		}
		u.expr(e, level)
	}
}

func (u *unparser) expr(e Expr, level int) {
	switch e := e.(type) {
	case *BoolOp:
		op, pr := " and ", prAnd
		if e.Op == Or {
			op, pr = " or ", prOr
		}
		u.open(level > pr)
		for i, v := range e.Values {
			if i > 0 {
				u.s(op)
			}
			u.expr(v, pr+1)
		}
		u.close(level > pr)
	case *BinOp:
		pr := binOpLevel[e.Op]
		right := 0
		if e.Op == Pow {
			right = 1 // ** groups to the right
		}
		u.open(level > pr)
		u.expr(e.Left, pr+right)
		u.s(binOpText[e.Op])
		u.expr(e.Right, pr+1-right)
		u.close(level > pr)
	case *UnaryOp:
		op, pr := [...]string{Invert: "~", Not: "not ", UAdd: "+", USub: "-"}[e.Op], prFactor
		if e.Op == Not {
			pr = prNot
		}
		u.open(level > pr)
		u.s(op)
		u.expr(e.Operand, pr)
		u.close(level > pr)
	case *Lambda:
		u.open(level > prTest)
		if len(e.Args.PosOnlyArgs)+len(e.Args.Args) > 0 {
			u.s("lambda ")
		} else {
			u.s("lambda")
		}
		u.args(e.Args)
		u.s(": ")
		u.expr(e.Body, prTest)
		u.close(level > prTest)
	case *IfExp:
		u.open(level > prTest)
		u.expr(e.Body, prTest+1)
		u.s(" if ")
		u.expr(e.Test, prTest+1)
		u.s(" else ")
		u.expr(e.Orelse, prTest)
		u.close(level > prTest)
	case *Dict:
		u.s("{")
		for i, k := range e.Keys {
			if i > 0 {
				u.s(", ")
			}
			if k == nil {
				u.s("**")
				u.expr(e.Values[i], prExpr)
				continue
			}
			u.expr(k, prTest)
			u.s(": ")
			u.expr(e.Values[i], prTest)
		}
		u.s("}")
	case *Set:
		if len(e.Elts) == 0 {
			u.s("{*()}")
			return
		}
		u.s("{")
		u.exprs(e.Elts, prTest)
		u.s("}")
	case *ListComp:
		u.s("[")
		u.expr(e.Elt, prTest)
		u.comprehensions(e.Generators)
		u.s("]")
	case *SetComp:
		u.s("{")
		u.expr(e.Elt, prTest)
		u.comprehensions(e.Generators)
		u.s("}")
	case *DictComp:
		u.s("{")
		u.expr(e.Key, prTest)
		u.s(": ")
		u.expr(e.Value, prTest)
		u.comprehensions(e.Generators)
		u.s("}")
	case *GeneratorExp:
		u.s("(")
		u.expr(e.Elt, prTest)
		u.comprehensions(e.Generators)
		u.s(")")
	case *Yield:
		if e.Value == nil {
			u.s("(yield)")
			return
		}
		u.s("(yield ")
		u.expr(e.Value, prTest)
		u.s(")")
	case *YieldFrom:
		u.s("(yield from ")
		u.expr(e.Value, prTest)
		u.s(")")
	case *Await:
		u.open(level > prAwait)
		u.s("await ")
		u.expr(e.Value, prAtom)
		u.close(level > prAwait)
	case *Compare:
		u.open(level > prCmp)
		u.expr(e.Left, prCmp+1)
		for i, op := range e.Ops {
			u.s(cmpOpText[op])
			u.expr(e.Comparators[i], prCmp+1)
		}
		u.close(level > prCmp)
	case *Call:
		u.expr(e.Func, prAtom)
		if len(e.Args) == 1 && len(e.Keywords) == 0 {
			if g, ok := e.Args[0].(*GeneratorExp); ok {
				u.expr(g, prTest) // f(x for x in y): the generator's parentheses
				return
			}
		}
		u.s("(")
		u.exprs(e.Args, prTest)
		for i, k := range e.Keywords {
			if i > 0 || len(e.Args) > 0 {
				u.s(", ")
			}
			if k.Arg == "" {
				u.s("**")
			} else {
				u.s(k.Arg + "=")
			}
			u.expr(k.Value, prTest)
		}
		u.s(")")
	case *Constant:
		u.constant(e)
	case *JoinedStr:
		u.fstring(e.Values)
	case *FormattedValue:
		u.fstring([]Expr{e})
	case *Attribute:
		u.expr(e.Value, prAtom)
		if c, ok := e.Value.(*Constant); ok && isIntConstant(c.Value) {
			u.s(" .") // 1 .real: "1." would be a float
		} else {
			u.s(".")
		}
		u.s(e.Attr)
	case *Subscript:
		u.expr(e.Value, prAtom)
		u.s("[")
		if t, ok := e.Slice.(*Tuple); ok && len(t.Elts) > 0 {
			u.exprs(t.Elts, prTest) // a tuple inside keeps its parentheses
			if len(t.Elts) == 1 {
				u.s(",")
			}
		} else {
			u.expr(e.Slice, prTuple)
		}
		u.s("]")
	case *Starred:
		u.s("*")
		u.expr(e.Value, prExpr)
	case *Name:
		u.s(e.Id)
	case *List:
		u.s("[")
		u.exprs(e.Elts, prTest)
		u.s("]")
	case *Tuple:
		if len(e.Elts) == 0 {
			u.s("()")
			return
		}
		u.open(level > prTuple)
		u.exprs(e.Elts, prTest)
		if len(e.Elts) == 1 {
			u.s(",")
		}
		u.close(level > prTuple)
	case *Slice:
		if e.Lower != nil {
			u.expr(e.Lower, prTest)
		}
		u.s(":")
		if e.Upper != nil {
			u.expr(e.Upper, prTest)
		}
		if e.Step != nil {
			u.s(":")
			u.expr(e.Step, prTest)
		}
	case *NamedExpr:
		u.open(level > prTuple)
		u.expr(e.Target, prAtom)
		u.s(" := ")
		u.expr(e.Value, prAtom)
		u.close(level > prTuple)
	}
}

func isIntConstant(v any) bool {
	switch v.(type) {
	case int64, *big.Int:
		return true
	}
	return false
}

// constant writes a constant's repr; an infinite float is written as a
// literal that overflows to it (1e309), as CPython does.
func (u *unparser) constant(c *Constant) {
	switch v := c.Value.(type) {
	case EllipsisType:
		u.s("...")
		return
	case float64:
		if math.IsInf(v, 0) {
			u.s("1e309")
			return
		}
	case complex128:
		if math.IsInf(imag(v), 0) || math.IsInf(real(v), 0) {
			u.s(strings.ReplaceAll(ConstantRepr(v), "inf", "1e309"))
			return
		}
	case string:
		if c.Kind == "u" {
			u.s("u")
		}
	}
	u.s(ConstantRepr(c.Value))
}

func (u *unparser) comprehensions(gens []*Comprehension) {
	for _, g := range gens {
		if g.IsAsync {
			u.s(" async for ")
		} else {
			u.s(" for ")
		}
		u.expr(g.Target, prTuple)
		u.s(" in ")
		u.expr(g.Iter, prTest+1)
		for _, c := range g.Ifs {
			u.s(" if ")
			u.expr(c, prTest+1)
		}
	}
}

// args writes a lambda's parameters (after "lambda" and its space).
func (u *unparser) args(a *Arguments) {
	first := true
	sep := func() {
		if !first {
			u.s(", ")
		}
		first = false
	}
	positional := append(append([]*Arg{}, a.PosOnlyArgs...), a.Args...)
	firstDefault := len(positional) - len(a.Defaults)
	for i, arg := range positional {
		sep()
		u.s(arg.Arg)
		if i >= firstDefault {
			u.s("=")
			u.expr(a.Defaults[i-firstDefault], prTest)
		}
		if i == len(a.PosOnlyArgs)-1 {
			u.s(", /")
		}
	}
	if a.Vararg != nil || len(a.KwOnlyArgs) > 0 {
		sep()
		u.s("*")
		if a.Vararg != nil {
			u.s(a.Vararg.Arg)
		}
	}
	for i, arg := range a.KwOnlyArgs {
		sep()
		u.s(arg.Arg)
		if d := a.KwDefaults[i]; d != nil {
			u.s("=")
			u.expr(d, prTest)
		}
	}
	if a.Kwarg != nil {
		sep()
		u.s("**" + a.Kwarg.Arg)
	}
}

// fstring writes an f-string: its text rebuilt, then written as a str
// literal with an f prefix.
func (u *unparser) fstring(values []Expr) {
	var body strings.Builder
	fstringBody(&body, values)
	u.s("f" + ConstantRepr(body.String()))
}

func fstringBody(b *strings.Builder, values []Expr) {
	for _, v := range values {
		switch v := v.(type) {
		case *Constant:
			if s, ok := v.Value.(string); ok {
				s = strings.ReplaceAll(s, "{", "{{")
				b.WriteString(strings.ReplaceAll(s, "}", "}}"))
			}
		case *FormattedValue:
			var inner unparser
			inner.expr(v.Value, prTest+1)
			text := inner.b.String()
			b.WriteString("{")
			if strings.HasPrefix(text, "{") {
				b.WriteString(" ") // "{{" would be an escaped brace
			}
			b.WriteString(text)
			switch v.Conversion {
			case 's', 'r', 'a':
				b.WriteString("!" + string(rune(v.Conversion)))
			}
			if v.FormatSpec != nil {
				b.WriteString(":")
				if spec, ok := v.FormatSpec.(*JoinedStr); ok {
					fstringBody(b, spec.Values)
				}
			}
			b.WriteString("}")
		case *JoinedStr:
			fstringBody(b, v.Values)
		}
	}
}
