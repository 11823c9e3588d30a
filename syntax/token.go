// This file defines the token kinds produced by the scanner and the Token
// value that carries one token's kind and source extent.

package syntax

// Kind is the kind of a token.
type Kind uint8

// Token kinds. Keywords get kinds of their own so that the parser can switch
// on them; soft keywords (match, case, _) are ordinary names.
const (
	EOF Kind = iota
	ERRORTOKEN
	NEWLINE
	INDENT
	DEDENT
	NAME
	NUMBER
	STRING

	// Operators and delimiters.
	LPAR             // (
	RPAR             // )
	LSQB             // [
	RSQB             // ]
	LBRACE           // {
	RBRACE           // }
	COLON            // :
	COMMA            // ,
	SEMI             // ;
	PLUS             // +
	MINUS            // -
	STAR             // *
	SLASH            // /
	VBAR             // |
	AMPER            // &
	LESS             // <
	GREATER          // >
	EQUAL            // =
	DOT              // .
	PERCENT          // %
	EQEQUAL          // ==
	NOTEQUAL         // !=
	LESSEQUAL        // <=
	GREATEREQUAL     // >=
	TILDE            // ~
	CIRCUMFLEX       // ^
	LEFTSHIFT        // <<
	RIGHTSHIFT       // >>
	DOUBLESTAR       // **
	PLUSEQUAL        // +=
	MINEQUAL         // -=
	STAREQUAL        // *=
	SLASHEQUAL       // /=
	PERCENTEQUAL     // %=
	AMPEREQUAL       // &=
	VBAREQUAL        // |=
	CIRCUMFLEXEQUAL  // ^=
	LEFTSHIFTEQUAL   // <<=
	RIGHTSHIFTEQUAL  // >>=
	DOUBLESTAREQUAL  // **=
	DOUBLESLASH      // //
	DOUBLESLASHEQUAL // //=
	AT               // @
	ATEQUAL          // @=
	RARROW           // ->
	ELLIPSIS         // ...
	COLONEQUAL       // :=
	EXCLAMATION      // ! (only meaningful inside f-string replacement fields)

	// Keywords.
	FALSE
	NONE
	TRUE
	AND
	AS
	ASSERT
	ASYNC
	AWAIT
	BREAK
	CLASS
	CONTINUE
	DEF
	DEL
	ELIF
	ELSE
	EXCEPT
	FINALLY
	FOR
	FROM
	GLOBAL
	IF
	IMPORT
	IN
	IS
	LAMBDA
	NONLOCAL
	NOT
	OR
	PASS
	RAISE
	RETURN
	TRY
	WHILE
	WITH
	YIELD

	numKinds
)

var kindNames = [numKinds]string{
	EOF: "EOF", ERRORTOKEN: "ERRORTOKEN", NEWLINE: "NEWLINE", INDENT: "INDENT",
	DEDENT: "DEDENT", NAME: "NAME", NUMBER: "NUMBER", STRING: "STRING",
	LPAR: "(", RPAR: ")", LSQB: "[", RSQB: "]", LBRACE: "{", RBRACE: "}",
	COLON: ":", COMMA: ",", SEMI: ";", PLUS: "+", MINUS: "-", STAR: "*",
	SLASH: "/", VBAR: "|", AMPER: "&", LESS: "<", GREATER: ">", EQUAL: "=",
	DOT: ".", PERCENT: "%", EQEQUAL: "==", NOTEQUAL: "!=", LESSEQUAL: "<=",
	GREATEREQUAL: ">=", TILDE: "~", CIRCUMFLEX: "^", LEFTSHIFT: "<<",
	RIGHTSHIFT: ">>", DOUBLESTAR: "**", PLUSEQUAL: "+=", MINEQUAL: "-=",
	STAREQUAL: "*=", SLASHEQUAL: "/=", PERCENTEQUAL: "%=", AMPEREQUAL: "&=",
	VBAREQUAL: "|=", CIRCUMFLEXEQUAL: "^=", LEFTSHIFTEQUAL: "<<=",
	RIGHTSHIFTEQUAL: ">>=", DOUBLESTAREQUAL: "**=", DOUBLESLASH: "//",
	DOUBLESLASHEQUAL: "//=", AT: "@", ATEQUAL: "@=", RARROW: "->",
	ELLIPSIS: "...", COLONEQUAL: ":=", EXCLAMATION: "!",
	FALSE: "False", NONE: "None", TRUE: "True", AND: "and", AS: "as",
	ASSERT: "assert", ASYNC: "async", AWAIT: "await", BREAK: "break",
	CLASS: "class", CONTINUE: "continue", DEF: "def", DEL: "del", ELIF: "elif",
	ELSE: "else", EXCEPT: "except", FINALLY: "finally", FOR: "for",
	FROM: "from", GLOBAL: "global", IF: "if", IMPORT: "import", IN: "in",
	IS: "is", LAMBDA: "lambda", NONLOCAL: "nonlocal", NOT: "not", OR: "or",
	PASS: "pass", RAISE: "raise", RETURN: "return", TRY: "try",
	WHILE: "while", WITH: "with", YIELD: "yield",
}

// String returns the operator or keyword spelling of k, or its name for
// the other kinds.
func (k Kind) String() string {
	if k < numKinds {
		return kindNames[k]
	}
	return "Kind(?)"
}

// IsKeyword reports whether k is a (hard) keyword.
func (k Kind) IsKeyword() bool { return k >= FALSE && k <= YIELD }

// keywordKind returns the keyword kind spelled by name, or NAME.
// A switch keeps this free of package-level mutable maps.
func keywordKind(name string) Kind {
	if len(name) < 2 || len(name) > 8 {
		return NAME
	}
	for k := FALSE; k <= YIELD; k++ {
		if kindNames[k] == name {
			return k
		}
	}
	return NAME
}

// Token is one lexical token. Its text is src[Start:End] of the scanned
// source. Line and EndLine are 1-based; Col and EndCol are 0-based byte
// offsets within their lines.
type Token struct {
	Kind       Kind
	Start, End int // byte offsets in the source
	Line, Col  int
	EndLine    int
	EndCol     int
	Level      int // bracket nesting depth before this token
}
