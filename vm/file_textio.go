// This file is the text layer of text files (io.TextIOWrapper's work):
// bytes are read in chunks and decoded by the file's codec (an
// incremental decoder, so a sequence cut by a chunk's end is completed by
// the next), newlines are translated as newline= asks, and writes are
// translated and encoded. It runs under the stream's lock, on Go values
// only; codec errors come out as codecs errors for raise to turn into
// Python exceptions.

package vm

import (
	"bytes"
	"io"
	"os"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/ftpy/ftpy/lib/codecs"
)

// textChunk is how many bytes a text file decodes at a time (CPython's
// TextIOWrapper._CHUNK_SIZE): decode errors' positions count from the
// start of a chunk, as in CPython.
const textChunk = 8192

// Newline kinds seen, for the newlines attribute (CPython's bits).
const (
	seenLF   = 1
	seenCR   = 2
	seenCRLF = 4
)

// textIO is a text file's codec and newline state, guarded by the
// stream's lock.
type textIO struct {
	codec    *codecs.Codec
	encoding string // the encoding attribute: the name as given
	errors   string
	newline  string // "" (any, untranslated), "\n", "\r" or "\r\n"; see universal
	// universal: newline=None or '': lines end at \r, \n or \r\n.
	// translate: newline=None: those read as \n.
	universal, translate bool
	writeNL              string // what '\n' becomes on write; "" for itself

	dec *codecs.Decoder
	enc *codecs.Encoder

	// The decoded text not yet returned is buf[pos:]. It was decoded
	// from raw, which began at file offset rawStart with the decoder in
	// state decStart; tell decodes raw again to find where pos lies.
	buf       []byte
	pos       int
	raw       []byte
	rawStart  int64
	decStart  codecs.Decoder
	crStart   bool
	pendingCR bool // a '\r' ended the last chunk: held until the next shows whether '\n' follows
	// identity: the buffer holds the raw bytes as they are (UTF-8 that
	// needed no change), and raw is unused.
	identity bool
	cursor   tellCursor
	seen     int
	eof      bool // the last fill reached the end of the file
}

// tellCursor is where tell's decoding of the current chunk stopped: the
// decoder state after raw[:next], which made produced bytes of text.
type tellCursor struct {
	valid     bool
	dec       codecs.Decoder
	pendingCR bool
	produced  int
	next      int
}

// newTextIO makes the text layer; newline is nil for None.
func newTextIO(codec *codecs.Codec, encoding, errors string, newline *string) *textIO {
	x := &textIO{codec: codec, encoding: encoding, errors: errors}
	if newline == nil {
		x.universal, x.translate = true, true
	} else {
		x.newline = *newline
		x.universal = x.newline == ""
		if x.newline == "\r" || x.newline == "\r\n" {
			x.writeNL = x.newline
		}
	}
	x.dec = codec.NewDecoder(errors)
	x.enc = codec.NewEncoder(errors)
	return x
}

// newlineArg is the newline argument the layer was made with (nil for
// None).
func (x *textIO) newlineArg() *string {
	if x.translate {
		return nil
	}
	nl := x.newline
	return &nl
}

// unread is the decoded text not yet returned.
func (x *textIO) unread() []byte { return x.buf[x.pos:] }

// dropBuffer forgets the decoded text (before a write or a seek).
func (x *textIO) dropBuffer() {
	x.buf, x.pos, x.raw = x.buf[:0], 0, x.raw[:0]
	x.cursor.valid = false
	x.pendingCR, x.eof = false, false
}

// translateIn applies the newline decoding to freshly decoded text: a
// '\r' at its end is held back unless final, and with translate every
// \r\n and \r becomes \n. It records the kinds seen.
func (x *textIO) translateIn(text []byte, final bool) []byte {
	if !x.universal {
		return text
	}
	if x.pendingCR {
		text = append([]byte{'\r'}, text...)
		x.pendingCR = false
	}
	if !final && len(text) > 0 && text[len(text)-1] == '\r' {
		text = text[:len(text)-1]
		x.pendingCR = true
	}
	cr := bytes.IndexByte(text, '\r')
	if cr < 0 {
		if x.seen&seenLF == 0 && bytes.IndexByte(text, '\n') >= 0 {
			x.seen |= seenLF
		}
		return text
	}
	out := text[:0:0]
	if x.translate {
		out = make([]byte, 0, len(text))
	}
	for i := 0; i < len(text); i++ {
		switch c := text[i]; c {
		case '\n':
			x.seen |= seenLF
		case '\r':
			if i+1 < len(text) && text[i+1] == '\n' {
				x.seen |= seenCRLF
				if x.translate {
					i++
				}
			} else {
				x.seen |= seenCR
			}
			if x.translate {
				out = append(out, '\n')
				continue
			}
		}
		if x.translate {
			out = append(out, text[i])
		}
	}
	if !x.translate {
		return text
	}
	return out
}

