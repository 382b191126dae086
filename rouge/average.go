package rouge

import (
	"math"
	"sort"
)

// Average is a metric averaged over many summaries, with ROUGE-1.5.5's
// bootstrap confidence interval.
type Average struct {
	R, P, F          float64
	RLow, RHigh      float64
	PLow, PHigh      float64
	FLow, FHigh      float64
	Model, Peer, Hit float64 // summed counts
}

// Averages averages per-summary scores for each metric, as ROUGE-1.5.5
// reports them: it draws o.Resamples bootstrap samples of the summaries
// (sample k seeded with k, through the same generator as Perl's rand, over
// the summaries sorted by id), and reports the mean of the sample means and
// the o.Confidence percent interval of them. With -t 0 (the default) a
// sample's figure is the mean of the per-summary R, P and F; with -t 1 it is
// computed from the counts summed over the sample. ids name the summaries.
func Averages(o Options, ids []string, per []Scores) map[string]Average {
	order := make([]int, len(per))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return ids[order[a]] < ids[order[b]] })
	out := map[string]Average{}
	for _, name := range o.Metrics() {
		vals := make([][3]float64, 0, len(per))
		for _, i := range order {
			s, ok := per[i][name]
			if !ok {
				continue
			}
			if o.Unit == 1 {
				vals = append(vals, [3]float64{s.Model, s.Peer, s.Hit})
			} else {
				vals = append(vals, [3]float64{s.R, s.P, s.F})
			}
		}
		a := Average{}
		sum := mean(vals, o, nil)
		a.R, a.P, a.F = round5(sum[0]), round5(sum[1]), round5(sum[2])
		for _, v := range vals {
			if o.Unit == 1 {
				a.Model += v[0]
				a.Peer += v[1]
				a.Hit += v[2]
			}
		}
		if len(vals) > 0 && o.Resamples > 0 {
			samples := [3][]float64{}
			idx := make([]int, len(vals))
			rng := drand48{}
			for k := 0; k < o.Resamples; k++ {
				rng.seed(uint32(k))
				for i := range idx {
					idx[i] = int(rng.next() * float64(len(vals)))
				}
				m := mean(vals, o, idx)
				for c := 0; c < 3; c++ {
					samples[c] = append(samples[c], m[c])
				}
			}
			lo, hi := [3]float64{}, [3]float64{}
			for c := 0; c < 3; c++ {
				lo[c], hi[c] = interval(samples[c], o.Confidence)
			}
			var sm [3]float64
			for c := 0; c < 3; c++ {
				for _, v := range samples[c] {
					sm[c] += v
				}
			}
			n := float64(len(samples[0]))
			a.R, a.P, a.F = round5(sm[0]/n), round5(sm[1]/n), round5(sm[2]/n)
			a.RLow, a.RHigh = lo[0], hi[0]
			a.PLow, a.PHigh = lo[1], hi[1]
			a.FLow, a.FHigh = lo[2], hi[2]
		}
		out[name] = a
	}
	return out
}

// mean averages the values picked by idx (all when idx is nil): per-summary
// means for -t 0, ratios of summed counts for -t 1.
func mean(vals [][3]float64, o Options, idx []int) [3]float64 {
	var s [3]float64
	n := len(vals)
	if idx != nil {
		n = len(idx)
	}
	for k := 0; k < n; k++ {
		v := vals[k]
		if idx != nil {
			v = vals[idx[k]]
		}
		s[0] += v[0]
		s[1] += v[1]
		s[2] += v[2]
	}
	if n == 0 {
		return [3]float64{}
	}
	if o.Unit != 1 {
		return [3]float64{s[0] / float64(n), s[1] / float64(n), s[2] / float64(n)}
	}
	var r, p, f float64
	if s[0] > 0 {
		r = s[2] / s[0]
	}
	if s[1] > 0 {
		p = s[2] / s[1]
	}
	if d := (1-o.Alpha)*p + o.Alpha*r; d > 0 {
		f = r * p / d
	}
	return [3]float64{r, p, f}
}

// interval returns the bounds of the central conf% of the samples,
// interpolated between ranks as ROUGE-1.5.5 does.
func interval(samples []float64, conf float64) (float64, float64) {
	sort.Float64s(samples)
	n := float64(len(samples))
	delta := n * ((100 - conf) / 2) / 100
	ua := int(n - delta - 1)
	la := int(delta)
	ratio := n - delta - 1 - float64(ua)
	at := func(i int) float64 { return samples[max(0, min(i, len(samples)-1))] }
	lo := at(la) + (at(la+1)-at(la))*ratio
	hi := at(ua) + (at(ua+1)-at(ua))*ratio
	return round5(lo), round5(hi)
}

// drand48 is the 48-bit linear congruential generator behind Perl's rand,
// so that bootstrap samples match ROUGE-1.5.5's for the same seed.
type drand48 struct{ x uint64 }

const mask48 = 1<<48 - 1

func (d *drand48) seed(s uint32) { d.x = (uint64(s)<<16 | 0x330e) & mask48 }

func (d *drand48) next() float64 {
	d.x = (0x5deece66d*d.x + 0xb) & mask48
	return math.Ldexp(float64(d.x), -48)
}
