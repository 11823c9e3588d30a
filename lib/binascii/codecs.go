// This file holds the conversions: hex, base64, quoted-printable and
// uuencode, each way.

package binascii

import (
	"github.com/ftpy/ftpy/lib/internal/bytesarg"
	"github.com/ftpy/ftpy/object"
)

const hexLower = "0123456789abcdef"

func hexlify(name string) fn {
	params := []string{"data", "sep", "bytes_per_sep"}
	return func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		var dataObj, sepObj, perObj *object.Object
		if err := object.ParseArgs(t, name, args, kw, params, 1, &dataObj, &sepObj, &perObj); err != nil {
			return nil, err
		}
		data, err := bytesarg.Get(t, dataObj)
		if err != nil {
			return nil, err
		}
		per := int64(1)
		if perObj != nil {
			if per, err = object.AsInt64(t, perObj); err != nil {
				return nil, err
			}
		}
		var sep []byte
		if sepObj != nil && sepObj != object.None {
			switch {
			case object.IsStr(sepObj):
				r := []rune(object.StrValue(sepObj))
				if len(r) != 1 {
					return nil, t.Errorf(object.ValueErrorType, "sep must be length 1.")
				}
				if r[0] > 0x7F {
					return nil, t.Errorf(object.ValueErrorType, "sep must be ASCII.")
				}
				sep = []byte{byte(r[0])}
			case object.IsBytes(sepObj):
				sep = object.BytesData(sepObj)
				if len(sep) != 1 {
					return nil, t.Errorf(object.ValueErrorType, "sep must be length 1.")
				}
			case bytesarg.Is(sepObj):
				return nil, t.Errorf(object.TypeErrorType, "sep must be str or bytes.")
			default:
				return nil, t.Errorf(object.TypeErrorType, "object of type '%s' has no len()", sepObj.Type().Name)
			}
		}
		out := make([]byte, 0, 2*len(data)+len(data))
		group := int(per)
		if group < 0 {
			group = -group
		}
		for i, b := range data {
			if sep != nil && group > 0 && i > 0 {
				// Groups count from the right for a positive
				// bytes_per_sep, from the left for a negative one.
				if per > 0 && (len(data)-i)%group == 0 || per < 0 && i%group == 0 {
					out = append(out, sep[0])
				}
			}
			out = append(out, hexLower[b>>4], hexLower[b&15])
		}
		return object.NewBytesOwned(t, out), nil
	}
}

func hexVal(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

func unhexlify(name string) fn {
	return func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		var dataObj *object.Object
		if err := object.ParseArgs(t, name, args, kw, []string{"/hexstr"}, 1, &dataObj); err != nil {
			return nil, err
		}
		data, err := bytesarg.GetOrASCII(t, dataObj)
		if err != nil {
			return nil, err
		}
		if len(data)%2 != 0 {
			return nil, errError.Errorf(t, "Odd-length string")
		}
		out := make([]byte, len(data)/2)
		for i := range out {
			hi, lo := hexVal(data[2*i]), hexVal(data[2*i+1])
			if hi < 0 || lo < 0 {
				return nil, errError.Errorf(t, "Non-hexadecimal digit found")
			}
			out[i] = byte(hi<<4 | lo)
		}
		return object.NewBytesOwned(t, out), nil
	}
}

const base64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

var base64Values = func() (v [256]int8) {
	for i := range v {
		v[i] = -1
	}
	for i := 0; i < len(base64Alphabet); i++ {
		v[base64Alphabet[i]] = int8(i)
	}
	return
}()

func b2aBase64(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var dataObj, nl *object.Object
	if err := object.ParseArgs(t, "b2a_base64", args, kw, []string{"/data", "$newline"}, 1, &dataObj, &nl); err != nil {
		return nil, err
	}
	data, err := bytesarg.Get(t, dataObj)
	if err != nil {
		return nil, err
	}
	newline, err := flag(t, nl, true)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, (len(data)+2)/3*4+1)
	for i := 0; i < len(data); i += 3 {
		var v uint32
		n := min(3, len(data)-i)
		for k := 0; k < 3; k++ {
			v <<= 8
			if k < n {
				v |= uint32(data[i+k])
			}
		}
		out = append(out, base64Alphabet[v>>18&63], base64Alphabet[v>>12&63])
		if n > 1 {
			out = append(out, base64Alphabet[v>>6&63])
		} else {
			out = append(out, '=')
		}
		if n > 2 {
			out = append(out, base64Alphabet[v&63])
		} else {
			out = append(out, '=')
		}
	}
	if newline {
		out = append(out, '\n')
	}
	return object.NewBytesOwned(t, out), nil
}