// fill reads and decodes one more chunk (at most n bytes when n > 0; all
// the rest of the file when n < 0) into the buffer. It reports false at
// the end of the file.
func (s *stream) fill(x *textIO, n int) (bool, error) {
	if x.eof && x.pos >= len(x.buf) && !x.pendingCR {
		return false, nil
	}
	if x.pos == len(x.buf) {
		// A new snapshot: tell decodes from here.
		x.buf, x.pos, x.raw = x.buf[:0], 0, x.raw[:0]
		x.cursor.valid = false
		x.decStart = *x.dec
		x.crStart = x.pendingCR
		x.identity = x.codec.IsUTF8() && x.dec.Pending() == 0 && !x.pendingCR
		if !x.identity {
			x.raw = append(x.raw, x.dec.PendingBytes()...)
		}
	}
	if x.identity {
		// UTF-8 that needs no change is read straight into the buffer,
		// which then stands for the raw bytes too.
		start := len(x.buf)
		var final bool
		var err error
		x.buf, final, err = s.readChunk(x.buf, n)
		if err != nil {
			x.buf = x.buf[:start]
			return false, err
		}
		chunk := x.buf[start:]
		if utf8.Valid(chunk) && (!x.universal || bytes.IndexByte(chunk, '\r') < 0) {
			s.setRawStart(x, len(x.buf))
			x.translateIn(chunk, final) // records the newlines seen
			x.eof = final
			return len(chunk) > 0, nil
		}
		// Not so: the raw bytes move to raw and are decoded from there.
		x.identity = false
		x.raw = append(x.raw[:0], x.buf...)
		x.buf = x.buf[:start]
		return s.decodeChunk(x, len(x.raw)-len(chunk), final)
	}
	rawLen := len(x.raw)
	var final bool
	var err error
	x.raw, final, err = s.readChunk(x.raw, n)
	if err != nil {
		x.raw = x.raw[:rawLen]
		return false, err
	}
	return s.decodeChunk(x, rawLen, final)
}

// readChunk appends a chunk of the file to b: what one fill of the read
// buffer gives, at most n bytes; the rest of the file when n < 0. final
// reports the end of the file reached.
func (s *stream) readChunk(b []byte, n int) (_ []byte, final bool, err error) {
	if n < 0 {
		b, err = readAllInto(s.r, b)
		return b, err == nil, err
	}
	if s.r.Buffered() == 0 {
		if _, err = s.r.Peek(1); err == io.EOF {
			return b, true, nil
		}
		if err != nil {
			return b, false, err
		}
	}
	k := min(s.r.Buffered(), n)
	start := len(b)
	b = slices.Grow(b, k)[:start+k]
	if _, err = io.ReadFull(s.r, b[start:]); err != nil {
		return b, false, err
	}
	if k < n && s.r.Buffered() == 0 && s.fh != nil && s.seekable {
		// Ask whether the file ends here, so that a final '\r' or an
		// incomplete sequence is decided without another call. On a
		// terminal or a pipe this could block; it is only done on a
		// regular file, when the chunk came up short.
		if _, perr := s.r.Peek(1); perr == io.EOF {
			final = true
		}
	}
	return b, final, nil
}

// setRawStart records the file offset of the buffer's raw bytes, rawLen
// of them, all read.
func (s *stream) setRawStart(x *textIO, rawLen int) {
	if pos, err := s.rawPos(); err == nil {
		x.rawStart = pos - int64(rawLen)
	}
}

// decodeChunk decodes raw[from:], just read, onto the buffer.
func (s *stream) decodeChunk(x *textIO, from int, final bool) (bool, error) {
	chunk := x.raw[from:]
	s.setRawStart(x, len(x.raw))
	start := len(x.buf)
	out, err := x.dec.Decode(x.buf, chunk, final)
	if err != nil {
		x.buf = x.buf[:start]
		return false, err
	}
	text := x.translateIn(out[start:], final)
	x.buf = append(out[:start], text...)
	x.eof = final
	return len(chunk) > 0 || len(text) > 0, nil
}

