package precis_test

import (
	"context"
	"fmt"

	"github.com/precis-news/precis"
)

func ExampleBrief() {
	articles := []precis.Article{
		{ID: "a", Text: "Floodwaters forced 1,200 people from their homes in the valley on Monday.\n\nThe river rose two meters overnight, officials said."},
		{ID: "b", Text: "Floodwaters forced 1,200 people from their homes in the valley on Monday, officials said.\n\nSchools will stay closed until Thursday."},
	}
	b, err := precis.Brief(context.Background(), articles, precis.WithWords(25))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range b.Stories[0].Summary {
		fmt.Println(s.Text, s.Sources)
	}
	// Output:
	// Floodwaters forced 1,200 people from their homes in the valley on Monday. [a b]
	// The river rose two meters overnight, officials said. [a]
}
