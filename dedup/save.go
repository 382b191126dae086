package dedup

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"

	"github.com/zeebo/xxh3"
)

// indexHeader opens a written Index; its last figure is the format's version.
const indexHeader = "precis dedup index 1\n"

// WriteTo writes the index to w, so that ReadIndex can give it back: its
// threshold, then each item in order of addition (its flags, its content hash
// and, unless it is removed or had no shingles, its sketch), then a checksum
// of all that. The buckets are not written; ReadIndex files every item again.
// A removed item takes one byte. It returns the number of bytes written.
func (x *Index) WriteTo(w io.Writer) (int64, error) {
	h := xxh3.New()
	cw := &countWriter{w: io.MultiWriter(w, h)}
	bw := bufio.NewWriter(cw)
	var buf [8 + 4*NumHashes]byte
	bw.WriteString(indexHeader)
	binary.LittleEndian.PutUint64(buf[:], math.Float64bits(x.threshold))
	binary.LittleEndian.PutUint64(buf[8:], uint64(len(x.contents)))
	bw.Write(buf[:16])
	for i, flags := range x.flags {
		bw.WriteByte(flags)
		if flags&itemRemoved != 0 {
			continue
		}
		binary.LittleEndian.PutUint64(buf[:], x.contents[i])
		n := 8
		if flags&itemEmpty == 0 {
			for j, v := range x.sketch(int32(i)) {
				binary.LittleEndian.PutUint32(buf[8+4*j:], v)
			}
			n = len(buf)
		}
		bw.Write(buf[:n])
	}
	if err := bw.Flush(); err != nil {
		return cw.n, fmt.Errorf("write dedup index: %w", err)
	}
	binary.LittleEndian.PutUint64(buf[:], h.Sum64())
	if _, err := w.Write(buf[:8]); err != nil {
		return cw.n, fmt.Errorf("write dedup index: %w", err)
	}
	return cw.n + 8, nil
}

// countWriter counts the bytes written through it.
type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// ReadIndex reads an index written by WriteTo. Items keep their numbers,
// removed ones stay removed, and Add goes on from where the written index
// stopped. It reads r to its end: a reader that is not such an index, is
// cut short, holds more after the index, or whose bytes do not match the
// written checksum gives an error saying which, and no index.
func ReadIndex(r io.Reader) (*Index, error) {
	h := xxh3.New()
	br := bufio.NewReader(r)
	tr := io.TeeReader(br, h)
	var buf [8 + 4*NumHashes]byte
	head := buf[:len(indexHeader)]
	if _, err := io.ReadFull(tr, head); err != nil || string(head) != indexHeader {
		if err == nil || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
			return nil, errors.New("read dedup index: not a precis dedup index (its header is missing)")
		}
		return nil, fmt.Errorf("read dedup index: %w", err)
	}
	if _, err := io.ReadFull(tr, buf[:16]); err != nil {
		return nil, readError(err, "its threshold and size")
	}
	threshold := math.Float64frombits(binary.LittleEndian.Uint64(buf[:]))
	if !(threshold >= 0 && threshold <= 1) {
		return nil, fmt.Errorf("read dedup index: threshold %v is not a similarity between 0 and 1", threshold)
	}
	n := binary.LittleEndian.Uint64(buf[8:])
	if n > math.MaxInt32 {
		return nil, fmt.Errorf("read dedup index: %d items, more than an index numbers", n)
	}
	x := NewIndex(threshold)
	for i := uint64(0); i < n; i++ {
		if _, err := io.ReadFull(tr, buf[:1]); err != nil {
			return nil, readError(err, fmt.Sprintf("item %d of %d", i, n))
		}
		flags := buf[0]
		if flags&^(itemRemoved|itemEmpty) != 0 {
			return nil, fmt.Errorf("read dedup index: item %d of %d has unknown flags %#x", i, n, flags)
		}
		var sk Sketch
		var content uint64
		if flags&itemRemoved == 0 {
			size := 8
			if flags&itemEmpty == 0 {
				size = len(buf)
			}
			if _, err := io.ReadFull(tr, buf[:size]); err != nil {
				return nil, readError(err, fmt.Sprintf("item %d of %d", i, n))
			}
			content = binary.LittleEndian.Uint64(buf[:])
			if flags&itemEmpty == 0 {
				for j := range sk {
					sk[j] = binary.LittleEndian.Uint32(buf[8+4*j:])
				}
			} else {
				sk = NewSketch(nil)
			}
		}
		x.file(sk, content, flags)
	}
	want := h.Sum64()
	if _, err := io.ReadFull(br, buf[:8]); err != nil {
		return nil, readError(err, "its checksum")
	}
	if binary.LittleEndian.Uint64(buf[:]) != want {
		return nil, errors.New("read dedup index: checksum does not match (the index was damaged or changed)")
	}
	if _, err := br.ReadByte(); err != io.EOF {
		if err != nil {
			return nil, fmt.Errorf("read dedup index: after its checksum: %w", err)
		}
		return nil, errors.New("read dedup index: more bytes follow its checksum (another file joined to it?)")
	}
	return x, nil
}

// readError names what ReadIndex was reading when err came.
func readError(err error, what string) error {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("read dedup index: cut short in %s", what)
	}
	return fmt.Errorf("read dedup index: %s: %w", what, err)
}
