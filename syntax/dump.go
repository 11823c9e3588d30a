// This file defines Dump, which prints a syntax tree the way CPython 3.11's
// ast.dump(node) does, so that test expectations can be produced by CPython.

package syntax

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Dump returns the tree n in the format of Python's ast.dump(n): class
// names with keyword fields in declaration order, optional fields left out
// when absent, and constants in repr form.
func Dump(n Node) string {
	var d dumper
	d.node(n)
	return d.b.String()
}

type dumper struct{ b strings.Builder }

// field is one named field; absent optional fields have omit set.
type field struct {
	name  string
	value any
	omit  bool
}

func fld(name string, v any) field { return field{name: name, value: v} }

// opt is an optional (expr?) field, omitted when nil.
func opt(name string, e Expr) field { return field{name: name, value: e, omit: e == nil} }

func (d *dumper) class(name string, fields ...field) {
	d.b.WriteString(name)
	d.b.WriteByte('(')
	first := true
	for _, fl := range fields {
		if fl.omit {
			continue
		}
		if !first {
			d.b.WriteString(", ")
		}
		first = false
		d.b.WriteString(fl.name)
		d.b.WriteByte('=')
		d.value(fl.value)
	}
	d.b.WriteByte(')')
}

func (d *dumper) value(v any) {
	switch v := v.(type) {
	case Node:
		d.node(v)
	case []Stmt:
		list(d, v)
	case []Expr:
		list(d, v)
	case []*Keyword:
		list(d, v)
	case []*Alias:
		list(d, v)
	case []*WithItem:
		list(d, v)
	case []*ExceptHandler:
		list(d, v)
	case []*Comprehension:
		list(d, v)
	case []*Arg:
		list(d, v)
	case []*MatchCase:
		list(d, v)
	case []Pattern:
		list(d, v)
	case []CmpOp:
		d.b.WriteByte('[')
		for i, op := range v {
			if i > 0 {
				d.b.WriteString(", ")
			}
			d.b.WriteString(op.String() + "()")
		}
		d.b.WriteByte(']')
	case []string:
		d.b.WriteByte('[')
		for i, s := range v {
			if i > 0 {
				d.b.WriteString(", ")
			}
			d.b.WriteString(reprString(s))
		}
		d.b.WriteByte(']')
	case fmt.Stringer: // operators and contexts
		d.b.WriteString(v.String() + "()")
	case string:
		d.b.WriteString(reprString(v))
	case int:
		d.b.WriteString(strconv.Itoa(v))
	case rawRepr:
		d.b.WriteString(string(v))
	default:
		panic(fmt.Sprintf("syntax.Dump: unexpected field type %T", v))
	}
}

// rawRepr is already-formatted field text.
type rawRepr string

func list[T Node](d *dumper, xs []T) {
	d.b.WriteByte('[')
	for i, x := range xs {
		if i > 0 {
			d.b.WriteString(", ")
		}
		if any(x) == nil {
			d.b.WriteString("None")
			continue
		}
		d.node(x)
	}
	d.b.WriteByte(']')
}

func boolInt(b bool) rawRepr {
	if b {
		return "1"
	}
	return "0"
}

func optString(name, s string) field { return field{name: name, value: s, omit: s == ""} }

func (d *dumper) node(n Node) { describe(d, n) }

// classWriter receives a node's ast class name and fields.
type classWriter interface {
	class(name string, fields ...field)
}

// fieldCollector keeps what describe gives it (Fields).
type fieldCollector struct {
	name   string
	fields []field
}

func (c *fieldCollector) class(name string, fields ...field) { c.name, c.fields = name, fields }

// Fields returns the ast class name of n and its fields in the order of
// CPython's _fields, leaving out absent optional ones. Values are Go
// values: nodes, node slices, strings, operators and contexts
// (fmt.Stringer), []CmpOp and []string; a Constant's or a
// MatchSingleton's value, simple and is_async are RawRepr text.
func Fields(n Node) (name string, names []string, values []any) {
	var c fieldCollector
	describe(&c, n)
	for _, f := range c.fields {
		if !f.omit {
			names = append(names, f.name)
			values = append(values, f.value)
		}
	}
	return c.name, names, values
}

// RawRepr is a field value given as Python source text (Fields).
type RawRepr = rawRepr

