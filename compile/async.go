// This file compiles what PEP 492 and PEP 525 add: await, async for,
// async comprehensions and the yields of async generators (async with is
// withStmt's). An await is yield from over the awaitable that
// GET_AWAITABLE makes, so coroutines run on the generator machinery.

package compile

import "github.com/ftpy/ftpy/syntax"

// awaitTop awaits the value on top of the stack, replacing it with the
// result. where is GET_AWAITABLE's argument (1 and 2: the value came from
// __aenter__ or __aexit__).
func (u *unit) awaitTop(where int) {
	u.emit(GET_AWAITABLE, where)
	u.emit(LOAD_CONST, u.constValue(syntax.NoneType{}))
	u.yieldFromLoop()
}

// yieldFromLoop emits the delegation loop of yield from and await: with
// the iterator and the value to send on the stack, it leaves the
// delegate's return value.
func (u *unit) yieldFromLoop() {
	top, end := u.newLabel(), u.newLabel()
	u.place(top)
	u.emitJump(SEND, end)
	u.emit(YIELD_VALUE, 0)
	u.emitJump(JUMP_BACKWARD, top)
	u.place(end)
	u.emit(SWAP, 2)
	u.emit(POP_TOP, 0)
}

// yieldValue yields the value on top of the stack. An async generator
// wraps it first, so that its asend() tells its own values from those an
// await inside it passes up to the event loop.
func (u *unit) yieldValue() {
	if u.code.Flags&FlagAsyncGenerator != 0 {
		u.emit(ASYNC_GEN_WRAP, 0)
	}
	u.emit(YIELD_VALUE, 0)
}

// asyncNext awaits the next item of the async iterator on top of the
// stack, leaving iterator and item; StopAsyncIteration goes to exit,
// where END_ASYNC_FOR must follow (with the iterator and the exception on
// the stack, it drops both).
func (u *unit) asyncNext(exit label) {
	outer := u.handler
	u.protect(exit)
	u.emit(GET_ANEXT, 0)
	u.emit(LOAD_CONST, u.constValue(syntax.NoneType{}))
	u.yieldFromLoop()
	u.handler = outer
}

// asyncForStmt compiles async for: like for, with the awaited
// __anext__() for FOR_ITER and StopAsyncIteration for exhaustion.
func (u *unit) asyncForStmt(s *syntax.For) {
	top, exit, end := u.newLabel(), u.newLabel(), u.newLabel()
	u.expr(s.Iter)
	u.setPos(s)
	u.emit(GET_AITER, 0)
	u.place(top)
	u.setPos(s)
	u.asyncNext(exit)
	u.assignTo(s.Target)
	u.pushBlock(fblock{kind: fbFor, continueTo: top, breakTo: end})
	u.stmts(s.Body)
	u.popBlock()
	u.setPos(s)
	u.emitJump(JUMP_BACKWARD, top)
	u.place(exit)
	u.setPos(s)
	u.emit(END_ASYNC_FOR, 0)
	u.stmts(s.Orelse)
	u.place(end)
}
