// IndicatorContrastStyle: Fusion with check boxes and radio buttons that show in a dark palette.
// Fusion draws an indicator's frame in the window colour made darker, which on a dark palette is
// the colour of the box's own fill: an unticked box (a run list, Clean text, Normalise rows)
// nearly vanished. Under a dark palette the indicator is drawn as if the window were light grey,
// which gives its frame contrast; everything else is Fusion's.
#pragma once

#include <QProxyStyle>

class IndicatorContrastStyle : public QProxyStyle {
public:
    explicit IndicatorContrastStyle(QStyle* base);

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
};
