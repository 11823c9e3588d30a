// This file is a resumable inflater (RFC 1951, with the zlib container of
// RFC 1950 and the gzip one of RFC 1952). Go's compress/flate pulls its
// input from a reader and cannot stop for more and carry on, nor be
// copied; zlib's decompressobj needs both. Every step here (a header, a
// symbol, a block header) either completes on the input at hand or is
// undone to a checkpoint, and the bytes past the checkpoint wait for the
// next call. The state is plain data, so copy() is a struct copy.

package zlib

import (
	"encoding/binary"
	"hash/adler32"
	"hash/crc32"
	"math/bits"
)

// container is what wraps the deflate data.
type container uint8

const (
	raw container = iota
	zlibWrap
	gzipWrap
	autoWrap // zlib or gzip, told by the first byte
)

type phase uint8

const (
	phHeader phase = iota
	phBlock        // a block header is next
	phStored       // inside a stored block
	phCodes        // inside a Huffman block
	phTrailer
	phDone
)

// huffman is a canonical Huffman code as counts per length and symbols
// in code order (RFC 1951 3.2.2), decoded a bit at a time.
type huffman struct {
	count  [16]uint16
	symbol []uint16
	// fast maps the next fastBits bits of input (first bit lowest) to
	// symbol<<4 | code length, for the codes that short; 0 elsewhere.
	fast [1 << fastBits]uint16
}

const fastBits = 9

func (h *huffman) build(lengths []uint8) (left int) {
	h.count = [16]uint16{}
	for _, l := range lengths {
		h.count[l]++
	}
	if int(h.count[0]) == len(lengths) {
		h.symbol = h.symbol[:0]
		return 0
	}
	left = 1
	for l := 1; l < 16; l++ {
		left <<= 1
		left -= int(h.count[l])
		if left < 0 {
			return left // over-subscribed
		}
	}
	var offs [16]uint16
	for l := 1; l < 15; l++ {
		offs[l+1] = offs[l] + h.count[l]
	}
	if cap(h.symbol) < len(lengths) {
		h.symbol = make([]uint16, len(lengths))
	}
	h.symbol = h.symbol[:len(lengths)]
	for s, l := range lengths {
		if l != 0 {
			h.symbol[offs[l]] = uint16(s)
			offs[l]++
		}
	}
	h.buildFast()
	return left
}

// buildFast fills the table of short codes. Codes are canonical: those
// of one length are consecutive in symbol order, and the stream sends
// them first bit first, so the table is indexed by the reversed code.
func (h *huffman) buildFast() {
	h.fast = [1 << fastBits]uint16{}
	code, index := 0, 0
	for l := 1; l <= fastBits; l++ {
		for k := 0; k < int(h.count[l]); k++ {
			rev := int(bits.Reverse16(uint16(code)) >> (16 - l))
			entry := h.symbol[index]<<4 | uint16(l)
			for i := rev; i < len(h.fast); i += 1 << l {
				h.fast[i] = entry
			}
			code++
			index++
		}
		code <<= 1
	}
}

// inflater is the decompressor's state.
type inflater struct {
	wrap     container
	wbits    int
	phase    phase
	final    bool // the current block is the last
	err      string
	bitbuf   uint64
	nbits    uint
	in       []byte // the input of this step
	pos      int
	stored   int // bytes left in the stored block
	matchLen int // bytes left of a match cut short by max_length
	matchDst int // its distance
	lencode  huffman
	distcode huffman
	fixed    bool
	hist     []byte // the last 32 KiB of output (and the preset dictionary)
	out      []byte // this call's output
	total    int64  // bytes output since the start
	check    uint32 // adler32 or crc32 of the output
	checked  int    // bytes of out already in check
	zdict    []byte
	needDict bool
}

func newInflater(wrap container, wbits int, zdict []byte) *inflater {
	z := &inflater{wrap: wrap, wbits: wbits, zdict: zdict}
	if wrap == raw {
		z.phase = phBlock
		z.hist = append([]byte(nil), zdict...)
	}
	if wrap == zlibWrap {
		z.check = 1
	}
	return z
}

