// This file holds the decoders the goroutine of an LZMADecompressor runs:
// .xz streams, .lzma (FORMAT_ALONE) files, raw filter chains, and the
// detection of FORMAT_AUTO. Each reads exactly the bytes of one stream.

package lzma

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"io"

	"github.com/ulikunitz/xz/lzma"
)

// memUsage estimates liblzma's memory use for a dictionary size.
func memUsage(dictSize uint32) uint64 { return uint64(dictSize) + 32<<10 }

// decodeAuto tells .xz from .lzma by the first byte, as liblzma does.
func decodeAuto(memlimit uint64) func(s *stream) error {
	return func(s *stream) error {
		b, err := s.ReadByte()
		if err != nil {
			return err
		}
		s.local = append([]byte{b}, s.local...)
		if b == xzMagic[0] {
			return decodeXZ(s, memlimit)
		}
		if err := decodeAlone(s, memlimit); err != nil {
			return err
		}
		return nil
	}
}

// decodeAlone decodes a .lzma file: a 13-byte header (properties,
// dictionary size, uncompressed size or all ones), then LZMA1 data.
func decodeAlone(s *stream, memlimit uint64) error {
	// liblzma checks each field as it arrives, so that junk fails early.
	var h [aloneHeaderLen]byte
	if err := s.readFull(h[:1]); err != nil {
		return err
	}
	if _, msg := decodeProps(filterLZMA1, []byte{h[0], 0, 0, 0, 0}); msg != "" {
		return codingError(errFormat)
	}
	if err := s.readFull(h[1:5]); err != nil {
		return err
	}
	f, _ := decodeProps(filterLZMA1, h[:5])
	// liblzma takes only dictionary sizes 2^n or 2^n+2^(n-1), or all ones.
	d := f.dictSize
	if d != 1<<32-1 {
		d--
		d |= d >> 2
		d |= d >> 3
		d |= d >> 4
		d |= d >> 8
		d |= d >> 16
		d++
		if d != f.dictSize {
			return codingError(errFormat)
		}
	}
	if err := s.readFull(h[5:]); err != nil {
		return err
	}
	size := binary.LittleEndian.Uint64(h[5:])
	if size != 1<<64-1 && size >= 1<<38 {
		return codingError(errFormat)
	}
	s.setCheck(checkNone)
	if memUsage(f.dictSize) > memlimit {
		return codingError(errMemLimit)
	}
	return runLZMA1(s, h[:], f)
}

// runLZMA1 decodes LZMA1 data after the .lzma header hdr.
func runLZMA1(s *stream, hdr []byte, f filter) error {
	// The decoder stops after the header's size, or at the end marker.
	dictCap := int(min(max(f.dictSize, minDictSize), 1<<30))
	r, err := lzma.ReaderConfig{DictCap: dictCap}.NewReader(io.MultiReader(bytes.NewReader(hdr), s))
	if err != nil {
		return dataError(err)
	}
	return copyOut(s, r, nil)
}

// dataError turns a decoder failure into the error liblzma reports.
func dataError(err error) error {
	switch err {
	case errClosed:
		return err
	case io.EOF, io.ErrUnexpectedEOF:
		// Our reader never ends; the decoder saw the end of a block it
		// was told the size of.
	}
	if _, ok := err.(codingError); ok {
		return err
	}
	return codingError(errData)
}

// copyOut reads r to its end, passing what it decodes through the
// decode side of the post filters (last to first) and the check hash h,
// then to the caller; it returns the uncompressed size.
func copyOut(s *stream, r io.Reader, post []*deltaCoder, hs ...interface{ Write([]byte) (int, error) }) error {
	_, err := copyOutN(s, r, post, hs...)
	return err
}

func copyOutN(s *stream, r io.Reader, post []*deltaCoder, hs ...interface{ Write([]byte) (int, error) }) (uint64, error) {
	buf := make([]byte, 32<<10)
	var total uint64
	for {
		n, err := r.Read(buf)
		if n > 0 {
			p := buf[:n]
			for i := len(post) - 1; i >= 0; i-- {
				post[i].decode(p)
			}
			for _, h := range hs {
				if h != nil {
					h.Write(p)
				}
			}
			total += uint64(n)
			if err := s.emit(p); err != nil {
				return total, err
			}
		}
		if err == io.EOF {
			return total, nil
		}
		if err != nil {
			return total, dataError(err)
		}
	}
}

