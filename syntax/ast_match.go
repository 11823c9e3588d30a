// This file defines the syntax tree of the match statement (PEP 634):
// the statement, its cases and the patterns, named as CPython 3.11's ast
// module names them.

package syntax

// Pattern is a pattern node of a case clause.
type Pattern interface {
	Node
	patternNode()
}

type (
	// Match is "match Subject:" with its cases.
	Match struct {
		Pos
		Subject Expr
		Cases   []*MatchCase
	}

	// MatchCase is "case Pattern if Guard: Body".
	MatchCase struct {
		Pos     // CPython's match_case has no position; this is the case line's
		Pattern Pattern
		Guard   Expr // nil if absent
		Body    []Stmt
	}

	// MatchValue matches a value equal to Value (a literal, a negated or
	// complex literal, or a dotted name).
	MatchValue struct {
		Pos
		Value Expr
	}

	// MatchSingleton matches None, True or False by identity; Value is
	// NoneType{} or a bool.
	MatchSingleton struct {
		Pos
		Value any
	}

	// MatchSequence is "[P1, P2, *rest]" or "(P1, P2)" (at most one
	// MatchStar among Patterns).
	MatchSequence struct {
		Pos
		Patterns []Pattern
	}

	// MatchMapping is "{K1: P1, **Rest}"; Rest is "" when absent.
	MatchMapping struct {
		Pos
		Keys     []Expr
		Patterns []Pattern
		Rest     string
	}

	// MatchClass is "Cls(P1, name=P2)".
	MatchClass struct {
		Pos
		Cls         Expr
		Patterns    []Pattern
		KwdAttrs    []string
		KwdPatterns []Pattern
	}

	// MatchStar is "*Name" in a sequence pattern; Name is "" for "*_".
	MatchStar struct {
		Pos
		Name string
	}

	// MatchAs is "Pattern as Name", a capture (Pattern nil) or the
	// wildcard "_" (both empty).
	MatchAs struct {
		Pos
		Pattern Pattern // nil for a bare capture or the wildcard
		Name    string  // "" for the wildcard
	}

	// MatchOr is "P1 | P2 | ...".
	MatchOr struct {
		Pos
		Patterns []Pattern
	}
)

func (*Match) node()          {}
func (*MatchCase) node()      {}
func (*MatchValue) node()     {}
func (*MatchSingleton) node() {}
func (*MatchSequence) node()  {}
func (*MatchMapping) node()   {}
func (*MatchClass) node()     {}
func (*MatchStar) node()      {}
func (*MatchAs) node()        {}
func (*MatchOr) node()        {}

func (*Match) stmtNode() {}

func (*MatchValue) patternNode()     {}
func (*MatchSingleton) patternNode() {}
func (*MatchSequence) patternNode()  {}
func (*MatchMapping) patternNode()   {}
func (*MatchClass) patternNode()     {}
func (*MatchStar) patternNode()      {}
func (*MatchAs) patternNode()        {}
func (*MatchOr) patternNode()        {}
