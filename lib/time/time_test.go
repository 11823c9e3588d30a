package time

import (
	"math/rand"
	"sync"
	"testing"
	gotime "time"
)

// TestCalendarAgainstGo checks breakDown and wallSeconds against Go's
// calendar over a wide range of instants.
func TestCalendarAgainstGo(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 20000; i++ {
		secs := r.Int63n(1<<40) - 1<<39
		v, ok := breakDown(secs)
		if !ok {
			t.Fatalf("breakDown(%d) overflowed", secs)
		}
		g := gotime.Unix(secs, 0).UTC()
		if v.year+1900 != int64(g.Year()) || v.mon+1 != int64(g.Month()) || v.mday != int64(g.Day()) ||
			v.hour != int64(g.Hour()) || v.min != int64(g.Minute()) || v.sec != int64(g.Second()) ||
			v.wday != int64(g.Weekday()) || v.yday != int64(g.YearDay()-1) {
			t.Fatalf("breakDown(%d) = %+v, Go says %v", secs, v, g)
		}
		if back, ok := wallSeconds(&v); !ok || back != secs {
			t.Fatalf("wallSeconds(breakDown(%d)) = %d, %v", secs, back, ok)
		}
	}
	// glibc's limits: the year must fit a C int.
	if _, ok := breakDown(67768036191676799); !ok {
		t.Error("the last second of year 2147485547 overflowed")
	}
	if _, ok := breakDown(67768036191676800); ok {
		t.Error("year 2147485548 did not overflow")
	}
}

// TestWallSecondsNormalises checks out-of-range fields carry as mktime's do.
func TestWallSecondsNormalises(t *testing.T) {
	v := tm{year: 100, mon: 12, mday: 0, hour: 25, min: -1, sec: 61} // 2000-13-00 25:-1:61
	got, ok := wallSeconds(&v)
	want := gotime.Date(2000, 13, 0, 25, -1, 61, 0, gotime.UTC).Unix()
	if !ok || got != want {
		t.Errorf("wallSeconds = %d, %v; want %d", got, ok, want)
	}
}

func TestParseRule(t *testing.T) {
	for _, c := range []struct {
		in             string
		ok             bool
		std, dst       string
		stdOff, dstOff int
		rest           string
	}{
		{"EST+05EDT,M3.2.0,M11.1.0", true, "EST", "EDT", 18000, 14400, ",M3.2.0,M11.1.0"},
		{"AEST-10AEDT-11,M10.5.0,M3.5.0", true, "AEST", "AEDT", -36000, -39600, ",M10.5.0,M3.5.0"},
		{"<+0330>-3:30", true, "+0330", "", -12600, 0, ""},
		{"ABC+25", true, "ABC", "", 86400, 0, ""},
		{"Foo/Bar", true, "Foo", "", 0, 0, ""},
		{"AB", false, "", "", 0, 0, ""},
	} {
		r, ok := parseRule(c.in)
		if ok != c.ok || r.std != c.std || r.dst != c.dst || r.stdOff != c.stdOff || r.dstOff != c.dstOff || r.rest != c.rest {
			t.Errorf("parseRule(%q) = %+v, %v", c.in, r, ok)
		}
	}
}

// TestRuleZone checks a POSIX rule goes through Go's zone reader.
func TestRuleZone(t *testing.T) {
	z := zoneFromRule("EST+05EDT,M3.2.0,M11.1.0")
	for _, c := range []struct {
		secs int64
		name string
		off  int64
		dst  bool
	}{
		{1700000000, "EST", -18000, false}, // November 2023
		{1690000000, "EDT", -14400, true},  // July 2023
		{-1000000000, "EST", -18000, false},
	} {
		name, off, dst := z.at(c.secs)
		if name != c.name || off != c.off || dst != c.dst {
			t.Errorf("at(%d) = %s %d %v", c.secs, name, off, dst)
		}
	}
}

func TestStrftimeLimit(t *testing.T) {
	for _, c := range []struct{ n, want int }{{0, 1023}, {4, 1023}, {5, 2047}, {6, 2047}, {20, 8191}} {
		if got := strftimeLimit(c.n); got != c.want {
			t.Errorf("strftimeLimit(%d) = %d, want %d", c.n, got, c.want)
		}
	}
	v := tm{year: 100, mday: 1}
	if _, ok := strftime("%5000Y", &v, utcZone("UTC"), strftimeLimit(6)); ok {
		t.Error("%5000Y fit")
	}
}

// TestTzsetConcurrent swaps the zone while other goroutines convert
// times: every conversion sees one zone or the other, whole.
func TestTzsetConcurrent(t *testing.T) {
	t.Setenv("TZ", "UTC")
	tzset()
	defer tzset()
	utc, tokyo := utcZone("UTC"), zoneFromRule("JST-9")
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				z := localZone()
				v, _ := z.localtime(1e9)
				out, _ := strftime("%H %Z", &v, z, 1023)
				if out != "01 UTC" && out != "10 JST" {
					t.Errorf("localtime: %q", out)
					return
				}
				w := v
				if secs, ok := z.mktime(&w); !ok || secs != 1e9 {
					t.Errorf("mktime = %d, %v", secs, ok)
					return
				}
			}
		}()
	}
	deadline := gotime.Now().Add(200 * gotime.Millisecond)
	for i := 0; i < 2000 && gotime.Now().Before(deadline); i++ {
		if i%2 == 0 {
			current.Store(tokyo)
		} else {
			current.Store(utc)
		}
	}
	close(stop)
	wg.Wait()
}