// decodeRaw decodes a raw filter chain (validated by the caller).
func decodeRaw(chain []filter) func(s *stream) error {
	return func(s *stream) error {
		last := chain[len(chain)-1]
		post := deltaCoders(chain[:len(chain)-1])
		if last.id == filterLZMA1 {
			// A raw LZMA1 stream is a .lzma file without its header and
			// with an end marker; give the decoder such a header.
			hdr := make([]byte, aloneHeaderLen)
			p, _ := encodeProps(last)
			copy(hdr, p)
			binary.LittleEndian.PutUint64(hdr[5:], 1<<64-1)
			dictCap := int(min(max(last.dictSize, minDictSize), 1<<30))
			r, err := lzma.ReaderConfig{DictCap: dictCap}.NewReader(io.MultiReader(bytes.NewReader(hdr), s))
			if err != nil {
				return dataError(err)
			}
			return copyOut(s, r, post)
		}
		r, err := newLZMA2Reader(s, last.dictSize)
		if err != nil {
			return err
		}
		return copyOut(s, r, post)
	}
}

func newLZMA2Reader(r io.Reader, dictSize uint32) (io.Reader, error) {
	dictCap := int(min(max(dictSize, minDictSize), 1<<30))
	lr, err := lzma.Reader2Config{DictCap: dictCap}.NewReader2(r)
	if err != nil {
		return nil, dataError(err)
	}
	return lr, nil
}

func last(chain []filter) filter { return chain[len(chain)-1] }

// counter counts the bytes read through it and keeps them in a CRC.
type counter struct {
	r   io.Reader
	n   uint64
	crc uint32
}

func (c *counter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += uint64(n)
	c.crc = crc32.Update(c.crc, crc32.IEEETable, p[:n])
	return n, err
}

func (c *counter) ReadByte() (byte, error) {
	var b [1]byte
	if _, err := io.ReadFull(c, b[:]); err != nil {
		return 0, err
	}
	return b[0], nil
}

// readVarint reads a multibyte integer, or fails with errData.
func readVarint(r io.ByteReader) (uint64, error) {
	var v uint64
	for i := 0; i < 9; i++ {
		b, err := r.ReadByte()
		if err != nil {
			return 0, err
		}
		v |= uint64(b&0x7F) << (7 * i)
		if b&0x80 == 0 {
			if b == 0 && i > 0 {
				return 0, codingError(errData)
			}
			return v, nil
		}
	}
	return 0, codingError(errData)
}

// decodeXZ decodes one .xz stream: header, blocks, index, footer.
func decodeXZ(s *stream, memlimit uint64) error {
	var h [streamHeaderLen]byte
	if err := s.readFull(h[:]); err != nil {
		return err
	}
	if !bytes.Equal(h[:6], xzMagic) {
		return codingError(errFormat)
	}
	if crc32.ChecksumIEEE(h[6:8]) != binary.LittleEndian.Uint32(h[8:]) {
		return codingError(errData)
	}
	if h[6] != 0 || h[7]&0xF0 != 0 {
		return codingError(errOptions)
	}
	check := int(h[7])
	s.setCheck(check)
	var records []record
	for {
		b, err := s.ReadByte()
		if err != nil {
			return err
		}
		if b == 0 {
			break
		}
		rec, err := decodeBlock(s, b, check, memlimit)
		if err != nil {
			return err
		}
		records = append(records, rec)
	}
	return decodeIndexAndFooter(s, records, check)
}

