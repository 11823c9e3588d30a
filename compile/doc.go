// Package compile turns a syntax tree into code objects: it resolves
// every name to its scope (symtable.go), emits bytecode with CPython's
// opcode names (opcodes.go, stmt.go, expr.go), and assembles jumps, the
// exception table and the line table (assemble.go). Dis prints the
// result. Coroutines, async generators and the async statements compile
// onto the generator machinery (async.go).
//
// Code objects and their constants are immortal: like CPython's
// free-threaded build, which interns code constants, ftpy never frees
// them, and loading one never touches a reference count.
package compile
