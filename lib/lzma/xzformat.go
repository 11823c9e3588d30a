// This file holds the pieces of the .xz container format (the xz file
// format specification 1.0.4) shared by the encoder and the decoder.

package lzma

import (
	"crypto/sha256"
	"encoding/binary"
	"hash"
	"hash/crc32"
	"hash/crc64"
)

var xzMagic = []byte{0xFD, '7', 'z', 'X', 'Z', 0x00}

var footerMagic = []byte{'Y', 'Z'}

const (
	streamHeaderLen = 12
	footerLen       = 12
	aloneHeaderLen  = 13
)

var crc64Table = crc64.MakeTable(crc64.ECMA)

// checkSize is the size of a check field by check ID, for the IDs
// liblzma cannot compute too (the decoder skips those).
func checkSize(id int) int {
	if id == 0 {
		return 0
	}
	return 4 << ((id - 1) / 3)
}

// littleEndianHash wraps a hash whose value the format stores little
// endian (CRC32 and CRC64) while Go's Sum writes it big endian.
type littleEndianHash struct{ hash.Hash }

func (h littleEndianHash) Sum(b []byte) []byte {
	s := h.Hash.Sum(nil)
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
	return append(b, s...)
}

// newCheck returns the hash of a supported check ID, nil for CHECK_NONE
// and for IDs this module cannot compute.
func newCheck(id int) hash.Hash {
	switch id {
	case checkCRC32:
		return littleEndianHash{crc32.NewIEEE()}
	case checkCRC64:
		return littleEndianHash{crc64.New(crc64Table)}
	case checkSHA256:
		return sha256.New()
	}
	return nil
}

// appendVarint appends a multibyte integer of the format: 7 bits a byte,
// least significant first, the high bit set on all but the last.
func appendVarint(b []byte, v uint64) []byte {
	for v >= 0x80 {
		b = append(b, byte(v)|0x80)
		v >>= 7
	}
	return append(b, byte(v))
}

// appendStreamHeader appends the 12-byte stream header for check.
func appendStreamHeader(b []byte, check int) []byte {
	b = append(b, xzMagic...)
	flags := []byte{0, byte(check)}
	b = append(b, flags...)
	return binary.LittleEndian.AppendUint32(b, crc32.ChecksumIEEE(flags))
}

// appendFooter appends the stream footer for an index of indexSize bytes.
func appendFooter(b []byte, check int, indexSize int) []byte {
	var f [10]byte
	binary.LittleEndian.PutUint32(f[4:], uint32(indexSize/4-1))
	f[9] = byte(check)
	binary.LittleEndian.PutUint32(f[:4], crc32.ChecksumIEEE(f[4:]))
	b = append(b, f[:]...)
	return append(b, footerMagic...)
}

// record is an index entry.
type record struct {
	unpadded, uncompressed uint64
}

// appendIndex appends the index of records.
func appendIndex(b []byte, records []record) []byte {
	start := len(b)
	b = append(b, 0)
	b = appendVarint(b, uint64(len(records)))
	for _, r := range records {
		b = appendVarint(b, r.unpadded)
		b = appendVarint(b, r.uncompressed)
	}
	for (len(b)-start)%4 != 0 {
		b = append(b, 0)
	}
	return binary.LittleEndian.AppendUint32(b, crc32.ChecksumIEEE(b[start:]))
}

// appendBlockHeader appends a block header (without sizes) for chain.
func appendBlockHeader(b []byte, chain []filter) []byte {
	h := []byte{0, byte(len(chain) - 1)}
	for _, f := range chain {
		p, _ := encodeProps(f)
		h = appendVarint(h, f.id)
		h = appendVarint(h, uint64(len(p)))
		h = append(h, p...)
	}
	for (len(h)+4)%4 != 0 {
		h = append(h, 0)
	}
	h[0] = byte((len(h)+4)/4 - 1)
	h = binary.LittleEndian.AppendUint32(h, crc32.ChecksumIEEE(h))
	return append(b, h...)
}
