// This file defines the abstract syntax tree. Node and field names follow
// CPython 3.11's ast module (Go-cased), so that documentation and ast.dump
// output carry over directly.

package syntax

// Pos is the source extent of a node. Lines are 1-based; columns are 0-based
// byte offsets in the UTF-8 source line, like CPython's col_offset and
// end_col_offset. EndCol is exclusive.
type Pos struct {
	Line, Col, EndLine, EndCol int
}

// Span returns p; embedding Pos gives every node this method.
func (p Pos) Span() Pos { return p }

// Node is implemented by every syntax tree node.
type Node interface {
	Span() Pos
	node()
}

// Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
}

// Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// Module is a parsed source file.
type Module struct {
	Body []Stmt
}

// Span of a Module is the zero Pos, as modules have no position in ast.
func (*Module) Span() Pos { return Pos{} }
func (*Module) node()     {}

// ExprContext says whether a Name, Attribute, Subscript, Starred, List or
// Tuple is read, assigned or deleted.
type ExprContext uint8

// Expression contexts.
const (
	Load ExprContext = iota
	Store
	Del
)

func (c ExprContext) String() string { return [...]string{"Load", "Store", "Del"}[c] }

// Operator is a binary operator, used by BinOp and AugAssign.
type Operator uint8

// Binary operators.
const (
	Add Operator = iota
	Sub
	Mult
	MatMult
	Div
	Mod
	Pow
	LShift
	RShift
	BitOr
	BitXor
	BitAnd
	FloorDiv
)

var operatorNames = [...]string{"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow",
	"LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"}
var operatorSymbols = [...]string{"+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"}

// String returns the ast class name, e.g. "Add".
func (o Operator) String() string { return operatorNames[o] }

// Symbol returns the Python spelling, e.g. "+".
func (o Operator) Symbol() string { return operatorSymbols[o] }

// BoolOpKind is "and" or "or".
type BoolOpKind uint8

// Boolean operators.
const (
	And BoolOpKind = iota
	Or
)

func (o BoolOpKind) String() string { return [...]string{"And", "Or"}[o] }

// UnaryOpKind is a unary operator.
type UnaryOpKind uint8

// Unary operators.
const (
	Invert UnaryOpKind = iota
	Not
	UAdd
	USub
)

func (o UnaryOpKind) String() string { return [...]string{"Invert", "Not", "UAdd", "USub"}[o] }

// CmpOp is a comparison operator.
type CmpOp uint8

// Comparison operators.
const (
	Eq CmpOp = iota
	NotEq
	Lt
	LtE
	Gt
	GtE
	Is
	IsNot
	In
	NotIn
)

func (o CmpOp) String() string {
	return [...]string{"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"}[o]
}

