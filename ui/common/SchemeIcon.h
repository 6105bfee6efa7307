// Icons that stay readable in every colour scheme. The project's icons (resources/icons) draw their
// outlines in one dark ink, which vanishes on a dark window; schemeIcon() redraws that ink in the
// palette's text colour whenever the application palette is dark. It recolours the SVG, not a
// pixmap, so icons stay sharp at any scale (QT_SCALE_FACTOR=2), and it asks the palette at paint
// time, so a scheme switched at runtime (View ▸ Colour Scheme) re-inks every icon on its repaint.
#pragma once

#include <QIcon>
#include <QString>

// resource: an SVG path such as ":/icons/run.svg".
QIcon schemeIcon(const QString& resource);