// clone copies the state (decompressobj.copy).
func (z *inflater) clone() *inflater {
	c := *z
	c.lencode.symbol = append([]uint16(nil), z.lencode.symbol...)
	c.distcode.symbol = append([]uint16(nil), z.distcode.symbol...)
	c.hist = append([]byte(nil), z.hist...)
	c.out = nil
	return &c
}

// need makes n bits available, or reports that the input ran out.
func (z *inflater) need(n uint) bool {
	for z.nbits < n {
		if z.pos >= len(z.in) {
			return false
		}
		z.bitbuf |= uint64(z.in[z.pos]) << z.nbits
		z.pos++
		z.nbits += 8
	}
	return true
}

// giveBack returns the whole bytes the bit buffer read ahead to the
// input, at a byte boundary (stored data, the end of the stream).
func (z *inflater) giveBack() {
	z.pos -= int(z.nbits / 8)
	z.bitbuf, z.nbits = 0, 0
}

func (z *inflater) bits(n uint) uint32 {
	v := uint32(z.bitbuf & (1<<n - 1))
	z.bitbuf >>= n
	z.nbits -= n
	return v
}

// bigEndian32 reads four bytes, most significant first (zlib's
// dictionary id and check value); 32 bits must be available.
func (z *inflater) bigEndian32() uint32 {
	var v uint32
	for i := 0; i < 4; i++ {
		v = v<<8 | z.bits(8)
	}
	return v
}

// decode reads one symbol; ok is false when the input ran out.
func (z *inflater) decode(h *huffman) (sym int, ok bool) {
	for z.nbits < fastBits && z.pos < len(z.in) {
		z.bitbuf |= uint64(z.in[z.pos]) << z.nbits
		z.pos++
		z.nbits += 8
	}
	if e := h.fast[z.bitbuf&(1<<fastBits-1)]; e != 0 && uint(e&15) <= z.nbits {
		z.bitbuf >>= e & 15
		z.nbits -= uint(e & 15)
		return int(e >> 4), true
	}
	code, first, index := 0, 0, 0
	for l := 1; l < 16; l++ {
		if !z.need(1) {
			return 0, false
		}
		code |= int(z.bits(1))
		count := int(h.count[l])
		if code-count < first {
			return int(h.symbol[index+(code-first)]), true
		}
		index += count
		first += count
		first <<= 1
		code <<= 1
	}
	return -1, true // a code the table lacks
}

// byteAt returns the output byte dist back from the end.
func (z *inflater) byteAt(dist int) byte {
	if dist <= len(z.out) {
		return z.out[len(z.out)-dist]
	}
	return z.hist[len(z.hist)-(dist-len(z.out))]
}

var (
	lengthBase  = [29]uint16{3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258}
	lengthExtra = [29]uint8{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0}
	distBase    = [30]uint16{1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577}
	distExtra   = [30]uint8{0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13}
	clOrder     = [19]uint8{16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15}
)

var fixedLen, fixedDist huffman

func init() {
	var l [288]uint8
	for i := range l {
		switch {
		case i < 144:
			l[i] = 8
		case i < 256:
			l[i] = 9
		case i < 280:
			l[i] = 7
		default:
			l[i] = 8
		}
	}
	fixedLen.build(l[:])
	var d [30]uint8
	for i := range d {
		d[i] = 5
	}
	fixedDist.build(d[:])
}

type checkpoint struct {
	pos    int
	bitbuf uint64
	nbits  uint
}

func (z *inflater) mark() checkpoint  { return checkpoint{z.pos, z.bitbuf, z.nbits} }
func (z *inflater) undo(c checkpoint) { z.pos, z.bitbuf, z.nbits = c.pos, c.bitbuf, c.nbits }

// run decodes z.in until it runs out, the stream ends, an error, or
// len(z.out) reaches limit (0: no limit). It returns how much of z.in it
// consumed for good.
func (z *inflater) run(limit int) int {
	for z.err == "" && z.phase != phDone {
		if limit > 0 && len(z.out) >= limit {
			break
		}
		c := z.mark()
		var ok bool
		switch z.phase {
		case phHeader:
			ok = z.header()
		case phBlock:
			ok = z.blockHeader()
		case phStored:
			ok = z.storedData(limit)
		case phCodes:
			ok = z.symbols(limit)
		case phTrailer:
			ok = z.trailer()
		}
		if !ok {
			z.undo(c)
			break
		}
	}
	return z.pos
}