// Statements.
type (
	// FunctionDef is "def Name(Args) -> Returns: Body" with decorators;
	// with IsAsync, "async def" (ast.AsyncFunctionDef).
	FunctionDef struct {
		Pos
		Name          string
		Args          *Arguments
		Body          []Stmt
		DecoratorList []Expr
		Returns       Expr // nil if absent
		IsAsync       bool
	}

	// ClassDef is "class Name(Bases, Keywords): Body" with decorators.
	ClassDef struct {
		Pos
		Name          string
		Bases         []Expr
		Keywords      []*Keyword
		Body          []Stmt
		DecoratorList []Expr
	}

	// Return is "return Value"; Value is nil for a bare return.
	Return struct {
		Pos
		Value Expr
	}

	// Delete is "del Targets".
	Delete struct {
		Pos
		Targets []Expr
	}

	// Assign is "Targets[0] = Targets[1] = ... = Value".
	Assign struct {
		Pos
		Targets []Expr
		Value   Expr
	}

	// AugAssign is "Target Op= Value".
	AugAssign struct {
		Pos
		Target Expr
		Op     Operator
		Value  Expr
	}

	// AnnAssign is "Target: Annotation = Value". Simple is true when the
	// target is a bare (unparenthesised) name.
	AnnAssign struct {
		Pos
		Target     Expr
		Annotation Expr
		Value      Expr // nil if absent
		Simple     bool
	}

	// For is "for Target in Iter: Body else: Orelse"; with IsAsync,
	// "async for" (ast.AsyncFor).
	For struct {
		Pos
		Target  Expr
		Iter    Expr
		Body    []Stmt
		Orelse  []Stmt
		IsAsync bool
	}

	// While is "while Test: Body else: Orelse".
	While struct {
		Pos
		Test   Expr
		Body   []Stmt
		Orelse []Stmt
	}

	// If is "if Test: Body else: Orelse"; elif becomes a nested If in Orelse.
	If struct {
		Pos
		Test   Expr
		Body   []Stmt
		Orelse []Stmt
	}

	// With is "with Items: Body"; with IsAsync, "async with"
	// (ast.AsyncWith).
	With struct {
		Pos
		Items   []*WithItem
		Body    []Stmt
		IsAsync bool
	}

	// Raise is "raise Exc from Cause"; both may be nil.
	Raise struct {
		Pos
		Exc   Expr
		Cause Expr
	}

	// Try is try/except/else/finally; IsStar marks try/except*
	// (CPython's TryStar node), whose handlers all are except* clauses.
	Try struct {
		Pos
		Body      []Stmt
		Handlers  []*ExceptHandler
		Orelse    []Stmt
		Finalbody []Stmt
		IsStar    bool
	}

	// Assert is "assert Test, Msg"; Msg may be nil.
	Assert struct {
		Pos
		Test Expr
		Msg  Expr
	}

	// Import is "import Names".
	Import struct {
		Pos
		Names []*Alias
	}

	// ImportFrom is "from Level*'.' Module import Names"; Module is empty for
	// "from . import x".
	ImportFrom struct {
		Pos
		Module string
		Names  []*Alias
		Level  int
	}

	// Global is "global Names".
	Global struct {
		Pos
		Names []string
	}

	// Nonlocal is "nonlocal Names".
	Nonlocal struct {
		Pos
		Names []string
	}

	// ExprStmt is an expression statement (ast.Expr).
	ExprStmt struct {
		Pos
		Value Expr
	}

	// Pass is "pass".
	Pass struct{ Pos }

	// Break is "break".
	Break struct{ Pos }

	// Continue is "continue".
	Continue struct{ Pos }
)

