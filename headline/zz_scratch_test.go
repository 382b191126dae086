package headline

import "testing"

func TestZZScratch(t *testing.T) {
	for _, s := range []string{
		`The obstetrician, Dr. Barnett Slepian, was killed by a sniper on Friday night at his home in a Buffalo suburb.`,
		`The new coach, Maria Lund, said the team would train in the mountains this summer.`,
		`The capital, Dili, was quiet on Sunday after two days of rioting in the suburbs.`,
		`The rivers, lakes, and streams of the region were frozen by the cold.`,
		`The winner, 23-year-old Ana Silva, took the title in straight sets on Sunday.`,
	} {
		tt, ok := Title(s, 12)
		t.Logf("%v %q", ok, tt)
	}
}
