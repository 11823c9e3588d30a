// Package signal implements _signal, CPython's Modules/signalmodule.c:
// Python handlers for OS signals, which the main thread runs at its next
// safe point (vm/signal.go), and the process's signal utilities (alarm,
// interval timers, raise_signal, strsignal, ...). The Lib's signal.py
// wraps it in enums.
package signal
