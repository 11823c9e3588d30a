// Package syntax implements the front end of ftpy: a tokenizer and a
// recursive-descent parser for Python 3.11 source code, producing an
// abstract syntax tree whose node names and fields mirror CPython's ast
// module.
//
// The entry points are ParseFile (a module, as compile(src, name, "exec")
// sees it), ParseExpr (a single expression, as eval() sees it) and Dump,
// which prints a tree in the format of ast.dump.
//
// # Positions
//
// Every node carries a Pos with a 1-based start and end line and a 0-based
// start and end column. Columns count UTF-8 bytes from the start of the
// line, exactly like CPython's col_offset and end_col_offset, so that
// positions can be compared one for one with ast.parse. Error columns, in
// contrast, are 1-based and count code points, like SyntaxError.offset.
//
// # Errors
//
// Every failure is reported as an *Error whose Kind is "SyntaxError",
// "IndentationError" or "TabError" and whose message follows CPython 3.11's
// wording for the common mistakes. The parser never panics on bad input and
// bounds its recursion depth.
//
// # Not supported
//
// The match statement and type parameters are not supported; each
// gives a SyntaxError saying so. Identifiers are not NFKC-normalised.
// Syntax errors inside f-string replacement fields carry the "f-string: "
// prefix and their true source position, where CPython 3.11 shows the
// field re-wrapped in parentheses.
package syntax