// decodeBlock decodes a block whose header starts with sizeByte.
func decodeBlock(s *stream, sizeByte byte, check int, memlimit uint64) (record, error) {
	hdr := make([]byte, (int(sizeByte)+1)*4)
	hdr[0] = sizeByte
	if err := s.readFull(hdr[1:]); err != nil {
		return record{}, err
	}
	body := hdr[:len(hdr)-4]
	if crc32.ChecksumIEEE(body) != binary.LittleEndian.Uint32(hdr[len(hdr)-4:]) {
		return record{}, codingError(errData)
	}
	flags := body[1]
	if flags&0x3C != 0 {
		return record{}, codingError(errOptions)
	}
	hr := bytes.NewReader(body[2:])
	compSize, uncompSize := int64(-1), int64(-1)
	if flags&0x40 != 0 {
		v, err := readVarint(hr)
		if err != nil {
			return record{}, codingError(errData)
		}
		compSize = int64(v)
	}
	if flags&0x80 != 0 {
		v, err := readVarint(hr)
		if err != nil {
			return record{}, codingError(errData)
		}
		uncompSize = int64(v)
	}
	chain := make([]filter, int(flags&3)+1)
	for i := range chain {
		id, err := readVarint(hr)
		if err != nil {
			return record{}, codingError(errData)
		}
		n, err := readVarint(hr)
		if err != nil || n > uint64(hr.Len()) {
			return record{}, codingError(errData)
		}
		p := make([]byte, n)
		hr.Read(p)
		f, msg := decodeProps(id, p)
		if msg != "" {
			return record{}, codingError(msg)
		}
		chain[i] = f
	}
	for hr.Len() > 0 {
		if b, _ := hr.ReadByte(); b != 0 {
			return record{}, codingError(errOptions)
		}
	}
	if msg := checkChain(chain, true); msg != "" || last(chain).id == filterLZMA1 {
		return record{}, codingError(errOptions)
	}
	for _, f := range chain {
		if isBCJ(f.id) {
			return record{}, codingError("ftpy's _lzma does not implement the BCJ (branch/call/jump) filters")
		}
	}
	if memUsage(last(chain).dictSize) > memlimit {
		return record{}, codingError(errMemLimit)
	}
	c := &counter{r: s}
	r, err := newLZMA2Reader(c, last(chain).dictSize)
	if err != nil {
		return record{}, err
	}
	hash := newCheck(check)
	n, err := copyOutN(s, r, deltaCoders(chain[:len(chain)-1]), hash)
	if err != nil {
		return record{}, err
	}
	if compSize >= 0 && uint64(compSize) != c.n || uncompSize >= 0 && uint64(uncompSize) != n {
		return record{}, codingError(errData)
	}
	var pad [3]byte
	padLen := int((4 - c.n%4) % 4)
	if err := s.readFull(pad[:padLen]); err != nil {
		return record{}, err
	}
	if pad != [3]byte{} {
		return record{}, codingError(errData)
	}
	sum := make([]byte, checkSize(check))
	if err := s.readFull(sum); err != nil {
		return record{}, err
	}
	if hash != nil && !bytes.Equal(hash.Sum(nil), sum) {
		return record{}, codingError(errData)
	}
	return record{unpadded: uint64(len(hdr)) + c.n + uint64(len(sum)), uncompressed: n}, nil
}

// decodeIndexAndFooter reads the index (its indicator byte already read)
// and the footer, checking them against the blocks decoded.
func decodeIndexAndFooter(s *stream, records []record, check int) error {
	c := &counter{r: s, n: 1, crc: crc32.ChecksumIEEE([]byte{0})}
	count, err := readVarint(c)
	if err != nil {
		return err
	}
	if count != uint64(len(records)) {
		return codingError(errData)
	}
	for _, want := range records {
		unpadded, err := readVarint(c)
		if err != nil {
			return err
		}
		uncompressed, err := readVarint(c)
		if err != nil {
			return err
		}
		if unpadded != want.unpadded || uncompressed != want.uncompressed {
			return codingError(errData)
		}
	}
	for c.n%4 != 0 {
		b, err := c.ReadByte()
		if err != nil {
			return err
		}
		if b != 0 {
			return codingError(errData)
		}
	}
	indexSize, crc := c.n+4, c.crc
	var sum [4]byte
	if err := s.readFull(sum[:]); err != nil {
		return err
	}
	if binary.LittleEndian.Uint32(sum[:]) != crc {
		return codingError(errData)
	}
	var f [footerLen]byte
	if err := s.readFull(f[:]); err != nil {
		return err
	}
	if !bytes.Equal(f[10:], footerMagic) || crc32.ChecksumIEEE(f[4:10]) != binary.LittleEndian.Uint32(f[:4]) {
		return codingError(errData)
	}
	if f[8] != 0 || int(f[9]) != check || uint64(binary.LittleEndian.Uint32(f[4:8])+1)*4 != indexSize {
		return codingError(errData)
	}
	return nil
}
