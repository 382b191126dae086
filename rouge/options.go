// Package rouge scores summaries against reference summaries exactly as the
// ROUGE-1.5.5 Perl scorer does: ROUGE-N, ROUGE-L, ROUGE-W and ROUGE-S/SU,
// with its tokenization (ASCII lower-casing, every other byte a separator),
// its Porter stemmer and WordNet exception list (-m), its stopword removal
// (-s), word and byte truncation (-l, -b), model averaging or best model
// (-f A|B), counting unit (-t) and F weight (-p), and its rounding of every
// per-summary figure to five decimals.
package rouge

import (
	"fmt"
	"strconv"
	"strings"
)

// Options are ROUGE-1.5.5's scoring options.
type Options struct {
	MaxN            int     // -n: compute ROUGE-1 .. ROUGE-MaxN (0: none)
	Stem            bool    // -m: Porter stemming with WordNet exceptions
	RemoveStopwords bool    // -s: drop the SMART stopwords (needs StopwordFile)
	StopwordFile    string  // smart_common_words.txt, from -e DIR or $ROUGE_EVAL_HOME
	WordLimit       int     // -l: only the first N words of each summary
	ByteLimit       int     // -b: only the first N bytes of each summary
	NoLCS           bool    // -x: skip ROUGE-L
	Skip            bool    // -2 given
	SkipDistance    int     // -2 N: maximum gap of a skip bigram (<0: unlimited)
	SkipUnigrams    bool    // -u: count unigrams with skip bigrams (ROUGE-SU)
	SkipBoth        bool    // -U: report ROUGE-S and ROUGE-SU
	WLCS            bool    // -w given
	WLCSWeight      float64 // -w W: ROUGE-W weight
	WLCSName        string  // W as written, for the metric name "ROUGE-W-1.2"
	BestModel       bool    // -f B: best reference instead of the average
	Alpha           float64 // -p: F = 1/(alpha/P + (1-alpha)/R); 0.5 by default
	Unit            int     // -t: 0 average per summary, 1 per token over the corpus
	Confidence      float64 // -c: confidence interval percent (95)
	Resamples       int     // -r: bootstrap samples (1000)
}

// Defaults returns ROUGE-1.5.5's defaults: ROUGE-L only, model average,
// alpha 0.5, 95% interval from 1000 samples.
func Defaults() Options {
	return Options{Alpha: 0.5, Confidence: 95, Resamples: 1000}
}

// ParseArgs reads ROUGE-1.5.5 option letters from args and returns the
// options and the remaining (non-option) arguments. Options may be bundled
// ("-am") and values may be attached ("-n4") or separate ("-n 4"). -a, -d
// and -v are accepted and ignored (there is one system; per-summary scores
// are always available); -e DIR locates smart_common_words.txt.
func ParseArgs(args []string) (Options, []string, error) {
	o := Defaults()
	var rest []string
	const flagsWithValue = "bceflnpr2t3wz" // letters that take a value
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			rest = append(rest, args[i+1:]...)
			break
		}
		if len(a) < 2 || a[0] != '-' || a == "-" || strings.HasPrefix(a, "--") {
			rest = append(rest, a)
			continue
		}
		for k := 1; k < len(a); k++ {
			c := a[k]
			if strings.IndexByte(flagsWithValue, c) >= 0 {
				val := a[k+1:]
				if val == "" {
					if i+1 >= len(args) {
						return o, nil, fmt.Errorf("option -%c needs a value", c)
					}
					i++
					val = args[i]
				}
				if err := o.set(c, val); err != nil {
					return o, nil, err
				}
				break
			}
			switch c {
			case 'm':
				o.Stem = true
			case 's':
				o.RemoveStopwords = true
			case 'x':
				o.NoLCS = true
			case 'u':
				o.SkipUnigrams = true
			case 'U':
				o.SkipBoth = true
			case 'a', 'd', 'v':
			default:
				return o, nil, fmt.Errorf("unknown option -%c (known: -a -b -c -d -e -f -l -m -n -p -r -s -t -u -U -v -w -x -2)", c)
			}
		}
	}
	if o.WordLimit > 0 && o.ByteLimit > 0 {
		return o, nil, fmt.Errorf("give a length limit in words (-l) or bytes (-b), not both")
	}
	if (o.SkipUnigrams || o.SkipBoth) && !o.Skip {
		return o, nil, fmt.Errorf("-u and -U need -2 (skip distance)")
	}
	return o, rest, nil
}

func (o *Options) set(c byte, val string) error {
	num := func() (int, error) {
		n, err := strconv.Atoi(val)
		if err != nil {
			return 0, fmt.Errorf("option -%c wants a whole number, got %q", c, val)
		}
		return n, nil
	}
	flt := func() (float64, error) {
		f, err := strconv.ParseFloat(val, 64)
		if err != nil {
			return 0, fmt.Errorf("option -%c wants a number, got %q", c, val)
		}
		return f, nil
	}
	var err error
	switch c {
	case 'n':
		o.MaxN, err = num()
		if err == nil && o.MaxN < 0 {
			err = fmt.Errorf("option -n must not be negative")
		}
	case 'l':
		o.WordLimit, err = num()
	case 'b':
		o.ByteLimit, err = num()
	case '2':
		o.Skip = true
		o.SkipDistance, err = num()
	case 'w':
		o.WLCS = true
		o.WLCSName = val
		o.WLCSWeight, err = flt()
		if err == nil && o.WLCSWeight <= 0 {
			err = fmt.Errorf("option -w must be greater than 0")
		}
	case 'f':
		switch val {
		case "A":
			o.BestModel = false
		case "B":
			o.BestModel = true
		default:
			err = fmt.Errorf("option -f wants A or B, got %q", val)
		}
	case 'p':
		o.Alpha, err = flt()
		if err == nil && (o.Alpha < 0 || o.Alpha > 1) {
			err = fmt.Errorf("option -p must be between 0 and 1")
		}
	case 't':
		o.Unit, err = num()
		if err == nil && o.Unit != 1 && o.Unit != 2 {
			o.Unit = 0
		}
	case 'c':
		o.Confidence, err = flt()
		if err == nil && (o.Confidence < 0 || o.Confidence > 100) {
			err = fmt.Errorf("option -c must be between 0 and 100")
		}
	case 'r':
		o.Resamples, err = num()
		if err == nil && o.Resamples < 1 {
			err = fmt.Errorf("option -r must be at least 1")
		}
	case 'e':
		o.StopwordFile = strings.TrimRight(val, "/") + "/smart_common_words.txt"
	case '3', 'z':
		err = fmt.Errorf("option -%c (Basic Elements / file lists) is not supported", c)
	}
	return err
}

// Metrics returns the names of the metrics o computes, in ROUGE's order.
func (o *Options) Metrics() []string {
	var m []string
	for n := 1; n <= o.MaxN; n++ {
		m = append(m, "ROUGE-"+strconv.Itoa(n))
	}
	if !o.NoLCS {
		m = append(m, "ROUGE-L")
	}
	if o.WLCS {
		m = append(m, "ROUGE-W-"+o.WLCSName)
	}
	if o.Skip {
		d := strconv.Itoa(o.SkipDistance)
		if o.SkipDistance < 0 {
			d = "*"
		}
		switch {
		case o.SkipUnigrams:
			m = append(m, "ROUGE-SU"+d)
		case o.SkipBoth:
			m = append(m, "ROUGE-S"+d, "ROUGE-SU"+d)
		default:
			m = append(m, "ROUGE-S"+d)
		}
	}
	return m
}