func (z *inflater) header() bool {
	wrap := z.wrap
	if wrap == autoWrap {
		if z.pos >= len(z.in) {
			return false
		}
		wrap = zlibWrap
		if z.in[z.pos] == 0x1f {
			wrap = gzipWrap
		}
	}
	if wrap == gzipWrap {
		return z.gzipHeader()
	}
	if !z.need(16) {
		return false
	}
	cmf, flg := z.bits(8), z.bits(8)
	switch {
	case (cmf<<8|flg)%31 != 0:
		z.err = "incorrect header check"
	case cmf&15 != 8:
		z.err = "unknown compression method"
	case int(cmf>>4)+8 > z.wbits:
		z.err = "invalid window size"
	}
	if z.err != "" {
		return true
	}
	if flg&0x20 != 0 {
		if !z.need(32) {
			return false
		}
		id := z.bigEndian32()
		if z.zdict == nil {
			z.needDict = true
			z.err = "need dictionary"
			return true
		}
		if adler32.Checksum(z.zdict) != id {
			z.err = "invalid dictionary"
			return true
		}
		z.hist = append(z.hist[:0], z.zdict...)
	}
	z.wrap, z.check, z.phase = zlibWrap, 1, phBlock
	return true
}

// gzipHeader reads a gzip member's header (RFC 1952 2.3).
func (z *inflater) gzipHeader() bool {
	in := z.in[z.pos:]
	if z.nbits != 0 { // only at the start of a member, after a byte boundary
		z.err = "incorrect header check"
		return true
	}
	if len(in) < 10 {
		if len(in) >= 2 && (in[0] != 0x1f || in[1] != 0x8b) || len(in) == 1 && in[0] != 0x1f {
			z.err = "incorrect header check"
			return true
		}
		return false
	}
	switch {
	case in[0] != 0x1f || in[1] != 0x8b:
		z.err = "incorrect header check"
	case in[2] != 8:
		z.err = "unknown compression method"
	case in[3]&0xE0 != 0:
		z.err = "unknown header flags set"
	}
	if z.err != "" {
		return true
	}
	flags := in[3]
	i := 10
	if flags&4 != 0 { // FEXTRA
		if len(in) < i+2 {
			return false
		}
		i += 2 + int(binary.LittleEndian.Uint16(in[i:]))
	}
	for _, f := range []byte{8, 16} { // FNAME, FCOMMENT: zero-terminated
		if flags&f != 0 {
			for {
				if i >= len(in) {
					return false
				}
				i++
				if in[i-1] == 0 {
					break
				}
			}
		}
	}
	if flags&2 != 0 { // FHCRC
		i += 2
	}
	if i > len(in) {
		return false
	}
	z.pos += i
	z.wrap, z.check, z.phase = gzipWrap, 0, phBlock
	return true
}

func (z *inflater) blockHeader() bool {
	if !z.need(3) {
		return false
	}
	z.final = z.bits(1) == 1
	switch z.bits(2) {
	case 0:
		z.bits(z.nbits % 8)
		if !z.need(32) {
			return false
		}
		n, nn := z.bits(16), z.bits(16)
		if n != ^nn&0xFFFF {
			z.err = "invalid stored block lengths"
			return true
		}
		z.giveBack()
		z.stored, z.phase = int(n), phStored
	case 1:
		z.fixed, z.phase = true, phCodes
	case 2:
		if !z.dynamicHeader() {
			return false
		}
	default:
		z.err = "invalid block type"
	}
	return true
}

