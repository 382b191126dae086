package rouge

import (
	"math"
	"os"
	"strconv"
)

// Score is one metric for one summary: recall, precision and F, each rounded
// to five decimals as ROUGE-1.5.5 rounds them (F is computed from the
// rounded R and P). Model, Peer and Hit are the raw counts (-t 1).
type Score struct {
	R, P, F          float64
	Model, Peer, Hit float64
}

// Scores maps metric names ("ROUGE-1", "ROUGE-L", "ROUGE-SU4") to scores.
type Scores map[string]Score

// Scorer computes ROUGE for one set of options.
type Scorer struct {
	opts Options
	stop map[string]bool
}

// New returns a scorer for o. With -s it reads the stopword list from
// o.StopwordFile, or from $ROUGE_EVAL_HOME/smart_common_words.txt.
func New(o Options) (*Scorer, error) {
	s := &Scorer{opts: o}
	if o.RemoveStopwords {
		path := o.StopwordFile
		if path == "" {
			if home := os.Getenv("ROUGE_EVAL_HOME"); home != "" {
				path = home + "/smart_common_words.txt"
			} else {
				path = "smart_common_words.txt"
			}
		}
		stop, err := LoadStopwords(path)
		if err != nil {
			return nil, err
		}
		s.stop = stop
	}
	return s, nil
}

// Options returns the scorer's options.
func (s *Scorer) Options() Options { return s.opts }

// summary is one summary prepared for every metric.
type summary struct {
	words []string   // tokens of the cut text (ROUGE-N, ROUGE-S, unigram clipping)
	units [][]string // tokens of each cut sentence (ROUGE-L, ROUGE-W)
}

func (s *Scorer) prepare(lines []string) summary {
	snts := sentences(lines)
	var sm summary
	if text, ok := limitText(snts, s.opts.WordLimit, s.opts.ByteLimit); ok {
		sm.words = s.words(text)
	}
	if !s.opts.NoLCS || s.opts.WLCS {
		for _, u := range limitSentences(snts, s.opts.WordLimit, s.opts.ByteLimit) {
			sm.units = append(sm.units, s.words(u))
		}
	}
	return sm
}

// Evaluate scores one peer summary against its references; each summary is
// given as its lines (one sentence a line, as ROUGE's SPL format).
func (s *Scorer) Evaluate(peer []string, refs [][]string) Scores {
	p := s.prepare(peer)
	ms := make([]summary, len(refs))
	for i, r := range refs {
		ms[i] = s.prepare(r)
	}
	out := Scores{}
	o := &s.opts
	for n := 1; n <= o.MaxN; n++ {
		pg := ngrams(p.words, n)
		out["ROUGE-"+strconv.Itoa(n)] = s.combine(len(ms), func(i int) (hit, model, peer, score float64) {
			mg := ngrams(ms[i].words, n)
			h := clipHits(mg.counts, pg.counts)
			return float64(h), float64(mg.total), float64(pg.total), round5ifPos(float64(h), float64(mg.total))
		})
	}
	if !o.NoLCS {
		out["ROUGE-L"] = s.lcsScore(p, ms, 0)
	}
	if o.WLCS {
		out["ROUGE-W-"+o.WLCSName] = s.lcsScore(p, ms, o.WLCSWeight)
	}
	if o.Skip {
		d := strconv.Itoa(o.SkipDistance)
		if o.SkipDistance < 0 {
			d = "*"
		}
		skip := func(uni bool) Score {
			pg := skipBigrams(p.words, o.SkipDistance, uni)
			return s.combine(len(ms), func(i int) (hit, model, peer, score float64) {
				mg := skipBigrams(ms[i].words, o.SkipDistance, uni)
				h := clipHits(mg.counts, pg.counts)
				return float64(h), float64(mg.total), float64(pg.total), round5ifPos(float64(h), float64(mg.total))
			})
		}
		switch {
		case o.SkipUnigrams:
			out["ROUGE-SU"+d] = skip(true)
		case o.SkipBoth:
			out["ROUGE-S"+d] = skip(false)
			out["ROUGE-SU"+d] = skip(true)
		default:
			out["ROUGE-S"+d] = skip(false)
		}
	}
	return out
}

