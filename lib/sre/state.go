// This file defines the matching state: the subject's characters, the
// group marks, and the two stacks the engine backtracks with (match
// contexts and saved marks), kept on the heap so that a long subject
// cannot exhaust Go's stack.

package sre

import "github.com/ftpy/ftpy/object"

// char is a subject's character type: bytes for bytes subjects and
// ASCII str, runes (code points) for other str.
type char interface{ ~uint8 | ~int32 }

// repeatCtx is the state of one REPEAT being matched: how many times
// its body matched so far and where the last iteration started (the
// zero-width guard). They form a chain through prev, innermost first.
type repeatCtx struct {
	count   int
	pc      int   // the REPEAT's skip word: pc+1 is min, pc+2 max, pc+3 the body
	lastPtr int   // -1: none
	prev    int32 // index in core.reps; -1: none
}

// matchCtx holds no pointers, so that pushing one is a plain copy, with
// no write barrier.
//
// matchCtx is one suspended step of the engine: where it resumes
// (jump), at which pattern and subject positions, and the values the
// step keeps across the sub-match it waits for.
type matchCtx struct {
	count     int
	ptr       int
	pc        int32
	lastmark  int32
	lastindex int32
	chr       uint32
	rep       int32 // index in core.reps; -1: none
	toplevel  bool
	jump      uint8
}

// Where a suspended context resumes once its sub-match returned.
const (
	jNone uint8 = iota
	jMaxUntil1
	jMaxUntil2
	jMaxUntil3
	jMinUntil1
	jMinUntil2
	jMinUntil3
	jRepeat
	jRepeatOne1
	jRepeatOne2
	jMinRepeatOne
	jBranch
	jAssert
	jAssertNot
	jPossRepeat1
	jPossRepeat2
	jAtomicGroup
)

// core is the part of the state that does not depend on the character
// type. start is where the current attempt began, ptr where it ended.
type core struct {
	code        []uint32
	prog        *program
	start, ptr  int
	end         int // endpos: the engine sees no character from here on
	pos, endpos int
	mark        []int // 2 per group; -1 unset
	lastmark    int   // highest valid index in mark
	lastindex   int
	repeat      int32       // innermost repeat being matched, index in reps; -1: none
	reps        []repeatCtx // repeat contexts, allocated and freed in stack order
	matchAll    bool
	mustAdvance bool
	data        []int          // saved marks and repeat positions
	ctxs        [][]matchCtx   // the context stack's chunks
	t           *object.Thread // polled for Ctrl-C and stop requests
	steps       uint32         // sub-matches started, to poll every 4096
}

// state is the matching state for subjects of character type C.
type state[C char] struct {
	core
	str []C // the whole subject; index 0 is the string's start
}

// reset prepares for a new attempt (state_reset).
func (c *core) reset() {
	c.lastmark = -1
	c.lastindex = -1
	c.repeat = -1
	c.reps = c.reps[:0]
	c.data = c.data[:0]
}

// ctxSize is a matchCtx's size in bytes, for the memory check.
const ctxSize = 40

// ctxChunk is the number of contexts in a full chunk of the stack; the
// first chunks are smaller, for the many matches that need few.
const ctxChunk = 1024

func chunkLen(i int) int {
	if i >= 3 {
		return ctxChunk
	}
	return 32 << (2 * i) // 32, 128, 512
}

// ctxChunk returns chunk i of the context stack, allocating it under the
// interpreter's memory limit the first time.
func (c *core) ctxChunk(i int) ([]matchCtx, error) {
	if i < len(c.ctxs) {
		return c.ctxs[i], nil
	}
	if i >= 16 {
		if err := c.t.CheckAllocItems(int64(i+1)*ctxChunk, ctxSize); err != nil {
			return nil, err
		}
	}
	chunk := make([]matchCtx, chunkLen(i))
	c.ctxs = append(c.ctxs, chunk)
	return chunk, nil
}

func (c *core) pushData(v int) error {
	if len(c.data) < cap(c.data) {
		c.data = append(c.data, v)
		return nil
	}
	return c.pushDataGrow(v)
}

func (c *core) pushDataGrow(v int) error {
	if len(c.data) >= 4096 {
		if err := c.t.CheckAllocItems(int64(2*cap(c.data)), 8); err != nil {
			return err
		}
	}
	c.data = append(c.data, v)
	return nil
}

func (c *core) popData() int {
	v := c.data[len(c.data)-1]
	c.data = c.data[:len(c.data)-1]
	return v
}

// markPush saves marks 0..lastmark (MARK_PUSH).
func (c *core) markPush(lastmark int) error {
	if lastmark < 0 {
		return nil
	}
	return c.markPushSlow(lastmark)
}

func (c *core) markPushSlow(lastmark int) error {
	n := lastmark + 1
	if len(c.data)+n > cap(c.data) && len(c.data) >= 4096 {
		if err := c.t.CheckAllocItems(int64(2*(len(c.data)+n)), 8); err != nil {
			return err
		}
	}
	c.data = append(c.data, c.mark[:n]...)
	return nil
}

// markPop restores the marks markPush saved and drops them.
func (c *core) markPop(lastmark int) {
	if lastmark >= 0 {
		n := lastmark + 1
		copy(c.mark[:n], c.data[len(c.data)-n:])
		c.data = c.data[:len(c.data)-n]
	}
}

// markPopKeep restores the saved marks and keeps them saved.
func (c *core) markPopKeep(lastmark int) {
	if lastmark >= 0 {
		n := lastmark + 1
		copy(c.mark[:n], c.data[len(c.data)-n:])
	}
}

// markPopDiscard drops the saved marks.
func (c *core) markPopDiscard(lastmark int) {
	if lastmark >= 0 {
		c.data = c.data[:len(c.data)-(lastmark+1)]
	}
}

// newRepeat starts a repeat context for the REPEAT whose skip word is at
// pc. Repeats end in the order they start, so the slice is their stack.
func (c *core) newRepeat(pc int) int32 {
	c.reps = append(c.reps, repeatCtx{count: -1, pc: pc, lastPtr: -1, prev: c.repeat})
	return int32(len(c.reps) - 1)
}

// freeRepeat ends the innermost repeat context.
func (c *core) freeRepeat(r int32) { c.reps = c.reps[:r] }

// engineError stands for CPython's SRE_ERROR_ILLEGAL and
// SRE_ERROR_STATE: code the validator let through but the engine cannot
// run. Both become RuntimeError.
type engineError struct{}

func (engineError) Error() string { return "internal error in regular expression engine" }
