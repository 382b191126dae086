package stem

import "testing"

func TestPorter(t *testing.T) {
	// Examples from Porter's 1980 paper; ROUGE's step-4 change does not touch them.
	cases := map[string]string{
		"caresses": "caress", "ponies": "poni", "cats": "cat", "feed": "feed", "agreed": "agre",
		"plastered": "plaster", "motoring": "motor", "sing": "sing", "conflated": "conflat",
		"troubled": "troubl", "happy": "happi", "relational": "relat", "hopeful": "hope",
		"goodness": "good", "revival": "reviv", "adjustment": "adjust", "yelling": "yell",
		"hoping": "hope", "filing": "file", "controlling": "control", "generalizations": "gener",
		"at": "at", "by": "by",
	}
	for in, want := range cases {
		if got := Porter(in); got != want {
			t.Errorf("Porter(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPorterRougeStep4(t *testing.T) {
	// ROUGE-1.5.5 tries "-ment" and then "-ent" after "-ement" fails.
	if got := Porter("agreement"); got != "agreem" {
		t.Errorf("Porter(agreement) = %q, want ROUGE's agreem", got)
	}
}
