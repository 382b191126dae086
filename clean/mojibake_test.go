package clean

import "testing"

func TestRepairMojibake(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		// UTF-8 read as Windows-1252
		{"Itâ€™s the mayorâ€™s call, â€œnot oursâ€\u009d.", "It’s the mayor’s call, “not ours”."},
		{"The cafÃ© opened at 9Â°C â€” early.", "The café opened at 9°C — early."},
		{"She wrote ðŸ˜€ under it.", "She wrote 😀 under it."},
		{"A line Â\u00a0apart.", "A line \u00a0apart."},
		// read as Latin-1: the controls stand for the bytes
		{"It\u00e2\u0080\u0099s late. \u00c2\u0080\u0098Yes.", "It’s late. ‘Yes."},
		// twice
		{"Itâ€™s twice: itÃ¢â‚¬â„¢s.", "It’s twice: it’s."},
		// a tokenizer's space, and a byte the decoder had no character for
		{"Obamaâ€ ™s plan was â€œboldâ€? and â€ œnewâ€ ť.", "Obama’s plan was “bold” and “new”."},
		// a capital at a sentence's opening, a tokenizer's straight quotation mark, a byte lost
		{"Â€˜I’ve used them,â€™ he said.", "‘I’ve used them,’ he said."},
		{"From the fluids â€ \" loaded with microbes â€\" are collected.", "From the fluids — loaded with microbes — are collected."},
		{"He left the plane.â€ Needless to say, â€", "He left the plane.” Needless to say, ”"},
		// text that only looks like it stays
		{"„Spaß“, sagte er.", "„Spaß“, sagte er."},
		{"«Éric» est à SÃO PAULO, AÑO café, Âu Lạc.", "«Éric» est à SÃO PAULO, AÑO café, Âu Lạc."},
		{"Ã", "Ã"},
		{"\xc3", "\xc3"}, // not UTF-8: a lone lead byte at the end
		{"a\xc3\xc3", "a\xc3\xc3"},
		{"í\u00a0\u0080 is a surrogate's bytes.", "í\u00a0\u0080 is a surrogate's bytes."},
		{"Ã\u0080 la carte", "À la carte"},
	} {
		if got := repairMojibake(c.in); got != c.want {
			t.Errorf("repairMojibake(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
	for _, c := range []struct{ in, want string }{
		{"The boy\ufffds father said \ufffdit could have been avoided, \ufffd he said.", "The boy’s father said \"it could have been avoided, \" he said."},
		{"It was all but over\ufffd? for some time, \ufffd?we knew.\ufffd?", "It was all but over\" for some time, \"we knew.\""},
		{"The song â\ufffd\ufffdme and mrs. jones", "The song \"me and mrs. jones"},
		// what may have been a dash, a possessive or a fraction stays
		{"Monroe\ufffd a man was charged near the times\ufffd office, a 3\ufffd-year-old", "Monroe\ufffd a man was charged near the times\ufffd office, a 3\ufffd-year-old"},
	} {
		if got := repairMojibake(c.in); got != c.want {
			t.Errorf("repairMojibake(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
	got := Clean("Kerryâ€™s talks with Iran\u0080\u0099s envoy went on.\n").Paragraphs
	if want := "Kerry’s talks with Iran€™s envoy went on."; len(got) != 1 || got[0] != want {
		// the second is no run: a lead character must open it
		t.Errorf("Clean: got %q, want %q", got, want)
	}
}