// describe gives w the ast class name and fields of n.
func describe(d classWriter, n Node) {
	switch n := n.(type) {
	case *Module:
		d.class("Module", fld("body", n.Body), fld("type_ignores", rawRepr("[]")))
	case *FunctionDef:
		d.class(asyncName("FunctionDef", n.IsAsync), fld("name", n.Name), fld("args", n.Args), fld("body", n.Body),
			fld("decorator_list", n.DecoratorList), opt("returns", n.Returns))
	case *ClassDef:
		d.class("ClassDef", fld("name", n.Name), fld("bases", n.Bases), fld("keywords", n.Keywords),
			fld("body", n.Body), fld("decorator_list", n.DecoratorList))
	case *Return:
		d.class("Return", opt("value", n.Value))
	case *Delete:
		d.class("Delete", fld("targets", n.Targets))
	case *Assign:
		d.class("Assign", fld("targets", n.Targets), fld("value", n.Value))
	case *AugAssign:
		d.class("AugAssign", fld("target", n.Target), fld("op", n.Op), fld("value", n.Value))
	case *AnnAssign:
		d.class("AnnAssign", fld("target", n.Target), fld("annotation", n.Annotation),
			opt("value", n.Value), fld("simple", boolInt(n.Simple)))
	case *For:
		d.class(asyncName("For", n.IsAsync), fld("target", n.Target), fld("iter", n.Iter), fld("body", n.Body), fld("orelse", n.Orelse))
	case *While:
		d.class("While", fld("test", n.Test), fld("body", n.Body), fld("orelse", n.Orelse))
	case *If:
		d.class("If", fld("test", n.Test), fld("body", n.Body), fld("orelse", n.Orelse))
	case *With:
		d.class(asyncName("With", n.IsAsync), fld("items", n.Items), fld("body", n.Body))
	case *Raise:
		d.class("Raise", opt("exc", n.Exc), opt("cause", n.Cause))
	case *Try:
		name := "Try"
		if n.IsStar {
			name = "TryStar"
		}
		d.class(name, fld("body", n.Body), fld("handlers", n.Handlers), fld("orelse", n.Orelse),
			fld("finalbody", n.Finalbody))
	case *Assert:
		d.class("Assert", fld("test", n.Test), opt("msg", n.Msg))
	case *Import:
		d.class("Import", fld("names", n.Names))
	case *ImportFrom:
		d.class("ImportFrom", optString("module", n.Module), fld("names", n.Names), fld("level", n.Level))
	case *Global:
		d.class("Global", fld("names", n.Names))
	case *Nonlocal:
		d.class("Nonlocal", fld("names", n.Names))
	case *ExprStmt:
		d.class("Expr", fld("value", n.Value))
	case *Pass:
		d.class("Pass")
	case *Break:
		d.class("Break")
	case *Continue:
		d.class("Continue")
	case *BoolOp:
		d.class("BoolOp", fld("op", n.Op), fld("values", n.Values))
	case *NamedExpr:
		d.class("NamedExpr", fld("target", n.Target), fld("value", n.Value))
	case *BinOp:
		d.class("BinOp", fld("left", n.Left), fld("op", n.Op), fld("right", n.Right))
	case *UnaryOp:
		d.class("UnaryOp", fld("op", n.Op), fld("operand", n.Operand))
	case *Lambda:
		d.class("Lambda", fld("args", n.Args), fld("body", n.Body))
	case *IfExp:
		d.class("IfExp", fld("test", n.Test), fld("body", n.Body), fld("orelse", n.Orelse))
	case *Dict:
		d.class("Dict", fld("keys", n.Keys), fld("values", n.Values))
	case *Set:
		d.class("Set", fld("elts", n.Elts))
	case *ListComp:
		d.class("ListComp", fld("elt", n.Elt), fld("generators", n.Generators))
	case *SetComp:
		d.class("SetComp", fld("elt", n.Elt), fld("generators", n.Generators))
	case *DictComp:
		d.class("DictComp", fld("key", n.Key), fld("value", n.Value), fld("generators", n.Generators))
	case *GeneratorExp:
		d.class("GeneratorExp", fld("elt", n.Elt), fld("generators", n.Generators))
	case *Yield:
		d.class("Yield", opt("value", n.Value))
	case *YieldFrom:
		d.class("YieldFrom", fld("value", n.Value))
	case *Await:
		d.class("Await", fld("value", n.Value))
	case *Compare:
		d.class("Compare", fld("left", n.Left), fld("ops", n.Ops), fld("comparators", n.Comparators))
	case *Call:
		d.class("Call", fld("func", n.Func), fld("args", n.Args), fld("keywords", n.Keywords))
	case *FormattedValue:
		d.class("FormattedValue", fld("value", n.Value), fld("conversion", n.Conversion),
			opt("format_spec", n.FormatSpec))
	case *JoinedStr:
		d.class("JoinedStr", fld("values", n.Values))
	case *Constant:
		d.class("Constant", fld("value", rawRepr(ConstantRepr(n.Value))), optString("kind", n.Kind))
	case *Attribute:
		d.class("Attribute", fld("value", n.Value), fld("attr", n.Attr), fld("ctx", n.Ctx))
	case *Subscript:
		d.class("Subscript", fld("value", n.Value), fld("slice", n.Slice), fld("ctx", n.Ctx))
	case *Starred:
		d.class("Starred", fld("value", n.Value), fld("ctx", n.Ctx))
	case *Name:
		d.class("Name", fld("id", n.Id), fld("ctx", n.Ctx))
	case *List:
		d.class("List", fld("elts", n.Elts), fld("ctx", n.Ctx))
	case *Tuple:
		d.class("Tuple", fld("elts", n.Elts), fld("ctx", n.Ctx))
	case *Slice:
		d.class("Slice", opt("lower", n.Lower), opt("upper", n.Upper), opt("step", n.Step))
	case *Arguments:
		fields := []field{fld("posonlyargs", n.PosOnlyArgs), fld("args", n.Args)}
		if n.Vararg != nil {
			fields = append(fields, fld("vararg", n.Vararg))
		}
		fields = append(fields, fld("kwonlyargs", n.KwOnlyArgs), fld("kw_defaults", n.KwDefaults))
		if n.Kwarg != nil {
			fields = append(fields, fld("kwarg", n.Kwarg))
		}
		fields = append(fields, fld("defaults", n.Defaults))
		d.class("arguments", fields...)
	case *Arg:
		d.class("arg", fld("arg", n.Arg), opt("annotation", n.Annotation))
	case *Keyword:
		d.class("keyword", optString("arg", n.Arg), fld("value", n.Value))
	case *Alias:
		d.class("alias", fld("name", n.Name), optString("asname", n.Asname))
	case *WithItem:
		d.class("withitem", fld("context_expr", n.ContextExpr), opt("optional_vars", n.OptionalVars))
	case *ExceptHandler:
		d.class("ExceptHandler", opt("type", n.Type), optString("name", n.Name), fld("body", n.Body))
	case *Comprehension:
		d.class("comprehension", fld("target", n.Target), fld("iter", n.Iter), fld("ifs", n.Ifs),
			fld("is_async", boolInt(n.IsAsync)))
	case *Match:
		d.class("Match", fld("subject", n.Subject), fld("cases", n.Cases))
	case *MatchCase:
		d.class("match_case", fld("pattern", n.Pattern), opt("guard", n.Guard), fld("body", n.Body))
	case *MatchValue:
		d.class("MatchValue", fld("value", n.Value))
	case *MatchSingleton:
		d.class("MatchSingleton", fld("value", rawRepr(ConstantRepr(n.Value))))
	case *MatchSequence:
		d.class("MatchSequence", fld("patterns", n.Patterns))
	case *MatchMapping:
		d.class("MatchMapping", fld("keys", n.Keys), fld("patterns", n.Patterns), optString("rest", n.Rest))
	case *MatchClass:
		d.class("MatchClass", fld("cls", n.Cls), fld("patterns", n.Patterns), fld("kwd_attrs", n.KwdAttrs),
			fld("kwd_patterns", n.KwdPatterns))
	case *MatchStar:
		d.class("MatchStar", optString("name", n.Name))
	case *MatchAs:
		var pat field
		if n.Pattern != nil {
			pat = fld("pattern", n.Pattern)
		} else {
			pat = field{name: "pattern", omit: true}
		}
		d.class("MatchAs", pat, optString("name", n.Name))
	case *MatchOr:
		d.class("MatchOr", fld("patterns", n.Patterns))
	default:
		panic(fmt.Sprintf("syntax.Dump: unexpected node %T", n))
	}
}