// combine adds up the counts over the references (-f A) or takes those of
// the reference with the best score (-f B), and computes R, P and F.
func (s *Scorer) combine(nrefs int, each func(i int) (hit, model, peer, score float64)) Score {
	a := refAcc{best: -1, bestOnly: s.opts.BestModel}
	for i := 0; i < nrefs; i++ {
		a.add(each(i))
	}
	return s.finish(a.hit, a.model, a.peer, 1)
}

// refAcc combines one metric's counts over references: summed (-f A) or
// those of the reference with the best score (-f B, first best wins).
type refAcc struct {
	hit, model, peer, best float64
	bestOnly               bool
}

func (a *refAcc) add(hit, model, peer, score float64) {
	if a.bestOnly {
		if score > a.best {
			a.best = score
			a.hit, a.model, a.peer = hit, model, peer
		}
		return
	}
	a.hit += hit
	a.model += model
	a.peer += peer
}

// finish computes R, P, F (with ROUGE-W's inverse weight power) rounded as
// ROUGE prints them.
func (s *Scorer) finish(hit, model, peer, power float64) Score {
	sc := Score{Model: model, Peer: peer, Hit: hit}
	inv := func(x float64) float64 {
		if power == 1 {
			return x
		}
		return math.Pow(x, 1/power)
	}
	if model != 0 {
		sc.R = round5(inv(hit / model))
	}
	if peer != 0 {
		sc.P = round5(inv(hit / peer))
	}
	a := s.opts.Alpha
	if d := (1-a)*sc.P + a*sc.R; d > 0 {
		sc.F = round5(sc.P * sc.R / d)
	}
	return sc
}

// round5 rounds x to five decimals as printf("%7.5f") does.
func round5(x float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 5, 64), 64)
	return v
}

func round5ifPos(hit, total float64) float64 {
	if total == 0 {
		return 0
	}
	return round5(hit / total)
}

// grams counts n-grams (or skip bigrams) of one summary.
type grams struct {
	counts map[string]int
	total  int
}

func ngrams(ws []string, n int) grams {
	g := grams{counts: make(map[string]int, len(ws))}
	for i := 0; i+n <= len(ws); i++ {
		key := ws[i]
		for j := i + 1; j < i+n; j++ {
			key += " " + ws[j]
		}
		g.counts[key]++
		g.total++
	}
	return g
}

// skipBigrams counts ordered word pairs at most d+1 apart (d < 0: any
// distance), and with uni each word as a unigram. As in ROUGE-1.5.5, the
// last word of a summary is never counted as a unigram.
func skipBigrams(ws []string, d int, uni bool) grams {
	g := grams{counts: make(map[string]int, len(ws)*4)}
	for i := 0; i < len(ws)-1; i++ {
		if uni {
			g.counts[ws[i]]++
			g.total++
		}
		for j := i + 1; j < len(ws) && (d < 0 || j <= i+d+1); j++ {
			g.counts[ws[i]+" "+ws[j]]++
			g.total++
		}
	}
	return g
}

// clipHits is the number of model grams matched by peer grams, each gram
// counted at most as often as it occurs in either.
func clipHits(model, peer map[string]int) int {
	h := 0
	for k, m := range model {
		if p, ok := peer[k]; ok {
			h += min(p, m)
		}
	}
	return h
}