func a2bBase64(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var dataObj, strictObj *object.Object
	if err := object.ParseArgs(t, "a2b_base64", args, kw, []string{"/data", "$strict_mode"}, 1, &dataObj, &strictObj); err != nil {
		return nil, err
	}
	data, err := bytesarg.GetOrASCII(t, dataObj)
	if err != nil {
		return nil, err
	}
	strict, err := flag(t, strictObj, false)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(data)/4*3+3)
	quad, pads, chars := 0, 0, 0
	var left byte
	paddingStarted := false
	for i, c := range data {
		if c == '=' {
			paddingStarted = true
			if strict && quad == 0 {
				if i == 0 {
					return nil, errError.Errorf(t, "Leading padding not allowed")
				}
				return nil, errError.Errorf(t, "Excess padding not allowed")
			}
			if quad >= 2 {
				pads++
				if quad+pads >= 4 {
					// The quad is complete: the rest is ignored, or
					// refused in strict mode.
					if strict && i+1 < len(data) {
						return nil, errError.Errorf(t, "Excess data after padding")
					}
					return object.NewBytesOwned(t, out), nil
				}
			}
			continue
		}
		v := base64Values[c]
		if v < 0 {
			if strict {
				return nil, errError.Errorf(t, "Only base64 data is allowed")
			}
			continue
		}
		if strict && paddingStarted {
			return nil, errError.Errorf(t, "Discontinuous padding not allowed")
		}
		pads = 0
		chars++
		switch quad {
		case 0:
			left = byte(v)
			quad = 1
		case 1:
			out = append(out, left<<2|byte(v)>>4)
			left = byte(v) & 15
			quad = 2
		case 2:
			out = append(out, left<<4|byte(v)>>2)
			left = byte(v) & 3
			quad = 3
		default:
			out = append(out, left<<6|byte(v))
			quad = 0
		}
	}
	switch quad {
	case 0:
		return object.NewBytesOwned(t, out), nil
	case 1:
		return nil, errError.Errorf(t, "Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple of 4", chars)
	}
	return nil, errError.Errorf(t, "Incorrect padding")
}

const maxLineSize = 76

const hexUpper = "0123456789ABCDEF"

func b2aQP(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var dataObj, qtObj, textObj, headerObj *object.Object
	if err := object.ParseArgs(t, "b2a_qp", args, kw, []string{"data", "quotetabs", "istext", "header"}, 1, &dataObj, &qtObj, &textObj, &headerObj); err != nil {
		return nil, err
	}
	data, err := bytesarg.Get(t, dataObj)
	if err != nil {
		return nil, err
	}
	quoteTabs, err := flag(t, qtObj, false)
	if err != nil {
		return nil, err
	}
	isText, err := flag(t, textObj, true)
	if err != nil {
		return nil, err
	}
	header, err := flag(t, headerObj, false)
	if err != nil {
		return nil, err
	}
	// Lines end as the first line of the input does.
	crlf := false
	for i, c := range data {
		if c == '\n' {
			crlf = i > 0 && data[i-1] == '\r'
			break
		}
	}
	softBreak := func(out []byte) []byte {
		out = append(out, '=')
		if crlf {
			out = append(out, '\r')
		}
		return append(out, '\n')
	}
	var out []byte
	lineLen := 0
	for i := 0; i < len(data); {
		c := data[i]
		last := i+1 == len(data)
		var next byte
		if !last {
			next = data[i+1]
		}
		quote := c > 126 || c == '=' || header && c == '_' ||
			c == '.' && lineLen == 0 && (last || next == '\n' || next == '\r' || next == 0) ||
			!isText && (c == '\r' || c == '\n') ||
			(c == '\t' || c == ' ') && last ||
			c < 33 && c != '\r' && c != '\n' && (quoteTabs || c != '\t' && c != ' ')
		if quote {
			if lineLen+3 >= maxLineSize {
				out = softBreak(out)
				lineLen = 0
			}
			out = append(out, '=', hexUpper[c>>4], hexUpper[c&15])
			lineLen += 3
			i++
			continue
		}
		if isText && (c == '\n' || c == '\r' && next == '\n' && !last) {
			lineLen = 0
			// White space at the end of a line is quoted.
			if n := len(out); n > 0 && (out[n-1] == ' ' || out[n-1] == '\t') {
				ws := out[n-1]
				out = append(out[:n-1], '=', hexUpper[ws>>4], hexUpper[ws&15])
			}
			if crlf {
				out = append(out, '\r')
			}
			out = append(out, '\n')
			if c == '\r' {
				i += 2
			} else {
				i++
			}
			continue
		}
		if !last && next != '\n' && lineLen+1 >= maxLineSize {
			out = softBreak(out)
			lineLen = 0
		}
		lineLen++
		if header && c == ' ' {
			c = '_'
		}
		out = append(out, c)
		i++
	}
	return object.NewBytesOwned(t, out), nil
}

