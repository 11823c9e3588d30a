// Package vm implements ftpy's eval loop and the objects it needs: frames
// whose value stacks and fast locals hold stack refs, functions, cells,
// classes and instances, modules, and the calling convention that binds
// arguments to parameters.
//
// An Interp is one interpreter (its builtins, its modules); a State is
// the per-thread part of it, kept in object.Thread.VM.
package vm