func (z *inflater) dynamicHeader() bool {
	if !z.need(14) {
		return false
	}
	nlen, ndist, ncode := int(z.bits(5))+257, int(z.bits(5))+1, int(z.bits(4))+4
	if nlen > 286 || ndist > 30 {
		z.err = "too many length or distance symbols"
		return true
	}
	var lengths [320]uint8
	for i := 0; i < ncode; i++ {
		if !z.need(3) {
			return false
		}
		lengths[clOrder[i]] = uint8(z.bits(3))
	}
	var lencode huffman
	if lencode.build(lengths[:19]) != 0 {
		z.err = "invalid code lengths set"
		return true
	}
	for i := range lengths[:19] {
		lengths[i] = 0
	}
	for i := 0; i < nlen+ndist; {
		sym, ok := z.decode(&lencode)
		if !ok {
			return false
		}
		if sym < 0 {
			z.err = "invalid code lengths set"
			return true
		}
		if sym < 16 {
			lengths[i] = uint8(sym)
			i++
			continue
		}
		var l uint8
		var rep int
		switch sym {
		case 16:
			if i == 0 {
				z.err = "invalid bit length repeat"
				return true
			}
			l = lengths[i-1]
			if !z.need(2) {
				return false
			}
			rep = 3 + int(z.bits(2))
		case 17:
			if !z.need(3) {
				return false
			}
			rep = 3 + int(z.bits(3))
		default:
			if !z.need(7) {
				return false
			}
			rep = 11 + int(z.bits(7))
		}
		if i+rep > nlen+ndist {
			z.err = "invalid bit length repeat"
			return true
		}
		for ; rep > 0; rep-- {
			lengths[i] = l
			i++
		}
	}
	if lengths[256] == 0 {
		z.err = "invalid code -- missing end-of-block"
		return true
	}
	if left := z.lencode.build(lengths[:nlen]); left < 0 || left > 0 && nlen-int(z.lencode.count[0]) != 1 {
		z.err = "invalid literal/lengths set"
		return true
	}
	if left := z.distcode.build(lengths[nlen : nlen+ndist]); left < 0 || left > 0 && ndist-int(z.distcode.count[0]) != 1 {
		z.err = "invalid distances set"
		return true
	}
	z.fixed, z.phase = false, phCodes
	return true
}

func (z *inflater) emit(b []byte) {
	z.out = append(z.out, b...)
}

func (z *inflater) storedData(limit int) bool {
	if z.stored == 0 {
		z.endBlock()
		return true
	}
	n := min(z.stored, len(z.in)-z.pos)
	if limit > 0 {
		n = min(n, limit-len(z.out))
	}
	if n == 0 {
		return false
	}
	z.emit(z.in[z.pos : z.pos+n])
	z.pos += n
	z.stored -= n
	if z.stored == 0 {
		z.endBlock()
	}
	return true
}

func (z *inflater) endBlock() {
	if z.final {
		z.bits(z.nbits % 8)
		z.giveBack()
		z.phase = phTrailer
		if z.wrap == raw {
			z.phase = phDone
		}
	} else {
		z.phase = phBlock
	}
}

// symbols decodes a symbol, then more while the input left cannot run
// out inside one (a symbol takes at most 48 bits), so that a step that
// must be undone is only ever one symbol.
func (z *inflater) symbols(limit int) bool {
	if !z.symbol(limit) {
		return false
	}
	for z.phase == phCodes && z.err == "" && z.matchLen == 0 && len(z.in)-z.pos >= 8 &&
		(limit == 0 || len(z.out)+258 <= limit) {
		z.symbol(limit)
	}
	return true
}

// symbol decodes one literal, match or end of block; a match the limit
// cuts short goes on at the next call.
func (z *inflater) symbol(limit int) bool {
	if z.matchLen > 0 {
		z.copyMatch(limit)
		return true
	}
	lencode, distcode := &z.lencode, &z.distcode
	if z.fixed {
		lencode, distcode = &fixedLen, &fixedDist
	}
	sym, ok := z.decode(lencode)
	if !ok {
		return false
	}
	switch {
	case sym < 0 || sym > 285:
		z.err = "invalid literal/length code"
		return true
	case sym < 256:
		z.out = append(z.out, byte(sym))
		return true
	case sym == 256:
		z.endBlock()
		return true
	}
	sym -= 257
	if !z.need(uint(lengthExtra[sym])) {
		return false
	}
	length := int(lengthBase[sym]) + int(z.bits(uint(lengthExtra[sym])))
	dsym, ok := z.decode(distcode)
	if !ok {
		return false
	}
	if dsym < 0 || dsym > 29 {
		z.err = "invalid distance code"
		return true
	}
	if !z.need(uint(distExtra[dsym])) {
		return false
	}
	dist := int(distBase[dsym]) + int(z.bits(uint(distExtra[dsym])))
	if dist > len(z.out)+len(z.hist) {
		z.err = "invalid distance too far back"
		return true
	}
	z.matchLen, z.matchDst = length, dist
	z.copyMatch(limit)
	return true
}

