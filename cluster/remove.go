package cluster

import "slices"

// Forgetting articles.
//
// A clusterer that files a feed for days must let old articles go, or it
// grows without end and its stories gather a week's unrelated news. Remove
// takes an article out of everything a later article is placed by: its
// postings (so no later article finds a story through it), its story's
// centroid and time span (recomputed from the story's other articles, as a
// split recomputes them), and the document frequencies (so the weights and
// the "too common" limit are those of the articles still filed). What the
// article did while it was filed stays done: the articles placed beside it
// keep their stories. Its number stays taken, with about 90 bytes of
// bookkeeping; its vector and terms, most of what it held, are freed.

// Remove takes the given articles (numbered as added) out of the clusterer
// and returns how many it took out: a number never filed (or only staged)
// and an article already removed are passed over. Each story that loses an
// article is recomputed once, however many it loses, so a window of old
// articles is best removed in one call. Every removed article must have been
// counted into the document frequencies once (Add, or Observe before
// AddObserved or FileStaged), as filing requires.
func (c *Clusterer) Remove(items ...int) int {
	var stories []int32 // the stories that lose articles
	var terms []int32   // the terms whose postings hold a removed article
	n := 0
	for _, i := range items {
		if i < 0 || i >= len(c.story) || c.story[i] < 0 {
			continue
		}
		for _, e := range c.vecs[i] {
			c.df[e.term]--
			terms = append(terms, e.term)
		}
		for _, t := range c.rest[i] {
			c.df[t]--
		}
		c.docs--
		stories = append(stories, c.story[i])
		c.story[i] = -1
		c.vecs[i], c.rest[i] = nil, nil
		n++
	}
	c.removed += n
	slices.Sort(terms)
	for _, t := range slices.Compact(terms) {
		c.postings[t] = shrink(slices.DeleteFunc(c.postings[t], func(p posting) bool { return c.story[p.doc] < 0 }))
	}
	slices.Sort(stories)
	for _, s := range slices.Compact(stories) {
		members := slices.DeleteFunc(c.stories[s].members, func(m int32) bool { return c.story[m] < 0 })
		if len(members) == 0 {
			c.stories[s] = story{}
			continue
		}
		c.rebuild(s, slices.Clip(members))
	}
	return n
}

// Removed returns the number of articles taken out by Remove.
func (c *Clusterer) Removed() int { return c.removed }

// shrink returns list, copied into a fitting array when it uses under a
// quarter of its own (nil when empty), so that a posting list that was long
// once does not hold its memory for good.
func shrink[T any](list []T) []T {
	switch {
	case len(list) == 0:
		return nil
	case len(list) < cap(list)/4:
		return slices.Clone(list)
	}
	return list
}

// restOf returns the terms (sorting them in place) that the vector e, sorted
// by term, does not hold, in a new slice (nil when there are none).
func restOf(e []entry, terms []int32) []int32 {
	if len(terms) <= len(e) {
		return nil // the vector holds every term it was made from
	}
	slices.Sort(terms)
	out := make([]int32, 0, len(terms)-len(e))
	k := 0
	for _, t := range terms {
		for k < len(e) && e[k].term < t {
			k++
		}
		if k < len(e) && e[k].term == t {
			continue
		}
		out = append(out, t)
	}
	return out
}
