package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// repairMojibake re-reads text that was written in UTF-8 and then decoded
// as Windows-1252 or Latin-1 on its way to us, so that every byte of a
// character became a character of its own: "itâ€™s" becomes "it’s",
// "cafÃ©" "café", "ðŸ˜€" "😀". Text that went through such a decoder twice
// ("Ã¢â‚¬â„¢") is repaired twice.
//
// A run is read back only when its characters are the bytes of one whole,
// valid UTF-8 character: a lead byte from 0xc2 to 0xf4 and the continuation
// bytes it calls for. A run of two bytes must also give a letter or a sign
// of the scripts such text carries (up to Arabic, no combining marks), so
// that "„Spaß“" (ß, then “ as byte 0x93) stays as written.
// Runs that open with "â€" are read more widely (see punctuationAt), and
// characters the decoder lost are guessed where they can be (repairLost).
func repairMojibake(p string) string {
	p = repairLost(p)
	for range 3 { // a double decoding takes two passes; a third finds nothing
		q := repairOnce(p)
		if q == p {
			break
		}
		p = q
	}
	return p
}

// mayBeMojibake reports whether s holds what repairMojibake reads: the
// byte every lead character opens with, or the replacement character. Clean
// asks it once for the whole text, so that clean text costs two scans.
func mayBeMojibake(s string) bool {
	return strings.IndexByte(s, 0xc3) >= 0 || strings.Contains(s, "\ufffd")
}

// repairLost puts quotation marks and apostrophes back where a decoder
// put U+FFFD, the replacement character, for their bytes, often with a "?"
// for a byte of the character it could not read: "The boy�s father",
// "�yesterday was hard, �? she said". Between two letters the character was
// an apostrophe. Before a word, or after a sentence's or clause's mark at a
// word's end, it was a quotation mark, written straight, since which of “
// and ” it was is lost. Anywhere else it stays: after a word it may have
// been a dash or a possessive's apostrophe ("Monroe� a dundee man", "the
// times� top stories"), and "a 3�-year-old" lost a fraction.
func repairLost(p string) string {
	const lost = "\ufffd"
	if !strings.Contains(p, lost) {
		return p
	}
	var b strings.Builder
	b.Grow(len(p))
	at := 0
	for {
		k := strings.Index(p[at:], lost)
		if k < 0 {
			break
		}
		i := at + k
		end := i + len(lost)
		if strings.HasPrefix(p[end:], lost) {
			end += len(lost) // "â��me and mrs. jones": the lead read, two bytes lost
		}
		asked := strings.HasPrefix(p[end:], "?")
		if asked {
			end++
		}
		if strings.HasSuffix(p[at:i], "â") && end-i >= 2*len(lost) {
			i -= len("â")
		}
		before, _ := utf8.DecodeLastRuneInString(p[:i])
		after, _ := utf8.DecodeRuneInString(p[end:])
		if before == ' ' && after == ' ' { // set apart by a tokenizer: "…got home, � said"
			before, _ = utf8.DecodeLastRuneInString(strings.TrimRight(p[:i], " "))
		} else if i == 0 || before == ' ' {
			before = ' '
		}
		b.WriteString(p[at:i])
		switch {
		case unicode.IsLetter(before) && unicode.IsLetter(after):
			b.WriteString("’")
		case before == ' ' && (unicode.IsLetter(after) || unicode.IsDigit(after)),
			strings.ContainsRune(".,!?;:", before) && (end == len(p) || after == ' '),
			asked && unicode.IsLetter(before) && !unicode.IsLetter(after) && !unicode.IsDigit(after):
			// the "?" of the byte it lost makes the last a quotation
			// mark that closes: "all but over�? for some time"
			b.WriteByte('"')
		default:
			b.WriteString(p[i:end])
		}
		at = end
	}
	b.WriteString(p[at:])
	return b.String()
}

