// This file converts between seconds since the epoch and broken-down
// time, in UTC and in the local zone: C's gmtime, localtime and mktime
// as glibc has them.

package time

import (
	"math"
	gotime "time"
)

// gmtime breaks secs down in UTC; ok is false if the year overflows.
func gmtime(secs int64) (tm, bool) {
	v, ok := breakDown(secs)
	v.zone, v.hasZone = "GMT", true
	return v, ok
}

// at returns the local zone's name, offset east and DST flag at secs.
func (z *zone) at(secs int64) (string, int64, bool) {
	lookup := secs
	if z.rule && secs < 0 {
		// glibc computes a rule's changes for the UTC year of secs, but
		// for a year before 1970 it computes 1970's: every earlier time
		// falls before both of them.
		lookup = 0
	}
	t := gotime.Unix(lookup, 0).In(z.loc)
	name, off := t.Zone()
	return name, int64(off), t.IsDST()
}

// localtime breaks secs down in the local zone; ok is false if the
// result does not fit (glibc's EOVERFLOW).
func (z *zone) localtime(secs int64) (tm, bool) {
	name, off, dst := z.at(secs)
	if (off > 0 && secs > math.MaxInt64-off) || (off < 0 && secs < math.MinInt64-off) {
		return tm{}, false
	}
	v, ok := breakDown(secs + off)
	v.zone, v.hasZone, v.gmtoff = name, true, off
	if dst {
		v.isdst = 1
	}
	return v, ok
}

// mktime is C's mktime: the seconds since the epoch of v read as local
// time, its fields normalised. A tm_isdst of 0 or 1 picks between the
// two readings of an hour that repeats, and asks for standard or summer
// time where the other is in force (glibc then applies the offset of the
// nearest time of the asked kind); -1 lets the zone decide. v is updated
// as C's is. ok is false when the year overflows.
func (z *zone) mktime(v *tm) (int64, bool) {
	wall, ok := wallSeconds(v)
	if !ok {
		return 0, false
	}
	// The offsets that might apply: those around the wall time.
	var cands []int64
	for _, probe := range []int64{wall, wall - secondsPerDay, wall + secondsPerDay} {
		_, off, _ := z.at(probe)
		cands = append(cands, off)
		_, off2, _ := z.at(wall - off)
		cands = append(cands, off2)
	}
	var found []int64 // instants whose local wall clock reads wall
	for _, off := range cands {
		t := wall - off
		if _, o, _ := z.at(t); o == off && !contains(found, t) {
			found = append(found, t)
		}
	}
	var t int64
	switch {
	case len(found) == 0:
		// A wall time skipped by a change: read it with the offset in
		// force before the change, as glibc does.
		_, before, dBefore := z.at(wall - secondsPerDay)
		_, after, _ := z.at(wall + secondsPerDay)
		t = wall - before
		if v.isdst >= 0 && dBefore != (v.isdst > 0) {
			t = wall - after
		}
	default:
		t = found[0]
		for _, f := range found[1:] {
			if f < t {
				t = f
			}
		}
		if v.isdst >= 0 {
			for _, f := range found {
				if _, _, d := z.at(f); d == (v.isdst > 0) {
					t = f
					break
				}
			}
		}
	}
	if _, _, d := z.at(t); v.isdst >= 0 && d != (v.isdst > 0) {
		// The kind asked for is not in force: take the offset of the
		// nearest instant that has it, searching as far as glibc does,
		// and failing that assume a one-hour shift, as glibc does.
		const stride = 601200
		const bound = 536454000/2 + stride
		want := v.isdst > 0
		for delta := int64(stride); delta < bound; delta += stride {
			for _, dir := range []int64{-1, 1} {
				if _, off, d := z.at(t + dir*delta); d == want {
					t = wall - off
					goto found
				}
			}
		}
		if want {
			t -= 3600
		} else {
			t += 3600
		}
	found:
	}
	r, ok := z.localtime(t)
	if !ok {
		return 0, false
	}
	*v = r
	return t, true
}

func contains(s []int64, x int64) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}