// ConstantRepr returns Python's repr of a Constant value.
func ConstantRepr(v any) string {
	switch v := v.(type) {
	case NoneType:
		return "None"
	case EllipsisType:
		return "Ellipsis"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case int64:
		return strconv.FormatInt(v, 10)
	case *big.Int:
		return v.String()
	case float64:
		return reprFloat(v)
	case complex128:
		return reprImag(imag(v))
	case string:
		return reprString(v)
	case []byte:
		return reprBytes(v)
	}
	return fmt.Sprintf("<%T>", v)
}

// reprFloat formats f like Python's float.__repr__: the shortest
// round-tripping digits, in positional notation when the decimal exponent
// is in [-4, 16), else in scientific notation with a two-digit exponent.
func reprFloat(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	s := strconv.FormatFloat(f, 'e', -1, 64) // d.ddde±XX
	sign := ""
	if s[0] == '-' {
		sign, s = "-", s[1:]
	}
	mant, expStr, _ := strings.Cut(s, "e")
	exp, _ := strconv.Atoi(expStr)
	digits := strings.Replace(mant, ".", "", 1)
	if -4 <= exp && exp < 16 {
		var out string
		switch {
		case exp < 0:
			out = "0." + strings.Repeat("0", -exp-1) + digits
		case exp+1 >= len(digits):
			out = digits + strings.Repeat("0", exp+1-len(digits)) + ".0"
		default:
			out = digits[:exp+1] + "." + digits[exp+1:]
		}
		return sign + out
	}
	out := digits[:1]
	if len(digits) > 1 {
		out += "." + digits[1:]
	}
	esign := "+"
	if exp < 0 {
		esign, exp = "-", -exp
	}
	return fmt.Sprintf("%s%se%s%02d", sign, out, esign, exp)
}

