// This file checks code given to _sre.compile before the engine runs
// it: every operand and skip must stay inside its block, group numbers
// inside the pattern's groups, and the code must end with SUCCESS, so
// that the engine never reads outside the code whatever it is given.
// Code the re package compiles always passes.

package sre

import "math"

// validator walks code, collecting where its sets start.
type validator struct {
	code   []uint32
	groups int
	sets   []int
}

// validCode returns the program for code, or nil if code is invalid.
func validCode(code []uint32, groups int) *program {
	v := &validator{code: code, groups: groups}
	if !v.valid() {
		return nil
	}
	return newProgram(code, v.sets)
}

func (v *validator) valid() bool {
	code := v.code
	n := len(code)
	// The final SUCCESS must be the top level's own, not the end of
	// a block that ends the code.
	if n == 0 || n > math.MaxInt32 || code[n-1] != opSUCCESS {
		return false
	}
	return v.block(0, n-1)
}

// block checks the ops in code[pc:end].
func (v *validator) block(pc, end int) bool {
	code, groups := v.code, v.groups
	// arg reports whether the n words after the opcode are in the block.
	arg := func(n int) bool { return pc+n <= end }
	for pc < end {
		op := code[pc]
		pc++
		switch op {
		case opSUCCESS, opFAILURE, opANY, opANY_ALL:
		case opMARK:
			// CPython accepts one group past the last (2*groups+1).
			if !arg(1) || int64(code[pc]) > 2*int64(groups)+1 {
				return false
			}
			pc++
		case opLITERAL, opNOT_LITERAL, opLITERAL_IGNORE, opNOT_LITERAL_IGNORE,
			opLITERAL_UNI_IGNORE, opNOT_LITERAL_UNI_IGNORE, opLITERAL_LOC_IGNORE, opNOT_LITERAL_LOC_IGNORE:
			if !arg(1) {
				return false
			}
			pc++
		case opAT:
			if !arg(1) || code[pc] > atUNI_NON_BOUNDARY {
				return false
			}
			pc++
		case opCATEGORY:
			if !arg(1) || code[pc] > catUNI_NOT_LINEBREAK {
				return false
			}
			pc++
		case opIN, opIN_IGNORE, opIN_UNI_IGNORE, opIN_LOC_IGNORE:
			if !arg(1) {
				return false
			}
			skip := int(code[pc])
			if skip < 2 || pc+skip > end || !v.set(pc+1, pc+skip) {
				return false
			}
			pc += skip
		case opINFO:
			if !arg(4) {
				return false
			}
			skip := int(code[pc])
			if skip < 4 || pc+skip > end || !v.info(pc, pc+skip) {
				return false
			}
			pc += skip
		case opJUMP:
			if !arg(1) || code[pc] == 0 || pc+int(code[pc]) > end {
				return false
			}
			pc++
		case opBRANCH:
			for {
				if !arg(1) {
					return false
				}
				skip := int(code[pc])
				if skip == 0 {
					pc++
					break
				}
				// Each alternative ends with a JUMP past the list.
				alt := pc + skip
				if skip < 3 || alt > end || code[alt-2] != opJUMP ||
					!v.block(pc+1, alt-2) || code[alt-1] == 0 || alt-1+int(code[alt-1]) > end {
					return false
				}
				pc = alt
			}
		case opREPEAT_ONE, opMIN_REPEAT_ONE, opPOSSESSIVE_REPEAT_ONE:
			if !arg(3) {
				return false
			}
			skip := int(code[pc])
			if skip < 5 || pc+skip > end || code[pc+1] > code[pc+2] ||
				code[pc+skip-1] != opSUCCESS || !v.unit(pc+3, pc+skip-1) {
				return false
			}
			pc += skip
		case opREPEAT, opPOSSESSIVE_REPEAT:
			if !arg(3) {
				return false
			}
			skip := int(code[pc])
			if skip < 3 || pc+skip >= end || code[pc+1] > code[pc+2] || !v.block(pc+3, pc+skip) {
				return false
			}
			closing := code[pc+skip]
			if op == opREPEAT && closing != opMAX_UNTIL && closing != opMIN_UNTIL ||
				op == opPOSSESSIVE_REPEAT && closing != opSUCCESS {
				return false
			}
			pc += skip + 1
		case opGROUPREF, opGROUPREF_IGNORE, opGROUPREF_UNI_IGNORE, opGROUPREF_LOC_IGNORE:
			if !arg(1) || int64(code[pc]) >= int64(groups) {
				return false
			}
			pc++
		case opGROUPREF_EXISTS:
			// <GROUPREF_EXISTS> <group> <skip> codeyes [<JUMP> <skip> codeno]
			if !arg(2) || int64(code[pc]) >= int64(groups) {
				return false
			}
			skip := int(code[pc+1])
			target := pc + skip
			if skip < 2 || target > end {
				return false
			}
			if skip >= 4 && code[target-2] == opJUMP {
				j := int(code[target-1])
				if j == 0 || target-1+j > end || !v.block(pc+2, target-2) ||
					!v.block(target, target-1+j) {
					return false
				}
				pc = target - 1 + j
			} else {
				if !v.block(pc+2, target) {
					return false
				}
				pc = target
			}
		case opASSERT, opASSERT_NOT:
			if !arg(2) {
				return false
			}
			skip := int(code[pc])
			if skip < 3 || pc+skip > end || code[pc+skip-1] != opSUCCESS || !v.block(pc+2, pc+skip-1) {
				return false
			}
			pc += skip
		case opATOMIC_GROUP:
			if !arg(1) {
				return false
			}
			skip := int(code[pc])
			if skip < 2 || pc+skip > end || code[pc+skip-1] != opSUCCESS || !v.block(pc+1, pc+skip-1) {
				return false
			}
			pc += skip
		default:
			return false
		}
	}
	return pc == end
}