// sizeLeft guesses how many bytes are left to read, to size the buffer
// of a read to the end: a regular file's size less the position.
func (s *stream) sizeLeft() int {
	if s.fh == nil || !s.seekable {
		return 0
	}
	fi, err := s.fh.Stat()
	if err != nil || !fi.Mode().IsRegular() {
		return 0
	}
	pos, err := s.fh.Seek(0, io.SeekCurrent)
	if err != nil || pos > fi.Size() {
		return 0
	}
	return int(fi.Size()-pos) + s.r.Buffered()
}

// readAllInto appends the rest of r to b.
func readAllInto(r io.Reader, b []byte) ([]byte, error) {
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return b, err
		}
	}
}

// rawPos is the file offset of the next byte the reader gives.
func (s *stream) rawPos() (int64, error) {
	if s.sk == nil || !s.seekable {
		return 0, io.ErrNoProgress
	}
	pos, err := s.sk.Seek(0, io.SeekCurrent)
	if err != nil {
		return 0, err
	}
	return pos - int64(s.r.Buffered()), nil
}

// The reads return strings: copies made under the lock, since the
// buffer is reused by the next read.

// readTextAll reads to the end of the file.
func (s *stream) readTextAll(x *textIO) (string, error) {
	if err := s.beforeRead(); err != nil {
		return "", err
	}
	if x.codec.IsUTF8() && x.pos == len(x.buf) && x.dec.Pending() == 0 && !x.pendingCR {
		// The common case, without the decoder's copy: valid UTF-8 read
		// whole is its own text.
		b, err := readAllInto(s.r, make([]byte, 0, s.sizeLeft()+1))
		if err != nil {
			return "", err
		}
		if utf8.Valid(b) {
			x.dropBuffer()
			x.eof = true
			return string(x.translateIn(b, true)), nil
		}
		x.dec.SkipBOM()
		out, err := x.dec.Decode(nil, b, true)
		if err != nil {
			return "", err
		}
		x.eof = true
		return string(x.translateIn(out, true)), nil
	}
	if _, err := s.fill(x, -1); err != nil {
		return "", err
	}
	out := string(x.unread())
	x.pos = len(x.buf)
	return out, nil
}

// readTextChars reads up to n characters.
func (s *stream) readTextChars(x *textIO, n int) (string, error) {
	if err := s.beforeRead(); err != nil {
		return "", err
	}
	for {
		u := x.unread()
		if end := charsEnd(u, n); end >= 0 {
			x.pos += end
			return string(u[:end]), nil
		}
		more, err := s.fill(x, textChunk)
		if err != nil {
			return "", err
		}
		if !more {
			x.pos = len(x.buf)
			return string(u), nil
		}
	}
}

// charsEnd is the byte offset after n characters of text, or -1 when it
// has fewer.
func charsEnd(text []byte, n int) int {
	if n <= 0 {
		return 0
	}
	for i := 0; i < len(text); i++ {
		if text[i]&0xC0 != 0x80 {
			if n == 0 {
				return i
			}
			n--
		}
	}
	if n == 0 {
		return len(text)
	}
	return -1
}

// lineEnd finds the end of the first line of text (after its
// terminator), or -1 when text holds no whole line yet.
func (x *textIO) lineEnd(text []byte) int {
	switch {
	case x.translate || x.newline == "\n":
		if i := bytes.IndexByte(text, '\n'); i >= 0 {
			return i + 1
		}
	case x.universal:
		for i, c := range text {
			if c == '\n' {
				return i + 1
			}
			if c == '\r' {
				if i+1 < len(text) && text[i+1] == '\n' {
					return i + 2
				}
				if i+1 < len(text) || !x.pendingCR {
					return i + 1
				}
			}
		}
	default:
		if i := bytes.Index(text, []byte(x.newline)); i >= 0 {
			return i + len(x.newline)
		}
	}
	return -1
}

// readTextLine reads a line, at most limit characters when limit >= 0.
func (s *stream) readTextLine(x *textIO, limit int) (string, error) {
	if err := s.beforeRead(); err != nil {
		return "", err
	}
	for {
		u := x.unread()
		end := x.lineEnd(u)
		if limit >= 0 {
			if c := charsEnd(u, limit); c >= 0 && (end < 0 || c < end) {
				end = c
			}
		}
		if end >= 0 {
			x.pos += end
			return string(u[:end]), nil
		}
		more, err := s.fill(x, textChunk)
		if err != nil {
			return "", err
		}
		if !more {
			x.pos = len(x.buf)
			return string(u), nil
		}
	}
}

