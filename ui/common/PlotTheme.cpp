#include "common/PlotTheme.h"

#include <QEvent>

#include <qcustomplot.h>

namespace {

QColor withAlpha(QColor colour, int alpha) {
    colour.setAlpha(alpha);
    return colour;
}

} // namespace

PlotTheme::PlotTheme(QCustomPlot* plot)
    : QObject(plot) {
    setObjectName(QStringLiteral("plotTheme"));
    plot->installEventFilter(this);
}

void PlotTheme::follow(QCustomPlot* plot) {
    if (plot->findChild<PlotTheme*>(QString(), Qt::FindDirectChildrenOnly) == nullptr) {
        new PlotTheme(plot);
    }
    apply(plot);
}

void PlotTheme::apply(QCustomPlot* plot) {
    const QPalette& palette = plot->palette();
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    // Lines at fixed shares of the text colour read the same on light and dark backgrounds.
    const QPen axisPen(withAlpha(text, 170), 1);
    const QPen gridPen(withAlpha(text, 45), 1, Qt::DotLine);
    const QPen subGridPen(withAlpha(text, 25), 1, Qt::DotLine);
    const QPen zeroPen(withAlpha(text, 70), 1, Qt::SolidLine);

    plot->setBackground(base);
    for (QCPAxisRect* rect : plot->axisRects()) {
        rect->setBackground(Qt::NoBrush);
        for (QCPAxis* axis : rect->axes()) {
            axis->setBasePen(axisPen);
            axis->setTickPen(axisPen);
            axis->setSubTickPen(axisPen);
            axis->setTickLabelColor(text);
            axis->setLabelColor(text);
            axis->grid()->setPen(gridPen);
            axis->grid()->setSubGridPen(subGridPen);
            axis->grid()->setZeroLinePen(zeroPen);
        }
    }
    for (QCPLayoutElement* element : plot->plotLayout()->elements(true)) {
        if (auto* legend = qobject_cast<QCPLegend*>(element)) {
            legend->setBrush(withAlpha(base, 220));
            legend->setBorderPen(QPen(palette.color(QPalette::Mid)));
            legend->setTextColor(text); // existing items too
        } else if (auto* title = qobject_cast<QCPTextElement*>(element)) {
            title->setTextColor(text);
        }
    }
    // Text items drawn in a box (notes, summaries) are part of the frame; bare text items are
    // data labels that pick their colour against what lies under them (heat-map cells).
    for (int i = 0; i < plot->itemCount(); ++i) {
        if (auto* note = qobject_cast<QCPItemText*>(plot->item(i)); note && note->brush().style() != Qt::NoBrush) {
            note->setBrush(withAlpha(base, 220));
            note->setColor(text);
        }
    }
}

bool PlotTheme::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::PaletteChange) {
        if (auto* plot = qobject_cast<QCustomPlot*>(watched)) {
            apply(plot);
            plot->replot(QCustomPlot::rpQueuedReplot);
        }
    }
    return QObject::eventFilter(watched, event);
}
