// PlotTheme: QCustomPlot paints with fixed colours of its own (a white background, black axes and
// text, light grey grid), so under a dark palette a plot stays a white box, and a plot with a
// transparent background shows black text on a dark window. PlotTheme colours a plot from its
// widget palette instead — background, axes, ticks, tick labels, axis labels, grid, legend, title
// elements and boxed text items — and keeps following it: follow() re-colours the plot on every
// QEvent::PaletteChange, so switching the desktop between light and dark at runtime just works.
// Data colours (curves, bars) stay: they mean something and read on both. A heat map whose low end
// is the background colour re-colours itself (ConfusionMatrixPlot).
#pragma once

#include <QObject>

class QCustomPlot;

class PlotTheme : public QObject {
    Q_OBJECT

public:
    // Colours `plot` now and after each palette change. The follower is a child of the plot.
    static void follow(QCustomPlot* plot);
    // Colours `plot` from its current palette once (does not replot).
    static void apply(QCustomPlot* plot);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit PlotTheme(QCustomPlot* plot);
};