// Expressions.
type (
	// BoolOp is "Values[0] Op Values[1] Op ..." (at least two values).
	BoolOp struct {
		Pos
		Op     BoolOpKind
		Values []Expr
	}

	// NamedExpr is "Target := Value".
	NamedExpr struct {
		Pos
		Target Expr // a *Name with Store context
		Value  Expr
	}

	// BinOp is "Left Op Right".
	BinOp struct {
		Pos
		Left  Expr
		Op    Operator
		Right Expr
	}

	// UnaryOp is "Op Operand".
	UnaryOp struct {
		Pos
		Op      UnaryOpKind
		Operand Expr
	}

	// Lambda is "lambda Args: Body".
	Lambda struct {
		Pos
		Args *Arguments
		Body Expr
	}

	// IfExp is "Body if Test else Orelse".
	IfExp struct {
		Pos
		Test   Expr
		Body   Expr
		Orelse Expr
	}

	// Dict is a dict display. A nil key marks "**Values[i]".
	Dict struct {
		Pos
		Keys   []Expr
		Values []Expr
	}

	// Set is a set display.
	Set struct {
		Pos
		Elts []Expr
	}

	// ListComp is "[Elt Generators]".
	ListComp struct {
		Pos
		Elt        Expr
		Generators []*Comprehension
	}

	// SetComp is "{Elt Generators}".
	SetComp struct {
		Pos
		Elt        Expr
		Generators []*Comprehension
	}

	// DictComp is "{Key: Value Generators}".
	DictComp struct {
		Pos
		Key        Expr
		Value      Expr
		Generators []*Comprehension
	}

	// GeneratorExp is "(Elt Generators)".
	GeneratorExp struct {
		Pos
		Elt        Expr
		Generators []*Comprehension
	}

	// Yield is "yield Value"; Value may be nil.
	Yield struct {
		Pos
		Value Expr
	}

	// YieldFrom is "yield from Value".
	YieldFrom struct {
		Pos
		Value Expr
	}

	// Await is "await Value".
	Await struct {
		Pos
		Value Expr
	}

	// Compare is "Left Ops[0] Comparators[0] Ops[1] Comparators[1] ...".
	Compare struct {
		Pos
		Left        Expr
		Ops         []CmpOp
		Comparators []Expr
	}

	// Call is "Func(Args, Keywords)". Args may contain *Starred; a keyword
	// with an empty Arg is "**Value".
	Call struct {
		Pos
		Func     Expr
		Args     []Expr
		Keywords []*Keyword
	}

	// FormattedValue is one "{Value!Conversion:FormatSpec}" field of an
	// f-string. Conversion is -1 (none), 's', 'r' or 'a'; FormatSpec is nil
	// or a *JoinedStr.
	FormattedValue struct {
		Pos
		Value      Expr
		Conversion int
		FormatSpec Expr
	}

	// JoinedStr is an f-string: string Constants and FormattedValues.
	JoinedStr struct {
		Pos
		Values []Expr
	}

	// Constant is a literal. Value is one of NoneType{}, bool,
	// EllipsisType{}, int64, *big.Int (integers that do not fit in int64),
	// float64, complex128 (imaginary literals, real part 0), string and
	// []byte. Kind is "u" for u-prefixed strings, else "".
	Constant struct {
		Pos
		Value any
		Kind  string
	}

	// Attribute is "Value.Attr".
	Attribute struct {
		Pos
		Value Expr
		Attr  string
		Ctx   ExprContext
	}

	// Subscript is "Value[Slice]"; Slice is a *Slice, a *Tuple or any
	// expression.
	Subscript struct {
		Pos
		Value Expr
		Slice Expr
		Ctx   ExprContext
	}

	// Starred is "*Value".
	Starred struct {
		Pos
		Value Expr
		Ctx   ExprContext
	}

	// Name is an identifier.
	Name struct {
		Pos
		Id  string
		Ctx ExprContext
	}

	// List is a list display or target.
	List struct {
		Pos
		Elts []Expr
		Ctx  ExprContext
	}

	// Tuple is a tuple display or target.
	Tuple struct {
		Pos
		Elts []Expr
		Ctx  ExprContext
	}

	// Slice is "Lower:Upper:Step" inside a subscript; parts may be nil.
	Slice struct {
		Pos
		Lower, Upper, Step Expr
	}
)

// NoneType is the type of the Constant value for None.
type NoneType struct{}

// EllipsisType is the type of the Constant value for "...".
type EllipsisType struct{}

// Helper nodes.
type (
	// Arguments is a parameter list. KwDefaults has one entry per
	// KwOnlyArgs entry, nil where there is no default; Defaults are the
	// defaults of the last len(Defaults) positional parameters
	// (PosOnlyArgs then Args). Arguments has no position (Span is zero).
	Arguments struct {
		Pos
		PosOnlyArgs []*Arg
		Args        []*Arg
		Vararg      *Arg // nil if absent
		KwOnlyArgs  []*Arg
		KwDefaults  []Expr
		Kwarg       *Arg // nil if absent
		Defaults    []Expr
	}

	// Arg is one parameter with an optional annotation.
	Arg struct {
		Pos
		Arg        string
		Annotation Expr
	}

	// Keyword is "Arg=Value" in a call or class definition; Arg is empty
	// for "**Value".
	Keyword struct {
		Pos
		Arg   string
		Value Expr
	}

	// Alias is "Name as Asname" in an import; Asname may be empty.
	Alias struct {
		Pos
		Name   string
		Asname string
	}

	// WithItem is "ContextExpr as OptionalVars". It has no position.
	WithItem struct {
		Pos
		ContextExpr  Expr
		OptionalVars Expr // nil if absent
	}

	// ExceptHandler is "except Type as Name: Body".
	ExceptHandler struct {
		Pos
		Type Expr   // nil for a bare except
		Name string // empty if absent
		Body []Stmt
	}

	// Comprehension is one "for Target in Iter if Ifs..." clause. It has
	// no position.
	Comprehension struct {
		Pos
		Target  Expr
		Iter    Expr
		Ifs     []Expr
		IsAsync bool
	}
)

