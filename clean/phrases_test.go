package clean

import (
	"testing"

	"github.com/precis-news/precis/internal/phrase"
)

// Every web-furniture phrase is found in a sentence around it, and a
// sentence without any is not.
func TestWebFurniturePhrases(t *testing.T) {
	set := phrase.New(webFurniture)
	for _, p := range webFurniture {
		if !set.In("before " + p + " after") {
			t.Errorf("%q not found", p)
		}
	}
	if set.In("the president said on tuesday that talks would resume") {
		t.Error("an ordinary sentence matched a web-furniture phrase")
	}
}