// writeText translates and encodes s and writes it.
func (s *stream) writeText(x *textIO, text string) error {
	if x.writeNL != "" && strings.IndexByte(text, '\n') >= 0 {
		text = strings.ReplaceAll(text, "\n", x.writeNL)
	}
	if len(x.buf) > x.pos || x.pendingCR {
		// The read-ahead goes: the write lands after what was read from
		// the file, as in CPython.
		x.dropBuffer()
		x.dec.Reset()
		x.dec.SkipBOM()
	}
	if x.codec.IsUTF8() && strings.IndexByte(text, 0xED) < 0 {
		return s.write([]byte(text))
	}
	b, err := x.enc.Encode(nil, text)
	if err != nil {
		return err
	}
	return s.write(b)
}

// textTell is the file offset where the next character to read begins:
// the offset of the current chunk plus the bytes that decode to the
// characters already returned from it.
func (s *stream) textTell(x *textIO) (int64, error) {
	pos, err := s.tell()
	if err != nil || (len(x.buf) == x.pos && !x.pendingCR && x.dec.Pending() == 0) {
		return pos, err
	}
	if x.pos == 0 && len(x.buf) > 0 {
		return x.rawStart, nil
	}
	if x.identity {
		return x.rawStart + int64(x.pos), nil
	}
	// Decode the chunk again a byte at a time until the characters
	// returned are made, from where the last tell in this chunk stopped
	// if it was no further on (lines read one by one and told each time
	// cost a chunk's decoding once, not once a line).
	c := &x.cursor
	if !c.valid || c.produced > x.pos {
		*c = tellCursor{valid: true, dec: x.decStart, pendingCR: x.crStart}
	}
	d := c.dec
	probe := &textIO{universal: x.universal, translate: x.translate, pendingCR: c.pendingCR}
	produced := c.produced
	save := func(next int) {
		*c = tellCursor{valid: true, dec: d, pendingCR: probe.pendingCR, produced: produced, next: next}
	}
	var out []byte
	// cand is the offset after a '\r' that the decoding holds back and
	// that ends the text returned: it stands unless the '\r' turns out
	// to start a "\r\n" read as one '\n'.
	cand := int64(-1)
	var candState tellCursor
	if c.pendingCR && produced+1 == x.pos {
		// Resumed just after such a '\r'.
		cand, candState = x.rawStart+int64(c.next), *c
	}
	for i := c.next; i < len(x.raw); i++ {
		out, err = d.Decode(out[:0], x.raw[i:i+1], false)
		if err != nil {
			break
		}
		produced += len(probe.translateIn(out, false))
		if d.Pending() != 0 {
			continue
		}
		at := x.rawStart + int64(i) + 1
		switch {
		case cand >= 0 && produced == x.pos && !probe.pendingCR:
			save(i + 1)
			return at, nil
		case cand >= 0:
			*c = candState
			return cand, nil
		case produced >= x.pos:
			save(i + 1)
			return at, nil
		case probe.pendingCR && produced+1 == x.pos:
			cand = at
			candState = tellCursor{valid: true, dec: d, pendingCR: true, produced: produced, next: i + 1}
		}
	}
	if cand >= 0 {
		*c = candState
		return cand, nil
	}
	return pos, nil
}

// textSeek moves to a cookie from tell (or the end) and resets the
// codec state: at offset 0 a BOM is read or written again.
func (s *stream) textSeek(x *textIO, offset int64, whence int) (int64, error) {
	pos, err := s.seek(offset, whence)
	if err != nil {
		return 0, err
	}
	x.dropBuffer()
	x.dec.Reset()
	x.enc.Reset()
	if pos != 0 {
		x.dec.SkipBOM()
		x.enc.SkipBOM()
	}
	return pos, nil
}

// StdioErrors is the error handler of sys.stdin and sys.stdout as
// CPython chooses it: surrogateescape under the C or POSIX locale (C.UTF-8
// included), else strict. sys.stderr's is always backslashreplace.
func StdioErrors() string {
	loc := ""
	for _, v := range []string{"LC_ALL", "LC_CTYPE", "LANG"} {
		if loc = os.Getenv(v); loc != "" {
			break
		}
	}
	if loc == "" || loc == "C" || loc == "POSIX" || strings.HasPrefix(loc, "C.") {
		return "surrogateescape"
	}
	return "strict"
}

// encodeStdio encodes text bound for a standard stream written directly
// (print and tracebacks while sys.stdout and sys.stderr are the
// original ones): only text with a lone surrogate needs the codec.
func encodeStdio(text, errors string) ([]byte, error) {
	if strings.IndexByte(text, 0xED) < 0 {
		return []byte(text), nil
	}
	return codecs.UTF8.Encode(text, errors)
}
