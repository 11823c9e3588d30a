//go:build !race

package object

// raceEnabled reports a race-detector build; see relaxedStoreTid.
const raceEnabled = false
