// This file connects compile() with the _ast module (lib/ast), which
// imports vm and so cannot be imported by it.

package vm

import "github.com/ftpy/ftpy/object"

// ASTHooks are set by the _ast module: compile() calls them for the
// PyCF_ONLY_AST flag and for node trees given as source.
var ASTHooks struct {
	// Parse returns the _ast tree of src for a compile() mode.
	Parse func(st *State, src, filename, mode string) (*object.Object, error)
	// IsNode reports whether o is an _ast node.
	IsNode func(o *object.Object) bool
	// Unparse returns source for a node tree, and whether the tree is
	// an expression (compiled in eval mode).
	Unparse func(st *State, tree *object.Object) (src string, isExpr bool, err error)
}

// pyCFOnlyAST is compile()'s flag asking for the tree (ast.PyCF_ONLY_AST).
const pyCFOnlyAST = 0x400

// SyntaxError converts a parse or compile error into Python's exception.
func (st *State) SyntaxError(err error) error { return st.syntaxError(err) }