func a2bQP(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var dataObj, headerObj *object.Object
	if err := object.ParseArgs(t, "a2b_qp", args, kw, []string{"data", "header"}, 1, &dataObj, &headerObj); err != nil {
		return nil, err
	}
	data, err := bytesarg.GetOrASCII(t, dataObj)
	if err != nil {
		return nil, err
	}
	header, err := flag(t, headerObj, false)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(data))
	for i := 0; i < len(data); {
		c := data[i]
		switch {
		case c == '=':
			i++
			if i >= len(data) {
				break
			}
			switch d := data[i]; {
			case d == '\n' || d == '\r': // a soft line break
				for i < len(data) && data[i] != '\n' {
					i++
				}
				if i < len(data) {
					i++
				}
			case d == '=':
				out = append(out, '=')
				i++
			case i+1 < len(data) && hexVal(d) >= 0 && hexVal(data[i+1]) >= 0:
				out = append(out, byte(hexVal(d)<<4|hexVal(data[i+1])))
				i += 2
			default:
				out = append(out, '=')
			}
		case header && c == '_':
			out = append(out, ' ')
			i++
		default:
			out = append(out, c)
			i++
		}
	}
	return object.NewBytesOwned(t, out), nil
}

func b2aUU(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var dataObj, btObj *object.Object
	if err := object.ParseArgs(t, "b2a_uu", args, kw, []string{"/data", "$backtick"}, 1, &dataObj, &btObj); err != nil {
		return nil, err
	}
	data, err := bytesarg.Get(t, dataObj)
	if err != nil {
		return nil, err
	}
	backtick, err := flag(t, btObj, false)
	if err != nil {
		return nil, err
	}
	if len(data) > 45 {
		return nil, errError.Errorf(t, "At most 45 bytes at once")
	}
	char := func(v byte) byte {
		if backtick && v == 0 {
			return '`'
		}
		return ' ' + v
	}
	out := []byte{char(byte(len(data)))}
	for i := 0; i < len(data); i += 3 {
		var v uint32
		for k := 0; k < 3; k++ {
			v <<= 8
			if i+k < len(data) {
				v |= uint32(data[i+k])
			}
		}
		out = append(out, char(byte(v>>18&63)), char(byte(v>>12&63)), char(byte(v>>6&63)), char(byte(v&63)))
	}
	out = append(out, '\n')
	return object.NewBytesOwned(t, out), nil
}

func a2bUU(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "a2b_uu", args, kw, 1, 1); err != nil {
		return nil, err
	}
	data, err := bytesarg.GetOrASCII(t, args[0])
	if err != nil {
		return nil, err
	}
	// An empty line stands for 32 zero bytes, as in CPython.
	n := 32
	if len(data) > 0 {
		n = int(data[0]-' ') & 63
		data = data[1:]
	}
	out := make([]byte, 0, n)
	var acc uint32
	bits := 0
	i := 0
	for ; len(out) < n; i++ {
		var v byte
		if i < len(data) && data[i] != '\n' && data[i] != '\r' {
			c := data[i]
			if c < ' ' || c > ' '+64 {
				return nil, errError.Errorf(t, "Illegal char")
			}
			v = (c - ' ') & 63
		}
		acc = acc<<6 | uint32(v)
		bits += 6
		if bits >= 8 {
			bits -= 8
			out = append(out, byte(acc>>bits))
			acc &= 1<<bits - 1
		}
	}
	for ; i < len(data); i++ {
		if c := data[i]; c != ' ' && c != ' '+64 && c != '\n' && c != '\r' {
			return nil, errError.Errorf(t, "Trailing garbage")
		}
	}
	return object.NewBytesOwned(t, out), nil
}