func (z *inflater) copyMatch(limit int) {
	n := z.matchLen
	if limit > 0 {
		n = min(n, limit-len(z.out))
	}
	z.matchLen -= n
	dist := z.matchDst
	if dist > len(z.out) {
		for ; n > 0 && dist > len(z.out); n-- {
			z.out = append(z.out, z.byteAt(dist))
		}
	}
	// From this call's output: a match longer than its distance repeats
	// the last dist bytes, so it is copied a period at a time.
	for start := len(z.out) - dist; n > 0; {
		k := min(n, dist)
		z.out = append(z.out, z.out[start:start+k]...)
		start += k
		n -= k
	}
}

// trailer checks the container's check value (and gzip's length).
func (z *inflater) trailer() bool {
	z.flushOut()
	if z.wrap == zlibWrap {
		if !z.need(32) {
			return false
		}
		if z.bigEndian32() != z.check {
			z.err = "incorrect data check"
		}
		z.phase = phDone
		return true
	}
	if !z.need(32) {
		return false
	}
	crc := z.bits(16) | z.bits(16)<<16
	if !z.need(32) {
		return false
	}
	size := z.bits(16) | z.bits(16)<<16
	switch {
	case crc != z.check:
		z.err = "incorrect data check"
	case size != uint32(z.total):
		z.err = "incorrect length check"
	}
	z.phase = phDone
	return true
}

// flushOut adds the output not yet counted to the check value.
func (z *inflater) flushOut() {
	if z.checked < len(z.out) {
		b := z.out[z.checked:]
		switch z.wrap {
		case zlibWrap:
			z.check = adler32Update(z.check, b)
		case gzipWrap:
			z.check = crc32.Update(z.check, crc32.IEEETable, b)
		}
		z.total += int64(len(b))
		z.checked = len(z.out)
	}
}

// adler32Update continues an Adler-32 checksum.
func adler32Update(adler uint32, b []byte) uint32 {
	const mod = 65521
	s1, s2 := adler&0xFFFF, adler>>16
	for len(b) > 0 {
		n := min(len(b), 5552)
		for _, x := range b[:n] {
			s1 += uint32(x)
			s2 += s1
		}
		s1 %= mod
		s2 %= mod
		b = b[n:]
	}
	return s2<<16 | s1
}

// feed decodes data after the bytes held back from the last call, up
// to limit bytes of output (0: no limit). It returns the output and the
// input it did not use: past the end of the stream, past the limit, or
// a step's worth that needs more input (the caller tells which).
func (z *inflater) feed(pending, data []byte, limit int) (out, rest []byte) {
	in := data
	if len(pending) > 0 {
		in = append(append([]byte(nil), pending...), data...)
	}
	// Deflate rarely shrinks data by more than a factor of four or so:
	// starting there spares most of the regrowing of the output.
	hint := min(4*len(in)+64, 64<<20)
	if limit > 0 {
		hint = min(hint, limit)
	}
	z.in, z.pos, z.out, z.checked = in, 0, make([]byte, 0, hint), 0
	n := z.run(limit)
	z.flushOut()
	// Keep the last 32 KiB of output for matches to come.
	const window = 32 << 10
	if len(z.out) >= window {
		z.hist = append(z.hist[:0], z.out[len(z.out)-window:]...)
	} else {
		z.hist = append(z.hist, z.out...)
		if len(z.hist) > 2*window {
			z.hist = append(z.hist[:0], z.hist[len(z.hist)-window:]...)
		}
	}
	out, rest, z.out, z.in = z.out, in[n:], nil, nil
	return out, rest
}
