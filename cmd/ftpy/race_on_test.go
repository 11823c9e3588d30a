//go:build race

package main

// raceEnabled reports a -race build: tests that run the test binary as
// ftpy hundreds of times skip there.
const raceEnabled = true
