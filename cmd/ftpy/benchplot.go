// This file draws `ftpy bench -plot FILE.png`: for one thread count, the
// speedup of every workload in every mode as grouped bars, with the ideal
// (N) as a line; for several thread counts, one panel per mode with a
// speedup-versus-threads curve per workload and the ideal diagonal.

package main

import (
	"fmt"
	"image/color"
	"os"
	"slices"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/plotutil"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

func writeBenchPlot(file string, records []benchRecord, modes []benchMode, threads []int) error {
	var workloads []string
	for _, r := range records {
		if !slices.Contains(workloads, r.Workload) {
			workloads = append(workloads, r.Workload)
		}
	}
	if len(threads) == 1 {
		p, err := speedupBars(records, modes, workloads, threads[0])
		if err != nil {
			return err
		}
		return p.Save(vg.Length(max(6, len(workloads)))*vg.Inch, 5*vg.Inch, file)
	}
	// One panel per mode, side by side.
	panels := make([][]*plot.Plot, 1)
	for _, m := range modes {
		p, err := speedupCurves(records, m.name, workloads, threads)
		if err != nil {
			return err
		}
		panels[0] = append(panels[0], p)
	}
	width, height := vg.Length(len(modes))*5*vg.Inch, 5*vg.Inch
	img := vgimg.New(width, height)
	dc := draw.New(img)
	tiles := draw.Tiles{Rows: 1, Cols: len(modes), PadX: vg.Millimeter, PadY: vg.Millimeter,
		PadTop: vg.Millimeter, PadBottom: vg.Millimeter, PadLeft: vg.Millimeter, PadRight: vg.Millimeter}
	canvases := plot.Align(panels, tiles, dc)
	for i, p := range panels[0] {
		p.Draw(canvases[0][i])
	}
	f, err := os.Create(file)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = vgimg.PngCanvas{Canvas: img}.WriteTo(f)
	return err
}

// speedupBars draws one group of bars per workload, a bar per mode.
func speedupBars(records []benchRecord, modes []benchMode, workloads []string, n int) (*plot.Plot, error) {
	p := plot.New()
	p.Title.Text = fmt.Sprintf("ftpy bench: speedup with %d threads (ideal %d)", n, n)
	p.Y.Label.Text = "speedup (N × t1 / tN)"
	width := vg.Points(8)
	for i, m := range modes {
		vals := make(plotter.Values, len(workloads))
		for j, w := range workloads {
			for _, r := range records {
				if r.Workload == w && r.Mode == m.name && r.Threads == n {
					vals[j] = r.Speedup
				}
			}
		}
		bars, err := plotter.NewBarChart(vals, width)
		if err != nil {
			return nil, err
		}
		bars.LineStyle.Width = 0
		bars.Color = plotutil.Color(i)
		bars.Offset = vg.Length(i-len(modes)/2) * width
		p.Add(bars)
		p.Legend.Add(m.name, bars)
	}
	ideal := plotter.NewFunction(func(float64) float64 { return float64(n) })
	ideal.Dashes = []vg.Length{vg.Points(4), vg.Points(2)}
	ideal.Color = color.Gray{Y: 80}
	p.Add(ideal)
	p.Legend.Add("ideal", ideal)
	p.Legend.Top = true
	p.NominalX(workloads...)
	p.X.Tick.Label.Rotation = 0.6
	p.X.Tick.Label.XAlign = draw.XRight
	p.Y.Min = 0
	p.Y.Max = float64(n) * 1.15
	return p, nil
}

// speedupCurves draws, for one mode, speedup against thread count for
// each workload.
func speedupCurves(records []benchRecord, mode string, workloads []string, threads []int) (*plot.Plot, error) {
	p := plot.New()
	p.Title.Text = "ftpy bench: " + mode
	p.X.Label.Text = "threads"
	p.Y.Label.Text = "speedup"
	var lines []any
	for _, w := range workloads {
		var pts plotter.XYs
		for _, n := range threads {
			for _, r := range records {
				if r.Workload == w && r.Mode == mode && r.Threads == n {
					pts = append(pts, plotter.XY{X: float64(n), Y: r.Speedup})
				}
			}
		}
		lines = append(lines, w, pts)
	}
	if err := plotutil.AddLinePoints(p, lines...); err != nil {
		return nil, err
	}
	ideal := plotter.NewFunction(func(x float64) float64 { return x })
	ideal.Dashes = []vg.Length{vg.Points(4), vg.Points(2)}
	ideal.Color = color.Gray{Y: 80}
	p.Add(ideal)
	p.Legend.Add("ideal", ideal)
	p.Legend.Top, p.Legend.Left = true, true
	p.X.Min, p.Y.Min = 0, 0
	p.X.Max = float64(slices.Max(threads))
	p.Y.Max = p.X.Max
	return p, nil
}
