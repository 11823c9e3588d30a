// Package selectmod (select is a Go keyword) implements select, CPython's Modules/selectmodule.c for
// Linux: select(), poll objects and epoll objects. Every wait runs
// detached and ends at once for Ctrl-C, a signal handler or an
// embedder's stop (wait_linux.go).
package selectmod
