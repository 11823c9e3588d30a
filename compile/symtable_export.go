// This file exposes the symbol table of a program as CPython's _symtable
// module shows it: a tree of blocks, each with its names and their flag
// words (CPython's DEF_* bits and, above SCOPE_OFF, the resolved scope).

package compile

import (
	"strings"

	"github.com/ftpy/ftpy/syntax"
)

// CPython's symbol flags and scope numbers (symtable.h), which _symtable
// exports under these names.
const (
	DefGlobal    = 1
	DefLocal     = 2
	DefParam     = 4
	DefNonlocal  = 8
	DefUse       = 16
	DefFree      = 32
	DefFreeClass = 64
	DefImport    = 128
	DefAnnot     = 256
	DefCompIter  = 512
	DefBound     = DefLocal | DefParam | DefImport

	ScopeOff  = 11
	ScopeMask = 15

	ScopeLocal          = 1
	ScopeGlobalExplicit = 2
	ScopeGlobalImplicit = 3
	ScopeFree           = 4
	ScopeCell           = 5

	// Block types (TYPE_FUNCTION, TYPE_CLASS, TYPE_MODULE).
	BlockFunction = 0
	BlockClass    = 1
	BlockModule   = 2
)

// SymbolTable is one block of a program's symbol table.
type SymbolTable struct {
	// Name is "top" for the module, the function's or class's name,
	// "lambda", or "listcomp", "setcomp", "dictcomp", "genexpr".
	Name   string
	Type   int // BlockFunction, BlockClass or BlockModule
	Lineno int // the block's first line; 0 for the module
	Nested bool
	// Names are the block's names in the order first seen, Flags their
	// flag words.
	Names []string
	Flags []int
	// Varnames are a function's parameters, in order.
	Varnames []string
	Children []*SymbolTable
}

// Symtable builds the symbol table of a parsed program.
func Symtable(filename string, mod *syntax.Module) (*SymbolTable, error) {
	st, err := buildSymtable(filename, mod)
	if err != nil {
		return nil, err
	}
	return exportScope(st.top), nil
}

func exportScope(s *scope) *SymbolTable {
	out := &SymbolTable{Name: strings.TrimSuffix(strings.TrimPrefix(s.name, "<"), ">"), Nested: s.nested,
		Varnames: append([]string{}, s.params...)}
	switch s.kind {
	case moduleScope:
		out.Name, out.Type = "top", BlockModule
	case classScope:
		out.Type = BlockClass
	default:
		out.Type = BlockFunction
	}
	if s.kind != moduleScope && s.node != nil {
		out.Lineno = s.node.Span().Line
	}
	passThrough := map[string]bool{}
	for _, n := range s.passThrough {
		passThrough[n] = true
	}
	for _, name := range s.order {
		f := s.syms[name]
		flags := 0
		if f&(symGlobal|symGlobalInner) != 0 {
			flags |= DefGlobal
		}
		// A parameter or an import is bound without DEF_LOCAL (the
		// table does not tell whether the name is also assigned).
		if f&symAssigned != 0 && f&(symParam|symImport) == 0 {
			flags |= DefLocal
		}
		if f&symParam != 0 {
			flags |= DefParam
		}
		if f&symNonlocal != 0 {
			flags |= DefNonlocal
		}
		if f&symUsed != 0 {
			flags |= DefUse
		}
		if f&symImport != 0 {
			flags |= DefImport
		}
		if f&symAnnot != 0 {
			flags |= DefAnnot
		}
		if f&symCompIter != 0 {
			flags |= DefCompIter
		}
		if passThrough[name] {
			flags |= DefFreeClass
		}
		var sc int
		switch s.kinds[name] {
		case kindLocal:
			sc = ScopeLocal
		case kindGlobalExplicit:
			sc = ScopeGlobalExplicit
		case kindGlobalImplicit:
			sc = ScopeGlobalImplicit
		case kindFree:
			sc = ScopeFree
		case kindCell:
			sc = ScopeCell
		}
		if f&symGlobalInner != 0 && s.kind == moduleScope {
			sc = ScopeGlobalExplicit
		}
		out.Names = append(out.Names, name)
		out.Flags = append(out.Flags, flags|sc<<ScopeOff)
	}
	for _, c := range s.children {
		out.Children = append(out.Children, exportScope(c))
	}
	return out
}
