// Package posixsubprocess implements _posixsubprocess, CPython's
// Modules/_posixsubprocess.c: fork_exec, with which the Lib's
// subprocess.py starts a child. Go cannot fork and go on running Go code
// in the child, so the child is started with syscall.ForkExec, which
// sets it up (descriptors, directory, session, credentials) and execs in
// one step; a Python preexec_fn cannot run there.
package posixsubprocess