// repairOnce is one pass of repairMojibake.
func repairOnce(p string) string {
	var b strings.Builder
	done := 0 // p[:done] is written to b, or b is unused
	for i := 0; ; {
		k := strings.IndexByte(p[i:], 0xc3) // every lead character (U+00C2 to U+00F4) opens with 0xc3
		if k < 0 {
			break
		}
		i += k
		r, end := mojibakeAt(p, i)
		if end == 0 {
			i++
			continue
		}
		if b.Cap() == 0 {
			b.Grow(len(p))
		}
		b.WriteString(p[done:i])
		b.WriteRune(r)
		i, done = end, end
	}
	if done == 0 {
		return p
	}
	b.WriteString(p[done:])
	return b.String()
}

// mojibakeAt reads the run of mojibake at p[i:], where p[i] is 0xc3. It
// returns the character the run stands for and where the run ends, or an
// end of 0 when no run starts there.
func mojibakeAt(p string, i int) (rune, int) {
	if r, end := punctuationAt(p, i); end > 0 {
		return r, end
	}
	lead, n := utf8.DecodeRuneInString(p[i:])
	if lead < 0xc2 || lead > 0xf4 {
		return 0, 0
	}
	var buf [4]byte
	buf[0] = byte(lead)
	need := 1
	switch {
	case lead >= 0xf0:
		need = 3
	case lead >= 0xe0:
		need = 2
	}
	j := i + n
	for k := 1; k <= need; k++ {
		r, size := utf8.DecodeRuneInString(p[j:])
		c, ok := continuationByte(r)
		if !ok {
			return 0, 0
		}
		buf[k] = c
		j += size
	}
	r, size := utf8.DecodeRune(buf[:need+1])
	if r == utf8.RuneError || size != need+1 {
		return 0, 0 // an overlong form or a surrogate: not UTF-8
	}
	if need == 1 && (r < 0xa0 || r > 0x6ff || unicode.Is(unicode.Mn, r) || !unicode.IsGraphic(r)) {
		return 0, 0
	}
	return r, j
}

// punctuationAt reads a run that opens with "â€" (the bytes 0xe2 0x80, the
// lead of U+2000 to U+203F: quotation marks, dashes, ellipses, most of the
// mojibake in news text) at p[i:]. No text means "â€" itself, so besides the
// third character it reads what the run met on its way:
//   - a capital at a sentence's opening ("Â€˜i’ve used…");
//   - a tokenizer's space before the third character ("â€ ™s");
//   - a straight quotation mark a tokenizer put for Windows-1252's ” (0x94,
//     so the run is an em dash: "â€ \" particularly bacteria");
//   - nothing, or a "?", where a decoder had no character for the third
//     byte. Windows-1252 lacks 0x9d, the closing quotation mark's
//     ("…plane.â€ needless to say", "â€?").
func punctuationAt(p string, i int) (rune, int) {
	lead, n := utf8.DecodeRuneInString(p[i:])
	if lead != 'â' && lead != 'Â' {
		return 0, 0
	}
	second, size := utf8.DecodeRuneInString(p[i+n:])
	if second != '€' && second != 0x80 { // 0x80 itself, as Latin-1 reads it
		return 0, 0
	}
	j := i + n + size
	k := j
	if k+1 < len(p) && p[k] == ' ' && (p[k+1] >= 0x80 || p[k+1] == '"') {
		k++
	}
	r, size := utf8.DecodeRuneInString(p[k:])
	switch c, ok := continuationByte(r); {
	case ok:
		return 0x2000 + rune(c&0x3f), k + size
	case r == '"':
		return '—', k + size
	case r == '?':
		return '”', k + size
	}
	return '”', j
}

// continuationByte gives the byte in 0x80 to 0xbf that a decoder turned
// into r: itself for Latin-1 (and for the controls a Latin-1 decoder leaves
// where Windows-1252 has characters), Windows-1252's character at that
// byte otherwise, and the three Windows-1250 letters ("ś", "ť", "ź") that
// stand where Windows-1252 has none or another.
func continuationByte(r rune) (byte, bool) {
	if r >= 0x80 && r <= 0xbf {
		return byte(r), true
	}
	for k, w := range windows1252 {
		if w == r && w != 0 {
			return byte(0x80 + k), true
		}
	}
	switch r {
	case 'ś':
		return 0x9c, true
	case 'ť':
		return 0x9d, true
	case 'ź':
		return 0x9f, true
	}
	return 0, false
}
