//go:build race

package main

// raceEnabled reports a -race build. There, tests that run the test
// binary as ftpy hundreds of times skip, and TestScripts and TestCLI run
// only the scripts that start threads (raceSubset).
const raceEnabled = true
