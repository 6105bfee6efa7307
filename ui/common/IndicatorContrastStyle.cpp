#include "common/IndicatorContrastStyle.h"

#include "common/ColorScheme.h"

#include <QStyleOptionButton>

namespace {

// Fusion frames an indicator in Window.darker(140); from this grey that is about #595c61, which
// stands out against the dark palette's base (#1f2022) as the light palette's frame does on white.
const QColor kIndicatorWindow(0x7c, 0x81, 0x88);

} // namespace

IndicatorContrastStyle::IndicatorContrastStyle(QStyle* base)
    : QProxyStyle(base) {}

void IndicatorContrastStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                                           const QWidget* widget) const {
    const bool indicator = element == PE_IndicatorCheckBox || element == PE_IndicatorRadioButton;
    if (!indicator || !option || !ColorScheme::isDark(option->palette)) {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
    if (const auto* button = qstyleoption_cast<const QStyleOptionButton*>(option)) {
        QStyleOptionButton lighter(*button);
        lighter.palette.setColor(QPalette::Window, kIndicatorWindow);
        QProxyStyle::drawPrimitive(element, &lighter, painter, widget);
        return;
    }
    QStyleOption lighter(*option);
    lighter.palette.setColor(QPalette::Window, kIndicatorWindow);
    QProxyStyle::drawPrimitive(element, &lighter, painter, widget);
}
