// Package entitytest builds the documents that the tests of entity's
// readers (figure, quote) extract from.
package entitytest

import (
	"strconv"

	"github.com/precis-news/precis/entity"
)

// Docs returns a document for each text, with ids d1, d2, … in order.
func Docs(texts ...string) []entity.Doc {
	out := make([]entity.Doc, len(texts))
	for i, t := range texts {
		out[i] = entity.NewDoc("d"+strconv.Itoa(i+1), t)
	}
	return out
}
