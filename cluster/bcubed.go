package cluster

// BCubed scores a clustering against gold labels with the B-cubed measures
// (Bagga & Baldwin 1998): for each item, precision is the share of its
// cluster that shares its gold label and recall the share of its gold class
// that shares its cluster; both are averaged over items and F1 is their
// harmonic mean. pred and gold hold one label per item.
func BCubed(pred, gold []int) (precision, recall, f1 float64) {
	if len(pred) != len(gold) || len(pred) == 0 {
		return 0, 0, 0
	}
	type pair struct{ p, g int }
	both := map[pair]int{}
	np, ng := map[int]int{}, map[int]int{}
	for i := range pred {
		both[pair{pred[i], gold[i]}]++
		np[pred[i]]++
		ng[gold[i]]++
	}
	for i := range pred {
		n := float64(both[pair{pred[i], gold[i]}])
		precision += n / float64(np[pred[i]])
		recall += n / float64(ng[gold[i]])
	}
	precision /= float64(len(pred))
	recall /= float64(len(pred))
	if precision+recall > 0 {
		f1 = 2 * precision * recall / (precision + recall)
	}
	return precision, recall, f1
}