func (*FunctionDef) node() {}
func (*ClassDef) node()    {}
func (*Return) node()      {}
func (*Delete) node()      {}
func (*Assign) node()      {}
func (*AugAssign) node()   {}
func (*AnnAssign) node()   {}
func (*For) node()         {}
func (*While) node()       {}
func (*If) node()          {}
func (*With) node()        {}
func (*Raise) node()       {}
func (*Try) node()         {}
func (*Assert) node()      {}
func (*Import) node()      {}
func (*ImportFrom) node()  {}
func (*Global) node()      {}
func (*Nonlocal) node()    {}
func (*ExprStmt) node()    {}
func (*Pass) node()        {}
func (*Break) node()       {}
func (*Continue) node()    {}

func (*FunctionDef) stmtNode() {}
func (*ClassDef) stmtNode()    {}
func (*Return) stmtNode()      {}
func (*Delete) stmtNode()      {}
func (*Assign) stmtNode()      {}
func (*AugAssign) stmtNode()   {}
func (*AnnAssign) stmtNode()   {}
func (*For) stmtNode()         {}
func (*While) stmtNode()       {}
func (*If) stmtNode()          {}
func (*With) stmtNode()        {}
func (*Raise) stmtNode()       {}
func (*Try) stmtNode()         {}
func (*Assert) stmtNode()      {}
func (*Import) stmtNode()      {}
func (*ImportFrom) stmtNode()  {}
func (*Global) stmtNode()      {}
func (*Nonlocal) stmtNode()    {}
func (*ExprStmt) stmtNode()    {}
func (*Pass) stmtNode()        {}
func (*Break) stmtNode()       {}
func (*Continue) stmtNode()    {}

func (*BoolOp) node()         {}
func (*NamedExpr) node()      {}
func (*BinOp) node()          {}
func (*UnaryOp) node()        {}
func (*Lambda) node()         {}
func (*IfExp) node()          {}
func (*Dict) node()           {}
func (*Set) node()            {}
func (*ListComp) node()       {}
func (*SetComp) node()        {}
func (*DictComp) node()       {}
func (*GeneratorExp) node()   {}
func (*Yield) node()          {}
func (*YieldFrom) node()      {}
func (*Await) node()          {}
func (*Compare) node()        {}
func (*Call) node()           {}
func (*FormattedValue) node() {}
func (*JoinedStr) node()      {}
func (*Constant) node()       {}
func (*Attribute) node()      {}
func (*Subscript) node()      {}
func (*Starred) node()        {}
func (*Name) node()           {}
func (*List) node()           {}
func (*Tuple) node()          {}
func (*Slice) node()          {}

func (*BoolOp) exprNode()         {}
func (*NamedExpr) exprNode()      {}
func (*BinOp) exprNode()          {}
func (*UnaryOp) exprNode()        {}
func (*Lambda) exprNode()         {}
func (*IfExp) exprNode()          {}
func (*Dict) exprNode()           {}
func (*Set) exprNode()            {}
func (*ListComp) exprNode()       {}
func (*SetComp) exprNode()        {}
func (*DictComp) exprNode()       {}
func (*GeneratorExp) exprNode()   {}
func (*Yield) exprNode()          {}
func (*YieldFrom) exprNode()      {}
func (*Await) exprNode()          {}
func (*Compare) exprNode()        {}
func (*Call) exprNode()           {}
func (*FormattedValue) exprNode() {}
func (*JoinedStr) exprNode()      {}
func (*Constant) exprNode()       {}
func (*Attribute) exprNode()      {}
func (*Subscript) exprNode()      {}
func (*Starred) exprNode()        {}
func (*Name) exprNode()           {}
func (*List) exprNode()           {}
func (*Tuple) exprNode()          {}
func (*Slice) exprNode()          {}

func (*Arguments) node()     {}
func (*Arg) node()           {}
func (*Keyword) node()       {}
func (*Alias) node()         {}
func (*WithItem) node()      {}
func (*ExceptHandler) node() {}
func (*Comprehension) node() {}
