// Package socket implements _socket, CPython's Modules/socketmodule.c for
// Linux: the socket type that socket.py subclasses, the name and address
// functions (getaddrinfo, gethostbyname, inet_pton, ...), and the
// constants. Every wait (a blocking call, or one with a timeout) polls
// detached, so that Ctrl-C, a signal handler or an embedder's stop ends
// it, and a close from another thread ends it too (wait.go).
package socket