// unit checks a single-character item, the body of REPEAT_ONE.
func (v *validator) unit(pc, end int) bool {
	code := v.code
	switch code[pc] {
	case opANY, opANY_ALL, opIN, opIN_IGNORE, opIN_UNI_IGNORE, opIN_LOC_IGNORE,
		opLITERAL, opNOT_LITERAL, opLITERAL_IGNORE, opNOT_LITERAL_IGNORE,
		opLITERAL_UNI_IGNORE, opNOT_LITERAL_UNI_IGNORE, opLITERAL_LOC_IGNORE, opNOT_LITERAL_LOC_IGNORE, opCATEGORY:
		return v.block(pc, end)
	}
	return false
}

// info checks an INFO block: code[pc] is its skip, end its end.
func (v *validator) info(pc, end int) bool {
	code := v.code
	flags := code[pc+1]
	body := pc + 4
	switch {
	case flags&infoPREFIX != 0:
		if flags&infoCHARSET != 0 || body+2 > end {
			return false
		}
		n, skip := int(code[body]), int(code[body+1])
		if n < 1 || skip > n || body+2+2*n > end {
			return false
		}
		for i := 0; i < n; i++ {
			if int(code[body+2+n+i]) > i {
				return false
			}
		}
		return body+2+2*n == end
	case flags&infoCHARSET != 0:
		return v.set(body, end)
	}
	return flags&infoLITERAL == 0 && body == end
}

// set checks a set's items in code[pc:end], ending with FAILURE.
func (v *validator) set(pc, end int) bool {
	code := v.code
	v.sets = append(v.sets, pc)
	for pc < end {
		op := code[pc]
		pc++
		switch op {
		case opFAILURE:
			return pc == end
		case opNEGATE:
		case opLITERAL:
			pc++
		case opCATEGORY:
			if pc >= end || code[pc] > catUNI_NOT_LINEBREAK {
				return false
			}
			pc++
		case opRANGE, opRANGE_UNI_IGNORE:
			pc += 2
		case opCHARSET:
			pc += 8
		case opBIGCHARSET:
			if pc >= end {
				return false
			}
			count := int(code[pc])
			pc++
			if pc+64 > end {
				return false
			}
			for i := 0; i < 256; i++ {
				if int(code[pc+i/4]>>((i%4)*8)&0xff) >= count {
					return false
				}
			}
			pc += 64 + count*8
		default:
			return false
		}
	}
	return false
}
