// This file holds the opcode numbers of the code that Lib/re/_compiler.py
// emits (Lib/re/_constants.py, MAGIC 20220615), and the AT, CATEGORY and
// INFO constants the engine reads.

package sre

const (
	magic       = 20220615
	codeSize    = 4
	maxRepeat   = 1<<32 - 1 // SRE_MAXREPEAT: "no upper bound"
	maxGroups   = 1<<30 - 1 // SRE_MAXGROUPS on 64-bit builds
	maxCodeWord = 1<<32 - 1
)

// Opcodes, numbered as _constants.OPCODES.
const (
	opFAILURE = iota
	opSUCCESS
	opANY
	opANY_ALL
	opASSERT
	opASSERT_NOT
	opAT
	opBRANCH
	opCATEGORY
	opCHARSET
	opBIGCHARSET
	opGROUPREF
	opGROUPREF_EXISTS
	opIN
	opINFO
	opJUMP
	opLITERAL
	opMARK
	opMAX_UNTIL
	opMIN_UNTIL
	opNOT_LITERAL
	opNEGATE
	opRANGE
	opREPEAT
	opREPEAT_ONE
	opSUBPATTERN
	opMIN_REPEAT_ONE
	opATOMIC_GROUP
	opPOSSESSIVE_REPEAT
	opPOSSESSIVE_REPEAT_ONE
	opGROUPREF_IGNORE
	opIN_IGNORE
	opLITERAL_IGNORE
	opNOT_LITERAL_IGNORE
	opGROUPREF_LOC_IGNORE
	opIN_LOC_IGNORE
	opLITERAL_LOC_IGNORE
	opNOT_LITERAL_LOC_IGNORE
	opGROUPREF_UNI_IGNORE
	opIN_UNI_IGNORE
	opLITERAL_UNI_IGNORE
	opNOT_LITERAL_UNI_IGNORE
	opRANGE_UNI_IGNORE
	numOpcodes
)

// AT codes (positions).
const (
	atBEGINNING = iota
	atBEGINNING_LINE
	atBEGINNING_STRING
	atBOUNDARY
	atNON_BOUNDARY
	atEND
	atEND_LINE
	atEND_STRING
	atLOC_BOUNDARY
	atLOC_NON_BOUNDARY
	atUNI_BOUNDARY
	atUNI_NON_BOUNDARY
)

// CATEGORY codes.
const (
	catDIGIT = iota
	catNOT_DIGIT
	catSPACE
	catNOT_SPACE
	catWORD
	catNOT_WORD
	catLINEBREAK
	catNOT_LINEBREAK
	catLOC_WORD
	catLOC_NOT_WORD
	catUNI_DIGIT
	catUNI_NOT_DIGIT
	catUNI_SPACE
	catUNI_NOT_SPACE
	catUNI_WORD
	catUNI_NOT_WORD
	catUNI_LINEBREAK
	catUNI_NOT_LINEBREAK
)

// INFO block flags.
const (
	infoPREFIX  = 1
	infoLITERAL = 2
	infoCHARSET = 4
)

// Pattern flags (re.I and friends) the repr names.
const (
	flagTEMPLATE   = 1
	flagIGNORECASE = 2
	flagLOCALE     = 4
	flagMULTILINE  = 8
	flagDOTALL     = 16
	flagUNICODE    = 32
	flagVERBOSE    = 64
	flagDEBUG      = 128
	flagASCII      = 256
)