// reprImag formats a pure imaginary number like Python's complex repr.
func reprImag(f float64) string {
	s := reprFloat(f)
	s = strings.TrimSuffix(s, ".0")
	return s + "j"
}

// reprString formats s like Python's str.__repr__.
func reprString(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			// A lone surrogate kept in WTF-8 form, or a stray byte.
			if i+2 < len(s) && s[i] == 0xED && s[i+1] >= 0xA0 {
				v := rune(s[i]&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
				fmt.Fprintf(&b, "\\u%04x", v)
				i += 3
				continue
			}
			fmt.Fprintf(&b, "\\x%02x", s[i])
			i++
			continue
		}
		i += size
		switch {
		case r == rune(quote) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString("\\n")
		case r == '\r':
			b.WriteString("\\r")
		case r == '\t':
			b.WriteString("\\t")
		case r < ' ' || r == 0x7f:
			fmt.Fprintf(&b, "\\x%02x", r)
		case r < utf8.RuneSelf || isPrintable(r):
			b.WriteRune(r)
		case r <= 0xff:
			fmt.Fprintf(&b, "\\x%02x", r)
		case r <= 0xffff:
			fmt.Fprintf(&b, "\\u%04x", r)
		default:
			fmt.Fprintf(&b, "\\U%08x", r)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// isPrintable approximates Python's str.isprintable for one code point.
func isPrintable(r rune) bool {
	return unicode.IsPrint(r)
}

// reprBytes formats b like Python's bytes.__repr__.
func reprBytes(v []byte) string {
	quote := byte('\'')
	if strings.IndexByte(string(v), '\'') >= 0 && strings.IndexByte(string(v), '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.WriteString("b")
	b.WriteByte(quote)
	for _, c := range v {
		switch {
		case c == quote || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\n':
			b.WriteString("\\n")
		case c == '\r':
			b.WriteString("\\r")
		case c == '\t':
			b.WriteString("\\t")
		case c < ' ' || c >= 0x7f:
			fmt.Fprintf(&b, "\\x%02x", c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// asyncName is the ast class name of a statement that has an async form:
// "For" or "AsyncFor".
func asyncName(name string, isAsync bool) string {
	if isAsync {
		return "Async" + name
	}
	return name
}