// lcsScore computes ROUGE-L (weight 0) or ROUGE-W (weight w): for each
// reference sentence, the union of its longest common subsequences with the
// peer sentences, each word credited at most as often as it occurs in the
// reference and the peer.
func (s *Scorer) lcsScore(p summary, ms []summary, w float64) Score {
	pUni := ngrams(p.words, 1)
	var scratch lcsScratch
	a := refAcc{best: -1, bestOnly: s.opts.BestModel}
	for _, m := range ms {
		mUni := ngrams(m.words, 1).counts
		pLeft := make(map[string]int, len(pUni.counts))
		for k, v := range pUni.counts {
			pLeft[k] = v
		}
		var h, base float64
		for _, mu := range m.units {
			mask := make([]bool, len(mu))
			for _, pu := range p.units {
				markLCS(mu, pu, mask, w, &scratch)
			}
			if w == 0 {
				base += float64(len(mu))
			} else {
				base += math.Pow(float64(len(mu)), w)
			}
			run := 0
			for j, tok := range mu {
				if !mask[j] || mUni[tok] <= 0 || pLeft[tok] <= 0 {
					continue
				}
				mUni[tok]--
				pLeft[tok]--
				if w == 0 {
					h++
					continue
				}
				run++
				if j+1 < len(mu) && !mask[j+1] || j+1 == len(mu) {
					h += math.Pow(float64(run), w)
					run = 0
				}
			}
		}
		var score float64
		if w == 0 {
			if base > 0 {
				score = h / base
			}
		} else {
			score = math.Pow(h/base, 1/w)
		}
		mb, pb := base, float64(pUni.total)
		if w != 0 {
			mb, pb = math.Pow(base, w), math.Pow(pb, w)
		}
		a.add(h, mb, pb, score)
	}
	if w == 0 {
		return s.finish(a.hit, a.model, a.peer, 1)
	}
	return s.finish(a.hit, a.model, a.peer, w)
}

// markLCS marks in mask the reference positions of one longest common
// subsequence of ref and peer (weighted by consecutive runs when w > 0),
// breaking ties as ROUGE-1.5.5 does (prefer dropping a reference word).
func markLCS(ref, peer []string, mask []bool, w float64, sc *lcsScratch) {
	m, n := len(ref), len(peer)
	if m == 0 {
		return
	}
	const (
		diag = 1
		up   = 2
		left = 3
	)
	c, run, dir := sc.grow((m + 1) * (n + 1))
	at := func(i, j int) int { return i*(n+1) + j }
	for i := 1; i <= m; i++ {
		for j := 1; j <= n; j++ {
			switch {
			case ref[i-1] == peer[j-1]:
				if w == 0 {
					c[at(i, j)] = c[at(i-1, j-1)] + 1
				} else {
					k := float64(run[at(i-1, j-1)])
					c[at(i, j)] = c[at(i-1, j-1)] + math.Pow(k+1, w) - math.Pow(k, w)
					run[at(i, j)] = run[at(i-1, j-1)] + 1
				}
				dir[at(i, j)] = diag
			case c[at(i-1, j)] >= c[at(i, j-1)]:
				c[at(i, j)] = c[at(i-1, j)]
				dir[at(i, j)] = up
			default:
				c[at(i, j)] = c[at(i, j-1)]
				dir[at(i, j)] = left
			}
		}
	}
	for i, j := m, n; i != 0 && j != 0; {
		switch dir[at(i, j)] {
		case diag:
			i--
			j--
			mask[i] = true
		case up:
			i--
		default:
			j--
		}
	}
}

// lcsScratch holds the dynamic-programming tables, reused across sentence pairs.
type lcsScratch struct {
	c   []float64
	run []int
	dir []byte
}

// grow returns zeroed tables of size n.
func (s *lcsScratch) grow(n int) ([]float64, []int, []byte) {
	if cap(s.c) < n {
		s.c, s.run, s.dir = make([]float64, n), make([]int, n), make([]byte, n)
	}
	s.c, s.run, s.dir = s.c[:n], s.run[:n], s.dir[:n]
	clear(s.c)
	clear(s.run)
	clear(s.dir)
	return s.c, s.run, s.dir
}
